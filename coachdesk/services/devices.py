"""desk.devices: the inventory, its categories, each device's history and who holds what."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.exc import IntegrityError

from coachdesk.domain.devices import (
    BorrowerKind,
    Device,
    DeviceCategory,
    DeviceStatus,
    ReservationStatus,
)
from coachdesk.domain.errors import NotFound, ValidationError
from coachdesk.domain.text import tr
from coachdesk.domain.validation import clean
from coachdesk.services.fields import (
    apply,
    as_count,
    as_date,
    as_number,
    convert,
    get_or_raise,
)
from coachdesk.storage import tables as t
from coachdesk.storage.database import Database
from coachdesk.storage.lists import ListColumn, ListSource

DEVICE_FIELDS = {"asset_tag", "category", "model", "serial_number", "purchase_date", "price",
                 "funding_source", "condition", "location", "content_count", "notes"}
CATEGORY_FIELDS = {"name", "loan_days", "until_agreement_end", "description"}


@dataclass(frozen=True)
class HistoryLine:
    """One loan or reservation of a device, or one device a borrower had."""

    kind: str  # "loan" or "reservation"
    id: int
    device_id: int
    asset_tag: str
    category: str
    borrower_kind: BorrowerKind
    borrower: str
    first: date
    last: date | None  # due date or reservation end
    back: date | None  # returned on (loans)
    state: str  # "open", "returned", "lost", or the reservation's status


def borrower_name():
    """The borrower's name as one SQL expression over loans or reservations."""
    return func.coalesce(t.tutors.c.name, t.teachers.c.name, t.schools.c.name)


def with_borrowers(table):
    """``table`` (loans or reservations) joined to the three kinds of borrower."""
    c = table.c
    return (table.outerjoin(t.tutors, t.tutors.c.id == c.tutor_id)
            .outerjoin(t.teachers, t.teachers.c.id == c.teacher_id)
            .outerjoin(t.schools, t.schools.c.id == c.school_id))


