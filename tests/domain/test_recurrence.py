"""Series expansion: the dates a recurrence rule gives, and which the school calendar keeps
(breaks, public holidays, weekends and days outside the terms are skipped, with a reason)."""

from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coachdesk.domain.calendar import SchoolCalendar
from coachdesk.domain.recurrence import Skipped, occurrences, school_dates
from coachdesk.domain.released_time import weekly_rule
from coachdesk.services.school_calendar import finnish_school_year

_, TERMS, BREAKS = finnish_school_year(2026)  # the default calendar a new year starts with
CALENDAR = SchoolCalendar(TERMS, BREAKS)
CHRISTMAS = next(b for b in BREAKS if b.name == "Christmas break")
WEDNESDAYS = "FREQ=WEEKLY;BYDAY=WE"
EVERY_SECOND_WEDNESDAY = "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE"


def days_from(first: date, *offsets: int) -> list[date]:
    return [first + timedelta(days=n) for n in offsets]


# -- occurrences ------------------------------------------------------------------------


def test_weekly_within_inclusive_bounds():
    got = occurrences(WEDNESDAYS, date(2026, 9, 2), date(2026, 9, 2), date(2026, 9, 30))
    assert got == days_from(date(2026, 9, 2), 0, 7, 14, 21, 28)


def test_bounds_cut_both_ends():
    got = occurrences(WEDNESDAYS, date(2026, 8, 5), date(2026, 9, 3), date(2026, 9, 22))
    assert got == [date(2026, 9, 9), date(2026, 9, 16)]


def test_an_empty_period():
    assert occurrences(WEDNESDAYS, date(2026, 9, 2), date(2026, 9, 30), date(2026, 9, 2)) == []
    assert occurrences(WEDNESDAYS, date(2026, 9, 3), date(2026, 9, 3), date(2026, 9, 8)) == []


def test_one_day_period():
    day = date(2026, 9, 9)
    assert occurrences(WEDNESDAYS, date(2026, 9, 2), day, day) == [day]


def test_every_second_week_is_counted_from_the_anchor():
    first, last = date(2026, 9, 1), date(2026, 10, 31)
    from_2nd = occurrences(EVERY_SECOND_WEDNESDAY, date(2026, 9, 2), first, last)
    from_9th = occurrences(EVERY_SECOND_WEDNESDAY, date(2026, 9, 9), first, last)
    assert from_2nd == days_from(date(2026, 9, 2), 0, 14, 28, 42, 56)
    assert from_9th == days_from(date(2026, 9, 9), 0, 14, 28, 42)
    # an anchor far back keeps the same rhythm
    assert occurrences(EVERY_SECOND_WEDNESDAY, date(2026, 8, 19), first, last) == from_2nd


def test_nothing_before_the_anchor():
    got = occurrences(WEDNESDAYS, date(2026, 9, 16), date(2026, 9, 1), date(2026, 9, 30))
    assert got == [date(2026, 9, 16), date(2026, 9, 23), date(2026, 9, 30)]


def test_monthly_rule():
    got = occurrences("FREQ=MONTHLY;BYDAY=1MO", date(2026, 8, 1), date(2026, 8, 1),
                      date(2026, 12, 31))
    assert got == [date(2026, 8, 3), date(2026, 9, 7), date(2026, 10, 5), date(2026, 11, 2),
                   date(2026, 12, 7)]


def test_an_hourly_rule_gives_each_day_once():
    got = occurrences("FREQ=HOURLY;INTERVAL=6", date(2026, 9, 1), date(2026, 9, 1),
                      date(2026, 9, 3))
    assert got == days_from(date(2026, 9, 1), 0, 1, 2)


def test_a_runaway_rule_stops():
    got = occurrences("FREQ=DAILY", date(2000, 1, 1), date(2000, 1, 1), date(2100, 1, 1))
    assert 0 < len(got) <= 1_000


@pytest.mark.parametrize("rule", ["every wednesday", "FREQ=SOMETIMES", "FREQ=WEEKLY;BYDAY=XX"])
def test_an_unreadable_rule_raises(rule):
    with pytest.raises(ValueError):
        occurrences(rule, date(2026, 9, 2), date(2026, 9, 2), date(2026, 9, 30))


# -- school dates -----------------------------------------------------------------------


def test_a_break_is_skipped_by_name():
    kept, skipped = school_dates(WEDNESDAYS, date(2026, 10, 1), date(2026, 10, 31), CALENDAR)
    assert kept == [date(2026, 10, 7), date(2026, 10, 21), date(2026, 10, 28)]
    assert skipped == [Skipped(date(2026, 10, 14), "Autumn break")]


def test_a_public_holiday_is_skipped_by_name():
    kept, skipped = school_dates("FREQ=WEEKLY;BYDAY=TH", date(2027, 4, 29), date(2027, 5, 13),
                                 CALENDAR)
    holiday = next(b for b in BREAKS if b.starts == date(2027, 5, 6))
    assert kept == [date(2027, 4, 29), date(2027, 5, 13)]
    assert skipped == [Skipped(date(2027, 5, 6), holiday.name)]


