"""What the imports of form exports share (issue 24): the kinds of form, their fields,
the register of rows already taken in, and the plan a preview shows.

A form tool (Microsoft Forms, Google Forms, Webropol) exports one row per response
under a header row of the questions as they were typed. ``coachdesk.reports.imports``
reads such a sheet into :class:`~coachdesk.services.imports.ImportRow` values with the
same column mapping as the coordinator's own lists; ``desk.forms`` takes them in.

The register (``form_rows``) keeps a digest of each row taken in (its timestamp and the
answers that say who asked for what), never the answers themselves, so importing the
same export again takes no one in twice and keeps no personal data of its own.
"""

import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection, insert, select

from coachdesk.domain.errors import ValidationError
from coachdesk.domain.text import nfc, search_key, tr
from coachdesk.storage import tables as t


class FormKind(StrEnum):
    SIGNUPS = "signups"
    CANCELLATIONS = "cancellations"
    REQUESTS = "requests"

    @property
    def label(self) -> str:
        return {FormKind.SIGNUPS: tr("Sign-ups"), FormKind.CANCELLATIONS: tr("Cancellations"),
                FormKind.REQUESTS: tr("Visit requests")}[self]


def form_fields_of(kind: FormKind) -> dict[str, str]:
    """The answers a column can be mapped to, with their labels, in form order."""
    person = {"submitted": tr("Time of the answer"), "name": tr("Name"),
              "email": tr("E-mail"), "school": tr("School")}
    if kind is FormKind.SIGNUPS:
        return {**person, "choices": tr("Lessons chosen")}
    if kind is FormKind.CANCELLATIONS:
        return {**person, "choices": tr("Lessons cancelled")}
    return {"submitted": tr("Time of the answer"), "school": tr("School"),
            "asked_by_name": tr("Who asks"), "asked_by": tr("Role"), "email": tr("E-mail"),
            "purpose": tr("Purpose"), "topics": tr("Topics"),
            "times": tr("Preferred times"), "urgency": tr("Urgency"),
            "teachers_count": tr("Number of teachers"), "minutes": tr("Length (minutes)"),
            "description": tr("Description")}


FORM_REQUIRED: dict[FormKind, tuple[str, ...]] = {
    FormKind.SIGNUPS: ("submitted", "email", "choices"),
    FormKind.CANCELLATIONS: ("submitted", "email", "choices"),
    FormKind.REQUESTS: ("submitted", "school"),
}

# The answers that make a row the same row again, whatever other columns are mapped.
_IDENTITY: dict[FormKind, tuple[str, ...]] = {
    FormKind.SIGNUPS: ("submitted", "email", "name", "choices"),
    FormKind.CANCELLATIONS: ("submitted", "email", "name", "choices"),
    FormKind.REQUESTS: ("submitted", "school", "asked_by_name", "email", "purpose", "topics",
                        "times"),
}


def key(value: Any) -> str:
    """An answer as look-ups compare it: one Unicode form (NFC), any case, trimmed, the
    spaces inside it as one."""
    return search_key(" ".join(nfc(str(value or "")).split()))


