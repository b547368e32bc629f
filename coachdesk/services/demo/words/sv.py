"""The demo in Swedish as written in Finland (GLOSSARY.md): Vanda's Swedish-language
schools, and the whole demo when it is made in Swedish."""

from coachdesk.domain.visits import VisitPurpose
from coachdesk.services.demo.words.vocabulary import Words

WORDS = Words(
    class_teacher="klasslärare",
    special_education="specialundervisning",
    early_childhood="småbarnspedagogik",
    subjects=[
        "matematik", "finska", "svenska och litteratur", "engelska", "historia", "biologi",
        "geografi", "fysik", "kemi", "slöjd", "bildkonst", "musik", "gymnastik", "religion",
        "specialundervisning", "huslig ekonomi", "datateknik",
    ],
    topics={
        "teams": ("Teams och OneNote",
                  "Klassteam, uppgifter och en gemensam anteckningsbok för klassen."),
        "classroom": ("Google Classroom", "Kurser, uppgifter och respons i Classroom."),
        "scratch": ("Programmering med Scratch", "Blockprogrammering från första spelet."),
        "microbit": ("micro:bit", "Att programmera micro:bit och använda klassuppsättningarna."),
        "ipad_preschool": ("iPad i förskoleundervisningen",
                           "Sagor, bilder och lek med surfplattor."),
        "flipped": ("Flippat klassrum",
                    "Videor hemma, övning i klassen: att planera en flippad helhet."),
        "assessment": ("Digital bedömning",
                       "Quiz, bedömningsmatriser och självvärdering med digitala verktyg."),
        "data_protection": ("Dataskydd för lärare",
                            "Elevernas personuppgifter, samtycke och trygg delning."),
        "seppo": ("Spelbaserat lärande med Seppo", "Platsbaserade lärspel."),
        "robotics": ("Robotik med LEGO Spike", "Att bygga och programmera robotar."),
        "office": ("Grunderna i Office 365", "Outlook, OneDrive och delade dokument."),
        "video": ("Videoredigering i undervisningen", "Elevernas egna filmer, steg för steg."),
        "ai": ("Artificiell intelligens i undervisningen",
               "Vad AI-verktyg kan och inte kan i skolarbetet."),
        "python": ("Python i gymnasiet", "Att undervisa de första programmen."),
        "accessible": ("Tillgängligt digitalt material", "Material som alla elever kan använda."),
        "media": ("Mediekunskap", "Källor, bilder och reklam i elevernas medier."),
    },
    title_endings=["", "", ": kom i gång", ": praktisk workshop", ": nästa steg",
                   ": frågor och svar"],
    network_meeting="Nätverksträff för tutorlärare",
    organiser="Vanda stad, Fostran och lärande",
    signer="Kaisa Koordinaattori",
    rooms=["Biblioteket", "Auditoriet", "Datasalen", "Klassrum A12", "Klassrum B204",
           "Lärarrummet", "Musiksalen", "Slöjdsalen"],
    venues=["Utbildningstjänsternas utbildningslokal, Dickursby",
            "Vanda huvudbibliotek, Dickursby", "Myrbackahuset, mötesrum 2",
            "Heurekas lärcenter"],
    categories={
        "tablet": "Surfplatta", "laptop": "Bärbar dator", "robot_kit": "Robotsats",
        "microbit_set": "micro:bit-klassuppsättning", "vr_headset": "VR-glasögon",
        "document_camera": "Dokumentkamera", "printer_3d": "3D-skrivare",
    },
    models={
        "iPad 10th gen 64 GB": "iPad (10:e generationen) 64 GB",
        "Bee-Bot class set": "Bee-Bot klassuppsättning",
        "BBC micro:bit v2 class pack": "BBC micro:bit v2 klasspaket",
    },
    funding=[
        "Utbildningsstyrelsens statsunderstöd för tutorlärare 2023",
        "Utbildningsstyrelsens statsunderstöd för tutorlärare 2024",
        "Stadens IKT-anslag 2025",
        "Stadens IKT-anslag 2026",
    ],
    conditions=["ny", "bra", "bra", "bra", "hyfsad", "sliten"],
    storage=["IKT-skåpet, Dickursby", "Utbildningstjänsternas förråd",
             "Tutorrummet, Myrbacka"],
    lost_note="Inte återlämnad efter en skolflytt.",
    repair_note="Spräckt skärm, skickad på reparation.",
    retired_note="Batteriet är utslitet.",
    damaged_return_note="Återlämnad med repad skärm.",
    stock_take="Inventering våren {year}",
    visit_notes=[
        "Tog i bruk Teams i årskurs 5 och övade uppgifter.",
        "Samundervisning i en Scratch-lektion; läraren håller nästa lektion själv.",
        "Personalutbildning i digital bedömning efter skoldagen.",
        "Hjälpte två lärare med klassanteckningsböcker i OneNote.",
        "Planerade vårens utbildningsdagar med rektorn.",
        "Laddade och uppdaterade iPadarna; visade lärarna sagoappen.",
        "micro:bit-lektion i 6B med klassuppsättningen.",
    ],
    feedback=[
        "Tydligt och praktiskt, jag prövar det nästa vecka.",
        "För snabbt för en nybörjare; mer tid för övning, tack.",
        "Bra exempel från ett riktigt klassrum.",
        "Jag skulle gärna ha en fortsättning.",
    ],
    requests={
        VisitPurpose.CO_TEACHING: "Årskurs 5 börjar använda Teams; läraren vill ha hjälp "
                                  "under lektionen.",
        VisitPurpose.DEVICE_SETUP: "Våra nya iPadar behöver ställas in innan "
                                   "förskolegrupperna börjar använda dem.",
        VisitPurpose.STAFF_TRAINING: "Personalutbildning i digital bedömning för hela "
                                     "lärarkåren.",
        VisitPurpose.INDIVIDUAL_GUIDANCE: "En lärare vill ha handledning i micro:bit inför "
                                          "ett programmeringsprojekt.",
        VisitPurpose.PLANNING: "Planering av skolans digitala strategi tillsammans med "
                               "rektorn.",
    },
    year_round="Ansökningsomgång för tutorlärare {first}–{last}",
    year_round_about="Tutorlärare för läsåret: skolornas egna och ambulerande tutorlärare.",
    extra_round="Ambulerande tutorlärare, vårterminen",
    extra_round_about="Fler ambulerande tutorlärare för skolor utan egen tutorlärare.",
    motivations=[
        "Jag har använt Teams med mina klasser i flera år och hjälper gärna kolleger.",
        "Jag leder skolans kodklubb och vill utveckla den vidare.",
        "Jag vill hjälpa vår personal med digital bedömning.",
        "Vår skola behöver någon som tar hand om iPadarna; jag kan dem väl.",
    ],
    decline_reasons=["Ingen tid för tutorverksamhet kunde avtalas för nästa läsår.",
                     "En annan sökande från samma skola valdes."],
)
