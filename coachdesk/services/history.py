"""desk.history: what changed in a record, and Undo of the last deletion.

The entries are written by :mod:`coachdesk.storage.audit` whenever a service changes
data; this service only reads them, and brings a deleted row back.
"""

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Enum as SQLEnum
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from coachdesk.domain.errors import CoachDeskError, NotFound
from coachdesk.domain.kinds import RecordKind
from coachdesk.domain.text import tr
from coachdesk.storage import audit, tables
from coachdesk.storage.changes import KIND_TABLES
from coachdesk.storage.database import Database

cl = tables.change_log.c

# Derived columns kept for searching and sorting, and the count of saves: never worth
# showing.
HIDDEN_FIELDS = {"id", "name_key", "search_key", "sort_key", "version"}
# What a row of a table is called in a sentence ("the break “Autumn break”").
_NAME_FIELDS = ("name", "title", "asset_tag")


class CannotUndo(CoachDeskError):
    """The deleted row cannot come back; the message says why."""


@dataclass(frozen=True)
class FieldChange:
    field: str  # column name
    label: str  # readable, translated
    old: Any  # JSON-plain values: ISO text for dates, Decimals as text; enums as labels
    new: Any


@dataclass(frozen=True)
class HistoryEntry:
    id: int
    at: datetime
    action: str  # insert, update, delete
    what: str  # "Created", "Changed", "Deleted", "Restored" (translated)
    changes: list[FieldChange]
    undone: bool
    login: str = ""  # who made it: the database login ("" before revision 0010)


@dataclass(frozen=True)
class Deletion:
    entry_id: int
    table_name: str
    row_id: int
    at: datetime
    name: str  # the record's name or title, "" if it has none
    description: str  # "the break “Autumn break” deleted at 12:03"


def kind_name(kind: RecordKind) -> str:
    """What one record of ``kind`` is called, translated and in lower case."""
    return record_kind(KIND_TABLES[kind])


def record_kind(table_name: str) -> str:
    """What one row of ``table_name`` is called, translated and in lower case."""
    kinds = {
        "schools": tr("school"), "teachers": tr("teacher"), "topics": tr("topic"),
        "tutors": tr("tutor"), "school_years": tr("school year"), "terms": tr("term"),
        "breaks": tr("break"), "lessons": tr("lesson"), "lesson_series": tr("lesson series"),
        "enrollments": tr("enrolment"), "visits": tr("visit"), "devices": tr("device"),
        "loans": tr("loan"), "device_categories": tr("device category"),
        "reservations": tr("reservation"), "recruitment_rounds": tr("recruitment round"),
        "candidates": tr("candidate"), "candidate_steps": tr("candidate step"),
        "visit_requests": tr("visit request"), "request_windows": tr("preferred time"),
        "visit_series": tr("visit series"), "trainings": tr("training"),
        "grants": tr("grant"), "budget_lines": tr("budget line"), "costs": tr("cost"),
    }
    return kinds.get(table_name) or table_name.replace("_", " ")  # every table is named above


def field_label(field: str) -> str:
    """A column name as a person reads it: "home_school_id" → "Home school"."""
    labels = {
        "name": tr("Name"), "email": tr("E-mail"), "kind": tr("Kind"),
        "language": tr("Language"), "status": tr("Status"), "archived": tr("Archived"),
        "notes": tr("Notes"), "starts": tr("Starts"), "ends": tr("Ends"),
        "starts_at": tr("Starts"), "ends_at": tr("Ends"), "title": tr("Title"),
        "school_id": tr("School"), "home_school_id": tr("Home school"),
        "tutor_id": tr("Tutor"), "teacher_id": tr("Teacher"), "topic_id": tr("Topic"),
        "school_year_id": tr("School year"), "device_id": tr("Device"),
        "asset_tag": tr("Asset tag"), "price": tr("Price"), "minutes": tr("Minutes"),
        "capacity": tr("Capacity"), "level": tr("Level"), "purpose": tr("Purpose"),
        "due_on": tr("Due"), "out_on": tr("Lent on"), "returned_on": tr("Returned on"),
        "teacher_count": tr("Teachers in total"), "address": tr("Address"),
        # a record's links (storage/audit.py: record_links)
        "lesson_tutors": tr("Tutors"), "lesson_schools": tr("Schools"),
        "visit_topics": tr("Topics"), "visit_teachers": tr("Teachers"),
        "request_topics": tr("Topics"), "tutor_schools": tr("Schools"),
        "candidate_strengths": tr("Strengths"),
    }
    if field in labels:
        return labels[field]
    text = field.removesuffix("_id").replace("_", " ")
    return text[:1].upper() + text[1:]  # a column without a label of its own: its name


