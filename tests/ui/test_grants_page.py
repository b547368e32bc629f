"""The Grants page: a grant and its budget lines through the grant form, costs through
the cost form, and what the page says of each line."""

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate

from coachdesk.domain.grants import CostDraft, LineKind
from coachdesk.domain.schools import SchoolDraft
from coachdesk.ui.app import make_application
from coachdesk.ui.pages.grants_page import GrantsPage
from tests.domain.test_grants import helsinki
from tests.ui.helpers import errors_shown, fill, with_dialog

D = Decimal


@pytest.fixture
def page(qtbot, desk, answers):
    make_application()
    p = GrantsPage(desk, today=date(2019, 10, 15))
    qtbot.addWidget(p)
    p.resize(1000, 700)
    p.show()
    p.start()
    return p


def line_row(page, name: str) -> list[str]:
    """The texts of a budget line's row in the follow-up table."""
    table = page.lines_table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == name)
    return [table.item(row, c).text() for c in range(table.columnCount())]


def _set_date(dialog, key: str, day: date) -> None:
    dialog.editors[key].setDate(QDate(day))


def _fill_line(table, row: int, name: str, kind: LineKind, budget: str) -> None:
    table.item(row, 0).setText(name)
    kinds = table.cellWidget(row, 1)
    kinds.setCurrentIndex(kinds.findData(kind.value))
    table.item(row, 3).setText(budget)


def test_a_new_grant_with_its_lines_through_the_form(page, desk):
    assert not page.new_action.isEnabled()  # no grant, no cost
    seen = {}

    def add(dialog):
        fill(dialog, name="Tutors 2025–2026", funder="Opetushallitus", amount="100 000",
             share="80")
        _set_date(dialog, "starts", date(2025, 8, 1))
        _set_date(dialog, "ends", date(2026, 7, 31))
        for _ in range(2):
            dialog.lines.add_line()
        _fill_line(dialog.lines, 0, "Salaries", LineKind.TUTOR_SALARIES, "90 000,00")
        _fill_line(dialog.lines, 1, "Travel", LineKind.TRAVEL, "ten")
        dialog.accept()
        seen["unreadable"] = dialog.general_error.text()
        seen["still_open"] = dialog.isVisible()
        _fill_line(dialog.lines, 1, "Travel", LineKind.TRAVEL, "10000")
        dialog.accept()

    with_dialog(page.new_grant_action.trigger, add)
    assert seen == {"unreadable": "Budget line 2: Budget must be a number.",
                    "still_open": True}
    grant_id = page.grant_id()
    draft = desk.grants.draft(grant_id)
    assert (draft.amount, draft.share, draft.own_share) == (D("100000"), D("80"), D("25000"))
    assert [(line.name, line.budget) for line in draft.lines] == [
        ("Salaries", D("90000")), ("Travel", D("10000"))]
    info = page.grant_info.text()
    assert "100,000.00\u00a0€, 80 % of the costs · own share 25,000.00\u00a0€" in info
    assert page.new_action.isEnabled()


def test_the_grant_fields_are_checked_at_once(page, desk):
    seen = {}

    def add(dialog):
        fill(dialog, name="", amount="12,345", share="0")
        dialog.accept()
        seen.update(errors_shown(dialog))

    with_dialog(page.new_grant_action.trigger, add)
    assert set(seen) == {"name", "starts", "ends", "amount", "share"}
    assert desk.grants.choices() == []


def test_a_cost_is_entered_and_shown_with_the_line_total(page, desk):
    grant_id = desk.grants.add(helsinki())
    school = desk.schools.add(SchoolDraft(name="Kallion koulu"))
    page.reload_grants(select=grant_id)
    days = desk.grants.lines(grant_id)[2].id

    def add(dialog):
        assert dialog.windowTitle() == "New cost"
        fill(dialog, line_id=days, amount="1 234,50", description="Venue",
             school_id=school, reference="V-77")
        _set_date(dialog, "spent_on", date(2019, 9, 12))
        dialog.accept()

    with_dialog(page.new_action.trigger, add)
    cost = desk.costs.get(page.list.selected_id())
    assert (cost.line_id, cost.amount, cost.school_id) == (days, D("1234.50"), school)
    # The grant pays 80 % of the cost: 987,60 € of the line's 20 076 €.
    assert line_row(page, "Development days")[:5] == [
        "Development days", "20,076.00\u00a0€", "987.60\u00a0€", "0.00\u00a0€",
        "19,088.40\u00a0€"]
    assert page.list.model.index(page.list.selected_row(), 2).data() == "1,234.50\u00a0€"


