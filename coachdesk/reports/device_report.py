"""The device report: the inventory, current loans with the overdue ones highlighted, and
reservations; in the coordinator's language (the window's, or the one asked for)."""

from datetime import date
from pathlib import Path

from coachdesk.domain.devices import DeviceStatus
from coachdesk.domain.language import speaking
from coachdesk.domain.text import tr
from coachdesk.reports.workbook import (
    DATE,
    INTEGER,
    MONEY,
    Column,
    ReportBook,
    TableArea,
    day_text,
)
from coachdesk.services.desk import Desk
from coachdesk.services.report_data import DeviceReport


def write_device_report(desk: Desk, path: Path | str, today: date | None = None,
                        language: str | None = None) -> Path:
    """Build the device report as of ``today`` and save it atomically to ``path``."""
    return build_device_report(desk.reports.device_report(today), language).save(path)


def build_device_report(data: DeviceReport, language: str | None = None) -> ReportBook:
    """The workbook in ``language``, by default the one spoken (the coordinator's)."""
    with speaking(language):
        day = day_text(data.today)
        book = ReportBook(tr("Devices on {day}").format(day=day), subject=tr("Device report"),
                          description=tr("Inventory, loans and reservations"))
        _summary(book, data, day)
        _inventory(book, data)
        _loans(book, data)
        _reservations(book, data)
    return book


def _summary(book: ReportBook, data: DeviceReport, day: str) -> None:
    ws = book.sheet(tr("Summary"))
    row = book.heading(ws, tr("Devices"), tr("On {day}").format(day=day))
    rows = [(status.label, data.status_counts.get(status, 0)) for status in DeviceStatus]
    rows += [(tr("All devices"), len(data.devices)),
             (tr("Loans out"), len(data.loans)),
             (tr("Overdue loans"), data.overdue),
             (tr("Active reservations"), len(data.reservations))]
    area = book.table(ws, [Column(tr("Figure")), Column(tr("Devices"), INTEGER, width=12)],
                      rows, start_row=row)
    by_status = TableArea(area.header_row, area.first_row,
                          area.first_row + len(DeviceStatus) - 1, 2)
    book.chart(ws, by_status, "E2", tr("Devices by status"), bars=[2])
    overdue = len(DeviceStatus) + 2
    if data.overdue:
        book.highlight(ws, area, [overdue])


def _inventory(book: ReportBook, data: DeviceReport) -> None:
    ws = book.sheet(tr("Inventory"))
    area = book.table(ws, [
        Column(tr("Asset tag")), Column(tr("Category")), Column(tr("Model")),
        Column(tr("Serial number")), Column(tr("Status")), Column(tr("Location")),
        Column(tr("Condition")), Column(tr("Purchased"), DATE), Column(tr("Price"), MONEY),
        Column(tr("Held by")), Column(tr("Due"), DATE), Column(tr("Days overdue"), INTEGER),
    ], ((d.asset_tag, d.category, d.model, d.serial_number, d.status, d.location,
         d.condition, d.purchase_date, d.price, d.holder, d.due_on, d.days_overdue or None)
        for d in data.devices))
    book.highlight(ws, area, [n for n, d in enumerate(data.devices) if d.overdue])


def _loans(book: ReportBook, data: DeviceReport) -> None:
    ws = book.sheet(tr("Loans"))
    area = book.table(ws, [
        Column(tr("Due"), DATE), Column(tr("Asset tag")), Column(tr("Category")),
        Column(tr("Model")), Column(tr("Borrower")), Column(tr("Borrower is")),
        Column(tr("Contact")), Column(tr("Lent on"), DATE), Column(tr("Renewals"), INTEGER),
        Column(tr("Days overdue"), INTEGER),
    ], ((lo.due_on, lo.asset_tag, lo.category, lo.model, lo.borrower, lo.borrower_kind,
         lo.contact, lo.out_on, lo.renewals, lo.days_overdue or None) for lo in data.loans))
    book.highlight(ws, area, [n for n, lo in enumerate(data.loans) if lo.overdue])


def _reservations(book: ReportBook, data: DeviceReport) -> None:
    ws = book.sheet(tr("Reservations"))
    book.table(ws, [
        Column(tr("From"), DATE), Column(tr("Until"), DATE), Column(tr("Asset tag")),
        Column(tr("Category")), Column(tr("For")), Column(tr("Borrower is")),
        Column(tr("Status")), Column(tr("Notes"), width=50, wrap=True),
    ], ((r.starts, r.ends, r.asset_tag, r.category, r.borrower, r.borrower_kind, r.status,
         r.notes) for r in data.reservations))
