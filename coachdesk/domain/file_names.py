"""File names made from what a user typed (a school's or a person's name)."""

import re
from collections.abc import Iterable

from coachdesk.domain.characters import one_line
from coachdesk.domain.text import nfc, tr

# What Windows refuses in a name, and path separators everywhere.
UNSAFE = re.compile(r'[<>:"/\\|?*]+')
RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10)),
            *(f"LPT{n}" for n in range(1, 10))}
MAX_NAME = 100


def safe_file_name(name: str) -> str:
    """A file name (without extension) that Windows, macOS and Linux all accept, without
    control characters or bidi overrides (which would make "Koulu\\u202exslx.exe" look
    like an .xlsx)."""
    text = UNSAFE.sub("_", one_line(nfc(name)))
    text = " ".join(text.split()).strip(" .")
    if text.split(".")[0].upper() in RESERVED:
        text = "_" + text
    return text[:MAX_NAME].rstrip(" .") or tr("school")


def unique_file_names(names: Iterable[str], suffix: str = ".xlsx") -> list[str]:
    """Safe and distinct file names, compared without case (Windows and macOS ignore it)."""
    taken: set[str] = set()
    result = []
    for name in names:
        base = safe_file_name(name)
        candidate, n = base + suffix, 2
        while candidate.casefold() in taken:
            candidate, n = f"{base} ({n}){suffix}", n + 1
        taken.add(candidate.casefold())
        result.append(candidate)
    return result
