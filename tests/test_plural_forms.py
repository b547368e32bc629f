"""A count shown in a text takes the plural form its number needs: "1 päivä", "3 päivää",
"1 dag", "3 dagar", "1 day", "3 days". Such a text is ``tr(text, None, n)`` with ``%n``, so
that pyside6-lupdate marks it numerus, and each catalogue fills both forms."""

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from coachdesk import i18n
from coachdesk.domain.language import speaking
from coachdesk.domain.text import tr

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted(p for p in (ROOT / "coachdesk").rglob("*.py") if "migrations" not in p.parts)
CATALOGUES = ROOT / "resources" / "translations"
# A count before a counted noun: "{n} teachers", "{count} rows", "and {n} more". (A text
# with two counts, "{new} new records … {skipped} rows", has one %n at most: left as is.)
COUNTED = re.compile(r"\{(n|count|days|weeks|appointed)\} (teachers|days|weeks|lessons|visits"
                     r"|rows|tutors|records|seats|school reports|e-mail drafts|planned lessons"
                     r"|school days|more|complete school reports)\b")


def _tr_texts(path: Path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id == "tr" and node.args
                and isinstance(node.args[0], ast.Constant)):
            yield node.lineno, node.args[0].value


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_a_counted_noun_has_plural_forms(path):
    counted = [(line, text) for line, text in _tr_texts(path) if COUNTED.search(text)]
    assert not counted, f"write these with %n and tr(text, None, n): {counted}"


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_every_count_in_the_catalogue_has_both_forms(language):
    messages = list(ET.parse(CATALOGUES / f"coachdesk_{language}.ts").iter("message"))
    counted = [m for m in messages if "%n" in m.findtext("source")]
    assert len(counted) >= 25
    for message in counted:
        source = message.findtext("source")
        assert message.get("numerus") == "yes", f"not numerus (tr without n?): {source}"
        forms = [f.text or "" for f in message.find("translation").iter("numerusform")]
        assert len(forms) == 2 and all(f.strip() for f in forms), source
        assert message.find("translation").get("type") is None, f"unfinished: {source}"


def test_one_and_three_take_their_own_forms():
    i18n.install("en")  # the catalogues (tests/conftest.py takes them away afterwards)
    expected = {"fi": ("1 päivä", "3 päivää"), "sv": ("1 dag", "3 dagar"),
                "en": ("1 day", "3 days")}
    for language, (one, three) in expected.items():
        with speaking(language):
            assert (tr("%n days", None, 1), tr("%n days", None, 3)) == (one, three)
    with speaking("fi"):
        assert tr("%n teachers", None, 1) == "1 opettaja"
        assert tr("%n teachers", None, 12) == "12 opettajaa"
    assert tr("%n lessons", None, 1) == "1 lesson"
