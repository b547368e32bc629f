"""desk.grants and desk.costs on a real database: a grant saved with its budget lines, the
costs entered on them, and what is refused."""

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from coachdesk.domain.errors import ValidationError
from coachdesk.domain.grants import CostDraft, LineDraft, LineKind
from coachdesk.domain.schools import SchoolDraft
from coachdesk.storage.lists import ListRequest
from tests.domain.test_grants import helsinki

D = Decimal


def _refused(call) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        call()
    return caught.value.errors


@pytest.fixture
def grant(desk) -> int:
    return desk.grants.add(helsinki())


def _line(desk, grant_id: int, name: str) -> int:
    return next(line.id for line in desk.grants.lines(grant_id) if line.name == name)


def test_a_grant_is_kept_with_its_lines_exactly(desk, grant):
    draft = desk.grants.draft(grant)
    assert (draft.name, draft.amount, draft.share, draft.own_share) == (
        "Tutor teachers 2019–2020", D("536776.00"), D("80.00"), D("134194.00"))
    assert [(line.name, line.kind, line.budget, line.language) for line in draft.lines] == [
        (line.name, line.kind, line.budget, line.language) for line in helsinki().lines]
    assert all(isinstance(line.budget, Decimal) for line in draft.lines)
    assert desk.grants.choices() == [(grant, "Tutor teachers 2019–2020")]


def test_a_second_grant_of_the_same_name_is_refused(desk, grant):
    errors = _refused(lambda: desk.grants.add(helsinki(name="TUTOR teachers 2019–2020")))
    assert "already exists" in errors["name"]


def test_a_bad_line_refuses_the_whole_grant(desk):
    lines = (LineDraft("Travel", LineKind.TRAVEL, D("10.001")),)
    errors = _refused(lambda: desk.grants.add(helsinki(lines=lines)))
    assert errors["lines"].startswith("Budget line 1:")
    assert desk.grants.choices() == []


def test_costs_are_entered_on_a_line_and_summed_exactly(desk, grant):
    days = _line(desk, grant, "Development days")
    school = desk.schools.add(SchoolDraft(name="Kallion koulu"))
    for amount in ("0.10", "0.20", "1234.56"):
        desk.costs.add(CostDraft(days, date(2019, 9, 12), D(amount), "Venue",
                                 school_id=school, reference="V-77"))
    totals = {line.name: line.costs for line in desk.grants.lines(grant)}
    assert totals["Development days"] == D("1234.86")  # never 1234.8600000001
    assert totals["Tutor salaries, Finnish"] == 0


def test_a_cost_outside_the_grant_period_is_refused(desk, grant):
    days = _line(desk, grant, "Development days")
    errors = _refused(lambda: desk.costs.add(CostDraft(days, date(2020, 8, 1), D("5"))))
    assert set(errors) == {"spent_on"} and "another grant" in errors["spent_on"]


def test_a_cost_on_a_missing_line_or_school_is_refused(desk, grant):
    days = _line(desk, grant, "Development days")
    errors = _refused(lambda: desk.costs.add(
        CostDraft(days + 100, date(2019, 9, 1), D("5"), school_id=999)))
    assert set(errors) == {"line_id", "school_id"}


def test_a_cost_is_edited_and_deleted(desk, grant):
    days = _line(desk, grant, "Development days")
    cost = desk.costs.add(CostDraft(days, date(2019, 9, 12), D("100")))
    desk.costs.update(cost, replace(desk.costs.draft(cost), amount=D("-20.50"),
                                    description="  Refund "))
    assert (desk.costs.get(cost).amount, desk.costs.get(cost).description) == (
        D("-20.50"), "Refund")
    desk.costs.delete(cost)
    assert desk.grants.lines(grant)[2].costs == 0


def test_a_line_with_costs_is_kept_until_they_are_moved(desk, grant):
    days = _line(desk, grant, "Development days")
    desk.costs.add(CostDraft(days, date(2019, 9, 12), D("100")))
    draft = desk.grants.draft(grant)
    errors = _refused(lambda: desk.grants.update(grant, replace(draft, lines=draft.lines[:2])))
    assert "“Development days” has 1 costs" in errors["lines"]
    # Renamed and with a new budget it keeps its id and its costs; a new line is added.
    renamed = replace(draft.lines[2], name="Training days", budget=D("25000"))
    desk.grants.update(grant, replace(draft, lines=(
        *draft.lines[:2], renamed, LineDraft("Travel", LineKind.TRAVEL, D("1000")))))
    lines = desk.grants.lines(grant)
    assert [(line.name, line.budget, line.costs) for line in lines[2:]] == [
        ("Training days", D("25000.00"), D("100.00")), ("Travel", D("1000.00"), 0)]
    assert lines[2].id == days


def test_a_line_without_costs_is_removed(desk, grant):
    draft = desk.grants.draft(grant)
    desk.grants.update(grant, replace(draft, lines=draft.lines[:1]))
    assert [line.name for line in desk.grants.lines(grant)] == ["Tutor salaries, Finnish"]


def test_the_period_cannot_shrink_past_costs_booked(desk, grant):
    days = _line(desk, grant, "Development days")
    desk.costs.add(CostDraft(days, date(2020, 6, 1), D("100")))
    errors = _refused(lambda: desk.grants.update(
        grant, replace(desk.grants.draft(grant), ends=date(2019, 12, 31))))
    assert "1 costs of this grant fall outside" in errors["starts"]
    assert desk.grants.get(grant).ends == date(2020, 7, 31)


def test_the_cost_list_shows_one_grants_costs(desk, grant):
    other = desk.grants.add(helsinki(name="Other", lines=(
        LineDraft("Travel", LineKind.TRAVEL, D("100")),)))
    desk.costs.add(CostDraft(_line(desk, grant, "Development days"), date(2019, 9, 12),
                             D("100"), "Venue"))
    desk.costs.add(CostDraft(_line(desk, other, "Travel"), date(2019, 9, 12), D("7"), "Bus"))
    source = desk.costs.list_source()
    ids = source.ids(ListRequest(filters={"grant": grant}))
    assert [row[1:4] for row in source.rows(ids)] == [
        ("Development days", D("100.00"), "Venue")]
    assert len(source.ids(ListRequest(text="bus"))) == 1
