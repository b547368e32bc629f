"""What stands in the way of a booking: a tutor elsewhere, a room taken, a break, time
outside the tutor's released-time plan. Lessons and visits are checked by the same rules.

Conflicts are warnings, not refusals: the coordinator may go ahead, giving a reason.
"""

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum

from coachdesk.domain.calendar import BreakKind, SchoolCalendar
from coachdesk.domain.clock import elapsed_hours
from coachdesk.domain.errors import ConfirmationNeeded
from coachdesk.domain.formats import format_amount, format_date, format_day_month, format_time
from coachdesk.domain.released_time import ReleasedPlan
from coachdesk.domain.text import tr
from coachdesk.domain.validation import Checker, clean_text
from coachdesk.domain.visits import times_overlap


class ConflictKind(StrEnum):
    TUTOR_BUSY = "tutor_busy"
    ROOM_TAKEN = "room_taken"
    BREAK = "break"
    HOLIDAY = "holiday"
    OUTSIDE_RELEASED_TIME = "outside_released_time"
    TRAVEL_TIME = "travel_time"
    HOURS_EXCEEDED = "hours_exceeded"


@dataclass(frozen=True)
class Conflict:
    kind: ConflictKind
    message: str


@dataclass(frozen=True)
class Booking:
    """Time a lesson or visit takes: who, when and where."""

    starts_at: datetime
    ends_at: datetime
    tutor_ids: frozenset[int]
    place: str = ""  # "school:12:room a12" or "venue:…"; empty where rooms do not clash
    label: str = ""  # how to name it in a warning: "Scratch basics (lesson)"
    key: str = ""  # "lesson:5": the same booking is never its own conflict
    site: str = ""  # "school:12" or "venue:…": where the tutor must travel; "" online


@dataclass(frozen=True)
class TutorPlan:
    name: str
    plan: ReleasedPlan
    anchor: date | None = None  # the day the plan counts from (the agreement start)


@dataclass
class ConflictCheck:
    """Everything a check needs, read by a service in one go."""

    calendar: SchoolCalendar
    others: list[Booking] = field(default_factory=list)
    plans: dict[int, TutorPlan] = field(default_factory=dict)
    travel_minutes: int = 0  # the least time between bookings at different sites
    hours_left: dict[int, float] = field(default_factory=dict)  # per tutor, this term


def _when(booking: Booking) -> str:
    """"9.9. 14:30–16:00"."""
    return tr("{day} {starts}–{ends}").format(
        day=format_day_month(booking.starts_at.date()), starts=format_time(booking.starts_at),
        ends=format_time(booking.ends_at))


def find_conflicts(booking: Booking, check: ConflictCheck) -> list[Conflict]:
    """Every conflict of ``booking`` with the others, the calendar and the tutors' plans."""
    found: list[Conflict] = []
    for other in check.others:
        if other.key and other.key == booking.key:
            continue
        if not times_overlap(booking.starts_at, booking.ends_at, other.starts_at,
                             other.ends_at):
            continue
        for tutor_id in sorted(booking.tutor_ids & other.tutor_ids):
            name = check.plans[tutor_id].name if tutor_id in check.plans else str(tutor_id)
            found.append(Conflict(ConflictKind.TUTOR_BUSY, tr(
                "{tutor} is already booked for {what} at {when}.").format(
                tutor=name, what=other.label, when=_when(other))))
        if booking.place and booking.place == other.place:
            found.append(Conflict(ConflictKind.ROOM_TAKEN, tr(
                "The place is already taken by {what} at {when}.").format(
                what=other.label, when=_when(other))))
    found.extend(_travel(booking, check))
    day = booking.starts_at.date()
    gap = check.calendar.break_on(day)
    if gap is not None:
        kind = ConflictKind.HOLIDAY if gap.kind is BreakKind.PUBLIC_HOLIDAY else ConflictKind.BREAK
        found.append(Conflict(kind, tr("{day} falls on {name}.").format(
            day=format_date(day), name=gap.name)))
    hours = elapsed_hours(booking.starts_at, booking.ends_at)
    for tutor_id in sorted(booking.tutor_ids):
        left = check.hours_left.get(tutor_id)
        if left is not None and hours > left + 1e-9:
            name = check.plans[tutor_id].name if tutor_id in check.plans else str(tutor_id)
            found.append(Conflict(ConflictKind.HOURS_EXCEEDED, tr(
                "{tutor} has {left} h left this term; this takes {hours} h.").format(
                tutor=name, left=format_amount(max(left, 0), 1), hours=format_amount(hours))))
    for tutor_id in sorted(booking.tutor_ids):
        tutor = check.plans.get(tutor_id)
        if tutor is not None and not within_plan(booking, tutor):
            found.append(Conflict(ConflictKind.OUTSIDE_RELEASED_TIME, tr(
                "{when} is outside {tutor}'s released time ({plan}).").format(
                when=_when(booking), tutor=tutor.name, plan=tutor.plan.describe())))
    return found


