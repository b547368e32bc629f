"""Planned trainings (lessons) and the teachers enrolled in them."""

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from coachdesk.domain.clock import elapsed_hours
from coachdesk.domain.text import tr
from coachdesk.domain.topics import Level
from coachdesk.domain.validation import Checker, clean


class LessonKind(StrEnum):
    TRAINING = "training"  # for teachers
    NETWORK_MEETING = "network_meeting"  # for tutors


class PlaceKind(StrEnum):
    SCHOOL = "school"
    VENUE = "venue"
    ONLINE = "online"


class LessonStatus(StrEnum):
    PLANNED = "planned"
    PUBLISHED = "published"
    HELD = "held"
    CANCELLED = "cancelled"


class EnrollmentStatus(StrEnum):
    ENROLLED = "enrolled"
    WAITLISTED = "waitlisted"
    CANCELLED = "cancelled"


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
    minutes: int = 0  # kept by check(): lets hours be summed in SQL on any database
    id: int | None = None

    @property
    def hours(self) -> float:
        return elapsed_hours(self.starts_at, self.ends_at)

    def check(self) -> None:
        self.title = clean(self.title)
        c = Checker()
        c.required("title", self.title, tr("Title"))
        c.order(
            "ends_at", self.starts_at, self.ends_at,
            tr("A lesson must end after it starts."), strict=True,
        )
        c.count("capacity", self.capacity, tr("Capacity"), maximum=10_000)
        if self.place_kind is PlaceKind.SCHOOL and self.school_id is None:
            c.fail("school_id", tr("Choose the school where the lesson is held."))
        if self.place_kind is PlaceKind.ONLINE and not clean(self.online_url):
            c.fail("online_url", tr("An online lesson needs its link."))
        c.raise_if_any()
        self.minutes = round(self.hours * 60)


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
    attended: bool | None = None  # None until the lesson is held
    feedback_score: int | None = None  # 1–5
    id: int | None = None

    def check(self, lesson: Lesson) -> None:
        c = Checker()
        if self.attended is not None and lesson.status is not LessonStatus.HELD:
            c.fail("attended", tr("Attendance is recorded only for a lesson that was held."))
        if self.attended and self.status is not EnrollmentStatus.ENROLLED:
            c.fail("attended", tr("Only an enrolled teacher can attend."))
        if self.feedback_score is not None and not 1 <= self.feedback_score <= 5:
            c.fail("feedback_score", tr("Feedback is a score from 1 to 5."))
        c.raise_if_any()
