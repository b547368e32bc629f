"""desk.trainings: lesson series (or single lessons) that end in a certificate.

A training names its series or lesson once and says what completes it (a share of the
sessions attended, late counting as present or not). Where each enrolled teacher stands
is worked out from the attendance marked, with the domain's rule
(:func:`coachdesk.domain.training.completion`):

- the sessions are the lessons of the series that are not cancelled;
- a teacher takes part when they hold a seat in at least one of them;
- a session the teacher holds a seat in counts by its mark (unmarked: not known yet);
  a session that is over and that they had no seat in counts as missed, one still to
  come as not known yet (they may still enroll).
"""

from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError

from coachdesk.domain.errors import NotFound, ValidationError
from coachdesk.domain.formats import format_date, format_date_range
from coachdesk.domain.kinds import RecordKind
from coachdesk.domain.lessons import Attendance, EnrollmentStatus, LessonStatus
from coachdesk.domain.text import search_key, tr
from coachdesk.domain.training import (
    Completion,
    CompletionRule,
    CompletionStatus,
    Progress,
    TrainingDraft,
    completion,
)
from coachdesk.domain.validation import storable
from coachdesk.services.rows_source import RowColumn, RowsSource
from coachdesk.services.versions import update_record
from coachdesk.services.work import work_of
from coachdesk.storage import tables as t
from coachdesk.storage.database import Database

SERIES, LESSON = "series", "lesson"


@dataclass(frozen=True)
class TrainingSession:
    lesson_id: int
    title: str
    topic: str | None
    starts_at: datetime
    ends_at: datetime
    minutes: int


@dataclass(frozen=True)
class TrainingFacts:
    """What a training is, as its certificate states it."""

    id: int
    name: str
    description: str
    rule: CompletionRule
    sessions: tuple[TrainingSession, ...]
    organiser: str = ""
    signer: str = ""

    @property
    def first_day(self) -> date | None:
        return self.sessions[0].starts_at.date() if self.sessions else None

    @property
    def last_day(self) -> date | None:
        return self.sessions[-1].starts_at.date() if self.sessions else None

    @property
    def hours(self) -> float:
        return sum(s.minutes for s in self.sessions) / 60

    @property
    def topics(self) -> list[str]:
        """The sessions' topics in the order they first come (the titles without one)."""
        seen: dict[str, None] = {}
        for s in self.sessions:
            seen.setdefault(s.topic or s.title, None)
        return list(seen)


@dataclass(frozen=True)
class Participant:
    teacher_id: int
    name: str
    email: str
    school_id: int
    school: str
    result: Completion
    certificate: str = ""  # the code of the certificate issued, if any
    revoked: bool = False  # ... and it has been revoked

    @property
    def status(self) -> CompletionStatus:
        return self.result.status


