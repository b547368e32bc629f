"""Released-time plans: expansion, school days, daylight-saving changes, words, errors."""

from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coachdesk.domain.calendar import Break, BreakKind, SchoolCalendar, Term
from coachdesk.domain.clock import elapsed_hours
from coachdesk.domain.released_time import (
    ReleasedPlan,
    check_plan_yields_time,
    monthly_rule,
    parse_time,
    plan_of,
    weekly_rule,
)
from coachdesk.domain.tutors import Tutor

AUTUMN = Term(1, "Autumn term 2026", date(2026, 8, 12), date(2026, 12, 19))
SPRING = Term(1, "Spring term 2027", date(2027, 1, 7), date(2027, 6, 5))
BREAKS = [
    Break(1, "Autumn break", BreakKind.AUTUMN, date(2026, 10, 12), date(2026, 10, 18)),
    Break(1, "Christmas break", BreakKind.CHRISTMAS, date(2026, 12, 20), date(2027, 1, 6)),
    Break(1, "Winter break", BreakKind.WINTER, date(2027, 2, 22), date(2027, 2, 28)),
    Break(1, "Easter", BreakKind.EASTER, date(2027, 3, 26), date(2027, 3, 29)),
    Break(1, "Ascension Day", BreakKind.PUBLIC_HOLIDAY, date(2027, 5, 6), date(2027, 5, 6)),
]
CALENDAR = SchoolCalendar([AUTUMN, SPRING], BREAKS)
NO_TERMS = SchoolCalendar([], [])  # a new database: every weekday counts

TUESDAYS = ReleasedPlan(weekly_rule([2]), "8:00", "15:00")


def in_days(slots) -> list[date]:
    return [a.date() for a, _ in slots]


# -- rules ------------------------------------------------------------------------------


def test_weekly_rule_text():
    assert weekly_rule([2]) == "FREQ=WEEKLY;BYDAY=TU"
    assert weekly_rule([4, 1, 4]) == "FREQ=WEEKLY;BYDAY=MO,TH"
    assert weekly_rule([2], interval=2) == "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU"


def test_monthly_rule_text():
    assert monthly_rule(1, 1) == "FREQ=MONTHLY;BYDAY=1MO"
    assert monthly_rule(-1, 5) == "FREQ=MONTHLY;BYDAY=-1FR"


@pytest.mark.parametrize(("text", "expected"), [
    ("8", time(8)), ("8:00", time(8)), ("08.00", time(8)), ("8:30", time(8, 30)),
    (" 14.45 ", time(14, 45)), ("", None), ("  ", None),
])
def test_parse_time(text, expected):
    assert parse_time(text) == expected


@pytest.mark.parametrize("text", ["25:00", "8:60", "eight", "8:00:00", "-1"])
def test_parse_time_refuses_nonsense(text):
    with pytest.raises(ValueError):
        parse_time(text)


# -- expansion --------------------------------------------------------------------------


def test_weekly_plan_gives_every_tuesday():
    days = TUESDAYS.days(date(2026, 9, 1), date(2026, 9, 30))
    assert days == [date(2026, 9, 1), date(2026, 9, 8), date(2026, 9, 15), date(2026, 9, 22),
                    date(2026, 9, 29)]


def test_two_days_a_week():
    plan = ReleasedPlan(weekly_rule([1, 4]), "12:00", "16:00")
    assert plan.days(date(2026, 9, 7), date(2026, 9, 20)) == [
        date(2026, 9, 7), date(2026, 9, 10), date(2026, 9, 14), date(2026, 9, 17)]


def test_first_and_last_days_of_the_period_are_included():
    assert TUESDAYS.days(date(2026, 9, 8), date(2026, 9, 15)) == [
        date(2026, 9, 8), date(2026, 9, 15)]


def test_a_reversed_period_gives_nothing():
    assert TUESDAYS.days(date(2026, 9, 30), date(2026, 9, 1)) == []


def test_monthly_plan_gives_the_first_monday_of_each_month():
    plan = ReleasedPlan(monthly_rule(1, 1), "8:00", "12:00")
    assert plan.days(date(2026, 8, 1), date(2026, 12, 31)) == [
        date(2026, 8, 3), date(2026, 9, 7), date(2026, 10, 5), date(2026, 11, 2),
        date(2026, 12, 7)]


