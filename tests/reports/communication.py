"""A small programme to make calendars and messages from: shared by the tests of
calendars, messages, the calendar command and the announcement dialog."""

from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import insert

from coachdesk.domain.calendar import SchoolYearDraft
from coachdesk.domain.lessons import LessonDraft
from coachdesk.domain.schools import SchoolDraft, TeacherDraft
from coachdesk.domain.tutors import TutorDraft
from coachdesk.domain.visits import VisitDraft
from coachdesk.storage import tables as t

WEEKDAYS = {"released_rule": "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "released_from": time(8),
            "released_until": time(17)}
AGREEMENT = {"agreement_start": date(2026, 8, 1), "agreement_end": date(2027, 7, 31)}
NOW = datetime(2026, 9, 1, 12, 0)  # a Tuesday early in the autumn term
SUMMER_DAY = date(2026, 9, 9)  # a Wednesday, Helsinki on summer time (UTC+3)
WINTER_DAY = date(2026, 12, 2)  # a Wednesday, Helsinki on standard time (UTC+2)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute)


@dataclass
class World:
    korso: int  # Finnish school with principal and ICT contact
    ankare: int  # Swedish school with a principal only
    nameless: int  # a school with no principal e-mail
    tutor: int
    topic: int
    at_school: int  # published lesson at Korso on the summer day
    online: int  # published online lesson on the winter day
    planned: int
    cancelled: int
    visit: int  # booked visit to Korso
    cancelled_visit: int


def build(desk) -> World:
    desk.school_years.create(SchoolYearDraft(2026))
    korso = desk.schools.add(SchoolDraft(name="Korson koulu", kind="comprehensive", language="fi",
                                         address="Urpiaisentie 14, Vantaa",
                                         principal_name="Pirjo Rehtori",
                                         principal_email="pirjo.rehtori@vantaa.fi",
                                         ict_contact_name="Ilkka Tietonen",
                                         ict_contact_email="ilkka.tietonen@vantaa.fi"))
    ankare = desk.schools.add(SchoolDraft(name="Ankarskolan", kind="primary", language="sv",
                                          principal_name="Stina Rektor",
                                          principal_email="stina.rektor@vantaa.fi"))
    nameless = desk.schools.add(SchoolDraft(name="Tyhjälän koulu", kind="primary", language="fi",
                                            principal_name="Tuntematon"))
    for name, email, school in (("Aino Opettaja", "aino@vantaa.fi", korso),
                                ("Eero Opettaja", "eero@vantaa.fi", korso),
                                ("Ei Postia", "", korso),
                                ("Sara Lärare", "sara@vantaa.fi", ankare)):
        desk.teachers.add(TeacherDraft(name=name, email=email, school_id=school))
    tutor = desk.tutors.add(TutorDraft(name="Maija Meikäläinen", email="maija@vantaa.fi",
                                       home_school_id=korso, **AGREEMENT, **WEEKDAYS))
    with desk.db.engine.begin() as conn:
        topic = conn.execute(insert(t.topics).values(
            name="Scratch", level="basic", audience="all")).inserted_primary_key[0]
    common = {"topic_id": topic, "capacity": 12}
    common = {**common, "tutor_ids": (tutor,)}
    at_school = desk.lessons.add(LessonDraft(
        **common, title="Scratch basics", place_kind="school", school_id=korso, room="A12",
        starts_at=at(SUMMER_DAY, 14, 30), ends_at=at(SUMMER_DAY, 16), status="published",
        level="basic"))
    online = desk.lessons.add(LessonDraft(
        **common, title="Scratch games", place_kind="online",
        online_url="https://meet.example/scratch", starts_at=at(WINTER_DAY, 15),
        ends_at=at(WINTER_DAY, 16, 30), status="published", level="intermediate"))
    planned = desk.lessons.add(LessonDraft(
        **common, title="Robots", place_kind="venue", venue="Tikkurila library",
        starts_at=at(date(2026, 10, 7), 14, 30), ends_at=at(date(2026, 10, 7), 16)))
    cancelled = desk.lessons.add(LessonDraft(**common, title="Cancelled lesson",
                                             place_kind="venue", venue="Tikkurila library",
                                             starts_at=at(date(2026, 10, 21), 14, 30),
                                             ends_at=at(date(2026, 10, 21), 16),
                                             status="published"))
    desk.lessons.cancel(cancelled)
    visit = desk.visits.book(VisitDraft(korso, tutor, at(date(2026, 9, 10), 9),
                                        at(date(2026, 9, 10), 11), purpose="staff_training",
                                        topic_ids=(topic,), notes="Bring the robots."), now=NOW)
    cancelled_visit = desk.visits.book(VisitDraft(ankare, tutor, at(date(2026, 11, 5), 9),
                                                  at(date(2026, 11, 5), 10)), now=NOW)
    desk.visits.cancel(cancelled_visit)
    return World(korso, ankare, nameless, tutor, topic, at_school, online, planned,
                 cancelled, visit, cancelled_visit)
