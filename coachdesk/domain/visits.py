"""A tutor's booked time at one school."""

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from coachdesk.domain.clock import elapsed_hours
from coachdesk.domain.text import tr
from coachdesk.domain.validation import Checker, clean


class VisitPurpose(StrEnum):
    CO_TEACHING = "co_teaching"
    STAFF_TRAINING = "staff_training"
    INDIVIDUAL_GUIDANCE = "individual_guidance"
    DEVICE_SETUP = "device_setup"
    PLANNING = "planning"  # planning with the principal


class VisitStatus(StrEnum):
    BOOKED = "booked"
    DONE = "done"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"


@dataclass(eq=False)
class Visit:
    school_id: int
    tutor_id: int
    starts_at: datetime
    ends_at: datetime
    purpose: VisitPurpose = VisitPurpose.CO_TEACHING
    status: VisitStatus = VisitStatus.BOOKED
    teachers_reached: int | None = None
    notes: str = ""
    minutes: int = 0  # kept by check(): lets hours be summed in SQL on any database
    id: int | None = None

    @property
    def hours(self) -> float:
        return elapsed_hours(self.starts_at, self.ends_at)

    def check(self) -> None:
        self.notes = clean(self.notes)
        c = Checker()
        c.order(
            "ends_at", self.starts_at, self.ends_at,
            tr("A visit must end after it starts."), strict=True,
        )
        if self.starts_at.date() != self.ends_at.date():
            c.fail("ends_at", tr("A visit starts and ends on the same day."))
        c.count("teachers_reached", self.teachers_reached, tr("Teachers reached"), 1_000)
        c.raise_if_any()
        self.minutes = round(self.hours * 60)


def times_overlap(a_start: datetime, a_end: datetime, b_start: datetime, b_end: datetime) -> bool:
    """Half-open intervals: a visit ending at 10:00 does not clash with one starting then."""
    return a_start < b_end and b_start < a_end
