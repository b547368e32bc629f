"""What follows the calendar is computed by whoever reads it: a device is reserved while a
reservation runs and an unclaimed reservation expires after its last day, in the device
report and on the command line as on the Devices page, without the page ever opening."""

from datetime import date, timedelta

import openpyxl
import pytest

from coachdesk.cli import main
from coachdesk.domain.devices import (
    BorrowerKind,
    CategoryDraft,
    DeviceDraft,
    DeviceStatus,
    ReservationRequest,
)
from coachdesk.domain.schools import SchoolDraft
from coachdesk.services import Desk

MADE_ON = date(2026, 11, 24)
STARTS = date(2026, 12, 1)
ENDS = STARTS + timedelta(days=4)


@pytest.fixture
def reserved(db_path):
    """A kit reserved from STARTS to ENDS, the reservation made a week before: nothing
    has been written since."""
    with Desk.open(db_path) as desk:
        desk.devices.add_category(CategoryDraft(name="Robot kit", loan_days=14))
        kit = desk.devices.add(DeviceDraft(asset_tag="ROB-1", category="Robot kit"))
        desk.devices.add(DeviceDraft(asset_tag="ROB-2", category="Robot kit"))
        school = desk.schools.add(SchoolDraft(name="Korson koulu"))
        desk.loans.reserve(ReservationRequest(kit, BorrowerKind.SCHOOL, school, STARTS, ENDS),
                           today=MADE_ON)
    return db_path


def statuses(report) -> dict[str, DeviceStatus]:
    return {row.asset_tag: row.status for row in report.devices}


@pytest.mark.parametrize(("today", "kit", "reserved_count", "reservations"), [
    (MADE_ON, DeviceStatus.AVAILABLE, 0, 1),  # reserved for later
    (STARTS, DeviceStatus.RESERVED, 1, 1),  # its first day has come
    (ENDS, DeviceStatus.RESERVED, 1, 1),
    (ENDS + timedelta(days=1), DeviceStatus.AVAILABLE, 0, 0),  # nobody came: expired
])
def test_the_device_report_shows_the_status_of_its_day(reserved, today, kit, reserved_count,
                                                       reservations):
    with Desk.open(reserved) as desk:
        report = desk.reports.device_report(today)
    assert statuses(report) == {"ROB-1": kit, "ROB-2": DeviceStatus.AVAILABLE}
    assert report.status_counts[DeviceStatus.RESERVED] == reserved_count
    assert report.status_counts[DeviceStatus.AVAILABLE] == 2 - reserved_count
    assert len(report.reservations) == reservations


def test_coachdesk_report_devices_prints_reserved_on_the_first_day(reserved, tmp_path, capsys):
    out = tmp_path / "devices.xlsx"
    assert main(["report", "devices", "--db", str(reserved), "--out", str(out),
                 "--today", STARTS.isoformat()]) == 0, capsys.readouterr().err
    book = openpyxl.load_workbook(out)
    cells = [[c.value for c in row] for ws in book.worksheets for row in ws.iter_rows()]
    kit_row = next(row for row in cells if "ROB-1" in row)
    assert "Reserved" in kit_row
    assert ["Reserved", 1] in [row[:2] for row in cells]  # the summary's count
