"""Which kinds of records a piece of work wrote, as seen by the engine itself.

Every INSERT, UPDATE and DELETE that reaches the database (through a session, the ORM's
flush, a Core statement or a bulk load) names its table; the tables are kept on the
connection until its transaction commits, then added to the recorder of the work that
runs on this thread (see :func:`recording`). A rollback drops them: only what was saved
is reported. Nothing is recorded when no one is listening.

On a shared server the other coordinators' work is seen through :class:`Counters`: each
transaction that writes a kind of record adds one to that kind's row of
``change_counters`` as it commits, and the window reads the rows every few seconds
(:meth:`Counters.poll`); the kinds whose counter moved, but not by this process's own
transactions, are the others' changes.
"""

import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from sqlalchemy import Connection, Engine, event, select

from coachdesk.domain.kinds import Changes, RecordKind
from coachdesk.storage.tables import change_counters

K = RecordKind
# What each table holds, as the window refreshes it.
TABLE_KINDS: dict[str, RecordKind] = {
    "schools": K.SCHOOL,
    "teachers": K.TEACHER,
    "tutors": K.TUTOR, "tutor_schools": K.TUTOR, "tutor_strengths": K.TUTOR,
    "recruitment_rounds": K.ROUND,
    "candidates": K.CANDIDATE, "candidate_strengths": K.CANDIDATE,
    "candidate_steps": K.CANDIDATE,
    "topics": K.TOPIC,
    "school_years": K.SCHOOL_YEAR, "terms": K.TERM, "breaks": K.BREAK,
    "lessons": K.LESSON, "lesson_series": K.LESSON, "lesson_tutors": K.LESSON,
    "lesson_schools": K.LESSON,
    "enrollments": K.ENROLLMENT,
    "visits": K.VISIT, "visit_series": K.VISIT, "visit_topics": K.VISIT,
    "visit_teachers": K.VISIT,
    "visit_requests": K.REQUEST, "request_windows": K.REQUEST, "request_topics": K.REQUEST,
    "devices": K.DEVICE, "device_categories": K.CATEGORY,
    "loans": K.LOAN, "reservations": K.RESERVATION,
    "audits": K.STOCKTAKE, "audit_items": K.STOCKTAKE,
    "app_settings": K.SETTING, "message_templates": K.TEMPLATE,
    "change_log": K.HISTORY, "erasures": K.HISTORY, "change_counters": K.HISTORY,
    "trainings": K.TRAINING, "certificates": K.CERTIFICATE,
    "assignments": K.ASSIGNMENT, "submissions": K.ASSIGNMENT, "reviews": K.ASSIGNMENT,
    "grants": K.GRANT, "budget_lines": K.GRANT, "costs": K.COST,
    "external_trainings": K.EXTERNAL_TRAINING,
    "form_rows": K.HISTORY,  # which rows of form exports were taken in
    "school_situations": K.SITUATION, "school_devices": K.SITUATION,
    "school_needs": K.SITUATION,
    "competence_levels": K.COMPETENCE, "competence_targets": K.COMPETENCE,
}
# The table that holds records of each kind (where their history is kept).
KIND_TABLES: dict[RecordKind, str] = {
    K.SCHOOL: "schools", K.TEACHER: "teachers", K.TUTOR: "tutors",
    K.ROUND: "recruitment_rounds", K.CANDIDATE: "candidates", K.TOPIC: "topics",
    K.SCHOOL_YEAR: "school_years", K.TERM: "terms", K.BREAK: "breaks",
    K.LESSON: "lessons", K.ENROLLMENT: "enrollments", K.VISIT: "visits",
    K.REQUEST: "visit_requests", K.DEVICE: "devices", K.CATEGORY: "device_categories",
    K.LOAN: "loans", K.RESERVATION: "reservations", K.STOCKTAKE: "audits",
    K.SETTING: "app_settings", K.TEMPLATE: "message_templates", K.HISTORY: "change_log",
    K.TRAINING: "trainings", K.CERTIFICATE: "certificates", K.ASSIGNMENT: "assignments",
    K.GRANT: "grants", K.COST: "costs", K.EXTERNAL_TRAINING: "external_trainings",
    K.SITUATION: "school_situations",
    K.COMPETENCE: "competence_levels",
}
_PENDING = "coachdesk_written_tables"  # connection.info key: tables written, not committed
_WRITE = re.compile(r"^\s*(?:insert\s+(?:or\s+\w+\s+)?into|update|delete\s+from)\s+"
                    r"[\"'`\[]?(\w+)", re.IGNORECASE)


