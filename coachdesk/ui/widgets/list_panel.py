"""A list with a filter box around it: the body of every list page.

The keys: Ctrl+F goes to the filter box of the list being worked in (one shortcut per
window, so that a page with several lists is not ambiguous), Enter in the filter box goes
to the list, Enter or a double click on a row opens it (``activated``), Escape empties the
filter box. They are read as key presses of the box and the table, not as shortcuts: a
QShortcut made with a slot on PySide6 ignores its context and acts in the whole window.

The columns fit their content when the first rows arrive (an empty list fits only the
titles), except those the user has resized, which are remembered; the column whose look
says ``stretch`` (long free text) takes the width left over, else the last one does.
"""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
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
FIT_ROWS = 60  # a column fits the rows a screen shows, not a thousand: a page opens faster
WIDEST_CHARACTERS = 40  # a column fitted to long text is no wider than this many
FINDER = "list_finder"  # the window's one Ctrl+F shortcut for its lists
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _install_finder(window: QWidget) -> None:
    """Ctrl+F in ``window``: the filter box of the list that has the focus, or else of
    the page's main list."""
    if window.findChild(QShortcut, FINDER, Qt.FindChildOption.FindDirectChildrenOnly):
        return
    finder = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), window)
    finder.setObjectName(FINDER)
    finder.activated.connect(lambda: _find_in(window))


