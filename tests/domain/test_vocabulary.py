"""The words coordinators write for kinds of school and languages, and grade ranges."""

import pytest

from coachdesk.domain.errors import ValidationError
from coachdesk.domain.schools import Language, SchoolKind
from coachdesk.domain.vocabulary import as_language, as_school_kind, language, school_kind

K = SchoolKind


@pytest.mark.parametrize("typed, kind", [
    ("perusopetus", K.COMPREHENSIVE), ("Yhtenäiskoulu 1–9", K.COMPREHENSIVE),
    ("yhtenäiskoulu 1-9", K.COMPREHENSIVE), ("vuosiluokat 1–6", K.PRIMARY),
    ("Vuosiluokat 1 - 6", K.PRIMARY), ("1–9", K.COMPREHENSIVE), ("1-9", K.COMPREHENSIVE),
    ("1–6", K.PRIMARY), ("3−6", K.PRIMARY), ("7–9", K.LOWER_SECONDARY),
    ("lk 7-9", K.LOWER_SECONDARY), ("åk 7–9", K.LOWER_SECONDARY), ("0–2", K.PRIMARY),
    ("perusopetus, vuosiluokat 1–6", K.PRIMARY), ("grundskola åk 1-6", K.PRIMARY),
    ("alakoulu (1–6)", K.PRIMARY), ("lukio 1–3", K.UPPER_SECONDARY),
    ("alakoulu", K.PRIMARY), ("Yläkoulu", K.LOWER_SECONDARY), ("LUKIO", K.UPPER_SECONDARY),
    ("lågstadium", K.PRIMARY), ("högstadium", K.LOWER_SECONDARY),
    ("Gymnasium", K.UPPER_SECONDARY), ("grundskola", K.COMPREHENSIVE),
    ("förskola", K.PRESCHOOL), ("esiopetus", K.PRESCHOOL), ("päiväkoti", K.PRESCHOOL),
    ("ammattikoulu", K.VOCATIONAL), ("lower_secondary", K.LOWER_SECONDARY),
    ("Comprehensive", K.COMPREHENSIVE),
])
def test_words_and_grade_ranges_name_a_kind(typed, kind):
    assert school_kind(typed) is kind
    assert as_school_kind("kind", typed) is kind


@pytest.mark.parametrize("typed", ["kansalaisopisto", "1–12", "9–7", "", "koulu 1-6"])
def test_other_words_name_no_kind(typed):
    assert school_kind(typed) is None


def test_a_refusal_quotes_the_value_as_typed_and_lists_the_words():
    with pytest.raises(ValidationError) as refused:
        as_school_kind("kind", "Kansalaisopisto")
    assert refused.value.errors == {"kind": (
        "“Kansalaisopisto” is not a kind of school CoachDesk knows; write one of: "
        "esiopetus / förskola / preschool; alakoulu / lågstadium / primary / 1–6; "
        "yläkoulu / högstadium / lower secondary / 7–9; "
        "yhtenäiskoulu / grundskola / comprehensive / 1–9; "
        "lukio / gymnasium / upper secondary; ammattikoulu / yrkesskola / vocational.")}


def test_languages():
    assert language("Svenska") is Language.SWEDISH
    assert language("suomi") is Language.FINNISH
    assert language("fi") is Language.FINNISH
    assert language("English") is Language.OTHER
    with pytest.raises(ValidationError) as refused:
        as_language("language", "Klingon")
    assert refused.value.errors["language"] == (
        "“Klingon” is not a teaching language CoachDesk knows; write one of: "
        "suomi / finska / finnish; ruotsi / svenska / swedish; muu / annat / other.")
