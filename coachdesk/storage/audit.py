"""The audit trail: every change to a mapped entity is written to ``change_log``.

Session events do the work, so no service has to remember it:

- ``before_flush`` takes a copy of every row the ORM is about to delete (the whole row,
  so that Undo can bring it back with the same id);
- ``after_flush`` writes one ``change_log`` row per inserted, updated or deleted entity,
  in the same transaction: a rollback takes the entries away with the change;
- ``do_orm_execute`` covers Core UPDATE and DELETE statements run through a session on
  the table of a mapped entity (``s.execute(t.devices.update()...)``): the rows they touch
  are read before (and, for an update, after) and logged the same way.

What is *not* logged row by row: writes on link tables that are not entities
(``tutor_schools``, ``lesson_tutors``, …), and bulk writes made on ``session.connection()``
or another Connection (demo data, imports). Those are bulk loads of new data, not edits.

Each entry names who made the change (``login``: the database login on a server, the
computer's user name with a file), so that the history says it and Undo offers each
coordinator their own deletions.

``changes`` holds JSON. An insert: ``{field: [null, new]}`` for the fields that have a
value; an update: ``{field: [old, new]}`` for the changed fields only; a delete: the whole
row ``{field: value}``; a row removed by a Core DELETE also has ``"_statement": true``
(it went with an edit of its parent, such as a request's preferred times, and is not
offered to Undo). Values are JSON-plain: dates and times as ISO text, enums as their
values, Decimals as text (see :func:`plain` and :func:`restore_value`).
"""

import getpass
import json
from collections.abc import Iterable, Mapping
from datetime import date, datetime, time
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    Date,
    DateTime,
    Numeric,
    Table,
    Time,
    event,
    insert,
    select,
)
from sqlalchemy import Enum as SQLEnum
from sqlalchemy.orm import Mapper, ORMExecuteState, Session, sessionmaker
from sqlalchemy.orm.attributes import instance_state

from coachdesk.storage import tables
from coachdesk.storage.mapping import mapper_registry

INSERT, UPDATE, DELETE = "insert", "update", "delete"
_PENDING = "audit_deleted"  # session.info key: rows copied in before_flush
_CHUNK = 500
STATEMENT = "_statement"  # marks a row removed by a Core DELETE


# -- values -------------------------------------------------------------------------------
def plain(value: Any) -> Any:
    """A value as JSON can hold it: dates as ISO text, enums as values, Decimals as text."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return str(value)


def restore_value(column: Column, value: Any) -> Any:
    """The Python value a column takes again from its :func:`plain` form."""
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, SQLEnum) and kind.enum_class is not None:
        return kind.enum_class(value)
    if isinstance(kind, DateTime):
        return datetime.fromisoformat(value)
    if isinstance(kind, Date):
        return date.fromisoformat(value)
    if isinstance(kind, Time):
        return time.fromisoformat(value)
    if isinstance(kind, Numeric) and kind.asdecimal:
        return Decimal(str(value))
    return value


def dumps(changes: Mapping[str, Any]) -> str:
    return json.dumps(changes, ensure_ascii=False, sort_keys=False)


# -- which tables -------------------------------------------------------------------------
_mappers: dict[str, Mapper] = {}


def tracked_mappers() -> dict[str, Mapper]:
    """The mapper of every entity, by table name (built once, after mapping)."""
    if not _mappers:
        for mapper in mapper_registry.mappers:
            table = mapper.local_table
            if isinstance(table, Table) and table is not tables.change_log:
                _mappers[table.name] = mapper
    return _mappers


_column_names: dict[Mapper, list[tuple[str, str]]] = {}


def _columns(mapper: Mapper) -> list[tuple[str, str]]:
    """(attribute key, column name) of every mapped column."""
    names = _column_names.get(mapper)
    if names is None:
        names = _column_names[mapper] = [
            (prop.key, prop.columns[0].name) for prop in mapper.column_attrs]
    return names


def _row_of(obj: Any, mapper: Mapper) -> dict[str, Any]:
    return {name: plain(getattr(obj, key)) for key, name in _columns(mapper)}


def _entry(at: datetime, table: str, row_id: int, action: str, changes: dict) -> dict:
    return {"at": at, "table_name": table, "row_id": row_id, "action": action,
            "changes": dumps(changes), "undone": False}


def _write(session: Session, entries: list[dict]) -> None:
    if entries:
        conn = session.connection()
        who = login(conn)
        conn.execute(insert(tables.change_log), [{**e, "login": who} for e in entries])


_LOGIN = "coachdesk_login"  # the DBAPI connection's info: its login, once found


def login(conn: Connection) -> str:
    """Who is working through ``conn``: the database login on a server (each coordinator
    has their own), the computer's user name with a file."""
    info = conn.info
    if _LOGIN not in info:
        if conn.dialect.name == "postgresql":
            info[_LOGIN] = conn.connection.dbapi_connection.info.user  # known, not asked
        else:
            info[_LOGIN] = computer_user()
    return info[_LOGIN]


