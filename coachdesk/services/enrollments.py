"""desk.enrollments: teachers in lessons, the waitlist, attendance, hours and feedback.

Rules kept here:

- A teacher gets a seat while the lesson has one free, otherwise a place on the waitlist.
  When a seat frees (a cancellation, a larger capacity) the first to join the waitlist
  moves up and ``promoted_at`` records when, so the coordinator knows whom to tell.
- The waitlist is first come, first served by ``enrolled_at``; a teacher who cancels and
  enrolls again joins at the back.
- Attendance is marked after a lesson has ended; marking it makes the lesson held.
  Attended hours (present or late) are the lesson's ``minutes`` / 60.
- Attendance percentage = attended / (present + late + absent). An excused absence is
  not counted as missed: it is left out of the percentage altogether.
- Only enrolled teachers have attendance, so a series lesson held before a teacher
  enrolled is never their absence (a series enrollment takes only lessons still to come).

For the lessons service: :func:`check_capacity` refuses a capacity below the number of
teachers already enrolled, and :func:`fill_free_seats` moves waiting teachers up after
the capacity grows. Both work inside the caller's transaction.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import (
    Float,
    and_,
    bindparam,
    case,
    cast,
    distinct,
    func,
    literal,
    or_,
    select,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from coachdesk.domain.attendance import AttendanceSheet, Feedback, check_marks
from coachdesk.domain.errors import NotFound, ValidationError
from coachdesk.domain.formats import format_datetime
from coachdesk.domain.lessons import (
    Attendance,
    Enrollment,
    EnrollmentStatus,
    Lesson,
    LessonSeries,
    LessonStatus,
    next_in_line,
    status_for_new_enrollment,
)
from coachdesk.domain.schools import School, Teacher
from coachdesk.domain.text import tr
from coachdesk.domain.validation import Checker, clean_text
from coachdesk.services.fields import get_or_raise
from coachdesk.services.figures import ATTENDED, active_teacher
from coachdesk.storage import tables as t
from coachdesk.storage.database import Database
from coachdesk.storage.lists import ListColumn, ListSource

SUMMARY_MAX = 5_000
# Sorting the enrollments of a lesson: seats, then the waitlist, then the cancelled; each
# group in the order its teachers joined. One number per row keeps the sort in SQL.
_STATUS_RANK = {
    EnrollmentStatus.ENROLLED: 0,
    EnrollmentStatus.WAITLISTED: 1,
    EnrollmentStatus.CANCELLED: 2,
}
_RANK_STEP = 1_000_000


@dataclass(frozen=True)
class SeriesEnrollment:
    """What :meth:`EnrollmentService.enroll_series` did, lesson by lesson, in counts."""

    enrolled: int = 0  # got a seat
    waitlisted: int = 0  # joined the waitlist
    already: int = 0  # the teacher was already in (seat or waitlist)
    skipped: int = 0  # started, held or cancelled lessons: not enrolled

    @property
    def total(self) -> int:
        return self.enrolled + self.waitlisted


@dataclass(frozen=True)
class Promotion:
    """A teacher moved up from the waitlist, to be told they have a seat."""

    enrollment_id: int
    teacher_id: int
    teacher_name: str
    school_name: str
    email: str
    promoted_at: datetime


@dataclass(frozen=True)
class LessonFill:
    """How full a lesson is."""

    capacity: int | None
    enrolled: int
    waitlisted: int
    average_score: float | None

    @property
    def free(self) -> int | None:
        return None if self.capacity is None else max(self.capacity - self.enrolled, 0)


# -- helpers for the lessons service ----------------------------------------------------------


def enrolled_count(session: Session, lesson_id: int | None) -> int:
    """Teachers holding a seat in the lesson (the waitlist not counted)."""
    if lesson_id is None:
        return 0
    e = t.enrollments.c
    with session.no_autoflush:
        return session.scalar(
            select(func.count()).select_from(t.enrollments)
            .where(e.lesson_id == lesson_id, e.status == EnrollmentStatus.ENROLLED)
        ) or 0


def check_capacity(session: Session, lesson: Lesson, new_capacity: int | None) -> None:
    """Refuse a capacity below the number of teachers already enrolled in ``lesson``.

    Call it inside the transaction that changes the capacity, before setting it; it raises
    ``ValidationError({"capacity": ...})`` and changes nothing. ``None`` (no limit) and any
    capacity at or above the enrolled count pass. After raising a capacity, call
    :func:`fill_free_seats` so that waiting teachers take the new seats.
    """
    if new_capacity is None:
        return
    enrolled = enrolled_count(session, lesson.id)
    if new_capacity < enrolled:
        raise ValidationError({"capacity": tr(
            "%n teachers are already enrolled, so the capacity cannot be less than "
            "%n. Cancel enrollments first, or keep a larger capacity.", None, enrolled)})


def fill_free_seats(session: Session, lesson: Lesson, now: datetime | None = None
                    ) -> list[Enrollment]:
    """Move waiting teachers into free seats, first come first served; returns them.

    Each promoted enrollment gets ``promoted_at = now``. Nothing moves for a cancelled or
    held lesson. Works inside the caller's transaction.
    """
    if lesson.id is None or lesson.status in (LessonStatus.CANCELLED, LessonStatus.HELD):
        return []
    now = now or datetime.now()
    active = list(session.scalars(
        select(Enrollment).where(
            Enrollment.lesson_id == lesson.id,
            Enrollment.status.in_([EnrollmentStatus.ENROLLED, EnrollmentStatus.WAITLISTED]),
        )
    ))
    enrolled = sum(1 for e in active if e.status is EnrollmentStatus.ENROLLED)
    promoted = []
    while lesson.capacity is None or enrolled < lesson.capacity:
        first = next_in_line(active)
        if first is None:
            break
        first.status = EnrollmentStatus.ENROLLED
        first.promoted_at = now
        promoted.append(first)
        enrolled += 1
    session.flush()
    return promoted


def average_score_column(lesson_id: Any):
    """A scalar subquery: the average feedback score of a lesson, for a lessons list.

    ``lesson_id`` is the lessons list's id column (``tables.lessons.c.id``).
    """
    e = t.enrollments.c
    return (
        select(func.avg(cast(e.feedback_score, Float)))
        .where(e.lesson_id == lesson_id, e.status == EnrollmentStatus.ENROLLED)
        .correlate_except(t.enrollments)
        .scalar_subquery()
    )


def period(first: date, last: date) -> dict[str, datetime]:
    """The ``period_start`` / ``period_end`` parameters of the attendance lists: lessons
    starting from the first day to the end of the last day."""
    return {"period_start": datetime.combine(first, time()),
            "period_end": datetime.combine(last + timedelta(days=1), time())}


def _school_year(today: date) -> dict[str, datetime]:
    first = date(today.year if today.month >= 8 else today.year - 1, 8, 1)
    return period(first, date(first.year + 1, 7, 31))


class EnrollmentService:
    def __init__(self, db: Database):
        self.db = db

    # -- enrolling ---------------------------------------------------------------------------
    def enroll(self, lesson_id: int, teacher_id: int, now: datetime | None = None
               ) -> EnrollmentStatus:
        """Enroll a teacher: a seat while the capacity allows, otherwise the waitlist.

        Refused (``ValidationError``) for the same teacher twice, an archived teacher, a
        teacher whose school the lesson is not open to (``teacher_id``), and a cancelled or
        held lesson (``lesson_id``). A teacher who cancelled earlier joins again, at the
        back of the waitlist if there is one.
        """
        now = now or datetime.now()
        with self.db.transaction() as s:
            lesson = self._lesson(s, lesson_id, lock=True)
            teacher = self._teacher(s, teacher_id)
            self._check_lesson_open(lesson)
            self._check_audience(s, lesson, teacher)
            status = self._enroll(s, lesson, teacher, now)
            if status is None:
                raise ValidationError({"teacher_id": tr(
                    "{name} is already enrolled in this lesson."
                ).format(name=teacher.name)})
            return status

    def enroll_series(self, series_id: int, teacher_id: int, now: datetime | None = None
                      ) -> SeriesEnrollment:
        """Enroll a teacher in every lesson of a series that has not started yet.

        Lessons that have started, were held or were cancelled are skipped (so a lesson
        held before the teacher joined is never their absence); lessons the teacher is
        already in are counted as ``already``. Refused as a whole when no lesson is still
        to come, or when the teacher may not enroll (archived, school not invited).
        """
        now = now or datetime.now()
        with self.db.transaction() as s:
            return self._enroll_series(s, series_id, self._teacher(s, teacher_id), now)

    def cancel(self, enrollment_id: int, now: datetime | None = None
               ) -> tuple[int, str] | None:
        """Cancel an enrollment. When it held a seat, the first waiting teacher moves up
        (``promoted_at = now``); returns that teacher's (id, name), or None."""
        now = now or datetime.now()
        with self.db.transaction() as s:
            enrollment = get_or_raise(s, Enrollment, enrollment_id, tr("enrollment"))
            lesson = self._lesson(s, enrollment.lesson_id, lock=True)
            if enrollment.status is EnrollmentStatus.CANCELLED:
                raise ValidationError({"status": tr("This enrollment is already cancelled.")})
            if lesson.status is LessonStatus.HELD:
                raise ValidationError({"status": tr(
                    "The lesson has been held: mark the teacher absent or excused instead of "
                    "cancelling."
                )})
            promoted = self._cancel(s, enrollment, lesson, now)
            if not promoted:
                return None
            teacher = s.get(Teacher, promoted[0].teacher_id)
            return teacher.id, teacher.name

    # -- reading -----------------------------------------------------------------------------
    def get(self, enrollment_id: int) -> Enrollment:
        with self.db.transaction() as s:
            return get_or_raise(s, Enrollment, enrollment_id, tr("enrollment"))

    def find(self, lesson_id: int, teacher_id: int) -> Enrollment | None:
        """The teacher's enrollment in the lesson (of any status), or None."""
        with self.db.transaction() as s:
            return s.scalar(select(Enrollment).where(
                Enrollment.lesson_id == lesson_id, Enrollment.teacher_id == teacher_id))

    def fill(self, lesson_id: int) -> LessonFill:
        """Capacity, seats taken, waiting teachers and the average feedback score."""
        e = t.enrollments.c
        query = select(
            t.lessons.c.capacity,
            func.count(case((e.status == EnrollmentStatus.ENROLLED, 1))),
            func.count(case((e.status == EnrollmentStatus.WAITLISTED, 1))),
            func.avg(case((e.status == EnrollmentStatus.ENROLLED,
                           cast(e.feedback_score, Float)))),
        ).select_from(
            t.lessons.outerjoin(t.enrollments, e.lesson_id == t.lessons.c.id)
        ).where(t.lessons.c.id == lesson_id).group_by(t.lessons.c.id, t.lessons.c.capacity)
        with self.db.reading() as conn:
            row = conn.execute(query).first()
        if row is None:
            raise NotFound(tr("That lesson no longer exists."))
        return LessonFill(row[0], row[1], row[2], None if row[3] is None else float(row[3]))

    def average_score(self, lesson_id: int) -> float | None:
        """The average feedback score (1–5) of the lesson, None without feedback."""
        return self.fill(lesson_id).average_score

    def promotions(self, lesson_id: int, since: datetime | None = None) -> list[Promotion]:
        """Teachers of the lesson moved up from the waitlist who still hold their seat,
        in the order they moved up; ``since``: only those promoted at or after it (for
        "whom have I not told yet")."""
        e, tc, sc = t.enrollments.c, t.teachers.c, t.schools.c
        query = (
            select(e.id, tc.id, tc.name, sc.name, tc.email, e.promoted_at)
            .select_from(t.enrollments.join(t.teachers, e.teacher_id == tc.id)
                         .join(t.schools, tc.school_id == sc.id))
            .where(e.lesson_id == lesson_id, e.status == EnrollmentStatus.ENROLLED,
                   e.promoted_at.is_not(None))
            .order_by(e.promoted_at, e.enrolled_at, e.id)
        )
        if since is not None:
            query = query.where(e.promoted_at >= since)
        with self.db.reading() as conn:
            return [Promotion(*row) for row in conn.execute(query)]

    # -- after the lesson --------------------------------------------------------------------
    def mark_attendance(self, lesson_id: int, marks: Mapping[int, Attendance | None],
                        now: datetime | None = None) -> None:
        """Mark attendance by enrollment id (None clears a mark) and make the lesson held.
        Refused for a lesson that has not ended, a cancelled lesson, and teachers who are
        not enrolled (waiting or cancelled); all marks are saved or none."""
        check_marks(marks)
        now = now or datetime.now()
        with self.db.transaction() as s:
            self._mark(s, self._lesson(s, lesson_id), marks, now)

    def give_feedback(self, enrollment_id: int, feedback: Feedback) -> None:
        """A score from 1 to 5 and a comment from a teacher who attended; no score and
        no comment remove the feedback."""
        feedback.check_types()
        with self.db.transaction() as s:
            enrollment = get_or_raise(s, Enrollment, enrollment_id, tr("enrollment"))
            self._give_feedback(enrollment, self._lesson(s, enrollment.lesson_id), feedback)

    def set_summary(self, lesson_id: int, text: str, now: datetime | None = None) -> None:
        """The feedback summary of the whole lesson (the tutor's words); written once the
        lesson has ended, never for a cancelled lesson."""
        now = now or datetime.now()
        text = self._checked_summary(text)
        with self.db.transaction() as s:
            self._set_summary(self._lesson(s, lesson_id), text, now)

    def record(self, lesson_id: int, sheet: AttendanceSheet,
               now: datetime | None = None) -> None:
        """Save a lesson's attendance sheet in one transaction: the feedback taken away
        first (an absence is refused while feedback says the teacher attended), then the
        marks (the lesson becomes held), then the feedback given, then the summary. A
        refusal of one teacher's feedback names the teacher; nothing is saved then."""
        check_marks(sheet.marks)
        for feedback in sheet.feedback.values():
            feedback.check_types()
        now = now or datetime.now()
        summary = None if sheet.summary is None else self._checked_summary(sheet.summary)
        with self.db.transaction() as s:
            lesson = self._lesson(s, lesson_id)
            enrollments = self._enrollments_of(s, lesson_id, sheet.feedback)
            for enrollment_id, feedback in sheet.feedback.items():
                if feedback.empty:
                    self._give_feedback(enrollments[enrollment_id], lesson, feedback)
            self._mark(s, lesson, sheet.marks, now)
            for enrollment_id, feedback in sheet.feedback.items():
                if feedback.empty:
                    continue
                try:
                    self._give_feedback(enrollments[enrollment_id], lesson, feedback)
                except ValidationError as exc:
                    name = s.get(Teacher, enrollments[enrollment_id].teacher_id).name
                    raise ValidationError({key: f"{name}: {message}"
                                           for key, message in exc.errors.items()}) from exc
            if summary is not None:
                self._set_summary(lesson, summary, now)

    # -- lists -------------------------------------------------------------------------------
    def enrollments_source(self) -> ListSource:
        """The teachers of a lesson. Filters: ``lesson_id`` (one lesson, always set it),
        ``status`` (one EnrollmentStatus), ``cancelled`` (show cancelled; default shown).
        The default order is seats, then the waitlist in queue order, then the cancelled.
        """
        e, tc, sc = t.enrollments.c, t.teachers.c, t.schools.c
        ahead = t.enrollments.alias("ahead")
        # 1 + the rows of the same lesson and status that joined earlier
        position = (
            select(func.count() + 1)
            .where(ahead.c.lesson_id == e.lesson_id, ahead.c.status == e.status,
                   or_(ahead.c.enrolled_at < e.enrolled_at,
                       and_(ahead.c.enrolled_at == e.enrolled_at, ahead.c.id < e.id)))
            .correlate(t.enrollments)
            .scalar_subquery()
        )
        rank = case(
            *((e.status == status, literal(value * _RANK_STEP))
              for status, value in _STATUS_RANK.items()),
            else_=literal(len(_STATUS_RANK) * _RANK_STEP),
        )
        place = case((e.status == EnrollmentStatus.WAITLISTED, position), else_=None)
        return ListSource(
            db=self.db,
            id_column=e.id,
            from_clause=t.enrollments.join(t.teachers, e.teacher_id == tc.id)
            .join(t.schools, tc.school_id == sc.id),
            columns=[
                ListColumn("teacher", tc.name, sort=tc.sort_key),
                ListColumn("school", sc.name, sort=sc.name_key),
                ListColumn("status", e.status, sort=rank + position),
                ListColumn("place", place, numeric=True,
                           sort=rank + position),
                ListColumn("enrolled_at", e.enrolled_at),
                ListColumn("promoted_at", e.promoted_at),
                ListColumn("attendance", e.attendance),
                ListColumn("feedback_score", e.feedback_score, numeric=True),
                ListColumn("feedback_comment", e.feedback_comment),
            ],
            search=[tc.search_key, sc.name_key],
            filters={
                "lesson_id": lambda lesson: None if lesson is None else e.lesson_id == lesson,
                "status": lambda status: None if status is None
                else e.status == EnrollmentStatus(status),
                "cancelled": lambda show: None if show is None or show
                else e.status != EnrollmentStatus.CANCELLED,
            },
            default_sort="status",
        )

    def teacher_attendance_source(self, today: date | None = None) -> ListSource:
        """Attendance per teacher over a period: lessons enrolled, attended, attended hours
        and attendance %. Parameters ``period_start`` / ``period_end`` (datetimes; lessons
        starting in [start, end); default the school year of ``today``, see :func:`period`).
        Filters: ``school_id``, ``archived`` (show archived teachers), ``with_lessons``
        (only teachers enrolled in a lesson of the period).

        Attendance % = attended / (present + late + absent): an excused absence is not
        counted as missed, it is left out. Empty when nothing was marked.
        """
        stats = _totals(t.enrollments.c.teacher_id, by_teacher=True).subquery("stats")
        tc, sc = t.teachers.c, t.schools.c
        columns = _total_columns(stats)
        return ListSource(
            db=self.db,
            id_column=tc.id,
            from_clause=t.teachers.join(t.schools, tc.school_id == sc.id)
            .outerjoin(stats, stats.c.key == tc.id),
            columns=[
                ListColumn("teacher", tc.name, sort=tc.sort_key),
                ListColumn("school", sc.name, sort=sc.name_key),
                *columns,
                ListColumn("archived", or_(tc.archived, sc.archived)),
            ],
            search=[tc.search_key, sc.name_key],
            filters={
                "school_id": lambda school: None if school is None else tc.school_id == school,
                "archived": lambda show: None if show else ~or_(tc.archived, sc.archived),
                "with_lessons": lambda only: None if not only else stats.c.enrolled > 0,
            },
            default_sort="teacher",
            parameters=_school_year(today or date.today()),
        )

    def school_attendance_source(self, today: date | None = None) -> ListSource:
        """Attendance per school over a period (the teachers' current schools): the totals
        of :meth:`teacher_attendance_source`, plus teachers reached (distinct active
        teachers who attended at least one lesson, as the reports count them:
        services/figures.py) and their share of the school's active teachers (in %).
        Parameters ``period_start`` / ``period_end``; filter ``archived`` (show archived
        schools)."""
        tc, sc = t.teachers.c, t.schools.c
        attended = t.enrollments.c.attendance.in_(ATTENDED)
        reached = func.count(distinct(case((and_(attended, active_teacher()), tc.id))))
        stats = _totals(tc.school_id, reached.label("reached")).subquery("stats")
        active = (
            select(func.count()).select_from(t.teachers)
            .where(tc.school_id == sc.id, ~tc.archived)
            .correlate(t.schools).scalar_subquery()
        )
        reached_now = func.coalesce(stats.c.reached, 0)
        share = cast(func.coalesce(stats.c.reached, 0), Float) * 100 / func.nullif(
            active, 0)
        return ListSource(
            db=self.db,
            id_column=sc.id,
            from_clause=t.schools.outerjoin(stats, stats.c.key == sc.id),
            columns=[
                ListColumn("school", sc.name, sort=sc.name_key),
                *_total_columns(stats),
                ListColumn("reached", reached_now, numeric=True),
                ListColumn("active_teachers", active, numeric=True),
                ListColumn("reached_share", share, numeric=True),
                ListColumn("archived", sc.archived),
            ],
            search=[sc.name_key],
            filters={"archived": lambda show: None if show else ~sc.archived},
            default_sort="school",
            parameters=_school_year(today or date.today()),
        )

    # -- inside a transaction ----------------------------------------------------------------
    def _enroll_series(self, s: Session, series_id: int, teacher: Teacher, now: datetime
                       ) -> SeriesEnrollment:
        """:meth:`enroll_series` inside the caller's transaction (a form's import)."""
        if s.get(LessonSeries, series_id) is None:
            raise NotFound(tr("That lesson series no longer exists."))
        lessons = list(s.scalars(
            select(Lesson).where(Lesson.series_id == series_id)
            .order_by(Lesson.starts_at, Lesson.id).with_for_update()
        ))
        counts = {"enrolled": 0, "waitlisted": 0, "already": 0, "skipped": 0}
        upcoming = [
            lesson for lesson in lessons
            if lesson.starts_at > now
            and lesson.status not in (LessonStatus.CANCELLED, LessonStatus.HELD)
        ]
        counts["skipped"] = len(lessons) - len(upcoming)
        if not upcoming:
            raise ValidationError({"series_id": tr(
                "No lesson of this series is still to come: there is nothing to enroll in."
            )})
        for lesson in upcoming:  # all refused before any is taken
            self._check_audience(s, lesson, teacher)
        for lesson in upcoming:
            status = self._enroll(s, lesson, teacher, now)
            if status is None:
                counts["already"] += 1
            else:
                counts[status.value] += 1
        return SeriesEnrollment(**counts)

    @staticmethod
    def _cancel(s: Session, enrollment: Enrollment, lesson: Lesson, now: datetime
                ) -> list[Enrollment]:
        """Cancel a seat or a place in the queue; returns those who moved up."""
        enrollment.status = EnrollmentStatus.CANCELLED
        enrollment.promoted_at = None
        s.flush()
        return fill_free_seats(s, lesson, now)

    def _mark(self, s: Session, lesson: Lesson, marks: Mapping[int, Attendance | None],
              now: datetime) -> None:
        if lesson.status is LessonStatus.CANCELLED:
            raise ValidationError({"attendance": tr(
                "The lesson was cancelled: there is no attendance to mark.")})
        if lesson.ends_at > now:
            raise ValidationError({"attendance": tr(
                "Attendance cannot be marked for a lesson in the future: wait until the "
                "lesson has ended ({end})."
            ).format(end=format_datetime(lesson.ends_at))})
        found = self._enrollments_of(s, lesson.id, marks)
        lesson.status = LessonStatus.HELD
        for enrollment_id, mark in marks.items():
            enrollment = found[enrollment_id]
            name = s.get(Teacher, enrollment.teacher_id).name
            if enrollment.status is not EnrollmentStatus.ENROLLED and mark is not None:
                raise ValidationError({"attendance": tr(
                    "{name} is not enrolled ({status}): attendance is marked only for "
                    "enrolled teachers."
                ).format(name=name, status=enrollment.status.label.lower())})
            has_feedback = enrollment.feedback_score is not None or bool(
                enrollment.feedback_comment)
            if has_feedback and not (mark and mark.attended):
                raise ValidationError({"attendance": tr(
                    "{name} gave feedback, so they attended: remove the feedback before "
                    "marking them absent."
                ).format(name=name)})
            enrollment.attendance = mark
            enrollment.check(lesson)

    @staticmethod
    def _enrollments_of(s: Session, lesson_id: int, ids: Iterable[int]
                        ) -> dict[int, Enrollment]:
        """The lesson's enrollments with these ids; refused if one is not the lesson's."""
        wanted = set(ids)
        found = {
            e.id: e for e in s.scalars(select(Enrollment).where(
                Enrollment.id.in_(wanted))) if e.lesson_id == lesson_id
        } if wanted else {}
        if wanted - set(found):
            raise ValidationError({"attendance": tr(
                "A teacher marked is not enrolled in this lesson; refresh the list and "
                "mark again.")})
        return found

    @staticmethod
    def _give_feedback(enrollment: Enrollment, lesson: Lesson, feedback: Feedback) -> None:
        enrollment.feedback_score = feedback.score
        enrollment.feedback_comment = feedback.comment
        enrollment.check(lesson)

    @staticmethod
    def _checked_summary(text: str) -> str:
        text = clean_text(text)
        c = Checker()
        c.multi_line("feedback_summary", text, tr("Feedback summary"))
        c.raise_if_any()
        return text

    @staticmethod
    def _set_summary(lesson: Lesson, text: str, now: datetime) -> None:
        if text and lesson.status is LessonStatus.CANCELLED:
            raise ValidationError({"feedback_summary": tr(
                "The lesson was cancelled: there is no feedback to sum up.")})
        if text and lesson.ends_at > now:
            raise ValidationError({"feedback_summary": tr(
                "The lesson has not been held yet: write the summary after it.")})
        if len(text) > SUMMARY_MAX:
            raise ValidationError({"feedback_summary": tr(
                "The summary is too long (at most {limit} characters)."
            ).format(limit=SUMMARY_MAX)})
        lesson.feedback_summary = text

    def _lesson(self, s: Session, lesson_id: int, lock: bool = False) -> Lesson:
        # The lock (PostgreSQL; SQLite writers queue anyway) keeps two desks from giving
        # away the same last seat.
        lesson = s.get(Lesson, lesson_id, with_for_update=lock or None)
        if lesson is None:
            raise NotFound(tr("That lesson no longer exists."))
        return lesson

    def _teacher(self, s: Session, teacher_id: int) -> Teacher:
        teacher = s.get(Teacher, teacher_id) if teacher_id is not None else None
        if teacher is None:
            raise ValidationError({"teacher_id": tr("Choose the teacher to enroll.")})
        school = s.get(School, teacher.school_id)
        if teacher.archived or (school is not None and school.archived):
            raise ValidationError({"teacher_id": tr(
                "{name} is archived; restore the teacher before enrolling them."
            ).format(name=teacher.name)})
        return teacher

    @staticmethod
    def _check_lesson_open(lesson: Lesson) -> None:
        if lesson.status is LessonStatus.CANCELLED:
            raise ValidationError({"lesson_id": tr(
                "“{title}” is cancelled: no one can enroll.").format(title=lesson.title)})
        if lesson.status is LessonStatus.HELD:
            raise ValidationError({"lesson_id": tr(
                "“{title}” has been held: no one can enroll any more.").format(
                title=lesson.title)})

    @staticmethod
    def _check_audience(s: Session, lesson: Lesson, teacher: Teacher) -> None:
        if lesson.open_to_all:
            return
        invited = s.scalar(select(t.lesson_schools.c.school_id).where(
            t.lesson_schools.c.lesson_id == lesson.id,
            t.lesson_schools.c.school_id == teacher.school_id))
        if invited is None:
            school = s.get(School, teacher.school_id)
            raise ValidationError({"teacher_id": tr(
                "“{title}” is not open to {school}, {name}'s school. Add the school to the "
                "lesson's audience first."
            ).format(title=lesson.title, school=school.name if school else "?",
                     name=teacher.name)})

    @staticmethod
    def _enroll(s: Session, lesson: Lesson, teacher: Teacher, now: datetime
                ) -> EnrollmentStatus | None:
        """Seat or waitlist; None when the teacher is already in. Waiting teachers first
        take any free seat, so a newcomer never jumps the queue."""
        fill_free_seats(s, lesson, now)
        existing = s.scalar(select(Enrollment).where(
            Enrollment.lesson_id == lesson.id, Enrollment.teacher_id == teacher.id))
        if existing is not None and existing.status is not EnrollmentStatus.CANCELLED:
            return None
        status = status_for_new_enrollment(lesson.capacity, enrolled_count(s, lesson.id))
        if existing is None:
            s.add(Enrollment(lesson_id=lesson.id, teacher_id=teacher.id, enrolled_at=now,
                             status=status))
        else:  # back after cancelling: (lesson, teacher) is unique, so the row is reused
            existing.status = status
            existing.enrolled_at = now
            existing.promoted_at = None
            existing.attendance = None
            existing.feedback_score = None
            existing.feedback_comment = ""
        try:
            s.flush()
        except IntegrityError as exc:  # a second desk enrolled the teacher meanwhile
            raise ValidationError({"teacher_id": tr(
                "{name} is already enrolled in this lesson.").format(name=teacher.name)
            }) from exc
        return status