def _travel(booking: Booking, check: ConflictCheck) -> list[Conflict]:
    """Too little time to get from one site to another between a tutor's bookings."""
    if not check.travel_minutes or not booking.site:
        return []
    found = []
    for other in check.others:
        gap = travel_gap(booking, other, check.travel_minutes)
        if gap is not None:
            found.append(Conflict(ConflictKind.TRAVEL_TIME, tr(
                "Only {gap} min between this and {what} at {when}; travel needs {need} min."
            ).format(gap=int(gap.total_seconds() // 60), what=other.label, when=_when(other),
                     need=check.travel_minutes)))
    return found


def travel_gap(booking: Booking, other: Booking, travel_minutes: int) -> timedelta | None:
    """The gap between two bookings of a tutor on one day at different sites, when it is
    shorter than the travel buffer; None when travel is no obstacle (or they overlap,
    which is a clash of its own)."""
    if (not travel_minutes or not booking.site or (other.key and other.key == booking.key)
            or not other.site or other.site == booking.site
            or not booking.tutor_ids & other.tutor_ids
            or other.starts_at.date() != booking.starts_at.date()):
        return None
    if booking.starts_at >= other.ends_at:
        gap = booking.starts_at - other.ends_at
    elif other.starts_at >= booking.ends_at:
        gap = other.starts_at - booking.ends_at
    else:
        return None
    return gap if gap.total_seconds() < travel_minutes * 60 else None


def tutor_blocked(booking: Booking, others: list[Booking], travel_minutes: int) -> bool:
    """Whether a tutor of ``booking`` is busy then, or cannot travel in time: the
    TUTOR_BUSY and TRAVEL_TIME rules of find_conflicts without writing their messages,
    for searches that try many times."""
    for other in others:
        if other.key and other.key == booking.key:
            continue
        if (booking.tutor_ids & other.tutor_ids and times_overlap(
                booking.starts_at, booking.ends_at, other.starts_at, other.ends_at)):
            return True
        if travel_gap(booking, other, travel_minutes) is not None:
            return True
    return False


def within_plan(booking: Booking, tutor: TutorPlan) -> bool:
    """Inside the tutor's released time on that day. A plan of hours per week without
    fixed days, or no plan at all, leaves every time open."""
    plan = tutor.plan
    if not plan.rule or plan.errors():
        return True
    day = booking.starts_at.date()
    if day not in plan.days(day, day, tutor.anchor or day):
        return False
    starts, ends = plan.window()
    if starts is None or ends is None:
        return True
    return starts <= booking.starts_at.time() and booking.ends_at.time() <= ends



class ConflictsFound(ConfirmationNeeded):
    """Saving would create these conflicts: show them, and save only when the coordinator
    goes ahead with a reason (which is recorded)."""

    def __init__(self, conflicts: list[Conflict]):
        self.conflicts = list(conflicts)
        super().__init__("\n".join(c.message for c in self.conflicts))


def clean_reason(reason: str | None) -> str:
    """The coordinator's reason for going ahead despite conflicts, as it is stored."""
    reason = clean_text(reason)
    c = Checker()
    c.multi_line("override_reason", reason, tr("Reason"))
    c.raise_if_any()
    return reason
