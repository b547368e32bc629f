"""Export personal data… and Erase personal data… on the Teachers and Tutors pages."""

import threading
from datetime import date

import pytest
from openpyxl import load_workbook

from coachdesk.domain.devices import BorrowerKind, CategoryDraft, DeviceDraft, LoanRequest
from coachdesk.domain.kinds import RecordKind
from coachdesk.domain.schools import SchoolDraft, TeacherDraft
from coachdesk.domain.tutors import TutorDraft
from coachdesk.services import Desk
from coachdesk.services.backups import backup_now, backups_folder
from coachdesk.services.privacy import erased_name
from coachdesk.ui.dialogs import mail_dialog
from coachdesk.ui.dialogs.privacy_actions import erase_person
from coachdesk.ui.operations import operations
from coachdesk.ui.pages.teachers_page import TeachersPage
from coachdesk.ui.pages.tutors_page import TutorsPage
from tests.services.test_erasure import read_only, tmpfs


def _page(window, cls):
    page = window.page(cls)
    window.nav.setCurrentRow(window.pages.index(page))
    page.refresh()
    return page


@pytest.fixture
def people(desk):
    korso = desk.schools.add(SchoolDraft(name="Korson koulu", kind="primary", language="fi"))
    anna = desk.teachers.add(TeacherDraft(name="Anna Virtanen", email="anna@vantaa.fi",
                                          school_id=korso,
                                          notes="Anna's note"))
    ville = desk.teachers.add(TeacherDraft(name="Ville Toinen", school_id=korso))
    maija = desk.tutors.add(TutorDraft(name="Maija Meikäläinen", email="maija@vantaa.fi",
                                       home_school_id=korso, agreement_start=date(2026, 8, 1),
                                       agreement_end=date(2027, 7, 31), weekly_hours=4))
    return {"school": korso, "anna": anna, "ville": ville, "maija": maija}


@pytest.fixture
def save_to(monkeypatch, tmp_path):
    """The save dialog answers with this file (without the extension, as users type)."""
    chosen = {"path": str(tmp_path / "export"), "asked": []}

    def ask(parent, title, suggested, file_filter):
        chosen["asked"].append(suggested)
        return chosen["path"]

    monkeypatch.setattr(mail_dialog, "ask_save_path", ask)
    monkeypatch.setattr(mail_dialog, "documents_folder", lambda: tmp_path)
    return chosen


def test_export_a_teachers_data(window, desk, people, save_to, tmp_path):
    page = _page(window, TeachersPage)
    page.list.select_id(people["anna"])
    assert page.export_data_action.isEnabled()
    page.export_data_action.trigger()
    assert save_to["asked"] and "Anna Virtanen" in save_to["asked"][0]
    written = tmp_path / "export.xlsx"
    text = " ".join(str(c.value) for ws in load_workbook(written).worksheets
                    for r in ws.iter_rows() for c in r if c.value is not None)
    assert "Anna Virtanen" in text and "Anna's note" in text
    assert "Ville" not in text


def test_cancelling_the_save_dialog_writes_nothing(window, desk, people, save_to, tmp_path):
    save_to["path"] = ""
    page = _page(window, TeachersPage)
    page.list.select_id(people["anna"])
    page.export_data_action.trigger()
    assert list(tmp_path.glob("*.xlsx")) == []


def test_erase_a_teacher_after_being_told_what_goes_and_stays(window, desk, people, answers):
    page = _page(window, TeachersPage)
    page.list.select_id(people["anna"])
    page.erase_data_action.trigger()
    question = answers["confirm"][-1]
    assert "Anna Virtanen" in question
    assert "Removed for good" in question and "Kept without a name" in question
    assert "cannot be undone" in question
    # What happens to the copies is said plainly, those out of reach included.
    assert "erases them from its own backups" in question
    assert str(desk.path.parent / "backups") in question
    assert "older backup you restore later" in question
    assert "USB stick" in question and "out of CoachDesk's reach" in question
    assert not answers["errors"]  # no copy was left holding her
    teacher = desk.teachers.get(people["anna"])
    assert (teacher.name, teacher.email, teacher.notes) == (erased_name(people["anna"]), "", "")
    assert desk.teachers.get(people["ville"]).name == "Ville Toinen"


