"""Valuing the tutors' hours and sharing them among overlapping grants: pure rules."""

from datetime import date
from decimal import Decimal

from coachdesk.domain.costing import (
    Candidate,
    charged_periods,
    forecast,
    grant_part,
    hours_cost,
    subtract,
)

D = Decimal


def test_each_row_is_valued_and_rounded_to_cents_on_its_own():
    assert hours_cost(90, D("45.50")) == D("68.25")
    assert hours_cost(50, D("41.17")) == D("34.31")  # 34.3083… rounds to 34.31
    assert hours_cost(1, D("0.30")) == D("0.01")  # half a cent rounds up
    assert grant_part(D("670971"), D("80")) == D("536776.80")


def test_a_period_less_the_days_taken():
    days = (date(2019, 1, 1), date(2019, 12, 31))
    assert subtract(days, [(date(2019, 3, 1), date(2019, 3, 31))]) == [
        (date(2019, 1, 1), date(2019, 2, 28)), (date(2019, 4, 1), date(2019, 12, 31))]
    assert subtract(days, [(date(2018, 1, 1), date(2020, 1, 1))]) == []
    assert subtract(days, [(date(2020, 1, 1), date(2020, 2, 1))]) == [days]


def test_overlapping_grants_the_one_ending_first_pays_first():
    old = Candidate(1, date(2019, 1, 1), date(2020, 7, 31))
    new = Candidate(2, date(2020, 1, 1), date(2021, 7, 31))
    found = charged_periods([new, old])
    assert found[1] == [(date(2019, 1, 1), date(2020, 7, 31))]
    assert found[2] == [(date(2020, 8, 1), date(2021, 7, 31))]
    # Same end: the one that started first; then the one added first.
    a, b = Candidate(3, date(2019, 1, 1), date(2019, 6, 30)), Candidate(4, date(2019, 1, 1),
                                                                         date(2019, 6, 30))
    assert charged_periods([b, a]) == {3: [(date(2019, 1, 1), date(2019, 6, 30))], 4: []}


def test_the_forecast_takes_the_pace_or_what_is_booked_whichever_is_more():
    first, last = date(2025, 1, 1), date(2025, 12, 31)
    # 37 days gone (6.2. included), 3 700 € spent: 100 € a day, for the 328 days left too.
    today = date(2025, 2, 6)
    assert forecast(D("3700"), D("0"), first, last, today) == D("36500.00")
    assert forecast(D("3700"), D("50000"), first, last, today) == D("53700")
    # Before and after the period: only what is spent and booked.
    assert forecast(D("0"), D("900"), first, last, date(2024, 12, 1)) == D("900")
    assert forecast(D("10"), D("5"), first, last, date(2026, 1, 1)) == D("15")


def test_a_lines_figures_take_the_grants_share_of_its_costs():
    from coachdesk.domain.costing import Money, line_figures
    figures = line_figures(1, "Salaries", D("800"), Money(D("500"), D("400")), D("80"),
                           date(2025, 1, 1), date(2025, 12, 31), date(2026, 1, 1))
    assert (figures.grant_spent, figures.grant_committed, figures.left) == (
        D("400.00"), D("320.00"), D("80.00"))
    assert figures.used == 0.9 and not figures.runs_over
    over = line_figures(1, "Salaries", D("800"), Money(D("500"), D("600")), D("80"),
                        date(2025, 1, 1), date(2025, 12, 31), date(2026, 1, 1))
    assert over.left == D("-80.00") and over.runs_over


def test_costs_are_summed_per_line_and_month():
    from coachdesk.domain.costing import Booked, Money, by_line_and_month, months_of
    assert months_of(date(2025, 11, 15), date(2026, 2, 1)) == [
        (2025, 11), (2025, 12), (2026, 1), (2026, 2)]
    lines, months = by_line_and_month([
        Booked(date(2025, 11, 3), 1, D("10.10"), True),
        Booked(date(2025, 11, 30), 1, D("0.20"), True),
        Booked(date(2025, 12, 1), 1, D("5"), False),
        Booked(date(2025, 12, 1), 2, D("7"), True)])
    assert lines == {1: Money(D("10.30"), D("5")), 2: Money(D("7"), D("0"))}
    assert months == {(2025, 11): {1: Money(D("10.30"), D("0"))},
                      (2025, 12): {1: Money(D("0"), D("5")), 2: Money(D("7"), D("0"))}}


def test_a_period_ending_soon_with_money_left_is_said():
    from coachdesk.domain.costing import ends_with_money_left
    today = date(2020, 6, 1)
    assert ends_with_money_left(D("1000"), D("900"), date(2020, 7, 31), today)
    assert not ends_with_money_left(D("1000"), D("960"), date(2020, 7, 31), today)
    assert not ends_with_money_left(D("1000"), D("0"), date(2020, 12, 31), today)
