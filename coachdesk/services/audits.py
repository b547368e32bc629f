"""desk.audits: stock-takes. Start one, scan or tick every device found, and see which
devices were not seen and who last had them."""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, delete, func, insert, select

from coachdesk.domain.devices import DeviceStatus
from coachdesk.domain.errors import ValidationError
from coachdesk.domain.text import tr
from coachdesk.domain.validation import Checker, clean
from coachdesk.services.device_states import device_status
from coachdesk.services.devices import DeviceService, borrower_name, with_borrowers
from coachdesk.storage import tables as t
from coachdesk.storage.database import Database
from coachdesk.storage.mapping import id_of


@dataclass(frozen=True)
class Unseen:
    device_id: int
    asset_tag: str
    category: str
    status: DeviceStatus
    last_holder: str  # who had it last, "" if nobody ever borrowed it
    location: str


class AuditService:
    def __init__(self, db: Database, devices: DeviceService):
        self.db = db
        self.devices = devices

    def start(self, name: str, today: date | None = None) -> int:
        name = clean(name)
        c = Checker()
        c.single_line("name", name, tr("Name"))
        c.max_length("name", name, 200, tr("Name"))
        if not name:
            c.fail("name", tr("Name the stock-take, e.g. “Spring 2027”."))
        c.raise_if_any()
        with self.db.transaction() as s:
            if s.scalar(select(t.audits.c.id).where(t.audits.c.closed_on.is_(None))):
                raise ValidationError({"name": tr(
                    "A stock-take is already open: close it before starting another.")})
            return s.execute(insert(t.audits).values(name=name, started_on=today or date.today())
                             .returning(t.audits.c.id)).scalar_one()

    def open_audit(self) -> tuple[int, str, date] | None:
        a = t.audits.c
        with self.db.reading() as conn:
            row = conn.execute(select(a.id, a.name, a.started_on)
                               .where(a.closed_on.is_(None))).first()
        return tuple(row) if row else None

    def audits(self) -> list[tuple[int, str, date, date | None]]:
        a = t.audits.c
        with self.db.reading() as conn:
            return [tuple(r) for r in conn.execute(
                select(a.id, a.name, a.started_on, a.closed_on).order_by(a.started_on.desc()))]

    def seen(self, audit_id: int, tag: str, today: date | None = None) -> tuple[int, bool]:
        """Mark the device with this tag as found; returns (device id, newly seen)."""
        device_id = id_of(self.devices.find_by_tag(tag))
        with self.db.transaction() as s:
            self._open(s, audit_id)
            ai = t.audit_items.c
            if s.scalar(select(ai.device_id).where(ai.audit_id == audit_id,
                                                   ai.device_id == device_id)):
                return device_id, False
            s.execute(insert(t.audit_items).values(audit_id=audit_id, device_id=device_id,
                                                   seen_on=today or date.today()))
            return device_id, True

    def unsee(self, audit_id: int, device_id: int) -> None:
        with self.db.transaction() as s:
            self._open(s, audit_id)
            s.execute(delete(t.audit_items).where(t.audit_items.c.audit_id == audit_id,
                                                  t.audit_items.c.device_id == device_id))

    def close(self, audit_id: int, today: date | None = None) -> None:
        with self.db.transaction() as s:
            self._open(s, audit_id)
            s.execute(t.audits.update().where(t.audits.c.id == audit_id)
                      .values(closed_on=today or date.today()))

    def progress(self, audit_id: int) -> tuple[int, int]:
        """(devices seen, devices expected): everything not retired or lost."""
        d = t.devices.c
        with self.db.reading() as conn:
            seen = conn.execute(select(func.count()).select_from(
                t.audit_items.join(t.devices, d.id == t.audit_items.c.device_id)).where(
                t.audit_items.c.audit_id == audit_id,
                d.status.not_in([DeviceStatus.RETIRED, DeviceStatus.LOST]))).scalar_one()
            expected = conn.execute(select(func.count()).select_from(t.devices).where(
                d.status.not_in([DeviceStatus.RETIRED, DeviceStatus.LOST]))).scalar_one()
        return seen, expected

    def unseen(self, audit_id: int, today: date | None = None) -> list[Unseen]:
        """Devices expected but not seen, with their status today and last holder."""
        d, lo, ai = t.devices.c, t.loans.c, t.audit_items.c
        last_loan = (select(func.max(lo.id)).where(lo.device_id == d.id)
                     .correlate(t.devices).scalar_subquery())
        holder = (select(borrower_name()).select_from(with_borrowers(t.loans))
                  .where(lo.id == last_loan).correlate(t.devices).scalar_subquery())
        status = device_status(today or date.today()).label("status")
        query = (select(d.id, d.asset_tag, d.category, status, holder.label("holder"),
                        d.location)
                 .select_from(t.devices.outerjoin(
                     t.audit_items, and_(ai.device_id == d.id, ai.audit_id == audit_id)))
                 .where(ai.device_id.is_(None),
                        d.status.not_in([DeviceStatus.RETIRED, DeviceStatus.LOST]))
                 .order_by(d.asset_tag))
        with self.db.reading() as conn:
            return [Unseen(r.id, r.asset_tag, r.category, r.status, r.holder or "", r.location)
                    for r in conn.execute(query)]

    def _open(self, s, audit_id: int) -> None:
        row = s.execute(select(t.audits.c.closed_on).where(t.audits.c.id == audit_id)).first()
        if row is None:
            raise ValidationError({"audit": tr("That stock-take no longer exists.")})
        if row.closed_on is not None:
            raise ValidationError({"audit": tr("That stock-take is closed.")})
