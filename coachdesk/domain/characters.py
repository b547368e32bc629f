"""Which characters text may hold: one set of rules for what comes in (the checks in
``validation``) and for what goes out (calendars, e-mail headers, file names).

A single line (a name, a title, an address, a tag) holds no line break, no control
character and no bidi override: a name with a line break breaks every header and calendar
line it goes into, and U+202E RIGHT-TO-LEFT OVERRIDE turns "Koulu<U+202E>xslx.exe" into a
name that reads as an .xlsx. A multi-line text (notes, descriptions) keeps its line
breaks and tabs, and no other control character.
"""

import re

# Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): invisible, and they
# reorder the text around them. The marks U+200E/U+200F stay: mixed scripts need them.
BIDI_CONTROLS = "\u202a-\u202e\u2066-\u2069"
# Unicode's control characters (category Cc: C0, DEL and C1) and the line and paragraph
# separators, which str.splitlines() breaks on as well.
_CONTROLS = "\x00-\x1f\x7f-\x9f\u2028\u2029"
_LINE_BREAK = re.compile("[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_NOT_IN_A_LINE = re.compile(f"[{_CONTROLS}{BIDI_CONTROLS}]")
_NOT_IN_A_TEXT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")  # \t and \n stay
_BREAKS_AND_TABS = re.compile("(?:\r\n|[\t\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029])+")
_NEWLINES = re.compile("\r\n|[\r\x85\u2028\u2029]")


def has_line_break(value: str) -> bool:
    return bool(_LINE_BREAK.search(value))


def not_in_a_line(value: str) -> str | None:
    """The first character ``value`` may not hold as a single line, or None."""
    found = _NOT_IN_A_LINE.search(value)
    return found.group() if found else None


def not_in_a_text(value: str) -> str | None:
    """The first character ``value`` may not hold as a multi-line text, or None."""
    found = _NOT_IN_A_TEXT.search(value)
    return found.group() if found else None


def code_point(character: str) -> str:
    return f"U+{ord(character):04X}"


def one_line(value: str) -> str:
    """``value`` fit for a single line, whatever it holds: each run of line breaks and
    tabs becomes one space, other control characters and bidi overrides go. Not stripped,
    so that a form can use it while the user types."""
    return _NOT_IN_A_LINE.sub("", _BREAKS_AND_TABS.sub(" ", value))


def newlines(value: str) -> str:
    """Every line break (Windows' \\r\\n, old Macs' \\r, Unicode's separators) as \\n."""
    return _NEWLINES.sub("\n", value)


def plain_text(value: str) -> str:
    """``value`` fit for a multi-line text: line breaks written as \\n, tabs kept, other
    control characters gone."""
    return _NOT_IN_A_TEXT.sub("", newlines(value))