def test_weekends_are_skipped():
    kept, skipped = school_dates("FREQ=DAILY", date(2026, 9, 7), date(2026, 9, 13), CALENDAR)
    assert kept == days_from(date(2026, 9, 7), 0, 1, 2, 3, 4)
    assert skipped == [Skipped(date(2026, 9, 12), "weekend"),
                       Skipped(date(2026, 9, 13), "weekend")]


def test_a_weekend_in_a_break_is_named_by_the_break():
    _, skipped = school_dates("FREQ=DAILY", date(2026, 10, 17), date(2026, 10, 18), CALENDAR)
    assert [s.reason for s in skipped] == ["Autumn break", "Autumn break"]


def test_days_outside_the_terms_are_skipped():
    kept, skipped = school_dates(WEDNESDAYS, date(2026, 8, 1), date(2026, 8, 19), CALENDAR)
    assert kept == [date(2026, 8, 12), date(2026, 8, 19)]
    assert skipped == [Skipped(date(2026, 8, 5), "outside the terms")]
    kept, skipped = school_dates(WEDNESDAYS, date(2027, 6, 1), date(2027, 6, 30), CALENDAR)
    assert kept == [date(2027, 6, 2)]
    assert [s.reason for s in skipped] == ["outside the terms"] * 4


def test_with_no_terms_every_weekday_outside_a_break_counts():
    calendar = SchoolCalendar([], [CHRISTMAS])
    kept, skipped = school_dates(WEDNESDAYS, date(2026, 7, 1), date(2026, 7, 31), calendar)
    assert len(kept) == 5 and skipped == []
    kept, skipped = school_dates(WEDNESDAYS, date(2026, 12, 16), date(2027, 1, 13), calendar)
    assert kept == [date(2026, 12, 16), date(2027, 1, 13)]
    assert [s.reason for s in skipped] == ["Christmas break"] * 3


def test_the_series_is_counted_from_its_first_day():
    kept, _ = school_dates(EVERY_SECOND_WEDNESDAY, date(2026, 9, 9), date(2026, 9, 30),
                           CALENDAR)
    assert kept == [date(2026, 9, 9), date(2026, 9, 23)]


def test_every_second_wednesday_until_the_christmas_break():
    """Every second Wednesday 14:30–16:00 from the first autumn Wednesday after the term
    began, until the Christmas break, on the default 2026–2027 calendar."""
    first = date(2026, 8, 19)
    kept, skipped = school_dates(EVERY_SECOND_WEDNESDAY, first,
                                 CHRISTMAS.starts - timedelta(days=1), CALENDAR)
    assert kept == [date(2026, 8, 19), date(2026, 9, 2), date(2026, 9, 16), date(2026, 9, 30),
                    date(2026, 10, 28), date(2026, 11, 11), date(2026, 11, 25),
                    date(2026, 12, 9)]
    assert skipped == [Skipped(date(2026, 10, 14), "Autumn break")]
    lessons = [(datetime.combine(d, time(14, 30)), datetime.combine(d, time(16))) for d in kept]
    assert all(a.isoweekday() == 3 and b - a == timedelta(minutes=90) for a, b in lessons)
    assert all((b - a).days % 14 == 0 for a, b in zip(kept, kept[1:], strict=False))
    assert lessons[-1][1] < datetime.combine(CHRISTMAS.starts, time())


def test_a_rule_with_no_school_days():
    kept, skipped = school_dates(weekly_rule([6, 7]), date(2026, 9, 1), date(2026, 9, 30),
                                 CALENDAR)
    assert kept == [] and len(skipped) == 8
    assert school_dates(WEDNESDAYS, date(2026, 12, 21), date(2027, 1, 5), CALENDAR) == (
        [], [Skipped(date(2026, 12, 23), "Christmas break"),
             Skipped(date(2026, 12, 30), "Christmas break")])


# -- hypothesis -------------------------------------------------------------------------

RULES = st.one_of(
    st.builds(weekly_rule, st.lists(st.integers(1, 7), min_size=1, max_size=7),
              st.integers(1, 3)),
    st.sampled_from(["FREQ=DAILY", "FREQ=DAILY;INTERVAL=3", "FREQ=MONTHLY;BYDAY=-1FR",
                     "FREQ=MONTHLY;BYMONTHDAY=1"]),
)


@given(RULES, st.dates(date(2026, 6, 1), date(2027, 8, 31)), st.integers(0, 150))
def test_kept_and_skipped_are_the_occurrences(rule, first, span):
    last = first + timedelta(days=span)
    kept, skipped = school_dates(rule, first, last, CALENDAR)
    all_days = occurrences(rule, first, first, last)
    assert sorted(kept + [s.day for s in skipped]) == all_days
    assert not set(kept) & {s.day for s in skipped}
    assert kept == sorted(kept)
    assert all(CALENDAR.is_school_day(day) for day in kept)
    assert not any(CALENDAR.is_school_day(s.day) for s in skipped)
    assert all(first <= day <= last for day in all_days)
    for s in skipped:
        gap = CALENDAR.break_on(s.day)
        assert s.reason == (gap.name if gap else
                            "weekend" if s.day.isoweekday() > 5 else "outside the terms")
