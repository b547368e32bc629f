"""Conflict rules: a tutor elsewhere, a room taken, a break or holiday, time outside the
tutor's released-time plan; and, with hypothesis, that accepting only bookings free of
tutor clashes never double-books a tutor."""

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coachdesk.domain.calendar import Break, BreakKind, SchoolCalendar, Term
from coachdesk.domain.conflicts import (
    Booking,
    ConflictCheck,
    ConflictKind,
    ConflictsFound,
    TutorPlan,
    find_conflicts,
    tutor_blocked,
    within_plan,
)
from coachdesk.domain.errors import ConfirmationNeeded
from coachdesk.domain.formats import format_day_month, format_time
from coachdesk.domain.released_time import ReleasedPlan, weekly_rule

AUTUMN = Term(1, "Autumn term 2026", date(2026, 8, 12), date(2026, 12, 19))
SPRING = Term(1, "Spring term 2027", date(2027, 1, 7), date(2027, 6, 5))
BREAKS = [
    Break(1, "Autumn break", BreakKind.AUTUMN, date(2026, 10, 12), date(2026, 10, 18)),
    Break(1, "Christmas break", BreakKind.CHRISTMAS, date(2026, 12, 20), date(2027, 1, 6)),
    Break(1, "Ascension Day", BreakKind.PUBLIC_HOLIDAY, date(2027, 5, 6), date(2027, 5, 6)),
]
CALENDAR = SchoolCalendar([AUTUMN, SPRING], BREAKS)
OPEN = SchoolCalendar([], [])  # no terms, no breaks: every weekday counts

TUESDAY = date(2026, 9, 8)
WEDNESDAY = date(2026, 9, 9)
TUESDAYS = ReleasedPlan(weekly_rule([2]), "8:00", "15:00")
MAIJA = TutorPlan("Maija Meikäläinen", TUESDAYS, date(2026, 8, 1))
MATTI = TutorPlan("Matti Virtanen", ReleasedPlan(weekly_hours=10))  # hours only


def at(day: date, hours: str) -> datetime:
    h, _, m = hours.partition(":")
    return datetime(day.year, day.month, day.day, int(h), int(m or 0))


def book(day: date, starts: str, ends: str, tutors=(1,), place="", key="", label="") -> Booking:
    return Booking(at(day, starts), at(day, ends), frozenset(tutors), place,
                   label or f"lesson {key or 'new'}", key)


def kinds(booking: Booking, others=(), plans=None, calendar=OPEN) -> list[ConflictKind]:
    check = ConflictCheck(calendar, list(others), dict(plans or {}))
    return [c.kind for c in find_conflicts(booking, check)]


# -- a tutor elsewhere ------------------------------------------------------------------


def test_a_shared_tutor_at_an_overlapping_time_is_busy():
    other = book(TUESDAY, "9:00", "11:00", tutors=(1, 2), key="lesson:1")
    assert kinds(book(TUESDAY, "10:00", "12:00", tutors=(2, 3)), [other]) == [
        ConflictKind.TUTOR_BUSY]


def test_each_shared_tutor_is_named_once():
    other = book(TUESDAY, "9:00", "11:00", tutors=(1, 2, 3), key="lesson:1")
    found = find_conflicts(book(TUESDAY, "10:00", "12:00", tutors=(1, 2)),
                           ConflictCheck(OPEN, [other], {1: MAIJA, 2: MATTI}))
    assert [c.kind for c in found] == [ConflictKind.TUTOR_BUSY] * 2
    assert "Maija Meikäläinen" in found[0].message
    assert "Matti Virtanen" in found[1].message


def test_a_tutor_without_a_plan_is_named_by_id():
    other = book(TUESDAY, "9:00", "11:00", tutors=(7,), key="lesson:1")
    (conflict,) = find_conflicts(book(TUESDAY, "10:00", "12:00", tutors=(7,)),
                                 ConflictCheck(OPEN, [other]))
    assert "7" in conflict.message


