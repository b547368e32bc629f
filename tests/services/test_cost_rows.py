"""desk.costs.add_many: the rows of a cost table saved all or none, each row's problems
named by its field."""

from datetime import date
from decimal import Decimal

import pytest

from coachdesk.domain.errors import ValidationError
from coachdesk.domain.grants import CostDraft
from coachdesk.services.costs import CostRowsProblems
from tests.domain.test_grants import helsinki

D = Decimal


@pytest.fixture
def days(desk) -> int:
    grant = desk.grants.add(helsinki())
    return next(line.id for line in desk.grants.lines(grant)
                if line.name == "Development days")


def test_every_row_is_saved_in_order(desk, days):
    ids = desk.costs.add_many([CostDraft(days, date(2019, 9, 12), D("100"), "Venue"),
                               CostDraft(days, date(2019, 9, 13), D("20.50"), "Coffee")])
    assert [(desk.costs.get(i).description, desk.costs.get(i).amount) for i in ids] == [
        ("Venue", D("100.00")), ("Coffee", D("20.50"))]


def test_one_bad_row_saves_none_and_each_bad_row_is_named(desk, days):
    rows = [CostDraft(days, date(2019, 9, 12), D("100")),
            CostDraft(days, date(2021, 1, 4), D("5")),  # after the grant's period
            CostDraft(None, date(2019, 9, 12), None, school_id=999)]
    with pytest.raises(CostRowsProblems) as caught:
        desk.costs.add_many(rows)
    assert {row: set(said) for row, said in caught.value.rows.items()} == {
        1: {"spent_on"}, 2: {"line_id", "amount", "school_id"}}
    assert "2 rows have problems" in str(caught.value)
    assert desk.costs.check_many(rows).keys() == {1, 2}
    grant = desk.grants.choices()[0][0]
    assert sum(line.costs for line in desk.grants.lines(grant)) == 0  # not even row 0


def test_an_empty_table_is_refused(desk, days):
    with pytest.raises(ValidationError) as caught:
        desk.costs.add_many([])
    assert "at least one cost" in caught.value.errors["rows"]
