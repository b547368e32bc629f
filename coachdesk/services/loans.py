"""desk.loans: lending devices out and back, reservations, and what is due or overdue.

Every action loads the device's file (the device, its open loan, its reservations still
running or to come), lets the domain's ``DeviceFile`` decide, and saves what changed, in
one transaction. What follows the calendar (reserved, expired, overdue) is never written:
the queries compute it (``device_states``). The scan desk asks ``scan(tag)`` what to do
with a device just scanned.
"""

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from sqlalchemy import func, select

from coachdesk.domain.devices import (
    LENDABLE,
    BorrowerKind,
    Device,
    DeviceCategory,
    DeviceFile,
    DeviceStatus,
    Loan,
    LoanRequest,
    LossReport,
    Reservation,
    ReservationRequest,
    ReservationStatus,
    ReturnRequest,
)
from coachdesk.domain.errors import NotFound, ValidationError
from coachdesk.domain.formats import format_day_month
from coachdesk.domain.schools import School, Teacher
from coachdesk.domain.text import tr
from coachdesk.domain.tutors import Tutor
from coachdesk.domain.validation import checked, clean_text
from coachdesk.services.device_states import reservation_active, reservation_status
from coachdesk.services.devices import DeviceService, borrower_name, with_borrowers
from coachdesk.services.fields import get_or_raise
from coachdesk.storage import tables as t
from coachdesk.storage.database import Database
from coachdesk.storage.lists import ListColumn, ListSource
from coachdesk.storage.mapping import id_of, new_id

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
    def default_due(self, device_id: int, kind: BorrowerKind, borrower_id: int | None,
                    out_on: date) -> date:
        """The due date a loan gets from its category (a tutor's tablet: the agreement)."""
        with self.db.transaction() as s:
            device = get_or_raise(s, Device, device_id, tr("device"))
            return self._default_due(s, device, kind, borrower_id, out_on)

    def check_out(self, request: LoanRequest, today: date | None = None) -> int:
        """Lend the device; returns the loan's id. Without a due date the category's."""
        today = today or date.today()
        request.check()
        out_on = request.out_on or today
        with self.db.transaction() as s:
            self._check_borrower(s, request.borrower_kind, request.borrower_id)
            file = self._file(s, request.device_id, today)
            due = request.due_on or self._default_due(
                s, file.device, request.borrower_kind, request.borrower_id, out_on)
            loan = Loan(device_id=request.device_id, out_on=out_on, due_on=due,
                        borrower_kind=request.borrower_kind,
                        condition_out=request.condition or file.device.condition,
                        notes=request.notes)
            setattr(loan, BORROWERS[request.borrower_kind][1], request.borrower_id)
            collected = file.check_out(loan, today)
            loan_id = new_id(s, loan)
            if collected is not None:
                collected.loan_id = loan_id
            return loan_id

    def check_in(self, request: ReturnRequest, today: date | None = None) -> Loan:
        today = today or date.today()
        request.check()
        with self.db.transaction() as s:
            return self._file(s, request.device_id, today).check_in(
                request.returned_on or today, today, request.condition, request.notes)

    def renew(self, device_id: int, due_on: date | None, today: date | None = None) -> None:
        if due_on is None:
            raise ValidationError({"due_on": tr("Give the new due date.")})
        with self.db.transaction() as s:
            self._file(s, device_id, today or date.today()).renew(due_on)

    def mark_lost(self, report: LossReport, today: date | None = None) -> None:
        today = today or date.today()
        report.check()
        with self.db.transaction() as s:
            file = self._file(s, report.device_id, today)
            notes = clean_text(report.notes)
            if file.loan is not None and notes:
                file.loan.notes = "\n".join(x for x in (file.loan.notes, notes) if x)
            file.mark_lost(report.lost_on or today, today)

    def found(self, device_id: int, today: date | None = None) -> None:
        with self.db.transaction() as s:
            self._file(s, device_id, today or date.today()).found()

    def send_to_repair(self, device_id: int, today: date | None = None) -> None:
        with self.db.transaction() as s:
            self._file(s, device_id, today or date.today()).send_to_repair()

    def back_from_repair(self, device_id: int, today: date | None = None) -> None:
        with self.db.transaction() as s:
            self._file(s, device_id, today or date.today()).back_from_repair()

    def retire(self, device_id: int, today: date | None = None) -> None:
        today = today or date.today()
        with self.db.transaction() as s:
            self._file(s, device_id, today).retire(today)

    def open_loan(self, device_id: int) -> Loan | None:
        """The device's loan that has not ended, if any."""
        with self.db.transaction() as s:
            return self._file(s, device_id, date.today()).loan

    # -- reservations ---------------------------------------------------------------------
    def reserve(self, request: ReservationRequest, today: date | None = None) -> int:
        today = today or date.today()
        request.check()
        with self.db.transaction() as s:
            self._check_borrower(s, request.borrower_kind, request.borrower_id)
            file = self._file(s, request.device_id, today)
            reservation = Reservation(device_id=request.device_id,
                                      borrower_kind=request.borrower_kind,
                                      starts=checked(request.starts),
                                      ends=checked(request.ends), made_on=today,
                                      notes=request.notes)
            setattr(reservation, BORROWERS[request.borrower_kind][1], request.borrower_id)
            file.reserve(reservation, today)
            return new_id(s, reservation)

    def cancel_reservation(self, reservation_id: int, today: date | None = None) -> None:
        today = today or date.today()
        with self.db.transaction() as s:
            reservation = get_or_raise(s, Reservation, reservation_id, tr("reservation"))
            if reservation.state(today) is not ReservationStatus.ACTIVE:
                raise ValidationError({"status": tr("Only an active reservation can be "
                                                    "cancelled.")})
            self._file(s, reservation.device_id, today).cancel(reservation, today)

    def collect(self, reservation_id: int, due_on: date | None = None,
                today: date | None = None) -> int:
        """The reserver picks the device up: the reservation becomes a loan (due on its
        last day unless ``due_on`` says otherwise)."""
        today = today or date.today()
        with self.db.transaction() as s:
            reservation = get_or_raise(s, Reservation, reservation_id, tr("reservation"))
            if reservation.state(today) is not ReservationStatus.ACTIVE:
                raise ValidationError({"status": tr("This reservation is not active.")})
            if today < reservation.starts:
                raise ValidationError({"starts": tr(
                    "The reservation starts on {day}: collect it then.").format(
                    day=format_day_month(reservation.starts))})
            kind, borrower_id = reservation.borrower()
            request = LoanRequest(reservation.device_id, kind, borrower_id,
                                  due_on=due_on or max(reservation.ends, today))
        return self.check_out(request, today=today)

    # -- the scan desk --------------------------------------------------------------------
    def scan(self, tag: str, today: date | None = None) -> ScanResult:
        """What to do with a device whose tag was just typed or scanned."""
        today = today or date.today()
        found = self.devices.find_by_tag(tag, today)
        with self.db.transaction() as s:
            file = self._file(s, id_of(found), today)
            s.expunge(file.device)  # shown with its status today, never saved
            device = file.device
            device.status = file.state(today)
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
                ListColumn("due_on", lo.due_on),
                ListColumn("asset_tag", d.asset_tag),
                ListColumn("category", d.category),
                ListColumn("borrower", borrower_name()),
                ListColumn("borrower_kind", lo.borrower_kind),
                ListColumn("email", email),
                ListColumn("out_on", lo.out_on),
                ListColumn("returned_on", lo.returned_on),
                ListColumn("renewals", lo.renewals, numeric=True),
                ListColumn("condition_out", lo.condition_out),
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
        """Reservations; filters: active (running or to come), to_hand_out (running
        today), device_id. Their status is as it is today (unclaimed ones expire)."""
        today = today or date.today()
        re, d = t.reservations.c, t.devices.c
        return ListSource(
            db=self.db,
            id_column=re.id,
            from_clause=with_borrowers(t.reservations).join(t.devices, d.id == re.device_id),
            columns=[
                ListColumn("starts", re.starts),
                ListColumn("ends", re.ends),
                ListColumn("asset_tag", d.asset_tag),
                ListColumn("category", d.category),
                ListColumn("borrower", borrower_name()),
                ListColumn("status", reservation_status(today)),
                ListColumn("notes", re.notes),
            ],
            search=[func.lower(d.asset_tag), func.lower(borrower_name())],
            filters={
                "active": lambda v: None if not v else reservation_active(today),
                "to_hand_out": lambda v: None if not v else (
                    (re.status == ReservationStatus.ACTIVE) & (re.starts <= today)
                    & (re.ends >= today)),
                "device_id": lambda v: None if v is None else re.device_id == v,
            },
            default_sort="starts",
        )

    # -- inside a transaction -------------------------------------------------------------
    def _file(self, s, device_id: int, today: date) -> DeviceFile:
        # The device's row is locked first (PostgreSQL; SQLite's writers take turns whole):
        # two desks lending it at the same moment act one after the other, and the second
        # hears that it is on loan. The one-open-loan index is the database's last word.
        device = get_or_raise(s, Device, device_id, tr("device"), lock=True)
        lo, r = t.loans.c, t.reservations.c
        loan = s.scalar(select(Loan).where(lo.device_id == device_id,
                                           lo.returned_on.is_(None), lo.lost_on.is_(None)))
        reservations = list(s.scalars(select(Reservation).where(
            r.device_id == device_id, r.status == ReservationStatus.ACTIVE,
            r.ends >= today).order_by(r.starts)))
        return DeviceFile(device, loan, reservations)

    def _default_due(self, s, device: Device, kind: BorrowerKind, borrower_id: int | None,
                     out_on: date) -> date:
        category = s.scalar(select(DeviceCategory)
                            .where(t.device_categories.c.name == device.category))
        tutor = s.get(Tutor, borrower_id) if (
            kind is BorrowerKind.TUTOR and borrower_id is not None) else None
        category = category or DeviceCategory(device.category)
        return category.due_date(out_on, kind, tutor.agreement_end if tutor else None)

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