def test_other_tutors_at_the_same_time_are_no_conflict():
    other = book(TUESDAY, "9:00", "11:00", tutors=(1,), key="lesson:1")
    assert kinds(book(TUESDAY, "9:00", "11:00", tutors=(2,)), [other]) == []


@pytest.mark.parametrize(("starts", "ends"), [("7:00", "9:00"), ("11:00", "12:00")])
def test_back_to_back_is_fine(starts, ends):
    other = book(TUESDAY, "9:00", "11:00", key="lesson:1")
    assert kinds(book(TUESDAY, starts, ends), [other]) == []


@pytest.mark.parametrize(("starts", "ends"), [
    ("8:59", "9:01"), ("10:59", "11:30"), ("9:30", "10:00"), ("8:00", "12:00"),
    ("9:00", "11:00"),
])
def test_any_overlap_is_busy(starts, ends):
    other = book(TUESDAY, "9:00", "11:00", key="lesson:1")
    assert kinds(book(TUESDAY, starts, ends), [other]) == [ConflictKind.TUTOR_BUSY]


def test_the_same_booking_is_never_its_own_conflict():
    saved = book(TUESDAY, "9:00", "11:00", place="school:1:a12", key="lesson:5")
    moved = book(TUESDAY, "10:00", "12:00", place="school:1:a12", key="lesson:5")
    assert kinds(moved, [saved]) == []


def test_bookings_without_keys_still_conflict():
    """An empty key is a booking not saved yet: it is not the same as another unsaved one."""
    assert kinds(book(TUESDAY, "9:00", "11:00"), [book(TUESDAY, "9:00", "11:00")]) == [
        ConflictKind.TUTOR_BUSY]


def test_a_visit_and_a_lesson_with_different_keys_conflict():
    visit = book(TUESDAY, "9:00", "11:00", key="visit:5")
    assert kinds(book(TUESDAY, "9:00", "11:00", key="lesson:5"), [visit]) == [
        ConflictKind.TUTOR_BUSY]


# -- a room taken -----------------------------------------------------------------------


def test_the_same_place_is_taken():
    other = book(TUESDAY, "9:00", "11:00", tutors=(1,), place="school:3:a12", key="lesson:1")
    found = find_conflicts(book(TUESDAY, "10:00", "11:00", tutors=(2,), place="school:3:a12"),
                           ConflictCheck(OPEN, [other]))
    assert [c.kind for c in found] == [ConflictKind.ROOM_TAKEN]
    assert "lesson lesson:1" in found[0].message
    assert "10:00" not in found[0].message and "9:00–11:00" in found[0].message


def test_a_shared_tutor_in_the_same_room_is_both():
    other = book(TUESDAY, "9:00", "11:00", place="venue:hall", key="lesson:1")
    assert sorted(kinds(book(TUESDAY, "9:00", "10:00", place="venue:hall"), [other])) == sorted(
        [ConflictKind.TUTOR_BUSY, ConflictKind.ROOM_TAKEN])


@pytest.mark.parametrize(("mine", "theirs"), [
    ("school:3:a12", "school:3:b7"),
    ("school:3:a12", "school:4:a12"),
    ("", ""),  # online, or a school without a named room: rooms do not clash
    ("school:3:a12", ""),
    ("", "school:3:a12"),
])
def test_other_or_empty_places_are_free(mine, theirs):
    other = book(TUESDAY, "9:00", "11:00", tutors=(1,), place=theirs, key="lesson:1")
    assert kinds(book(TUESDAY, "9:00", "11:00", tutors=(2,), place=mine), [other]) == []


def test_the_same_place_at_another_time_is_free():
    other = book(TUESDAY, "9:00", "11:00", tutors=(1,), place="venue:hall", key="lesson:1")
    assert kinds(book(TUESDAY, "11:00", "12:00", tutors=(2,), place="venue:hall"),
                 [other]) == []


