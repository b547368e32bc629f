"""The one helper every user-visible string goes through.

The domain cannot import Qt, so the translator is pluggable: the application installs
its catalogues at start (:mod:`coachdesk.i18n`); without them the text stays as written.
Texts are translated into the language being spoken (:mod:`coachdesk.domain.language`).
Call ``tr()`` with a literal, so that ``pyside6-lupdate`` can find it, never at import time.
"""

import unicodedata
from collections.abc import Callable

from coachdesk.domain.language import current_language

# (language, source text, disambiguation, n) -> the translation, or the source text.
Translate = Callable[[str, str, str | None, int], str]
_translate: Translate = lambda language, text, disambiguation, n: text  # noqa: E731


def set_translator(translate: Translate) -> None:
    global _translate
    _translate = translate


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the language being spoken. ``disambiguation`` tells two uses of the
    same English words apart ("Open" a file, "Open" as a state); with a count ``n`` the
    translation has the right plural form and ``%n`` stands for the number."""
    translated = _translate(current_language(), text, disambiguation, n)
    return translated.replace("%n", str(n)) if n >= 0 else translated


def search_key(*parts: str | None) -> str:
    """Case-folded text that list filters match against with a plain LIKE.

    SQLite's LIKE folds only ASCII letters, so "Ä" would not match "ä"; keeping a folded
    copy makes filtering behave the same on every database and needs no SQL function.
    Composed (NFC) before and after folding, so that a name typed on a Mac finds the same.
    """
    return " ".join(nfc(nfc(p).casefold()).strip() for p in parts if p)


# Finnish and Swedish end their alphabet x, y, z, å, ä, ö; ü reads as y, æ as ä, ø as ö,
# and other marks as the plain letter (é as e). "{", "|", "}" follow "z" in code order.
_NORDIC = {"å": "{", "ä": "|", "æ": "|", "ö": "}", "ø": "}", "ü": "y"}
# Lower-case words before a surname that belong to it but are not sorted by: "von Wright"
# sorts under W (the Finnish and Swedish custom), "de Vries" under V.
_PARTICLES = frozenset({"af", "av", "da", "de", "del", "della", "den", "der", "di", "du",
                        "la", "le", "van", "von", "zu"})


def surname_first(name: str) -> str:
    """"Anna-Liisa Virtanen" as "Virtanen Anna-Liisa", "Georg Henrik von Wright" as
    "Wright Georg Henrik von": the surname is the last word."""
    words = name.split()
    if len(words) < 2:
        return " ".join(words)
    given = words[:-1]
    particles: list[str] = []
    while len(given) > 1 and given[-1] in _PARTICLES:
        particles.insert(0, given.pop())
    return " ".join([words[-1], *given, *particles])


def person_sort_key(name: str) -> str:
    """The key people are listed by: surname first, in Finnish and Swedish order (å, ä, ö
    after z) when keys are compared character by character, as SQLite does and PostgreSQL
    does with the column's "C" collation (the database sorts; nothing is sorted here)."""
    folded = surname_first(nfc(name).casefold())
    return "".join(_NORDIC.get(char) or unicodedata.normalize("NFD", char)[0]
                   for char in folded)


def nfc(value: str) -> str:
    """Text in Unicode's composed form (NFC): "å" typed on a Mac (a + ring, NFD) and on
    Windows (one character) must be the same name, in the database and in every look-up."""
    return unicodedata.normalize("NFC", value)
