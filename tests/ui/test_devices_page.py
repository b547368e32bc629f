from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QStyleOptionViewItem
from sqlalchemy import func, select

from coachdesk.domain.devices import (
    BorrowerKind,
    CategoryDraft,
    DeviceDraft,
    DeviceStatus,
    LoanRequest,
    ReservationRequest,
    ReservationStatus,
)
from coachdesk.domain.kinds import Changes, RecordKind
from coachdesk.domain.schools import SchoolDraft, TeacherDraft
from coachdesk.domain.tutors import TutorDraft
from coachdesk.services.demo import fill_demo_data
from coachdesk.storage import tables as t
from coachdesk.ui.app import make_application
from coachdesk.ui.dialogs.category_dialog import CategoriesDialog
from coachdesk.ui.operations import operations, run_op
from coachdesk.ui.pages.devices_page import OVERDUE_COLOR, DevicesPage
from tests.ui.helpers import errors_shown, fill, with_dialog

TODAY = date(2027, 1, 20)


@pytest.fixture
def robot_kit(desk):
    return desk.devices.add_category(CategoryDraft(name="Robot kit", loan_days=14))


@pytest.fixture
def tablets(desk):
    return desk.devices.add_category(CategoryDraft(name="Tablet", loan_days=28,
                                                   until_agreement_end=True))


@pytest.fixture
def spike(desk, robot_kit):
    return desk.devices.add(DeviceDraft(asset_tag="VTU-00001", category="Robot kit",
                                        model="LEGO Spike Prime", condition="good",
                                        content_count=6))


@pytest.fixture
def teacher(desk, school_id):
    return desk.teachers.add(TeacherDraft(name="Mikko Korhonen", school_id=school_id,
                                          email="mikko.korhonen@example.fi"))


@pytest.fixture
def make_page(qtbot, desk, answers):
    def make() -> DevicesPage:
        make_application()
        page = DevicesPage(desk, today=TODAY)
        qtbot.addWidget(page)
        page.resize(1280, 800)
        page.show()
        page.start()
        return page
    return make


def _count(desk, table) -> int:
    with desk.db.engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(table))


def _status(page: DevicesPage, device_id: int) -> DeviceStatus:
    return page.desk.devices.get(device_id, today=TODAY).status


def test_a_new_device_through_the_form_refuses_a_duplicate_tag(make_page, desk, spike):
    page = make_page()
    seen = {}

    def add(dialog):
        fill(dialog, asset_tag="vtu-00001", category="Robot kit", model="LEGO Spike Prime",
             price="349,90", content_count="6")
        dialog.accept()
        seen["errors"] = errors_shown(dialog)
        seen["count"] = _count(desk, t.devices)
        fill(dialog, asset_tag="VTU-00002")
        dialog.accept()

    with_dialog(page.add, add)
    assert "already has the tag" in seen["errors"]["asset_tag"]
    assert set(seen["errors"]) == {"asset_tag"}
    assert seen["count"] == 1  # nothing saved on refusal
    assert _count(desk, t.devices) == 2
    new_id = page.list.selected_id()
    device = desk.devices.get(new_id)
    assert (device.asset_tag, str(device.price), device.content_count) == ("VTU-00002",
                                                                          "349.90", 6)
    assert "VTU-00002" in page.detail.text.text()
    assert page.chips[DeviceStatus.AVAILABLE].text() == "Available 2"


