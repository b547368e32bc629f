"""The school calendar: SchoolCalendar, and the Finnish default school year."""

from datetime import date, timedelta

import holidays
import pytest
from hypothesis import given
from hypothesis import strategies as st

from coachdesk.domain.calendar import (
    Break,
    BreakKind,
    SchoolCalendar,
    Term,
    ranges_overlap,
    school_year_bounds,
)
from coachdesk.domain.language import speaking
from coachdesk.services.school_calendar import finnish_school_year

START_YEARS = st.integers(2020, 2040)
WINTER_WEEKS = st.integers(7, 10)


def days_of(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def holiday_named(start_year: int, name: str) -> date:
    found = [day for day, title in holidays.Finland(years=start_year + 1, language="en_US")
             .items() if title == name]
    assert len(found) == 1, name
    return found[0]


def of_kind(breaks: list[Break], kind: BreakKind) -> list[Break]:
    return [b for b in breaks if b.kind is kind]


# -- SchoolCalendar ---------------------------------------------------------------------

AUTUMN = Term(1, "Autumn term", date(2026, 8, 12), date(2026, 12, 19))
SPRING = Term(1, "Spring term", date(2027, 1, 7), date(2027, 6, 5))
AUTUMN_BREAK = Break(1, "Autumn break", BreakKind.AUTUMN, date(2026, 10, 12), date(2026, 10, 18))
CALENDAR = SchoolCalendar([AUTUMN, SPRING], [AUTUMN_BREAK])


@pytest.mark.parametrize(("day", "school"), [
    (date(2026, 8, 12), True),  # the first day of the term
    (date(2026, 8, 11), False),  # the day before
    (date(2026, 12, 18), True),  # the last Friday of the term
    (date(2026, 12, 21), False),  # between terms
    (date(2026, 9, 5), False),  # a Saturday inside the term
    (date(2026, 9, 6), False),  # a Sunday
    (date(2026, 10, 12), False),  # the break's first day
    (date(2026, 10, 16), False),  # the break's Friday
    (date(2026, 10, 19), True),  # the Monday after
    (date(2027, 6, 4), True),
    (date(2027, 6, 7), False),  # summer
])
def test_is_school_day(day, school):
    assert CALENDAR.is_school_day(day) is school


def test_without_terms_every_weekday_outside_a_break_is_a_school_day():
    calendar = SchoolCalendar([], [AUTUMN_BREAK])
    assert calendar.is_school_day(date(2026, 7, 15))  # even in summer
    assert not calendar.is_school_day(date(2026, 7, 18))  # a Saturday
    assert not calendar.is_school_day(date(2026, 10, 14))  # the break


def test_break_on():
    assert CALENDAR.break_on(date(2026, 10, 14)) is AUTUMN_BREAK
    assert CALENDAR.break_on(date(2026, 10, 18)) is AUTUMN_BREAK
    assert CALENDAR.break_on(date(2026, 10, 19)) is None


def test_term_on():
    assert CALENDAR.term_on(date(2026, 8, 12)) is AUTUMN
    assert CALENDAR.term_on(date(2026, 12, 19)) is AUTUMN
    assert CALENDAR.term_on(date(2027, 3, 1)) is SPRING
    assert CALENDAR.term_on(date(2026, 12, 24)) is None
    assert CALENDAR.term_on(date(2026, 10, 14)) is AUTUMN  # a break is still in the term


# -- the Finnish default ----------------------------------------------------------------


def test_the_2026_school_year_in_detail():
    year, (autumn, spring), breaks = finnish_school_year(2026)
    assert (year.name, year.starts, year.ends) == ("2026–2027", date(2026, 8, 1),
                                                    date(2027, 7, 31))
    assert (autumn.starts, autumn.ends) == (date(2026, 8, 12), date(2026, 12, 19))
    assert (spring.starts, spring.ends) == (date(2027, 1, 7), date(2027, 6, 5))
    spans = {b.kind: (b.starts, b.ends) for b in breaks if b.kind is not BreakKind.PUBLIC_HOLIDAY}
    assert spans == {
        BreakKind.AUTUMN: (date(2026, 10, 12), date(2026, 10, 18)),
        BreakKind.CHRISTMAS: (date(2026, 12, 20), date(2027, 1, 6)),
        BreakKind.WINTER: (date(2027, 2, 22), date(2027, 2, 28)),
        BreakKind.EASTER: (date(2027, 3, 26), date(2027, 3, 29)),
    }
    # 6 December 2026 is a Sunday and 1 May 2027 a Saturday: only Ascension Day is left.
    holidays_left = [(b.starts, b.ends) for b in of_kind(breaks, BreakKind.PUBLIC_HOLIDAY)]
    assert holidays_left == [(date(2027, 5, 6), date(2027, 5, 6))]
    assert [b.starts for b in breaks] == sorted(b.starts for b in breaks)


def test_a_spring_term_never_starts_at_a_weekend():
    # 7 January 2023 is a Saturday: the term starts on Monday 9 January.
    _, (_, spring), _ = finnish_school_year(2022)
    assert spring.starts == date(2023, 1, 9)


def test_the_winter_and_autumn_weeks_can_be_chosen():
    _, _, breaks = finnish_school_year(2026, winter_week=9, autumn_week=43)
    (winter,) = of_kind(breaks, BreakKind.WINTER)
    (autumn,) = of_kind(breaks, BreakKind.AUTUMN)
    assert (winter.starts, winter.ends) == (date(2027, 3, 1), date(2027, 3, 7))
    assert (autumn.starts, autumn.ends) == (date(2026, 10, 19), date(2026, 10, 25))


def test_independence_day_on_a_weekday_is_a_break():
    _, _, breaks = finnish_school_year(2027)  # 6 December 2027 is a Monday
    days = [b.starts for b in of_kind(breaks, BreakKind.PUBLIC_HOLIDAY)]
    assert date(2027, 12, 6) in days
    assert SchoolCalendar(*finnish_school_year(2027)[1:]).is_school_day(date(2027, 12, 6)) is False


@given(START_YEARS, WINTER_WEEKS)
def test_terms_lie_inside_the_year_and_do_not_overlap(start_year, winter_week):
    year, terms, breaks = finnish_school_year(start_year, winter_week=winter_week)
    assert (year.starts, year.ends) == school_year_bounds(start_year)
    year.check()
    autumn, spring = terms
    assert autumn.ends < spring.starts
    assert not ranges_overlap(autumn.starts, autumn.ends, spring.starts, spring.ends)
    for term in terms:
        assert term.starts.isoweekday() <= 5
        term.check(year, terms)  # inside the year, no overlap with the other
    for gap in breaks:
        gap.check(year)  # every break inside its year
        assert gap.starts <= gap.ends


@given(START_YEARS, WINTER_WEEKS)
def test_the_breaks_fall_in_their_weeks(start_year, winter_week):
    _, (autumn, spring), breaks = finnish_school_year(start_year, winter_week=winter_week)
    (autumn_break,) = of_kind(breaks, BreakKind.AUTUMN)
    (winter,) = of_kind(breaks, BreakKind.WINTER)
    for gap, year, week in [(autumn_break, start_year, 42), (winter, start_year + 1, winter_week)]:
        assert gap.starts.isocalendar()[:3] == (year, week, 1)
        assert gap.ends.isocalendar()[:3] == (year, week, 7)
    assert autumn.starts < autumn_break.starts and autumn_break.ends < autumn.ends
    assert spring.starts < winter.starts and winter.ends < spring.ends


@given(START_YEARS)
def test_easter_runs_from_good_friday_to_easter_monday(start_year):
    _, (_, spring), breaks = finnish_school_year(start_year)
    (easter,) = of_kind(breaks, BreakKind.EASTER)
    assert easter.starts == holiday_named(start_year, "Good Friday")
    assert easter.ends == holiday_named(start_year, "Easter Monday")
    assert easter.starts.isoweekday() == 5 and easter.ends.isoweekday() == 1
    assert spring.starts < easter.starts and easter.ends < spring.ends


@given(START_YEARS, WINTER_WEEKS)
def test_no_public_holiday_on_a_weekday_in_a_term_is_a_school_day(start_year, winter_week):
    _, terms, breaks = finnish_school_year(start_year, winter_week=winter_week)
    calendar = SchoolCalendar(terms, breaks)
    for day in holidays.Finland(years=[start_year, start_year + 1]):
        if day.isoweekday() <= 5 and calendar.term_on(day) is not None:
            assert not calendar.is_school_day(day), day
            assert calendar.break_on(day) is not None


@given(START_YEARS)
def test_public_holiday_breaks_are_only_those_not_already_covered(start_year):
    _, terms, breaks = finnish_school_year(start_year)
    public = holidays.Finland(years=[start_year, start_year + 1])
    others = [b for b in breaks if b.kind is not BreakKind.PUBLIC_HOLIDAY]
    for gap in of_kind(breaks, BreakKind.PUBLIC_HOLIDAY):
        assert gap.starts == gap.ends
        assert gap.starts in public
        assert gap.name == public[gap.starts]
        assert gap.starts.isoweekday() <= 5
        assert any(t.starts <= gap.starts <= t.ends for t in terms)
        assert not any(b.starts <= gap.starts <= b.ends for b in others)


@given(START_YEARS)
def test_the_christmas_break_joins_the_terms(start_year):
    _, (autumn, spring), breaks = finnish_school_year(start_year)
    (christmas,) = of_kind(breaks, BreakKind.CHRISTMAS)
    assert christmas.starts == autumn.ends + timedelta(days=1)
    assert christmas.ends == spring.starts - timedelta(days=1)
    assert christmas.starts <= date(start_year, 12, 26)
    assert christmas.ends >= date(start_year + 1, 1, 6)  # Epiphany is always off
    calendar = SchoolCalendar([autumn, spring], breaks)
    assert not any(calendar.is_school_day(d)
                   for d in days_of(autumn.ends, spring.starts - timedelta(days=1)))


@given(START_YEARS, WINTER_WEEKS)
def test_a_year_has_a_plausible_number_of_school_days(start_year, winter_week):
    year, terms, breaks = finnish_school_year(start_year, winter_week=winter_week)
    calendar = SchoolCalendar(terms, breaks)
    school_days = [d for d in days_of(year.starts, year.ends) if calendar.is_school_day(d)]
    assert 175 <= len(school_days) <= 190
    assert school_days[0] >= date(start_year, 8, 10)
    assert school_days[-1] <= date(start_year + 1, 6, 6)


def test_public_holidays_are_named_in_the_language_spoken():
    def named(language: str) -> list[str]:
        with speaking(language):
            _year, _terms, breaks = finnish_school_year(2026)
        return [b.name for b in of_kind(breaks, BreakKind.PUBLIC_HOLIDAY)]

    assert named("fi") == ["Helatorstai"]  # 6 May 2027
    assert named("sv") == ["Kristi himmelsfärdsdag"]
    assert named("en") == ["Ascension Day"]
