"""Imperative mapping: the domain dataclasses stay free of SQLAlchemy.

Each record is versioned (``version_id_col``): SQLAlchemy counts its saves and writes
``UPDATE … WHERE id = ? AND version = ?``, so two transactions that read the same record
cannot both change it; the second gets ``StaleDataError`` (said as
``ChangedMeanwhile``, see storage/database.py).

Type checkers see a mapped class's attributes as the dataclass declares them (``School.name``
is a ``str``), not as the columns SQLAlchemy puts there: queries name the columns of the
tables (``tables.schools.c.name``), as everywhere else in the services.
"""

from typing import Protocol

from sqlalchemy.orm import Session, registry

from coachdesk.domain.calendar import Break, SchoolYear, Term
from coachdesk.domain.devices import Device, DeviceCategory, Loan, Reservation
from coachdesk.domain.grants import BudgetLine, Cost, Grant
from coachdesk.domain.lessons import Enrollment, Lesson, LessonSeries
from coachdesk.domain.recruitment import Candidate, CandidateStep, RecruitmentRound
from coachdesk.domain.requests import RequestWindow, VisitRequest
from coachdesk.domain.schools import School, Teacher
from coachdesk.domain.topics import Topic
from coachdesk.domain.tutors import Tutor
from coachdesk.domain.visits import Visit, VisitSeries
from coachdesk.storage import tables

mapper_registry = registry(metadata=tables.metadata)
_mapped = False


def map_domain() -> None:
    """Map every entity once; called when a Database opens, never at import time."""
    global _mapped
    if _mapped:
        return
    for cls, table in (
        (School, tables.schools),
        (Teacher, tables.teachers),
        (Topic, tables.topics),
        (Tutor, tables.tutors),
        (SchoolYear, tables.school_years),
        (Term, tables.terms),
        (Break, tables.breaks),
        (Lesson, tables.lessons),
        (LessonSeries, tables.lesson_series),
        (Enrollment, tables.enrollments),
        (Visit, tables.visits),
        (Device, tables.devices),
        (Loan, tables.loans),
        (DeviceCategory, tables.device_categories),
        (Reservation, tables.reservations),
        (RecruitmentRound, tables.recruitment_rounds),
        (Candidate, tables.candidates),
        (CandidateStep, tables.candidate_steps),
        (VisitRequest, tables.visit_requests),
        (RequestWindow, tables.request_windows),
        (VisitSeries, tables.visit_series),
        (Grant, tables.grants),
        (BudgetLine, tables.budget_lines),
        (Cost, tables.costs),
    ):
        # Every UPDATE and DELETE of a record names the version it was read at, so that
        # a change made meanwhile by another desk is never silently overwritten.
        version = table.c.get("version")  # every table mapped here has one (0010, 0015)
        mapper_registry.map_imperatively(cls, table, version_id_col=version)
    _mapped = True


class Record(Protocol):
    id: int | None  # None until the record is saved


def id_of(record: Record) -> int:
    """The id of a saved record."""
    if record.id is None:
        raise ValueError(f"{type(record).__name__} is not saved yet")
    return record.id


def new_id(session: Session, record: Record) -> int:
    """Save the new ``record`` now; the id the database gave it."""
    session.add(record)
    session.flush()
    return id_of(record)
