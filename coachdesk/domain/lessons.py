"""Planned trainings (lessons) and the teachers enrolled in them."""

from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum

from coachdesk.domain.bookings import Repeat, errors_of
from coachdesk.domain.clock import elapsed_hours
from coachdesk.domain.errors import ValidationError
from coachdesk.domain.text import tr
from coachdesk.domain.topics import Level
from coachdesk.domain.validation import Checker, clean, clean_text


class LessonKind(StrEnum):
    TRAINING = "training"  # for teachers
    NETWORK_MEETING = "network_meeting"  # for tutors

    @property
    def label(self) -> str:
        return {
            LessonKind.TRAINING: tr("Training"),
            LessonKind.NETWORK_MEETING: tr("Tutor network meeting"),
        }[self]


class PlaceKind(StrEnum):
    SCHOOL = "school"
    VENUE = "venue"
    ONLINE = "online"

    @property
    def label(self) -> str:
        return {
            PlaceKind.SCHOOL: tr("At a school"),
            PlaceKind.VENUE: tr("Central venue"),
            PlaceKind.ONLINE: tr("Online"),
        }[self]


class LessonStatus(StrEnum):
    PLANNED = "planned"
    PUBLISHED = "published"
    HELD = "held"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return {
            LessonStatus.PLANNED: tr("Planned"),
            LessonStatus.PUBLISHED: tr("Published"),
            LessonStatus.HELD: tr("Held"),
            LessonStatus.CANCELLED: tr("Cancelled"),
        }[self]


class EnrollmentStatus(StrEnum):
    ENROLLED = "enrolled"
    WAITLISTED = "waitlisted"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return {
            EnrollmentStatus.ENROLLED: tr("Enrolled"),
            EnrollmentStatus.WAITLISTED: tr("On the waitlist"),
            EnrollmentStatus.CANCELLED: tr("Cancelled"),
        }[self]


class Attendance(StrEnum):
    PRESENT = "present"
    LATE = "late"
    EXCUSED = "excused"
    ABSENT = "absent"

    @property
    def label(self) -> str:
        return {
            Attendance.PRESENT: tr("Present"),
            Attendance.LATE: tr("Late"),
            Attendance.EXCUSED: tr("Excused"),
            Attendance.ABSENT: tr("Absent"),
        }[self]

    @property
    def attended(self) -> bool:
        """Present or late: the lesson's hours are credited to the teacher."""
        return self in (Attendance.PRESENT, Attendance.LATE)


@dataclass(eq=False)
class Lesson:
    title: str
    starts_at: datetime
    ends_at: datetime
    topic_id: int | None = None
    level: Level = Level.BASIC
    kind: LessonKind = LessonKind.TRAINING
    place_kind: PlaceKind = PlaceKind.SCHOOL
    school_id: int | None = None
    room: str = ""
    venue: str = ""
    online_url: str = ""
    capacity: int | None = None  # None: no limit
    open_to_all: bool = True
    status: LessonStatus = LessonStatus.PLANNED
    series_id: int | None = None
    notes: str = ""
    feedback_summary: str = ""  # the tutor's summary of the feedback, for the whole lesson
    override_reason: str = ""  # why it was saved despite the conflicts named then
    minutes: int = 0  # kept by check(): lets hours be summed in SQL on any database
    id: int | None = None

    @property
    def hours(self) -> float:
        return elapsed_hours(self.starts_at, self.ends_at)

    def check(self) -> None:
        for attr in ("title", "room", "venue", "online_url"):
            setattr(self, attr, clean(getattr(self, attr)))
        for attr in ("notes", "feedback_summary", "override_reason"):
            setattr(self, attr, clean_text(getattr(self, attr)))
        c = Checker()
        for field, label in (("title", tr("Title")), ("room", tr("Room")), ("venue", tr("Venue")),
                             ("online_url", tr("Link"))):
            c.single_line(field, getattr(self, field), label)
        for field, label in (("notes", tr("Notes")), ("feedback_summary", tr("Feedback summary")),
                             ("override_reason", tr("Reason"))):
            c.multi_line(field, getattr(self, field), label)
        c.required("title", self.title, tr("Title"))
        c.max_length("title", self.title, 200, tr("Title"))  # the column's length
        for field in ("starts_at", "ends_at"):
            if getattr(self, field) is None:  # a form's empty date
                c.fail(field, tr("Give the date and time."))
        c.plausible_year("starts_at", self.starts_at, tr("Starts"))
        c.plausible_year("ends_at", self.ends_at, tr("Ends"))
        c.order(
            "ends_at", self.starts_at, self.ends_at,
            tr("A lesson must end after it starts."), strict=True,
        )
        c.count("capacity", self.capacity, tr("Capacity"), maximum=10_000)
        if self.place_kind is PlaceKind.SCHOOL and self.school_id is None:
            c.fail("school_id", tr("Choose the school where the lesson is held."))
        if self.place_kind is PlaceKind.ONLINE and not self.online_url:
            c.fail("online_url", tr("An online lesson needs its link."))
        c.raise_if_any()
        self.minutes = round(self.hours * 60)


# What a lesson's form gives, besides its tutors and listed schools.
LESSON_FIELDS = ("title", "starts_at", "ends_at", "topic_id", "level", "kind", "place_kind",
                 "school_id", "room", "venue", "online_url", "capacity", "open_to_all",
                 "status", "notes")


