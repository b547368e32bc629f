"""What the demo generators share: the scale, the random source and what exists so far."""

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from random import Random

from sqlalchemy import Connection

from coachdesk.domain.language import ENGLISH, FINNISH, SWEDISH
from coachdesk.services.demo import names
from coachdesk.services.demo.words import Words, words_in

EMAIL_DOMAIN = "vantaa.example"  # a reserved top-level domain: no mail can go astray


@dataclass(frozen=True)
class Scale:
    schools: int
    teachers: int
    tutors: int
    lessons: int
    enrollments: int
    visits: int
    devices: int
    loans: int
    # Released weekdays of school and roaming tutors: a big city releases them more.
    school_tutor_days: int
    roaming_tutor_days: int


SCALES = {
    "small": Scale(schools=15, teachers=380, tutors=10, lessons=60, enrollments=800,
                   visits=400, devices=60, loans=150, school_tutor_days=1,
                   roaming_tutor_days=2),
    "large": Scale(schools=300, teachers=10_000, tutors=200, lessons=20_000,
                   enrollments=300_000, visits=100_000, devices=3_000, loans=50_000,
                   school_tutor_days=3, roaming_tutor_days=5),
}


@dataclass
class DemoSchool:
    id: int
    name: str
    kind: str
    swedish: bool


@dataclass
class DemoTutor:
    id: int
    teacher_id: int
    home_school_id: int
    school_ids: list[int]
    weekdays: set[int]  # ISO weekdays of released time


@dataclass
class DemoContext:
    conn: Connection
    rng: Random
    scale: Scale
    today: date
    language: str = ENGLISH  # the demo's: municipality-wide texts are written in it
    seed: int = 0
    first_year_starts: date | None = None  # of the earliest school year with records
    schools: list[DemoSchool] = field(default_factory=list)
    teachers_by_school: dict[int, list[int]] = field(default_factory=dict)
    teacher_ids: list[int] = field(default_factory=list)
    tutors: list[DemoTutor] = field(default_factory=list)
    topics: list[tuple[int, str]] = field(default_factory=list)  # (id, level)
    school_days: list[date] = field(default_factory=list)
    current_year_starts: date | None = None  # set by the calendar step of each year
    counts: dict[str, int] = field(default_factory=dict)
    swedish_school_ids: set[int] = field(default_factory=set)
    school_of_teacher: dict[int, int] = field(default_factory=dict)
    topic_names: dict[int, str] = field(default_factory=dict)

    @property
    def year_starts(self) -> date:
        """The first day of the school year being made (the calendar step runs first)."""
        if self.current_year_starts is None:
            raise RuntimeError("the demo's calendar step has not run yet")
        return self.current_year_starts

    def add_count(self, name: str, made: int) -> None:
        """Count what a step made (a step may run once per school year)."""
        self.counts[name] = self.counts.get(name, 0) + made

    @property
    def words(self) -> Words:
        """The municipality's words: the catalogue, devices, venues, recruitment."""
        return words_in(self.language)

    def school_words(self, swedish: bool) -> Words:
        """What is written at or by a school is in the school's language, Finnish or
        Swedish (an English demo is English throughout)."""
        if self.language == ENGLISH:
            return self.words
        return words_in(SWEDISH if swedish else FINNISH)

    def words_at(self, school_id: int | None) -> Words:
        if school_id is None:
            return self.words
        return self.school_words(school_id in self.swedish_school_ids)

    def words_of_teacher(self, teacher_id: int) -> Words:
        return self.words_at(self.school_of_teacher.get(teacher_id))

    def person(self, swedish: bool) -> str:
        """A plausible full name, Swedish for a Swedish-language school."""
        if swedish:
            return f"{self.rng.choice(names.SWEDISH_FIRST)} {self.rng.choice(names.SWEDISH_LAST)}"
        return f"{self.rng.choice(names.FINNISH_FIRST)} {self.rng.choice(names.FINNISH_LAST)}"


def ascii_of(text: str) -> str:
    """``text`` without its accents (ä → a, å → a), for addresses and links."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def slug_of(name: str) -> str:
    """A name as a link's last part: "Koodaus Scratchillä" → "koodaus-scratchilla"."""
    words = re.split(r"[^a-z0-9]+", ascii_of(name).lower().replace(":", ""))
    return "-".join(w for w in words if w)


def email_of(name: str, taken: set[str] | None = None) -> str:
    """firstname.lastname@domain in plain ASCII, numbered when the name is taken."""
    ascii_name = ascii_of(name)
    local = ".".join(ascii_name.lower().replace("-", "").split())
    address = f"{local}@{EMAIL_DOMAIN}"
    if taken is not None:
        number = 2
        while address in taken:
            address = f"{local}{number}@{EMAIL_DOMAIN}"
            number += 1
        taken.add(address)
    return address