def test_monthly_plan_gives_the_last_friday_of_each_month():
    plan = ReleasedPlan(monthly_rule(-1, 5), "8:00", "12:00")
    assert plan.days(date(2026, 9, 1), date(2026, 11, 30)) == [
        date(2026, 9, 25), date(2026, 10, 30), date(2026, 11, 27)]


def test_every_other_week_counts_from_the_anchor():
    plan = ReleasedPlan(weekly_rule([2], interval=2), "8:00", "15:00")
    first, last = date(2026, 9, 1), date(2026, 10, 10)
    on_anchor_week = plan.days(first, last, anchor=date(2026, 8, 31))
    off_week = plan.days(first, last, anchor=date(2026, 9, 7))
    assert on_anchor_week == [date(2026, 9, 1), date(2026, 9, 15), date(2026, 9, 29)]
    assert off_week == [date(2026, 9, 8), date(2026, 9, 22), date(2026, 10, 6)]


def test_every_other_week_without_an_anchor_counts_from_the_first_day():
    plan = ReleasedPlan(weekly_rule([2], interval=2), "8:00", "15:00")
    assert plan.days(date(2026, 9, 8), date(2026, 9, 30)) == [
        date(2026, 9, 8), date(2026, 9, 22)]


def test_a_plan_without_a_rule_has_no_days_or_slots():
    plan = ReleasedPlan(weekly_hours=10)
    assert plan.days(date(2026, 9, 1), date(2026, 9, 30)) == []
    assert plan.slots(date(2026, 9, 1), date(2026, 9, 30), CALENDAR) == []


# -- slots: school days only ------------------------------------------------------------


def test_slots_are_wall_clock_windows_on_the_plan_days():
    slots = TUESDAYS.slots(date(2026, 9, 1), date(2026, 9, 8), CALENDAR)
    assert slots == [
        (datetime(2026, 9, 1, 8), datetime(2026, 9, 1, 15)),
        (datetime(2026, 9, 8, 8), datetime(2026, 9, 8, 15)),
    ]


def test_slots_skip_the_autumn_break():
    days = in_days(TUESDAYS.slots(date(2026, 10, 1), date(2026, 10, 31), CALENDAR))
    assert days == [date(2026, 10, 6), date(2026, 10, 20), date(2026, 10, 27)]
    assert date(2026, 10, 13) in TUESDAYS.days(date(2026, 10, 1), date(2026, 10, 31))


def test_slots_skip_a_public_holiday():
    thursdays = ReleasedPlan(weekly_rule([4]), "8:00", "15:00")
    days = in_days(thursdays.slots(date(2027, 5, 1), date(2027, 5, 20), CALENDAR))
    assert days == [date(2027, 5, 13), date(2027, 5, 20)]


def test_slots_skip_days_outside_the_terms():
    # Term starts on Wednesday 12 August; summer and Christmas are outside every term.
    days = in_days(TUESDAYS.slots(date(2026, 8, 1), date(2026, 8, 31), CALENDAR))
    assert days == [date(2026, 8, 18), date(2026, 8, 25)]
    assert TUESDAYS.slots(date(2027, 6, 6), date(2027, 7, 31), CALENDAR) == []


def test_slots_skip_weekends_even_with_no_terms_recorded():
    plan = ReleasedPlan(weekly_rule([5, 6, 7]), "9:00", "12:00")
    days = in_days(plan.slots(date(2026, 9, 1), date(2026, 9, 14), NO_TERMS))
    assert days == [date(2026, 9, 4), date(2026, 9, 11)]


def test_with_no_terms_breaks_still_count():
    calendar = SchoolCalendar([], [BREAKS[0]])
    days = in_days(TUESDAYS.slots(date(2026, 10, 6), date(2026, 10, 20), calendar))
    assert days == [date(2026, 10, 6), date(2026, 10, 20)]


# -- hours and daylight-saving time -----------------------------------------------------


def test_hours_of_a_plain_week():
    assert TUESDAYS.hours(date(2026, 9, 7), date(2026, 9, 13), CALENDAR) == 7
    plan = ReleasedPlan(weekly_rule([1, 4]), "12:00", "16:30")
    assert plan.hours(date(2026, 9, 7), date(2026, 9, 13), CALENDAR) == 9