def test_lend_to_a_teacher_then_due_soon_and_return(make_page, desk, spike, teacher):
    page = make_page()
    assert page.list.select_id(spike)
    assert page.lend_action.isEnabled()
    assert not page.return_action.isEnabled() and not page.renew_action.isEnabled()
    seen = {}

    def lend(dialog):
        fill(dialog, borrower_kind="teacher")
        fill(dialog, borrower=teacher)
        seen["due"] = dialog.value("due_on")
        dialog.set_value("due_on", TODAY - timedelta(days=1))
        dialog.accept()
        seen["errors"] = errors_shown(dialog)
        seen["loans"] = _count(desk, t.loans)
        dialog.set_value("due_on", TODAY + timedelta(days=5))
        fill(dialog, condition="good, all 6 hubs")
        dialog.accept()

    with_dialog(page.lend, lend)
    assert seen["due"] == TODAY + timedelta(days=14)  # the category's two weeks
    assert "due_on" in seen["errors"]
    assert seen["loans"] == 0
    assert _status(page, spike) is DeviceStatus.ON_LOAN
    assert page.chips[DeviceStatus.ON_LOAN].text() == "On loan 1"
    assert page.due_soon.model.total == 1
    assert page.due_soon.model.value(0, "borrower") == "Mikko Korhonen"
    assert page.due_soon.model.value(0, "email") == "mikko.korhonen@example.fi"
    assert page.overdue.model.total == 0
    assert page.tabs.tabText(0) == "Due soon (1)"
    assert page.list.selected_id() == spike
    assert page.return_action.isEnabled() and page.renew_action.isEnabled()
    assert not page.lend_action.isEnabled() and not page.retire_action.isEnabled()
    assert "Lent to Mikko Korhonen" in page.detail.text.text()

    def give_back(dialog):
        assert dialog.value("returned_on") == TODAY
        fill(dialog, condition="one hub cracked", notes="Hub 4 dropped in class.")
        dialog.accept()

    with_dialog(page.return_device, give_back)
    assert _status(page, spike) is DeviceStatus.AVAILABLE
    assert desk.devices.get(spike).condition == "one hub cracked"
    assert page.due_soon.model.total == 0
    assert page.chips[DeviceStatus.ON_LOAN].text() == "On loan 0"
    assert "back 20.1.2027" in page.detail.text.text()


def test_a_tutors_tablet_is_due_when_the_agreement_ends(make_page, desk, tablets, school_id,
                                                         teacher):
    tutor = desk.tutors.add(TutorDraft(name="Anna Virtanen", home_school_id=school_id,
                                       agreement_start=date(2026, 8, 1),
                                       agreement_end=date(2027, 7, 31)))
    tablet = desk.devices.add(DeviceDraft(asset_tag="VTU-00010", category="Tablet", model="iPad"))
    page = make_page()
    assert page.list.select_id(tablet)
    seen = []

    def lend(dialog):
        assert dialog.value("borrower_kind") == "tutor"  # the category goes to tutors
        fill(dialog, borrower=tutor)
        seen.append(dialog.value("due_on"))
        fill(dialog, borrower_kind="teacher")
        fill(dialog, borrower=teacher)
        seen.append(dialog.value("due_on"))
        dialog.editors["borrower"].setEditText("Nobody Known")
        dialog.accept()
        seen.append(errors_shown(dialog))

    with_dialog(page.lend, lend)
    assert seen[:2] == [date(2027, 7, 31), TODAY + timedelta(days=28)]
    assert "No teacher matches" in seen[2]["borrower"]
    assert _count(desk, t.loans) == 0


def test_reserve_for_a_school_and_collect(make_page, desk, spike, school_id):
    page = make_page()
    assert page.list.select_id(spike)

    def reserve(dialog):
        assert dialog.value("starts") == TODAY + timedelta(days=1)
        fill(dialog, borrower_kind="school")
        fill(dialog, borrower=school_id)
        dialog.set_value("starts", TODAY)
        dialog.set_value("ends", TODAY + timedelta(days=4))
        fill(dialog, notes="Coding week")
        dialog.accept()

    with_dialog(page.reserve, reserve)
    assert _status(page, spike) is DeviceStatus.RESERVED
    assert page.chips[DeviceStatus.RESERVED].isVisible()
    assert page.chips[DeviceStatus.RESERVED].text() == "Reserved 1"
    assert page.reservations.model.total == 1
    assert page._to_hand_out(0)
    assert page.reservations.model.value(0, "borrower") == "Korson koulu"
    assert page.lend_action.isEnabled() and not page.return_action.isEnabled()

    page.hand_out_only.setChecked(True)
    assert page.reservations.model.total == 1
    page.tabs.setCurrentIndex(2)
    page.reservations.view.selectRow(0)
    assert page.collect_button.isEnabled()

    def collect(dialog):
        assert dialog.value("due_on") == TODAY + timedelta(days=4)
        dialog.accept()

    with_dialog(page.collect, collect)
    assert _status(page, spike) is DeviceStatus.ON_LOAN
    assert page.reservations.model.total == 0
    assert page.due_soon.model.total == 1
    history = desk.devices.history(spike)
    assert [(x.kind, x.borrower, x.state) for x in history] == [
        ("loan", "Korson koulu", "open")]


