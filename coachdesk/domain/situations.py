"""A school's ICT situation as the tutors see it: the pupils' and teachers' devices (by
kind, rough age and count), the learning platforms and tools in use (Teams, Google
Classroom, Seppo, Wilma…), the network, and the needs noticed at the school.

Each need has a date and who noted it (a tutor, or the coordinator when no tutor is
named), and a status: open, planned (a visit request or a lesson is made of it) or
resolved. A school whose situation nobody has looked at for a year is "without a recent
look" in the municipal summary.
"""

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from dateutil.relativedelta import relativedelta

from coachdesk.domain.text import search_key, tr
from coachdesk.domain.validation import Checker, clean, clean_text

RECENT_MONTHS = 12  # a look older than this is not recent
NEED_LENGTH = 300  # a need is said in a sentence
PLATFORM_LENGTH = 100
DEVICE_COUNT_MAX = 100_000


class NeedStatus(StrEnum):
    OPEN = "open"
    PLANNED = "planned"  # a visit request or a lesson is made of it
    RESOLVED = "resolved"

    @property
    def label(self) -> str:
        return {NeedStatus.OPEN: tr("Open"), NeedStatus.PLANNED: tr("Planned"),
                NeedStatus.RESOLVED: tr("Resolved")}[self]


class DeviceUser(StrEnum):
    PUPILS = "pupils"
    TEACHERS = "teachers"

    @property
    def label(self) -> str:
        return {DeviceUser.PUPILS: tr("Pupils"), DeviceUser.TEACHERS: tr("Teachers")}[self]


class DeviceKind(StrEnum):
    LAPTOP = "laptop"
    CHROMEBOOK = "chromebook"
    TABLET = "tablet"
    DESKTOP = "desktop"
    DISPLAY = "display"  # an interactive display or a projector in a classroom
    OTHER = "other"

    @property
    def label(self) -> str:
        return {DeviceKind.LAPTOP: tr("Laptop"), DeviceKind.CHROMEBOOK: tr("Chromebook"),
                DeviceKind.TABLET: tr("Tablet"), DeviceKind.DESKTOP: tr("Desktop computer"),
                DeviceKind.DISPLAY: tr("Interactive display"),
                DeviceKind.OTHER: tr("Other device")}[self]


class DeviceAge(StrEnum):
    """How old a school's devices roughly are: the tutors see it, nobody counts months."""

    NEW = "new"  # under 2 years
    MIDDLE = "middle"  # 2–4 years
    OLD = "old"  # 5 years or more
    UNKNOWN = "unknown"

    @property
    def label(self) -> str:
        return {DeviceAge.NEW: tr("Under 2 years"), DeviceAge.MIDDLE: tr("2–4 years"),
                DeviceAge.OLD: tr("5 years or more"), DeviceAge.UNKNOWN: tr("Age unknown")
                }[self]


@dataclass(frozen=True)
class DeviceLine:
    """So many devices of one kind and rough age, for pupils or for teachers."""

    user: DeviceUser = DeviceUser.PUPILS
    kind: DeviceKind = DeviceKind.LAPTOP
    count: int | None = None
    age: DeviceAge = DeviceAge.UNKNOWN

    def problems(self) -> list[str]:
        if self.count is None:
            return [tr("Give how many devices there are.")]
        if not 0 < self.count <= DEVICE_COUNT_MAX:
            return [tr("A number of devices is more than 0 and at most {maximum}.").format(
                maximum=DEVICE_COUNT_MAX)]
        return []


@dataclass(frozen=True)
class SituationDraft:
    """What the situation form, the survey import or a test gives of one school."""

    devices: tuple[DeviceLine, ...] = ()
    platforms: tuple[str, ...] = ()  # as typed: "Teams", "Seppo"…
    network: str = ""
    notes: str = ""
    looked_on: date | None = None  # None: today
    tutor_id: int | None = None  # who looked; None: the coordinator

    def check(self) -> None:
        c = Checker()
        for number, line in enumerate(self.devices, start=1):
            for problem in line.problems():
                c.fail("devices", tr("Device row {row}: {problem}").format(
                    row=number, problem=problem))
        for name in self.platforms:
            c.single_line("platforms", name, tr("Platforms and tools"))
            c.max_length("platforms", name, PLATFORM_LENGTH, tr("A platform's name"))
        c.multi_line("network", self.network, tr("Network"))
        c.multi_line("notes", self.notes, tr("Notes"))
        c.plausible_year("looked_on", self.looked_on, tr("Looked at on"))
        c.raise_if_any()


@dataclass(frozen=True)
class NeedDraft:
    """A need noticed at a school: what, when and by whom."""

    description: str = ""
    noted_on: date | None = None  # None: today
    tutor_id: int | None = None  # who noted it; None: the coordinator

    def check(self) -> None:
        c = Checker()
        c.single_line("description", self.description, tr("Need"))
        c.required("description", self.description, tr("Need"))
        c.max_length("description", clean(self.description), NEED_LENGTH, tr("Need"))
        c.plausible_year("noted_on", self.noted_on, tr("Noted on"))
        c.raise_if_any()


def platform_names(text: str | None) -> tuple[str, ...]:
    """The platforms of a text such as "Teams; Google Classroom, Seppo": once each,
    whatever the case, in the order given."""
    names: dict[str, str] = {}
    for part in re.split(r"[;,\n]+", text or ""):
        name = clean(part)
        if name:
            names.setdefault(search_key(name), name)
    return tuple(names.values())


def cleaned(draft: SituationDraft) -> SituationDraft:
    """The draft as stored: text cleaned, platforms once each."""
    return SituationDraft(draft.devices, platform_names("\n".join(draft.platforms)),
                          clean_text(draft.network), clean_text(draft.notes),
                          draft.looked_on, draft.tutor_id)


def last_look(*days: date | None) -> date | None:
    """When someone last looked at a school's situation: its update or a need noted."""
    given = [day for day in days if day is not None]
    return max(given) if given else None


def looked_recently(last: date | None, today: date, months: int = RECENT_MONTHS) -> bool:
    """Whether the last look falls within ``months`` before ``today``."""
    return last is not None and last > today - relativedelta(months=months)


@dataclass(frozen=True)
class NotedNeed:
    """A need as often as it was noted across the schools."""

    description: str  # as it was first typed
    times: int
    schools: int
    open: int  # not yet planned or resolved


def most_noted(needs: Iterable[tuple[str, int, NeedStatus]], limit: int = 15
               ) -> list[NotedNeed]:
    """The needs (description, school, status) most often noted: the same words in any
    case count as one need; the most often first, then by the most schools, then by name."""
    first: dict[str, str] = {}
    times: Counter[str] = Counter()
    schools: dict[str, set[int]] = {}
    still_open: Counter[str] = Counter()
    for description, school_id, status in needs:
        key = search_key(" ".join(description.split()).rstrip("."))
        first.setdefault(key, description)
        times[key] += 1
        schools.setdefault(key, set()).add(school_id)
        if status is NeedStatus.OPEN:
            still_open[key] += 1
    ranked = sorted(times, key=lambda k: (-times[k], -len(schools[k]), k))
    return [NotedNeed(first[k], times[k], len(schools[k]), still_open[k])
            for k in ranked[:limit]]
