"""Devices in the programme's inventory and the loans that lend them out."""

from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from coachdesk.domain.calendar import ranges_overlap
from coachdesk.domain.errors import ValidationError
from coachdesk.domain.formats import format_date, format_date_range
from coachdesk.domain.text import tr
from coachdesk.domain.validation import Checker, clean, clean_text


class DeviceStatus(StrEnum):
    """What a device is today. "Reserved" is never stored: an available device is
    reserved while one of its reservations runs (see :meth:`DeviceFile.status`), and the
    queries that read a status compute it the same way."""

    AVAILABLE = "available"
    ON_LOAN = "on_loan"
    RESERVED = "reserved"
    IN_REPAIR = "in_repair"
    LOST = "lost"
    RETIRED = "retired"

    @property
    def label(self) -> str:
        return {
            DeviceStatus.AVAILABLE: tr("Available"),
            DeviceStatus.ON_LOAN: tr("On loan"),
            DeviceStatus.RESERVED: tr("Reserved"),
            DeviceStatus.IN_REPAIR: tr("In repair"),
            DeviceStatus.LOST: tr("Lost"),
            DeviceStatus.RETIRED: tr("Retired"),
        }[self]


LENDABLE = {DeviceStatus.AVAILABLE, DeviceStatus.RESERVED}


class BorrowerKind(StrEnum):
    TUTOR = "tutor"
    TEACHER = "teacher"
    SCHOOL = "school"

    @property
    def label(self) -> str:
        return {BorrowerKind.TUTOR: tr("Tutor"), BorrowerKind.TEACHER: tr("Teacher"),
                BorrowerKind.SCHOOL: tr("School")}[self]


PRICE_LIMIT = 100_000_000  # the price column holds 8 digits before the decimal point


@dataclass(eq=False)
class Device:
    asset_tag: str
    category: str
    model: str = ""
    serial_number: str = ""
    purchase_date: date | None = None
    price: Decimal | None = None
    funding_source: str = ""
    condition: str = ""
    status: DeviceStatus = DeviceStatus.AVAILABLE
    location: str = ""
    content_count: int | None = None  # a kit, e.g. a class set of 30 micro:bits
    notes: str = ""
    id: int | None = None

    def check(self) -> None:
        for attr in ("asset_tag", "category", "model", "serial_number", "funding_source",
                     "condition", "location"):
            setattr(self, attr, clean(getattr(self, attr)))
        self.notes = clean_text(self.notes)
        c = Checker()
        for attr, label in (
            ("asset_tag", tr("Asset tag")), ("category", tr("Category")), ("model", tr("Model")),
            ("serial_number", tr("Serial number")), ("funding_source", tr("Funding")),
            ("condition", tr("Condition")), ("location", tr("Storage location")),
        ):
            c.single_line(attr, getattr(self, attr), label)
        c.multi_line("notes", self.notes, tr("Notes"))
        c.required("asset_tag", self.asset_tag, tr("Asset tag"))
        c.max_length("asset_tag", self.asset_tag, 64, tr("Asset tag"))
        c.required("category", self.category, tr("Category"))
        c.max_length("category", self.category, 100, tr("Category"))
        if self.price is not None and self.price < 0:
            c.fail("price", tr("Price cannot be negative."))
        # NUMERIC(10, 2); a number too big to round to cents is refused before it is.
        elif self.price is not None and (self.price >= PRICE_LIMIT
                                         or round(self.price, 2) >= PRICE_LIMIT):
            c.fail("price", tr("{label} cannot be more than {maximum}.").format(
                label=tr("Price"), maximum=PRICE_LIMIT - 1))
        c.count("content_count", self.content_count, tr("Content count"), maximum=1_000)
        c.plausible_year("purchase_date", self.purchase_date, tr("Purchase date"))
        c.raise_if_any()


class LoanState(StrEnum):
    ACTIVE = "active"
    OVERDUE = "overdue"
    RETURNED = "returned"
    LOST = "lost"


