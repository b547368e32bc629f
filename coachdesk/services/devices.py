"""desk.devices: the inventory, its categories, each device's history and who holds what."""

from dataclasses import asdict, dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import case, func, select
from sqlalchemy.exc import IntegrityError

from coachdesk.domain.devices import (
    BorrowerKind,
    CategoryDraft,
    Device,
    DeviceCategory,
    DeviceDraft,
    DeviceStatus,
    ReservationStatus,
)
from coachdesk.domain.errors import NotFound, ValidationError
from coachdesk.domain.text import tr
from coachdesk.domain.validation import clean
from coachdesk.services.device_states import device_status, reservation_status
from coachdesk.services.fields import apply, get_or_raise
from coachdesk.storage import tables as t
from coachdesk.storage.database import Database
from coachdesk.storage.lists import ListColumn, ListSource
from coachdesk.storage.mapping import id_of, new_id

DEVICE_FIELDS = {"asset_tag", "category", "model", "serial_number", "purchase_date", "price",
                 "funding_source", "condition", "location", "content_count", "notes"}
CATEGORY_FIELDS = {"name", "loan_days", "until_agreement_end", "description"}
CENT = Decimal("0.01")


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
    last: date  # due date or reservation end
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
    def add_category(self, draft: CategoryDraft) -> int:
        with self.db.transaction() as s:
            category = DeviceCategory(name="")
            self._fill_category(s, category, draft)
            return new_id(s, category)

    def update_category(self, category_id: int, draft: CategoryDraft) -> None:
        """Renaming a category renames it on its devices too."""
        with self.db.transaction() as s:
            category = get_or_raise(s, DeviceCategory, category_id, tr("category"))
            old = category.name
            self._fill_category(s, category, draft)
            if category.name != old:
                s.execute(t.devices.update().where(t.devices.c.category == old)
                          .values(category=category.name))

    def category_draft(self, category_id: int) -> CategoryDraft:
        """The category as its form shows it."""
        with self.db.transaction() as s:
            category = get_or_raise(s, DeviceCategory, category_id, tr("category"))
            return CategoryDraft(**{key: getattr(category, key) for key in CATEGORY_FIELDS})

    def categories(self) -> list[DeviceCategory]:
        with self.db.transaction() as s:
            return list(s.scalars(select(DeviceCategory).order_by(
                func.lower(t.device_categories.c.name))))

    def category_named(self, name: str) -> DeviceCategory | None:
        with self.db.transaction() as s:
            return s.scalar(select(DeviceCategory)
                            .where(t.device_categories.c.name == clean(name)))

    # -- devices --------------------------------------------------------------------------
    def add(self, draft: DeviceDraft) -> int:
        with self.db.transaction() as s:
            device = Device(asset_tag="", category="")
            self._fill(s, device, draft)
            s.add(device)
            self._flush_unique(s, device)
            return id_of(device)

    def update(self, device_id: int, draft: DeviceDraft) -> None:
        with self.db.transaction() as s:
            device = get_or_raise(s, Device, device_id, tr("device"))
            self._fill(s, device, draft)
            self._flush_unique(s, device)

    def draft(self, device_id: int) -> DeviceDraft:
        """The device as its form shows it (change it with ``dataclasses.replace``)."""
        device = self.get(device_id)
        return DeviceDraft(**{key: getattr(device, key) for key in DEVICE_FIELDS})

    def get(self, device_id: int, today: date | None = None) -> Device:
        """The device, with its status as it is ``today`` (reserved while a reservation
        runs). A copy to read: change a device through ``update`` and desk.loans."""
        return self._with_status(t.devices.c.id == device_id, today, tr(
            "That {what} no longer exists.").format(what=tr("device")))

    def find_by_tag(self, tag: str, today: date | None = None) -> Device:
        """The device with this asset tag (as typed or scanned, any case)."""
        wanted = clean(tag)
        return self._with_status(func.upper(t.devices.c.asset_tag) == wanted.upper(), today,
                                 tr("No device has the tag “{tag}”.").format(tag=wanted))

    def _with_status(self, where, today: date | None, missing: str) -> Device:
        with self.db.transaction() as s:
            found = s.execute(select(Device, device_status(today or date.today()))
                              .where(where)).first()
            if found is None:
                raise NotFound(missing)
            device, status = found
            s.expunge(device)  # what it is today is shown, never saved
        device.status = status
        return device

    def status_counts(self, today: date | None = None) -> dict[DeviceStatus, int]:
        status = device_status(today or date.today())
        with self.db.reading() as conn:
            found = dict(conn.execute(select(status, func.count()).group_by(status)).all())
        return {status: found.get(status, 0) for status in DeviceStatus}

    def last_audit(self, device_id: int) -> date | None:
        with self.db.reading() as conn:
            return conn.scalar(select(func.max(t.audit_items.c.seen_on))
                               .where(t.audit_items.c.device_id == device_id))

    # -- history --------------------------------------------------------------------------
    def history(self, device_id: int, today: date | None = None) -> list[HistoryLine]:
        """Every loan and reservation of the device, the newest first."""
        return self._history(t.loans.c.device_id == device_id,
                             t.reservations.c.device_id == device_id, today)

    def holdings(self, kind: BorrowerKind, borrower_id: int, current_only: bool = False,
                 today: date | None = None) -> list[HistoryLine]:
        """Every device a tutor, teacher or school has had (or holds or has reserved now)."""
        column = {BorrowerKind.TUTOR: "tutor_id", BorrowerKind.TEACHER: "teacher_id",
                  BorrowerKind.SCHOOL: "school_id"}[kind]
        lines = self._history(t.loans.c[column] == borrower_id,
                              t.reservations.c[column] == borrower_id, today)
        if current_only:
            lines = [x for x in lines if x.state in ("open", ReservationStatus.ACTIVE.value)]
        return lines

    def _history(self, loan_where, reservation_where, today: date | None) -> list[HistoryLine]:
        lo, re, d = t.loans.c, t.reservations.c, t.devices.c
        state = reservation_status(today or date.today()).label("state")
        lines: list[HistoryLine] = []
        with self.db.reading() as conn:
            for r in conn.execute(
                select(lo.id, lo.device_id, d.asset_tag, d.category, lo.borrower_kind,
                       borrower_name().label("who"), lo.out_on, lo.due_on, lo.returned_on,
                       lo.lost_on)
                .select_from(with_borrowers(t.loans).join(t.devices, d.id == lo.device_id))
                .where(loan_where)
            ):
                state_of = ("lost" if r.lost_on else "returned" if r.returned_on else "open")
                lines.append(HistoryLine("loan", r.id, r.device_id, r.asset_tag, r.category,
                                         r.borrower_kind, r.who, r.out_on, r.due_on,
                                         r.returned_on or r.lost_on, state_of))
            for r in conn.execute(
                select(re.id, re.device_id, d.asset_tag, d.category, re.borrower_kind,
                       borrower_name().label("who"), re.starts, re.ends, state)
                .select_from(with_borrowers(t.reservations)
                             .join(t.devices, d.id == re.device_id))
                .where(reservation_where, re.status != ReservationStatus.COLLECTED)
            ):
                lines.append(HistoryLine("reservation", r.id, r.device_id, r.asset_tag,
                                         r.category, r.borrower_kind, r.who, r.starts, r.ends,
                                         None, r.state.value))
        return sorted(lines, key=lambda x: (x.first, x.kind == "loan", x.id), reverse=True)

    # -- the inventory list ---------------------------------------------------------------
    def list_source(self, today: date | None = None) -> ListSource:
        """Devices; filters: category, status (as it is today), overdue (only those past
        due), retired (shown), search by holder through the filter text."""
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
        status = device_status(today)
        return ListSource(
            db=self.db,
            id_column=d.id,
            from_clause=t.devices,
            columns=[
                ListColumn("asset_tag", d.asset_tag),
                ListColumn("category", d.category),
                ListColumn("model", d.model),
                ListColumn("status", status),
                ListColumn("holder", holder, sort=holder_key),
                ListColumn("due_on", due),
                ListColumn("overdue", overdue),
                ListColumn("condition", d.condition),
                ListColumn("location", d.location),
                ListColumn("content_count", d.content_count, numeric=True),
                ListColumn("last_audit", audited),
                ListColumn("funding", d.funding_source),
                ListColumn("serial_number", d.serial_number),
            ],
            # The tag and model are ASCII in practice; a holder is matched through lower().
            search=[func.lower(d.asset_tag), func.lower(d.model), func.lower(d.category),
                    func.lower(d.serial_number), func.coalesce(holder_key, "")],
            filters={
                "category": lambda v: None if not v else d.category == v,
                "status": lambda v: None if v is None else status == DeviceStatus(v),
                "overdue": lambda v: None if not v else due < today,
                "retired": lambda show: None if show else d.status != DeviceStatus.RETIRED,
            },
            default_sort="asset_tag",
        )

    # -- saving ---------------------------------------------------------------------------
    def _fill(self, s, device: Device, draft: DeviceDraft) -> None:
        apply(device, asdict(draft), DEVICE_FIELDS)
        errors: dict[str, str] = {}
        try:
            device.check()
        except ValidationError as exc:
            errors = dict(exc.errors)
        if device.price is not None and "price" not in errors:
            device.price = device.price.quantize(CENT)  # kept to the cent, as stored
        # No autoflush: flushing the new tag first would hit the unique index instead.
        with s.no_autoflush:
            if "category" not in errors and not self._category_exists(s, device.category):
                errors["category"] = tr(
                    "“{name}” is not a category yet: add it under Categories first.").format(
                    name=device.category)
            if "asset_tag" not in errors and self._tag_taken(s, device):
                errors["asset_tag"] = tr("Another device already has the tag {tag}.").format(
                    tag=device.asset_tag)
        if errors:
            raise ValidationError(errors)

    @staticmethod
    def _category_exists(s, name: str) -> bool:
        dc = t.device_categories.c
        return s.scalar(select(dc.id).where(dc.name == name)) is not None

    @staticmethod
    def _tag_taken(s, device: Device) -> bool:
        d = t.devices.c
        return s.scalar(select(d.id).where(
            func.upper(d.asset_tag) == device.asset_tag.upper(),
            d.id != (device.id or -1))) is not None

    def _flush_unique(self, s, device: Device) -> None:
        try:
            s.flush()
        except IntegrityError as exc:  # a second writer took the tag meanwhile
            raise ValidationError({"asset_tag": tr(
                "Another device already has the tag {tag}.").format(
                tag=device.asset_tag)}) from exc

    def _fill_category(self, s, category: DeviceCategory, draft: CategoryDraft) -> None:
        apply(category, asdict(draft), CATEGORY_FIELDS)
        category.check()
        dc = t.device_categories.c
        clash = s.scalar(select(dc.id).where(
            func.lower(dc.name) == category.name.lower(), dc.id != (category.id or -1)))
        if clash is not None:
            raise ValidationError({"name": tr("There is already a category “{name}”.").format(
                name=category.name)})
