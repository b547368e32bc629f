"""The School calendar page: a school year's terms and breaks, as the coordinator adjusts them.

A new school year starts from the usual Finnish calendar (terms, autumn break in week 42,
Christmas, the winter break, Easter and the public holidays); break weeks differ between
municipalities, so every term and break can be changed here.
"""

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.calendar import Break, Term, is_school_day
from coachdesk.domain.kinds import RecordKind
from coachdesk.domain.text import tr
from coachdesk.services import Desk
from coachdesk.ui import messages
from coachdesk.ui.dialogs.break_dialog import edit_break
from coachdesk.ui.dialogs.school_year_dialog import new_school_year
from coachdesk.ui.dialogs.term_dialog import edit_term
from coachdesk.ui.formatting import format_date
from coachdesk.ui.operations import run_op
from coachdesk.ui.pages.base import Page
from coachdesk.ui.rows_model import ID_ROLE, Column, RowsModel
from coachdesk.ui.settings import settings
from coachdesk.ui.widgets.action_button import action_button

YEAR_KEY = "calendar/school_year"
COLUMN_AIR = 16  # pixels beside a column's widest text


# -- what the tables show -----------------------------------------------------------------
def school_days(first: date, last: date, terms: Sequence[Term],
                breaks: Sequence[Break]) -> int:
    days = (first + timedelta(days=n) for n in range((last - first).days + 1))
    return sum(1 for day in days if is_school_day(day, terms, breaks))


def weeks_text(first: date, last: date) -> str:
    """The ISO week numbers a period falls in: "42", or "51–1" across two weeks."""
    a, b = first.isocalendar().week, last.isocalendar().week
    return str(a) if a == b else f"{a}–{b}"


