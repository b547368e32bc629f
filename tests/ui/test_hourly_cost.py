"""A tutor's hourly cost through the tutor form, and their recorded hours valued on the
Grants page's salary lines."""

from datetime import date, datetime
from decimal import Decimal

from coachdesk.domain.schools import SchoolDraft
from coachdesk.domain.tutors import TutorDraft
from coachdesk.ui.app import make_application
from coachdesk.ui.pages.grants_page import GrantsPage
from coachdesk.ui.pages.tutors_page import TutorsPage
from tests.domain.test_grants import helsinki
from tests.services.test_tutors import add_visit
from tests.ui.helpers import errors_shown, fill, with_dialog
from tests.ui.test_grants_page import line_row

D = Decimal
AGREEMENT = {"agreement_start": date(2019, 1, 1), "agreement_end": date(2020, 7, 31)}


def _show(qtbot, page):
    make_application()
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.start()
    return page


def test_the_hourly_cost_is_typed_in_the_tutor_form(qtbot, desk, answers):
    school = desk.schools.add(SchoolDraft(name="Kallion koulu"))
    tutor = desk.tutors.add(TutorDraft(name="Maija", home_school_id=school, weekly_hours=7.5,
                                       **AGREEMENT))
    page = _show(qtbot, TutorsPage(desk, today=date(2019, 9, 1)))
    page.list.select_id(tutor)
    seen = {}

    def edit(dialog):
        fill(dialog, hourly_cost="45,555")
        dialog.accept()
        seen.update(errors_shown(dialog))
        fill(dialog, hourly_cost="45,50")
        dialog.accept()

    with_dialog(page.edit_action.trigger, edit)
    assert seen == {"hourly_cost": "Hourly cost: give euros and cents, at most two decimals."}
    assert desk.tutors.get(tutor).hourly_cost == D("45.50")

    def reopen(dialog):
        seen["shown"] = dialog.editors["hourly_cost"].text()

    with_dialog(page.edit_action.trigger, reopen)
    assert seen["shown"] == "45.50"


def test_the_salary_line_says_what_the_tutors_hours_cost(qtbot, desk, answers):
    school = desk.schools.add(SchoolDraft(name="Kallion koulu", language="fi"))
    maija = desk.tutors.add(TutorDraft(name="Maija", home_school_id=school,
                                       hourly_cost=D("45.50"), **AGREEMENT))
    timo = desk.tutors.add(TutorDraft(name="Timo", home_school_id=school, **AGREEMENT))
    grant = desk.grants.add(helsinki(starts=date(2019, 1, 1), ends=date(2099, 7, 31)))
    add_visit(desk, maija, school, datetime(2019, 9, 3, 9), 90)
    add_visit(desk, maija, school, datetime(2098, 9, 3, 9), 60, "booked")
    add_visit(desk, timo, school, datetime(2019, 9, 4, 9), 30)
    page = _show(qtbot, GrantsPage(desk, today=date(2019, 10, 1)))
    page.reload_grants(select=grant)
    # 80 % of 68,25 € spent and of 45,50 € booked; Timo's half hour is not valued yet.
    assert line_row(page, "Tutor salaries, Finnish") == [
        "Tutor salaries, Finnish", "464,000.00\u00a0€", "54.60\u00a0€", "36.40\u00a0€",
        "463,909.00\u00a0€", line_row(page, "Tutor salaries, Finnish")[5],
        "3.0 h · 0.5 h of tutors without an hourly cost"]
    assert line_row(page, "Development days")[6] == ""