def digest(kind: FormKind, values: dict[str, Any]) -> str:
    """The row's fingerprint in the register."""
    parts = {name: (values[name].isoformat(timespec="seconds")
                    if isinstance(values.get(name), datetime) else key(values.get(name)))
             for name in _IDENTITY[kind]}
    text = json.dumps([kind.value, parts], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


def taken_in(conn: Connection, kind: FormKind) -> set[str]:
    c = t.form_rows.c
    return set(conn.scalars(select(c.digest).where(c.kind == kind.value)))


def remember(conn: Connection, kind: FormKind, digests: Iterable[str], now: datetime) -> None:
    rows = [{"kind": kind.value, "digest": d, "imported_at": now} for d in dict.fromkeys(digests)]
    if rows:
        conn.execute(insert(t.form_rows), rows)


_SEPARATORS = re.compile(r"[;\n]+")


def split_choices(value: Any) -> list[str]:
    """A multi-choice answer's choices: Microsoft Forms and Webropol separate them with
    semicolons (and end with one), some exports with line breaks."""
    return [part.strip() for part in _SEPARATORS.split(str(value or "")) if part.strip()]


class Outcome(StrEnum):
    ENROLLED = "enrolled"
    WAITLISTED = "waitlisted"
    REFUSED = "refused"
    CANCELLED = "cancelled"  # a cancellation form's row done
    MOVED_UP = "moved_up"  # a waiting teacher who got the seat freed
    REQUESTED = "requested"  # a visit request recorded
    ALREADY = "already"  # the row was imported before
    UNKNOWN = "unknown"  # no such teacher, and none is added: left for later
    LEFT_OUT = "left_out"  # the coordinator left the row out
    PROBLEM = "problem"  # the row cannot be read: nothing is saved

    @property
    def label(self) -> str:
        return {Outcome.ENROLLED: tr("enrolled"), Outcome.WAITLISTED: tr("waiting list"),
                Outcome.REFUSED: tr("refused"), Outcome.CANCELLED: tr("cancelled"),
                Outcome.MOVED_UP: tr("moved up from the waiting list"),
                Outcome.REQUESTED: tr("new request"),
                Outcome.ALREADY: tr("already imported"),
                Outcome.UNKNOWN: tr("unknown teacher"), Outcome.LEFT_OUT: tr("left out"),
                Outcome.PROBLEM: tr("problem")}[self]


# Outcomes the teacher is told about by e-mail afterwards.
TOLD = (Outcome.ENROLLED, Outcome.WAITLISTED, Outcome.REFUSED, Outcome.CANCELLED,
        Outcome.MOVED_UP)


class Refusal(StrEnum):
    """Why a choice could not be granted; said to the coordinator and in the teacher's
    e-mail, each in its own language."""

    CANCELLED = "cancelled"
    STARTED = "started"
    NOT_OPEN = "not_open"
    ALREADY_IN = "already_in"
    ARCHIVED = "archived"
    NOT_ENROLLED = "not_enrolled"

    def text(self) -> str:
        """Why, as the coordinator reads it in the plan."""
        return {
            Refusal.CANCELLED: tr("the lesson has been cancelled"),
            Refusal.STARTED: tr("the lesson has already started or been held"),
            Refusal.NOT_OPEN: tr("the lesson is not open to the teacher's school"),
            Refusal.ALREADY_IN: tr("already signed up"),
            Refusal.ARCHIVED: tr("the teacher is archived"),
            Refusal.NOT_ENROLLED: tr("not signed up: nothing to cancel"),
        }[self]

    def to_teacher(self) -> str:
        """Why, as the teacher reads it in their e-mail (in the language spoken)."""
        return {
            Refusal.CANCELLED: tr("the lesson has been cancelled"),
            Refusal.STARTED: tr("the lesson has already started or been held"),
            Refusal.NOT_OPEN: tr("the lesson is not open to your school"),
            Refusal.ALREADY_IN: tr("you were already signed up"),
            Refusal.ARCHIVED: tr("you are no longer on the list of teachers"),
            Refusal.NOT_ENROLLED: tr("you were not signed up"),
        }[self]


@dataclass
class FormLine:
    """What one row of the form does with one of its choices (or the whole row)."""

    row: int
    who: str  # "name — school", or the school of a request
    what: str = ""  # the lesson or series chosen; a request's purpose
    outcome: Outcome = Outcome.PROBLEM
    refusal: Refusal | None = None
    note: str = ""  # in the coordinator's language: "new teacher", "place 3"
    problems: list[str] = field(default_factory=list)
    # For the e-mail afterwards: whom to write to, in which language, about which lessons.
    teacher_id: int | None = None
    email: str = ""
    language: str = ""
    lesson_ids: tuple[int, ...] = ()

    def explanation(self) -> str:
        """The reason or note, and the problems, on one line."""
        parts = [self.refusal.text() if self.refusal else "", self.note, *self.problems]
        return " ".join(p if p.endswith(".") else p + "." for p in parts if p)

    def describe(self) -> str:
        text = tr("Row {row}: {who}").format(row=self.row, who=self.who or "—")
        if self.what:
            text += f" · {self.what}"
        text += f": {self.outcome.label}"
        said = self.explanation()
        return f"{text} — {said}" if said else text


@dataclass
class FormPlan:
    kind: FormKind
    lines: list[FormLine]
    saved: bool = False
    new_teachers: int = 0

    def count(self, outcome: Outcome) -> int:
        return sum(1 for x in self.lines if x.outcome is outcome)

    @property
    def problem_lines(self) -> list[FormLine]:
        return [x for x in self.lines if x.problems]

    @property
    def problem_rows(self) -> list[int]:
        return list(dict.fromkeys(x.row for x in self.problem_lines))

    @property
    def ok(self) -> bool:
        return not self.problem_lines

    def told(self) -> list[FormLine]:
        """The lines whose teacher gets an e-mail about them."""
        return [x for x in self.lines if x.outcome in TOLD and x.teacher_id is not None]

    def summary(self) -> str:
        counts = [(outcome, self.count(outcome)) for outcome in Outcome]
        text = ", ".join(f"{outcome.label} {n}" for outcome, n in counts if n)
        if self.new_teachers:
            text += "; " + tr("new teachers: {n}").format(n=self.new_teachers)
        return (text or tr("no rows")) + "."


class FormProblems(ValidationError):
    """Rows of the form cannot be taken in; nothing was saved. ``plan`` has every row."""

    SHOWN = 20

    def __init__(self, plan: FormPlan):
        self.plan = plan
        bad = plan.problem_lines
        super().__init__({f"row {x.row}": " ".join(x.problems) for x in bad})
        rows = ", ".join(str(r) for r in plan.problem_rows[:self.SHOWN])
        head = tr("Nothing was imported: the rows {rows} of the form have problems. Correct "
                  "them in the file or leave them out, then import again.").format(rows=rows)
        self.args = ("\n".join([head, *(x.describe() for x in bad[:self.SHOWN])]),)


class DryRun(Exception):
    """Raised inside a unit of work to undo it once its plan is known (a preview)."""

    def __init__(self, plan: FormPlan):
        super().__init__("dry run")
        self.plan = plan
