"""A list with a filter box around it: the body of every list page."""

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.text import tr
from coachdesk.ui import messages
from coachdesk.ui.columns import Looks
from coachdesk.ui.settings import settings
from coachdesk.ui.table_model import LazyTableModel

FILTER_DELAY_MS = 250  # wait for a pause in typing before querying


class ListPanel(QWidget):
    activated = Signal(int)  # id of the row opened with Enter or a double-click
    selection_changed = Signal()

    def __init__(
        self,
        source,
        name: str,
        count_text: Callable[[int], str],
        empty_text: str = "",
        parent: QWidget | None = None,
        *,
        columns: Looks,
    ):
        super().__init__(parent)
        self.setObjectName(name)
        self._count_text = count_text
        self._empty_text = empty_text
        self.model = LazyTableModel(source, self, columns)
        # The kinds of records the rows show: a change to one of them reads the list again.
        self.kinds = frozenset(getattr(source, "kinds", ()))

        self.filter_box = QLineEdit(placeholderText=tr("Filter… (Ctrl+F)"))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.setObjectName(f"{name}_filter")
        self._filter_timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self._apply_filter)
        self.filter_box.textChanged.connect(self._filter_timer.start)
        self.filter_box.returnPressed.connect(self._apply_filter)
        self.count_label = QLabel()

        self.controls = QHBoxLayout()
        self.controls.addWidget(self.filter_box, 2)
        self.controls.addStretch(1)
        self.controls.addWidget(self.count_label)

        self.view = QTableView()
        self.view.setObjectName(f"{name}_table")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        self.view.doubleClicked.connect(lambda index: self._activate())
        self.view.selectionModel().selectionChanged.connect(
            lambda *_: self.selection_changed.emit()
        )
        self.model.modelReset.connect(self._update_count)

        # Said in the middle of an empty list: what to do next, or that the filter hides all.
        self.empty_label = QLabel(self.view.viewport())
        self.empty_label.setObjectName(f"{name}_empty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: palette(dark); padding: 24px;")
        self.empty_label.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.controls)
        layout.addWidget(self.view)

        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_filter)
        # Enter opens a row only while the table has the focus, never a field beside it.
        QShortcut(QKeySequence("Return"), self.view, self._activate,
                  context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence("Escape"), self.filter_box, lambda: self.filter_box.clear())

        self._restore_header()

    def add_control(self, widget: QWidget) -> None:
        """Put a page's own control (a toggle, a picker) next to the filter box."""
        self.controls.insertWidget(1, widget)

    def start(self) -> None:
        """First load, sorted as the user left it (by the first column the first time)."""
        header = self.view.horizontalHeader()
        remembered = settings().contains(self._header_key)
        if not remembered or header.sortIndicatorSection() >= self.model.columnCount():
            header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)  # sorts by the indicator, which reads the rows
        if not remembered:
            # Measured on the rows a screen shows, not a thousand: a page opens faster.
            self.view.horizontalHeader().setResizeContentsPrecision(60)
            self.view.resizeColumnsToContents()

    def refresh(self, select_id: int | None = None) -> None:
        """Read the list again, keeping (or moving) the selection and the scroll position."""
        keep = select_id if select_id is not None else self.selected_id()
        scroll = self.view.verticalScrollBar().value()
        try:
            self.model.refresh()
        except CoachDeskError as exc:
            messages.error(self, str(exc))
            return
        self.view.verticalScrollBar().setValue(scroll)
        if keep is not None:
            self.select_id(keep)

    def selected_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.id_at(rows[0].row()) if rows else None

    def selected_row(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def select_id(self, row_id: int) -> bool:
        row = self.model.row_of(row_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index)
        return True

    def show_column(self, key: str, visible: bool) -> None:
        column = next(i for i in range(self.model.columnCount()) if self.model.column_key(i) == key)
        self.view.setColumnHidden(column, not visible)

    def set_filter(self, name: str, value) -> None:
        self.model.set_filter(name, value)

    def focus_filter(self) -> None:
        self.filter_box.setFocus()
        self.filter_box.selectAll()

    def save_state(self) -> None:
        settings().setValue(self._header_key, self.view.horizontalHeader().saveState())

    @property
    def _header_key(self) -> str:
        return f"lists/{self.objectName()}/header"

    def _restore_header(self) -> None:
        state = settings().value(self._header_key)
        if state is not None:
            self.view.horizontalHeader().restoreState(state)

    def clear_search(self) -> None:
        """Empty the filter box and show the whole list at once, not after the typing
        delay (a record about to be selected must not be hidden by the text)."""
        self.filter_box.clear()
        self._apply_filter()

    def _apply_filter(self) -> None:
        self._filter_timer.stop()
        try:
            self.model.set_text(self.filter_box.text())
        except CoachDeskError as exc:
            messages.error(self, str(exc))

    def _activate(self) -> None:
        row_id = self.selected_id()
        if row_id is not None:
            self.activated.emit(row_id)

    def set_empty_text(self, text: str) -> None:
        """What an empty list says (when no filter text narrows it)."""
        self._empty_text = text
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(self._count_text(self.model.total))
        empty = self.model.total == 0
        if empty:
            narrowed = bool(self.model.request.text.strip())
            self.empty_label.setText(
                tr("Nothing matches “{text}”.").format(text=self.model.request.text.strip())
                if narrowed else self._empty_text
            )
            self.empty_label.resize(self.view.viewport().size())
        self.empty_label.setVisible(empty and bool(self.empty_label.text()))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.empty_label.resize(self.view.viewport().size())
