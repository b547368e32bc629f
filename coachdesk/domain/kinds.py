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
    SCHOOL = "school"
    TEACHER = "teacher"
    TUTOR = "tutor"
    RECRUITMENT = "recruitment"  # rounds, candidates and their steps
    TOPIC = "topic"
    SCHOOL_YEAR = "school_year"  # school years, terms and breaks
    LESSON = "lesson"  # lessons and series, with their tutors and schools
    ENROLLMENT = "enrollment"  # enrolments, attendance and feedback
    VISIT = "visit"  # visits and series, with their topics and log
    REQUEST = "request"  # visit requests and their preferred times
    DEVICE = "device"  # devices and their categories
    LOAN = "loan"  # loans and reservations
    STOCKTAKE = "stocktake"
    SETTING = "setting"  # settings and message templates
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