def computer_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no user name to be found (a bare container)
        return ""


def now() -> datetime:
    """When a change happened: local wall-clock time, to the second."""
    return datetime.now().replace(microsecond=0)


# -- session events -----------------------------------------------------------------------
def _before_flush(session: Session, _context, _instances) -> None:
    mappers = tracked_mappers()
    pending = []
    for obj in session.deleted:
        mapper = instance_state(obj).mapper
        if mapper.local_table.name in mappers:
            pending.append((mapper.local_table.name, obj.id, _row_of(obj, mapper)))
    session.info[_PENDING] = pending


def _after_flush(session: Session, _context) -> None:
    mappers = tracked_mappers()
    at = now()
    entries = []
    for obj in session.new:
        state = instance_state(obj)
        table = state.mapper.local_table.name
        if table not in mappers:
            continue
        values = {name: [None, plain(getattr(obj, key))]
                  for key, name in _columns(state.mapper) if name != "id"}
        entries.append(_entry(at, table, obj.id, INSERT,
                              {k: v for k, v in values.items() if v[1] not in (None, "")}))
    for obj in session.dirty:
        state = instance_state(obj)
        table = state.mapper.local_table.name
        if table not in mappers or obj in session.deleted:
            continue
        changes = {}
        for key, name in _columns(state.mapper):
            history = state.attrs[key].history
            if not history.added and not history.deleted:
                continue
            old = plain(history.deleted[0]) if history.deleted else None
            new = plain(history.added[0]) if history.added else None
            if old != new:
                changes[name] = [old, new]
        if changes:
            entries.append(_entry(at, table, obj.id, UPDATE, changes))
    for table, row_id, row in session.info.pop(_PENDING, []):
        entries.append(_entry(at, table, row_id, DELETE, row))
    _write(session, entries)


def _on_execute(state: ORMExecuteState):
    """Core UPDATE and DELETE on an entity's table, run through the session."""
    if not (state.is_update or state.is_delete):
        return None
    table = getattr(state.statement, "table", None)
    mapper = tracked_mappers().get(getattr(table, "name", None))
    if mapper is None or isinstance(state.parameters, list):
        return None  # not an entity, or an executemany that names its rows itself
    table = mapper.local_table
    where = state.statement.whereclause
    query = select(*table.c)
    if where is not None:
        query = query.where(where)
    conn = state.session.connection()
    before = {row["id"]: dict(row) for row in conn.execute(query).mappings()}
    result = state.invoke_statement()
    if not before:
        return result
    at = now()
    if state.is_delete:
        entries = [_entry(at, table.name, row_id, DELETE,
                          {**{k: plain(v) for k, v in row.items()}, STATEMENT: True})
                   for row_id, row in before.items()]
    else:
        entries = []
        for after in _rows(conn, table, list(before)):
            old = before[after["id"]]
            changes = {k: [plain(old[k]), plain(v)] for k, v in after.items()
                       if plain(old[k]) != plain(v)}
            if changes:
                entries.append(_entry(at, table.name, after["id"], UPDATE, changes))
    _write(state.session, entries)
    return result


def _rows(conn, table: Table, ids: list[int]) -> Iterable[Mapping[str, Any]]:
    for start in range(0, len(ids), _CHUNK):
        yield from conn.execute(select(*table.c).where(
            table.c.id.in_(ids[start:start + _CHUNK]))).mappings()


def install(sessions: sessionmaker) -> None:
    """Record every change made through sessions of ``sessions`` (called by Database)."""
    event.listen(sessions, "before_flush", _before_flush)
    event.listen(sessions, "after_flush", _after_flush)
    event.listen(sessions, "do_orm_execute", _on_execute)
