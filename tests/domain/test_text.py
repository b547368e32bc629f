"""search_key folds case the same way on every database; tr() is pluggable."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coachdesk.domain import text
from coachdesk.domain.language import current_language, known, speaking
from coachdesk.domain.text import search_key, set_translator, tr


@pytest.fixture
def restore_translator():
    original = text._translate
    yield
    set_translator(original)


def test_search_key_folds_finnish_and_swedish_letters():
    assert search_key("ÄÖÅ Koulu") == "äöå koulu"
    assert search_key("Mäkelä") == search_key("MÄKELÄ")


def test_search_key_uses_full_case_folding_not_just_lower():
    assert search_key("Straße") == "strasse"


def test_search_key_joins_parts_with_one_space_and_skips_missing_parts():
    assert search_key("Korson koulu", None, "", "  Kielotie 5  ", "Maija") == (
        "korson koulu kielotie 5 maija"
    )


def test_search_key_is_the_same_for_a_name_typed_on_a_mac():
    composed, decomposed = "Håkansböle Skola", "Ha\u030akansbo\u0308le Skola"
    assert search_key(decomposed) == search_key(composed) == "håkansböle skola"


def test_search_key_of_nothing_is_empty():
    assert search_key() == ""
    assert search_key(None, "") == ""


@given(st.text())
def test_search_key_is_idempotent(value):
    key = search_key(value)
    assert search_key(key) == key


NORDIC = st.text(alphabet="abcdefghijklmnopqrstuvwxyzåäöABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ -0123")


@given(NORDIC)
def test_search_key_is_blind_to_case_of_nordic_text(value):
    assert search_key(value.upper()) == search_key(value.lower()) == search_key(value.swapcase())
    assert search_key(value) == search_key(value).lower()


def test_tr_returns_text_unchanged_without_a_translator():
    assert tr("Name") == "Name"


def test_installed_translator_is_asked_in_the_language_spoken(restore_translator):
    calls = []

    def fake(language, source, disambiguation, n):
        calls.append((language, source, disambiguation, n))
        return source.upper()

    set_translator(fake)
    assert tr("Name") == "NAME"
    with speaking("sv"):
        assert tr("Open", "a state") == "OPEN"
    assert calls == [(current_language(), "Name", None, -1), ("sv", "Open", "a state", -1)]


def test_a_count_fills_in_its_number(restore_translator):
    set_translator(lambda language, source, disambiguation, n: "%n päivää")
    assert tr("%n days", None, 3) == "3 päivää"


def test_speaking_a_language_lasts_the_block_and_stays_in_its_thread():
    import threading

    window = current_language()
    seen = []
    with speaking("sv"):
        assert current_language() == "sv"
        worker = threading.Thread(target=lambda: seen.append(current_language()))
        worker.start()
        worker.join()
    assert current_language() == window and seen == [window]


def test_an_unknown_language_is_spoken_as_the_windows():
    window = current_language()
    with speaking("other"):
        assert current_language() == window
    assert known("fi_FI") == "fi" and known("sv-FI") == "sv" and known("de_DE") == "en"
