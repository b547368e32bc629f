"""Turning what a form sends into field values: every mistake is named at once, at its
field, and a field that fails is not passed on half-converted."""

from datetime import date

import pytest

from coachdesk.domain.errors import ValidationError
from coachdesk.domain.topics import Level
from coachdesk.services.fields import as_count, as_date, as_number, convert, of_enum

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


def test_a_form_refuses_a_two_digit_year_too(desk):
    """Forms and imports share the date parser: the device form refuses it as well."""
    desk.devices.add_category(name="iPad")
    with pytest.raises(ValidationError, match="“1.8.26” has no full year"):
        desk.devices.add(asset_tag="IPAD-1", category="iPad", purchase_date="1.8.26")
    with pytest.raises(ValidationError, match="between 1900 and 2200"):
        desk.tutors.add(name="Aino", agreement_start="1.8.2026", agreement_end="31.7.2270")