def _totals(key, *extra, by_teacher: bool = False):
    """Per ``key`` (teacher or school): enrollments in lessons starting in the bound
    period, not cancelled, with what was marked. ``by_teacher``: ``key`` and ``extra``
    read the enrollment only, so the teachers are not joined (a lookup per enrollment
    saved, ~300,000 for a big city's school year)."""
    e, le, tc = t.enrollments.c, t.lessons.c, t.teachers.c
    attended = e.attendance.in_([Attendance.PRESENT, Attendance.LATE])
    lessons = t.enrollments.join(t.lessons, e.lesson_id == le.id)
    return (
        select(
            key.label("key"),
            func.count().label("enrolled"),
            func.count(case((attended, 1))).label("attended"),
            func.count(case((e.attendance.in_(
                [Attendance.PRESENT, Attendance.LATE, Attendance.ABSENT]), 1))).label("marked"),
            func.count(case((e.attendance == Attendance.EXCUSED, 1))).label("excused"),
            func.coalesce(func.sum(case((attended, le.minutes), else_=0)), 0).label("minutes"),
            *extra,
        )
        .select_from(lessons if by_teacher else lessons.join(t.teachers,
                                                             e.teacher_id == tc.id))
        .where(e.status == EnrollmentStatus.ENROLLED, le.status != LessonStatus.CANCELLED,
               le.starts_at >= bindparam("period_start"),
               le.starts_at < bindparam("period_end"))
        .group_by(key)
    )


def _total_columns(stats) -> list[ListColumn]:
    attended = func.coalesce(stats.c.attended, 0)
    hours = cast(func.coalesce(stats.c.minutes, 0), Float) / 60
    percent = cast(attended, Float) * 100 / func.nullif(func.coalesce(stats.c.marked, 0), 0)
    return [
        ListColumn("enrolled", func.coalesce(stats.c.enrolled, 0),
                   numeric=True),
        ListColumn("attended", attended, numeric=True),
        ListColumn("excused", func.coalesce(stats.c.excused, 0), numeric=True),
        ListColumn("hours", hours, numeric=True),
        ListColumn("attendance_percent", percent, numeric=True),
    ]