# -- breaks and holidays ----------------------------------------------------------------


def test_a_break():
    (conflict,) = find_conflicts(book(date(2026, 10, 13), "9:00", "10:00"),
                                 ConflictCheck(CALENDAR))
    assert conflict.kind is ConflictKind.BREAK
    assert "Autumn break" in conflict.message and "13.10.2026" in conflict.message


def test_a_public_holiday():
    (conflict,) = find_conflicts(book(date(2027, 5, 6), "9:00", "10:00"),
                                 ConflictCheck(CALENDAR))
    assert conflict.kind is ConflictKind.HOLIDAY
    assert "Ascension Day" in conflict.message and "6.5.2027" in conflict.message


@pytest.mark.parametrize("day", [date(2026, 10, 9), date(2026, 10, 19), date(2027, 5, 7)])
def test_the_days_around_a_break_are_free(day):
    assert kinds(book(day, "9:00", "10:00"), calendar=CALENDAR) == []


# -- outside released time --------------------------------------------------------------


def test_inside_the_released_window_is_fine():
    assert kinds(book(TUESDAY, "8:00", "15:00"), plans={1: MAIJA}) == []
    assert within_plan(book(TUESDAY, "8:00", "15:00"), MAIJA)


@pytest.mark.parametrize(("day", "starts", "ends"), [
    (WEDNESDAY, "9:00", "10:00"),  # another weekday
    (TUESDAY, "7:30", "9:00"),  # starts before the window
    (TUESDAY, "14:30", "15:30"),  # ends after it
    (TUESDAY, "15:00", "16:00"),  # wholly after it
])
def test_outside_the_released_time(day, starts, ends):
    booking = book(day, starts, ends)
    assert not within_plan(booking, MAIJA)
    (conflict,) = find_conflicts(booking, ConflictCheck(OPEN, plans={1: MAIJA}))
    assert conflict.kind is ConflictKind.OUTSIDE_RELEASED_TIME
    assert "Maija Meikäläinen" in conflict.message
    assert f"{day.day}.{day.month}. {starts}–{ends}" in conflict.message
    assert TUESDAYS.describe() in conflict.message


def test_only_the_tutor_outside_the_plan_is_named():
    booking = book(WEDNESDAY, "9:00", "10:00", tutors=(1, 2))
    found = find_conflicts(booking, ConflictCheck(OPEN, plans={1: MAIJA, 2: TutorPlan(
        "Liisa", ReleasedPlan(weekly_rule([3]), "8:00", "15:00"))}))
    assert [c.kind for c in found] == [ConflictKind.OUTSIDE_RELEASED_TIME]
    assert "Maija Meikäläinen" in found[0].message and "Liisa" not in found[0].message


@pytest.mark.parametrize("day", [TUESDAY, WEDNESDAY, date(2026, 9, 12)])
def test_a_plan_with_hours_only_never_conflicts(day):
    booking = book(day, "6:00", "22:00")
    assert within_plan(booking, MATTI)
    assert kinds(booking, plans={1: MATTI}) == []


def test_a_tutor_without_a_plan_entry_is_not_checked():
    assert kinds(book(WEDNESDAY, "6:00", "22:00"), plans={2: MAIJA}) == []


def test_every_other_week_counts_from_the_agreement_start():
    plan = ReleasedPlan(weekly_rule([2], interval=2), "8:00", "15:00")
    from_11th = TutorPlan("Maija", plan, anchor=date(2026, 8, 11))  # a Tuesday
    from_18th = TutorPlan("Maija", plan, anchor=date(2026, 8, 18))
    released = [date(2026, 8, 11), date(2026, 8, 25), date(2026, 9, 8), date(2026, 9, 22)]
    free = [date(2026, 8, 18), date(2026, 9, 1), date(2026, 9, 15), date(2026, 9, 29)]
    for day in released:
        assert within_plan(book(day, "9:00", "10:00"), from_11th), day
        assert not within_plan(book(day, "9:00", "10:00"), from_18th), day
    for day in free:
        assert not within_plan(book(day, "9:00", "10:00"), from_11th), day
        assert within_plan(book(day, "9:00", "10:00"), from_18th), day
    assert kinds(book(date(2026, 9, 1), "9:00", "10:00"), plans={1: from_11th}) == [
        ConflictKind.OUTSIDE_RELEASED_TIME]


