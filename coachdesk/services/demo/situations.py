"""Demo ICT situations: most schools' devices, platforms and network as a tutor saw them
this school year, and the needs noticed there — noted at a done visit by its tutor or by
the coordinator, some planned, some resolved. A few schools were last looked at more than
a year ago, and a few never, so that the municipal summary has schools to name.

The words are in the school's language (Finnish or Swedish; English in an English demo);
the needs come from a short list per language, so that the same need is noted at several
schools, as it is in a real city."""

from datetime import date, datetime, time, timedelta

from sqlalchemy import insert, select

from coachdesk.domain.language import ENGLISH
from coachdesk.domain.situations import DeviceAge, DeviceKind, DeviceUser, NeedStatus
from coachdesk.domain.visits import VisitStatus
from coachdesk.services.demo.context import DemoContext, DemoSchool
from coachdesk.storage import tables as t
from coachdesk.storage.bulk import insert_rows

PLATFORMS = {
    "comprehensive": ["Teams", "Wilma", "Seppo", "OneNote", "Padlet", "Kahoot!"],
    "primary": ["Teams", "Wilma", "Seppo", "Book Creator", "ScratchJr", "Padlet"],
    "lower_secondary": ["Teams", "Wilma", "Google Classroom", "Seppo", "Forms", "Kahoot!"],
    "upper_secondary": ["Teams", "Wilma", "Abitti", "Google Classroom", "OneNote"],
    "preschool": ["Wilma", "Book Creator", "Bee-Bot"],
}
NETWORK = {
    "fi": ["Langaton verkko toimii luokissa, liikuntasalissa katvealue.",
           "Verkko kaatuu, kun koko luokka kirjautuu yhtä aikaa.",
           "Hyvä langaton verkko kaikissa tiloissa, uusittu kesällä.",
           "Vanhassa siivessä heikko kuuluvuus; tukiasemia tilattu."],
    "sv": ["Det trådlösa nätet fungerar i klassrummen, men inte i gymnastiksalen.",
           "Nätet går ner när hela klassen loggar in samtidigt.",
           "Bra trådlöst nät i alla utrymmen, förnyat i somras."],
    "en": ["The wireless network works in the classrooms, with a dead spot in the gym.",
           "The network fails when a whole class logs in at once.",
           "A good wireless network everywhere, renewed last summer."],
}
NEEDS = {
    "fi": ["Teamsin tehtävät ja palautukset opettajille",
           "Seppo-pelien tekeminen omaan aineeseen",
           "Chromebookien kirjautumisongelmat oppilailla",
           "Langaton verkko ei riitä koko luokalle",
           "Opettajien kannettavat vanhoja ja hitaita",
           "Digitaalinen arviointi Wilmassa",
           "Ohjelmoinnin aloittaminen alakoulussa",
           "Interaktiivisen näytön käyttö opetuksessa",
           "Tietoturva ja salasanat oppilaille",
           "Sähköiset kokeet (Abitti) tutuiksi"],
    "sv": ["Uppgifter och inlämningar i Teams för lärarna",
           "Att göra Seppo-spel i det egna ämnet",
           "Elevernas inloggningsproblem på Chromebooks",
           "Det trådlösa nätet räcker inte för en hel klass",
           "Lärarnas bärbara datorer är gamla och långsamma",
           "Digital bedömning i Wilma",
           "Att börja med programmering i lågstadiet"],
    "en": ["Teams assignments and hand-ins for the teachers",
           "Making Seppo games in one's own subject",
           "Pupils' login problems on the Chromebooks",
           "The wireless network is not enough for a whole class",
           "The teachers' laptops are old and slow",
           "Digital assessment in Wilma",
           "Starting programming in the primary grades"],
}
WEIGHTS = [6, 5, 4, 4, 3, 3, 2, 2, 1, 1]  # the first needs of a list are the commonest
NEVER_LOOKED = 2  # schools whose situation nobody recorded
LOOKED_LONG_AGO = 2  # schools last looked at over a year ago


def _language(ctx: DemoContext, school: DemoSchool) -> str:
    if ctx.language == ENGLISH:
        return "en"
    return "sv" if school.swedish else "fi"


