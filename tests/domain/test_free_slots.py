"""Free-slot search: the earliest slots inside the preferred windows, on the tutor's plan
days within the plan's hours, on school days, clear of bookings and of the travel buffer to
other sites; and, with hypothesis, that every proposed slot keeps all of those rules."""

from datetime import date, datetime, time, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from coachdesk.domain.calendar import Break, BreakKind, SchoolCalendar, Term
from coachdesk.domain.conflicts import Booking, ConflictCheck, TutorPlan
from coachdesk.domain.free_slots import SCHOOL_DAY, Window, free_slots, spread_slots
from coachdesk.domain.released_time import ReleasedPlan, weekly_rule

AUTUMN = Term(1, "Autumn term 2026", date(2026, 8, 12), date(2026, 12, 19))
AUTUMN_BREAK = Break(1, "Autumn break", BreakKind.AUTUMN, date(2026, 10, 12),
                     date(2026, 10, 18))
CALENDAR = SchoolCalendar([AUTUMN], [AUTUMN_BREAK])

MONDAY = date(2026, 9, 7)
TUESDAY = date(2026, 9, 8)
WEDNESDAY = date(2026, 9, 9)
THURSDAY = date(2026, 9, 10)
NEXT_TUESDAY = date(2026, 9, 15)
TUTOR = 1
HERE, THERE = "school:1", "school:2"
TUESDAYS = TutorPlan("Maija", ReleasedPlan(weekly_rule([2]), "8:00", "15:00"), date(2026, 8, 1))
WEEKDAYS = TutorPlan("Maija", ReleasedPlan(weekly_rule([1, 2, 3, 4, 5]), "8:00", "16:00"),
                     date(2026, 8, 1))
HOURS_ONLY = TutorPlan("Matti", ReleasedPlan(weekly_hours=10))


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute)


def busy(day: date, starts: tuple[int, int], ends: tuple[int, int], site: str = HERE,
         tutor: int = TUTOR, key: str = "visit:1") -> Booking:
    return Booking(at(day, *starts), at(day, *ends), frozenset({tutor}), "", "a visit", key,
                   site)


def week(first: date = MONDAY, days: int = 5, starts=time(8), ends=time(16)) -> Window:
    return Window(first, first + timedelta(days=days - 1), starts, ends)


def slots(windows, tutor=TUESDAYS, others=(), minutes=90, site=HERE, travel=0,
          calendar=CALENDAR, **options):
    check = ConflictCheck(calendar, list(others), {TUTOR: tutor}, travel)
    return free_slots(TUTOR, tutor, check, list(windows), minutes, site, **options)


# -- where slots fall -------------------------------------------------------------------


def test_the_earliest_slot_on_a_plan_day():
    assert slots([week()]) == [(at(TUESDAY, 8), at(TUESDAY, 9, 30))]


def test_only_plan_days_inside_the_windows():
    found = slots([week(days=14)], limit=10)
    assert [start.date() for start, _ in found] == [TUESDAY, NEXT_TUESDAY]


def test_a_window_without_a_plan_day_gives_nothing():
    assert slots([Window(WEDNESDAY, THURSDAY)]) == []


def test_slots_stay_inside_the_window_hours():
    found = slots([week(starts=time(12), ends=time(14))], per_day=5)
    assert found == [(at(TUESDAY, 12), at(TUESDAY, 13, 30)),
                     (at(TUESDAY, 12, 15), at(TUESDAY, 13, 45)),
                     (at(TUESDAY, 12, 30), at(TUESDAY, 14))]


def test_slots_stay_inside_the_plan_hours():
    # The window runs to 17:00, the plan to 15:00: the last 90 minutes start at 13:30.
    found = slots([week(starts=time(13), ends=time(17))], per_day=10)
    assert found[-1] == (at(TUESDAY, 13, 30), at(TUESDAY, 15))
    assert all(end <= at(TUESDAY, 15) for _, end in found)
    # And the window opening before the plan starts at the plan's start.
    early = slots([week(starts=time(6), ends=time(12))])
    assert early == [(at(TUESDAY, 8), at(TUESDAY, 9, 30))]


def test_a_window_too_short_for_the_visit_gives_nothing():
    assert slots([week(starts=time(9), ends=time(10))], minutes=90) == []


def test_slots_start_on_the_quarter_hour():
    found = slots([week(starts=time(8, 10), ends=time(12))], per_day=3)
    assert [start for start, _ in found] == [at(TUESDAY, 8, 15), at(TUESDAY, 8, 30),
                                             at(TUESDAY, 8, 45)]


def test_a_coarser_step():
    found = slots([week(starts=time(8, 10), ends=time(12))], per_day=2, step=30)
    assert [start for start, _ in found] == [at(TUESDAY, 8, 30), at(TUESDAY, 9)]


