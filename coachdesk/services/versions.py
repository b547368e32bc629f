"""desk.versions: a form saves over the record it read, never over someone else's change.

A form reads the record's version as it opens (:meth:`VersionService.of`) and saves inside
:meth:`VersionService.expecting`: when the record was saved meanwhile (another coordinator
on the server, another window), the save is refused with :class:`ChangedMeanwhile`, which
says who changed what; the form keeps its input, and the user reads the record again or
saves their values over the change on purpose (``expecting`` the version now).

The check runs as the unit of work flushes, on the record as the transaction read it; the
database then updates it only at that version (``version_id_col``, storage/mapping.py), so
two saves at the same moment cannot both pass.
"""

import json
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import instance_state, set_committed_value

from coachdesk.domain.errors import ChangedMeanwhile, NotFound
from coachdesk.domain.kinds import RecordKind
from coachdesk.domain.text import tr
from coachdesk.services.history import HIDDEN_FIELDS, field_label, record_kind
from coachdesk.storage import audit, tables
from coachdesk.storage.changes import KIND_TABLES
from coachdesk.storage.database import Database

# (table name, id) -> the version the form read: what the current operation expects.
_expected: ContextVar[dict[tuple[str, int], int] | None] = ContextVar(
    "coachdesk_expected_versions", default=None)


class VersionService:
    def __init__(self, db: Database):
        self.db = db
        db.on_flush(_check)

    def of(self, kind: RecordKind, record_id: int) -> int:
        """The record's version now: read it as the form opens."""
        table = tables.metadata.tables[KIND_TABLES[kind]]
        with self.db.reading() as conn:
            version = conn.scalar(select(table.c.version).where(table.c.id == record_id))
        if version is None:
            raise NotFound(tr("That {what} no longer exists.").format(
                what=record_kind(table.name)))
        return version

    @contextmanager
    def expecting(self, kind: RecordKind, record_id: int, version: int) -> Iterator[None]:
        """Service calls in the block save the record only at ``version``."""
        wanted = {**(_expected.get() or {}), (KIND_TABLES[kind], record_id): version}
        token = _expected.set(wanted)
        try:
            yield
        finally:
            _expected.reset(token)


def update_record(session: Session, table: Table, row_id: int, values: dict[str, Any]
                  ) -> bool:
    """A Core UPDATE of one record, checked as the mapper checks an entity (a table
    written without the ORM): one version newer, only at the version this transaction read
    and, in an operation that expects a version, at that one. Values that are the
    record's already write nothing. False when there is no such record."""
    row = session.execute(select(table.c.version, *(table.c[key] for key in values))
                          .where(table.c.id == row_id)).first()
    if row is None:
        return False
    if all(row._mapping[key] == value for key, value in values.items()):
        return True
    wanted = (_expected.get() or {}).get((table.name, row_id))
    if (wanted is not None and wanted != row.version
            and not audit.saved_in_transaction(session, table.name, row_id)):
        raise _changed(session, table.name, row_id, wanted, row.version)
    done = session.execute(table.update()
                           .where(table.c.id == row_id, table.c.version == row.version)
                           .values(**values, version=row.version + 1)
                           .returning(table.c.id)).first() is not None
    if not done:  # saved by someone else since this transaction read it
        raise _changed(session, table.name, row_id, row.version, row.version + 1)
    return True


def touch(session: Session, table: Table, row_id: int) -> None:
    """The record changed through rows of its own (a lesson's tutors, a grant's budget
    lines): one version newer, as a save of its fields makes it, so that a form open on it
    hears of the change; checked as such a save is, at the version the operation expects
    and the one this transaction read. Call it before writing those rows: on a server it
    holds the record until the transaction ends, so a second desk changing them waits and
    is refused. Once a transaction: a record saved in it is newer already."""
    session.flush()  # the record's own fields first: saving them makes it newer
    if audit.saved_in_transaction(session, table.name, row_id):
        return
    mapper = audit.tracked_mappers().get(table.name)
    entity = (session.identity_map.get(session.identity_key(mapper.class_, row_id))
              if mapper is not None else None)
    read = (entity.version if entity is not None else session.scalar(
        select(table.c.version).where(table.c.id == row_id)))
    if read is None:  # no such record (the caller says so) or not versioned
        return
    wanted = (_expected.get() or {}).get((table.name, row_id))
    if wanted is not None and wanted != read:
        raise _changed(session, table.name, row_id, wanted, read)
    # On the connection, not logged: the change itself is (audit.record_links).
    done = session.connection().execute(
        table.update().where(table.c.id == row_id, table.c.version == read)
        .values(version=read + 1)).rowcount == 1
    if not done:  # saved by someone else since this transaction read it
        raise _changed(session, table.name, row_id, read, read + 1)
    if entity is not None:  # the mapper saves it next at the version it now has
        set_committed_value(entity, "version", read + 1)
    audit.saved(session, table.name, row_id)


def _check(session: Session, _context, _instances) -> None:
    expected = _expected.get()
    if not expected:
        return
    for entity in (*session.dirty, *session.deleted):
        state = instance_state(entity)
        if state.key is None:
            continue
        key = (state.mapper.persist_selectable.description, state.key[1][0])
        if audit.saved_in_transaction(session, *key):  # checked as it was saved first
            continue
        wanted = expected.get(key)
        if wanted is None or wanted == entity.version:
            continue
        if entity in session.dirty and not session.is_modified(entity):
            continue
        raise _changed(session, *key, wanted, entity.version)


def _changed(session: Session, table: str, row_id: int, wanted: int, now: int
             ) -> ChangedMeanwhile:
    """What was saved since ``wanted``: each save of a record makes it one version newer
    and writes one entry, so the newest ``now - wanted`` updates are the others' work."""
    cl = tables.change_log.c
    rows = session.connection().execute(
        select(cl.login, cl.changes).where(cl.table_name == table, cl.row_id == row_id,
                                           cl.action == audit.UPDATE)
        .order_by(cl.id.desc()).limit(max(now - wanted, 1))).all()
    who = tuple(dict.fromkeys(r.login for r in reversed(rows) if r.login))
    fields = tuple(dict.fromkeys(
        field_label(name) for r in reversed(rows) for name in json.loads(r.changes or "{}")
        if name not in HIDDEN_FIELDS))
    message = tr("{who} changed this {what} after you opened it ({fields}), so nothing was "
                 "saved. Reload to see their values, or keep yours and save again to "
                 "replace theirs.").format(
        who=", ".join(who) or tr("Someone else"), what=record_kind(table),
        fields=", ".join(fields) or tr("no field shown here"))
    return ChangedMeanwhile(message, who, fields, now)