def test_weeks_are_counted_from_the_week_the_agreement_starts_in():
    """An agreement starting on Saturday 1.8.2026: its week is week 0, so the Tuesdays of
    the even weeks after it (11.8., 25.8.) are released, and 4.8. is not."""
    plan = ReleasedPlan(weekly_rule([2], interval=2), "8:00", "15:00")
    tutor = TutorPlan("Maija", plan, anchor=date(2026, 8, 1))
    assert within_plan(book(date(2026, 8, 11), "9:00", "10:00"), tutor)
    assert within_plan(book(date(2026, 8, 25), "9:00", "10:00"), tutor)
    assert not within_plan(book(date(2026, 8, 4), "9:00", "10:00"), tutor)
    assert not within_plan(book(date(2026, 8, 18), "9:00", "10:00"), tutor)


def test_before_the_agreement_starts_is_outside():
    tutor = TutorPlan("Maija", TUESDAYS, anchor=date(2026, 8, 1))
    assert not within_plan(book(date(2026, 7, 28), "9:00", "10:00"), tutor)


@pytest.mark.parametrize("plan", [
    ReleasedPlan(weekly_rule([2])),  # days without times
    ReleasedPlan("every tuesday", "8:00", "15:00"),  # a rule that cannot be read
    ReleasedPlan(weekly_rule([2]), "15:00", "8:00"),  # a window that ends first
])
def test_a_broken_plan_leaves_every_time_open(plan):
    booking = book(WEDNESDAY, "6:00", "22:00")
    assert within_plan(booking, TutorPlan("Maija", plan, date(2026, 8, 1)))
    assert kinds(booking, plans={1: TutorPlan("Maija", plan)}) == []


def test_several_kinds_at_once():
    other = book(date(2026, 10, 13), "9:00", "11:00", place="venue:hall", key="lesson:1")
    booking = book(date(2026, 10, 13), "10:00", "16:00", place="venue:hall")
    assert sorted(kinds(booking, [other], {1: MAIJA}, CALENDAR)) == sorted([
        ConflictKind.TUTOR_BUSY, ConflictKind.ROOM_TAKEN, ConflictKind.BREAK,
        ConflictKind.OUTSIDE_RELEASED_TIME])


def test_conflicts_found_carries_each_message():
    other = book(TUESDAY, "9:00", "11:00", key="lesson:1")
    found = find_conflicts(book(WEDNESDAY, "9:00", "10:00", place="x"), ConflictCheck(
        OPEN, [other, book(WEDNESDAY, "9:30", "10:30", tutors=(2,), place="x", key="l:2")],
        {1: MAIJA}))
    error = ConflictsFound(found)
    assert isinstance(error, ConfirmationNeeded)
    assert error.conflicts == found and len(found) == 2
    for conflict in found:
        assert conflict.message in str(error)


# -- hypothesis -------------------------------------------------------------------------

MONDAY = datetime(2026, 9, 7)


@st.composite
def bookings(draw, key: str = "") -> Booking:
    starts = MONDAY + timedelta(days=draw(st.integers(0, 2)),
                                minutes=15 * draw(st.integers(7 * 4, 17 * 4)))
    ends = starts + timedelta(minutes=15 * draw(st.integers(1, 16)))
    tutors = draw(st.frozensets(st.integers(1, 4), min_size=1, max_size=3))
    return Booking(starts, ends, tutors, "", "a lesson", key)


