"""The kinds of records CoachDesk keeps, and what an operation changed.

An operation in the window (saving a form, lending a device, undoing a deletion) reports
the kinds of records it wrote as a :class:`Changes`; each page refreshes only when the
kinds it shows are among them (Anki's ``OpChanges``). Today's links name their target by
kind too, never by a page title, so they survive a rename or a translation.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class RecordKind(StrEnum):
    """One kind per kind of record; links belong to the record that owns them (a lesson's
    tutors are part of the lesson)."""

    SCHOOL = "school"
    TEACHER = "teacher"
    TUTOR = "tutor"  # with strengths and schools served
    ROUND = "round"  # a recruitment round
    CANDIDATE = "candidate"  # with strengths and steps
    TOPIC = "topic"
    SCHOOL_YEAR = "school_year"
    TERM = "term"
    BREAK = "break"
    LESSON = "lesson"  # lessons and their series, tutors and schools
    ENROLLMENT = "enrollment"  # enrolments, attendance and feedback
    VISIT = "visit"  # visits and their series, topics and logged teachers
    REQUEST = "request"  # visit requests, their preferred times and topics
    DEVICE = "device"
    CATEGORY = "category"  # device categories
    LOAN = "loan"
    RESERVATION = "reservation"
    STOCKTAKE = "stocktake"  # stock-takes and what was seen
    SETTING = "setting"
    TEMPLATE = "template"  # message templates
    TRAINING = "training"  # trainings: a series or a lesson with its completion rule
    CERTIFICATE = "certificate"  # certificates issued, and revoked
    ASSIGNMENT = "assignment"  # a training's assignments, submissions and peer reviews
    EXTERNAL_TRAINING = "external_training"  # training a teacher did elsewhere
    GRANT = "grant"  # grants and their budget lines
    COST = "cost"  # costs entered or imported on a budget line
    SITUATION = "situation"  # a school's ICT situation: devices, platforms, network, needs
    COMPETENCE = "competence"  # digital-competence levels, their scale and targets
    HISTORY = "history"  # the change log, which Undo reads


@dataclass(frozen=True)
class Changes:
    """The kinds of records an operation wrote; empty when it wrote nothing."""

    kinds: frozenset[RecordKind] = frozenset()

    @classmethod
    def of(cls, kinds: Iterable[RecordKind]) -> "Changes":
        return cls(frozenset(kinds))

    @classmethod
    def everything(cls) -> "Changes":
        """Another file opened, a backup restored: every page reads again."""
        return cls(frozenset(RecordKind))

    def touches(self, kinds: Iterable[RecordKind]) -> bool:
        return not self.kinds.isdisjoint(kinds)

    def __bool__(self) -> bool:
        return bool(self.kinds)

    def __or__(self, other: "Changes") -> "Changes":
        return Changes(self.kinds | other.kinds)