def test_a_cost_outside_the_period_is_refused_at_its_date(page, desk):
    grant_id = desk.grants.add(helsinki())
    page.reload_grants(select=grant_id)
    seen = {}

    def add(dialog):
        fill(dialog, amount="10")
        _set_date(dialog, "spent_on", date(2021, 1, 4))
        dialog.accept()
        seen.update(errors_shown(dialog))

    with_dialog(page.new_action.trigger, add)
    assert set(seen) == {"spent_on"}
    assert page.list.model.total == 0


def test_a_cost_is_edited_and_deleted(page, desk, answers):
    grant_id = desk.grants.add(helsinki())
    line = desk.grants.lines(grant_id)[0].id
    cost_id = desk.costs.add(CostDraft(line, date(2019, 3, 1), D("99.90"), "Substitute"))
    page.reload_grants(select=grant_id)
    page.list.refresh(select_id=cost_id)

    def edit(dialog):
        assert dialog.editors["amount"].text() == "99.90"
        fill(dialog, amount="100,10")
        dialog.accept()

    with_dialog(page.edit_action.trigger, edit)
    assert desk.costs.get(cost_id).amount == D("100.10")
    page.delete_action.trigger()
    assert "Delete the cost of 100.10\u00a0€" in answers["confirm"][-1]
    assert page.list.model.total == 0
    assert line_row(page, "Tutor salaries, Finnish")[2] == "0.00\u00a0€"


def test_the_months_and_a_line_running_over(page, desk):
    grant_id = desk.grants.add(helsinki())
    days = desk.grants.lines(grant_id)[2].id
    desk.costs.add(CostDraft(days, date(2019, 9, 12), D("25100")))
    desk.costs.add(CostDraft(days, date(2019, 11, 2), D("50")))
    page.reload_grants(select=grant_id)
    assert "“Development days” is about to run over its budget." in page.grant_info.text()
    assert page.lines_table.item(2, 0).foreground().color().name() == "#b3261e"
    seen = {}

    def months(dialog):
        table = dialog.table
        rows = [table.verticalHeaderItem(r).text() for r in range(table.rowCount())]
        seen["months"] = (rows[0], rows[-1], len(rows))
        september, november = rows.index("September 2019"), rows.index("November 2019")
        seen["september"] = table.item(september, 2).text()
        seen["november"] = table.item(november, 3).text()
        seen["january"] = table.item(0, 3).text()

    with_dialog(page.months_action.trigger, months)
    assert seen == {"months": ("January 2019", "July 2020", 19),
                    "september": "25,100.00\u00a0€",
                    "november": "0.00\u00a0€ + 50.00\u00a0€ booked", "january": ""}


def test_costs_are_imported_from_an_accounting_export_or_none(page, desk, answers, tmp_path):
    from tests.reports.test_cost_import import export

    grant_id = desk.grants.add(helsinki())
    page.reload_grants(select=grant_id)
    bad = export(tmp_path / "bad.xlsx", [
        ["V-1", "12.9.2019", "Venue", "Development days", None, "100"],
        ["V-2", "12.9.2019", "Venue", "Nope", None, "100"]])
    page.import_costs(bad)
    assert "Row 4: No budget line of the grant is called “Nope”" in answers["errors"][-1]
    assert page.list.model.total == 0
    good = export(tmp_path / "good.xlsx", [
        ["V-1", "12.9.2019", "Venue", "Development days", None, "100"],
        ["V-2", "13.9.2019", "Venue", "Development days", None, "20,50"]])
    page.import_costs(good)
    assert page.list.model.total == 2
    assert line_row(page, "Development days")[2] == "96.40\u00a0€"  # 80 % of 120,50 €
    page.import_costs(tmp_path / "missing.xlsx")
    assert "There is no file" in answers["errors"][-1]


