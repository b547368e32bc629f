"""Travel time between sites and hours left in the term: a tutor needs the buffer between
bookings at different places on one day, and a booking may not take more hours than are
left."""

from datetime import date, datetime

import pytest

from coachdesk.domain.calendar import SchoolCalendar
from coachdesk.domain.conflicts import (
    Booking,
    ConflictCheck,
    ConflictKind,
    TutorPlan,
    find_conflicts,
)
from coachdesk.domain.released_time import ReleasedPlan

OPEN = SchoolCalendar([], [])
TUESDAY = date(2026, 9, 8)
WEDNESDAY = date(2026, 9, 9)
HERE, THERE = "school:1", "school:2"
MAIJA = TutorPlan("Maija Meikäläinen", ReleasedPlan(weekly_hours=10))


def at(day: date, hours: str) -> datetime:
    h, _, m = hours.partition(":")
    return datetime(day.year, day.month, day.day, int(h), int(m or 0))


def booking(starts: str, ends: str, site: str = HERE, tutors=(1,), day=TUESDAY, key="",
            label="a visit") -> Booking:
    return Booking(at(day, starts), at(day, ends), frozenset(tutors), "", label, key, site)


def found(new: Booking, others=(), travel=30, hours_left=None):
    check = ConflictCheck(OPEN, list(others), {1: MAIJA}, travel, dict(hours_left or {}))
    return find_conflicts(new, check)


def kinds(new: Booking, others=(), travel=30, hours_left=None) -> list[ConflictKind]:
    return [c.kind for c in found(new, others, travel, hours_left)]


# -- travel time ------------------------------------------------------------------------

ELSEWHERE = booking("8:00", "10:00", site=THERE, key="visit:1", label="a visit to Ankkuri")


@pytest.mark.parametrize("starts, ends", [("10:00", "11:00"), ("10:29", "11:00"),
                                          ("7:00", "7:45"), ("6:00", "7:31")])
def test_too_little_time_to_travel(starts, ends):
    assert kinds(booking(starts, ends), [ELSEWHERE]) == [ConflictKind.TRAVEL_TIME]


@pytest.mark.parametrize("starts, ends", [("10:30", "11:00"), ("13:00", "14:00"),
                                          ("7:00", "7:30"), ("6:00", "7:00")])
def test_the_buffer_or_more_is_enough(starts, ends):
    assert kinds(booking(starts, ends), [ELSEWHERE]) == []


def test_the_message_names_the_gap_the_other_booking_and_the_need():
    (conflict,) = found(booking("10:10", "11:00"), [ELSEWHERE])
    assert conflict.message == (
        "Only 10 min between this and a visit to Ankkuri at 8.9. 8:00–10:00; "
        "travel needs 30 min.")


def test_no_travel_within_the_same_site():
    same = booking("8:00", "10:00", site=HERE, key="visit:1")
    assert kinds(booking("10:00", "11:00"), [same]) == []


@pytest.mark.parametrize("mine, theirs", [("", THERE), (HERE, "")])
def test_no_travel_to_or_from_an_online_booking(mine, theirs):
    other = booking("8:00", "10:00", site=theirs, key="visit:1")
    assert kinds(booking("10:00", "11:00", site=mine), [other]) == []


def test_no_travel_for_another_tutors_booking():
    other = booking("8:00", "10:00", site=THERE, tutors=(2,), key="visit:1")
    assert kinds(booking("10:00", "11:00"), [other]) == []


def test_a_shared_tutor_of_a_team_needs_the_buffer():
    other = booking("8:00", "10:00", site=THERE, tutors=(2, 3), key="lesson:1")
    assert kinds(booking("10:00", "11:00", tutors=(1, 3)), [other]) == [
        ConflictKind.TRAVEL_TIME]


def test_no_travel_on_another_day():
    yesterday = booking("15:00", "23:59", site=THERE, day=date(2026, 9, 7), key="visit:1")
    assert kinds(booking("0:00", "1:00"), [yesterday]) == []
    tomorrow = booking("8:00", "10:00", site=THERE, day=WEDNESDAY, key="visit:1")
    assert kinds(booking("10:00", "11:00"), [tomorrow]) == []


def test_no_travel_without_a_buffer_setting():
    assert kinds(booking("10:00", "11:00"), [ELSEWHERE], travel=0) == []


def test_an_overlap_is_a_clash_not_travel():
    assert kinds(booking("9:00", "11:00"), [ELSEWHERE]) == [ConflictKind.TUTOR_BUSY]


def test_the_booking_being_changed_needs_no_travel_from_itself():
    itself = booking("8:00", "10:00", site=THERE, key="visit:1")
    assert kinds(booking("10:00", "11:00", key="visit:1"), [itself]) == []


def test_each_booking_elsewhere_is_named():
    before = booking("8:00", "10:00", site=THERE, key="visit:1")
    after = booking("11:10", "12:00", site="venue:library", key="lesson:2")
    assert kinds(booking("10:15", "11:00"), [before, after]) == [ConflictKind.TRAVEL_TIME] * 2


# -- hours left ---------------------------------------------------------------------------


def test_more_hours_than_are_left():
    (conflict,) = found(booking("8:00", "10:00"), hours_left={1: 1.5})
    assert conflict.kind is ConflictKind.HOURS_EXCEEDED
    assert conflict.message == ("Maija Meikäläinen has 1.5 h left this term; "
                                "this takes 2 h.")


def test_exactly_the_hours_left_is_fine():
    assert kinds(booking("8:00", "10:00"), hours_left={1: 2.0}) == []
    assert kinds(booking("8:00", "10:00"), hours_left={1: 2.5}) == []


def test_no_hours_left_at_all():
    (conflict,) = found(booking("8:00", "8:15"), hours_left={1: -4})
    assert conflict.kind is ConflictKind.HOURS_EXCEEDED
    assert "has 0 h left" in conflict.message
    assert "this takes 0.25 h" in conflict.message


def test_no_allotment_no_limit():
    assert kinds(booking("8:00", "16:00"), hours_left={}) == []
    assert kinds(booking("8:00", "16:00"), hours_left={2: 0}) == []


def test_each_tutor_over_their_hours_is_named():
    names = found(booking("8:00", "10:00", tutors=(1, 2)), hours_left={1: 1, 2: 1, 3: 0})
    assert [c.kind for c in names] == [ConflictKind.HOURS_EXCEEDED] * 2
    assert "Maija Meikäläinen" in names[0].message
    assert names[1].message.startswith("2 has 1 h left")
