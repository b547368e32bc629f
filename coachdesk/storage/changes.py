"""Which kinds of records a piece of work wrote, as seen by the engine itself.

Every INSERT, UPDATE and DELETE that reaches the database (through a session, the ORM's
flush, a Core statement or a bulk load) names its table; the tables are kept on the
connection until its transaction commits, then added to the recorder of the work that
runs on this thread (see :func:`recording`). A rollback drops them: only what was saved
is reported. Nothing is recorded when no one is listening.
"""

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from sqlalchemy import Connection, Engine, event

from coachdesk.domain.kinds import Changes, RecordKind

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
    "change_log": K.HISTORY, "erasures": K.HISTORY,
    "trainings": K.TRAINING, "certificates": K.CERTIFICATE,
    "grants": K.GRANT, "budget_lines": K.GRANT, "costs": K.COST,
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
    K.TRAINING: "trainings", K.CERTIFICATE: "certificates",
    K.GRANT: "grants", K.COST: "costs",
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
