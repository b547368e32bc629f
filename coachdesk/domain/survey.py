"""Reading the answers of a school ICT survey (Microsoft Forms, Google Forms, Webropol):
which question a column holds, and what its answers say — the kinds of devices (with
their numbers, if said), their rough age, the platforms and the needs, several answers
of one question separated by semicolons as the form tools export them.

Questions are recognised by the words they hold, in Finnish, Swedish or English ("Mitä
laitteita oppilailla on käytössä?", "Elevernas enheter", "Pupils' devices"), since each
municipality types its own."""

import re
from dataclasses import dataclass

from coachdesk.domain.errors import ValidationError
from coachdesk.domain.parse import as_count
from coachdesk.domain.situations import DeviceAge, DeviceKind
from coachdesk.domain.text import tr
from coachdesk.domain.validation import clean
from coachdesk.domain.vocabulary import fold

PUPILS = ("oppila", "elev", "pupil", "student")
TEACHERS = ("opettaj", "larar", "teacher", "staff", "henkilo", "personal")
DEVICES = ("laite", "laitte", "enhet", "device", "kone", "dator", "computer")
COUNT = ("maara", "montako", "kuinkamonta", "lukumaara", "antal", "hurmanga", "number",
         "howmany", "count", "kpl")
AGE = ("ika", "alder", "age", "vanh", "gaml", "old")
# The questions in the order they are tried: the first whose words a header holds wins.
QUESTIONS: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...] = (
    ("answered_on", (("aikaleima", "timestamp", "valmistumisaika", "completiontime",
                      "tidsstampel", "slutforandetid", "vastausaika", "submitted"),)),
    ("pupils_count", (PUPILS, DEVICES, COUNT)),
    ("teachers_count", (TEACHERS, DEVICES, COUNT)),
    ("pupils_age", (PUPILS, DEVICES, AGE)),
    ("teachers_age", (TEACHERS, DEVICES, AGE)),
    ("pupils_devices", (PUPILS, DEVICES)),
    ("teachers_devices", (TEACHERS, DEVICES)),
    ("platforms", (("alust", "plattform", "platform", "tyokalu", "verktyg", "tool",
                    "sovellu", "applikation", "ohjelm", "program"),)),
    ("network", (("verkko", "natverk", "network", "wifi", "wlan", "netti", "internet",
                  "yhteys", "uppkoppling", "connection"),)),
    ("needs", (("tarve", "tarpe", "tarvit", "behov", "need", "tuki", "tukea", "stod",
                "support", "toive", "onska", "wish"),)),
    ("school", (("koulu", "skola", "school", "yksikko"),)),
)
KINDS: tuple[tuple[DeviceKind, tuple[str, ...]], ...] = (
    (DeviceKind.CHROMEBOOK, ("chromebook",)),
    (DeviceKind.TABLET, ("ipad", "tablet", "tabletti", "surfplatta", "platta")),
    (DeviceKind.LAPTOP, ("kannettava", "lappari", "laptop", "barbar", "lappis", "notebook",
                         "macbook", "windowslaptop")),
    (DeviceKind.DESKTOP, ("poytakone", "poytatietokone", "stationar", "desktop",
                          "tyoasema", "arbetsstation")),
    (DeviceKind.DISPLAY, ("naytto", "skarm", "smartboard", "display", "aktiivitaulu",
                          "alytaulu", "interaktiiv", "dokumenttikamera", "projektor",
                          "tykki")),
    (DeviceKind.OTHER, ("muu", "annan", "other", "ovrig")),
)
_ITEMS = re.compile(r"[;\n]+")
_DEVICE_ITEMS = re.compile(r"[;\n]+|,(?!\s*\d)")  # "Chromebook, 120" is one item
_NUMBER = re.compile(r"(\d+)\s*(?:kpl|st|pcs)?\.?\s*$")


def question_of(header: object) -> str | None:
    """The survey question a column's header asks, or None for one CoachDesk leaves out
    (a respondent's name, an id, a start time)."""
    text = fold(header)
    if not text:
        return None
    for key, groups in QUESTIONS:
        if all(any(word in text for word in group) for group in groups):
            return key
    return None


def questions_of(headers: list[object]) -> dict[int, str]:
    """Column → question, each question at its first column."""
    found: dict[int, str] = {}
    for column, header in enumerate(headers):
        key = question_of(header)
        if key is not None and key not in found.values():
            found[column] = key
    return found


@dataclass(frozen=True)
class DevicesSaid:
    """The kinds of devices an answer names, each with its number if it says one."""

    kinds: tuple[tuple[DeviceKind, int | None], ...] = ()
    problems: tuple[str, ...] = ()


def device_kind(text: str) -> DeviceKind | None:
    folded = fold(text)
    return next((kind for kind, words in KINDS if any(w in folded for w in words)), None)


def devices_said(answer: object) -> DevicesSaid:
    """"Chromebook 120; iPad 30" or "Chromebook; iPad": the kinds and their numbers."""
    kinds, problems = [], []
    for item in _DEVICE_ITEMS.split(clean(str(answer or ""))):
        item = item.strip()
        if not item:
            continue
        number = _NUMBER.search(item)
        name = item[:number.start()].strip() if number else item
        kind = device_kind(name)
        if kind is None:
            problems.append(tr("“{answer}” is not a kind of device CoachDesk knows: say "
                               "laptop, Chromebook, tablet, desktop computer, interactive "
                               "display or other.").format(answer=item))
            continue
        kinds.append((kind, int(number.group(1)) if number else None))
    return DevicesSaid(tuple(kinds), tuple(problems))


def device_age(answer: object) -> DeviceAge | None:
    """The rough age an answer gives ("alle 2 vuotta", "2–4 år", "over 5 years"); blank
    is unknown; None: an answer that says no age."""
    text = fold(answer)
    if not text:
        return DeviceAge.UNKNOWN
    if any(w in text for w in ("entieda", "eitiedossa", "vetinte", "okand", "dontknow",
                               "unknown")):
        return DeviceAge.UNKNOWN
    if any(w in text for w in ("alle", "under", "uusi", "uudet", "new", "lessthan", "ny")):
        return DeviceAge.NEW
    if any(w in text for w in ("yli", "over", "vanh", "gaml", "old", "enemman", "mer",
                               "more", "5")):
        return DeviceAge.OLD
    if "2" in text and ("4" in text or "3" in text):
        return DeviceAge.MIDDLE
    return None


def count_said(answer: object, label: str) -> tuple[int | None, list[str]]:
    """A number of devices, or the problem of an answer that is not one."""
    if isinstance(answer, float) and answer.is_integer():
        answer = int(answer)
    try:
        return as_count("count", answer, label), []
    except ValidationError as exc:
        return None, list(exc.errors.values())


def items_said(answer: object) -> tuple[str, ...]:
    """The answers of a multi-choice or a list question: "Teams;Wilma" or a line each."""
    return tuple(part for part in (clean(p) for p in _ITEMS.split(str(answer or ""))) if part)
