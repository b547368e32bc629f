"""The demo city's earlier school years: a city that has used CoachDesk for years.

Each earlier year has its own calendar (terms and breaks), lessons held with attendance
marked, visits logged, and the topics its visits covered, made by the same generators as
the current year with the year's own random source, so that the current year is the same
whatever history lies behind it. The same tutors serve every year (their agreements run
from the first year); loans reach back to the first year too (devices.py).
"""

from dataclasses import replace
from datetime import date, timedelta
from random import Random

from coachdesk.domain.calendar import SchoolYear
from coachdesk.services.demo import activity, requests
from coachdesk.services.demo.context import DemoContext

MOST_YEARS = 10


def first_year_starts(today: date, years: int) -> date:
    """The first day of the earliest of ``years`` school years up to ``today``'s."""
    current = today.year if today.month >= 8 else today.year - 1
    return SchoolYear.beginning(current - years + 1).starts


def add_earlier_years(ctx: DemoContext, years: int) -> None:
    """The ``years - 1`` school years before the current one, the oldest first."""
    assert ctx.year_starts is not None  # the current year's calendar is made first
    current = ctx.year_starts.year
    for start_year in range(current - years + 1, current):
        year = replace(ctx, rng=Random(f"{ctx.seed}:{start_year}"), school_days=[])
        _first, last = activity.add_calendar(year, start_year)
        year.today = last + timedelta(days=1)  # the whole year is past: held and logged
        activity.add_enrollments(year, activity.add_lessons(year))
        activity.add_visits(year)
        requests.add_covered(year)
    ctx.counts["school years"] = years
