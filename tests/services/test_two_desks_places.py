"""Two coordinators booking one room of a school, or one venue, into overlapping times at
the same moment, on two real connections: every time one lesson is planned and the other
desk hears the usual conflict (the place is locked in the database, as the tutors are),
on a SQLite file and on the test run's PostgreSQL server."""

from datetime import date, datetime, time, timedelta
from functools import partial

import pytest
from sqlalchemy import func, select

from coachdesk.domain.calendar import SchoolYearDraft
from coachdesk.domain.conflicts import ConflictKind, ConflictsFound
from coachdesk.domain.lessons import LessonDraft, PlaceKind
from coachdesk.domain.schools import SchoolDraft
from coachdesk.domain.tutors import TutorDraft
from coachdesk.storage import tables as t
from tests.services.test_two_desks import (  # noqa: F401
    ROUNDS,
    WEEKDAYS,
    at_once,
    one_won,
    two_desks,
)

PLACES = {
    "room": {"place_kind": PlaceKind.SCHOOL, "room": "Aula"},
    "venue": {"place_kind": PlaceKind.VENUE, "venue": "Tikkurilan kirjasto"},
}


@pytest.mark.parametrize("where", PLACES)
def test_one_place_is_never_booked_twice_at_the_same_hour(two_desks, where):  # noqa: F811
    a, b = two_desks
    a.school_years.create(SchoolYearDraft(2026))
    school = a.schools.add(SchoolDraft(name="Korson koulu", kind="primary", language="fi"))
    # one tutor each: only the place can clash
    tutors = [a.tutors.add(TutorDraft(name=f"Tutor {i}", home_school_id=school, **WEEKDAYS))
              for i in range(2)]
    place = {**PLACES[where], "school_id": school}
    day = date(2026, 9, 7)
    for round_ in range(ROUNDS):
        while day.weekday() >= 5:
            day += timedelta(days=1)
        one, half_past = datetime.combine(day, time(13)), datetime.combine(day, time(13, 30))
        outcomes = at_once(*(
            partial(desk.lessons.add, LessonDraft(
                f"{who} {round_}", starts, starts + timedelta(hours=1), (tutor,), **place))
            for desk, who, starts, tutor in ((a, "Scratch", one, tutors[0]),
                                             (b, "Padlet", half_past, tutors[1]))))
        one_won(outcomes, ConflictsFound)
        refused = next(o for o in outcomes if isinstance(o, ConflictsFound))
        assert [c.kind for c in refused.conflicts] == [ConflictKind.ROOM_TAKEN], round_
        day += timedelta(days=1)
    with a.db.reading() as conn:
        assert conn.scalar(select(func.count()).select_from(t.lessons)) == ROUNDS