def test_no_slots_in_a_break():
    autumn_break = Window(date(2026, 10, 12), date(2026, 10, 18))
    assert slots([autumn_break]) == []
    # The week after the break gives its Tuesday again.
    assert slots([Window(date(2026, 10, 12), date(2026, 10, 25))]) == [
        (at(date(2026, 10, 20), 8), at(date(2026, 10, 20), 9, 30))]


def test_no_slots_outside_the_terms_or_at_the_weekend():
    summer = Window(date(2026, 7, 1), date(2026, 8, 11))
    assert slots([summer], tutor=HOURS_ONLY) == []
    weekend = Window(date(2026, 9, 12), date(2026, 9, 13))
    assert slots([weekend], tutor=HOURS_ONLY) == []


def test_an_hours_only_plan_uses_the_school_day():
    found = slots([Window(WEDNESDAY, WEDNESDAY, time(6), time(20))], tutor=HOURS_ONLY,
                  minutes=60, per_day=100, limit=100)
    assert found[0] == (at(WEDNESDAY, 8), at(WEDNESDAY, 9))
    assert found[-1] == (at(WEDNESDAY, 15), at(WEDNESDAY, 16))
    assert len(found) == 29  # 8:00, 8:15, …, 15:00


def test_an_hours_only_plan_any_school_day():
    found = slots([week()], tutor=HOURS_ONLY, limit=10)
    assert [start.date() for start, _ in found] == [MONDAY + timedelta(days=n)
                                                   for n in range(5)]


# -- bookings and travel ----------------------------------------------------------------


def test_slots_do_not_overlap_a_booking():
    found = slots([week()], others=[busy(TUESDAY, (8, 0), (10, 0))], per_day=2)
    assert found == [(at(TUESDAY, 10), at(TUESDAY, 11, 30)),
                     (at(TUESDAY, 10, 15), at(TUESDAY, 11, 45))]


def test_a_slot_may_end_as_a_booking_starts():
    found = slots([week(starts=time(8), ends=time(11))],
                  others=[busy(TUESDAY, (9, 30), (11, 0))])
    assert found == [(at(TUESDAY, 8), at(TUESDAY, 9, 30))]


def test_another_tutors_booking_is_no_obstacle():
    found = slots([week()], others=[busy(TUESDAY, (8, 0), (10, 0), tutor=2)])
    assert found == [(at(TUESDAY, 8), at(TUESDAY, 9, 30))]


def test_the_travel_buffer_to_a_booking_at_another_site():
    others = [busy(TUESDAY, (8, 0), (10, 0), site=THERE)]
    assert slots([week()], others=others, travel=30) == [
        (at(TUESDAY, 10, 30), at(TUESDAY, 12))]
    # Before a booking elsewhere too: a slot must end 30 minutes before it starts.
    later = [busy(TUESDAY, (9, 30), (15, 0), site=THERE)]
    assert slots([week()], others=later, travel=30) == []
    assert slots([week()], others=later, travel=30, minutes=60) == [
        (at(TUESDAY, 8), at(TUESDAY, 9))]  # exactly the buffer is enough


def test_no_buffer_to_a_booking_at_the_same_site():
    others = [busy(TUESDAY, (8, 0), (10, 0), site=HERE)]
    assert slots([week()], others=others, travel=30) == [(at(TUESDAY, 10), at(TUESDAY, 11, 30))]


def test_no_buffer_to_an_online_booking_or_from_an_online_visit():
    online = [busy(TUESDAY, (8, 0), (10, 0), site="")]
    assert slots([week()], others=online, travel=30) == [(at(TUESDAY, 10), at(TUESDAY, 11, 30))]
    elsewhere = [busy(TUESDAY, (8, 0), (10, 0), site=THERE)]
    assert slots([week()], others=elsewhere, travel=30, site="") == [
        (at(TUESDAY, 10), at(TUESDAY, 11, 30))]


def test_no_buffer_without_a_travel_setting():
    others = [busy(TUESDAY, (8, 0), (10, 0), site=THERE)]
    assert slots([week()], others=others, travel=0) == [(at(TUESDAY, 10), at(TUESDAY, 11, 30))]


def test_a_full_day_moves_on_to_the_next_plan_day():
    others = [busy(TUESDAY, (8, 0), (15, 0))]
    assert slots([week(days=14)], others=others) == [
        (at(NEXT_TUESDAY, 8), at(NEXT_TUESDAY, 9, 30))]


# -- how many -----------------------------------------------------------------------------


def test_one_slot_a_day_by_default():
    found = slots([week(days=14)], tutor=WEEKDAYS, limit=10)
    assert [start.date() for start, _ in found] == [
        d for d in (MONDAY + timedelta(days=n) for n in range(14)) if d.isoweekday() <= 5]
    assert all(start.time() == time(8) for start, _ in found)