def test_hours_leave_out_breaks():
    assert TUESDAYS.hours(date(2026, 10, 1), date(2026, 10, 31), CALENDAR) == 21


@pytest.mark.parametrize(("day", "hours"), [
    (date(2026, 10, 25), 4),  # back to standard time: 03:00–04:00 happens twice
    (date(2027, 3, 28), 2),  # to summer time: 03:00–04:00 never happens
    (date(2026, 10, 18), 3),  # an ordinary Sunday
])
def test_a_sunday_night_slot_in_real_time(day, hours):
    assert elapsed_hours(datetime.combine(day, time(2)), datetime.combine(day, time(5))) == hours


@pytest.mark.parametrize(("first", "last", "tuesdays"), [
    (date(2026, 10, 19), date(2026, 11, 1), [date(2026, 10, 20), date(2026, 10, 27)]),
    (date(2027, 3, 22), date(2027, 4, 4), [date(2027, 3, 23), date(2027, 3, 30)]),
])
def test_a_weekly_plan_keeps_its_wall_clock_time_across_the_change(first, last, tuesdays):
    slots = TUESDAYS.slots(first, last, NO_TERMS)
    assert slots == [(datetime.combine(d, time(8)), datetime.combine(d, time(15)))
                     for d in tuesdays]
    assert [elapsed_hours(a, b) for a, b in slots] == [7, 7]
    assert TUESDAYS.hours(first, last, NO_TERMS) == 14


def test_hours_count_real_time_on_a_change_day():
    # A weekend plan never counts on a school calendar, but elapsed time is still real time.
    plan = ReleasedPlan("FREQ=WEEKLY;BYDAY=SU", "2:00", "5:00")
    assert plan.days(date(2026, 10, 25), date(2026, 10, 25)) == [date(2026, 10, 25)]
    assert plan.hours(date(2026, 10, 19), date(2026, 11, 1), NO_TERMS) == 0


def test_hours_per_week_count_school_days():
    plan = ReleasedPlan(weekly_hours=10)
    assert plan.hours(date(2026, 9, 7), date(2026, 9, 13), CALENDAR) == 10
    # The autumn break week gives nothing; two full weeks give twice the hours.
    assert plan.hours(date(2026, 10, 12), date(2026, 10, 18), CALENDAR) == 0
    assert plan.hours(date(2026, 9, 7), date(2026, 9, 20), CALENDAR) == 20


def test_hours_per_week_in_a_week_with_a_holiday():
    plan = ReleasedPlan(weekly_hours=10)
    assert plan.hours(date(2027, 5, 3), date(2027, 5, 9), CALENDAR) == pytest.approx(8)


def test_hours_per_week_in_a_part_week():
    plan = ReleasedPlan(weekly_hours=7.5)
    # Wednesday 12 August to Sunday 16 August: three school days.
    assert plan.hours(date(2026, 8, 10), date(2026, 8, 16), CALENDAR) == pytest.approx(4.5)


def test_no_plan_gives_no_hours():
    assert ReleasedPlan().hours(date(2026, 9, 1), date(2026, 9, 30), CALENDAR) == 0


# -- describe ---------------------------------------------------------------------------


@pytest.mark.parametrize(("plan", "text"), [
    (TUESDAYS, "Every Tuesday 8:00–15:00"),
    (ReleasedPlan(weekly_rule([1, 4]), "12", "16"), "Every Monday and Thursday 12:00–16:00"),
    (ReleasedPlan(weekly_rule([1, 3, 5]), "8.30", "11.45"),
     "Every Monday, Wednesday and Friday 8:30–11:45"),
    (ReleasedPlan(weekly_rule([2], interval=2), "08:00", "15:00"),
     "Every 2 weeks on Tuesday 8:00–15:00"),
    (ReleasedPlan(monthly_rule(1, 1), "8:00", "15:00"),
     "The first Monday of each month 8:00–15:00"),
    (ReleasedPlan(monthly_rule(-1, 5), "12:00", "14:00"),
     "The last Friday of each month 12:00–14:00"),
    (ReleasedPlan(monthly_rule(3, 3), "9", "10"), "The third Wednesday of each month 9:00–10:00"),
    (ReleasedPlan(weekly_hours=7.5), "7.5 h a week, no fixed days"),
    (ReleasedPlan(weekly_hours=10), "10 h a week, no fixed days"),
    (ReleasedPlan(), "No released time"),
    (ReleasedPlan("FREQ=DAILY", "8:00", "9:00"), "FREQ=DAILY 8:00–9:00"),
])
def test_describe(plan, text):
    assert plan.describe() == text


