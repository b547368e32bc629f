"""The Reports page: workbooks written on a thread of their own with progress, cancel,
clear refusals and "open the folder"; the choices are remembered."""

import shutil
import threading
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from coachdesk.domain.schools import SchoolDraft
from coachdesk.reports import all_schools, summary_report
from coachdesk.services import Desk
from coachdesk.ui.app import make_application
from coachdesk.ui.dialogs.import_wizard import ImportWizard
from coachdesk.ui.operations import perform
from coachdesk.ui.pages.reports_page import (
    ALL_SCHOOLS,
    DEVICES,
    FOLDER_KEY,
    SCHOOL,
    SUMMARY,
    ReportsPage,
)
from coachdesk.ui.settings import settings
from tests.ui.helpers import with_dialog

TODAY = date(2026, 11, 24)
# A Finnish-language school's report is in Finnish, though the window speaks English.
SCHOOL_SHEETS = ["Yhteenveto", "Kuukausittain", "Koulukäynnit", "Koulutukset",
                 "Lainassa olevat laitteet", "Avoimet käyntipyynnöt", "Tilanne koulussanne",
                 "Digiosaamisen tasot",
                 "Näin luvut lasketaan"]
WAIT = 20_000  # ms: a report of the small demo takes well under a second


@pytest.fixture(scope="module")
def demo_file(small_demo):
    return small_demo(TODAY).path


@pytest.fixture
def demo(demo_file, tmp_path):
    """A copy of the small demo for this test."""
    path = tmp_path / "db" / "demo.sqlite3"
    path.parent.mkdir()
    shutil.copy(demo_file, path)
    with Desk.open(path) as desk:
        yield desk


@pytest.fixture
def opened(monkeypatch):
    urls = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    return urls


@pytest.fixture
def make_page(qtbot, demo, answers, tmp_path):
    settings().setValue(FOLDER_KEY, str(tmp_path / "Documents"))  # never the real home
    made = []

    def make() -> ReportsPage:
        make_application()
        page = ReportsPage(demo, today=TODAY)
        qtbot.addWidget(page)
        page.resize(1280, 800)
        page.show()
        page.start()
        made.append(page)
        return page

    yield make
    for page in made:  # no export outlives its test
        page.stop_export()
        assert not page.running


@pytest.fixture
def page(make_page):
    return make_page()


def create_and_wait(qtbot, page: ReportsPage) -> None:
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert page.running
    qtbot.waitUntil(lambda: not page.running, timeout=WAIT)


def choose_school(page: ReportsPage, name: str) -> None:
    page.school_picker.setCurrentIndex(page.school_picker.findText(name))


def test_the_current_term_and_a_named_file_are_suggested(page, tmp_path):
    assert page.kind() == SCHOOL
    assert page.period_picker.currentText() == "Autumn term 2026"
    assert page.period() == (date(2026, 8, 12), date(2026, 12, 19))
    choose_school(page, "Korson koulu")
    assert Path(page.target_edit.text()).name == "Korson koulu Autumn term 2026.xlsx"
    assert not page.schools_box.isVisible()
    assert page.school_picker.isVisible()

    page.set_kind(DEVICES)
    assert not page.period_box.isVisible()
    assert Path(page.target_edit.text()).name == "Device report 2026-11-24.xlsx"
    page.set_kind(ALL_SCHOOLS)
    assert page.schools_box.isVisible() and not page.school_picker.isVisible()
    assert Path(page.target_edit.text()).name == "School reports Autumn term 2026"
    assert len(page.school_ids()) == 15


def test_a_school_report_is_written_in_the_background_and_its_folder_opened(
        qtbot, page, tmp_path, opened, demo):
    choose_school(page, "Korson koulu")
    target = tmp_path / "out" / "korso.xlsx"
    page.target_edit.setText(str(target))

    create_and_wait(qtbot, page)

    assert page.written == [target]
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == SCHOOL_SHEETS
    assert "Korson koulu" in book["Yhteenveto"]["A1"].value
    assert "korso.xlsx" in page.status.text()
    assert page.create_button.isEnabled() and not page.cancel_button.isEnabled()
    assert page.open_file_button.isVisible() and page.open_folder_button.isVisible()
    assert not page.progress.isVisible()

    qtbot.mouseClick(page.open_folder_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.open_file_button, Qt.MouseButton.LeftButton)
    assert [Path(url.toLocalFile()) for url in opened] == [target.parent, target]


def test_the_export_works_on_the_open_database(qtbot, page, tmp_path, monkeypatch):
    """The worker writes through a twin of the page's Desk: no second Desk is opened, so
    the file is not checked or backed up again for each report."""
    opened = []
    monkeypatch.setattr(Desk, "open", lambda *args, **kwargs: opened.append(args))
    monkeypatch.setattr(Desk, "open_url", lambda *args, **kwargs: opened.append(args))
    page.set_kind(DEVICES)
    page.target_edit.setText(str(tmp_path / "devices.xlsx"))
    create_and_wait(qtbot, page)
    assert opened == []
    assert page.written == [tmp_path / "devices.xlsx"]


