"""Is a text written in Finnish or Swedish? It must hold none of CoachDesk's English
source texts whose translation differs ("Visits done", "Devices on loan on {day}"); names
and codes (what the coordinator typed) aside. Shared by the tests of what goes to a school.
"""

import re
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

CATALOGUES = Path(__file__).resolve().parents[2] / "resources" / "translations"
PLACEHOLDER = re.compile(r"\\\{\w+\\\}|%n")  # in an escaped source text
PLACEHOLDER_TEXT = re.compile(r"\{\w+\}|%n")
WORD = re.compile(r"[A-Za-z]{3}")


@cache
def english_sources(language: str) -> tuple[frozenset[str], tuple[re.Pattern, ...]]:
    """The source texts translated otherwise into ``language``: those without a
    placeholder as they are, those with one as a pattern of the whole text."""
    plain, patterns = set(), []
    for message in ET.parse(CATALOGUES / f"coachdesk_{language}.ts").iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        if not source.strip() or all(f == source for f in forms):
            continue  # "Status" is Swedish too
        pattern = PLACEHOLDER.sub(".+?", re.escape(source))
        if pattern == re.escape(source):
            plain.add(source)
        elif WORD.search(PLACEHOLDER_TEXT.sub("", source)):  # "{a} ({b})" matches anything
            patterns.append(re.compile(pattern, re.DOTALL))
    return frozenset(plain), tuple(patterns)


def english_in(texts, language: str, names=()) -> list[str]:
    """The texts that are English source texts, leaving out ``names``."""
    plain, patterns = english_sources(language)
    names = set(names)
    return sorted({text for text in texts if text not in names and (
        text in plain or any(p.fullmatch(text) for p in patterns))})