@pytest.mark.parametrize(("starts", "ends"), [("", ""), ("8:00", ""), ("eight", "15")])
def test_describe_without_readable_times_gives_the_days(starts, ends):
    assert ReleasedPlan(weekly_rule([2]), starts, ends).describe() == "Every Tuesday"


# -- errors -----------------------------------------------------------------------------


@pytest.mark.parametrize("plan", [
    TUESDAYS,
    ReleasedPlan(monthly_rule(-1, 5), "8", "9"),
    ReleasedPlan(weekly_hours=0.5),
    ReleasedPlan(weekly_hours=40),
    ReleasedPlan(weekly_rule([2]), "8:00", "15:00", weekly_hours=7),
])
def test_good_plans_have_no_errors(plan):
    assert plan.errors() == {}


@pytest.mark.parametrize(("plan", "field"), [
    (ReleasedPlan(), "released_rule"),
    (ReleasedPlan("every tuesday", "8:00", "15:00"), "released_rule"),
    (ReleasedPlan("FREQ=SOMETIMES", "8:00", "15:00"), "released_rule"),
    (ReleasedPlan("FREQ=WEEKLY;BYDAY=XX", "8:00", "15:00"), "released_rule"),
    (ReleasedPlan("FREQ=WEEKLY;INTERVAL=0;BYDAY=TU", "8:00", "15:00"), "released_rule"),
    (ReleasedPlan("FREQ=HOURLY", "8:00", "15:00"), "released_rule"),
    (ReleasedPlan(weekly_rule([2]), "", "15:00"), "released_from"),
    (ReleasedPlan(weekly_rule([2]), "8:00", ""), "released_from"),
    (ReleasedPlan(weekly_rule([2]), "", ""), "released_from"),
    (ReleasedPlan(weekly_rule([2]), "8:61", "15:00"), "released_from"),
    (ReleasedPlan(weekly_rule([2]), "8:00", "klo 15"), "released_from"),
    (ReleasedPlan(weekly_rule([2]), "15:00", "8:00"), "released_until"),
    (ReleasedPlan(weekly_rule([2]), "8:00", "8:00"), "released_until"),
    (ReleasedPlan(weekly_hours=0), "weekly_hours"),
    (ReleasedPlan(weekly_hours=-2), "weekly_hours"),
    (ReleasedPlan(weekly_hours=41), "weekly_hours"),
    (ReleasedPlan(weekly_hours=168), "weekly_hours"),
])
def test_plan_errors(plan, field):
    assert set(plan.errors()) == {field}


def test_a_plan_names_every_bad_field():
    plan = ReleasedPlan("nonsense", "15:00", "8:00", weekly_hours=100)
    assert set(plan.errors()) == {"released_rule", "released_until", "weekly_hours"}


def test_an_unreadable_interval_does_not_break_expansion_checks():
    # INTERVAL=0 parses, but expanding it fails: errors() must catch it first.
    plan = ReleasedPlan("FREQ=WEEKLY;INTERVAL=0;BYDAY=TU", "8:00", "15:00")
    assert check_plan_yields_time(plan, date(2026, 9, 1), date(2026, 9, 30), CALENDAR) == {}


# -- check_plan_yields_time -------------------------------------------------------------


def test_a_weekend_only_plan_yields_no_time():
    plan = ReleasedPlan(weekly_rule([6, 7]), "9:00", "12:00")
    errors = check_plan_yields_time(plan, date(2026, 8, 1), date(2027, 7, 31), CALENDAR)
    assert set(errors) == {"released_rule"}
    assert "1.8.2026" in errors["released_rule"]
    assert "31.7.2027" in errors["released_rule"]


