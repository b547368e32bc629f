"""Months and numbers follow the language being spoken: "elokuu 2026", "augusti 2026",
"August 2026"; a decimal comma in Finnish and Swedish, a point in English."""

from coachdesk import i18n
from coachdesk.domain.formats import format_month, format_number
from coachdesk.domain.language import speaking


def test_a_month_is_named_in_the_language_spoken():
    i18n.install("en")  # the catalogues (tests/conftest.py takes them away afterwards)
    with speaking("fi"):
        assert format_month(2026, 8) == "elokuu 2026"  # lower case, as in running text
        assert format_month(2027, 1) == "tammikuu 2027"
    with speaking("sv"):
        assert format_month(2026, 8) == "augusti 2026"
        assert format_month(2027, 5) == "maj 2027"
    assert format_month(2026, 12) == "December 2026"


def test_the_decimal_mark_is_the_languages():
    with speaking("fi"):
        assert format_number(7.5) == "7,5"
    with speaking("sv"):
        assert format_number(2.25, 2) == "2,25"
    with speaking("en"):
        assert format_number(7.5) == "7.5"


def test_an_amount_is_as_short_as_it_goes_with_the_languages_mark():
    from coachdesk.domain.formats import format_amount
    from coachdesk.domain.released_time import ReleasedPlan

    with speaking("fi"):
        assert [format_amount(v) for v in (7.5, 8.0, 0.25, 100)] == ["7,5", "8", "0,25", "100"]
    with speaking("en"):
        assert format_amount(7.5) == "7.5"
    i18n.install("en")
    with speaking("sv"):
        assert ReleasedPlan(weekly_hours=7.5).describe() == "7,5 h i veckan, inga fasta dagar"


def test_money_has_cents_and_thousands_apart_in_the_languages_way():
    from decimal import Decimal

    from coachdesk.domain.formats import format_money
    with speaking("fi"):
        assert format_money(Decimal("536776")) == "536\u00a0776,00\u00a0€"
        assert format_money(Decimal("-1234.5"), symbol=False) == "-1234,50"
    with speaking("en"):
        assert format_money(Decimal("1234.5")) == "1,234.50\u00a0€"


def test_a_half_rounds_up_as_people_round():
    from coachdesk.domain.formats import format_number
    from coachdesk.domain.tutors import hours_for_people

    with speaking("fi"):  # Python's own rounding gives 2,2 and 0,1 (half to even)
        assert [format_number(v) for v in (2.25, 0.15, 0.75, -2.25)] == [
            "2,3", "0,2", "0,8", "-2,3"]
        assert format_number(1.005, 2) == "1,01" and format_number(7.5, 0) == "8"
    assert hours_for_people(2.25) == 2.3 and hours_for_people(17.538) == 17.5