def test_cancel_a_reservation(make_page, desk, spike, school_id, answers):
    desk.loans.reserve(ReservationRequest(spike, BorrowerKind.SCHOOL, school_id,
                                          TODAY + timedelta(days=10), TODAY + timedelta(days=14)),
                       today=TODAY)
    page = make_page()
    assert page.reservations.model.total == 1
    assert not page._to_hand_out(0)
    page.reservations.view.selectRow(0)
    assert not page.collect_button.isEnabled()  # it starts later
    page.cancel_reservation()
    assert "Korson koulu" in answers["confirm"][0]
    assert page.reservations.model.total == 0
    assert [x.state for x in desk.devices.history(spike)] == [ReservationStatus.CANCELLED]


def test_an_overdue_loan_in_the_overdue_list(make_page, desk, spike, teacher):
    desk.loans.check_out(LoanRequest(spike, BorrowerKind.TEACHER, teacher,
                                     out_on=TODAY - timedelta(days=20),
                                     due_on=TODAY - timedelta(days=6)), today=TODAY)
    page = make_page()
    assert page.overdue.model.total == 1
    assert page.due_soon.model.total == 0
    assert page.tabs.tabText(1) == "Overdue (1)"
    assert page.tabs.tabBar().tabTextColor(1) == QColor(OVERDUE_COLOR)
    assert page.overdue.model.value(0, "email") == "mikko.korhonen@example.fi"
    option = QStyleOptionViewItem()
    page.overdue.delegate.initStyleOption(option, page.overdue.model.index(0, 0))
    assert option.palette.color(option.palette.ColorRole.Text) == QColor(OVERDUE_COLOR)

    page.overdue_only.setChecked(True)
    assert page.list.model.total == 1
    page.overdue.view.selectRow(0)
    page.overdue.activated.emit(page.overdue.selected_id())
    assert page.list.selected_id() == spike
    assert "overdue" in page.detail.text.text()

    def renew(dialog):
        dialog.set_value("due_on", TODAY + timedelta(days=3))
        dialog.accept()

    with_dialog(page.renew, renew)
    assert page.overdue.model.total == 0
    assert page.due_soon.model.total == 1


def test_status_chips_filter_and_actions_follow_the_status(make_page, desk, spike, robot_kit,
                                                           answers):
    other = desk.devices.add(DeviceDraft(asset_tag="VTU-00002", category="Robot kit"))
    page = make_page()
    assert page.list.model.total == 2
    page.chips[DeviceStatus.AVAILABLE].click()
    assert page.status_picker.currentData() == "available"
    assert page.chips[DeviceStatus.AVAILABLE].isChecked()
    page.chips[DeviceStatus.AVAILABLE].click()
    assert page.status_picker.currentData() is None
    assert not page.chips[DeviceStatus.AVAILABLE].isChecked()

    assert page.list.select_id(other)
    page.repair()
    assert _status(page, other) is DeviceStatus.IN_REPAIR
    assert page.repair_action.text() == "Back from repair"
    assert not page.lend_action.isEnabled() and page.reserve_action.isEnabled()
    assert page.chips[DeviceStatus.IN_REPAIR].text() == "In repair 1"
    page.repair()
    assert _status(page, other) is DeviceStatus.AVAILABLE

    def lost(dialog):
        fill(dialog, notes="Left on a bus.")
        dialog.accept()

    with_dialog(page.lost, lost)
    assert _status(page, other) is DeviceStatus.LOST
    assert page.lost_action.text() == "Found"
    assert not page.lend_action.isEnabled() and not page.reserve_action.isEnabled()
    page.lost()
    assert _status(page, other) is DeviceStatus.AVAILABLE

    page.retire()
    assert "VTU-00002" in answers["confirm"][-1]
    assert _status(page, other) is DeviceStatus.RETIRED
    assert page.list.model.total == 1  # retired devices hide
    page.chips[DeviceStatus.RETIRED].click()
    assert page.list.model.total == 1 and page.list.model.id_at(0) == other
    assert page.list.select_id(other)
    assert not page.retire_action.isEnabled() and not page.lend_action.isEnabled()


