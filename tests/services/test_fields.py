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
