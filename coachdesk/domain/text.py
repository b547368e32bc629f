"""The one helper every user-visible string goes through.

The domain cannot import Qt, so the translator is pluggable: the UI installs Qt's
``QCoreApplication.translate`` at start-up; everywhere else the text stays as written.
"""

import unicodedata
from collections.abc import Callable

_translate: Callable[[str, str], str] = lambda context, text: text  # noqa: E731


def set_translator(translate: Callable[[str, str], str]) -> None:
    global _translate
    _translate = translate


def tr(text: str, context: str = "CoachDesk") -> str:
    return _translate(context, text)


def search_key(*parts: str | None) -> str:
    """Case-folded text that list filters match against with a plain LIKE.

    SQLite's LIKE folds only ASCII letters, so "Ä" would not match "ä"; keeping a folded
    copy makes filtering behave the same on every database and needs no SQL function.
    Composed (NFC) before and after folding, so that a name typed on a Mac finds the same.
    """
    return " ".join(nfc(nfc(p).casefold()).strip() for p in parts if p)


def nfc(value: str) -> str:
    """Text in Unicode's composed form (NFC): "å" typed on a Mac (a + ring, NFD) and on
    Windows (one character) must be the same name, in the database and in every look-up."""
    return unicodedata.normalize("NFC", value)