def add_situations(ctx: DemoContext) -> None:
    rng, today = ctx.rng, ctx.today
    v = t.visits.c
    # school → its done visits of the last year, (id, tutor, day)
    done: dict[int, list[tuple[int, int, date]]] = {}
    for row in ctx.conn.execute(
            select(v.id, v.school_id, v.tutor_id, v.starts_at)
            .where(v.status == VisitStatus.DONE,
                   v.starts_at >= today - timedelta(days=330)).order_by(v.starts_at)):
        done.setdefault(row.school_id, []).append((row.id, row.tutor_id, row.starts_at.date()))
    now = datetime.combine(today, time(12))
    # school → what a planned need was made into: its requests, its lessons
    made: dict[int, list[dict[str, int]]] = {}
    for request_id, school_id in ctx.conn.execute(
            select(t.visit_requests.c.id, t.visit_requests.c.school_id)):
        made.setdefault(school_id, []).append({"request_id": request_id})
    for lesson_id, school_id in ctx.conn.execute(
            select(t.lessons.c.id, t.lessons.c.school_id)
            .where(t.lessons.c.school_id.is_not(None), t.lessons.c.starts_at > now)):
        made.setdefault(school_id, []).append({"lesson_id": lesson_id})
    schools = list(ctx.schools)
    situations, devices, needs = [], [], []
    for number, school in enumerate(schools):
        if number >= len(schools) - NEVER_LOOKED:
            continue
        language = _language(ctx, school)
        visits = done.get(school.id, [])
        long_ago = number >= len(schools) - NEVER_LOOKED - LOOKED_LONG_AGO
        if long_ago or not visits:
            looked_on = today - timedelta(days=rng.randint(400, 600))
            tutor_id, visits = None, []
        else:
            _, tutor_id, looked_on = rng.choice(visits)
        situations.append({
            "school_id": school.id, "looked_on": looked_on, "tutor_id": tutor_id,
            "platforms": "\n".join(rng.sample(PLATFORMS.get(school.kind, PLATFORMS["primary"]),
                                              3)),
            "network": rng.choice(NETWORK[language]), "notes": ""})
        devices.extend(_devices(rng, school))
        pool = NEEDS[language]
        chosen = set()
        for _ in range(rng.randint(2, 4)):
            chosen.add(rng.choices(pool, WEIGHTS[:len(pool)])[0])
        for description in sorted(chosen):
            needs.append(_need(rng, school.id, description, visits, looked_on, today,
                               made.get(school.id, [])))
    insert_rows(ctx.conn, t.school_situations, situations)
    insert_rows(ctx.conn, t.school_devices, devices)
    if needs:
        ctx.conn.execute(insert(t.school_needs), needs)
    ctx.add_count("situations", len(situations))
    ctx.add_count("needs", len(needs))


def _devices(rng, school: DemoSchool) -> list[dict]:
    pupils = {"preschool": (DeviceKind.TABLET, 10, 30),
              "primary": (rng.choice([DeviceKind.TABLET, DeviceKind.CHROMEBOOK]), 40, 160),
              }.get(school.kind, (rng.choice([DeviceKind.CHROMEBOOK, DeviceKind.LAPTOP]),
                                  80, 400))
    kind, low, high = pupils
    lines = [(DeviceUser.PUPILS, kind, rng.randint(low, high),
              rng.choice([DeviceAge.NEW, DeviceAge.MIDDLE, DeviceAge.OLD])),
             (DeviceUser.TEACHERS, DeviceKind.LAPTOP, rng.randint(10, 60),
              rng.choice([DeviceAge.MIDDLE, DeviceAge.OLD]))]
    if rng.random() < 0.6:
        lines.append((DeviceUser.TEACHERS, DeviceKind.DISPLAY, rng.randint(4, 30),
                      rng.choice(list(DeviceAge)[:3])))
    return [{"school_id": school.id, "user": user, "kind": kind, "count": count, "age": age}
            for user, kind, count, age in lines]


def _need(rng, school_id: int, description: str, visits, looked_on, today,
          made: list[dict]) -> dict:
    """A need noted at one of the school's done visits by its tutor, or else by the
    coordinator on the day the situation was looked at; open, planned (as one of the
    school's requests or coming lessons, where it has one) or resolved."""
    if visits and rng.random() < 0.75:
        visit_id, tutor_id, noted_on = rng.choice(visits)
    else:
        visit_id, tutor_id, noted_on = None, None, looked_on
    status = rng.choices(list(NeedStatus), [5, 2, 3])[0]
    links = {"request_id": None, "lesson_id": None}
    if status is NeedStatus.PLANNED:
        if made:
            links.update(rng.choice(made))
        else:
            status = NeedStatus.OPEN
    resolved_on = None
    if status is NeedStatus.RESOLVED:
        resolved_on = min(today, noted_on + timedelta(days=rng.randint(14, 90)))
    return {"school_id": school_id, "description": description, "noted_on": noted_on,
            "tutor_id": tutor_id, "status": status, "visit_id": visit_id,
            "resolved_on": resolved_on, "resolved_visit_id": None, **links}