def _find_in(window: QWidget) -> None:
    widget = QApplication.focusWidget()
    while widget is not None and not isinstance(widget, ListPanel):
        widget = widget.parentWidget()
    if widget is None or widget.window() is not window:
        shown = [panel for panel in window.findChildren(ListPanel) if panel.isVisible()]
        widget = next((panel for panel in shown if panel.main), shown[0] if shown else None)
    if widget is not None:
        widget.focus_filter()


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
        self.main = False  # the page's main list: where Ctrl+F goes from outside any list
        self._stretch_keys = {key for key, look in columns.items() if look.stretch}
        self._user_sized: set[str] = set()  # columns the user gave a width: kept
        self._natural: dict[int, int] = {}  # a column's width fitted to its text
        self._fitted = False  # fitted to rows (not only to the titles)
        self._resizing = False  # the panel sizes the columns: not the user
        self._dragging = False  # the user holds a mouse button on the header
        # The kinds of records the rows show: a change to one of them reads the list again.
        self.kinds = frozenset(getattr(source, "kinds", ()))

        self.filter_box = QLineEdit(placeholderText=tr("Filter… (Ctrl+F)"))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.setObjectName(f"{name}_filter")
        self._filter_timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self._apply_filter)
        self.filter_box.textChanged.connect(self._filter_timer.start)
        self.filter_box.returnPressed.connect(self._apply_filter)  # (Enter is read below)
        self.filter_box.installEventFilter(self)
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
        header.setHighlightSections(False)
        header.setResizeContentsPrecision(FIT_ROWS)
        header.sectionResized.connect(self._section_resized)
        header.viewport().installEventFilter(self)
        self.view.installEventFilter(self)
        self.view.viewport().installEventFilter(self)
        self.view.doubleClicked.connect(lambda index: self._activate())
        self.view.selectionModel().selectionChanged.connect(
            lambda *_: self.selection_changed.emit()
        )
        self.model.modelReset.connect(self._update_count)
        self.model.modelReset.connect(self._rows_arrived)
        self.model.rowsInserted.connect(self._rows_arrived)

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
        if not self._fitted:  # no rows yet: at least every title reads whole
            self._fit_columns()

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
        if visible and self._fitted and key not in self._user_sized:
            self._fit_columns([column])
        self._stretch()

    def set_filter(self, name: str, value) -> None:
        self.model.set_filter(name, value)

    def focus_filter(self) -> None:
        self.filter_box.setFocus()
        self.filter_box.selectAll()

    def focus_list(self) -> None:
        """The table takes the focus, on the selected row or else the first."""
        self.view.setFocus()
        first = self.model.id_at(0)
        if self.selected_row() is None and first is not None:
            self.select_id(first)

    def save_state(self) -> None:
        state = settings()
        state.setValue(self._header_key, self.view.horizontalHeader().saveState())
        state.setValue(self._sized_key, ",".join(sorted(self._user_sized)))

    @property
    def _header_key(self) -> str:
        return f"lists/{self.objectName()}/header"

    @property
    def _sized_key(self) -> str:
        return f"lists/{self.objectName()}/sized_by_user"

    def _restore_header(self) -> None:
        header = self.view.horizontalHeader()
        state = settings().value(self._header_key)
        if state is not None:
            header.restoreState(state)
        keys = {self.model.column_key(i) for i in range(self.model.columnCount())}
        sized = str(settings().value(self._sized_key, "") or "")
        self._user_sized = {key for key in sized.split(",") if key in keys}
        # (after the state, which holds the modes of the version that saved it)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(not self._stretch_keys)

    # -- the columns' widths ---------------------------------------------------------------
    def _rows_arrived(self, *_args) -> None:
        if not self._fitted and self.model.rowCount():
            self._fit_columns()

    def _fit_columns(self, columns: list[int] | None = None) -> None:
        """Fit the columns (all but the user's) to their titles and the rows loaded."""
        header = self.view.horizontalHeader()
        widest = self.fontMetrics().averageCharWidth() * WIDEST_CHARACTERS
        self._resizing = True
        try:
            for column in columns if columns is not None else range(self.model.columnCount()):
                if self.model.column_key(column) in self._user_sized:
                    continue
                width = max(header.sectionSizeHint(column),
                            min(self.view.sizeHintForColumn(column), widest))
                self._natural[column] = width
                header.resizeSection(column, width)
        finally:
            self._resizing = False
        if columns is None and self.model.rowCount():
            self._fitted = True
        self._stretch()

    def _stretch_column(self) -> int | None:
        for column in range(self.model.columnCount()):
            key = self.model.column_key(column)
            if (key in self._stretch_keys and key not in self._user_sized
                    and not self.view.isColumnHidden(column)):
                return column
        return None

    def _stretch(self) -> None:
        """The stretching column takes the width the others leave (never less than its
        text needs: then the table scrolls sideways)."""
        column = self._stretch_column()
        if column is None:
            return
        header = self.view.horizontalHeader()
        others = sum(header.sectionSize(i) for i in range(self.model.columnCount())
                     if i != column and not self.view.isColumnHidden(i))
        natural = self._natural.get(column, header.sectionSizeHint(column))
        width = max(natural, self.view.viewport().width() - others)
        if width != header.sectionSize(column):
            self._resizing = True
            try:
                header.resizeSection(column, width)
            finally:
                self._resizing = False

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        if self._resizing or not self._dragging:
            return  # the panel's own sizing, a restored state or the stretching column
        self._user_sized.add(self.model.column_key(column))
        self._stretch()

    # -- the keys and the mouse ------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        pressed = event if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) else None
        if pressed is not None and pressed.key() in ENTER_KEYS and not (
                pressed.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            if watched is self.view:
                self._activate()
                return True
            if watched is self.filter_box:
                self._apply_filter()
                if self.model.rowCount():
                    self.focus_list()
                return True
        if (pressed is not None and pressed.key() == Qt.Key.Key_Escape
                and watched is self.filter_box and self.filter_box.text()):
            self.filter_box.clear()
            return True  # (an empty box lets Escape close a dialog)
        if watched is self.view.horizontalHeader().viewport():
            if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
                self._dragging = True
            elif kind == QEvent.Type.MouseButtonRelease:
                self._dragging = False
        elif watched is self.view.viewport() and kind == QEvent.Type.Resize:
            self._stretch()
        return super().eventFilter(watched, event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        _install_finder(self.window())

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