class HistoryService:
    def __init__(self, db: Database):
        self.db = db

    def of(self, kind: RecordKind, row_id: int) -> list[HistoryEntry]:
        """Every recorded change of one record, newest first."""
        table_name = KIND_TABLES[kind]
        with self.db.reading() as conn:
            rows = conn.execute(
                select(cl.id, cl.at, cl.action, cl.changes, cl.undone, cl.login)
                .where(cl.table_name == table_name, cl.row_id == row_id)
                .order_by(cl.id)).all()
        mapper = audit.tracked_mappers().get(table_name)
        columns = {c.name: c for c in mapper.local_table.columns} if mapper else {}

        def change(field: str, old: Any, new: Any) -> FieldChange:
            column = columns.get(field)
            return FieldChange(field, field_label(field), _readable(column, old),
                               _readable(column, new))

        entries, deleted = [], False
        for row in rows:
            changes = json.loads(row.changes or "{}")
            if row.action == audit.DELETE:
                what, fields = tr("Deleted"), [
                    change(k, v, None) for k, v in changes.items()
                    if k not in HIDDEN_FIELDS and not k.startswith("_")
                    and v not in (None, "", False)]
            else:
                what = {audit.INSERT: tr("Restored") if deleted else tr("Created"),
                        audit.UPDATE: tr("Changed")}.get(row.action, row.action)
                fields = [change(k, old, new) for k, (old, new) in changes.items()
                          if k not in HIDDEN_FIELDS
                          and (row.action != audit.INSERT or new not in (None, "", False))]
                if row.action == audit.UPDATE and not fields:
                    continue  # only a derived column changed
            deleted = row.action == audit.DELETE
            entries.append(HistoryEntry(row.id, row.at, row.action, what, fields,
                                        bool(row.undone), row.login))
        entries.reverse()
        return entries

    def last_deletion(self) -> Deletion | None:
        """What Edit → Undo would restore: the user's newest deletion not undone yet (on
        a shared server, never another coordinator's)."""
        with self.db.reading() as conn:
            row = conn.execute(self._last_query()).first()
        return None if row is None else self._deletion(row)

    def undo_last_deletion(self) -> Deletion:
        """Bring the last deleted row back with its id and mark its entry undone.

        Raises :class:`NotFound` when nothing is left to undo, and :class:`CannotUndo` when
        the row cannot come back (what it belonged to is gone, or its place is taken)."""
        with self.db.transaction() as s:
            row = s.execute(self._last_query()).first()
            if row is None:
                raise NotFound(tr("There is no deletion to undo."))
            deletion = self._deletion(row)
            mapper = audit.tracked_mappers().get(row.table_name)
            if mapper is None:
                raise CannotUndo(tr("{what} cannot be restored.").format(
                    what=_capital(deletion.description)))
            table = audit.table_of(mapper)
            stored = json.loads(row.changes)
            values = {c.name: audit.restore_value(c, stored.get(c.name)) for c in table.columns}
            if s.get(mapper.class_, row.row_id) is not None:
                raise CannotUndo(tr(
                    "{what} cannot be restored: another record has taken its place."
                ).format(what=_capital(deletion.description)))
            for column in table.columns:
                value = values[column.name]
                for key in column.foreign_keys:
                    target = key.column
                    if value is not None and s.execute(
                            select(target).where(target == value).limit(1)).first() is None:
                        raise CannotUndo(tr(
                            "{what} cannot be restored: the {owner} it belonged to has been "
                            "deleted since."
                        ).format(what=_capital(deletion.description),
                                 owner=record_kind(target.table.name)))
            entity = mapper.class_manager.new_instance()
            for prop in mapper.column_attrs:
                setattr(entity, prop.key, values[prop.columns[0].name])
            s.add(entity)
            try:
                s.flush()
            except IntegrityError:
                raise CannotUndo(tr(
                    "{what} cannot be restored: it clashes with a record made since (the same "
                    "name, say). Rename or remove that one first."
                ).format(what=_capital(deletion.description))) from None
            audit.restore_links(s, stored.get(audit.LINKS, {}))
            s.execute(update(tables.change_log).where(cl.id == row.id).values(undone=True))
            return deletion

    def _last_query(self):
        # Rows removed by a statement went with an edit of their parent: not undoable.
        # The user's own deletions only; those recorded before logins were (revision
        # 0010) were made on one laptop by its one user.
        return (select(cl.id, cl.at, cl.table_name, cl.row_id, cl.changes)
                .where(cl.action == audit.DELETE, ~cl.undone,
                       ~cl.changes.contains(f'"{audit.STATEMENT}": true'),
                       cl.login.in_([self.db.login, ""]))
                .order_by(cl.id.desc()).limit(1))

    @staticmethod
    def _deletion(row) -> Deletion:
        stored = json.loads(row.changes or "{}")
        name = next((str(stored[f]) for f in _NAME_FIELDS if stored.get(f)), "")
        kind = record_kind(row.table_name)
        when = (f"{row.at:%H:%M}" if row.at.date() == date.today()
                else f"{row.at.day}.{row.at.month}.{row.at.year} {row.at:%H:%M}")
        if name:
            text = tr("the {kind} “{name}” deleted at {when}").format(
                kind=kind, name=name, when=when)
        else:
            text = tr("the {kind} number {id} deleted at {when}").format(
                kind=kind, id=row.row_id, when=when)
        return Deletion(row.id, row.table_name, row.row_id, row.at, name, text)


def _readable(column, value: Any) -> Any:
    """An enum's stored value as its label ("comprehensive" → "Comprehensive school")."""
    kind = getattr(column, "type", None)
    if value is None or not isinstance(kind, SQLEnum) or kind.enum_class is None:
        return value
    try:
        member = kind.enum_class(value)
    except ValueError:
        return value
    return getattr(member, "label", value)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