@dataclass(eq=False)
class Loan:
    device_id: int
    out_on: date
    due_on: date
    borrower_kind: BorrowerKind
    tutor_id: int | None = None
    teacher_id: int | None = None
    school_id: int | None = None
    returned_on: date | None = None
    condition_out: str = ""
    condition_in: str = ""
    notes: str = ""
    renewals: int = 0
    lost_on: date | None = None  # the borrower lost it: the loan ends, nothing came back
    id: int | None = None

    def borrower_id(self) -> int | None:
        return {
            BorrowerKind.TUTOR: self.tutor_id,
            BorrowerKind.TEACHER: self.teacher_id,
            BorrowerKind.SCHOOL: self.school_id,
        }[self.borrower_kind]

    @property
    def open(self) -> bool:
        return self.returned_on is None and self.lost_on is None

    def state(self, today: date) -> LoanState:
        if self.lost_on is not None:
            return LoanState.LOST
        if self.returned_on is not None:
            return LoanState.RETURNED
        return LoanState.OVERDUE if today > self.due_on else LoanState.ACTIVE

    def check(self) -> None:
        self.condition_out = clean(self.condition_out)
        self.notes = clean_text(self.notes)
        c = Checker()
        c.single_line("condition", self.condition_out, tr("Condition on departure"))
        c.multi_line("notes", self.notes, tr("Notes"))
        c.order("due_on", self.out_on, self.due_on, tr("A loan cannot be due before it starts."))
        c.order(
            "returned_on", self.out_on, self.returned_on,
            tr("A device cannot come back before it went out."),
        )
        given = [x for x in (self.tutor_id, self.teacher_id, self.school_id) if x is not None]
        if len(given) != 1 or self.borrower_id() is None:
            c.fail(
                "borrower",
                tr("A loan has exactly one borrower: a tutor, a teacher or a school."),
            )
        c.raise_if_any()


def _one_borrower(c: Checker, kind: BorrowerKind, ids: tuple) -> None:
    given = [x for x in ids if x is not None]
    chosen = {BorrowerKind.TUTOR: ids[0], BorrowerKind.TEACHER: ids[1],
              BorrowerKind.SCHOOL: ids[2]}[kind]
    if len(given) != 1 or chosen is None:
        c.fail("borrower", tr("Choose the borrower: a tutor, a teacher or a school."))


@dataclass(eq=False)
class DeviceCategory:
    """A kind of device with its usual loan period."""

    name: str
    loan_days: int = 14
    until_agreement_end: bool = False  # lent to a tutor: until their agreement ends
    description: str = ""
    id: int | None = None

    def check(self) -> None:
        self.name = clean(self.name)
        self.description = clean_text(self.description)
        c = Checker()
        c.single_line("name", self.name, tr("Name"))
        c.multi_line("description", self.description, tr("Description"))
        c.required("name", self.name, tr("Name"))
        c.max_length("name", self.name, 100, tr("Name"))
        if self.loan_days is None or not 1 <= self.loan_days <= 400:
            c.fail("loan_days", tr("A loan period is from 1 to 400 days."))
        c.raise_if_any()

    def due_date(self, out_on: date, kind: BorrowerKind, agreement_end: date | None) -> date:
        """When a loan made today falls due, unless the coordinator says otherwise."""
        if (self.until_agreement_end and kind is BorrowerKind.TUTOR and agreement_end
                and agreement_end >= out_on):
            return agreement_end
        return out_on + timedelta(days=self.loan_days)


class ReservationStatus(StrEnum):
    ACTIVE = "active"
    COLLECTED = "collected"  # picked up: it became a loan
    CANCELLED = "cancelled"
    EXPIRED = "expired"  # nobody came for it

    @property
    def label(self) -> str:
        return {ReservationStatus.ACTIVE: tr("Reserved"),
                ReservationStatus.COLLECTED: tr("Collected"),
                ReservationStatus.CANCELLED: tr("Cancelled"),
                ReservationStatus.EXPIRED: tr("Expired")}[self]


