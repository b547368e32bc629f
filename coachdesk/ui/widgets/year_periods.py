"""A list's period picker that opens on the current school year (issue 25): a question
about now does not read the years of history behind it, and every other school year (by
name) and "All years" are one click away.

``SchoolYears`` knows the school years' spans and what the choices "This school year",
"year:<id>" and "All years" stand for; the term picker (Attendance) uses it as it is.
``YearPeriodPicker`` puts them in a ``FilterBar`` as its remembered "period" picker, with
"Upcoming", "This term" and the page's own periods between "This school year" and the
other years (Lessons, Visits).
"""

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtWidgets import QComboBox

from coachdesk.domain.text import tr
from coachdesk.services import Desk
from coachdesk.ui.widgets.filter_bar import FilterBar

YEAR, A_YEAR, ALL = "year", "year:", "all"  # an earlier year is "year:<id>"
UPCOMING, TERM = "upcoming", "term"
Span = tuple[int, str, date, date]  # id, name, first day, last day
Days = tuple[date | None, date | None]  # first and last day; None: open


class SchoolYears:
    """The school years as the period pickers offer them: the one today falls in, the
    others by name (the newest first)."""

    def __init__(self, desk: Desk):
        self.desk = desk
        self.spans: list[Span] = []

    def reload(self) -> None:
        """School years may have been added or changed on the School calendar page."""
        self.spans = self.desk.school_years.spans()

    def on(self, day: date) -> Span | None:
        return next((span for span in self.spans if span[2] <= day <= span[3]), None)

    def others(self, today: date) -> list[tuple[str, str]]:
        """(choice, name) of every school year but today's."""
        now = self.on(today)
        return [(f"{A_YEAR}{span[0]}", span[1]) for span in self.spans if span != now]

    def days(self, chosen: object, today: date) -> Days | None:
        """The first and last day of a school-year choice (This school year, an earlier
        year, All years: open both ways; no school year entered for today: every year), or
        None for a choice that is not one of them."""
        if chosen == ALL:
            return None, None
        if chosen == YEAR or str(chosen).startswith(A_YEAR):
            span = (self.on(today) if chosen == YEAR else
                    next((s for s in self.spans if f"{A_YEAR}{s[0]}" == chosen), None))
            return (span[2], span[3]) if span is not None else (None, None)
        return None


class YearPeriodPicker:
    """The "period" picker of a list's filter row: This school year (the first choice),
    Upcoming, the page's own periods, This term, the other school years, All years."""

    def __init__(self, desk: Desk, filters: FilterBar, today: Callable[[], date],
                 own: Sequence[tuple[str, str, Callable[[date], Days]]] = ()):
        """``own``: the page's periods (choice, title, its days given today), shown after
        "Upcoming"."""
        self.desk = desk
        self.filters = filters
        self.today = today
        self.years = SchoolYears(desk)
        self.own = {choice: days for choice, _title, days in own}
        self._own_titles = [(choice, title) for choice, title, _days in own]
        self.picker: QComboBox = filters.picker(
            "period", tr("Period"), [(YEAR, tr("This school year")), *self._choices()],
            remember=True)

    def reload(self) -> None:
        """Read the school years again; the choice made (or remembered) stays."""
        self.years.reload()
        self.filters.refill("period", self._choices())

    def _choices(self) -> list[tuple[str, str]]:
        return [(UPCOMING, tr("Upcoming")), *self._own_titles, (TERM, tr("This term")),
                *self.years.others(self.today()), (ALL, tr("All years"))]

    def days(self) -> Days:
        """The first and last day the picker shows (None: open)."""
        chosen, today = self.filters.value("period"), self.today()
        found = self.years.days(chosen, today)
        if found is not None:
            return found
        if chosen == UPCOMING:
            return today, None
        if chosen == TERM:
            term = self.desk.school_years.term_on(today)
            return (term[2], term[3]) if term is not None else (None, None)
        if chosen in self.own:
            return self.own[chosen](today)
        return None, None
