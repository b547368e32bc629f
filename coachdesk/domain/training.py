"""Trainings that end in a certificate: what completes one, and where a teacher stands.

A *training* is a lesson series (or one lesson) with a completion rule: a minimum share
of its sessions attended (late counts as present when the rule says so; an excused
absence never does), and when it says so every assignment handed in and every peer
review given. :func:`completion` says of one teacher whether the training is completed,
still in progress (it can still be), or not completed, with the reason in words.
"""

import math
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from coachdesk.domain.competence import Scale
from coachdesk.domain.lessons import Attendance
from coachdesk.domain.text import tr
from coachdesk.domain.validation import Checker, clean, clean_text

NAME_MAX = 200
TEXT_MAX = 5_000
REVIEWERS_MAX = 10  # peers who review each submission
SCORE_MAX = 10  # the highest a review's scale may go


class CompletionStatus(StrEnum):
    COMPLETED = "completed"
    IN_PROGRESS = "in_progress"
    NOT_COMPLETED = "not_completed"

    @property
    def label(self) -> str:
        return {
            CompletionStatus.COMPLETED: tr("Completed"),
            CompletionStatus.IN_PROGRESS: tr("In progress"),
            CompletionStatus.NOT_COMPLETED: tr("Not completed"),
        }[self]


@dataclass(frozen=True)
class CompletionRule:
    """What completes a training."""

    min_attendance: int = 80  # per cent of the sessions, rounded up to whole sessions
    late_counts: bool = True  # a late arrival counts as present
    require_submissions: bool = False  # every assignment handed in
    require_reviews: bool = False  # every peer review asked of the teacher given

    def counts(self, mark: Attendance | None) -> bool:
        """Whether a session marked ``mark`` counts as attended."""
        return mark is Attendance.PRESENT or (self.late_counts and mark is Attendance.LATE)

    def needed(self, sessions: int) -> int:
        """Sessions to attend out of ``sessions`` (at least one when there are any)."""
        if sessions <= 0:
            return 0
        return max(1, math.ceil(sessions * self.min_attendance / 100 - 1e-9))


@dataclass(frozen=True)
class Progress:
    """Where one teacher stands in a training, as counted from the records."""

    marks: tuple[Attendance | None, ...] = ()  # one per session not cancelled; None: not
    # marked yet (to come, or not marked after it)
    assignments: tuple["Work", ...] = ()  # the training's assignments, as this teacher did


@dataclass(frozen=True)
class Work:
    """One assignment as one teacher stands with it."""

    title: str
    due_on: date | None
    handed_in: bool = False
    reviews_asked: int = 0  # peer reviews of others' work asked of the teacher
    reviews_given: int = 0

    def open(self, today: date) -> bool:
        """Whether it can still be done: no due date, or the date not passed."""
        return self.due_on is None or self.due_on >= today


@dataclass(frozen=True)
class Completion:
    status: CompletionStatus
    reason: str
    attended: int
    sessions: int


def completion(rule: CompletionRule, progress: Progress, today: date | None = None
               ) -> Completion:
    """Completed, in progress or not completed, and why (in the language spoken). Work
    whose due date is before ``today`` (default: today) can no longer be done."""
    today = today or date.today()
    sessions = len(progress.marks)
    attended = sum(1 for mark in progress.marks if rule.counts(mark))
    open_sessions = sum(1 for mark in progress.marks if mark is None)
    needed = rule.needed(sessions)
    problems: list[tuple[bool, str]] = []  # (can still be done, what is missing)
    if sessions == 0:
        problems.append((True, tr("No session is planned yet.")))
    elif attended < needed:
        still = attended + open_sessions >= needed
        text = (tr("Attended {attended} of {sessions} sessions so far; {needed} needed.")
                if still else
                tr("Attended {attended} of {sessions} sessions; {needed} needed."))
        problems.append((still, text.format(attended=attended, sessions=sessions,
                                            needed=needed)))
    for work in progress.assignments:
        if rule.require_submissions and not work.handed_in:
            problems.append((work.open(today), tr("“{title}” not handed in.").format(
                title=work.title)))
        if rule.require_reviews and work.reviews_given < work.reviews_asked:
            problems.append((work.open(today), tr(
                "{n} peer reviews of “{title}” still to give.").format(
                n=work.reviews_asked - work.reviews_given, title=work.title)))
    if not problems:
        return Completion(CompletionStatus.COMPLETED,
                          tr("Attended {attended} of {sessions} sessions.").format(
                              attended=attended, sessions=sessions), attended, sessions)
    hopeless = [text for still, text in problems if not still]
    status = CompletionStatus.NOT_COMPLETED if hopeless else CompletionStatus.IN_PROGRESS
    return Completion(status, " ".join(text for _still, text in problems), attended, sessions)


@dataclass(frozen=True)
class TrainingDraft:
    """A training as its form or a test gives it: a series or a single lesson, with its
    completion rule and the content its certificate states."""

    name: str = ""
    series_id: int | None = None
    lesson_id: int | None = None
    description: str = ""  # the content, on the certificate under the training's name
    min_attendance: int | None = 80
    late_counts: bool = True
    require_submissions: bool = False  # completing asks every assignment handed in
    require_reviews: bool = False  # ... and every peer review asked given
    reviewers: int | None = 2  # peers who review each submission
    score_max: int | None = 5  # a review scores from 1 to this
    earns_level: int | None = None  # the digital-competence level a certificate earns
    organiser: str = ""  # on the certificate: "City of Vantaa, Education services"
    signer: str = ""  # on the certificate: the coordinator's name

    @property
    def rule(self) -> CompletionRule:
        return CompletionRule(self.min_attendance or 0, self.late_counts,
                              self.require_submissions, self.require_reviews)

    def tidied(self) -> "TrainingDraft":
        return replace(self, name=clean(self.name), description=clean_text(self.description),
                       organiser=clean(self.organiser), signer=clean(self.signer))

    def check(self) -> None:
        draft = self.tidied()
        c = Checker()
        c.single_line("name", draft.name, tr("Name"))
        c.multi_line("description", draft.description, tr("Content"))
        c.required("name", draft.name, tr("Name"))
        c.max_length("name", draft.name, NAME_MAX, tr("Name"))
        c.max_length("description", draft.description, TEXT_MAX, tr("Content"))
        for key, value, label in (("organiser", draft.organiser, tr("Organiser")),
                                  ("signer", draft.signer, tr("Signed by"))):
            c.single_line(key, value, label)
            c.max_length(key, value, NAME_MAX, label)
        if (draft.series_id is None) == (draft.lesson_id is None):
            c.fail("source", tr("Choose the lesson series or the single lesson the training "
                                "is made of."))
        if draft.min_attendance is None or not 0 <= draft.min_attendance <= 100:
            c.fail("min_attendance", tr("Give the share of sessions to attend, from 0 to "
                                        "100 %."))
        if self.reviewers is None or not 1 <= self.reviewers <= REVIEWERS_MAX:
            c.fail("reviewers", tr("Give the number of peers who review each submission, "
                                   "from 1 to {n}.").format(n=REVIEWERS_MAX))
        if self.score_max is None or not 2 <= self.score_max <= SCORE_MAX:
            c.fail("score_max", tr("Give the highest score of a review, from 2 to {n}.")
                   .format(n=SCORE_MAX))
        highest = max(len(scale.levels) for scale in Scale)
        if self.earns_level is not None and not 1 <= self.earns_level <= highest:
            c.fail("earns_level", tr("Choose a level from 1 to {n}.").format(n=highest))
        c.raise_if_any()
