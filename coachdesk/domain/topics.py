"""The training catalogue: topics at a level, for an audience."""

from dataclasses import asdict, dataclass
from enum import StrEnum
from urllib.parse import urlsplit

from coachdesk.domain.text import tr
from coachdesk.domain.validation import Checker, clean, clean_text


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

    @property
    def label(self) -> str:
        return {
            Audience.PRESCHOOL: tr("Preschool"),
            Audience.PRIMARY: tr("Primary"),
            Audience.SECONDARY: tr("Secondary"),
            Audience.ALL: tr("Everyone"),
        }[self]


@dataclass(frozen=True)
class TopicDraft:
    """A topic as its form gives it, to add or change."""

    name: str = ""
    description: str = ""
    level: Level = Level.BASIC
    audience: Audience = Audience.ALL
    materials_url: str = ""

    def check(self) -> None:
        """Raise ValidationError naming every field that is wrong (no database needed)."""
        Topic(**asdict(self)).check()


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
        self.description = clean_text(self.description)
        self.materials_url = clean(self.materials_url)
        c = Checker()
        c.single_line("name", self.name, tr("Name"))
        c.multi_line("description", self.description, tr("Description"))
        c.single_line("materials_url", self.materials_url, tr("Link to materials"))
        c.required("name", self.name, tr("Name"))
        c.max_length("name", self.name, 200, tr("Name"))
        if not isinstance(self.level, Level):
            c.fail("level", tr("Choose the level of the topic."))
        if not isinstance(self.audience, Audience):
            c.fail("audience", tr("Choose the audience of the topic."))
        c.max_length("materials_url", self.materials_url, 2000, tr("Link to materials"))
        url = self.materials_url
        if url and not url.startswith(("http://", "https://")):
            c.fail("materials_url", tr("A link starts with http:// or https://."))
        elif url and (not urlsplit(url).netloc or any(ch.isspace() for ch in url)):
            c.fail("materials_url", tr(
                "Write the whole link without spaces, e.g. https://example.fi/materials."))
        c.raise_if_any()
