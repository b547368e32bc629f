"""Grants, budget lines and costs: the rules that need no database."""

from datetime import date
from decimal import Decimal

import pytest

from coachdesk.domain.errors import ValidationError
from coachdesk.domain.grants import (
    CostDraft,
    GrantDraft,
    LineDraft,
    LineKind,
    check_in_period,
    own_share_of,
)
from coachdesk.domain.parse import as_money
from coachdesk.domain.schools import Language

D = Decimal


def helsinki(**changes) -> GrantDraft:
    """The Helsinki decision of the issue: 536 776 € at 80 %, three lines."""
    fields = dict(
        name="Tutor teachers 2019–2020", funder="Opetushallitus",
        decision_number="OPH-1234-2018", starts=date(2019, 1, 1), ends=date(2020, 7, 31),
        amount=D("536776"), share=D("80"),
        lines=(LineDraft("Tutor salaries, Finnish", LineKind.TUTOR_SALARIES, D("464000"),
                         Language.FINNISH),
               LineDraft("Tutor salaries, Swedish", LineKind.TUTOR_SALARIES, D("52700"),
                         Language.SWEDISH),
               LineDraft("Development days", LineKind.TRAINING, D("20076"))))
    return GrantDraft(**{**fields, **changes})


def errors_of(draft) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        draft.check()
    return caught.value.errors


def test_the_own_share_follows_from_the_amount_and_the_share():
    # 536 776 € is 80 % of 670 970 €: the municipality pays the other 134 194 €.
    assert own_share_of(D("536776"), D("80")) == D("134194.00")
    assert own_share_of(D("1000"), D("100")) == 0
    assert helsinki().grant_fields()["own_share"] == D("134194.00")
    # As the decision gives it, when it is given.
    assert helsinki(own_share=D("134195")).grant_fields()["own_share"] == D("134195")


def test_a_sound_grant_passes():
    helsinki().check()


def test_every_wrong_field_is_named_at_once():
    errors = errors_of(GrantDraft(name="", starts=date(2020, 1, 1), ends=date(2019, 1, 1),
                                  amount=D("-1"), share=D("120")))
    assert set(errors) == {"name", "ends", "amount", "share"}


def test_money_has_at_most_cents():
    assert set(errors_of(helsinki(amount=D("100.005")))) == {"amount"}


def test_a_line_problem_names_the_line_by_its_number():
    lines = (*helsinki().lines, LineDraft("Travel", LineKind.TRAVEL, D("-5")))
    assert errors_of(helsinki(lines=lines))["lines"].startswith("Budget line 4:")


def test_two_lines_cannot_share_a_name_whatever_the_case():
    lines = (*helsinki().lines, LineDraft("development DAYS", LineKind.OTHER, D("5")))
    assert "Budget lines 3 and 4 have the same name" in errors_of(helsinki(lines=lines))["lines"]


def test_one_salary_line_per_language_unit():
    lines = (*helsinki().lines, LineDraft("More salaries", LineKind.TUTOR_SALARIES, D("5"),
                                          Language.FINNISH))
    assert "Budget lines 1 and 4 both pay" in errors_of(helsinki(lines=lines))["lines"]


def test_a_cost_needs_a_line_a_date_and_an_amount_other_than_zero():
    assert set(errors_of(CostDraft())) == {"line_id", "spent_on", "amount"}
    assert set(errors_of(CostDraft(1, date(2019, 5, 2), D("0")))) == {"amount"}
    # A credit (a refund) is a negative cost.
    CostDraft(1, date(2019, 5, 2), D("-80.00")).check()


def test_a_cost_falls_in_its_grant_period():
    starts, ends = date(2019, 1, 1), date(2020, 7, 31)
    assert check_in_period(date(2020, 7, 31), starts, ends) == {}
    assert set(check_in_period(date(2020, 8, 1), starts, ends)) == {"spent_on"}


@pytest.mark.parametrize("text, value", [
    ("1 234,50", D("1234.50")), ("1234.50 €", D("1234.50")), ("1.234,50", D("1234.50")),
    ("1,234.50", D("1234.50")), ("120,00-", D("-120.00")), ("-80", D("-80")),
    ("45\u00a0EUR", D("45")), (12.3, D("12.30")), (7, D("7")), ("", None),
])
def test_money_is_read_exactly(text, value):
    assert as_money("amount", text, "Amount") == value


@pytest.mark.parametrize("text", ["abc", "1,2,3x", "nan", "inf", True])
def test_money_that_is_not_a_number_is_named(text):
    with pytest.raises(ValidationError) as caught:
        as_money("amount", text, "Amount")
    assert caught.value.errors == {"amount": "Amount must be a number."}