class TrainingService:
    def __init__(self, db: Database):
        self.db = db

    # -- one training -------------------------------------------------------------------
    def add(self, draft: TrainingDraft) -> int:
        """Add a training; returns its id. A series or lesson has one training at most."""
        values = self._checked(draft)
        with self.db.transaction() as s:
            self._check_source(s, draft)
            try:
                return s.execute(t.trainings.insert().values(**values).returning(
                    t.trainings.c.id)).scalar_one()
            except IntegrityError as exc:
                raise self._taken() from exc

    def update(self, training_id: int, draft: TrainingDraft) -> None:
        values = self._checked(draft)
        with self.db.transaction() as s:
            self._check_source(s, draft)
            try:
                done = update_record(s, t.trainings, training_id, values)
            except IntegrityError as exc:
                raise self._taken() from exc
            if not done:
                raise self._gone()

    def draft(self, training_id: int) -> TrainingDraft:
        c = t.trainings.c
        with self.db.reading() as conn:
            row = conn.execute(select(c.name, c.series_id, c.lesson_id, c.description,
                                      c.min_attendance, c.late_counts, c.require_submissions,
                                      c.require_reviews, c.reviewers, c.score_max,
                                      c.organiser, c.signer, c.earns_level)
                               .where(c.id == training_id)).first()
        if row is None:
            raise self._gone()
        return TrainingDraft(**row._asdict())

    def choices(self) -> list[tuple[int, str]]:
        """(id, name) of every training, the latest first."""
        c, le = t.trainings.c, t.lessons.c
        # A training is a series or one lesson: each found through its own index. (One
        # subquery with "series or lesson" walked every lesson from the earliest, years
        # of them, until it met the training's first.)
        first = func.coalesce(
            select(func.min(le.starts_at)).where(le.series_id == c.series_id)
            .group_by(le.series_id)  # through the series' index, not the dates'
            .correlate(t.trainings).scalar_subquery(),
            select(le.starts_at).where(le.id == c.lesson_id)
            .correlate(t.trainings).scalar_subquery())
        with self.db.reading() as conn:
            return [(row.id, row.name) for row in conn.execute(
                select(c.id, c.name).order_by(first.desc(), c.id.desc()))]

    def find(self, name_or_id: str) -> tuple[int, str]:
        """(id, name) of the training called ``name_or_id`` (case does not matter; a
        part of the name will do when only one has it) or with that id."""
        trainings = self.choices()
        text = (name_or_id or "").strip()
        if text.isdigit():
            found = [x for x in trainings if x[0] == int(text)]
        else:
            key = search_key(text)
            found = [x for x in trainings if search_key(x[1]) == key] or [
                x for x in trainings if key and key in search_key(x[1])]
        if len(found) == 1:
            return found[0]
        if found:
            raise NotFound(tr("Several trainings match “{name}”: {names}. Give more of the "
                              "name, or the id.").format(
                name=name_or_id, names=", ".join(f"{n} ({i})" for i, n in found[:5])))
        raise NotFound(tr("There is no training called “{name}”.").format(name=name_or_id))

    def of_lesson(self, lesson_id: int) -> int | None:
        """The training a lesson belongs to (through its series or by itself), or None."""
        c, le = t.trainings.c, t.lessons.c
        with self.db.reading() as conn:
            return conn.scalar(
                select(c.id).select_from(t.lessons.join(t.trainings, or_(
                    c.lesson_id == le.id,
                    (c.series_id == le.series_id) & le.series_id.is_not(None))))
                .where(le.id == lesson_id))

    def sources(self, training_id: int | None = None) -> list[tuple[tuple[str, int], str]]:
        """What a training may be made of, for its form: each lesson series and each
        single lesson not cancelled that has no training yet (besides ``training_id``'s
        own), as ((SERIES or LESSON, id), "title, n sessions, dates"), the latest first."""
        le, c = t.lessons.c, t.trainings.c
        taken = select(c.series_id, c.lesson_id)
        if training_id is not None:
            taken = taken.where(c.id != training_id)
        with self.db.reading() as conn:
            used = conn.execute(taken).all()
            rows = conn.execute(
                select(le.id, le.series_id, le.title, le.starts_at)
                .where(le.status != LessonStatus.CANCELLED)
                .order_by(le.starts_at, le.id)).all()
        used_series = {row.series_id for row in used if row.series_id is not None}
        used_lessons = {row.lesson_id for row in used if row.lesson_id is not None}
        series: dict[int, list] = defaultdict(list)
        found: list[tuple[datetime, tuple[str, int], str]] = []
        for row in rows:
            if row.series_id is not None:
                series[row.series_id].append(row)
            elif row.id not in used_lessons:
                found.append((row.starts_at, (LESSON, row.id), tr("{title}, {day}").format(
                    title=row.title, day=format_date(row.starts_at.date()))))
        for series_id, lessons in series.items():
            if series_id in used_series:
                continue
            title = Counter(x.title for x in lessons).most_common(1)[0][0]
            found.append((lessons[0].starts_at, (SERIES, series_id),
                          tr("{title}, {n} sessions, {dates}").format(
                              title=title, n=len(lessons), dates=format_date_range(
                                  lessons[0].starts_at.date(), lessons[-1].starts_at.date()))))
        found.sort(key=lambda x: x[0], reverse=True)
        return [(key, label) for _when, key, label in found]

    def facts(self, training_id: int) -> TrainingFacts:
        """The training's name, content, rule and sessions (not cancelled), in order."""
        with self.db.reading() as conn:
            return self._facts(conn, training_id)

    # -- where the teachers stand ---------------------------------------------------------
    def participants(self, training_id: int, now: datetime | None = None,
                     school_id: int | None = None) -> list[Participant]:
        """Every teacher holding a seat in a session of the training, by name, with
        their status and its reason (in the language spoken)."""
        now = now or datetime.now()
        e, tc, sc = t.enrollments.c, t.teachers.c, t.schools.c
        with self.db.reading() as conn:
            facts = self._facts(conn, training_id)
            sessions = [x.lesson_id for x in facts.sessions]
            query = (select(e.teacher_id, e.lesson_id, e.status, e.attendance, tc.name,
                            tc.email, tc.school_id, sc.name.label("school"))
                     .select_from(t.enrollments.join(t.teachers, e.teacher_id == tc.id)
                                  .join(t.schools, tc.school_id == sc.id))
                     .where(e.lesson_id.in_(sessions),
                            e.status == EnrollmentStatus.ENROLLED))
            if school_id is not None:
                query = query.where(tc.school_id == school_id)
            rows = conn.execute(query).all() if sessions else []
        marks: dict[int, dict[int, Attendance | None]] = defaultdict(dict)
        people = {}
        for row in rows:
            marks[row.teacher_id][row.lesson_id] = row.attendance
            people[row.teacher_id] = row
        over = {x.lesson_id for x in facts.sessions if x.ends_at <= now}
        ce = t.certificates.c
        with self.db.reading() as conn:
            issued = {row.teacher_id: row for row in conn.execute(
                select(ce.teacher_id, ce.code, ce.revoked_on)
                .where(ce.training_id == training_id))}
            work = work_of(conn, training_id)

        def mark(teacher: int, lesson: int) -> Attendance | None:
            if lesson in marks[teacher]:
                return marks[teacher][lesson]
            return Attendance.ABSENT if lesson in over else None

        def certificate(teacher: int) -> dict[str, Any]:
            row = issued.get(teacher)
            return {} if row is None else {"certificate": row.code,
                                           "revoked": row.revoked_on is not None}

        found = [Participant(teacher, row.name, row.email, row.school_id, row.school,
                             completion(facts.rule, Progress(tuple(
                                 mark(teacher, lesson) for lesson in sessions), work(teacher)),
                                 now.date()),
                             **certificate(teacher))
                 for teacher, row in people.items()]
        return sorted(found, key=lambda p: (p.name.casefold(), p.teacher_id))

    def participants_source(self, now: datetime | None = None) -> RowsSource:
        """The participants of one training as a list: filters ``training_id`` (nothing
        without it) and ``school_id``."""

        def read(filters: Mapping[str, Any]) -> list[tuple[int, tuple]]:
            training = filters.get("training_id")
            if training is None:
                return []
            try:
                found = self.participants(training, now, filters.get("school_id"))
            except NotFound:
                return []
            return [(p.teacher_id, (p.name, p.school, p.result.attended, p.result.sessions,
                                    p.status, p.result.reason, p.certificate, p.revoked))
                    for p in found]

        return RowsSource(
            [RowColumn("teacher"), RowColumn("school"), RowColumn("attended", numeric=True),
             RowColumn("sessions", numeric=True), RowColumn("status"), RowColumn("reason"),
             RowColumn("certificate"), RowColumn("revoked")],
            read, frozenset({RecordKind.TRAINING, RecordKind.ENROLLMENT, RecordKind.LESSON,
                             RecordKind.TEACHER, RecordKind.SCHOOL, RecordKind.CERTIFICATE,
                             RecordKind.ASSIGNMENT}),
            search=["teacher", "school"], default_sort="teacher")

    # -- inside ---------------------------------------------------------------------------
    def _facts(self, conn, training_id: int) -> TrainingFacts:
        c, le, tp = t.trainings.c, t.lessons.c, t.topics.c
        row = conn.execute(select(c.name, c.description, c.series_id, c.lesson_id,
                                  c.min_attendance, c.late_counts, c.require_submissions,
                                  c.require_reviews, c.organiser, c.signer)
                           .where(c.id == training_id)).first()
        if row is None:
            raise self._gone()
        which = le.series_id == row.series_id if row.series_id is not None \
            else le.id == row.lesson_id
        sessions = conn.execute(
            select(le.id, le.title, tp.name, le.starts_at, le.ends_at, le.minutes)
            .select_from(t.lessons.outerjoin(t.topics, le.topic_id == tp.id))
            .where(which, le.status != LessonStatus.CANCELLED)
            .order_by(le.starts_at, le.id)).all()
        return TrainingFacts(training_id, row.name, row.description,
                             CompletionRule(row.min_attendance, row.late_counts,
                                            row.require_submissions, row.require_reviews),
                             tuple(TrainingSession(*x) for x in sessions), row.organiser,
                             row.signer)

    @staticmethod
    def _checked(draft: TrainingDraft) -> dict[str, Any]:
        draft.check()
        draft = draft.tidied()
        return {"name": storable(draft.name), "series_id": draft.series_id,
                "lesson_id": draft.lesson_id, "description": storable(draft.description),
                "min_attendance": draft.min_attendance, "late_counts": draft.late_counts,
                "require_submissions": draft.require_submissions,
                "require_reviews": draft.require_reviews, "reviewers": draft.reviewers,
                "score_max": draft.score_max, "organiser": storable(draft.organiser),
                "signer": storable(draft.signer), "earns_level": draft.earns_level}

    @staticmethod
    def _check_source(s, draft: TrainingDraft) -> None:
        if draft.series_id is not None:
            found = s.scalar(select(t.lesson_series.c.id)
                             .where(t.lesson_series.c.id == draft.series_id))
        else:
            found = s.scalar(select(t.lessons.c.id).where(t.lessons.c.id == draft.lesson_id))
        if found is None:
            raise ValidationError({"source": tr(
                "That lesson series or lesson no longer exists; choose another.")})

    @staticmethod
    def _taken() -> ValidationError:
        return ValidationError({"source": tr(
            "That lesson series or lesson already has a training; edit that one instead.")})

    @staticmethod
    def _gone() -> NotFound:
        return NotFound(tr("That training no longer exists."))
