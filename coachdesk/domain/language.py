"""Which language CoachDesk speaks: the window's, and a school's for what goes to it.

The window and the command line choose one language at start (:func:`set_language`).
What is written for a school (its report, e-mails, handover forms, a tutor's calendar of
visits to it) is written in the school's language whatever the window speaks: that work
runs inside ``with speaking(school.language):``. The choice is per thread and per
context, so a report written beside the window never changes the window's language.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

FINNISH, SWEDISH, ENGLISH = "fi", "sv", "en"
LANGUAGES = (FINNISH, SWEDISH, ENGLISH)

_default = ENGLISH  # the language of the source texts, until one is chosen
_speaking: ContextVar[str | None] = ContextVar("coachdesk_language", default=None)


def set_language(language: str) -> None:
    """The language of the window and the command line (fi, sv or en)."""
    global _default
    _default = known(language)


def current_language() -> str:
    return _speaking.get() or _default


@contextmanager
def speaking(language: str | None) -> Iterator[str]:
    """Write in ``language`` inside the block (a school's "other" or unknown language
    falls back to the window's)."""
    chosen = language if language in LANGUAGES else current_language()
    token = _speaking.set(chosen)
    try:
        yield chosen
    finally:
        _speaking.reset(token)


def known(language: str | None) -> str:
    """``language`` if CoachDesk speaks it; a locale name ("fi_FI", "sv-FI") gives its
    language; anything else English."""
    code = (language or "").replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else ENGLISH