def busy(booking: Booking, others: list[Booking], plans=None) -> list:
    return [c for c in find_conflicts(booking, ConflictCheck(OPEN, others, plans or {}))
            if c.kind is ConflictKind.TUTOR_BUSY]


@given(bookings("lesson:1"), bookings("lesson:2"))
def test_tutor_busy_is_symmetric(a, b):
    assert len(busy(a, [b])) == len(busy(b, [a]))
    overlap = a.starts_at < b.ends_at and b.starts_at < a.ends_at
    assert len(busy(a, [b])) == (len(a.tutor_ids & b.tutor_ids) if overlap else 0)


@given(st.lists(bookings(), max_size=25))
def test_accepting_only_bookings_without_clashes_never_double_books(candidates):
    accepted: list[Booking] = []
    for n, candidate in enumerate(candidates):
        booking = Booking(candidate.starts_at, candidate.ends_at, candidate.tutor_ids,
                          key=f"lesson:{n}")
        if not busy(booking, accepted):
            accepted.append(booking)
    for i, a in enumerate(accepted):
        for b in accepted[i + 1:]:
            if a.tutor_ids & b.tutor_ids:
                assert a.ends_at <= b.starts_at or b.ends_at <= a.starts_at, (a, b)
    if candidates:
        assert accepted[0].starts_at == candidates[0].starts_at  # the first always fits


def when_of(booking) -> str:
    """The booking's day and times as every message writes them (domain.formats)."""
    return (f"{format_day_month(booking.starts_at.date())} {format_time(booking.starts_at)}"
            f"–{format_time(booking.ends_at)}")


NAMES = st.text(st.characters(codec="utf-8", categories=("L", "Zs", "Pd")), min_size=1,
                max_size=30).filter(str.strip)


@given(bookings("lesson:1"), bookings("lesson:2"), NAMES)
def test_messages_name_the_tutor_and_the_time(a, b, name):
    plans = {i: TutorPlan(f"{name} {i}", TUESDAYS) for i in range(1, 5)}
    for conflict in busy(a, [b], plans):
        assert any(f"{name} {i}" in conflict.message for i in a.tutor_ids & b.tutor_ids)
        when = when_of(b)
        assert when in conflict.message
    outside = [c for c in find_conflicts(a, ConflictCheck(OPEN, [], plans))
               if c.kind is ConflictKind.OUTSIDE_RELEASED_TIME]
    assert len(outside) == sum(not within_plan(a, plans[i]) for i in a.tutor_ids)
    when = when_of(a)
    for conflict in outside:
        assert when in conflict.message
        assert any(plans[i].name in conflict.message for i in a.tutor_ids)


SITES = st.sampled_from(["", "school:1", "school:2", "venue:library"])


@st.composite
def sited(draw, key: str) -> Booking:
    """A morning booking of tutor 1 or 2 somewhere: close enough to others to clash or to
    leave too little time to travel."""
    starts = MONDAY + timedelta(days=draw(st.integers(0, 1)),
                                minutes=15 * draw(st.integers(8 * 4, 12 * 4)))
    ends = starts + timedelta(minutes=15 * draw(st.integers(1, 8)))
    tutors = draw(st.frozensets(st.integers(1, 2), min_size=1))
    return Booking(starts, ends, tutors, "", "a visit", key, draw(SITES))


@given(sited("visit:0"), st.lists(sited("visit:1"), max_size=6),
       st.sampled_from([0, 15, 30, 60]))
def test_tutor_blocked_agrees_with_the_busy_and_travel_warnings(booking, others, travel):
    # The free-slot search asks tutor_blocked() thousands of times instead of writing
    # every warning: both must give the same answer.
    warned = {c.kind for c in find_conflicts(booking, ConflictCheck(OPEN, others, {}, travel))}
    expected = bool(warned & {ConflictKind.TUTOR_BUSY, ConflictKind.TRAVEL_TIME})
    assert tutor_blocked(booking, others, travel) is expected
