"""Shared field checks: e-mail addresses, required text, lengths, counts and order."""

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coachdesk.domain.errors import ValidationError
from coachdesk.domain.validation import Checker, clean, clean_text, is_email


@pytest.mark.parametrize(
    "value",
    [
        "name@example.fi",
        "maija.meikalainen@vantaa.fi",
        "first+tag@sub.domain.example.com",
        "mäkelä@koulu.fi",
        "A.B@EXAMPLE.ORG",
    ],
)
def test_is_email_accepts_ordinary_addresses(value):
    assert is_email(value)


@pytest.mark.parametrize(
    "value",
    [
        "",
        "name",
        "name.example.fi",  # the @ forgotten
        "name@example",  # no dot in the domain
        "name@example,fi",  # a comma typed for the dot
        "name@@example.fi",
        "na me@example.fi",
        "name@exa mple.fi",
        "@example.fi",
        "name@.fi",
        "name@example.f",  # a one-letter top-level domain
        "name@example.fi.",
        "a@b.fi; c@d.fi",  # two addresses in one field
        "a@b.fi,c@d.fi",
    ],
)
def test_is_email_rejects_typos(value):
    assert not is_email(value)


def test_checker_without_failures_does_not_raise():
    c = Checker()
    c.required("name", "Maija", "Name")
    c.email("email", "maija@example.fi")
    c.count("n", 3, "Number")
    c.max_length("notes", "short", 10, "Notes")
    c.order("ends", date(2024, 1, 1), date(2024, 1, 2), "bad order")
    c.raise_if_any()
    assert c.errors == {}


@pytest.mark.parametrize("value", [None, "", "   ", "\t\n"])
def test_required_fails_on_missing_or_blank_text(value):
    c = Checker()
    c.required("name", value, "Name")
    assert c.errors == {"name": "Name is required."}


def test_max_length_allows_the_limit_and_fails_beyond_it():
    c = Checker()
    c.max_length("a", "x" * 5, 5, "Code")
    assert c.errors == {}
    c.max_length("b", "x" * 6, 5, "Code")
    assert c.errors == {"b": "Code is too long (at most 5 characters)."}


def test_email_check_skips_empty_values_and_names_the_bad_value():
    c = Checker()
    c.email("empty", "")
    c.email("none", None)
    c.email("bad", "maija.example.fi")
    assert list(c.errors) == ["bad"]
    assert "maija.example.fi" in c.errors["bad"]
    assert "name@example.fi" in c.errors["bad"]  # it shows how to write it


def test_email_check_ignores_surrounding_spaces():
    c = Checker()
    c.email("email", "  maija@example.fi ")
    assert c.errors == {}


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (-1, "Capacity cannot be negative."),
        (101, "Capacity cannot be more than 100."),
    ],
)
def test_count_rejects_negative_and_too_large_values(value, message):
    c = Checker()
    c.count("capacity", value, "Capacity", maximum=100)
    assert c.errors == {"capacity": message}


@pytest.mark.parametrize("value", [None, 0, 1, 100])
def test_count_accepts_none_zero_and_the_maximum(value):
    c = Checker()
    c.count("capacity", value, "Capacity", maximum=100)
    assert c.errors == {}


def test_order_allows_equal_ends_unless_strict():
    day = date(2024, 9, 2)
    c = Checker()
    c.order("loose", day, day, "loose failed")
    c.order("strict", day, day, "strict failed", strict=True)
    assert c.errors == {"strict": "strict failed"}


def test_order_fails_when_last_is_before_first_and_skips_missing_values():
    c = Checker()
    c.order("ends_at", datetime(2024, 9, 2, 10), datetime(2024, 9, 2, 9), "backwards")
    c.order("open_start", None, date(2024, 1, 1), "never")
    c.order("open_end", date(2024, 1, 1), None, "never")
    assert c.errors == {"ends_at": "backwards"}


def test_first_message_for_a_field_wins():
    c = Checker()
    c.fail("name", "first")
    c.fail("name", "second")
    assert c.errors == {"name": "first"}


def test_raise_if_any_reports_every_field_at_once():
    c = Checker()
    c.required("name", "", "Name")
    c.email("email", "nope")
    c.count("n", -2, "Count")
    with pytest.raises(ValidationError) as caught:
        c.raise_if_any()
    assert set(caught.value.errors) == {"name", "email", "n"}
    assert "Name is required." in str(caught.value)


@pytest.mark.parametrize(
    ("value", "expected"), [(None, ""), ("", ""), ("  Korso \n", "Korso"), ("a b", "a b")]
)
def test_clean_strips_and_never_returns_none(value, expected):
    assert clean(value) == expected


def test_clean_composes_what_a_mac_decomposes():
    decomposed = "Ha\u030akansbo\u0308le skola"  # "å" and "ö" as letter + combining mark
    assert clean(decomposed) == clean_text(decomposed) == "Håkansböle skola"


def test_clean_keeps_control_characters_for_the_checks_to_name():
    assert clean(" Nul\x00 ") == "Nul\x00"
    assert clean("\ud800Lone") == "Lone"  # half a surrogate pair cannot be stored at all


def test_clean_text_writes_every_line_break_as_a_newline():
    assert clean_text("\r\nOne\r\nTwo\rThree\u2028Four\n") == "One\nTwo\nThree\nFour"


@pytest.mark.parametrize(("value", "message"), [
    ("Korson\nkoulu", "Name must be on one line: remove the line break."),
    ("Korson\r\nkoulu", "Name must be on one line: remove the line break."),
    ("Korson\x00", "Name holds an invisible control character (U+0000): remove it, or type "
                   "the text again instead of pasting it."),
    ("Korson\u202ekoulu", "Name holds an invisible control character (U+202E): remove it, or "
                          "type the text again instead of pasting it."),
])
def test_single_line_names_what_is_wrong(value, message):
    c = Checker()
    c.single_line("name", value, "Name")
    assert c.errors == {"name": message}


@pytest.mark.parametrize("value", [None, "", "Korson koulu", "Zoë O'Brien-Öhman"])
def test_single_line_accepts_a_line(value):
    c = Checker()
    c.single_line("name", value, "Name")
    assert c.errors == {}


def test_multi_line_keeps_lines_and_tabs_and_names_other_controls():
    c = Checker()
    c.multi_line("notes", "One\n\tTwo", "Notes")
    assert c.errors == {}
    c.multi_line("notes", "Bell\x07", "Notes")
    assert c.errors == {"notes": "Notes holds an invisible control character (U+0007): "
                                 "remove it, or type the text again instead of pasting it."}


LOCAL = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789._+-", min_size=1, max_size=20)
LABEL = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=15)
TLD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=6)


@given(LOCAL, st.lists(LABEL, min_size=1, max_size=3), TLD)
def test_well_formed_addresses_are_accepted(local, labels, tld):
    assert is_email(f"{local}@{'.'.join(labels)}.{tld}")


@given(LOCAL, LABEL, TLD, st.sampled_from([" ", ",", ";", "@"]), st.data())
def test_a_forbidden_character_anywhere_is_rejected(local, label, tld, bad, data):
    address = f"{local}@{label}.{tld}"
    at = data.draw(st.integers(min_value=0, max_value=len(address)))
    assert not is_email(address[:at] + bad + address[at:])
