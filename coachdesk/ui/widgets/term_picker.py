"""Which period to count in: a term (newest first), or the whole school year.

The choice is remembered under a settings key by the term's first day, and the term that
today falls in is chosen the first time.
"""

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from coachdesk.domain.text import tr
from coachdesk.services import Desk
from coachdesk.ui.formatting import format_date
from coachdesk.ui.settings import settings

Term = tuple[str, date, date]  # name, first day, last day


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
                 with_school_year: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.desk = desk
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
        self.blockSignals(True)
        self.clear()
        for name, first, last in year + terms:
            self.addItem(name, (name, first, last))
            self.setItemData(self.count() - 1, f"{format_date(first)} – {format_date(last)}",
                             Qt.ItemDataRole.ToolTipRole)
        index = next((i for i, (_n, first, _l) in enumerate(year + terms)
                      if first.isoformat() == wanted), -1)
        if index < 0 and now is not None:  # the term today falls in, else the first entry
            index = next((len(year) + i for i, t in enumerate(terms) if t[1] == now[2]), 0)
        self.setCurrentIndex(max(0, index))
        self.blockSignals(False)

    def _chosen(self) -> None:
        term = self.term()
        if term is not None:
            settings().setValue(self.settings_key, term[1].isoformat())
            self.chosen.emit(term)
