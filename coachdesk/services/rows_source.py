"""A small list whose values are worked out in Python: a ListSource's face for the window.

Most lists filter and sort in SQL (coachdesk.storage.lists). A few are small by nature
and hold what a rule of the domain works out, not a column: the participants of one
training with their completion status (a course has tens of teachers, not thousands).
Computing such a rule twice, once in Python and again as SQL, would let the two drift
apart; this source computes the rows once per refresh with the domain's rule and filters,
searches and sorts them in memory, with the same interface as a ListSource.
"""

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

from coachdesk.domain.kinds import RecordKind
from coachdesk.domain.text import search_key
from coachdesk.storage.lists import ListRequest


@dataclass(frozen=True)
class RowColumn:
    key: str
    numeric: bool = False


Read = Callable[[Mapping[str, Any]], list[tuple[int, tuple]]]


class RowsSource:
    """Rows of ``read(filters)`` as (id, values in column order); ``search`` names the
    columns the filter box matches."""

    def __init__(self, columns: Sequence[RowColumn], read: Read, kinds: frozenset[RecordKind],
                 search: Sequence[str] = (), default_sort: str | None = None):
        self.columns = list(columns)
        self.kinds = kinds
        self._read = read
        self._search = [self._index(key) for key in search]
        self.default_sort = default_sort
        self._rows: dict[int, tuple] = {}

    def _index(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    def column(self, key: str) -> RowColumn:
        return self.columns[self._index(key)]

    def ids(self, request: ListRequest) -> list[int]:
        rows = self._read(request.filters)
        self._rows = dict(rows)
        words = search_key(request.text).split()
        if words:
            rows = [(i, values) for i, values in rows
                    if all(any(word in search_key(str(values[c] or "")) for c in self._search)
                           for word in words)]
        key = request.sort_key or self.default_sort
        if key is not None:
            column = self._index(key)

            def order(item: tuple[int, tuple]) -> tuple:
                value = item[1][column]
                if isinstance(value, Enum):
                    value = value.value
                if isinstance(value, str):
                    value = search_key(value)
                return (value is not None, value if value is not None else 0)

            rows = sorted(rows, key=order, reverse=request.descending)
        return [i for i, _values in rows]

    def rows_by_id(self, ids: Sequence[int], request: ListRequest | None = None
                   ) -> dict[int, tuple]:
        return {i: self._rows[i] for i in ids if i in self._rows}

    def rows(self, ids: Sequence[int], request: ListRequest | None = None) -> list[tuple]:
        return [self._rows[i] for i in ids if i in self._rows]
