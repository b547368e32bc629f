"""One generic, SQL-backed list: filter and sort in the database, fetch rows by window.

Like Anki's browser table, a list first reads only the ids in display order (cheap even
for 100,000 rows); the columns are read for the few rows a view actually shows.
"""

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from sqlalchemy import ColumnElement, FromClause, Select, Table, and_, or_, select
from sqlalchemy.sql.visitors import iterate

from coachdesk.domain.characters import one_line
from coachdesk.domain.kinds import RecordKind
from coachdesk.domain.text import search_key
from coachdesk.storage.changes import TABLE_KINDS
from coachdesk.storage.database import Database


@dataclass(frozen=True)
class ListColumn:
    """What a list's column holds and how it sorts; the page that shows it gives its title
    and how a value reads (coachdesk.ui.columns)."""

    key: str
    expr: ColumnElement
    numeric: bool = False
    sort: ColumnElement | None = None  # what to order by, when not the shown value

    @property
    def sort_expr(self) -> ColumnElement:
        return self.expr if self.sort is None else self.sort


@dataclass(frozen=True)
class ListRequest:
    text: str = ""
    filters: Mapping[str, Any] = field(default_factory=dict)
    sort_key: str | None = None
    descending: bool = False


@dataclass(frozen=True)
class ListSource:
    """A list page's data: its columns, and the SQL that filters, sorts and reads it."""

    db: Database
    id_column: ColumnElement
    from_clause: FromClause
    columns: Sequence[ListColumn]
    search: Sequence[ColumnElement]  # folded-text columns that the filter box matches
    filters: Mapping[str, Callable[[Any], ColumnElement | None]] = field(default_factory=dict)
    default_sort: str | None = None
    # Bound parameters the column expressions use (a period, say), with their defaults;
    # a request sets them through ``filters`` under the same names.
    parameters: Mapping[str, Any] = field(default_factory=dict)

    @cached_property
    def kinds(self) -> frozenset[RecordKind]:
        """The kinds of records the list reads (its tables, and those its columns count
        in): a change to one of them makes the list read again."""
        query = select(self.id_column, *(c.expr for c in self.columns)).select_from(
            self.from_clause)
        return frozenset(TABLE_KINDS[node.name] for node in iterate(query)
                         if isinstance(node, Table) and node.name in TABLE_KINDS)

    def column(self, key: str) -> ListColumn:
        return next(c for c in self.columns if c.key == key)

    def _where(self, request: ListRequest) -> ColumnElement | None:
        clauses = []
        # No control character can be in stored text, and PostgreSQL refuses a NUL even
        # in a pattern: they go, as a form's single-line field drops them.
        for word in search_key(one_line(request.text)).split():
            # Escape the LIKE wildcards so that "50%" or "a_b" are found as typed.
            pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            clauses.append(or_(*(col.like(pattern, escape="\\") for col in self.search)))
        for name, value in request.filters.items():
            if name in self.parameters:
                continue
            clause = self.filters[name](value)
            if clause is not None:
                clauses.append(clause)
        return and_(*clauses) if clauses else None

    def _ordered_ids(self, request: ListRequest) -> Select:
        query = select(self.id_column).select_from(self.from_clause)
        where = self._where(request)
        if where is not None:
            query = query.where(where)
        key = request.sort_key or self.default_sort
        if key is not None:
            expr = self.column(key).sort_expr
            # Empty values sort as the smallest on every engine (SQLite's own way;
            # PostgreSQL would put them last).
            query = query.order_by(expr.desc().nulls_last() if request.descending
                                   else expr.asc().nulls_first())
        return query.order_by(self.id_column)

    def bound(self, request: ListRequest | None) -> dict[str, Any]:
        given = request.filters if request is not None else {}
        return {name: given.get(name, default) for name, default in self.parameters.items()}

    def ids(self, request: ListRequest) -> list[int]:
        """Every matching id in display order."""
        with self.db.reading() as conn:
            result = conn.execute(self._ordered_ids(request), self.bound(request))
            # Integer ids need no result processing: reading the driver's rows directly
            # halves the time for 100,000 ids.
            return [row[0] for row in result.cursor.fetchall()]

    def ordered_rows(self, request: ListRequest) -> list[tuple]:
        """Every matching row in display order, its id first, in one query: for a list
        read whole beside the window (its columns are costly to compute for each window
        of rows again)."""
        query = self._ordered_ids(request).add_columns(*(c.expr for c in self.columns))
        with self.db.reading() as conn:
            return [tuple(row) for row in conn.execute(query, self.bound(request))]

    def rows(self, ids: Sequence[int], request: ListRequest | None = None) -> list[tuple]:
        """The column values of these rows, in the order of ``ids``; vanished rows left out."""
        by_id = self.rows_by_id(ids, request)
        return [by_id[i] for i in ids if i in by_id]

    def rows_by_id(self, ids: Sequence[int], request: ListRequest | None = None
                   ) -> dict[int, tuple]:
        if not ids:
            return {}
        query = (
            select(self.id_column, *(c.expr for c in self.columns))
            .select_from(self.from_clause)
            .where(self.id_column.in_(list(ids)))
        )
        with self.db.reading() as conn:
            return {row[0]: tuple(row[1:]) for row in conn.execute(query, self.bound(request))}
