"""desk.offer: which lessons a school's teachers are offered, with the seats left."""

from datetime import date, datetime, time

import pytest

from coachdesk.domain.lessons import LessonDraft, LessonStatus, PlaceKind
from coachdesk.domain.schools import Language, SchoolDraft, SchoolKind, TeacherDraft
from coachdesk.domain.tutors import TutorDraft
from coachdesk.services.offer import IN_THE_CALENDAR

FIRST, LAST = date(2027, 1, 7), date(2027, 5, 31)
FROM, UNTIL = time(15), time(16, 30)


def lesson(desk, title: str, day: date, status=LessonStatus.PUBLISHED, **fields) -> int:
    tutor = desk.tutors.choices()[0][0]
    draft = LessonDraft(title=title, tutor_ids=(tutor,), starts_at=datetime.combine(day, FROM),
                        ends_at=datetime.combine(day, UNTIL), place_kind=PlaceKind.ONLINE,
                        online_url="https://meet.example/x", status=status, **fields)
    return desk.lessons.add(draft, confirmed=True)


@pytest.fixture
def schools(desk):
    return add_schools(desk)


def add_schools(desk) -> tuple[int, int]:
    """A Finnish- and a Swedish-language school, and a tutor for the lessons."""
    korso = desk.schools.add(SchoolDraft("Korson koulu", SchoolKind.PRIMARY, Language.FINNISH))
    kyrkoby = desk.schools.add(SchoolDraft("Kyrkoby skola", SchoolKind.PRIMARY,
                                           Language.SWEDISH))
    desk.tutors.add(TutorDraft(name="Aino Aalto", home_school_id=korso,
                               agreement_start=date(2026, 8, 1),
                               agreement_end=date(2027, 7, 31)))
    return korso, kyrkoby


def test_a_school_is_offered_the_published_lessons_open_to_all_or_listed_for_it(desk, schools):
    korso, kyrkoby = schools
    everyone = lesson(desk, "Open to all", date(2027, 1, 12))
    for_korso = lesson(desk, "Korso only", date(2027, 1, 13), open_to_all=False,
                       school_ids=(korso,))
    lesson(desk, "Only planned", date(2027, 1, 14), status=LessonStatus.PLANNED)
    lesson(desk, "Before the period", date(2027, 1, 5))
    lesson(desk, "After the period", date(2027, 6, 1))
    assert desk.offer.lesson_ids(FIRST, LAST, korso) == [everyone, for_korso]
    assert desk.offer.lesson_ids(FIRST, LAST, kyrkoby) == [everyone]
    assert desk.offer.lesson_ids(FIRST, LAST) == [everyone, for_korso]


def test_a_cancelled_lesson_leaves_the_brochure_but_stays_in_the_calendar(desk, schools):
    kept = lesson(desk, "Kept", date(2027, 1, 12))
    gone = lesson(desk, "Cancelled", date(2027, 1, 19))
    desk.lessons.cancel(gone)
    assert [x.info.id for x in desk.offer.lessons(FIRST, LAST)] == [kept]
    assert desk.offer.lesson_ids(FIRST, LAST, statuses=IN_THE_CALENDAR) == [kept, gone]


def test_seats_left_count_the_enrolled_only(desk, schools):
    korso, _ = schools
    limited = lesson(desk, "Six seats", date(2027, 1, 12), capacity=2)
    unlimited = lesson(desk, "No limit", date(2027, 1, 13))
    teachers = [desk.teachers.add(TeacherDraft(f"Opettaja {n}", korso)) for n in range(3)]
    for teacher in teachers:  # the third waits
        desk.enrollments.enroll(limited, teacher)
    seats = {x.info.id: x.seats_left for x in desk.offer.lessons(FIRST, LAST)}
    assert seats == {limited: 0, unlimited: None}
