"""The demo in Finnish, in the words of Vantaa's schools (GLOSSARY.md)."""

from coachdesk.domain.visits import VisitPurpose
from coachdesk.services.demo.words.vocabulary import Words

WORDS = Words(
    class_teacher="luokanopettaja",
    special_education="erityisopetus",
    early_childhood="varhaiskasvatus",
    subjects=[
        "matematiikka", "äidinkieli ja kirjallisuus", "ruotsi", "englanti", "historia",
        "biologia", "maantieto", "fysiikka", "kemia", "käsityö", "kuvataide", "musiikki",
        "liikunta", "uskonto", "erityisopetus", "kotitalous", "tietotekniikka",
    ],
    topics={
        "teams": ("Teams ja OneNote",
                  "Luokan tiimit, tehtävät ja yhteinen OneNote-luokan muistikirja."),
        "classroom": ("Google Classroom", "Kurssit, tehtävät ja palaute Classroomissa."),
        "scratch": ("Koodaus Scratchillä", "Palikkakoodausta ensimmäisestä pelistä alkaen."),
        "microbit": ("micro:bit", "micro:bitin ohjelmointi ja luokkasarjojen käyttö."),
        "ipad_preschool": ("iPad esiopetuksessa", "Tarinoita, kuvia ja leikkiä tableteilla."),
        "flipped": ("Käänteinen opetus",
                    "Videot kotona, harjoittelu tunnilla: käänteisen jakson suunnittelu."),
        "assessment": ("Digitaalinen arviointi",
                       "Tietovisat, arviointikriteerit ja itsearviointi digitaalisilla "
                       "työkaluilla."),
        "data_protection": ("Tietosuoja opettajille",
                            "Oppilaiden henkilötiedot, suostumus ja turvallinen jakaminen."),
        "seppo": ("Pelillinen oppiminen Sepolla", "Sijaintiin perustuvat oppimispelit."),
        "robotics": ("Robotiikka LEGO Spikella", "Robottien rakentaminen ja koodaaminen."),
        "office": ("Office 365:n perusteet", "Outlook, OneDrive ja jaetut tiedostot."),
        "video": ("Videoeditointi opetuksessa", "Oppilaiden omat elokuvat vaihe vaiheelta."),
        "ai": ("Tekoäly opetuksessa",
               "Mihin tekoälytyökalut pystyvät koulutyössä ja mihin eivät."),
        "python": ("Python lukiossa", "Ensimmäisten ohjelmien opettaminen."),
        "accessible": ("Saavutettava digitaalinen materiaali",
                       "Materiaalia, jota jokainen oppilas voi käyttää."),
        "media": ("Medialukutaito", "Lähteet, kuvat ja mainonta oppilaiden mediassa."),
    },
    title_endings=["", "", ": ensiaskeleet", ": käytännön työpaja", ": seuraavat askeleet",
                   ": kysymyksiä ja vastauksia"],
    network_meeting="Tutoropettajien verkostotapaaminen",
    organiser="Vantaan kaupunki, Kasvatuksen ja oppimisen toimiala",
    signer="Kaisa Koordinaattori",
    rooms=["Kirjasto", "Auditorio", "ATK-luokka", "Luokka A12", "Luokka B204",
           "Opettajainhuone", "Musiikkiluokka", "Käsityöluokka"],
    venues=["Opetuspalveluiden koulutustila, Tikkurila", "Vantaan pääkirjasto, Tikkurila",
            "Myyrmäkitalo, kokoushuone 2", "Heurekan oppimiskeskus"],
    categories={
        "tablet": "Tabletti", "laptop": "Kannettava tietokone", "robot_kit": "Robotiikkasarja",
        "microbit_set": "micro:bit-luokkasarja", "vr_headset": "VR-lasit",
        "document_camera": "Dokumenttikamera", "printer_3d": "3D-tulostin",
    },
    models={
        "iPad 10th gen 64 GB": "iPad (10. sukupolvi) 64 Gt",
        "iPad Air 11\" 128 GB": "iPad Air 11\" 128 Gt",
        "Bee-Bot class set": "Bee-Bot-luokkasarja",
        "BBC micro:bit v2 class pack": "BBC micro:bit v2 -luokkapaketti",
    },
    funding=[
        "Opetushallituksen tutoropettaja-avustus 2023",
        "Opetushallituksen tutoropettaja-avustus 2024",
        "Kaupungin TVT-määräraha 2025",
        "Kaupungin TVT-määräraha 2026",
    ],
    conditions=["uusi", "hyvä", "hyvä", "hyvä", "tyydyttävä", "kulunut"],
    storage=["TVT-kaappi, Tikkurila", "Opetuspalveluiden varasto", "Tutorhuone, Myyrmäki"],
    lost_note="Ei palautunut koulun muuton jälkeen.",
    repair_note="Näyttö haljennut, lähetetty korjaukseen.",
    retired_note="Akku kulunut loppuun.",
    damaged_return_note="Palautui näyttö naarmuuntuneena.",
    stock_take="Kevään inventaario {year}",
    visit_notes=[
        "Otettiin Teams käyttöön 5. luokalla ja harjoiteltiin tehtäviä.",
        "Scratch-tunti samanaikaisopetuksena; opettaja pitää seuraavan tunnin itse.",
        "Henkilöstökoulutus digitaalisesta arvioinnista koulupäivän jälkeen.",
        "Autoin kahta opettajaa OneNoten luokan muistikirjojen kanssa.",
        "Suunniteltiin kevään koulutuspäivät rehtorin kanssa.",
        "iPadit ladattu ja päivitetty; näytin opettajille tarinasovelluksen.",
        "micro:bit-tunti 6B:lle luokkasarjalla.",
    ],
    feedback=[
        "Selkeä ja käytännönläheinen, kokeilen ensi viikolla.",
        "Liian nopea tahti aloittelijalle; enemmän aikaa harjoitteluun, kiitos.",
        "Hyviä esimerkkejä oikeasta luokkahuoneesta.",
        "Toivoisin jatkokoulutusta.",
    ],
    requests={
        VisitPurpose.CO_TEACHING: "5. luokka aloittaa Teamsin käytön; opettaja toivoo apua "
                                  "tunnille.",
        VisitPurpose.DEVICE_SETUP: "Uudet iPadimme pitää ottaa käyttöön ennen kuin "
                                   "esiopetusryhmät alkavat käyttää niitä.",
        VisitPurpose.STAFF_TRAINING: "Henkilöstökoulutus digitaalisesta arvioinnista koko "
                                     "opettajakunnalle.",
        VisitPurpose.INDIVIDUAL_GUIDANCE: "Opettaja toivoo ohjausta micro:bitin käyttöön "
                                          "ennen koodausprojektia.",
        VisitPurpose.PLANNING: "Koulun digistrategian suunnittelu yhdessä rehtorin kanssa.",
    },
    year_round="Tutorhaku {first}–{last}",
    year_round_about="Tutoropettajat lukuvuodeksi: koulujen omat ja kiertävät "
                     "tutoropettajat.",
    extra_round="Kiertävät tutoropettajat, kevätlukukausi",
    extra_round_about="Lisää kiertäviä tutoropettajia kouluille, joilla ei ole omaa "
                      "tutoropettajaa.",
    motivations=[
        "Olen käyttänyt Teamsia luokkieni kanssa vuosia ja autan mielelläni kollegoita.",
        "Vedän koulumme koodikerhoa ja haluan kehittää sitä edelleen.",
        "Haluaisin auttaa työyhteisöämme digitaalisessa arvioinnissa.",
        "Koulumme tarvitsee iPadeille tukihenkilön; tunnen laitteet hyvin.",
    ],
    decline_reasons=["Tutorointiajasta ei päästy sopimukseen ensi lukuvuodeksi.",
                     "Samasta koulusta valittiin toinen hakija."],
)
