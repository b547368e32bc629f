"""Devices in the programme's inventory and the loans that lend them out."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from coachdesk.domain.text import tr
from coachdesk.domain.validation import Checker, clean


class DeviceStatus(StrEnum):
    AVAILABLE = "available"
    ON_LOAN = "on_loan"
    RESERVED = "reserved"
    IN_REPAIR = "in_repair"
    LOST = "lost"
    RETIRED = "retired"


LENDABLE = {DeviceStatus.AVAILABLE, DeviceStatus.RESERVED}


class BorrowerKind(StrEnum):
    TUTOR = "tutor"
    TEACHER = "teacher"
    SCHOOL = "school"


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
        self.asset_tag = clean(self.asset_tag)
        self.category = clean(self.category)
        c = Checker()
        c.required("asset_tag", self.asset_tag, tr("Asset tag"))
        c.required("category", self.category, tr("Category"))
        if self.price is not None and self.price < 0:
            c.fail("price", tr("Price cannot be negative."))
        c.count("content_count", self.content_count, tr("Content count"), maximum=1_000)
        c.raise_if_any()


class LoanState(StrEnum):
    ACTIVE = "active"
    OVERDUE = "overdue"
    RETURNED = "returned"


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
    id: int | None = None

    def borrower_id(self) -> int | None:
        return {
            BorrowerKind.TUTOR: self.tutor_id,
            BorrowerKind.TEACHER: self.teacher_id,
            BorrowerKind.SCHOOL: self.school_id,
        }[self.borrower_kind]

    def state(self, today: date) -> LoanState:
        if self.returned_on is not None:
            return LoanState.RETURNED
        return LoanState.OVERDUE if today > self.due_on else LoanState.ACTIVE

    def check(self) -> None:
        self.notes = clean(self.notes)
        c = Checker()
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