def test_the_erase_is_an_operation_the_pages_hear(window, desk, people, answers, monkeypatch):
    """It runs on the writer thread (the window painting meanwhile) and says what changed,
    so that the lists showing teachers read again."""
    erasers = []
    real = desk.privacy.erase_teacher

    def erase_teacher(person_id):
        erasers.append(threading.current_thread().name)
        return real(person_id)

    monkeypatch.setattr(desk.privacy, "erase_teacher", erase_teacher)
    heard = []

    def hear(changes, _initiator) -> None:
        heard.append(changes)

    operations().did_execute.connect(hear)
    try:
        assert erase_person(window, desk, "teacher", people["anna"])
    finally:
        operations().did_execute.disconnect(hear)
    assert [name.startswith("coachdesk-op") for name in erasers] == [True]
    assert any(RecordKind.TEACHER in changes.kinds for changes in heard)


def test_a_person_gone_meanwhile_is_said_not_raised(window, desk, people, answers):
    assert not erase_person(window, desk, "teacher", 9999)
    assert len(answers["errors"]) == 1 and not answers["confirm"]


def test_saying_no_erases_nothing(window, desk, people, answers):
    answers["answer"] = False
    page = _page(window, TeachersPage)
    page.list.select_id(people["anna"])
    page.erase_data_action.trigger()
    assert answers["confirm"]
    assert desk.teachers.get(people["anna"]).name == "Anna Virtanen"


def test_a_tutor_holding_a_device_is_not_erased(window, desk, people, answers):
    desk.devices.add_category(CategoryDraft(name="iPad", loan_days=30))
    ipad = desk.devices.add(DeviceDraft(asset_tag="VAN-001", category="iPad"))
    desk.loans.check_out(LoanRequest(ipad, BorrowerKind.TUTOR, people["maija"], due_on=date.today(),
                                     out_on=date.today()), today=date.today())
    page = _page(window, TutorsPage)
    page.list.select_id(people["maija"])
    page.erase_data_action.trigger()
    assert not answers["confirm"]  # not even asked
    assert answers["errors"] and "still has a device on loan" in answers["errors"][-1]
    assert desk.tutors.get(people["maija"]).name == "Maija Meikäläinen"


def test_erase_and_export_a_tutor(window, desk, people, answers, save_to, tmp_path):
    page = _page(window, TutorsPage)
    page.list.select_id(people["maija"])
    page.export_data_action.trigger()
    assert "maija@vantaa.fi" in " ".join(
        str(c.value) for ws in load_workbook(tmp_path / "export.xlsx").worksheets
        for r in ws.iter_rows() for c in r if c.value is not None)
    page.erase_data_action.trigger()
    assert "Maija Meikäläinen" in answers["confirm"][-1]
    tutor = desk.tutors.get(people["maija"])
    assert (tutor.name, tutor.email) == (erased_name(people["maija"]), "")


def test_a_backup_that_cannot_be_scrubbed_is_named_with_what_to_do(window, desk, people,
                                                                    answers):
    with tmpfs(backups_folder(desk.path), "4m") as folder:
        kept = backup_now(desk.path)
        with read_only(folder):
            page = _page(window, TeachersPage)
            page.list.select_id(people["anna"])
            page.erase_data_action.trigger()
    [told] = answers["errors"]
    assert "erased from the database, but these files still hold it" in told
    assert f"{kept} (the folder is read-only)" in told
    assert "make the folder writable" in told and "delete these files" in told
    assert "for good" not in told
    assert desk.teachers.get(people["anna"]).name == erased_name(people["anna"])


def test_a_database_servers_backups_are_left_to_its_administrator(qtbot, answers, tmp_path):
    with Desk.open_url(f"sqlite:///{tmp_path / 'server.sqlite3'}") as server:
        korso = server.schools.add(SchoolDraft(name="Korson koulu", kind="primary", language="fi"))
        anna = server.teachers.add(TeacherDraft(name="Anna Virtanen", school_id=korso))
        assert erase_person(None, server, "teacher", anna)
        assert server.teachers.get(anna).name == erased_name(anna)
    question = answers["confirm"][-1]
    assert "backups are kept by its administrator" in question
    assert "USB stick" not in question
    assert not answers["errors"]
