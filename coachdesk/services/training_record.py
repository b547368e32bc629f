"""desk.training_record: a teacher's training record, and the training they did elsewhere.

The record gathers what CoachDesk knows already — the lessons the teacher attended
(present or late, in lessons not cancelled), the trainings they completed (by the
training's own rule, :meth:`TrainingService.participants`) and the certificates issued
to them — with the courses of other providers that the coordinator enters here or
imports (``desk.imports`` with :attr:`ImportKind.TRAINING_ELSEWHERE`).
"""

from datetime import datetime

from sqlalchemy import delete, func, insert, or_, select, update

from coachdesk.domain.errors import NotFound
from coachdesk.domain.lessons import Attendance, EnrollmentStatus, LessonStatus
from coachdesk.domain.text import search_key, tr
from coachdesk.domain.training import CompletionStatus
from coachdesk.domain.training_record import (
    AttendedLesson,
    CompletedTraining,
    Elsewhere,
    ElsewhereDraft,
    IssuedCertificate,
    TrainingRecord,
)
from coachdesk.domain.validation import storable
from coachdesk.services.trainings import TrainingService
from coachdesk.storage import tables as t
from coachdesk.storage.database import Database


class TrainingRecordService:
    def __init__(self, db: Database, trainings: TrainingService):
        self.db = db
        self.trainings = trainings

    # -- training done elsewhere ----------------------------------------------------------
    def add_elsewhere(self, teacher_id: int, draft: ElsewhereDraft) -> int:
        """Record a course the teacher did elsewhere; returns its id."""
        values = _checked(draft)
        with self.db.transaction() as s:
            if s.scalar(select(t.teachers.c.id).where(t.teachers.c.id == teacher_id)) is None:
                raise NotFound(tr("That teacher no longer exists."))
            return s.execute(insert(t.external_trainings)
                             .values(teacher_id=teacher_id, **values)
                             .returning(t.external_trainings.c.id)).scalar_one()

    def update_elsewhere(self, elsewhere_id: int, draft: ElsewhereDraft) -> None:
        values = _checked(draft)
        x = t.external_trainings.c
        with self.db.transaction() as s:
            if not s.execute(update(t.external_trainings).where(x.id == elsewhere_id)
                             .values(**values).returning(x.id)).all():
                raise _gone()

    def elsewhere_draft(self, elsewhere_id: int) -> ElsewhereDraft:
        x = t.external_trainings.c
        with self.db.reading() as conn:
            row = conn.execute(select(x.course, x.provider, x.held_on, x.hours, x.notes)
                               .where(x.id == elsewhere_id)).first()
        if row is None:
            raise _gone()
        return ElsewhereDraft(**row._asdict())

    def delete_elsewhere(self, elsewhere_id: int) -> None:
        x = t.external_trainings.c
        with self.db.transaction() as s:
            if not s.execute(delete(t.external_trainings).where(x.id == elsewhere_id)
                             .returning(x.id)).all():
                raise _gone()

    def find_teacher(self, text: str) -> tuple[int, str]:
        """(id, name) of the teacher with that id, e-mail or (when only one has it) name."""
        tc = t.teachers.c
        given = (text or "").strip()
        if given.isdigit():
            where = tc.id == int(given)
        elif "@" in given:
            where = func.lower(tc.email) == given.lower()
        else:  # the folded key holds the e-mail and subjects too: the name is compared
            where = tc.search_key.like(f"%{search_key(given)}%")
        with self.db.reading() as conn:
            found = conn.execute(select(tc.id, tc.name).where(where).order_by(tc.id)).all()
        if not given.isdigit() and "@" not in given:
            found = [x for x in found if search_key(x.name) == search_key(given)]
        if len(found) == 1:
            return found[0].id, found[0].name
        if found:
            raise NotFound(tr("Several teachers are called {name}: give the e-mail or the "
                              "id.").format(name=given))
        raise NotFound(tr("There is no teacher “{name}”: give the e-mail, the id or the "
                          "name.").format(name=given))

    # -- the record -----------------------------------------------------------------------
    def record(self, teacher_id: int, now: datetime | None = None) -> TrainingRecord:
        """Everything of the teacher's training, each part by date."""
        tc, sc = t.teachers.c, t.schools.c
        e, le, tp = t.enrollments.c, t.lessons.c, t.topics.c
        ce, c, x = t.certificates.c, t.trainings.c, t.external_trainings.c
        with self.db.reading() as conn:
            who = conn.execute(select(tc.name, tc.email, sc.name.label("school"), sc.language)
                               .join(t.schools, tc.school_id == sc.id)
                               .where(tc.id == teacher_id)).first()
            if who is None:
                raise NotFound(tr("That teacher no longer exists."))
            lessons = [AttendedLesson(r.id, r.starts_at, r.title, r.topic or "",
                                      r.minutes / 60, r.attendance is Attendance.LATE)
                       for r in conn.execute(
                           select(le.id, le.starts_at, le.title, tp.name.label("topic"),
                                  le.minutes, e.attendance)
                           .select_from(t.enrollments.join(t.lessons, e.lesson_id == le.id)
                                        .outerjoin(t.topics, le.topic_id == tp.id))
                           .where(e.teacher_id == teacher_id,
                                  e.status == EnrollmentStatus.ENROLLED,
                                  e.attendance.in_((Attendance.PRESENT, Attendance.LATE)),
                                  le.status != LessonStatus.CANCELLED)
                           .order_by(le.starts_at, le.id))]
            seats = (select(le.id, le.series_id)
                     .select_from(t.enrollments.join(t.lessons, e.lesson_id == le.id))
                     .where(e.teacher_id == teacher_id,
                            e.status == EnrollmentStatus.ENROLLED).subquery())
            taken = list(conn.scalars(
                select(c.id).distinct().select_from(t.trainings.join(seats, or_(
                    c.lesson_id == seats.c.id,
                    (c.series_id == seats.c.series_id) & seats.c.series_id.is_not(None))))))
            certificates = [IssuedCertificate(*r) for r in conn.execute(
                select(ce.code, c.name, ce.issued_on, ce.revoked_on)
                .join(t.trainings, ce.training_id == c.id)
                .where(ce.teacher_id == teacher_id).order_by(ce.issued_on, ce.id))]
            elsewhere = [Elsewhere(*r) for r in conn.execute(
                select(x.id, x.course, x.provider, x.held_on, x.hours, x.notes)
                .where(x.teacher_id == teacher_id).order_by(x.held_on, x.id))]
        completed = []
        for training_id in taken:
            # The training's own rule says who completed it; its tens of seats are read.
            mine = [p for p in self.trainings.participants(training_id, now)
                    if p.teacher_id == teacher_id]
            if mine and mine[0].status is CompletionStatus.COMPLETED:
                facts = self.trainings.facts(training_id)
                if facts.first_day and facts.last_day:
                    completed.append(CompletedTraining(training_id, facts.name,
                                                       facts.first_day, facts.last_day,
                                                       facts.hours))
        completed.sort(key=lambda x: (x.last_day, x.training_id))
        return TrainingRecord(teacher_id, who.name, who.email, who.school, who.language.value,
                              lessons, completed, certificates, elsewhere)


def _checked(draft: ElsewhereDraft) -> dict:
    draft.check()
    draft = draft.tidied()
    return {"course": storable(draft.course), "provider": storable(draft.provider),
            "held_on": draft.held_on, "hours": float(draft.hours or 0),
            "notes": storable(draft.notes)}


def _gone() -> NotFound:
    return NotFound(tr("That training done elsewhere no longer exists."))
