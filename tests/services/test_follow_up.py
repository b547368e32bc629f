"""desk.follow_up on a real database: a grant's lines and months, budget against spent and
committed, entered costs and the tutors' hours together; every figure recomputed here."""

from datetime import date, datetime
from decimal import Decimal

from coachdesk.domain.costing import Money
from coachdesk.domain.grants import CostDraft
from coachdesk.domain.schools import SchoolDraft
from coachdesk.domain.tutors import TutorDraft
from tests.domain.test_grants import helsinki
from tests.services.test_tutors import add_lesson, add_visit

D = Decimal
TODAY = date(2019, 10, 15)


def test_a_grant_followed_up_by_line_and_month(desk):
    school = desk.schools.add(SchoolDraft(name="Kallion koulu", language="fi"))
    maija = desk.tutors.add(TutorDraft(
        name="Maija", home_school_id=school, hourly_cost=D("45.50"),
        agreement_start=date(2019, 1, 1), agreement_end=date(2020, 7, 31)))
    grant = desk.grants.add(helsinki())
    fi, sv, days = (line.id for line in desk.grants.lines(grant))
    add_visit(desk, maija, school, datetime(2019, 9, 3, 9), 90)  # 68.25 spent
    add_lesson(desk, [maija], datetime(2019, 10, 2, 14), 120)  # 91.00 spent
    add_visit(desk, maija, school, datetime(2019, 11, 5, 9), 60, "booked")  # 45.50 committed
    desk.costs.add(CostDraft(days, date(2019, 9, 12), D("1234.50"), "Venue"))
    desk.costs.add(CostDraft(days, date(2019, 11, 20), D("800"), "Venue, booked"))
    desk.costs.add(CostDraft(sv, date(2019, 10, 1), D("-10"), "Refund"))

    follow = desk.follow_up.of_grant(grant, today=TODAY)
    by_id = {line.line_id: line for line in follow.lines}
    assert [line.name for line in follow.lines] == [
        "Tutor salaries, Finnish", "Tutor salaries, Swedish", "Development days"]
    assert by_id[fi].costs == Money(D("159.25"), D("45.50"))
    assert by_id[sv].costs == Money(D("-10"), D("0"))
    assert by_id[days].costs == Money(D("1234.50"), D("800"))
    # The grant pays 80 % of each line's costs; the budget is the grant's money.
    assert (by_id[days].grant_spent, by_id[days].grant_committed) == (D("987.60"), D("640.00"))
    assert by_id[days].left == D("20076") - D("987.60") - D("640.00")
    assert follow.costs == Money(D("1383.75"), D("845.50"))
    assert follow.grant_spent == D("127.40") + D("-8.00") + D("987.60")
    assert follow.own_share_spent == D("1383.75") - follow.grant_spent
    assert follow.left == D("536776") - follow.grant_spent - follow.grant_committed
    # Per month, every month of the period listed, each cost in its own month.
    assert len(follow.months) == 19 and follow.months[0] == (2019, 1)
    assert follow.month_total((2019, 9)) == Money(D("68.25") + D("1234.50"), D("0"))
    assert follow.month_total((2019, 10)) == Money(D("91.00") - D("10"), D("0"))
    assert follow.month_total((2019, 11)) == Money(D("0"), D("45.50") + D("800"))
    assert follow.month_total((2020, 1)) == Money()
    assert not follow.lines_running_over


def test_a_line_about_to_run_over_and_a_grant_ending_with_money_left(desk):
    grant = desk.grants.add(helsinki(starts=date(2019, 1, 1), ends=date(2019, 12, 31)))
    days = desk.grants.lines(grant)[2].id
    # 80 % of 25 100 € is 20 080 €: four euros over the line's 20 076 €.
    desk.costs.add(CostDraft(days, date(2019, 3, 1), D("25100")))
    follow = desk.follow_up.of_grant(grant, today=date(2019, 11, 1))
    assert [line.name for line in follow.lines_running_over] == ["Development days"]
    assert follow.ends_with_money_left  # two months to go, almost all of the grant unused
