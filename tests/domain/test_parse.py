"""Turning what a form sends into field values: every mistake is named at once, at its
field, and a field that fails is not passed on half-converted."""

from datetime import date

import pytest

from coachdesk.domain.errors import ValidationError
from coachdesk.domain.parse import as_count, as_date, as_number, convert, of_enum
from coachdesk.domain.topics import Level

CONVERSIONS = {"bought": (as_date, "Purchase date"), "price": (as_number, "Price"),
               "items": (as_count, "Items in kit"), "level": (of_enum(Level), "level")}


def test_given_fields_are_converted_and_others_left_alone():
    fields = {"bought": "1.8.2026", "price": "7,5", "level": "basic", "notes": "as typed"}
    assert convert(fields, CONVERSIONS) == {}
    assert fields == {"bought": date(2026, 8, 1), "price": 7.5, "level": Level.BASIC,
                      "notes": "as typed"}


def test_every_mistake_is_named_and_left_out():
    fields = {"bought": "31.2.2026", "price": "cheap", "items": "12", "level": "expert"}
    errors = convert(fields, CONVERSIONS)
    assert errors == {"bought": "Purchase date: write the date as 1.8.2026.",
                      "price": "Price must be a number.",
                      "level": "“expert” is not a valid level."}
    assert fields == {"items": 12}


@pytest.mark.parametrize("value", ["", None])
def test_an_empty_value_is_none(value):
    fields = {"bought": value}
    assert convert(fields, CONVERSIONS) == {}
    assert fields == {"bought": None}


def test_of_enum_refuses_like_as_enum():
    with pytest.raises(ValidationError) as caught:
        of_enum(Level)("level", "expert", "level")
    assert caught.value.errors == {"level": "“expert” is not a valid level."}


@pytest.mark.parametrize("value, message", [
    ("1.8.26", "Purchase date: “1.8.26” has no full year; write the date as 1.8.2026."),
    (" 1.8.026 ", "Purchase date: “1.8.026” has no full year; write the date as 1.8.2026."),
    ("0026-08-01", "Purchase date: “0026-08-01” has no full year; write the date as "
                   "1.8.2026."),
    (date(26, 8, 1), "Purchase date: “1.8.26” has no full year; write the date as "
                     "1.8.2026."),
    ("31.12.1899", "Purchase date: “31.12.1899” is not a date between 1900 and 2200; "
                   "write the date as 1.8.2026."),
    ("1.1.9999", "Purchase date: “1.1.9999” is not a date between 1900 and 2200; write "
                 "the date as 1.8.2026."),
])
def test_a_year_no_school_has_is_refused_quoting_the_value(value, message):
    """"1.8.26" is never the year 26 (which Excel cannot even show), nor guessed."""
    with pytest.raises(ValidationError) as refused:
        as_date("bought", value, "Purchase date")
    assert refused.value.errors == {"bought": message}


def test_the_first_and_last_plausible_years_are_dates():
    assert as_date("bought", "1.1.1900", "Purchase date") == date(1900, 1, 1)
    assert as_date("bought", "2200-12-31", "Purchase date") == date(2200, 12, 31)


# What the services read from text before the forms did: the forms read it here now.
@pytest.mark.parametrize("typed", ["32.3.2027", "30.2.2027", "31.13.2027", "31.2.2028", "1.8.",
                                   "1.3.", "5.11.", "maaliskuu", "elokuu", "x"])
def test_text_that_is_no_date_is_named_at_its_field(typed):
    with pytest.raises(ValidationError) as refused:
        as_date("opens", typed, "Opens")
    assert refused.value.errors == {"opens": "Opens: write the date as 1.8.2026."}


@pytest.mark.parametrize("typed", ["neljä", "twenty", "?", "4.5"])
def test_text_that_is_no_whole_number_is_named_at_its_field(typed):
    with pytest.raises(ValidationError) as refused:
        as_count("tutors_sought", typed, "Tutors sought")
    assert refused.value.errors == {"tutors_sought": "Tutors sought must be a whole number."}


@pytest.mark.parametrize(("typed", "value"), [("7,5", 7.5), (" 12 ", 12.0), ("0", 0.0)])
def test_hours_are_read_with_a_decimal_comma(typed, value):
    assert as_number("weekly_hours", typed, "Hours per week") == value


def test_an_iso_date_is_read_too():
    assert as_date("opens", "2027-09-01", "Opens") == date(2027, 9, 1)
