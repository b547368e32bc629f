"""Demo inventory and two years of loans, one borrower at a time per device."""

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from random import Random

from coachdesk.domain.devices import (
    BorrowerKind,
    Device,
    DeviceCategory,
    DeviceStatus,
    Loan,
    Reservation,
)
from coachdesk.domain.validation import checked
from coachdesk.services.demo import names
from coachdesk.services.demo.context import DemoContext
from coachdesk.storage import tables as t
from coachdesk.storage.bulk import entity_row, insert_returning_ids, insert_rows

HISTORY_DAYS = 730
# Kits go to schools for two weeks; computers and tablets to people for longer.
LOAN_DAYS = {BorrowerKind.SCHOOL: 14, BorrowerKind.TEACHER: 28, BorrowerKind.TUTOR: 90}
KIT_CATEGORIES = {"robot_kit", "microbit_set", "vr_headset", "printer_3d"}

# Loan days and whether a loan may last until the borrower's agreement ends, by key.
CATEGORY_DAYS = {"tablet": (28, True), "laptop": (28, True), "robot_kit": (14, False),
                 "microbit_set": (14, False), "vr_headset": (14, False),
                 "document_camera": (28, False), "printer_3d": (30, False)}


def add_categories(ctx: DemoContext) -> None:
    rows = []
    for key, (days, agreement) in CATEGORY_DAYS.items():
        category = DeviceCategory(ctx.words.categories[key], days, agreement)
        category.check()
        rows.append(entity_row(category, t.device_categories))
    insert_rows(ctx.conn, t.device_categories, rows)


def add_devices(ctx: DemoContext) -> None:
    rng, words = ctx.rng, ctx.words
    add_categories(ctx)
    devices: list[Device] = []
    for number in range(1, ctx.scale.devices + 1):
        key, model, price, kit = rng.choice(names.DEVICES)
        category = words.categories[key]
        bought = ctx.today - timedelta(days=rng.randint(60, 4 * 365))
        device = Device(
            asset_tag=f"VTU-{number:05d}", category=category, model=words.model(model),
            serial_number=f"{category[:2].upper()}{rng.randrange(36**9):09X}",
            purchase_date=bought, price=Decimal(price),
            funding_source=rng.choice(words.funding), condition=rng.choice(words.conditions),
            location=rng.choice(words.storage), content_count=kit,
        )
        roll = rng.random()
        if roll < 0.02:
            device.status, device.notes = DeviceStatus.LOST, words.lost_note
        elif roll < 0.05:
            device.status, device.notes = DeviceStatus.IN_REPAIR, words.repair_note
        elif roll < 0.08 and bought < ctx.today - timedelta(days=3 * 365):
            device.status, device.notes = DeviceStatus.RETIRED, words.retired_note
        devices.append(device)
    # The earlier loans first, while every device is still in its first state.
    loans = _earlier_loans(ctx, devices)
    loans += _loans(ctx, devices, ctx.today - timedelta(days=HISTORY_DAYS), ctx.scale.loans)
    rows = []
    for device in devices:
        device.check()
        rows.append(entity_row(device, t.devices))
    ids = insert_returning_ids(ctx.conn, t.devices, rows)
    loan_rows = []
    for index, loan in loans:
        loan.device_id = ids[index]
        loan.check()
        loan_rows.append(entity_row(loan, t.loans))
    ctx.counts["devices"] = len(ids)
    ctx.counts["loans"] = insert_rows(ctx.conn, t.loans, loan_rows)
    _reservations(ctx, devices, ids, {index for index, loan in loans if loan.open})
    _stock_take(ctx, devices, ids)


