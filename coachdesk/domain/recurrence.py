"""Dates from an iCalendar recurrence rule, and which of them the school calendar keeps."""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache

from dateutil.rrule import rrulestr

from coachdesk.domain.calendar import SchoolCalendar
from coachdesk.domain.text import tr

LIMIT = 1_000  # no series or plan needs more dates; a runaway rule stops here


def occurrences(rule: str, anchor: date, first: date, last: date) -> list[date]:
    """Days the rule gives from ``first`` to ``last``, counted from ``anchor`` (an every-
    other-week rule alternates from its anchor). Raises ValueError for an unreadable rule."""
    if last < first:
        return []
    expanded = _expanded(rule, anchor)
    days: list[date] = []
    for moment in expanded.xafter(datetime.combine(first, time()), count=LIMIT, inc=True):
        if moment.date() > last:
            break
        if not days or days[-1] != moment.date():
            days.append(moment.date())
    return days


def occurs_on(rule: str, anchor: date, day: date) -> bool:
    """Whether the rule, counted from ``anchor``, gives ``day``: read a month at a time
    and kept, since a conflict check or a free-slot search asks about day after day."""
    return day in _days_of_month(rule, anchor, day.year, day.month)


@lru_cache(maxsize=2048)
def _days_of_month(rule: str, anchor: date, year: int, month: int) -> frozenset[date]:
    first = date(year, month, 1)
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return frozenset(occurrences(rule, anchor, first, last))


@lru_cache(maxsize=512)
def _expanded(rule: str, anchor: date):
    """The rule read once per anchor, keeping the dates it has given: a free-slot search
    asks a tutor's plan about every day of its windows."""
    return rrulestr(rule, dtstart=datetime.combine(anchor, time()), cache=True)


@dataclass(frozen=True)
class Skipped:
    day: date
    reason: str


def school_dates(rule: str, first: date, last: date, calendar: SchoolCalendar
                 ) -> tuple[list[date], list[Skipped]]:
    """The rule's dates from ``first`` to ``last``: those kept, and those skipped with the
    reason (a break or public holiday by name, a weekend, a day outside the terms)."""
    kept: list[date] = []
    skipped: list[Skipped] = []
    for day in occurrences(rule, first, first, last):
        gap = calendar.break_on(day)
        if gap is not None:
            skipped.append(Skipped(day, gap.name))
        elif day.isoweekday() > 5:
            skipped.append(Skipped(day, tr("weekend")))
        elif not calendar.is_school_day(day):
            skipped.append(Skipped(day, tr("outside the terms")))
        else:
            kept.append(day)
    return kept, skipped
