"""Every row of one CoachDesk database copied into another (a file and a server, either
way), inside the target's one transaction: the caller commits only when the counts agree.

Rows keep their ids, so every reference and the change history stay as they were; on
PostgreSQL each id sequence then starts past the largest id copied. Tables are copied in
the order of their references (a school before its teachers), in chunks, streamed from the
source so that a big city's database never sits in memory whole.
"""

from collections.abc import Callable

from sqlalchemy import Connection, Table, func, select, text

from coachdesk.domain.text import tr
from coachdesk.storage.errors import DatabaseProblem
from coachdesk.storage.tables import metadata

CHUNK = 2_000
Progress = Callable[[str, int], None]  # (table name, rows copied so far)


# A live server's bookkeeping, not data: the window's change counters start again.
NOT_COPIED = frozenset({"change_counters"})


def tables() -> list[Table]:
    """CoachDesk's tables, each after the tables it refers to."""
    return [t for t in metadata.sorted_tables if t.name not in NOT_COPIED]


def counts(conn: Connection) -> dict[str, int]:
    """How many rows each of CoachDesk's tables holds."""
    return {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
            for t in tables()}


def copy_rows(source: Connection, target: Connection,
              progress: Progress | None = None) -> dict[str, int]:
    """Insert every row of ``source`` into ``target`` (whose tables must be empty) with
    the same ids; returns how many rows each table had."""
    copied = {}
    for table in tables():
        done = 0
        query = select(table).order_by(*table.primary_key.columns)
        result = source.execution_options(yield_per=CHUNK).execute(query)
        for chunk in result.partitions():
            target.execute(table.insert(), [row._asdict() for row in chunk])
            done += len(chunk)
            if progress is not None:
                progress(table.name, done)
        copied[table.name] = done
    return copied


def check_counts(expected: dict[str, int], target: Connection) -> None:
    """The copy holds as many rows as the source, table by table (or nothing is kept)."""
    found = counts(target)
    wrong = [name for name, n in expected.items() if found.get(name) != n]
    if wrong:
        raise DatabaseProblem(tr(
            "The copy did not come out whole ({table}: {found} rows instead of {expected}), "
            "so nothing was kept. Try again; if it happens again, check the source with "
            "coachdesk check.").format(table=wrong[0], found=found.get(wrong[0]),
                                       expected=expected[wrong[0]]))


def restart_sequences(conn: Connection) -> None:
    """On PostgreSQL, new ids continue after the largest id copied (SQLite needs nothing:
    its next id is always past the largest)."""
    if conn.dialect.name != "postgresql":
        return
    quote = conn.dialect.identifier_preparer.quote
    for table in tables():
        if "id" in table.c and table.c.id.primary_key:
            conn.execute(text(
                f"SELECT setval(pg_get_serial_sequence(:table, 'id'), "
                f"COALESCE(MAX(id), 0) + 1, false) FROM {quote(table.name)}"),
                {"table": quote(table.name)})


def lock_for_copy(conn: Connection) -> None:
    """No one else writes to the target's tables until the copy is committed."""
    if conn.dialect.name == "postgresql":
        quote = conn.dialect.identifier_preparer.quote
        names = ", ".join(quote(t.name) for t in tables())
        conn.exec_driver_sql(f"LOCK TABLE {names} IN SHARE ROW EXCLUSIVE MODE")