def _reservations(ctx: DemoContext, devices: list[Device], ids: list[int],
                  out: set[int]) -> None:
    """Kits reserved by schools for dates to come: the coordinator's calendar of pick-ups."""
    rng = ctx.rng
    kits = [i for i, d in enumerate(devices) if d.category in _kits(ctx)
            and d.status is DeviceStatus.AVAILABLE and i not in out]
    rows = []
    for index in rng.sample(kits, min(len(kits), max(3, len(devices) // 20))):
        starts = ctx.today + timedelta(days=rng.randint(0, 40))
        reservation = Reservation(ids[index], BorrowerKind.SCHOOL, starts,
                                  starts + timedelta(days=rng.choice([4, 7, 14])),
                                  school_id=rng.choice(ctx.schools).id, made_on=ctx.today)
        reservation.check()
        rows.append(entity_row(reservation, t.reservations))  # reserved from its first day
    ctx.counts["reservations"] = insert_rows(ctx.conn, t.reservations, rows)


def _stock_take(ctx: DemoContext, devices: list[Device], ids: list[int]) -> None:
    """Last spring's stock-take, closed, in which most devices were found."""
    rng = ctx.rng
    spring = date(ctx.year_starts.year, 5, 20)
    audit_id = insert_returning_ids(ctx.conn, t.audits, [dict(
        name=ctx.words.stock_take.format(year=spring.year), started_on=spring,
        closed_on=spring + timedelta(days=10))])[0]
    seen = [{"audit_id": audit_id, "device_id": ids[i], "seen_on": spring + timedelta(
        days=rng.randint(0, 10))} for i, d in enumerate(devices)
        if checked(d.purchase_date) <= spring and rng.random() < 0.92]
    insert_rows(ctx.conn, t.audit_items, seen)


def _loans(ctx: DemoContext, devices: list[Device], since: date, budget: int,
           still_out: bool = True) -> list[tuple[int, Loan]]:
    """Loans per device from ``since`` to ``ctx.today``, back to back in time, about
    ``budget`` in all; the newest may still be out (on loan) when ``still_out``."""
    rng = ctx.rng
    lendable = [i for i, d in enumerate(devices) if d.status is DeviceStatus.AVAILABLE]
    kits = _kits(ctx)
    per_device = budget / max(1, len(lendable))
    loans: list[tuple[int, Loan]] = []
    for index in lendable:
        if len(loans) >= budget:
            break
        device = devices[index]
        first = max(checked(device.purchase_date) + timedelta(days=7), since)
        count = min(max(0, round(rng.gauss(per_device, per_device / 4))),
                    budget - len(loans))
        span = (ctx.today - first).days
        if count == 0 or span < count:
            continue
        step = span / count
        for n in range(count):
            out_on = first + timedelta(days=int(n * step) + rng.randint(0, max(0, int(step / 4))))
            last = n == count - 1
            loan = _loan(ctx, device.category in kits, out_on)
            gap_end = first + timedelta(days=int((n + 1) * step)) - timedelta(days=1)
            loan.condition_out = device.condition
            if still_out and last and rng.random() < 0.4:
                # Still out, most of them due in the future, a few overdue.
                days = LOAN_DAYS[loan.borrower_kind]
                loan.out_on = max(out_on, ctx.today - timedelta(days=rng.randint(0, days * 6 // 5)))
                loan.due_on = loan.out_on + timedelta(days=days)
                device.status = DeviceStatus.ON_LOAN
            else:
                kept = (loan.due_on - loan.out_on).days
                back = loan.out_on + timedelta(days=int(kept * rng.uniform(0.4, 1.15)))
                loan.returned_on = max(loan.out_on, min(back, gap_end, ctx.today))
                loan.condition_in = device.condition
                if rng.random() < 0.03:
                    loan.notes = ctx.words.damaged_return_note
            loans.append((index, loan))
    return loans


def _earlier_loans(ctx: DemoContext, devices: list[Device]) -> list[tuple[int, Loan]]:
    """With earlier school years: the loans before the last two years, all returned, at
    the same pace (a device lends from a week after it was bought)."""
    first = ctx.first_year_starts
    until = ctx.today - timedelta(days=HISTORY_DAYS)
    if first is None or first >= until:
        return []
    earlier = replace(ctx, rng=Random(f"{ctx.seed}:loans"), today=until,
                      current_year_starts=first)
    budget = ctx.scale.loans * (until - first).days // HISTORY_DAYS
    return _loans(earlier, devices, first, budget, still_out=False)


def _kits(ctx: DemoContext) -> set[str]:
    """The names of the kit categories: kits go to schools."""
    return {ctx.words.categories[key] for key in KIT_CATEGORIES}


def _loan(ctx: DemoContext, kit: bool, out_on: date) -> Loan:
    """A borrower that fits the device: kits to schools, computers to tutors or teachers."""
    rng = ctx.rng
    if kit:
        kind = BorrowerKind.SCHOOL if rng.random() < 0.8 else BorrowerKind.TEACHER
    elif out_on >= ctx.year_starts and rng.random() < 0.5:
        kind = BorrowerKind.TUTOR  # tutors exist from this school year
    else:
        kind = BorrowerKind.TEACHER
    loan = Loan(device_id=0, out_on=out_on, due_on=out_on + timedelta(days=LOAN_DAYS[kind]),
                borrower_kind=kind)
    if kind is BorrowerKind.SCHOOL:
        loan.school_id = rng.choice(ctx.schools).id
    elif kind is BorrowerKind.TEACHER:
        loan.teacher_id = rng.choice(ctx.teacher_ids)
    else:
        loan.tutor_id = rng.choice(ctx.tutors).id
    return loan