class Recorder:
    """The kinds written by the transactions committed while it listened."""

    def __init__(self) -> None:
        self.tables: set[str] = set()

    @property
    def changes(self) -> Changes:
        return Changes.of(TABLE_KINDS[t] for t in self.tables if t in TABLE_KINDS)


_recorder: ContextVar[Recorder | None] = ContextVar("coachdesk_recorder", default=None)


@contextmanager
def recording() -> Iterator[Recorder]:
    """Record what the work in the block commits on this thread (blocks may nest: an
    outer recorder hears what an inner one heard)."""
    outer = _recorder.get()
    recorder = Recorder()
    token = _recorder.set(recorder)
    try:
        yield recorder
    finally:
        _recorder.reset(token)
        if outer is not None:
            outer.tables |= recorder.tables


def _after_cursor_execute(conn: Connection, _cursor, statement, *_args) -> None:
    # Every statement passes here as the SQL sent, whichever way it was made.
    if _recorder.get() is None or not isinstance(statement, str):
        return
    match = _WRITE.match(statement)
    if match is not None:
        conn.info.setdefault(_PENDING, set()).add(match.group(1).lower())


def _commit(conn: Connection) -> None:
    written = conn.info.pop(_PENDING, None)
    recorder = _recorder.get()
    if written and recorder is not None:
        recorder.tables |= written


def _rollback(conn: Connection) -> None:
    conn.info.pop(_PENDING, None)


def install(engine: Engine) -> None:
    event.listen(engine, "after_cursor_execute", _after_cursor_execute)
    event.listen(engine, "commit", _commit)
    event.listen(engine, "rollback", _rollback)


# -- the others' work, on a server ---------------------------------------------------------
_COUNTED = "coachdesk_counted_tables"  # connection.info key: tables written, to count
# Every write is logged in change_log: counting it would make one row that every
# transaction waits for, and no page needs to see the others' history as it happens.
_NOT_COUNTED = frozenset({K.HISTORY})
_BUMP = ("INSERT INTO change_counters (kind, counter) "
         "SELECT kind, 1 FROM unnest(%s::text[]) AS kind ORDER BY kind "
         "ON CONFLICT (kind) DO UPDATE SET counter = change_counters.counter + 1 "
         "RETURNING kind, counter")


class Counters:
    """The change counters of one server database, as this process last saw them."""

    def __init__(self) -> None:
        self._seen: dict[str, int] | None = None  # None: not read yet
        self._lock = threading.Lock()  # the writer thread and the poll share it

    def install(self, engine: Engine) -> None:
        event.listen(engine, "after_cursor_execute", self._heard)
        event.listen(engine, "commit", self._commit)
        event.listen(engine, "rollback", self._rollback)

    def poll(self, conn: Connection) -> Changes:
        """The kinds others wrote since the last poll (nothing at the first one)."""
        rows = dict(conn.execute(select(change_counters.c.kind, change_counters.c.counter)).all())
        with self._lock:
            seen, self._seen = self._seen, rows
        if seen is None:
            return Changes()
        moved = {kind for kind, n in rows.items() if seen.get(kind) != n}
        known = {kind.value for kind in RecordKind}
        return Changes.of(RecordKind(k) for k in moved if k in known)

    def _heard(self, conn: Connection, _cursor, statement, *_args) -> None:
        if isinstance(statement, str):
            match = _WRITE.match(statement)
            if match is not None:
                conn.info.setdefault(_COUNTED, set()).add(match.group(1).lower())

    def _commit(self, conn: Connection) -> None:
        written = conn.info.pop(_COUNTED, None)
        kinds = sorted({TABLE_KINDS[t].value for t in written or ()
                        if t in TABLE_KINDS} - _NOT_COUNTED)
        if not kinds:
            return
        # On the driver's own cursor, in the transaction being committed: the counters
        # move if and only if the work is saved. The rows are taken in one order, so two
        # transactions never wait for each other the wrong way round.
        dbapi = conn.connection.dbapi_connection
        assert dbapi is not None  # the connection is in use: committing
        cursor = dbapi.cursor()
        try:
            cursor.execute(_BUMP, (kinds,))
            bumped = cursor.fetchall()
        finally:
            cursor.close()
        with self._lock:
            if self._seen is not None:
                for kind, n in bumped:
                    if self._seen.get(kind, 0) == n - 1:  # only ours since the last poll
                        self._seen[kind] = n

    @staticmethod
    def _rollback(conn: Connection) -> None:
        conn.info.pop(_COUNTED, None)
