"""desk.loans: lending devices out and back, reservations, and what is due or overdue.

Every action loads the device's file (the device, its open loan, its active
reservations), lets the domain's ``DeviceFile`` decide, and saves what changed, in one
transaction. The scan desk asks ``scan(tag)`` what to do with a device just scanned.
"""

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import func, select

from coachdesk.domain.devices import (
    LENDABLE,
    BorrowerKind,
    Device,
    DeviceCategory,
    DeviceFile,
    DeviceStatus,
    Loan,
    Reservation,
    ReservationStatus,
)
from coachdesk.domain.errors import NotFound, ValidationError
from coachdesk.domain.schools import School, Teacher
from coachdesk.domain.text import tr
from coachdesk.domain.tutors import Tutor
from coachdesk.domain.validation import Checker, clean_text
from coachdesk.services.devices import DeviceService, borrower_name, with_borrowers
from coachdesk.services.fields import as_date, as_enum, get_or_raise
from coachdesk.storage import tables as t
from coachdesk.storage.database import Database
from coachdesk.storage.lists import ListColumn, ListSource

DUE_SOON_DAYS = 7
BORROWERS = {BorrowerKind.TUTOR: (Tutor, "tutor_id"), BorrowerKind.TEACHER: (Teacher,
             "teacher_id"), BorrowerKind.SCHOOL: (School, "school_id")}


class ScanAction(StrEnum):
    CHECK_OUT = "check_out"
    CHECK_IN = "check_in"
    COLLECT = "collect"
    NONE = "none"  # in repair, lost or retired: nothing to do at the desk


@dataclass(frozen=True)
class ScanResult:
    device: Device
    action: ScanAction
    message: str
    reservation_id: int | None = None
    holder: str = ""