@dataclass(frozen=True)
class LessonDraft:
    """A lesson as its form, the command line or a test gives it, to plan or to change."""

    title: str = ""
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    tutor_ids: tuple[int, ...] = ()
    topic_id: int | None = None
    level: Level = Level.BASIC
    kind: LessonKind = LessonKind.TRAINING
    place_kind: PlaceKind = PlaceKind.SCHOOL
    school_id: int | None = None
    room: str = ""
    venue: str = ""
    online_url: str = ""
    capacity: int | None = None  # None: no limit
    open_to_all: bool = True
    school_ids: tuple[int, ...] = ()  # the schools it is listed for (open to all or not)
    status: LessonStatus = LessonStatus.PLANNED
    notes: str = ""

    def put_on(self, lesson: Lesson) -> Lesson:
        """The draft's values on ``lesson``; a school and room only where it is held at
        a school."""
        for key in LESSON_FIELDS:
            setattr(lesson, key, getattr(self, key))
        if lesson.place_kind is not PlaceKind.SCHOOL:
            lesson.school_id, lesson.room = None, ""
        return lesson

    def check_lesson(self) -> None:
        """The lesson's own fields, without its tutors (what a conflict check needs)."""
        self.put_on(Lesson("", None, None)).check()  # type: ignore[arg-type]

    def check(self) -> None:
        """Raise ValidationError naming every wrong field (no database needed)."""
        errors = errors_of(self.check_lesson, self.check_team)
        if errors:
            raise ValidationError(errors)

    def check_team(self) -> None:
        if not self.tutor_ids:
            raise ValidationError({"tutor_ids": tr("Choose at least one tutor.")})


@dataclass(frozen=True)
class LessonSeriesDraft:
    """One lesson repeated: ``lesson`` on each date ``repeat`` gives (its own times are
    not used)."""

    lesson: LessonDraft
    repeat: Repeat

    def on(self, day: date) -> LessonDraft:
        """The lesson of the series on ``day``."""
        return replace(self.lesson, starts_at=datetime.combine(day, self.repeat.starts),
                       ends_at=datetime.combine(day, self.repeat.ends))

    def check_dates(self) -> None:
        """The rule's period and times, and the lesson's own fields (no tutors needed:
        what a preview needs)."""
        stand_in = self.repeat.first_day or date(2000, 1, 3)

        def lesson() -> None:  # the times are the repeat's: their errors are said there
            errors = errors_of(self.on(stand_in).check_lesson)
            errors.pop("starts_at", None)
            errors.pop("ends_at", None)
            if errors:
                raise ValidationError(errors)

        errors = errors_of(self.repeat.check, lesson)
        if errors:
            raise ValidationError(errors)

    def check(self) -> None:
        errors = errors_of(self.check_dates, self.lesson.check_team)
        if errors:
            raise ValidationError(errors)


def status_for_new_enrollment(capacity: int | None, enrolled: int) -> EnrollmentStatus:
    """A seat if one is free, otherwise the waitlist."""
    if capacity is None or enrolled < capacity:
        return EnrollmentStatus.ENROLLED
    return EnrollmentStatus.WAITLISTED


@dataclass(eq=False)
class Enrollment:
    lesson_id: int
    teacher_id: int
    enrolled_at: datetime
    status: EnrollmentStatus = EnrollmentStatus.ENROLLED
    attendance: Attendance | None = None  # None until marked after the lesson
    feedback_score: int | None = None  # 1–5
    feedback_comment: str = ""
    promoted_at: datetime | None = None  # moved up from the waitlist: someone must tell them
    id: int | None = None

    def check(self, lesson: Lesson) -> None:
        self.feedback_comment = clean_text(self.feedback_comment)
        c = Checker()
        c.multi_line("feedback_comment", self.feedback_comment, tr("Comment"))
        if self.attendance is not None and lesson.status is not LessonStatus.HELD:
            c.fail("attendance", tr("Attendance is recorded only for a lesson that was held."))
        if self.attendance is not None and self.status is not EnrollmentStatus.ENROLLED:
            c.fail("attendance", tr("Attendance is recorded only for enrolled teachers."))
        if self.feedback_score is not None and not 1 <= self.feedback_score <= 5:
            c.fail("feedback_score", tr("Feedback is a score from 1 to 5."))
        if (self.feedback_score is not None or self.feedback_comment) and not (
            self.attendance and self.attendance.attended
        ):
            c.fail("feedback_score", tr("Feedback comes from teachers who attended."))
        c.max_length("feedback_comment", self.feedback_comment, 2_000, tr("Comment"))
        c.raise_if_any()


def next_in_line(waiting: list[Enrollment]) -> Enrollment | None:
    """Who moves up when a seat frees: the first to join the waitlist."""
    queue = [e for e in waiting if e.status is EnrollmentStatus.WAITLISTED]
    return min(queue, key=lambda e: (e.enrolled_at, e.id or 0), default=None)


@dataclass(eq=False)
class LessonSeries:
    """A lesson repeated by a recurrence rule; each date is a lesson of its own."""

    rule: str  # RRULE, e.g. "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE"
    first_day: date
    last_day: date
    id: int | None = None
