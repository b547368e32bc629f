"""A small sortable table of rows held in memory: a school year's terms, the tutors
proposed for a request. Long lists use the lazy, SQL-sorted LazyTableModel instead."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from operator import attrgetter
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from coachdesk.ui.formatting import display

ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # the value a column sorts by
NO_PARENT = QModelIndex()


@dataclass(frozen=True)
class Column:
    header: str
    value: Callable[[Any], Any]  # what the column sorts by
    text: Callable[[Any], str] = display
    numeric: bool = False
    tip: Callable[[Any], str] | None = None  # a tooltip from the row


class RowsModel(QAbstractTableModel):
    """A few dozen rows held in memory, sorted by clicking a header; ``id_of`` gives a row's
    id (its ``id`` unless told)."""

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None,
                 id_of: Callable[[Any], int] = attrgetter("id")):
        super().__init__(parent)
        self.columns = list(columns)
        self._id_of = id_of
        self._rows: list[Any] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if self._sort is not None:
            self._rows = self._sorted(self._rows, *self._sort)
        self.endResetModel()

    def row_object(self, row: int) -> Any:
        return self._rows[row]

    def row_of(self, row_id: int | None) -> int | None:
        return next((i for i, r in enumerate(self._rows) if self._id_of(r) == row_id), None)

    # -- Qt's side ------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(column.value(row))
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return self._id_of(row)
        if role == SORT_ROLE:
            return column.value(row)
        if role == Qt.ItemDataRole.ToolTipRole and column.tip is not None:
            return column.tip(row)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].header
            if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[section].numeric:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = list(self._rows)
        self._rows = self._sorted(self._rows, column, order)
        where = {id(r): i for i, r in enumerate(self._rows)}
        old = self.persistentIndexList()
        new = [self.index(where[id(before[i.row()])], i.column()) for i in old]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _sorted(self, rows: list[Any], column: int, order: Qt.SortOrder) -> list[Any]:
        value = self.columns[column].value

        def key(row: Any) -> tuple:
            v = value(row)
            if isinstance(v, str):
                v = v.casefold()
            return (v is None, v if v is not None else 0)

        return sorted(rows, key=key, reverse=order == Qt.SortOrder.DescendingOrder)
