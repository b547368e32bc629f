"""The characters a single line and a multi-line text may hold, shared by the checks of
what comes in and by the outputs that clean what goes out."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coachdesk.domain.characters import not_in_a_line, not_in_a_text, one_line, plain_text
from coachdesk.domain.validation import Checker, clean, clean_text

ANY = st.text(alphabet=st.characters(codec="utf-8"))


@given(ANY)
def test_one_line_leaves_nothing_a_single_line_refuses(value):
    assert not_in_a_line(one_line(value)) is None
    c = Checker()
    c.single_line("name", clean(one_line(value)), "Name")
    assert c.errors == {}


@given(ANY)
def test_plain_text_leaves_nothing_a_text_refuses(value):
    assert not_in_a_text(plain_text(value)) is None
    c = Checker()
    c.multi_line("notes", clean_text(plain_text(value)), "Notes")
    assert c.errors == {}


@pytest.mark.parametrize(("value", "expected"), [
    ("Korson\r\nkoulu", "Korson koulu"),
    ("A\n\n\tB", "A B"),
    ("A\u2028B\x85C", "A B C"),
    ("Ni\x00ce\x1b\x7f", "Nice"),
    ("Koulu\u202e\u2066xslx.exe\u2069\u202c", "Kouluxslx.exe"),
    ("Ville  Väinö ", "Ville  Väinö "),  # spaces as typed: a form uses it while one types
    ("Skola \u200fמדרסה 👩‍🏫", "Skola \u200fמדרסה 👩‍🏫"),  # marks and joiners stay
])
def test_one_line(value, expected):
    assert one_line(value) == expected


def test_plain_text_keeps_lines_and_tabs():
    assert plain_text("a\r\nb\rc\u2029d\n\te\x00\x1b\x07") == "a\nb\nc\nd\n\te"
