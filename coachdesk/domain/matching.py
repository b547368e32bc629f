"""Which tutor fits a school's request best, and why: strengths in the topics asked for,
serving the school, free time in the preferred windows, hours left this term."""

from dataclasses import dataclass, field
from datetime import datetime

from coachdesk.domain.formats import format_amount, format_day_month, format_time
from coachdesk.domain.text import tr
from coachdesk.domain.topics import Level
from coachdesk.domain.tutors import TutorKind

# Any strength in a topic asked for counts for half of it; advanced for all of it.
LEVEL_WEIGHT = {Level.BASIC: 0.5, Level.INTERMEDIATE: 0.75, Level.ADVANCED: 1.0}
# What the school asked about matters most: a roaming tutor strong in it beats the
# school's own tutor who is not.
WEIGHTS = {"strength": 0.5, "serves": 0.2, "free": 0.2, "hours": 0.1}


@dataclass(frozen=True)
class Applicant:
    """A tutor as the matching sees them for one request."""

    tutor_id: int
    name: str
    kind: TutorKind
    serves_school: bool
    strengths: dict[int, Level]  # topic id → level
    hours_left: float | None  # None: no hours allotted


@dataclass
class Match:
    tutor_id: int
    name: str
    score: float
    reasons: list[str] = field(default_factory=list)
    slots: list[tuple[datetime, datetime]] = field(default_factory=list)
    hours_left: float | None = None


def can_serve(applicant: Applicant) -> bool:
    """A school tutor serves only their own school; a roaming tutor can go anywhere."""
    return applicant.serves_school or applicant.kind is TutorKind.ROAMING


def rank(applicants: list[Applicant], topics: dict[int, str],
         slots: dict[int, list[tuple[datetime, datetime]]], hours_needed: float,
         school_name: str) -> list[Match]:
    """Tutors who can serve the school, best first (then the earliest slot, then name)."""
    matches = []
    for person in applicants:
        if not can_serve(person):
            continue
        reasons: list[str] = []
        strong = {t: person.strengths[t] for t in topics if t in person.strengths}
        strength = (sum(LEVEL_WEIGHT[level] for level in strong.values()) / len(topics)
                    if topics else 0.5)
        for topic_id, level in strong.items():
            reasons.append(tr("Strong in {topic} ({level})").format(
                topic=topics[topic_id], level=level.label.lower()))
        if topics and not strong:
            reasons.append(tr("No strength in the topics asked for"))
        serves = 1.0 if person.serves_school else 0.5
        reasons.append(tr("Serves {school}").format(school=school_name) if person.serves_school
                       else tr("Roaming tutor, not yet serving {school}").format(
                           school=school_name))
        free = slots.get(person.tutor_id, [])
        reasons.append(tr("Free {when}").format(when=_when(free[0])) if free
                       else tr("No free time in the preferred windows"))
        if person.hours_left is None:
            hours = 0.5
        else:
            hours = 1.0 if hours_needed <= 0 else min(1.0, max(0.0, person.hours_left)
                                                        / hours_needed)
            reasons.append(tr("{hours} h left this term").format(
                hours=format_amount(person.hours_left, 1)))
        score = (WEIGHTS["strength"] * strength + WEIGHTS["serves"] * serves
                 + WEIGHTS["free"] * (1.0 if free else 0.0) + WEIGHTS["hours"] * hours)
        matches.append(Match(person.tutor_id, person.name, round(score, 4), reasons, free,
                             person.hours_left))
    return sorted(matches, key=lambda m: (-m.score, m.slots[0][0] if m.slots else datetime.max,
                                          m.name))


def _when(slot: tuple[datetime, datetime]) -> str:
    """"7.9. 9:00–10:30"."""
    start, end = slot
    return tr("{day} {starts}–{ends}").format(day=format_day_month(start.date()),
                                             starts=format_time(start), ends=format_time(end))