def test_categories_dialog_adds_and_edits(qtbot, desk, robot_kit, answers):
    make_application()
    dialog = CategoriesDialog(None, desk)
    qtbot.addWidget(dialog)
    assert dialog.tree.topLevelItemCount() == 1
    seen = {}

    def add(form):
        fill(form, name="robot KIT", loan_days="10")
        form.accept()
        seen["errors"] = errors_shown(form)
        fill(form, name="VR headset", loan_days="7")
        form.accept()

    with_dialog(dialog.add, add)
    assert "already a category" in seen["errors"]["name"]
    assert [c.name for c in desk.devices.categories()] == ["Robot kit", "VR headset"]
    assert dialog.selected_id() == desk.devices.category_named("VR headset").id

    def edit(form):
        form.editors["until_agreement_end"].setChecked(True)
        fill(form, loan_days="21")
        form.accept()

    with_dialog(dialog.edit, edit)
    headset = desk.devices.category_named("VR headset")
    assert (headset.loan_days, headset.until_agreement_end) == (21, True)
    assert dialog.tree.currentItem().text(1) == "21 days"


def test_models_on_demo_data(make_page, desk, qtmodeltester, qtbot):
    fill_demo_data(desk, "small", today=TODAY)
    page = make_page()
    assert page.list.model.total > 0
    assert page.reservations.model.total > 0
    assert page.due_soon.model.total + page.overdue.model.total > 0
    page.list.view.selectRow(0)
    assert page.detail.text.text()
    for panel in (page.list, page.due_soon, page.overdue, page.reservations):
        qtmodeltester.check(panel.model)
    counts = desk.devices.status_counts()
    assert page.chips[DeviceStatus.ON_LOAN].text() == f"On loan {counts[DeviceStatus.ON_LOAN]}"


def test_print_offers_the_handover_form_and_holdings_for_a_device_on_loan(
        qtbot, desk, monkeypatch, answers):
    from coachdesk.ui import messages, printing
    from coachdesk.ui.pages.devices_page import DevicesPage

    desk.devices.add_category(CategoryDraft(name="Tablet", loan_days=28))
    device = desk.devices.add(DeviceDraft(asset_tag="TAB-1", category="Tablet"))
    school = desk.schools.add(SchoolDraft(name="Korson koulu"))
    desk.loans.check_out(LoanRequest(device, BorrowerKind.SCHOOL, school))
    page = DevicesPage(desk)
    qtbot.addWidget(page)
    page.show()
    page.start()
    page.list.select_id(device)
    offered, printed = [], []
    monkeypatch.setattr(messages, "choose", lambda p, t, x, options: (offered.append(options)
                                                                     or 2))
    monkeypatch.setattr(printing, "print_document",
                        lambda parent, paint, title: printed.append(title) or True)
    page.print_action.trigger()
    assert offered == [["Asset label", "Handover form of the loan",
                        "Everything the borrower holds"]]
    assert printed == ["Everything the borrower holds"]


