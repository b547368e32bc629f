"""Certificate verification codes: read leniently, every single mistyped character caught."""

from hypothesis import given, settings
from hypothesis import strategies as st

from coachdesk.domain.verification import ALPHABET, new_code, read_code


def test_a_new_code_reads_back_as_itself_in_any_case_with_any_dashes():
    code = new_code()
    assert len(code) == 11 and code[5] == "-"
    assert read_code(code) == code
    assert read_code(" " + code.lower().replace("-", " ") + " ") == code
    assert read_code(code.replace("0", "O").replace("1", "l")) == code


@settings(max_examples=300)
@given(st.data())
def test_every_single_mistyped_character_is_caught(data):
    code = new_code().replace("-", "")
    at = data.draw(st.integers(0, len(code) - 1))
    other = data.draw(st.sampled_from([c for c in ALPHABET if c != code[at]]))
    assert read_code(code[:at] + other + code[at + 1:]) is None


def test_text_that_cannot_be_a_code_is_refused():
    for text in ("", "ABC", "7KQ2M-X94RD-1", "7KQ2M*X94RD", "ÄÄÄÄÄ-ÄÄÄÄÄ"):
        assert read_code(text) is None