class LoanService:
    def __init__(self, db: Database, devices: DeviceService):
        self.db = db
        self.devices = devices

    # -- lending --------------------------------------------------------------------------
    def default_due(self, device_id: int, kind: BorrowerKind | str, borrower_id: int,
                    out_on: date) -> date:
        """The due date a loan gets from its category (a tutor's tablet: the agreement)."""
        kind = BorrowerKind(kind)
        with self.db.transaction() as s:
            device = get_or_raise(s, Device, device_id, tr("device"))
            category = s.scalar(select(DeviceCategory)
                                .where(DeviceCategory.name == device.category))
            end = s.get(Tutor, borrower_id).agreement_end if (
                kind is BorrowerKind.TUTOR and s.get(Tutor, borrower_id)) else None
        category = category or DeviceCategory(device.category)
        return category.due_date(out_on, kind, end)

    def check_out(self, device_id: int, kind: BorrowerKind | str, borrower_id: int,
                  due_on: Any = None, out_on: Any = None, condition: str = "",
                  notes: str = "", today: date | None = None) -> int:
        """Lend the device; returns the loan's id. Without a due date the category's."""
        today = today or date.today()
        kind = as_enum("borrower_kind", BorrowerKind, kind, tr("borrower"))
        out_on = as_date("out_on", out_on, tr("Lent on")) or today
        due = as_date("due_on", due_on, tr("Due"))
        if due is None:
            due = self.default_due(device_id, kind, borrower_id, out_on)
        with self.db.transaction() as s:
            self._check_borrower(s, kind, borrower_id)
            file = self._file(s, device_id)
            loan = Loan(device_id=device_id, out_on=out_on, due_on=due, borrower_kind=kind,
                        condition_out=condition or file.device.condition, notes=notes)
            setattr(loan, BORROWERS[kind][1], borrower_id)
            collected = file.check_out(loan, today)
            s.add(loan)
            s.flush()
            if collected is not None:
                collected.loan_id = loan.id
            return loan.id

    def check_in(self, device_id: int, on: Any = None, condition: str = "", notes: str = "",
                 today: date | None = None) -> Loan:
        today = today or date.today()
        on = as_date("returned_on", on, tr("Returned on")) or today
        with self.db.transaction() as s:
            return self._file(s, device_id).check_in(on, today, condition, notes)

    def renew(self, device_id: int, due_on: Any, today: date | None = None) -> None:
        due = as_date("due_on", due_on, tr("Due"))
        if due is None:
            raise ValidationError({"due_on": tr("Give the new due date.")})
        with self.db.transaction() as s:
            self._file(s, device_id).renew(due)

    def mark_lost(self, device_id: int, on: Any = None, notes: str = "",
                  today: date | None = None) -> None:
        today = today or date.today()
        on = as_date("lost_on", on, tr("Lost on")) or today
        notes = clean_text(notes)
        c = Checker()
        c.multi_line("notes", notes, tr("What happened"))
        c.raise_if_any()
        with self.db.transaction() as s:
            file = self._file(s, device_id)
            if file.loan is not None and notes:
                file.loan.notes = "\n".join(x for x in (file.loan.notes, notes) if x)
            file.mark_lost(on, today)

    def found(self, device_id: int, today: date | None = None) -> None:
        with self.db.transaction() as s:
            self._file(s, device_id).found(today or date.today())

    def send_to_repair(self, device_id: int) -> None:
        with self.db.transaction() as s:
            self._file(s, device_id).send_to_repair()

    def back_from_repair(self, device_id: int, today: date | None = None) -> None:
        with self.db.transaction() as s:
            self._file(s, device_id).back_from_repair(today or date.today())

    def retire(self, device_id: int, today: date | None = None) -> None:
        with self.db.transaction() as s:
            self._file(s, device_id).retire(today or date.today())

    def open_loan(self, device_id: int) -> Loan | None:
        """The device's loan that has not ended, if any."""
        with self.db.transaction() as s:
            return self._file(s, device_id).loan

    # -- reservations ---------------------------------------------------------------------
    def reserve(self, device_id: int, kind: BorrowerKind | str, borrower_id: int,
                starts: Any, ends: Any, notes: str = "", today: date | None = None) -> int:
        today = today or date.today()
        kind = as_enum("borrower_kind", BorrowerKind, kind, tr("borrower"))
        first = as_date("starts", starts, tr("From"))
        last = as_date("ends", ends, tr("Until"))
        if first is None or last is None:
            raise ValidationError({"starts" if first is None else "ends":
                                   tr("Give the first and the last day.")})
        with self.db.transaction() as s:
            self._check_borrower(s, kind, borrower_id)
            file = self._file(s, device_id)
            reservation = Reservation(device_id=device_id, borrower_kind=kind, starts=first,
                                      ends=last, made_on=today, notes=notes)
            setattr(reservation, BORROWERS[kind][1], borrower_id)
            file.reserve(reservation, today)
            s.add(reservation)
            s.flush()
            return reservation.id

    def cancel_reservation(self, reservation_id: int, today: date | None = None) -> None:
        with self.db.transaction() as s:
            reservation = get_or_raise(s, Reservation, reservation_id, tr("reservation"))
            if reservation.status is not ReservationStatus.ACTIVE:
                raise ValidationError({"status": tr("Only an active reservation can be "
                                                    "cancelled.")})
            self._file(s, reservation.device_id).cancel(reservation, today or date.today())

    def collect(self, reservation_id: int, due_on: Any = None,
                today: date | None = None) -> int:
        """The reserver picks the device up: the reservation becomes a loan."""
        today = today or date.today()
        with self.db.transaction() as s:
            reservation = get_or_raise(s, Reservation, reservation_id, tr("reservation"))
            if reservation.status is not ReservationStatus.ACTIVE:
                raise ValidationError({"status": tr("This reservation is not active.")})
            if today < reservation.starts:
                raise ValidationError({"starts": tr(
                    "The reservation starts on {day}: collect it then.").format(
                    day=f"{reservation.starts.day}.{reservation.starts.month}.")})
            kind, borrower_id = reservation.borrower()
            device_id = reservation.device_id
        return self.check_out(device_id, kind, borrower_id,
                              due_on=due_on or max(reservation.ends, today), today=today)

    def expire_reservations(self, today: date | None = None) -> int:
        """Reservations not collected by their last day expire; returns how many."""
        today = today or date.today()
        with self.db.transaction() as s:
            device_ids = set(s.scalars(select(Reservation.device_id).where(
                Reservation.status == ReservationStatus.ACTIVE, Reservation.ends < today)))
            return sum(len(self._file(s, i).expire(today)) for i in device_ids)

    def refresh_statuses(self, today: date | None = None) -> None:
        """Bring "reserved" and "available" up to date with the calendar: a reservation
        whose first day has come marks its device reserved; one that ended unclaimed
        expires. Called when the device pages open."""
        today = today or date.today()
        self.expire_reservations(today)
        d, re = t.devices.c, t.reservations.c
        running = (select(re.id).where(re.device_id == d.id,
                                       re.status == ReservationStatus.ACTIVE,
                                       re.starts <= today, re.ends >= today)
                   .correlate(t.devices).exists())
        with self.db.transaction() as s:
            s.execute(t.devices.update().where(d.status == DeviceStatus.AVAILABLE, running)
                      .values(status=DeviceStatus.RESERVED))
            s.execute(t.devices.update().where(d.status == DeviceStatus.RESERVED, ~running)
                      .values(status=DeviceStatus.AVAILABLE))

    # -- the scan desk --------------------------------------------------------------------
    def scan(self, tag: str, today: date | None = None) -> ScanResult:
        """What to do with a device whose tag was just typed or scanned."""
        today = today or date.today()
        device = self.devices.find_by_tag(tag)
        with self.db.transaction() as s:
            file = self._file(s, device.id)
            device = file.device
            if file.loan is not None:
                who = self._name(s, file.loan.borrower_kind, file.loan.borrower_id())
                return ScanResult(device, ScanAction.CHECK_IN, tr(
                    "{tag} is on loan to {who}: check it in.").format(
                    tag=device.asset_tag, who=who), holder=who)
            running = next((r for r in file.reservations if r.starts <= today <= r.ends),
                           None)
            if running is not None and device.status in LENDABLE:  # not while in repair
                who = self._name(s, *running.borrower())
                return ScanResult(device, ScanAction.COLLECT, tr(
                    "{tag} is reserved for {who}: hand it over.").format(
                    tag=device.asset_tag, who=who), running.id, who)
            if device.status is DeviceStatus.AVAILABLE:
                return ScanResult(device, ScanAction.CHECK_OUT, tr(
                    "{tag} is available: choose the borrower.").format(tag=device.asset_tag))
            return ScanResult(device, ScanAction.NONE, tr("{tag} is {status}.").format(
                tag=device.asset_tag, status=device.status.label.lower()))

    # -- lists ----------------------------------------------------------------------------
    def loans_source(self, today: date | None = None) -> ListSource:
        """Loans; filters: open (not returned), overdue, due_soon (within a week),
        device_id, borrower_kind."""
        today = today or date.today()
        lo, d = t.loans.c, t.devices.c
        email = func_email()
        return ListSource(
            db=self.db,
            id_column=lo.id,
            from_clause=with_borrowers(t.loans).join(t.devices, d.id == lo.device_id),
            columns=[
                ListColumn("due_on", tr("Due"), lo.due_on),
                ListColumn("asset_tag", tr("Asset tag"), d.asset_tag),
                ListColumn("category", tr("Category"), d.category),
                ListColumn("borrower", tr("Borrower"), borrower_name()),
                ListColumn("borrower_kind", tr("Kind"), lo.borrower_kind, lambda v: v.label),
                ListColumn("email", tr("Contact"), email),
                ListColumn("out_on", tr("Lent on"), lo.out_on),
                ListColumn("returned_on", tr("Returned"), lo.returned_on),
                ListColumn("renewals", tr("Renewals"), lo.renewals, numeric=True),
                ListColumn("condition_out", tr("Condition out"), lo.condition_out),
            ],
            search=[func.lower(d.asset_tag), func.lower(borrower_name())],
            filters={
                "open": lambda v: None if not v else open_clause(),
                "overdue": lambda v: None if not v else (open_clause() & (lo.due_on < today)),
                "due_soon": lambda v: None if not v else (
                    open_clause() & lo.due_on.between(today,
                                                      today + timedelta(days=DUE_SOON_DAYS))),
                "device_id": lambda v: None if v is None else lo.device_id == v,
                "borrower_kind": lambda v: None if v is None else lo.borrower_kind == v,
            },
            default_sort="due_on",
        )

    def reservations_source(self, today: date | None = None) -> ListSource:
        """Reservations; filters: active, to_hand_out (running today), device_id."""
        today = today or date.today()
        re, d = t.reservations.c, t.devices.c
        return ListSource(
            db=self.db,
            id_column=re.id,
            from_clause=with_borrowers(t.reservations).join(t.devices, d.id == re.device_id),
            columns=[
                ListColumn("starts", tr("From"), re.starts),
                ListColumn("ends", tr("Until"), re.ends),
                ListColumn("asset_tag", tr("Asset tag"), d.asset_tag),
                ListColumn("category", tr("Category"), d.category),
                ListColumn("borrower", tr("For"), borrower_name()),
                ListColumn("status", tr("Status"), re.status, lambda v: v.label),
                ListColumn("notes", tr("Notes"), re.notes),
            ],
            search=[func.lower(d.asset_tag), func.lower(borrower_name())],
            filters={
                "active": lambda v: None if not v else re.status == ReservationStatus.ACTIVE,
                "to_hand_out": lambda v: None if not v else (
                    (re.status == ReservationStatus.ACTIVE) & (re.starts <= today)
                    & (re.ends >= today)),
                "device_id": lambda v: None if v is None else re.device_id == v,
            },
            default_sort="starts",
        )

    # -- inside a transaction -------------------------------------------------------------
    def _file(self, s, device_id: int) -> DeviceFile:
        device = get_or_raise(s, Device, device_id, tr("device"))
        loan = s.scalar(select(Loan).where(Loan.device_id == device_id,
                                           Loan.returned_on.is_(None), Loan.lost_on.is_(None)))
        reservations = list(s.scalars(select(Reservation).where(
            Reservation.device_id == device_id,
            Reservation.status == ReservationStatus.ACTIVE).order_by(Reservation.starts)))
        return DeviceFile(device, loan, reservations)

    def _check_borrower(self, s, kind: BorrowerKind, borrower_id: int | None) -> None:
        cls, _ = BORROWERS[kind]
        found = s.get(cls, borrower_id) if borrower_id is not None else None
        if found is None or getattr(found, "archived", False):
            raise ValidationError({"borrower": tr("Choose the borrower.")})

    def _name(self, s, kind: BorrowerKind, borrower_id: int | None) -> str:
        found = s.get(BORROWERS[kind][0], borrower_id) if borrower_id is not None else None
        if found is None:
            raise NotFound(tr("The borrower no longer exists."))
        return found.name


def open_clause():
    lo = t.loans.c
    return lo.returned_on.is_(None) & lo.lost_on.is_(None)


def func_email():
    """The borrower's e-mail: a person's own, or the school's ICT contact's."""
    return func.coalesce(func.nullif(t.tutors.c.email, ""), func.nullif(t.teachers.c.email, ""),
                         func.nullif(t.schools.c.ict_contact_email, ""))