@dataclass(eq=False)
class Reservation:
    device_id: int
    borrower_kind: BorrowerKind
    starts: date
    ends: date
    tutor_id: int | None = None
    teacher_id: int | None = None
    school_id: int | None = None
    status: ReservationStatus = ReservationStatus.ACTIVE
    loan_id: int | None = None
    made_on: date | None = None
    notes: str = ""
    id: int | None = None

    def state(self, today: date) -> ReservationStatus:
        """As stored, except that an active reservation whose last day has passed
        unclaimed has expired (derived, never written)."""
        if self.status is ReservationStatus.ACTIVE and self.ends < today:
            return ReservationStatus.EXPIRED
        return self.status

    def borrower(self) -> tuple[BorrowerKind, int | None]:
        return self.borrower_kind, {BorrowerKind.TUTOR: self.tutor_id,
                                    BorrowerKind.TEACHER: self.teacher_id,
                                    BorrowerKind.SCHOOL: self.school_id}[self.borrower_kind]

    def check(self) -> None:
        self.notes = clean_text(self.notes)
        c = Checker()
        c.multi_line("notes", self.notes, tr("Notes"))
        c.order("ends", self.starts, self.ends, tr("A reservation cannot end before it starts."))
        _one_borrower(c, self.borrower_kind, (self.tutor_id, self.teacher_id, self.school_id))
        c.raise_if_any()


def loan_borrower(loan: Loan) -> tuple[BorrowerKind, int | None]:
    return loan.borrower_kind, loan.borrower_id()


def _span(first: date, last: date) -> str:
    return format_date_range(first, last)


# -- what a form, the import or the command line gives --------------------------------------
@dataclass(frozen=True)
class DeviceDraft:
    """A device as its form gives it, to add or change."""

    asset_tag: str = ""
    category: str = ""
    model: str = ""
    serial_number: str = ""
    purchase_date: date | None = None
    price: Decimal | None = None
    funding_source: str = ""
    condition: str = ""
    location: str = ""
    content_count: int | None = None
    notes: str = ""

    def check(self) -> None:
        """Raise ValidationError naming every field that is wrong (no database needed)."""
        Device(**asdict(self)).check()


@dataclass(frozen=True)
class CategoryDraft:
    name: str = ""
    loan_days: int | None = 14
    until_agreement_end: bool = False
    description: str = ""

    def check(self) -> None:
        DeviceCategory(**asdict(self)).check()


def _check_borrower(c: Checker, kind: BorrowerKind, borrower_id: int | None) -> None:
    if not isinstance(kind, BorrowerKind):
        c.fail("borrower_kind", tr("Choose whether the borrower is a tutor, a teacher or a "
                                   "school."))
    elif borrower_id is None:
        c.fail("borrower", tr("Choose the borrower."))


@dataclass(frozen=True)
class LoanRequest:
    """Lend a device: to whom, from when (today if not given) and until when (the
    category's loan period if not given)."""

    device_id: int
    borrower_kind: BorrowerKind
    borrower_id: int | None
    due_on: date | None = None
    out_on: date | None = None
    condition: str = ""  # on departure; the device's own if not given
    notes: str = ""

    def check(self) -> None:
        c = Checker()
        _check_borrower(c, self.borrower_kind, self.borrower_id)
        c.single_line("condition", clean(self.condition), tr("Condition on departure"))
        c.multi_line("notes", clean_text(self.notes), tr("Notes"))
        c.plausible_year("out_on", self.out_on, tr("Lent on"))
        c.plausible_year("due_on", self.due_on, tr("Due"))
        c.order("due_on", self.out_on, self.due_on, tr("A loan cannot be due before it starts."))
        c.raise_if_any()


@dataclass(frozen=True)
class ReservationRequest:
    """Keep a device for a borrower from one day to another."""

    device_id: int
    borrower_kind: BorrowerKind
    borrower_id: int | None
    starts: date | None
    ends: date | None
    notes: str = ""

    def check(self) -> None:
        c = Checker()
        _check_borrower(c, self.borrower_kind, self.borrower_id)
        for key, day, label in (("starts", self.starts, tr("From")),
                                ("ends", self.ends, tr("Until"))):
            if day is None:
                c.fail(key, tr("Give the first and the last day."))
            c.plausible_year(key, day, label)
        c.order("ends", self.starts, self.ends, tr("A reservation cannot end before it starts."))
        c.multi_line("notes", clean_text(self.notes), tr("Notes"))
        c.raise_if_any()


