"""The Scan desk: a scanned tag checks in, hands over a reservation, or lends to a borrower."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from coachdesk.domain.devices import (
    BorrowerKind,
    CategoryDraft,
    DeviceDraft,
    DeviceStatus,
    LoanRequest,
    ReservationRequest,
)
from coachdesk.domain.schools import TeacherDraft
from coachdesk.domain.tutors import TutorDraft
from coachdesk.ui.app import make_application
from coachdesk.ui.pages.scan_desk_page import ScanDeskPage

TODAY = date(2027, 3, 3)


@pytest.fixture
def tablets(desk):
    desk.devices.add_category(CategoryDraft(name="Tablet", loan_days=28))
    return [desk.devices.add(DeviceDraft(asset_tag=f"VTU-{n:05d}", category="Tablet", model="iPad",
                                         condition="good")) for n in range(1, 6)]


@pytest.fixture
def anna(desk, school_id):
    return desk.teachers.add(TeacherDraft(name="Anna Aalto", school_id=school_id))


@pytest.fixture
def page(qtbot, desk, answers, tablets):
    make_application()
    p = ScanDeskPage(desk, today=TODAY)
    qtbot.addWidget(p)
    p.resize(1280, 800)
    p.show()
    p.start()
    return p


def scan(qtbot, page, tag: str) -> None:
    qtbot.keyClicks(page.field.edit, tag)
    qtbot.keyClick(page.field.edit, Qt.Key.Key_Return)


def log_texts(page) -> list[str]:
    return [page.log.item(r, 2).text() for r in range(page.log.rowCount())]


def test_scanning_a_device_on_loan_checks_it_in(qtbot, page, desk, tablets, anna):
    desk.loans.check_out(LoanRequest(tablets[0], BorrowerKind.TEACHER, anna,
                                     out_on=TODAY - timedelta(days=10)), today=TODAY)

    scan(qtbot, page, "vtu-00001")  # as typed, any case

    assert desk.devices.get(tablets[0]).status is DeviceStatus.AVAILABLE
    assert page.field.message.text().startswith("Returned: VTU-00001 (from Anna Aalto)")
    assert page.field.edit.text() == ""
    assert page.field.edit.hasFocus()
    assert log_texts(page) == ["Returned: VTU-00001 (from Anna Aalto)"]
    assert page.came_back.rowCount() == 1


def test_scanning_an_available_device_and_choosing_a_borrower_lends_it(
        qtbot, page, desk, tablets, anna):
    scan(qtbot, page, "VTU-00002")

    assert page.lend_box.isVisible()
    assert page.borrower_picker.hasFocus()
    assert page.due_edit.date().toPython() == TODAY + timedelta(days=28)  # the category's
    page.kind_picker.setCurrentIndex(page.kind_picker.findData("teacher"))
    # typed (the completer's popup is left out: it needs a real screen)
    page.borrower_picker.setEditText("Anna Aalto — Korson koulu")
    qtbot.keyClick(page.borrower_picker.lineEdit(), Qt.Key.Key_Return)

    assert not page.lend_box.isVisible()
    holdings = desk.devices.holdings(BorrowerKind.TEACHER, anna, current_only=True)
    assert [(x.asset_tag, x.last) for x in holdings] == [("VTU-00002",
                                                          TODAY + timedelta(days=28))]
    assert page.field.message.text() == "Lent: VTU-00002 to Anna Aalto — Korson koulu, " \
                                        "due 31.3.2027"
    assert page.field.edit.hasFocus()
    assert page.handover_action.isEnabled()
    assert len(page.handover_loans) == 1


def test_a_borrower_who_is_no_choice_is_refused_and_nothing_is_lent(
        qtbot, page, desk, tablets):
    scan(qtbot, page, "VTU-00002")
    page.borrower_picker.setEditText("Nobody Known")
    qtbot.keyClick(page.borrower_picker.lineEdit(), Qt.Key.Key_Return)

    assert page.lend_box.isVisible()
    assert "no tutor matches “Nobody Known”" in page.lend_error.text()
    assert desk.devices.get(tablets[1]).status is DeviceStatus.AVAILABLE


def test_scanning_a_reserved_device_hands_it_over(qtbot, page, desk, tablets, school_id):
    desk.loans.reserve(ReservationRequest(tablets[2], BorrowerKind.SCHOOL, school_id,
                                          TODAY - timedelta(days=1), TODAY + timedelta(days=5)),
                       today=TODAY - timedelta(days=20))

    scan(qtbot, page, "VTU-00003")

    assert desk.devices.get(tablets[2]).status is DeviceStatus.ON_LOAN
    holdings = desk.devices.holdings(BorrowerKind.SCHOOL, school_id, current_only=True)
    assert [(x.kind, x.asset_tag, x.last) for x in holdings] == [
        ("loan", "VTU-00003", TODAY + timedelta(days=5))]
    assert page.field.message.text() == ("Handed over: VTU-00003 to Korson koulu as "
                                         "reserved, due 8.3.2027")
    assert not page.lend_box.isVisible()


def test_an_unknown_tag_is_said_at_the_field_and_saves_nothing(qtbot, page, desk, tablets):
    before = desk.devices.status_counts()

    scan(qtbot, page, "XYZ-1")

    assert page.field.message.text() == "No device has the tag “XYZ-1”."
    assert "b3261e" in page.field.message.styleSheet()  # red
    assert page.field.edit.text() == ""
    assert page.field.edit.hasFocus()
    assert not page.lend_box.isVisible()
    assert desk.devices.status_counts() == before


def test_bulk_check_in_of_three_scans(qtbot, page, desk, tablets, anna, school_id):
    for device in tablets[:4]:
        desk.loans.check_out(LoanRequest(device, BorrowerKind.SCHOOL, school_id),
                             today=TODAY - timedelta(days=3))
    page.bulk.setChecked(True)
    assert page.still_out_count() == 4

    for tag in ("VTU-00001", "VTU-00003", "VTU-00004"):
        scan(qtbot, page, tag)
    scan(qtbot, page, "VTU-00005")  # never lent: noted, not lent out

    statuses = [desk.devices.get(i).status for i in tablets]
    assert statuses == [DeviceStatus.AVAILABLE, DeviceStatus.ON_LOAN] + \
        [DeviceStatus.AVAILABLE] * 3
    assert page.came_back.rowCount() == 3
    assert [page.came_back.item(r, 1).text() for r in range(3)] == [
        "VTU-00004", "VTU-00003", "VTU-00001"]  # the newest on top
    assert page.came_back.item(0, 2).text() == "Korson koulu"
    assert page.came_back_title.text() == "Came back: 3"
    assert page.still_out_count() == 1
    assert page.still_out.count_label.text() == "Still out: 1"
    assert not page.lend_box.isVisible()
    assert "VTU-00005 is not on loan" in page.field.message.text()
    assert len(log_texts(page)) == 4


def test_a_device_in_repair_says_so(qtbot, page, desk, tablets):
    desk.loans.send_to_repair(tablets[4])

    scan(qtbot, page, "VTU-00005")

    assert page.field.message.text() == "VTU-00005 is in repair."
    assert not page.lend_box.isVisible()


def test_escape_cancels_a_loan(qtbot, page, desk, tablets):
    scan(qtbot, page, "VTU-00002")
    qtbot.keyClick(page.borrower_picker.lineEdit(), Qt.Key.Key_Escape)

    assert not page.lend_box.isVisible()
    assert page.field.message.text() == "Nothing lent: VTU-00002 stays available."
    assert page.field.edit.hasFocus()


def test_a_tutor_typed_in_full_gets_the_due_date_of_their_agreement(
        qtbot, page, desk, school_id):
    desk.devices.add_category(CategoryDraft(name="Laptop", loan_days=28, until_agreement_end=True))
    laptop = desk.devices.add(DeviceDraft(asset_tag="LAP-1", category="Laptop"))
    tutor = desk.tutors.add(TutorDraft(name="Outi Tutor", home_school_id=school_id,
                                       agreement_start=date(2026, 8, 1),
                                       agreement_end=date(2027, 7, 31)))
    page.refresh()

    scan(qtbot, page, "LAP-1")
    page.borrower_picker.setEditText("Outi Tutor")  # typed, never picked from the list
    qtbot.keyClick(page.borrower_picker.lineEdit(), Qt.Key.Key_Return)

    holdings = desk.devices.holdings(BorrowerKind.TUTOR, tutor, current_only=True)
    assert [(x.device_id, x.last) for x in holdings] == [(laptop, date(2027, 7, 31))]