def test_per_day_and_limit():
    found = slots([week()], tutor=WEEKDAYS, per_day=2, limit=5)
    assert [start for start, _ in found] == [at(MONDAY, 8), at(MONDAY, 8, 15), at(TUESDAY, 8),
                                             at(TUESDAY, 8, 15), at(WEDNESDAY, 8)]
    assert slots([week()], tutor=WEEKDAYS, limit=2) == [(at(MONDAY, 8), at(MONDAY, 9, 30)),
                                                        (at(TUESDAY, 8), at(TUESDAY, 9, 30))]


def test_several_windows_are_searched_by_day():
    windows = [Window(NEXT_TUESDAY, NEXT_TUESDAY, time(13), time(15)),
               Window(TUESDAY, TUESDAY, time(9), time(11))]
    assert slots(windows, limit=5) == [(at(TUESDAY, 9), at(TUESDAY, 10, 30)),
                                       (at(NEXT_TUESDAY, 13), at(NEXT_TUESDAY, 14, 30))]


def test_the_earliest_window_of_a_day_comes_first():
    # The school names the afternoon first and the morning second: the morning is earlier.
    windows = [Window(TUESDAY, TUESDAY, time(13), time(15)),
               Window(TUESDAY, TUESDAY, time(8), time(10))]
    assert slots(windows) == [(at(TUESDAY, 8), at(TUESDAY, 9, 30))]


def test_overlapping_windows_give_each_slot_once():
    windows = [Window(TUESDAY, TUESDAY, time(8), time(10)),
               Window(TUESDAY, TUESDAY, time(8), time(10))]
    assert slots(windows, per_day=5) == [(at(TUESDAY, 8), at(TUESDAY, 9, 30)),
                                         (at(TUESDAY, 8, 15), at(TUESDAY, 9, 45)),
                                         (at(TUESDAY, 8, 30), at(TUESDAY, 10))]


def test_no_windows_no_slots():
    assert slots([]) == []


# -- hypothesis -------------------------------------------------------------------------