def test_the_municipal_summary_for_a_school_year(qtbot, page, tmp_path):
    page.set_kind(SUMMARY)
    page.set_period(date(2026, 8, 1), date(2027, 7, 31))
    assert page.period_picker.currentText() == "School year 2026–2027"
    assert Path(page.target_edit.text()).name == "Municipal summary School year 2026–2027.xlsx"
    target = tmp_path / "summary"  # .xlsx is added
    page.target_edit.setText(str(target))

    create_and_wait(qtbot, page)

    written = tmp_path / "summary.xlsx"
    assert page.written == [written]
    book = openpyxl.load_workbook(written)
    assert book.sheetnames == ["Summary", "Per month", "Tutors", "Schools", "Topics",
                               "ICT situations", "Competence levels",
                               "How these figures are counted"]
    assert book["Schools"].max_row > 15  # a row per school below the header


def test_custom_dates_and_the_device_report(qtbot, page, tmp_path):
    page.set_kind(SUMMARY)
    page.first_edit.setDate(date(2026, 9, 1))
    page.last_edit.setDate(date(2026, 9, 30))
    assert page.period_picker.currentText() == "Custom dates"
    assert Path(page.target_edit.text()).name == "Municipal summary 2026-09-01 – 2026-09-30.xlsx"

    page.set_kind(DEVICES)
    page.target_edit.setText(str(tmp_path / "devices.xlsx"))
    create_and_wait(qtbot, page)
    assert openpyxl.load_workbook(tmp_path / "devices.xlsx").sheetnames == [
        "Summary", "Inventory", "Loans", "Reservations"]


def test_all_schools_cancelled_after_the_first_file_leaves_only_whole_files(
        qtbot, page, tmp_path, monkeypatch):
    first_done, go_on = threading.Event(), threading.Event()

    def hold(done: int, total: int) -> None:  # on the export thread, after each file
        if done == 1:
            first_done.set()
            go_on.wait(WAIT / 1000)

    real = all_schools.write_all_schools

    def held(*args, progress, **kwargs):
        def report(done: int, total: int) -> None:
            progress(done, total)
            hold(done, total)
        return real(*args, progress=report, **kwargs)

    monkeypatch.setattr(all_schools, "write_all_schools", held)
    page.set_kind(ALL_SCHOOLS)
    folder = tmp_path / "reports"
    page.target_edit.setText(str(folder))

    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(first_done.is_set, timeout=WAIT)
    # The GUI thread is free while the export runs: progress arrives, Cancel works.
    qtbot.waitUntil(lambda: page.progress.value() == 1, timeout=WAIT)
    assert page.progress.maximum() == 15
    assert not page.create_button.isEnabled()
    assert page.cancel_button.isEnabled()
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    go_on.set()
    qtbot.waitUntil(lambda: not page.running, timeout=WAIT)

    files = sorted(folder.iterdir())
    assert [f.name for f in files] == ["Hakunilan koulu.xlsx"]
    assert openpyxl.load_workbook(files[0]).sheetnames == SCHOOL_SHEETS
    assert page.written == files
    assert page.status.text().startswith("Cancelled: 1 complete school report was written")
    assert page.open_folder_button.isVisible() and not page.open_file_button.isVisible()


def test_all_schools_writes_the_ticked_schools(qtbot, page, tmp_path):
    page.set_kind(ALL_SCHOOLS)
    qtbot.mouseClick(page.none_button, Qt.MouseButton.LeftButton)
    assert page.school_ids() == []
    page.target_edit.setText(str(tmp_path / "reports"))
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert not page.running
    assert page.status.text() == "Tick at least one school."

    for row in (0, 2):
        page.school_list.item(row).setCheckState(Qt.CheckState.Checked)
    create_and_wait(qtbot, page)
    assert sorted(f.name for f in (tmp_path / "reports").iterdir()) == [
        "Hakunilan koulu.xlsx", "Håkansböle skola.xlsx"]
    assert page.progress.maximum() == 2
    assert page.status.text().startswith("2 school reports were written")


def test_an_unwritable_target_is_refused_clearly(qtbot, page, tmp_path, answers):
    blocker = tmp_path / "not a folder.txt"
    blocker.write_text("a file where a folder should be")
    page.set_kind(SUMMARY)
    page.target_edit.setText(str(blocker / "summary.xlsx"))

    create_and_wait(qtbot, page)

    assert len(answers["errors"]) == 1
    assert answers["errors"][0].startswith(f"Cannot write to the folder {blocker}")
    assert page.status.text() == answers["errors"][0]
    assert page.written == [] and not page.open_folder_button.isVisible()
    assert sorted(tmp_path.iterdir()) == [tmp_path / "db", blocker]

    page.set_kind(DEVICES)  # a folder where the file should be
    folder = tmp_path / "taken.xlsx"
    folder.mkdir()
    page.target_edit.setText(str(folder))
    create_and_wait(qtbot, page)
    assert answers["errors"][1] == f"{folder} is a folder: give a file name ending in .xlsx."


