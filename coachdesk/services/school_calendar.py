"""A Finnish school year as most municipalities run it: the default calendar.

Terms and breaks follow the usual pattern (autumn term from mid-August to the last Saturday
before 23 December, spring term from the day after Epiphany to the Saturday of week 22, autumn
break in week 42, winter break in week 8 in the capital region, Easter from Good Friday
to Easter Monday) and public holidays come from the ``holidays`` package, so a
coordinator starts from a calendar that is right and only moves what differs locally.
The names are in the language being spoken ("Helatorstai", "Kristi himmelsfärdsdag").
"""

from datetime import date, timedelta

import holidays
from dateutil.easter import easter

from coachdesk.domain.calendar import Break, BreakKind, SchoolYear, Term
from coachdesk.domain.language import FINNISH, SWEDISH, current_language
from coachdesk.domain.text import tr


def _holiday_language() -> str:
    """The ``holidays`` package's code for the language being spoken."""
    return {FINNISH: "fi", SWEDISH: "sv_FI"}.get(current_language(), "en_US")


def _iso_day(year: int, week: int, weekday: int) -> date:
    return date.fromisocalendar(year, week, weekday)


def _saturday_on_or_before(day: date) -> date:
    return day - timedelta(days=(day.isoweekday() - 6) % 7)


def _week(school_year_id, name: str, kind: BreakKind, year: int, week: int) -> Break:
    return Break(school_year_id, name, kind, _iso_day(year, week, 1), _iso_day(year, week, 7))


def finnish_school_year(
    start_year: int, winter_week: int = 8, autumn_week: int = 42
) -> tuple[SchoolYear, list[Term], list[Break]]:
    """The school year starting 1 August ``start_year``, with its terms and breaks."""
    year = SchoolYear.beginning(start_year)
    spring_year = start_year + 1
    autumn = Term(None, tr("Autumn term {year}").format(year=start_year),
                  _iso_day(start_year, 33, 3), _saturday_on_or_before(date(start_year, 12, 22)))
    spring_start = date(spring_year, 1, 7)
    while spring_start.isoweekday() > 5:
        spring_start += timedelta(days=1)
    spring = Term(None, tr("Spring term {year}").format(year=spring_year),
                  spring_start, _iso_day(spring_year, 22, 6))
    easter_sunday = easter(spring_year)
    breaks = [
        _week(None, tr("Autumn break"), BreakKind.AUTUMN, start_year, autumn_week),
        Break(None, tr("Christmas break"), BreakKind.CHRISTMAS,
              autumn.ends + timedelta(days=1), spring.starts - timedelta(days=1)),
        _week(None, tr("Winter break"), BreakKind.WINTER, spring_year, winter_week),
        Break(None, tr("Easter"), BreakKind.EASTER,
              easter_sunday - timedelta(days=2), easter_sunday + timedelta(days=1)),
    ]
    # Public holidays on school days that no longer break already covers.
    public = holidays.Finland(years=[start_year, spring_year], language=_holiday_language())
    for day, name in sorted(public.items()):
        in_term = any(t.starts <= day <= t.ends for t in (autumn, spring))
        covered = any(b.starts <= day <= b.ends for b in breaks)
        if in_term and not covered and day.isoweekday() <= 5:
            breaks.append(Break(None, name, BreakKind.PUBLIC_HOLIDAY, day, day))
    breaks.sort(key=lambda b: b.starts)
    return year, [autumn, spring], breaks
