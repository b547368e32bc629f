"""A tutor's booked time at one school."""

from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum

from coachdesk.domain.bookings import Repeat, errors_of
from coachdesk.domain.clock import elapsed_hours
from coachdesk.domain.errors import ValidationError
from coachdesk.domain.formats import format_day_month, format_time
from coachdesk.domain.situations import NeedDraft
from coachdesk.domain.text import tr
from coachdesk.domain.validation import Checker, clean_text


class VisitPurpose(StrEnum):
    CO_TEACHING = "co_teaching"
    STAFF_TRAINING = "staff_training"
    INDIVIDUAL_GUIDANCE = "individual_guidance"
    DEVICE_SETUP = "device_setup"
    PLANNING = "planning"  # planning with the principal

    @property
    def label(self) -> str:
        return {
            VisitPurpose.CO_TEACHING: tr("Co-teaching"),
            VisitPurpose.STAFF_TRAINING: tr("Staff training"),
            VisitPurpose.INDIVIDUAL_GUIDANCE: tr("Individual guidance"),
            VisitPurpose.DEVICE_SETUP: tr("Device set-up"),
            VisitPurpose.PLANNING: tr("Planning with the principal"),
        }[self]


class VisitStatus(StrEnum):
    BOOKED = "booked"
    DONE = "done"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return {
            VisitStatus.BOOKED: tr("Booked"),
            VisitStatus.DONE: tr("Done"),
            VisitStatus.NO_SHOW: tr("No-show"),
            VisitStatus.CANCELLED: tr("Cancelled"),
        }[self]


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
    request_id: int | None = None
    series_id: int | None = None
    override_reason: str = ""  # why it was booked despite the conflicts named then
    follow_up: bool = False  # the log says the school needs another visit
    spent_minutes: int | None = None  # logged time, when it differs from the booking
    id: int | None = None

    @property
    def hours(self) -> float:
        return elapsed_hours(self.starts_at, self.ends_at)

    def check(self) -> None:
        self.notes = clean_text(self.notes)
        self.override_reason = clean_text(self.override_reason)
        c = Checker()
        c.multi_line("notes", self.notes, tr("Notes"))
        c.multi_line("override_reason", self.override_reason, tr("Reason"))
        for field in ("starts_at", "ends_at"):
            if getattr(self, field) is None:  # a form's empty date
                c.fail(field, tr("Give the date and time."))
        c.plausible_year("starts_at", self.starts_at, tr("Starts"))
        c.plausible_year("ends_at", self.ends_at, tr("Ends"))
        c.order(
            "ends_at", self.starts_at, self.ends_at,
            tr("A visit must end after it starts."), strict=True,
        )
        if (self.starts_at is not None and self.ends_at is not None
                and self.starts_at.date() != self.ends_at.date()):
            c.fail("ends_at", tr("A visit starts and ends on the same day."))
        c.count("teachers_reached", self.teachers_reached, tr("Teachers reached"), 1_000)
        c.count("spent_minutes", self.spent_minutes, tr("Hours spent"), 24 * 60)
        c.raise_if_any()
        self.minutes = round(self.hours * 60)


def times_overlap(a_start: datetime, a_end: datetime, b_start: datetime, b_end: datetime) -> bool:
    """Half-open intervals: a visit ending at 10:00 does not clash with one starting then."""
    return a_start < b_end and b_start < a_end


@dataclass(eq=False)
class VisitSeries:
    """Recurring visits (every Tuesday morning at one school for a term)."""

    rule: str
    first_day: date
    last_day: date
    id: int | None = None


def check_booking_time(visit: Visit, now: datetime) -> None:
    """A visit booked from now on is "booked"; one that already happened is logged."""
    if visit.status is VisitStatus.BOOKED and visit.ends_at <= now:
        raise ValidationError({"starts_at": tr(
            "This time has passed: log the visit as done or no-show instead of booking it.")})


def check_loggable(visit: Visit, now: datetime) -> None:
    """Done or no-show can be recorded only once the visit has begun."""
    if visit.status in (VisitStatus.DONE, VisitStatus.NO_SHOW) and visit.starts_at > now:
        raise ValidationError({"status": tr(
            "The visit has not happened yet: log it after {when}.").format(
            when=tr("{day} {time}").format(day=format_day_month(visit.starts_at.date()),
                                           time=format_time(visit.starts_at)))})


@dataclass(frozen=True)
class VisitDraft:
    """A visit as its form or a test gives it, to book or to change."""

    school_id: int | None = None
    tutor_id: int | None = None
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    purpose: VisitPurpose = VisitPurpose.CO_TEACHING
    topic_ids: tuple[int, ...] = ()
    notes: str = ""

    def put_on(self, visit: Visit) -> Visit:
        for key in ("school_id", "tutor_id", "starts_at", "ends_at", "purpose", "notes"):
            setattr(visit, key, getattr(self, key))
        return visit

    def check(self) -> None:
        """Raise ValidationError naming every wrong field (no database needed)."""
        c = Checker()
        if self.school_id is None:
            c.fail("school_id", tr("Choose the school."))
        if self.tutor_id is None:
            c.fail("tutor_id", tr("Choose the tutor."))
        errors = errors_of(c.raise_if_any, self.put_on(Visit(0, 0, None, None)).check)  # type: ignore[arg-type]
        if errors:
            raise ValidationError(errors)


@dataclass(frozen=True)
class VisitSeriesDraft:
    """Recurring visits: ``visit`` on each date ``repeat`` gives (its own times are not
    used)."""

    visit: VisitDraft
    repeat: Repeat

    def on(self, day: date) -> VisitDraft:
        return replace(self.visit, starts_at=datetime.combine(day, self.repeat.starts),
                       ends_at=datetime.combine(day, self.repeat.ends))

    def check(self) -> None:
        stand_in = self.repeat.first_day or date(2000, 1, 3)

        def visit() -> None:  # the times are the repeat's: their errors are said there
            errors = errors_of(self.on(stand_in).check)
            errors.pop("starts_at", None)
            errors.pop("ends_at", None)
            if errors:
                raise ValidationError(errors)

        errors = errors_of(self.repeat.check, visit)
        if errors:
            raise ValidationError(errors)


LOGGED = (VisitStatus.DONE, VisitStatus.NO_SHOW)


@dataclass(frozen=True)
class VisitLog:
    """What happened at a visit, as its log form gives it."""

    status: VisitStatus = VisitStatus.DONE
    teachers_reached: int | None = None  # None with teachers named: as many as named
    teacher_ids: tuple[int, ...] = ()  # the teachers reached, by name
    topic_ids: tuple[int, ...] | None = None  # None: the topics stay as booked
    hours_spent: float | None = None  # None: as long as booked
    follow_up: bool = False
    notes: str = ""
    new_needs: tuple[str, ...] = ()  # needs noticed at the school (its ICT situation)
    resolved_need_ids: tuple[int, ...] = ()  # the school's needs the visit resolved

    def check(self) -> None:
        c = Checker()
        for need in self.new_needs:
            for problem in errors_of(NeedDraft(need).check).values():
                c.fail("new_needs", problem)
        if self.status not in LOGGED:
            c.fail("status", tr("Log a visit as done or no-show."))
        c.count("teachers_reached", self.teachers_reached, tr("Teachers reached"), 1_000)
        if self.hours_spent is not None and not 0 < self.hours_spent <= 24:
            c.fail("hours_spent", tr("Hours spent must be more than 0 and at most 24."))
        c.multi_line("notes", self.notes, tr("Notes"))
        c.raise_if_any()
