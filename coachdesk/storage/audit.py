"""The audit trail: every change to a mapped entity is written to ``change_log``.

Session events do the work, so no service has to remember it:

- ``before_flush`` takes a copy of every row the ORM is about to delete (the whole row,
  so that Undo can bring it back with the same id);
- ``after_flush`` writes one ``change_log`` row per inserted, updated or deleted entity,
  in the same transaction: a rollback takes the entries away with the change;
- ``do_orm_execute`` covers Core UPDATE and DELETE statements run through a session on
  the table of a mapped entity (``s.execute(t.devices.update()...)``): the rows they touch
  are read before (and, for an update, after) and logged the same way.

A record's links (``lesson_tutors``, ``visit_topics``, …) are logged as a field of the
record, named after the link table, with the linked records' names as text: the services
replace links through :func:`record_links` (``services/links.py``), which folds them into
the record's insert entry when it was made in the same transaction. A deleted record's
entry keeps its link rows under ``"_links"``, so Undo brings them back too.

What is *not* logged: bulk writes made on ``session.connection()`` or another Connection
(demo data, imports). Those are bulk loads of new data, not edits.

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
_INSERTED = "audit_inserted"  # session.info key: {(table, id): insert entry's changes}
_UPDATED = "audit_updated"  # session.info key: {(table, id)} updated in this transaction
LINKS = "_links"  # a deleted row's link rows: {link table: [row, ...]}
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
            row = _row_of(obj, mapper)
            links = _links_of(session, mapper.local_table, obj.id)
            if links:
                row[LINKS] = links
            pending.append((mapper.local_table.name, obj.id, row))
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
        changes = {k: v for k, v in values.items() if v[1] not in (None, "")}
        session.info.setdefault(_INSERTED, {})[(table, obj.id)] = changes
        entries.append(_entry(at, table, obj.id, INSERT, changes))
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
            saved(session, table, obj.id)
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
            if "version" in changes:  # saved as the mapper saves (versions.update_record)
                saved(state.session, table.name, after["id"])
    _write(state.session, entries)
    return result


def saved(session: Session, table: str, row_id: int) -> None:
    """Remember that the record was saved (one version newer) in this transaction."""
    session.info.setdefault(_UPDATED, set()).add((table, row_id))


def saved_in_transaction(session: Session, table: str, row_id: int) -> bool:
    """Whether this transaction made the record or a version newer already."""
    return ((table, row_id) in session.info.get(_UPDATED, ())
            or (table, row_id) in session.info.get(_INSERTED, {}))


# -- links --------------------------------------------------------------------------------
def link_tables(table: Table) -> list[Table]:
    """The link tables whose rows belong to a row of ``table`` (they go with it)."""
    return [t for t in tables.metadata.sorted_tables
            if t.name not in tracked_mappers() and t is not tables.change_log
            and any(k.column.table is table and k.ondelete == "CASCADE"
                    for k in t.foreign_keys)]


def _links_of(session: Session, table: Table, row_id: int) -> dict[str, list[dict]]:
    found = {}
    for link in link_tables(table):
        owner = next(k.parent for k in link.foreign_keys if k.column.table is table)
        rows = session.connection().execute(select(*link.c).where(owner == row_id))
        kept = [{k: plain(v) for k, v in row.items()} for row in rows.mappings()]
        if kept:
            found[link.name] = kept
    return found


def restore_links(session: Session, links: Mapping[str, list[dict]]) -> None:
    """Put back a deleted row's link rows, leaving out those whose other end is gone."""
    conn = session.connection()
    for name, rows in links.items():
        link = tables.metadata.tables[name]
        for row in rows:
            values = {c.name: restore_value(c, row.get(c.name)) for c in link.columns}
            if all(v is None or conn.execute(select(k.column).where(k.column == v).limit(1))
                   .first() is not None
                   for k in link.foreign_keys for v in [values[k.parent.name]]):
                conn.execute(insert(link).values(values))


def record_links(session: Session, table: str, row_id: int, field: str,
                 old: list[str], new: list[str]) -> None:
    """Log that a record's links (``field``, a link table's name) went from the names
    ``old`` to ``new``: in the record's insert entry if it was made in this transaction."""
    if old == new or table not in tracked_mappers():
        return
    inserted = session.info.get(_INSERTED, {}).get((table, row_id))
    if inserted is not None and not old:
        inserted[field] = [None, ", ".join(new)]
        cl = tables.change_log.c
        newest = session.connection().scalar(
            select(cl.id).where(cl.table_name == table, cl.row_id == row_id,
                                cl.action == INSERT).order_by(cl.id.desc()).limit(1))
        session.connection().execute(tables.change_log.update().where(cl.id == newest)
                                     .values(changes=dumps(inserted)))
        return
    _write(session, [_entry(now(), table, row_id, UPDATE,
                            {field: [", ".join(old), ", ".join(new)]})])


def _rows(conn, table: Table, ids: list[int]) -> Iterable[Mapping[str, Any]]:
    for start in range(0, len(ids), _CHUNK):
        yield from conn.execute(select(*table.c).where(
            table.c.id.in_(ids[start:start + _CHUNK]))).mappings()


def install(sessions: sessionmaker) -> None:
    """Record every change made through sessions of ``sessions`` (called by Database)."""
    event.listen(sessions, "before_flush", _before_flush)
    event.listen(sessions, "after_flush", _after_flush)
    event.listen(sessions, "do_orm_execute", _on_execute)
    event.listen(sessions, "after_transaction_end", _forget_inserted)


def _forget_inserted(session: Session, transaction) -> None:
    if transaction.parent is None:  # the outermost transaction: a new one starts afresh
        session.info.pop(_INSERTED, None)
        session.info.pop(_UPDATED, None)