FIRST = date(2026, 10, 5)  # a Monday a week before the autumn break
SITES = [HERE, THERE, "venue:library", ""]
quarter = st.integers(min_value=6 * 4, max_value=18 * 4).map(
    lambda q: time(q // 4, (q % 4) * 15))
minute_of_day = st.integers(min_value=6 * 60, max_value=18 * 60)


@st.composite
def plans(draw) -> TutorPlan:
    if draw(st.booleans()):
        return TutorPlan("Hours", ReleasedPlan(weekly_hours=draw(st.integers(1, 20))))
    weekdays = draw(st.sets(st.integers(1, 5), min_size=1))
    starts = draw(st.integers(7 * 60, 12 * 60))
    ends = draw(st.integers(starts + 15, 17 * 60))
    return TutorPlan("Plan", ReleasedPlan(
        weekly_rule(sorted(weekdays)), f"{starts // 60}:{starts % 60:02d}",
        f"{ends // 60}:{ends % 60:02d}"), FIRST)


@st.composite
def bookings(draw) -> Booking:
    day = FIRST + timedelta(days=draw(st.integers(0, 20)))
    starts = draw(minute_of_day)
    length = draw(st.integers(15, 240))
    start = datetime.combine(day, time()) + timedelta(minutes=starts)
    return Booking(start, start + timedelta(minutes=length), frozenset({TUTOR}), "", "busy",
                   f"visit:{draw(st.integers(1, 10_000))}", draw(st.sampled_from(SITES)))


@st.composite
def windows(draw) -> Window:
    first = FIRST + timedelta(days=draw(st.integers(0, 20)))
    last = first + timedelta(days=draw(st.integers(0, 10)))
    starts = draw(st.integers(6 * 60, 15 * 60))
    ends = draw(st.integers(starts + 15, 18 * 60))
    return Window(first, last, time(starts // 60, starts % 60), time(ends // 60, ends % 60))


def plan_hours(tutor: TutorPlan, day: date) -> tuple[time, time] | None:
    plan = tutor.plan
    if not plan.rule:
        return SCHOOL_DAY
    return plan.window() if day in plan.days(day, day, tutor.anchor) else None


def fits(slot, tutor, others, windows_, travel, site) -> bool:
    """The rules a free slot keeps, written out independently of the search."""
    start, end = slot
    day = start.date()
    hours = plan_hours(tutor, day)
    if hours is None or not CALENDAR.is_school_day(day) or end.date() != day:
        return False
    if not hours[0] <= start.time() or not end.time() <= hours[1]:
        return False
    if not any(w.first_day <= day <= w.last_day and w.starts <= start.time()
               and end.time() <= w.ends for w in windows_):
        return False
    for other in others:
        if start < other.ends_at and other.starts_at < end:
            return False
        if (travel and site and other.site and other.site != site
                and other.starts_at.date() == day):
            gap = start - other.ends_at if start >= other.ends_at else other.starts_at - end
            if gap < timedelta(minutes=travel):
                return False
    return True


@settings(max_examples=300, deadline=None)
@given(tutor=plans(), others=st.lists(bookings(), max_size=8),
       windows_=st.lists(windows(), min_size=1, max_size=3),
       minutes=st.sampled_from([30, 45, 60, 90, 120]), travel=st.sampled_from([0, 15, 30, 60]),
       site=st.sampled_from(SITES), per_day=st.integers(1, 3), limit=st.integers(1, 8))
def test_every_proposed_slot_keeps_the_rules(tutor, others, windows_, minutes, travel, site,
                                             per_day, limit):
    found = slots(windows_, tutor=tutor, others=others, minutes=minutes, site=site,
                  travel=travel, per_day=per_day, limit=limit)
    assert len(found) <= limit
    for slot in found:
        start, end = slot
        assert end - start == timedelta(minutes=minutes)
        assert start.minute % 15 == 0 and start.second == 0
        assert fits(slot, tutor, others, windows_, travel, site), slot
    starts = [start for start, _ in found]
    assert starts == sorted(set(starts))  # in time order, each once
    per = {}
    for start in starts:
        per[start.date()] = per.get(start.date(), 0) + 1
    assert all(n <= per_day for n in per.values())


@settings(max_examples=300, deadline=None)
@given(tutor=plans(), others=st.lists(bookings(), max_size=8),
       windows_=st.lists(windows(), min_size=1, max_size=3),
       minutes=st.sampled_from([30, 60, 90]), travel=st.sampled_from([0, 30]),
       site=st.sampled_from(SITES))
def test_the_first_slot_is_the_earliest_that_fits(tutor, others, windows_, minutes, travel,
                                                  site):
    found = slots(windows_, tutor=tutor, others=others, minutes=minutes, site=site,
                  travel=travel, limit=1)
    days = sorted({w.first_day + timedelta(days=n) for w in windows_
                   for n in range((w.last_day - w.first_day).days + 1)})
    length = timedelta(minutes=minutes)
    candidates = [(start, start + length) for day in days
                  for start in (datetime.combine(day, time()) + timedelta(minutes=15 * q)
                                for q in range(96))]
    expected = next((c for c in candidates
                     if fits(c, tutor, others, windows_, travel, site)), None)
    assert found == ([] if expected is None else [expected])


# -- several slots, spread --------------------------------------------------------------


def spread(windows, tutor=TUESDAYS, others=(), minutes=90, site=HERE, travel=0, **options):
    check = ConflictCheck(CALENDAR, list(others), {TUTOR: tutor}, travel)
    return spread_slots(TUTOR, tutor, check, list(windows), minutes, site, **options)


def test_spread_slots_start_with_the_earliest_and_cover_the_days_first():
    found = spread([week(days=14)], tutor=WEEKDAYS, limit=4)
    assert found[0] == (at(MONDAY, 8), at(MONDAY, 9, 30))
    assert len({s.date() for s, _ in found}) == 4  # four days before a second on one
    assert len({s.time() for s, _ in found}) == 4  # and four times of day
    assert found == sorted(found)


def test_spread_slots_fill_a_single_day_without_overlap():
    found = spread([week(starts=time(8), ends=time(15))], limit=4)
    assert {s.date() for s, _ in found} == {TUESDAY}
    assert found[0][0] == at(TUESDAY, 8) and found[-1][1] == at(TUESDAY, 15)
    assert all(a[1] <= b[0] for a, b in zip(found, found[1:], strict=False))


@settings(max_examples=150, deadline=None)
@given(tutor=plans(), others=st.lists(bookings(), max_size=8),
       windows_=st.lists(windows(), min_size=1, max_size=3),
       minutes=st.sampled_from([30, 60, 90]), travel=st.sampled_from([0, 30]),
       site=st.sampled_from(SITES), limit=st.integers(1, 6))
def test_spread_slots_are_free_distinct_and_start_with_the_earliest(
        tutor, others, windows_, minutes, travel, site, limit):
    options = {"tutor": tutor, "others": others, "minutes": minutes, "travel": travel,
               "site": site}
    found = spread(windows_, limit=limit, **options)
    every = slots(windows_, limit=10_000, per_day=10_000, **options)
    assert set(found) <= set(every) and found == sorted(set(found))
    assert found[:1] == every[:1]  # the earliest first
    days = {start.date() for start, _ in every}
    assert len(found) >= min(limit, len(days))  # a day with free time is not left out
    for a, b in zip(found, found[1:], strict=False):
        assert a[0].date() != b[0].date() or a[1] <= b[0]  # no overlap on a day
