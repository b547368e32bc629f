"""The training catalogue: topics at a level, for an audience."""

from dataclasses import dataclass
from enum import StrEnum

from coachdesk.domain.text import tr
from coachdesk.domain.validation import Checker, clean


class Level(StrEnum):
    BASIC = "basic"
    INTERMEDIATE = "intermediate"
    ADVANCED = "advanced"

    @property
    def label(self) -> str:
        return {
            Level.BASIC: tr("Basic"),
            Level.INTERMEDIATE: tr("Intermediate"),
            Level.ADVANCED: tr("Advanced"),
        }[self]


class Audience(StrEnum):
    PRESCHOOL = "preschool"
    PRIMARY = "primary"
    SECONDARY = "secondary"
    ALL = "all"


@dataclass(eq=False)
class Topic:
    name: str
    description: str = ""
    level: Level = Level.BASIC
    audience: Audience = Audience.ALL
    materials_url: str = ""
    archived: bool = False
    id: int | None = None

    def check(self) -> None:
        self.name = clean(self.name)
        self.description = clean(self.description)
        self.materials_url = clean(self.materials_url)
        c = Checker()
        c.required("name", self.name, tr("Name"))
        c.max_length("name", self.name, 200, tr("Name"))
        if self.materials_url and not self.materials_url.startswith(("http://", "https://")):
            c.fail("materials_url", tr("A link starts with http:// or https://."))
        c.raise_if_any()