def _type_row(table, row: int, line: int, day: str, amount: str, text: str = "") -> None:
    from coachdesk.ui.dialogs.cost_table_dialog import AMOUNT, DATE, DESCRIPTION, LINE

    lines = table.cellWidget(row, LINE)
    lines.setCurrentIndex(lines.findData(line))
    table.item(row, DATE).setText(day)
    table.item(row, AMOUNT).setText(amount)
    table.item(row, DESCRIPTION).setText(text)


def test_several_costs_typed_in_a_table_are_saved_all_or_none(page, desk):
    from coachdesk.ui.dialogs.cost_table_dialog import AMOUNT, DATE, PROBLEMS

    grant_id = desk.grants.add(helsinki())
    page.reload_grants(select=grant_id)
    days = desk.grants.lines(grant_id)[2].id
    seen = {}

    def enter(dialog):
        table = dialog.table
        _type_row(table, 0, days, "12.9.2019", "100", "Venue")
        _type_row(table, 1, days, "4.1.2021", "5", "Late")  # after the period
        _type_row(table, 3, days, "13.9.2019", "ten", "Coffee")  # row 2 left blank
        dialog.accept()
        seen["problems"] = [table.item(r, PROBLEMS).text() for r in range(4)]
        seen["marked"] = (table.item(1, DATE).toolTip() != "",
                          table.item(3, AMOUNT).toolTip(), table.item(0, DATE).toolTip())
        seen["said"] = dialog.general_error.text()
        seen["open"] = dialog.isVisible()
        seen["saved_meanwhile"] = desk.costs.check_many([]) == {} and page.list.model.total
        table.item(1, DATE).setText("14.9.2019")
        table.item(3, AMOUNT).setText("20,50")
        dialog.accept()
        seen["problems_after"] = [table.item(r, PROBLEMS).text() for r in range(4)]

    with_dialog(page.table_action.trigger, enter)
    assert seen["problems"][0] == seen["problems"][2] == ""
    assert "another grant" in seen["problems"][1]
    assert seen["problems"][3] == "Amount must be a number."
    assert seen["marked"] == (True, "Amount must be a number.", "")
    assert seen["said"] == "Nothing was saved: 2 rows have problems. Correct them, then " \
                           "save again."
    assert seen["open"] and seen["saved_meanwhile"] == 0
    assert seen["problems_after"] == ["", "", "", ""]
    page.list.refresh()
    assert page.list.model.total == 3
    assert line_row(page, "Development days")[2] == "100.40\u00a0€"  # 80 % of 125,50 €


def test_a_cost_is_linked_to_a_device_of_the_register(page, desk):
    from coachdesk.domain.devices import CategoryDraft, DeviceDraft

    desk.devices.add_category(CategoryDraft(name="Laptop", loan_days=14))
    desk.devices.add(DeviceDraft(asset_tag="LAP-2", category="Laptop"))
    laptop = desk.devices.add(DeviceDraft(asset_tag="LAP-1", category="Laptop",
                                          model="ThinkPad"))
    grant_id = desk.grants.add(helsinki())
    page.reload_grants(select=grant_id)
    seen = {}

    def add(dialog):
        devices = dialog.editors["device_id"]
        seen["devices"] = [devices.itemText(i) for i in range(devices.count())]
        fill(dialog, amount="899", description="Laptop for a tutor", device_id=laptop)
        _set_date(dialog, "spent_on", date(2019, 9, 12))
        dialog.accept()

    with_dialog(page.new_action.trigger, add)
    assert seen["devices"] == ["No device", "LAP-1 · Laptop ThinkPad", "LAP-2 · Laptop"]
    cost_id = page.list.selected_id()
    assert desk.costs.get(cost_id).device_id == laptop
    assert page.list.model.index(page.list.selected_row(), 5).data() == "LAP-1"

    def unlink(dialog):
        assert dialog.editors["device_id"].currentData() == laptop
        fill(dialog, device_id=None)
        dialog.accept()

    with_dialog(page.edit_action.trigger, unlink)
    assert desk.costs.get(cost_id).device_id is None
