"""The one table model behind every list: rows read lazily from a ListSource.

The model holds the ids of every matching row in display order (the database filters
and sorts them) and reads column values in windows as the view scrolls, through
Qt's canFetchMore / fetchMore. ``data()`` is then a list index and one render call.
"""

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from coachdesk.services.listing import ListRequest
from coachdesk.ui.columns import Look, Looks
from coachdesk.ui.formatting import display

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the parent of every row of a flat table
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class LazyTableModel(QAbstractTableModel):
    WINDOW = 200

    def __init__(self, source, parent=None, columns: Looks | None = None):
        super().__init__(parent)
        self._source = source
        self._columns = list(source.columns)
        self._looks = [self._look(spec, columns) for spec in self._columns]
        self._renderers = [self._renderer(i) for i in range(len(self._columns))]
        self._request = ListRequest()
        self._ids: list[int] = []
        self._rows: list[tuple] = []  # values of self._ids[: len(self._rows)]
        self._started = False  # filters set before the first load do not query yet

    @staticmethod
    def _look(spec, columns: Looks | None) -> Look:
        """How the page shows the column (a model made without looks: its key)."""
        if columns is None:
            return Look(spec.key)
        if spec.key not in columns:
            raise KeyError(f"the page gives no look for the list's column {spec.key!r}")
        return columns[spec.key]

    def _renderer(self, column: int) -> Callable[[tuple], str]:
        """One function per column, built once: data() is then an index and a call."""
        look = self._looks[column]
        render = look.render
        if render is None:
            return lambda row: display(row[column])
        if look.with_key is not None:
            other = next(i for i, c in enumerate(self._columns) if c.key == look.with_key)
            return lambda row: render(row[column], row[other])
        return lambda row: "" if row[column] is None else render(row[column])

    # -- what the pages call ------------------------------------------------------------
    @property
    def total(self) -> int:
        return len(self._ids)

    @property
    def request(self):
        return self._request

    def set_text(self, text: str) -> None:
        if text != self._request.text:
            self._request = replace(self._request, text=text)
            self._refresh_if_started()

    def set_filter(self, name: str, value: Any) -> None:
        filters = {**self._request.filters, name: value}
        if filters != self._request.filters:
            self._request = replace(self._request, filters=filters)
            self._refresh_if_started()

    def refresh(self) -> None:
        """Read the ids again (after a change or a new filter) and the first window."""
        self._started = True
        self.beginResetModel()
        self._ids = self._source.ids(self._request)
        self._rows = []
        self._load(self.WINDOW)
        self.endResetModel()

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._rows) else None

    def row_of(self, row_id: int) -> int | None:
        """The row showing ``row_id``, reading further windows if it is not loaded yet."""
        try:
            position = self._ids.index(row_id)
        except ValueError:
            return None
        while position >= len(self._rows) and self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())
        return position if position < len(self._rows) else None

    def column_key(self, column: int) -> str:
        return self._columns[column].key

    def value(self, row: int, key: str) -> Any:
        column = next(i for i, c in enumerate(self._columns) if c.key == key)
        return self._rows[row][column]

    # -- Qt's side -----------------------------------------------------------------------
    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def canFetchMore(self, parent: Index = ROOT) -> bool:
        return not parent.isValid() and len(self._rows) < len(self._ids)

    def fetchMore(self, parent: Index = ROOT) -> None:
        if not self.canFetchMore(parent):
            return
        first = len(self._rows)
        window = self._fetch(first, self.WINDOW)
        if not window:
            return
        self.beginInsertRows(QModelIndex(), first, first + len(window) - 1)
        self._rows.extend(window)
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            return self._renderers[column](self._rows[index.row()])
        if role == Qt.ItemDataRole.TextAlignmentRole and self._columns[index.column()].numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return self._ids[index.row()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._columns)
        ):
            return self._looks[section].title
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        key = self._columns[column].key
        if (key, descending) != (self._request.sort_key, self._request.descending):
            self._request = replace(self._request, sort_key=key, descending=descending)
            self.refresh()

    def _refresh_if_started(self) -> None:
        if self._started:
            self.refresh()

    # -- reading -------------------------------------------------------------------------
    def _load(self, count: int) -> None:
        self._rows.extend(self._fetch(len(self._rows), count))

    def _fetch(self, first: int, count: int) -> list[tuple]:
        """Rows for ids[first:first+count]; ids whose rows vanished meanwhile are dropped."""
        wanted: Sequence[int] = self._ids[first : first + count]
        by_id = self._source.rows_by_id(wanted, self._request)
        if len(by_id) != len(wanted):
            kept = [i for i in wanted if i in by_id]
            self._ids[first : first + count] = kept
            wanted = kept
        return [by_id[i] for i in wanted]
