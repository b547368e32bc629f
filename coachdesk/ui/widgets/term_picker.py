"""Which period to count in: a term (newest first), or the whole school year.

The choice is remembered under a settings key by the term's first day, and the term that
today falls in is chosen the first time. With ``all_years`` (a list of records that grows
every year, issue 25) the current school year is chosen the first time, and the earlier
school years and "All years" follow the terms.
"""

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from coachdesk.domain.text import tr
from coachdesk.services import Desk
from coachdesk.ui.formatting import format_date
from coachdesk.ui.settings import settings
from coachdesk.ui.widgets.year_periods import ALL, SchoolYears

Term = tuple[str, date, date]  # name, first day, last day
# "All years": days that every record falls between, on every engine
EVER = (date(1900, 1, 1), date(9998, 12, 31))


def school_year_around(today: date) -> Term:
    start = today.year if today.month >= 8 else today.year - 1
    return (tr("School year {first}–{last}").format(first=start, last=start + 1),
            date(start, 8, 1), date(start + 1, 7, 31))


def period_parameters(term: Term) -> dict[str, datetime]:
    """The list parameters ``period_start`` / ``period_end`` of a term."""
    _name, first, last = term
    return {"period_start": datetime.combine(first, time()),
            "period_end": datetime.combine(last + timedelta(days=1), time())}


class TermPicker(QComboBox):
    chosen = Signal(object)  # the Term picked by the coordinator

    def __init__(self, desk: Desk, today: date, settings_key: str, name: str,
                 with_school_year: bool, all_years: bool = False,
                 parent: QWidget | None = None):
        super().__init__(parent, objectName=name)
        self.desk = desk
        self.all_years = all_years
        self.years = SchoolYears(desk)
        self.today = today
        self.settings_key = settings_key
        self.with_school_year = with_school_year  # else only when no term is entered yet
        # shrinks with the window rather than holding it wide
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(14)
        self.currentIndexChanged.connect(self._chosen)

    def term(self) -> Term | None:
        return self.currentData()

    def reload(self) -> None:
        """Read the terms again, keeping the one chosen (or the remembered one)."""
        chosen = self.term()
        wanted = chosen[1].isoformat() if chosen else settings().value(self.settings_key, "")
        terms: list[Term] = [(name, first, last) for _id, name, first, last
                             in self.desk.school_years.terms()]
        year = [school_year_around(self.today)] if self.with_school_year or not terms else []
        now = self.desk.school_years.term_on(self.today)
        later = self._other_years(year) if self.all_years else []
        self.blockSignals(True)
        self.clear()
        for name, first, last in year + terms + later:
            self.addItem(name, (name, first, last))
            self.setItemData(self.count() - 1, f"{format_date(first)} – {format_date(last)}"
                             if (first, last) != EVER else "", Qt.ItemDataRole.ToolTipRole)
        index = next((i for i, term in enumerate(year + terms + later)
                      if self._key(term) == wanted), -1)
        if index < 0 and now is not None and not self.all_years:
            # the term today falls in, else the first entry
            index = next((len(year) + i for i, t in enumerate(terms) if t[1] == now[2]), 0)
        self.setCurrentIndex(max(0, index))  # all_years: this school year
        self.blockSignals(False)

    def _other_years(self, year: list[Term]) -> list[Term]:
        """The school years entered but the one around today, then "All years"."""
        self.years.reload()
        now, shown = self.years.on(self.today), {first for _name, first, _last in year}
        return [*((tr("School year {name}").format(name=span[1]), span[2], span[3])
                  for span in self.years.spans if span != now and span[2] not in shown),
                (tr("All years"), *EVER)]

    @staticmethod
    def _key(term: Term) -> str:
        """How the choice is remembered: its first day, or "all"."""
        return ALL if (term[1], term[2]) == EVER else term[1].isoformat()

    def _chosen(self) -> None:
        term = self.term()
        if term is not None:
            settings().setValue(self.settings_key, self._key(term))
            self.chosen.emit(term)