def test_an_existing_file_is_replaced_only_when_confirmed(qtbot, page, tmp_path, answers):
    target = tmp_path / "summary.xlsx"
    target.write_bytes(b"old")
    page.set_kind(SUMMARY)
    page.target_edit.setText(str(target))
    answers["answer"] = False
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert not page.running and target.read_bytes() == b"old"
    assert answers["confirm"] == [f"summary.xlsx already exists in {tmp_path}. Replace it?"]

    answers["answer"] = True
    create_and_wait(qtbot, page)
    assert openpyxl.load_workbook(target).sheetnames[0] == "Summary"


def test_choices_that_cannot_make_a_report_are_said(qtbot, page):
    page.school_picker.setEditText("No such school")
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert page.status.text() == "Choose the school from the list."
    choose_school(page, "Korson koulu")
    page.first_edit.setDate(date(2026, 12, 1))
    page.last_edit.setDate(date(2026, 11, 1))
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert page.status.text() == ("The period ends (1.11.2026) before it starts (1.12.2026): "
                                  "correct the dates.")
    page.first_edit.setDate(date(2026, 10, 1))
    page.target_edit.clear()
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert page.status.text() == "Choose where to save the report."
    assert not page.running


def test_an_unexpected_error_goes_to_the_exception_hook(qtbot, page, tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(summary_report, "write_summary_report", broken)
    page.set_kind(SUMMARY)
    page.target_edit.setText(str(tmp_path / "summary.xlsx"))
    with qtbot.capture_exceptions() as caught:
        create_and_wait(qtbot, page)
    assert [str(exc) for _type, exc, _tb in caught] == ["disk on fire"]
    assert page.status.text() == "The report was not written."
    assert page.create_button.isEnabled()


def test_the_choices_are_remembered(qtbot, make_page, tmp_path):
    page = make_page()
    page.set_kind(SUMMARY)
    page.set_period(date(2027, 1, 7), date(2027, 6, 5))
    page.target_edit.setText(str(tmp_path / "mine" / "summary.xlsx"))
    create_and_wait(qtbot, page)

    again = make_page()
    assert again.kind() == SUMMARY
    assert again.period_picker.currentText() == "Spring term 2027"
    assert again.target_edit.text() == str(
        tmp_path / "mine" / "Municipal summary Spring term 2027.xlsx")


def test_a_new_school_joins_the_pickers_and_the_target_stays(page, demo, tmp_path):
    target = str(tmp_path / "mine.xlsx")
    page.target_edit.setText(target)
    perform(lambda: demo.schools.add(SchoolDraft(name="Uusi koulu")))
    assert page.school_picker.findText("Uusi koulu") >= 0
    assert "Uusi koulu" in [page.school_list.item(i).text()
                            for i in range(page.school_list.count())]
    assert page.target_edit.text() == target


def test_the_import_wizard_opens_from_the_page(page):
    seen = []
    with_dialog(page.import_action.trigger, lambda dialog: seen.append(type(dialog)))
    assert seen == [ImportWizard]


def test_e_mails_to_principals_carry_their_school_reports(qtbot, page, tmp_path):
    import email

    from coachdesk.ui.pages.reports_page import COVERS

    page.set_kind(COVERS)
    qtbot.mouseClick(page.none_button, Qt.MouseButton.LeftButton)
    page.school_list.item(0).setCheckState(Qt.CheckState.Checked)
    page.target_edit.setText(str(tmp_path / "mails"))
    create_and_wait(qtbot, page)
    (draft,) = sorted((tmp_path / "mails").glob("*.eml"))
    message = email.message_from_bytes(draft.read_bytes())
    attachments = [part.get_filename() for part in message.walk() if part.get_filename()]
    assert message["To"]
    assert len(attachments) == 1 and attachments[0].endswith(".xlsx")
    assert "Hakunilan koulu" in attachments[0]
    assert page.status.text().startswith("1 e-mail draft was written")


def test_a_school_report_with_the_costs_of_the_grants_when_ticked(qtbot, make_page,
                                                                  tmp_path):
    page = make_page()
    assert page.costs_box.isVisible() and not page.costs_box.isChecked()
    choose_school(page, "Korson koulu")
    page.costs_box.setChecked(True)
    target = tmp_path / "korso.xlsx"
    page.target_edit.setText(str(target))
    create_and_wait(qtbot, page)
    assert openpyxl.load_workbook(target).sheetnames[-2] == "Kustannukset"
    page.set_kind(DEVICES)
    assert not page.costs_box.isVisible()
    assert make_page().costs_box.isChecked()  # the coordinator's choice is remembered
