"""The device report, reopened with openpyxl: inventory, loans and reservations as in the
database, overdue loans highlighted."""

from datetime import date, datetime

import openpyxl
import pytest
from sqlalchemy import text

from coachdesk.reports.device_report import write_device_report
from tests.prepared import open_copy

TODAY = date(2026, 11, 24)
HIGHLIGHT = "F8CBAD"


@pytest.fixture(scope="module")
def demo(tmp_path_factory, small_demo):
    path = tmp_path_factory.mktemp("demo") / "small.sqlite3"
    with open_copy(small_demo(TODAY).path, path) as desk:
        yield desk


@pytest.fixture(scope="module")
def book(demo, tmp_path_factory):
    path = tmp_path_factory.mktemp("out") / "devices.xlsx"
    write_device_report(demo, path, today=TODAY)
    return openpyxl.load_workbook(path)


def scalar(desk, sql: str, **params):
    with desk.db.reading() as conn:
        return conn.execute(text(sql), params).scalar()


def highlighted(ws, row: int) -> bool:
    return ws.cell(row=row, column=1).fill.fgColor.rgb.endswith(HIGHLIGHT)


def header(ws) -> list[str]:
    return [c.value for c in ws[1]]


def test_sheets(book):
    assert book.sheetnames == ["Summary", "Inventory", "Loans", "Reservations"]
    assert book.properties.title == "Devices on 24.11.2026"


def test_inventory_holds_every_device_with_its_status(demo, book):
    ws = book["Inventory"]
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert len(rows) == scalar(demo, "SELECT count(*) FROM devices")
    tags = {r[0] for r in rows}
    assert len(tags) == len(rows)
    status = header(ws).index("Status")
    on_loan = sum(1 for r in rows if r[status] == "On loan")
    assert on_loan == scalar(demo, "SELECT count(*) FROM devices WHERE status = 'on_loan'")


def test_loans_are_the_open_ones_and_exactly_the_overdue_are_highlighted(demo, book):
    ws = book["Loans"]
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert len(rows) == scalar(demo, "SELECT count(*) FROM loans WHERE returned_on IS NULL "
                                     "AND lost_on IS NULL")
    overdue = scalar(demo, "SELECT count(*) FROM loans WHERE returned_on IS NULL "
                           "AND lost_on IS NULL AND due_on < :d", d=TODAY)
    assert overdue > 0
    days = header(ws).index("Days overdue")
    for n, row in enumerate(rows, start=2):
        due = row[0]
        assert isinstance(due, datetime) and ws.cell(row=n, column=1).number_format == "d.m.yyyy"
        late = due.date() < TODAY
        assert highlighted(ws, n) == late
        assert row[days] == ((TODAY - due.date()).days if late else None)
    assert sum(1 for n in range(2, len(rows) + 2) if highlighted(ws, n)) == overdue
    inventory = book["Inventory"]
    assert sum(1 for n in range(2, inventory.max_row + 1) if highlighted(inventory, n)) \
        == overdue


def test_reservations_are_the_active_ones(demo, book):
    rows = list(book["Reservations"].iter_rows(min_row=2, values_only=True))
    assert len(rows) == scalar(demo, "SELECT count(*) FROM reservations "
                                     "WHERE status = 'active'")


def test_summary_counts_by_status(demo, book):
    values = {r[0]: r[1] for r in book["Summary"].iter_rows(values_only=True) if r[0]}
    assert values["Available"] == scalar(demo, "SELECT count(*) FROM devices "
                                               "WHERE status = 'available'")
    assert values["All devices"] == scalar(demo, "SELECT count(*) FROM devices")
    assert values["Overdue loans"] == scalar(
        demo, "SELECT count(*) FROM loans WHERE returned_on IS NULL AND lost_on IS NULL "
              "AND due_on < :d", d=TODAY)
    assert len(book["Summary"]._charts) == 1
