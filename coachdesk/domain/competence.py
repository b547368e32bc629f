"""Teachers' digital-competence levels, the scale they are on, and the targets.

The scale is the programme's choice: Helsinki's three levels by default (its targets:
everyone at level 1, 90 % at level 2, 20 % at level 3), or the Opeka survey's four. Each
assessment of a teacher is kept with its date and source (their own assessment, confirmed
by the principal or the coordinator, or earned with a certificate); a new assessment is a
new record, and the latest counts. A target is the share of a school's staff (or the
city's) who should be *at or above* a level.
"""

import math
import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from coachdesk.domain.text import tr
from coachdesk.domain.validation import Checker, clean_text

NOTE_MAX = 2_000


class Scale(StrEnum):
    HELSINKI = "helsinki3"
    OPEKA = "opeka4"

    @property
    def label(self) -> str:
        if self is Scale.HELSINKI:
            return tr("Helsinki's three levels")
        return tr("Opeka's four levels")

    @property
    def levels(self) -> tuple[int, ...]:
        return (1, 2, 3) if self is Scale.HELSINKI else (1, 2, 3, 4)

    def level_name(self, level: int) -> str:
        """What the level means, in the language spoken."""
        if self is Scale.HELSINKI:
            names = {1: tr("basic skills"), 2: tr("in everyday teaching"),
                     3: tr("develops and guides others")}
        else:
            names = {1: tr("starting"), 2: tr("developing"), 3: tr("skilled"),
                     4: tr("pioneering")}
        return names.get(level, "?")

    def level_label(self, level: int) -> str:
        """"Level 2: in everyday teaching"."""
        return tr("Level {n}: {name}").format(n=level, name=self.level_name(level))

    @property
    def default_targets(self) -> dict[int, int]:
        """Per cent of the staff at or above each level: Helsinki's 100/90/20; Opeka's
        fourth level has no target until the coordinator sets one."""
        targets = {1: 100, 2: 90, 3: 20}
        return targets if self is Scale.HELSINKI else {**targets, 4: 0}


DEFAULT_SCALE = Scale.HELSINKI


class LevelSource(StrEnum):
    SELF = "self"  # the teacher's own assessment (a survey)
    CONFIRMED = "confirmed"  # confirmed by the principal or the coordinator
    CERTIFICATE = "certificate"  # earned by completing a training

    @property
    def label(self) -> str:
        return {LevelSource.SELF: tr("Self-assessment"),
                LevelSource.CONFIRMED: tr("Confirmed by the principal or coordinator"),
                LevelSource.CERTIFICATE: tr("Earned with a certificate")}[self]


@dataclass(frozen=True)
class LevelDraft:
    """One assessment of a teacher's level, as a form, an import or a test gives it."""

    teacher_id: int | None = None
    level: int | None = None
    assessed_on: date | None = None
    source: LevelSource = LevelSource.CONFIRMED
    note: str = ""

    def check(self, scale: Scale) -> None:
        c = Checker()
        note = clean_text(self.note)
        c.multi_line("note", note, tr("Note"))
        c.max_length("note", note, NOTE_MAX, tr("Note"))
        if self.teacher_id is None:
            c.fail("teacher_id", tr("Choose the teacher."))
        if self.level not in scale.levels:
            c.fail("level", tr("Choose a level from 1 to {n}.").format(n=len(scale.levels)))
        if self.assessed_on is None:
            c.fail("assessed_on", tr("Give the date of the assessment."))
        c.plausible_year("assessed_on", self.assessed_on, tr("Date"))
        if not isinstance(self.source, LevelSource):
            c.fail("source", tr("Choose where the level comes from."))
        c.raise_if_any()


def read_level(text: str, scale: Scale) -> int | None:
    """The level a survey's answer names: "2", "Taso 2", "Nivå 2 – utvecklas", "2.0";
    None when it names none or several numbers."""
    numbers = re.findall(r"\d+(?:[.,]0+)?(?!\d)", text)
    if len(numbers) != 1:
        return None
    level = int(re.split(r"[.,]", numbers[0])[0])
    return level if level in scale.levels else None


def check_targets(scale: Scale, targets: dict[int, int | None]) -> None:
    """Each target a per cent from 0 to 100, a higher level's never above a lower's
    (whoever is at level 3 is also at or above level 2)."""
    c = Checker()
    last = 100
    for level in scale.levels:
        share = targets.get(level)
        key = f"level_{level}"
        if share is None or not 0 <= share <= 100:
            c.fail(key, tr("Give a share from 0 to 100 %."))
            continue
        if share > last:
            c.fail(key, tr("A higher level's target cannot be above a lower level's."))
        last = share
    c.raise_if_any()


@dataclass(frozen=True)
class LevelGap:
    """One level's target against where the staff stand."""

    level: int
    target: int  # per cent of the staff at or above this level
    reached: int  # teachers at or above this level
    staff: int

    @property
    def share(self) -> float | None:
        """The share of the staff at or above the level (0–1); None without staff."""
        return self.reached / self.staff if self.staff else None

    @property
    def needed(self) -> int:
        """Teachers at or above this level that the target asks for (rounded up: 90 % of
        11 teachers is 10)."""
        return math.ceil(self.target * self.staff / 100 - 1e-9)

    @property
    def missing(self) -> int:
        """How many more teachers must reach the level to meet the target."""
        return max(0, self.needed - self.reached)

    @property
    def met(self) -> bool:
        return self.missing == 0


@dataclass(frozen=True)
class StaffLevels:
    """A school's (or the city's) staff by their latest level, against its targets."""

    name: str
    staff: int
    by_level: dict[int, int]  # teachers whose latest level is exactly this
    targets: dict[int, int]
    school_id: int | None = None  # None: the city
    levels: tuple[int, ...] = field(default=(1, 2, 3))

    @property
    def unassessed(self) -> int:
        return self.staff - sum(self.by_level.values())

    def at(self, level: int) -> int:
        return self.by_level.get(level, 0)

    def at_least(self, level: int) -> int:
        return sum(count for lvl, count in self.by_level.items() if lvl >= level)

    @property
    def gaps(self) -> list[LevelGap]:
        return [LevelGap(level, self.targets.get(level, 0), self.at_least(level), self.staff)
                for level in self.levels]

    @property
    def missing(self) -> int:
        """The largest shortfall of any level: teachers still to reach a target."""
        return max((gap.missing for gap in self.gaps), default=0)

    @property
    def below_target(self) -> bool:
        return self.missing > 0


def city_levels(schools: list[StaffLevels], targets: dict[int, int], name: str,
                levels: tuple[int, ...]) -> StaffLevels:
    """The city's staff: the schools' added up (each teacher is at one school)."""
    by_level: dict[int, int] = {}
    for school in schools:
        for level, count in school.by_level.items():
            by_level[level] = by_level.get(level, 0) + count
    return StaffLevels(name, sum(s.staff for s in schools), by_level, targets, None, levels)