@dataclass(frozen=True)
class ReturnRequest:
    """A device comes back: on which day (today if not given), in what condition."""

    device_id: int
    returned_on: date | None = None
    condition: str = ""
    notes: str = ""  # damage and notes, added to the loan's

    def check(self) -> None:
        c = Checker()
        c.plausible_year("returned_on", self.returned_on, tr("Returned on"))
        c.single_line("condition", clean(self.condition), tr("Condition"))
        c.multi_line("notes", clean_text(self.notes), tr("Damage and notes"))
        c.raise_if_any()


@dataclass(frozen=True)
class LossReport:
    """A device is lost: since when (today if not given), and what happened."""

    device_id: int
    lost_on: date | None = None
    notes: str = ""

    def check(self) -> None:
        c = Checker()
        c.plausible_year("lost_on", self.lost_on, tr("Lost on"))
        c.multi_line("notes", clean_text(self.notes), tr("What happened"))
        c.raise_if_any()


@dataclass
class DeviceFile:
    """One device with its open loan and active reservations: what may happen to it now.

    The services load a file, call one of these actions and save what changed, so the
    rules live here, once: a device is in exactly one state and on at most one loan.
    What follows the calendar is not stored but derived when read: a device is reserved
    while a reservation runs (:meth:`state`), a reservation whose last day has passed
    unclaimed has expired (:meth:`Reservation.state`).
    """

    device: Device
    loan: Loan | None = None  # the open loan, if any
    # Active reservations not yet over (running or to come), by first day.
    reservations: list[Reservation] = field(default_factory=list)

    def state(self, today: date) -> DeviceStatus:
        """What the device is today: available, or reserved while one of its reservations
        runs; otherwise as stored (on loan, in repair, lost, retired)."""
        if self.device.status in LENDABLE:
            running = any(r.starts <= today <= r.ends for r in self.reservations)
            return DeviceStatus.RESERVED if running else DeviceStatus.AVAILABLE
        return self.device.status

    # -- lending --------------------------------------------------------------------------
    def check_out(self, loan: Loan, today: date) -> Reservation | None:
        """Lend the device; a reservation of the same borrower covering the loan's first
        day is collected and returned."""
        loan.check()
        if self.device.status not in LENDABLE:
            raise ValidationError({"device": tr("{tag} is {status}: it cannot be lent.")
                                   .format(tag=self.device.asset_tag,
                                           status=self.device.status.label.lower())})
        if self.loan is not None:
            raise ValidationError({"device": tr("{tag} is already on loan.").format(
                tag=self.device.asset_tag)})
        if loan.out_on > today:
            raise ValidationError({"out_on": tr(
                "A loan starts today or earlier; reserve the device for a later date.")})
        mine = None
        for reservation in self.reservations:
            if not ranges_overlap(reservation.starts, reservation.ends, loan.out_on,
                                  loan.due_on):
                continue
            if reservation.borrower() == loan_borrower(loan) and (
                    reservation.starts <= loan.out_on <= reservation.ends):
                mine = reservation
                continue
            raise ValidationError({"due_on": tr(
                "The device is reserved for someone else {span}: make the loan due before "
                "then.").format(span=_span(reservation.starts, reservation.ends))})
        if mine is not None:
            mine.status = ReservationStatus.COLLECTED
            self.reservations.remove(mine)
        self.loan = loan
        self.device.status = DeviceStatus.ON_LOAN
        return mine

    def check_in(self, on: date, today: date, condition: str = "", notes: str = "") -> Loan:
        loan = self._open_loan()
        condition, notes = clean(condition), clean_text(notes)
        c = Checker()
        c.single_line("condition", condition, tr("Condition"))
        c.multi_line("notes", notes, tr("Damage and notes"))
        c.raise_if_any()
        if on > today:
            raise ValidationError({"returned_on": tr("A device cannot come back in the future.")})
        if on < loan.out_on:
            raise ValidationError({"returned_on": tr(
                "A device cannot come back before it went out.")})
        loan.returned_on = on
        loan.condition_in = condition
        if notes:
            loan.notes = "\n".join(x for x in (loan.notes, notes) if x)
        if condition:
            self.device.condition = condition
        self.loan = None
        self.device.status = DeviceStatus.AVAILABLE
        return loan

    def renew(self, due_on: date) -> None:
        loan = self._open_loan()
        c = Checker()
        c.plausible_year("due_on", due_on, tr("New due date"))
        c.raise_if_any()
        if due_on <= loan.due_on:
            raise ValidationError({"due_on": tr("A renewal moves the due date later.")})
        for reservation in self.reservations:
            if ranges_overlap(reservation.starts, reservation.ends, loan.due_on, due_on) and (
                    reservation.borrower() != loan_borrower(loan)):
                raise ValidationError({"due_on": tr(
                    "The device is reserved for someone else {span}.").format(
                    span=_span(reservation.starts, reservation.ends))})
        loan.due_on = due_on
        loan.renewals += 1

    # -- reservations ---------------------------------------------------------------------
    def reserve(self, reservation: Reservation, today: date) -> None:
        reservation.check()
        if self.device.status in (DeviceStatus.LOST, DeviceStatus.RETIRED):
            raise ValidationError({"device": tr("{tag} is {status}: it cannot be reserved.")
                                   .format(tag=self.device.asset_tag,
                                           status=self.device.status.label.lower())})
        if reservation.ends < today:
            raise ValidationError({"ends": tr("A reservation cannot be in the past.")})
        for other in self.reservations:
            if other is not reservation and ranges_overlap(
                    other.starts, other.ends, reservation.starts, reservation.ends):
                raise ValidationError({"starts": tr(
                    "The device is already reserved {span}.").format(
                    span=_span(other.starts, other.ends))})
        if self.loan is not None:
            busy_until = max(self.loan.due_on, today)
            if ranges_overlap(self.loan.out_on, busy_until, reservation.starts,
                              reservation.ends):
                raise ValidationError({"starts": tr(
                    "The device is on loan until {due}; reserve it from the day after."
                ).format(due=format_date(busy_until))})
        self.reservations.append(reservation)

    def cancel(self, reservation: Reservation, today: date) -> None:
        if reservation.state(today) is not ReservationStatus.ACTIVE:
            raise ValidationError({"status": tr("Only an active reservation can be cancelled.")})
        reservation.status = ReservationStatus.CANCELLED
        if reservation in self.reservations:
            self.reservations.remove(reservation)

    # -- the device itself ----------------------------------------------------------------
    def mark_lost(self, on: date, today: date) -> None:
        if on > today:
            raise ValidationError({"lost_on": tr("A device cannot be lost in the future.")})
        if self.device.status in (DeviceStatus.LOST, DeviceStatus.RETIRED):
            raise ValidationError({"device": tr("{tag} is already {status}.").format(
                tag=self.device.asset_tag, status=self.device.status.label.lower())})
        if self.loan is not None:
            self.loan.lost_on = max(on, self.loan.out_on)
            self.loan = None
        for reservation in list(self.reservations):
            self.cancel(reservation, today)
        self.device.status = DeviceStatus.LOST

    def found(self) -> None:
        if self.device.status is not DeviceStatus.LOST:
            raise ValidationError({"device": tr("Only a lost device can be found.")})
        self.device.status = DeviceStatus.AVAILABLE

    def send_to_repair(self) -> None:
        if self.device.status not in (DeviceStatus.AVAILABLE, DeviceStatus.RESERVED):
            raise ValidationError({"device": tr(
                "Check the device in before sending it for repair.")})
        self.device.status = DeviceStatus.IN_REPAIR

    def back_from_repair(self) -> None:
        if self.device.status is not DeviceStatus.IN_REPAIR:
            raise ValidationError({"device": tr("The device is not in repair.")})
        self.device.status = DeviceStatus.AVAILABLE

    def retire(self, today: date) -> None:
        if self.device.status is DeviceStatus.RETIRED:
            raise ValidationError({"device": tr("{tag} is already retired.").format(
                tag=self.device.asset_tag)})
        if self.loan is not None:
            raise ValidationError({"device": tr("Check the device in before retiring it.")})
        for reservation in list(self.reservations):
            self.cancel(reservation, today)
        self.device.status = DeviceStatus.RETIRED

    def _open_loan(self) -> Loan:
        if self.loan is None:
            raise ValidationError({"device": tr("{tag} is not on loan.").format(
                tag=self.device.asset_tag)})
        return self.loan
