"""The grant report from the Reports page: the grant picked, written in the background."""

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt

from coachdesk.ui.app import make_application
from coachdesk.ui.operations import perform
from coachdesk.ui.pages.reports_page import FOLDER_KEY, GRANT, ReportsPage
from coachdesk.ui.settings import settings
from tests.domain.test_grants import helsinki
from tests.ui.test_reports_page import create_and_wait

TODAY = date(2019, 10, 15)


@pytest.fixture
def page(qtbot, desk, answers, tmp_path):
    settings().setValue(FOLDER_KEY, str(tmp_path / "Documents"))  # never the real home
    make_application()
    p = ReportsPage(desk, today=TODAY)
    qtbot.addWidget(p)
    p.resize(1280, 800)
    p.show()
    p.start()
    yield p
    p.stop_export()


def test_a_grant_report_is_written_from_the_reports_page(qtbot, page, desk, tmp_path):
    page.set_kind(GRANT)
    assert not page.period_box.isVisibleTo(page) and page.grant_picker.isVisibleTo(page)
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert not page.running  # no grant yet: said, nothing written
    assert "Choose the grant" in page.status.text()

    grant_id = perform(lambda: desk.grants.add(helsinki()))  # the picker follows
    assert page.grant_picker.currentData() == grant_id
    assert Path(page.target_edit.text()).name == \
        "Grant report Tutor teachers 2019–2020 2019-10-15.xlsx"
    page.target_edit.setText(str(tmp_path / "grant.xlsx"))
    create_and_wait(qtbot, page)
    assert openpyxl.load_workbook(tmp_path / "grant.xlsx").sheetnames == [
        "Summary", "Budget lines", "Per month", "Rows"]