def test_the_device_form_names_every_mistake_at_once(make_page, desk, spike):
    page = make_page()
    seen = {}

    def add(dialog):
        fill(dialog, asset_tag="", price="cheap", content_count="lots")
        dialog.accept()
        seen["errors"] = errors_shown(dialog)
        fill(dialog, asset_tag="VTU-00002", price="19,999",
             content_count="6")
        dialog.accept()

    with_dialog(page.add, add)
    assert set(seen["errors"]) == {"asset_tag", "price", "content_count"}
    assert seen["errors"]["price"] == "Price (€) must be a number."
    device = desk.devices.get(page.list.selected_id())
    assert (device.asset_tag, device.price, device.content_count) == (
        "VTU-00002", Decimal("20.00"), 6)  # read by the form, kept to the cent


def test_the_category_form_names_every_mistake_at_once(qtbot, desk, robot_kit, answers):
    make_application()
    dialog = CategoriesDialog(None, desk)
    qtbot.addWidget(dialog)
    seen = {}

    def add(form):
        fill(form, name=" ", loan_days="many")
        form.accept()
        seen["errors"] = errors_shown(form)

    with_dialog(dialog.add, add)
    assert seen["errors"] == {"name": "Name is required.",
                              "loan_days": "Loan period (days) must be a whole number."}
    assert [c.name for c in desk.devices.categories()] == ["Robot kit"]


def _resets(panel) -> list[int]:
    """How many times the list is read again from now on."""
    count = [0]
    panel.model.modelReset.connect(lambda: count.__setitem__(0, count[0] + 1))
    return count


def test_an_action_reads_again_only_the_lists_that_show_what_it_changed(
        make_page, desk, spike, teacher, school_id, answers, monkeypatch):
    desk.loans.check_out(LoanRequest(spike, BorrowerKind.TEACHER, teacher,
                                     due_on=TODAY + timedelta(days=3)), today=TODAY)
    kit = desk.devices.add(DeviceDraft(asset_tag="VTU-00002", category="Robot kit"))
    desk.loans.reserve(ReservationRequest(kit, BorrowerKind.SCHOOL, school_id,
                                          TODAY + timedelta(days=10),
                                          TODAY + timedelta(days=12)), today=TODAY)
    page = make_page()
    inventory, due_soon, reservations = (_resets(p) for p in (
        page.list, page.due_soon, page.reservations))
    counts_read = []
    status_counts = desk.devices.status_counts
    monkeypatch.setattr(desk.devices, "status_counts",
                        lambda today: counts_read.append(today) or status_counts(today))

    assert page.list.select_id(spike)

    def renew(dialog):
        dialog.set_value("due_on", TODAY + timedelta(days=5))
        dialog.accept()

    with_dialog(page.renew, renew)  # a loan changed: not a reservation, not a status
    assert (inventory[0], due_soon[0], reservations[0]) == (1, 1, 0)
    assert counts_read == []
    assert page.due_soon.model.value(0, "due_on") == TODAY + timedelta(days=5)
    assert page.list.selected_id() == spike  # the selection stays

    page.tabs.setCurrentWidget(page.reservations)
    page.reservations.view.selectRow(0)
    page.cancel_reservation()  # a reservation changed: the loans' lists stay as they are
    assert (inventory[0], due_soon[0], reservations[0]) == (2, 1, 1)
    assert len(counts_read) == 1
    assert page.reservations.model.total == 0

    operations().did_execute.emit(Changes.of({RecordKind.TOPIC}), None)  # not shown here
    assert (inventory[0], due_soon[0], reservations[0]) == (2, 1, 1)
    assert len(counts_read) == 1


def test_a_new_category_reaches_the_filter_without_reading_the_lists(make_page, desk,
                                                                      robot_kit):
    page = make_page()
    inventory = _resets(page.list)
    run_op(None, lambda: desk.devices.add_category(CategoryDraft(name="VR headset",
                                                                 loan_days=7)))
    assert [page.category_picker.itemText(i) for i in range(page.category_picker.count())] \
        == ["Any category", "Robot kit", "VR headset"]
    assert inventory[0] == 0
