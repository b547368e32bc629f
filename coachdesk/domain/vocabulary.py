"""Fixed vocabulary as coordinators write it in their own lists.

The kinds of school and the teaching languages are stored as codes (:class:`SchoolKind`,
:class:`Language`); people write them as words in Finnish, Swedish or English, and kinds
often as grade ranges ("vuosiluokat 1–6", "åk 7-9", "1–9"). The words live here, beside
the codes, so that an import, a form or a later translation pass reads them the same way.
"""

import re
import unicodedata
from collections.abc import Mapping
from typing import Any

from coachdesk.domain.errors import ValidationError
from coachdesk.domain.schools import Language, SchoolKind
from coachdesk.domain.text import tr


def fold(text: Any) -> str:
    """A header or word for matching: lower case, no accents, letters and digits only,
    without what is in parentheses ("Hinta (€)" is "hinta")."""
    text = unicodedata.normalize("NFKD", str(text or "")).casefold()
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"\(.*?\)", " ", text)
    return re.sub(r"[\W_]+", "", text)


# Per kind: Finnish, Swedish and English words; the first of each is the one a message
# suggests. Grade ranges are read by school_kind() below.
KIND_WORDS: dict[SchoolKind, tuple[str, str, str]] = {
    SchoolKind.PRESCHOOL: (
        "esiopetus|esikoulu|eskari|päiväkoti|varhaiskasvatus",
        "förskola|förskoleundervisning|förskoleklass|daghem",
        "preschool|pre-school|kindergarten"),
    SchoolKind.PRIMARY: (
        "alakoulu|ala-aste|alaluokat",
        "lågstadium|lågstadiet|lågstadieskola|mellanstadium|mellanstadiet",
        "primary|primary school|elementary|elementary school"),
    SchoolKind.LOWER_SECONDARY: (
        "yläkoulu|yläaste|yläluokat",
        "högstadium|högstadiet|högstadieskola",
        "lower secondary|lower secondary school|middle school"),
    SchoolKind.COMPREHENSIVE: (
        "yhtenäiskoulu|perusopetus|peruskoulu|perusaste|yhtenäinen peruskoulu|"
        "yhtenäinen perusopetus",
        "grundskola|grundskolan|grundläggande utbildning|enhetsskola",
        "comprehensive|comprehensive school|basic education"),
    SchoolKind.UPPER_SECONDARY: (
        "lukio|aikuislukio",
        "gymnasium|gymnasiet|gymnasieskola",
        "upper secondary|upper secondary school|high school|sixth form"),
    SchoolKind.VOCATIONAL: (
        "ammattikoulu|ammattiopisto|ammatillinen|ammatillinen oppilaitos|"
        "ammatillinen koulutus|toinen aste",
        "yrkesskola|yrkesinstitut|yrkesutbildning|yrkesläroanstalt",
        "vocational|vocational school|vocational college"),
}
# The grade range a message suggests beside a kind's words.
KIND_GRADES = {SchoolKind.PRIMARY: "1–6", SchoolKind.LOWER_SECONDARY: "7–9",
               SchoolKind.COMPREHENSIVE: "1–9"}

LANGUAGE_WORDS: dict[Language, tuple[str, str, str]] = {
    Language.FINNISH: ("suomi|suomenkielinen|suomeksi|fi|fin",
                       "finska|finskspråkig", "finnish"),
    Language.SWEDISH: ("ruotsi|ruotsinkielinen|ruotsiksi|sv|swe",
                       "svenska|svenskspråkig", "swedish"),
    Language.OTHER: ("muu|muu kieli|englanti|englanninkielinen|kaksikielinen",
                     "annat|engelska|tvåspråkig", "other|english|bilingual"),
}

# Words around a grade range that say nothing of the kind: "vuosiluokat 1–6", "åk 7–9".
GRADE_WORDS = ("vuosiluokat|vuosiluokka|vuosiluokille|vlk|vl|luokat|luokka|luokille|lk|"
               "årskurs|årskurser|årskurserna|åk|klass|klasser|klasserna|"
               "grades|grade|years|year")
# A grade range with any dash people type: hyphen, en dash, em dash, minus sign.
_GRADES = re.compile(r"(\d{1,2})\s*[-\u2010-\u2015\u2212]\s*(\d{1,2})")


def _lookup(words: Mapping[Any, tuple[str, ...]]) -> dict[str, Any]:
    """{folded word: code} for every word of every language, and the codes themselves."""
    found = {fold(code.value): code for code in words}
    for code, languages in words.items():
        for language in languages:
            for word in language.split("|"):
                found.setdefault(fold(word), code)
    return found


_KIND_BY_WORD = _lookup(KIND_WORDS)
_LANGUAGE_BY_WORD = _lookup(LANGUAGE_WORDS)
_FILLERS = {fold(word) for word in GRADE_WORDS.split("|")}


def _kind_of_grades(first: int, last: int) -> SchoolKind | None:
    """The kind of a school teaching grades first–last (0 is preschool)."""
    if first > last or last > 9:
        return None
    if last == 0:
        return SchoolKind.PRESCHOOL
    if last <= 6:
        return SchoolKind.PRIMARY
    if first >= 7:
        return SchoolKind.LOWER_SECONDARY
    return SchoolKind.COMPREHENSIVE


def school_kind(text: Any) -> SchoolKind | None:
    """The kind of school a word or grade range names, or None: "alakoulu", "Gymnasium",
    "vuosiluokat 1–6" (primary), "yhtenäiskoulu 1–9", "1-9" (comprehensive)."""
    text = str(text or "")
    found = _KIND_BY_WORD.get(fold(text))
    grades = _GRADES.search(text)
    if found is not None or grades is None:
        return found
    rest = "".join(w for w in map(fold, _GRADES.sub(" ", text).split()) if w not in _FILLERS)
    by_grades = _kind_of_grades(int(grades[1]), int(grades[2]))
    if not rest or _KIND_BY_WORD.get(rest) is SchoolKind.COMPREHENSIVE:
        return by_grades  # "perusopetus 1–6" is a primary school
    return _KIND_BY_WORD.get(rest)  # "lukio 1–3", "alakoulu 1–6": the word says it


def language(text: Any) -> Language | None:
    """The teaching language a word names, or None: "suomi", "svenska", "English"."""
    return _LANGUAGE_BY_WORD.get(fold(text))


def _suggested(words: Mapping[Any, tuple[str, ...]], extra: Mapping[Any, str]) -> str:
    """ "esiopetus / förskola / preschool; alakoulu / lågstadium / primary / 1–6; …" """
    return "; ".join(" / ".join([*(w.split("|")[0] for w in languages),
                                 *([extra[code]] if code in extra else [])])
                     for code, languages in words.items())


def as_school_kind(field: str, value: Any) -> SchoolKind:
    """The kind ``value`` names; otherwise an error quoting it as typed and listing the
    words that are understood."""
    found = school_kind(value)
    if found is None:
        raise ValidationError({field: tr(
            "“{value}” is not a kind of school CoachDesk knows; write one of: {words}.").format(
            value=value, words=_suggested(KIND_WORDS, KIND_GRADES))})
    return found


def as_language(field: str, value: Any) -> Language:
    """The language ``value`` names; otherwise an error quoting it as typed and listing
    the words that are understood."""
    found = language(value)
    if found is None:
        raise ValidationError({field: tr(
            "“{value}” is not a teaching language CoachDesk knows; write one of: {words}.")
            .format(value=value, words=_suggested(LANGUAGE_WORDS, {}))})
    return found
