"""Field checks shared by every entity: collect all messages, then raise once."""

import re
from datetime import date, datetime, time
from typing import TypeVar

from coachdesk.domain.characters import (
    code_point,
    has_line_break,
    newlines,
    not_in_a_line,
    not_in_a_text,
)
from coachdesk.domain.errors import ValidationError
from coachdesk.domain.text import nfc, tr

# Deliberately simple: one @, no spaces, a dot in the domain. Real validation is the
# mail server's job; this catches typos such as a missing @ or a comma for a dot.
_EMAIL = re.compile(r"^[^@\s,;]+@[^@\s,;]+\.[^@\s,;.]{2,}$")
FIRST_YEAR, LAST_YEAR = 1900, 2200
EMAIL_MAX = 320  # the longest address the mail standards allow, and the column's length
# Halves of surrogate pairs, which no encoding can store. Control characters (NUL, which
# PostgreSQL cannot store, among them) stay for the checks to refuse at their field.
_UNSTORABLE = re.compile("[\ud800-\udfff]")

# Two dates, two date-times or two times of day: what order() compares.
Moment = TypeVar("Moment", date, time)
Given = TypeVar("Given")


def checked(value: Given | None) -> Given:
    """A value that may be missing until ``check()`` refused its absence: after the check
    it is there (a missing one here is a programming error)."""
    if value is None:
        raise ValueError("a value that check() requires is missing")
    return value


def is_email(value: str) -> bool:
    return bool(_EMAIL.match(value))


class Checker:
    """Collects field errors so that a form can show every problem at once."""

    def __init__(self) -> None:
        self.errors: dict[str, str] = {}

    def fail(self, field: str, message: str) -> None:
        self.errors.setdefault(field, message)

    def name_and_email(self, name: str, email: str, longest: int) -> None:
        """A person's ``name`` (required) and e-mail (optional), in the fields of those
        names: one line each, the name at most ``longest`` characters."""
        self.single_line("name", name, tr("Name"))
        self.single_line("email", email, tr("E-mail"))
        self.required("name", name, tr("Name"))
        self.max_length("name", name, longest, tr("Name"))
        self.email("email", email)

    def required(self, field: str, value: str | None, label: str) -> None:
        if not (value or "").strip():
            self.fail(field, tr("{label} is required.").format(label=label))

    def single_line(self, field: str, value: str | None, label: str) -> None:
        """A name, title, address or tag: one line, no control character (NUL, escape,
        tab) and no bidi override."""
        bad = not_in_a_line(value or "")
        if bad is None:
            return
        if has_line_break(bad):
            self.fail(field, tr("{label} must be on one line: remove the line break.").format(
                label=label))
        else:
            self.fail(field, _control_message(label, bad))

    def multi_line(self, field: str, value: str | None, label: str) -> None:
        """Notes and descriptions: line breaks and tabs, but no other control character."""
        bad = not_in_a_text(value or "")
        if bad is not None:
            self.fail(field, _control_message(label, bad))

    def max_length(self, field: str, value: str | None, limit: int, label: str) -> None:
        if value and len(value) > limit:
            self.fail(
                field,
                tr("{label} is too long (at most {limit} characters).").format(
                    label=label, limit=limit
                ),
            )

    def email(self, field: str, value: str | None) -> None:
        if value and len(value.strip()) > EMAIL_MAX:
            self.max_length(field, value.strip(), EMAIL_MAX, tr("The e-mail address"))
        elif value and not is_email(value.strip()):
            self.fail(
                field,
                tr("“{value}” is not an e-mail address; write it as name@example.fi.").format(
                    value=value
                ),
            )

    def count(self, field: str, value: int | None, label: str, maximum: int = 100_000) -> None:
        if value is None:
            return
        if value < 0:
            self.fail(field, tr("{label} cannot be negative.").format(label=label))
        elif value > maximum:
            self.fail(
                field,
                tr("{label} cannot be more than {maximum}.").format(label=label, maximum=maximum),
            )

    def plausible_year(self, field: str, value: date | datetime | None, label: str) -> None:
        """Dates of lessons and visits fall in this range: year 1 or 9999 is a typo (and
        beyond what time-zone arithmetic can handle)."""
        if value is not None and not FIRST_YEAR <= value.year <= LAST_YEAR:
            self.fail(field, tr("{label}: give a date between {first} and {last}.").format(
                label=label, first=FIRST_YEAR, last=LAST_YEAR))

    def order(
        self,
        field: str,
        first: Moment | None,
        last: Moment | None,
        message: str,
        strict: bool = False,
    ) -> None:
        if first is None or last is None:
            return
        if last < first or (strict and last == first):
            self.fail(field, message)

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)


def _control_message(label: str, character: str) -> str:
    return tr("{label} holds an invisible control character ({code}): remove it, or type "
              "the text again instead of pasting it.").format(label=label,
                                                              code=code_point(character))


def storable(value: str) -> str:
    """``value`` in Unicode's composed form (NFC), without halves of surrogate pairs."""
    return nfc(_UNSTORABLE.sub("", value))


def clean(value: str | None) -> str:
    """A single line as it should be stored: stripped, never None, composed (NFC: "å"
    typed on a Mac and on Windows is one name). Check it with ``Checker.single_line``."""
    return storable(value or "").strip()


def clean_text(value: str | None) -> str:
    """A multi-line text as it should be stored: as ``clean``, with every line break
    written as \\n. Check it with ``Checker.multi_line``."""
    return newlines(storable(value or "")).strip()
