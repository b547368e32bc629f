"""Schools' requests for a tutor, with the days and hours they prefer."""

from dataclasses import dataclass
from datetime import date, time
from enum import StrEnum

from coachdesk.domain.errors import ValidationError
from coachdesk.domain.released_time import parse_time
from coachdesk.domain.text import tr
from coachdesk.domain.validation import Checker, clean, clean_text
from coachdesk.domain.visits import VisitPurpose


class RequestStatus(StrEnum):
    NEW = "new"
    SCHEDULED = "scheduled"
    DONE = "done"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return {RequestStatus.NEW: tr("New"), RequestStatus.SCHEDULED: tr("Scheduled"),
                RequestStatus.DONE: tr("Done"), RequestStatus.CANCELLED: tr("Cancelled")}[self]


OPEN = (RequestStatus.NEW, RequestStatus.SCHEDULED)


class Urgency(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"

    @property
    def label(self) -> str:
        return {Urgency.LOW: tr("Low"), Urgency.NORMAL: tr("Normal"),
                Urgency.HIGH: tr("Urgent")}[self]


class AskedBy(StrEnum):
    PRINCIPAL = "principal"
    CONTACT = "contact"
    TEACHER = "teacher"

    @property
    def label(self) -> str:
        return {AskedBy.PRINCIPAL: tr("Principal"), AskedBy.CONTACT: tr("ICT contact person"),
                AskedBy.TEACHER: tr("Teacher")}[self]


@dataclass(eq=False)
class VisitRequest:
    school_id: int | None
    received_on: date
    asked_by: AskedBy = AskedBy.PRINCIPAL
    asked_by_name: str = ""
    purpose: VisitPurpose = VisitPurpose.CO_TEACHING
    minutes: int = 90  # how long a visit the school asks for
    teachers_count: int | None = None
    description: str = ""
    urgency: Urgency = Urgency.NORMAL
    status: RequestStatus = RequestStatus.NEW
    id: int | None = None

    def check(self) -> None:
        self.asked_by_name = clean(self.asked_by_name)
        self.description = clean_text(self.description)
        c = Checker()
        c.single_line("asked_by_name", self.asked_by_name, tr("Name"))
        c.multi_line("description", self.description, tr("Description"))
        if self.school_id is None:
            c.fail("school_id", tr("Choose the school that asks."))
        c.count("teachers_count", self.teachers_count, tr("Number of teachers"), 1_000)
        if not 15 <= self.minutes <= 8 * 60:
            c.fail("minutes", tr("A visit lasts from 15 minutes to 8 hours."))
        c.max_length("description", self.description, 5_000, tr("Description"))
        c.raise_if_any()


@dataclass(eq=False)
class RequestWindow:
    """Days and hours the school prefers: 1.–12.12., 8:00–12:00."""

    request_id: int | None
    first_day: date
    last_day: date
    starts: str = "08:00"
    ends: str = "16:00"
    id: int | None = None

    def check(self) -> None:
        c = Checker()
        c.order("last_day", self.first_day, self.last_day,
                tr("The last day cannot be before the first."))
        try:
            starts, ends = parse_time(self.starts), parse_time(self.ends)
        except ValueError:
            c.fail("starts", tr("Write times as 8:00 or 14:30."))
        else:
            if starts is None or ends is None or ends <= starts:
                c.fail("ends", tr("The preferred hours must end after they start."))
        c.raise_if_any()


@dataclass(frozen=True)
class PreferredTime:
    """A window of a request: the days and the hours of each day the school prefers."""

    first_day: date
    last_day: date | None = None  # None: the first day only
    starts: time = time(8)
    ends: time = time(16)

    def window(self, request_id: int | None = None) -> RequestWindow:
        """As it is kept ("08:00"); ``check`` it first."""
        return RequestWindow(request_id, self.first_day, self.last_day or self.first_day,
                             self.starts.isoformat("minutes"), self.ends.isoformat("minutes"))

    def check(self) -> None:
        c = Checker()
        c.order("last_day", self.first_day, self.last_day,
                tr("The last day cannot be before the first."))
        c.order("ends", self.starts, self.ends,
                tr("The preferred hours must end after they start."), strict=True)
        c.raise_if_any()


@dataclass(frozen=True)
class RequestDraft:
    """A school's request as its form or a test gives it, to record or to change."""

    school_id: int | None = None
    received_on: date | None = None  # None: today
    asked_by: AskedBy = AskedBy.PRINCIPAL
    asked_by_name: str = ""
    purpose: VisitPurpose = VisitPurpose.CO_TEACHING
    minutes: int = 90  # how long a visit the school asks for
    teachers_count: int | None = None
    description: str = ""
    urgency: Urgency = Urgency.NORMAL
    windows: tuple[PreferredTime, ...] = ()
    topic_ids: tuple[int, ...] = ()

    def put_on(self, request: VisitRequest, today: date) -> VisitRequest:
        for key in ("school_id", "asked_by", "asked_by_name", "purpose", "minutes",
                    "teachers_count", "description", "urgency"):
            setattr(request, key, getattr(self, key))
        request.received_on = self.received_on or today
        return request

    def check(self) -> None:
        """Raise ValidationError naming every wrong field, the first wrong preferred time
        by its number (no database needed)."""
        errors: dict[str, str] = {}
        try:
            self.put_on(VisitRequest(None, date.today()), date.today()).check()
        except ValidationError as exc:
            errors.update(exc.errors)
        for number, window in enumerate(self.windows, start=1):
            try:
                window.check()
            except ValidationError as exc:
                errors["windows"] = tr("Preferred time {n}: {problem}").format(
                    n=number, problem=exc)
                break
        if errors:
            raise ValidationError(errors)