def test_a_plan_only_inside_a_break_yields_no_time():
    errors = check_plan_yields_time(TUESDAYS, date(2026, 12, 21), date(2027, 1, 6), CALENDAR)
    assert set(errors) == {"released_rule"}


def test_a_weekday_plan_yields_time():
    assert check_plan_yields_time(
        TUESDAYS, date(2026, 8, 1), date(2027, 7, 31), CALENDAR) == {}


@pytest.mark.parametrize(("plan", "first", "last"), [
    (ReleasedPlan(weekly_hours=5), date(2026, 12, 21), date(2027, 1, 6)),  # no fixed days
    (TUESDAYS, None, date(2027, 1, 6)),  # no agreement yet
    (TUESDAYS, date(2026, 12, 21), None),
    (ReleasedPlan(weekly_rule([6]), "15", "8"), date(2026, 8, 1), date(2027, 7, 31)),
])
def test_plans_that_are_not_checked_for_time(plan, first, last):
    assert check_plan_yields_time(plan, first, last, CALENDAR) == {}


def test_plan_of_a_tutor():
    tutor = Tutor(name="Maija", released_rule=weekly_rule([2]), released_from="8:00",
                  released_until="15:00", weekly_hours=7)
    assert plan_of(tutor) == ReleasedPlan(weekly_rule([2]), "8:00", "15:00", 7)


# -- hypothesis -------------------------------------------------------------------------

weekly_plans = st.builds(
    lambda days, interval, start, length: (
        ReleasedPlan(weekly_rule(days, interval), f"{start}:00", f"{start + length}:30"),
        set(days), interval, None),
    st.lists(st.integers(1, 7), min_size=1, max_size=7),
    st.integers(1, 3),
    st.integers(6, 12),
    st.integers(0, 8),
)
monthly_plans = st.builds(
    lambda ordinal, day, start: (
        ReleasedPlan(monthly_rule(ordinal, day), f"{start}:15", f"{start + 2}:45"),
        {day}, 1, ordinal),
    st.sampled_from([1, 2, 3, 4, -1]),
    st.integers(1, 7),
    st.integers(6, 14),
)
periods = st.tuples(
    st.dates(date(2026, 7, 1), date(2027, 8, 31)), st.integers(0, 120)
).map(lambda p: (p[0], p[0] + timedelta(days=p[1])))


def nth_of_month(day: date) -> tuple[int, bool]:
    """Which occurrence of its weekday ``day`` is in its month, and whether it is the last."""
    return (day.day - 1) // 7 + 1, (day + timedelta(days=7)).month != day.month


@given(st.one_of(weekly_plans, monthly_plans), periods, st.integers(0, 13))
def test_slots_fall_on_school_days_of_the_plan(case, period, anchor_back):
    plan, weekdays, interval, ordinal = case
    first, last = period
    anchor = first - timedelta(days=anchor_back)
    slots = plan.slots(first, last, CALENDAR, anchor=anchor)
    starts, ends = plan.window()
    for a, b in slots:
        day = a.date()
        assert CALENDAR.is_school_day(day)
        assert first <= day <= last
        assert day.isoweekday() in weekdays
        assert (a.time(), b.time(), b.date()) == (starts, ends, day)
        if ordinal is not None:
            nth, is_last = nth_of_month(day)
            assert is_last if ordinal == -1 else nth == ordinal
        if interval > 1:
            anchor_week = anchor - timedelta(days=anchor.weekday())
            assert ((day - anchor_week).days // 7) % interval == 0
    assert in_days(slots) == sorted(set(in_days(slots)))
    # School days are weekdays, and the clocks change on Sundays: wall-clock length is real.
    lengths = sum((b - a).total_seconds() / 3600 for a, b in slots)
    assert plan.hours(first, last, CALENDAR, anchor=anchor) == pytest.approx(lengths)


@given(weekly_plans, periods)
def test_every_school_day_on_a_plan_weekday_is_a_slot(case, period):
    plan, weekdays, interval, _ = case
    first, last = period
    expected = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    expected = [d for d in expected if d.isoweekday() in weekdays and CALENDAR.is_school_day(d)]
    got = in_days(plan.slots(first, last, CALENDAR, anchor=first))
    if interval == 1:
        assert got == expected
    else:
        assert set(got) <= set(expected)