class SchoolCalendarPage(Page):
    shows = frozenset({RecordKind.SCHOOL_YEAR, RecordKind.TERM, RecordKind.BREAK})

    def __init__(self, desk: Desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self._terms: list[Term] = []
        self._breaks: list[Break] = []
        self.new_year_action = self.action(
            tr("New school year…"), self.new_year, "Ctrl+Alt+N",
            tr("Create a school year with the usual Finnish terms and breaks"))

        # The year picker and what the year holds; or, with no year yet, what to do.
        self.year_picker = QComboBox()
        self.year_picker.setObjectName("calendar_school_year")
        self.year_picker.setMinimumContentsLength(12)
        self.year_picker.currentIndexChanged.connect(self._year_chosen)
        self.year_summary = QLabel()
        self.year_summary.setObjectName("calendar_summary")
        self.year_summary.setStyleSheet("color: palette(dark);")
        picker_label = QLabel(tr("School &year:"))
        picker_label.setBuddy(self.year_picker)
        picker_row = QHBoxLayout()
        picker_row.addWidget(picker_label)
        picker_row.addWidget(self.year_picker)
        picker_row.addSpacing(12)
        picker_row.addWidget(self.year_summary)
        picker_row.addStretch(1)
        # Archive, not delete (issue 25): a closed year is read in every list and report.
        self._closed = False
        self.close_button = QPushButton()
        self.close_button.setObjectName("calendar_close_year")
        self.close_button.clicked.connect(self.toggle_closed)
        picker_row.addWidget(self.close_button)

        self.terms_view = self._table("calendar_terms", [
            Column(tr("Term"), lambda t: t.name),
            Column(tr("Starts"), lambda t: t.starts, format_date),
            Column(tr("Ends"), lambda t: t.ends, format_date),
            Column(tr("Weeks"), lambda t: (t.starts, t.ends), lambda w: weeks_text(*w)),
            Column(tr("School days"),
                   lambda t: school_days(t.starts, t.ends, self._terms, self._breaks),
                   numeric=True),
        ], by=1)
        self.breaks_view = self._table("calendar_breaks", [
            Column(tr("Break"), lambda b: b.name),
            Column(tr("Kind"), lambda b: b.kind.label),
            Column(tr("Starts"), lambda b: b.starts, format_date),
            Column(tr("Ends"), lambda b: b.ends, format_date),
            Column(tr("Weeks"), lambda b: (b.starts, b.ends), lambda w: weeks_text(*w)),
            Column(tr("Days"), lambda b: (b.ends - b.starts).days + 1, numeric=True),
        ], by=2)
        self.terms_model: RowsModel = self.terms_view.model()
        self.breaks_model: RowsModel = self.breaks_view.model()

        terms_row = self._section(tr("Terms"))
        self.edit_term_action = action_button(
            self.terms_view, terms_row, tr("Edit term"), self.edit_term, "F2")
        self.breaks_title = QLabel()
        breaks_row = self._section(self.breaks_title)
        self.new_break_action = action_button(
            self, breaks_row, tr("New break"), self.new_break, QKeySequence.StandardKey.New)
        self.edit_break_action = action_button(
            self.breaks_view, breaks_row, tr("Edit break"), self.edit_break, "F2")
        self.delete_break_action = action_button(
            self.breaks_view, breaks_row, tr("Delete break"), self.delete_break,
            QKeySequence.StandardKey.Delete)
        self.terms_view.activated.connect(lambda _index: self.edit_term())
        self.breaks_view.activated.connect(lambda _index: self.edit_break())

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(picker_row)
        layout.addSpacing(8)
        layout.addLayout(terms_row)
        layout.addWidget(self.terms_view)
        layout.addSpacing(8)
        layout.addLayout(breaks_row)
        layout.addWidget(self.breaks_view, 1)

        empty = QWidget()
        self.empty_label = QLabel(tr(
            "There is no school year yet. Create the first one: it gets the usual Finnish "
            "terms and breaks, which you can then adjust to your municipality."))
        self.empty_label.setObjectName("calendar_empty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: palette(dark);")
        self.empty_button = QPushButton(tr("New school year…"))
        self.empty_button.clicked.connect(self.new_year)
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)

        self.stack = QStackedWidget()
        self.stack.addWidget(content)
        self.stack.addWidget(empty)
        self.content, self.empty = content, empty
        self.body.addWidget(self.stack, 1)
        self._update_actions()

    # -- building -------------------------------------------------------------------------
    def _table(self, name: str, columns: Sequence[Column], by: int) -> QTableView:
        """A read-only table of ``columns``, sorted by column ``by`` until the user sorts."""
        view = QTableView()
        view.setObjectName(name)
        view.setModel(RowsModel(columns, view))
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        order = settings().value(f"{name}/sort", [by, 0])
        try:
            column, descending = int(order[0]), int(order[1])
        except (TypeError, ValueError, IndexError):
            column, descending = by, 0
        header.setSortIndicator(column if 0 <= column < len(columns) else by,
                                Qt.SortOrder(1 if descending else 0))
        view.setSortingEnabled(True)
        view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        return view

    def _section(self, heading: str | QLabel) -> QHBoxLayout:
        label = heading if isinstance(heading, QLabel) else QLabel(heading)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addStretch(1)
        return row

    # -- loading --------------------------------------------------------------------------
    def start(self) -> None:
        self.reload()

    def refresh(self) -> None:
        self.reload()

    def save_state(self) -> None:
        for view in (self.terms_view, self.breaks_view):
            header = view.horizontalHeader()
            settings().setValue(f"{view.objectName()}/sort", [
                header.sortIndicatorSection(), header.sortIndicatorOrder().value])
        if self.year_id() is not None:
            settings().setValue(YEAR_KEY, self.year_id())

    def year_id(self) -> int | None:
        return self.year_picker.currentData()

    def reload(self, select_year: int | None = None) -> None:
        """Read the years again; show ``select_year``, else the one shown or remembered."""
        years = self.desk.school_years.years()
        wanted = select_year or self.year_id() or settings().value(YEAR_KEY, None)
        if wanted is None:
            wanted = self.desk.school_years.year_of(date.today())
        self.year_picker.blockSignals(True)
        self.year_picker.clear()
        for year_id, name in years:
            self.year_picker.addItem(name, year_id)
        try:
            index = self.year_picker.findData(int(wanted)) if wanted is not None else -1
        except (TypeError, ValueError):
            index = -1
        self.year_picker.setCurrentIndex(max(0, index) if years else -1)
        self.year_picker.blockSignals(False)
        self.stack.setCurrentWidget(self.content if years else self.empty)
        self.load_year()

    def load_year(self, select_break: int | None = None) -> None:
        """Show the chosen year's terms and breaks, keeping the selected rows."""
        year_id = self.year_id()
        keep_term = self._selected(self.terms_view)
        keep_break = select_break if select_break is not None else self._selected(
            self.breaks_view)
        if year_id is None:
            year, self._terms, self._breaks = None, [], []
        else:
            year, self._terms, self._breaks = self.desk.school_years.get(year_id)
        self.terms_model.set_rows(self._terms)
        self.breaks_model.set_rows(self._breaks)
        self._fit_columns()
        if keep_term is None:  # the term of today, or the next one
            keep_term = next((t.id for t in self._terms if date.today() <= t.ends), None)
        self._select(self.terms_view, keep_term, first=True)
        self._select(self.breaks_view, keep_break)
        self._closed = year is not None and year.closed
        if year is None:
            self.year_summary.clear()
        else:
            days = sum(school_days(t.starts, t.ends, self._terms, self._breaks)
                       for t in self._terms)
            summary = tr("{starts} – {ends} · %n school days", None, days).format(
                starts=format_date(year.starts), ends=format_date(year.ends))
            if self._closed:
                summary += " · " + tr("closed: its lessons, visits and loans are read, not "
                                      "changed")
            self.year_summary.setText(summary)
        self.close_button.setText(tr("Reopen school year") if self._closed
                                  else tr("Close school year…"))
        self.close_button.setToolTip("" if self._closed else tr(
            "Keep the year's lessons, visits and loans for every report, and stop them "
            "from being changed"))
        self.breaks_title.setText(tr("Breaks ({n})").format(n=len(self._breaks)))
        self._update_actions()

    def _fit_columns(self) -> None:
        """Columns as wide as their text and a little air; the name takes what is left.

        The terms table is as tall as its rows: two, usually.
        """
        for view in (self.terms_view, self.breaks_view):
            for column in range(1, view.model().columnCount()):
                view.resizeColumnToContents(column)
                view.setColumnWidth(column, view.columnWidth(column) + COLUMN_AIR)
        view = self.terms_view
        rows = max(2, self.terms_model.rowCount())
        height = (view.horizontalHeader().sizeHint().height()
                  + rows * view.verticalHeader().defaultSectionSize() + 2 * view.frameWidth())
        view.setFixedHeight(height)

    # -- selection ------------------------------------------------------------------------
    @staticmethod
    def _selected(view: QTableView) -> int | None:
        rows = view.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    @staticmethod
    def _select(view: QTableView, row_id: int | None, first: bool = False) -> None:
        model: RowsModel = view.model()
        row = model.row_of(row_id)
        if row is None and first and model.rowCount():
            row = 0
        if row is None:
            view.clearSelection()
            return
        view.selectRow(row)
        view.scrollTo(model.index(row, 0))

    def selected_term(self) -> int | None:
        return self._selected(self.terms_view)

    def selected_break(self) -> int | None:
        return self._selected(self.breaks_view)

    def _update_actions(self) -> None:
        has_year = self.year_id() is not None
        self.close_button.setEnabled(has_year)
        self.new_break_action.setEnabled(has_year)
        self.edit_term_action.setEnabled(has_year and self.selected_term() is not None)
        has_break = has_year and self.selected_break() is not None
        self.edit_break_action.setEnabled(has_break)
        self.delete_break_action.setEnabled(has_break)

    def _year_chosen(self) -> None:
        if self.year_id() is not None:
            settings().setValue(YEAR_KEY, self.year_id())
        self.breaks_view.clearSelection()
        self.load_year()

    # -- actions (what they change is read again when it is broadcast) ---------------------
    def new_year(self) -> None:
        year_id = new_school_year(self, self.desk)
        if year_id is not None:
            self.year_picker.setCurrentIndex(self.year_picker.findData(year_id))

    def toggle_closed(self) -> None:
        """Close the year shown (asked first), or reopen it."""
        year_id, closed = self.year_id(), not self._closed
        if year_id is None:
            return
        if closed and not messages.confirm(
                self, tr("Close school year"),
                tr("Close the school year {name}? Its lessons, visits and loans stay in every "
                   "list and report but can no longer be changed. You can reopen it here."
                   ).format(name=self.year_picker.currentText()),
                tr("Close school year")):
            return
        years = self.desk.school_years
        if run_op(self, lambda: years.close(year_id, closed), initiator=self):
            self.load_year()

    def edit_term(self) -> None:
        term_id = self.selected_term()
        if term_id is not None and self.year_id() is not None:
            edit_term(self, self.desk, term_id)

    def new_break(self) -> None:
        year_id = self.year_id()
        if year_id is None:
            return
        break_id = edit_break(self, self.desk, year_id)
        if break_id is not None:
            self._select(self.breaks_view, break_id)
        self.breaks_view.setFocus()

    def edit_break(self) -> None:
        break_id, year_id = self.selected_break(), self.year_id()
        if break_id is not None and year_id is not None:
            edit_break(self, self.desk, year_id, break_id)

    def delete_break(self) -> None:
        row = self.breaks_model.row_of(self.selected_break())
        if row is None:
            return
        gap: Break = self.breaks_model.row_object(row)
        text = tr("Delete the break “{name}” ({starts} – {ends})? Its days become school days "
                  "again.").format(name=gap.name, starts=format_date(gap.starts),
                                   ends=format_date(gap.ends))
        if not messages.confirm(self, tr("Delete break"), text, tr("Delete")):
            return
        below = self.breaks_model.row_object(row + 1).id \
            if row + 1 < self.breaks_model.rowCount() else None
        years, gap_id = self.desk.school_years, gap.id
        if run_op(self, lambda: years.delete_break(gap_id), initiator=self):
            self._select(self.breaks_view, below)
            self._update_actions()
        else:  # gone already (another window): show the year as it is now
            self.load_year()
