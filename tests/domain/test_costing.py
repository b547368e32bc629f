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
