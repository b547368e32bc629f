"""The same municipality gives the same reports on a PostgreSQL server as in a file: the
report data's sums, averages, groupings and orderings are dialect-neutral. The demo is
made in a file and copied to the test server (``demo_on_both``)."""

from datetime import date

import openpyxl
import pytest

from coachdesk.reports.device_report import write_device_report
from coachdesk.reports.school_report import write_school_report
from coachdesk.reports.summary_report import write_summary_report
from tests.postgres import demo_on_both

TODAY = date(2026, 11, 24)
FIRST, LAST = date(2026, 8, 1), date(2027, 7, 31)


def cells(path) -> dict[str, list[tuple]]:
    book = openpyxl.load_workbook(path)
    return {ws.title: list(ws.iter_rows(values_only=True)) for ws in book.worksheets}


def reports(desk, folder) -> dict[str, dict]:
    folder.mkdir()
    schools = [school_id for school_id, _ in desk.schools.choices()][:3]
    made = {
        "summary": write_summary_report(desk, FIRST, LAST, folder / "summary.xlsx"),
        "devices": write_device_report(desk, folder / "devices.xlsx", today=TODAY),
    }
    for school in schools:
        made[f"school {school}"] = write_school_report(
            desk, school, FIRST, LAST, folder / f"school-{school}.xlsx", today=TODAY)
    return {name: cells(path) for name, path in made.items()}


@pytest.fixture
def twins(postgres, small_demo):
    with demo_on_both(postgres, small_demo(TODAY).path) as both:
        yield both


def test_the_reports_are_the_same_on_the_server(twins, tmp_path):
    in_file, on_server = twins
    from_file = reports(in_file, tmp_path / "file")
    from_server = reports(on_server, tmp_path / "server")
    assert from_file.keys() == from_server.keys()
    for name, sheets in from_file.items():
        assert from_server[name] == sheets, name
