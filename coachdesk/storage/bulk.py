"""Writing many checked entities at once, without the ORM's per-object bookkeeping.

Used where thousands of rows go in together (demo data, imports). Callers run each
entity's ``check()`` first, so bulk rows obey the same rules as rows saved one by one.
"""

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, Table, func, select

CHUNK = 5_000


def entity_row(entity: object, table: Table) -> dict[str, Any]:
    """The table's columns read from a domain entity; ``id`` and ``version`` are left to
    the database (a new record is at version 1)."""
    return {c.key: getattr(entity, c.key) for c in table.columns
            if c.key not in ("id", "version")}


def insert_returning_ids(conn: Connection, table: Table, rows: Sequence[dict]) -> list[int]:
    """Insert rows and return their new ids in the same order (works on SQLite and
    PostgreSQL alike through SQLAlchemy's "insertmanyvalues")."""
    ids: list[int] = []
    statement = table.insert().returning(table.c.id, sort_by_parameter_order=True)
    for start in range(0, len(rows), CHUNK):
        ids.extend(conn.execute(statement, list(rows[start:start + CHUNK])).scalars())
    return ids


def insert_rows(conn: Connection, table: Table, rows: Iterable[dict]) -> int:
    """Insert rows (an iterable, consumed in chunks); returns how many."""
    count = 0
    chunk: list[dict] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == CHUNK:
            conn.execute(table.insert(), chunk)
            count += len(chunk)
            chunk = []
    if chunk:
        conn.execute(table.insert(), chunk)
        count += len(chunk)
    return count


def is_empty(conn: Connection, tables: Iterable[Table]) -> bool:
    return all(
        conn.scalar(select(func.count()).select_from(table)) == 0 for table in tables
    )