class DeviceService:
    def __init__(self, db: Database):
        self.db = db

    # -- categories -----------------------------------------------------------------------
    def add_category(self, **fields: Any) -> int:
        with self.db.transaction() as s:
            category = DeviceCategory(name="")
            self._fill_category(s, category, fields)
            s.add(category)
            s.flush()
            return category.id

    def update_category(self, category_id: int, **fields: Any) -> None:
        """Renaming a category renames it on its devices too."""
        with self.db.transaction() as s:
            category = get_or_raise(s, DeviceCategory, category_id, tr("category"))
            old = category.name
            self._fill_category(s, category, fields)
            if category.name != old:
                s.execute(t.devices.update().where(t.devices.c.category == old)
                          .values(category=category.name))

    def categories(self) -> list[DeviceCategory]:
        with self.db.transaction() as s:
            return list(s.scalars(select(DeviceCategory).order_by(
                func.lower(DeviceCategory.name))))

    def category_named(self, name: str) -> DeviceCategory | None:
        with self.db.transaction() as s:
            return s.scalar(select(DeviceCategory).where(DeviceCategory.name == clean(name)))

    # -- devices --------------------------------------------------------------------------
    def add(self, **fields: Any) -> int:
        with self.db.transaction() as s:
            device = Device(asset_tag="", category="")
            self._fill(s, device, fields)
            s.add(device)
            self._flush_unique(s, device)
            return device.id

    def update(self, device_id: int, **fields: Any) -> None:
        with self.db.transaction() as s:
            device = get_or_raise(s, Device, device_id, tr("device"))
            self._fill(s, device, fields)
            self._flush_unique(s, device)

    def get(self, device_id: int) -> Device:
        with self.db.transaction() as s:
            return get_or_raise(s, Device, device_id, tr("device"))

    def find_by_tag(self, tag: str) -> Device:
        """The device with this asset tag (as typed or scanned, any case)."""
        wanted = clean(tag)
        with self.db.transaction() as s:
            device = s.scalar(select(Device).where(
                func.upper(Device.asset_tag) == wanted.upper()))
            if device is None:
                raise NotFound(tr("No device has the tag “{tag}”.").format(tag=wanted))
            return device

    def status_counts(self) -> dict[DeviceStatus, int]:
        d = t.devices.c
        with self.db.reading() as conn:
            found = dict(conn.execute(select(d.status, func.count()).group_by(d.status)).all())
        return {status: found.get(status, 0) for status in DeviceStatus}

    def last_audit(self, device_id: int) -> date | None:
        with self.db.reading() as conn:
            return conn.scalar(select(func.max(t.audit_items.c.seen_on))
                               .where(t.audit_items.c.device_id == device_id))

    # -- history --------------------------------------------------------------------------
    def history(self, device_id: int) -> list[HistoryLine]:
        """Every loan and reservation of the device, the newest first."""
        return self._history(t.loans.c.device_id == device_id,
                             t.reservations.c.device_id == device_id)

    def holdings(self, kind: BorrowerKind | str, borrower_id: int,
                 current_only: bool = False) -> list[HistoryLine]:
        """Every device a tutor, teacher or school has had (or holds now)."""
        kind = BorrowerKind(kind)
        column = {BorrowerKind.TUTOR: "tutor_id", BorrowerKind.TEACHER: "teacher_id",
                  BorrowerKind.SCHOOL: "school_id"}[kind]
        lines = self._history(t.loans.c[column] == borrower_id,
                              t.reservations.c[column] == borrower_id)
        if current_only:
            lines = [x for x in lines if x.state in ("open", ReservationStatus.ACTIVE.value)]
        return lines

    def _history(self, loan_where, reservation_where) -> list[HistoryLine]:
        lo, re, d = t.loans.c, t.reservations.c, t.devices.c
        lines: list[HistoryLine] = []
        with self.db.reading() as conn:
            for r in conn.execute(
                select(lo.id, lo.device_id, d.asset_tag, d.category, lo.borrower_kind,
                       borrower_name().label("who"), lo.out_on, lo.due_on, lo.returned_on,
                       lo.lost_on)
                .select_from(with_borrowers(t.loans).join(t.devices, d.id == lo.device_id))
                .where(loan_where)
            ):
                state = ("lost" if r.lost_on else "returned" if r.returned_on else "open")
                lines.append(HistoryLine("loan", r.id, r.device_id, r.asset_tag, r.category,
                                         r.borrower_kind, r.who, r.out_on, r.due_on,
                                         r.returned_on or r.lost_on, state))
            for r in conn.execute(
                select(re.id, re.device_id, d.asset_tag, d.category, re.borrower_kind,
                       borrower_name().label("who"), re.starts, re.ends, re.status)
                .select_from(with_borrowers(t.reservations)
                             .join(t.devices, d.id == re.device_id))
                .where(reservation_where, re.status != ReservationStatus.COLLECTED)
            ):
                lines.append(HistoryLine("reservation", r.id, r.device_id, r.asset_tag,
                                         r.category, r.borrower_kind, r.who, r.starts, r.ends,
                                         None, r.status.value))
        return sorted(lines, key=lambda x: (x.first, x.kind == "loan", x.id), reverse=True)

    # -- the inventory list ---------------------------------------------------------------
    def list_source(self, today: date | None = None) -> ListSource:
        """Devices; filters: category, status, overdue (only those past due), search by
        holder through the filter text, holder_kind."""
        today = today or date.today()
        d, lo = t.devices.c, t.loans.c
        open_loan = (select(lo.id).where(lo.device_id == d.id, lo.returned_on.is_(None),
                                         lo.lost_on.is_(None))
                     .correlate(t.devices).scalar_subquery())
        loans = with_borrowers(t.loans)
        holder = (select(borrower_name()).select_from(loans).where(lo.id == open_loan)
                  .correlate(t.devices).scalar_subquery())
        holder_key = (select(func.lower(borrower_name())).select_from(loans)
                      .where(lo.id == open_loan).correlate(t.devices).scalar_subquery())
        due = (select(lo.due_on).where(lo.id == open_loan).correlate(t.devices)
               .scalar_subquery())
        audited = (select(func.max(t.audit_items.c.seen_on))
                   .where(t.audit_items.c.device_id == d.id)
                   .correlate(t.devices).scalar_subquery())
        overdue = case((due < today, True), else_=False)
        return ListSource(
            db=self.db,
            id_column=d.id,
            from_clause=t.devices,
            columns=[
                ListColumn("asset_tag", tr("Asset tag"), d.asset_tag),
                ListColumn("category", tr("Category"), d.category),
                ListColumn("model", tr("Model"), d.model),
                ListColumn("status", tr("Status"), d.status, lambda v: v.label),
                ListColumn("holder", tr("Held by"), holder, sort=holder_key),
                ListColumn("due_on", tr("Due"), due),
                ListColumn("overdue", tr("Overdue"), overdue),
                ListColumn("condition", tr("Condition"), d.condition),
                ListColumn("location", tr("Location"), d.location),
                ListColumn("content_count", tr("Items in kit"), d.content_count, numeric=True),
                ListColumn("last_audit", tr("Last stock-take"), audited),
                ListColumn("funding", tr("Funding"), d.funding_source),
                ListColumn("serial_number", tr("Serial number"), d.serial_number),
            ],
            # The tag and model are ASCII in practice; a holder is matched through lower().
            search=[func.lower(d.asset_tag), func.lower(d.model), func.lower(d.category),
                    func.lower(d.serial_number), func.coalesce(holder_key, "")],
            filters={
                "category": lambda v: None if not v else d.category == v,
                "status": lambda v: None if v is None else d.status == DeviceStatus(v),
                "overdue": lambda v: None if not v else due < today,
                "retired": lambda show: None if show else d.status != DeviceStatus.RETIRED,
            },
            default_sort="asset_tag",
        )

    # -- saving ---------------------------------------------------------------------------
    def _fill(self, s, device: Device, fields: dict[str, Any]) -> None:
        fields = dict(fields)
        errors = convert(fields, {"purchase_date": (as_date, tr("Purchase date")),
                                  "price": (as_number, tr("Price")),
                                  "content_count": (as_count, tr("Items in kit"))})
        if errors:
            raise ValidationError(errors)
        if fields.get("price") is not None:
            fields["price"] = Decimal(str(round(fields["price"], 2)))
        apply(device, fields, DEVICE_FIELDS)
        device.check()
        if s.scalar(select(DeviceCategory.id).where(DeviceCategory.name == device.category)) \
                is None:
            raise ValidationError({"category": tr(
                "“{name}” is not a category yet: add it under Categories first.").format(
                name=device.category)})
        duplicate = s.scalar(select(Device.id).where(
            func.upper(Device.asset_tag) == device.asset_tag.upper(),
            Device.id != (device.id or -1)))
        if duplicate is not None:
            raise ValidationError({"asset_tag": tr(
                "Another device already has the tag {tag}.").format(tag=device.asset_tag)})

    def _flush_unique(self, s, device: Device) -> None:
        try:
            s.flush()
        except IntegrityError as exc:  # a second writer took the tag meanwhile
            raise ValidationError({"asset_tag": tr(
                "Another device already has the tag {tag}.").format(
                tag=device.asset_tag)}) from exc

    def _fill_category(self, s, category: DeviceCategory, fields: dict[str, Any]) -> None:
        fields = dict(fields)
        if "loan_days" in fields:
            fields["loan_days"] = as_count("loan_days", fields["loan_days"], tr("Loan period"))
        apply(category, fields, CATEGORY_FIELDS)
        category.check()
        clash = s.scalar(select(DeviceCategory.id).where(
            func.lower(DeviceCategory.name) == category.name.lower(),
            DeviceCategory.id != (category.id or -1)))
        if clash is not None:
            raise ValidationError({"name": tr("There is already a category “{name}”.").format(
                name=category.name)})

