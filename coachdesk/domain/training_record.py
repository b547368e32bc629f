"""A teacher's training record: the lessons they attended, the trainings they completed,
the certificates issued to them and the training they did elsewhere (a course of another
provider, entered by the coordinator or imported), with totals per school year
(1 August – 31 July). Pure data and rules; the service gathers it."""

from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from coachdesk.domain.calendar import school_year_bounds
from coachdesk.domain.text import tr
from coachdesk.domain.validation import Checker, clean, clean_text

COURSE_MAX = 200
PROVIDER_MAX = 200
NOTES_MAX = 5_000
HOURS_MAX = 1_000.0  # a course of more hours is a typing mistake (a year is ~1,600 h)


@dataclass(frozen=True)
class ElsewhereDraft:
    """Training a teacher did elsewhere, as a form or an import row gives it."""

    course: str = ""
    provider: str = ""
    held_on: date | None = None
    hours: float | None = None
    notes: str = ""

    def tidied(self) -> "ElsewhereDraft":
        return replace(self, course=clean(self.course), provider=clean(self.provider),
                       notes=clean_text(self.notes))

    def check(self) -> None:
        draft = self.tidied()
        c = Checker()
        c.single_line("course", draft.course, tr("Course"))
        c.required("course", draft.course, tr("Course"))
        c.max_length("course", draft.course, COURSE_MAX, tr("Course"))
        c.single_line("provider", draft.provider, tr("Provider"))
        c.max_length("provider", draft.provider, PROVIDER_MAX, tr("Provider"))
        c.multi_line("notes", draft.notes, tr("Notes"))
        c.max_length("notes", draft.notes, NOTES_MAX, tr("Notes"))
        if draft.held_on is None:
            c.fail("held_on", tr("Give the day the course was held (or ended)."))
        c.plausible_year("held_on", draft.held_on, tr("Date"))
        if draft.hours is None:
            c.fail("hours", tr("Give the course's hours, e.g. 3 or 1,5."))
        elif not 0 < draft.hours <= HOURS_MAX:
            c.fail("hours", tr("Give the hours as a number above 0 and at most {n}.")
                   .format(n=int(HOURS_MAX)))
        c.raise_if_any()


def school_year_of(day: date) -> int:
    """The year the school year holding ``day`` starts in (1.8.–31.7.)."""
    return day.year if day.month >= 8 else day.year - 1


def school_year_name(start_year: int) -> str:
    first, last = school_year_bounds(start_year)
    return f"{first.year}–{last.year}"


@dataclass(frozen=True)
class AttendedLesson:
    lesson_id: int
    starts_at: datetime
    title: str
    topic: str
    hours: float
    late: bool


@dataclass(frozen=True)
class CompletedTraining:
    training_id: int
    name: str
    first_day: date
    last_day: date
    hours: float


@dataclass(frozen=True)
class IssuedCertificate:
    code: str
    training: str
    issued_on: date
    revoked_on: date | None


@dataclass(frozen=True)
class Elsewhere:
    id: int
    course: str
    provider: str
    held_on: date
    hours: float
    notes: str


@dataclass(frozen=True)
class YearTotals:
    """One school year of the record: how many of each, and the hours."""

    start_year: int
    lessons: int = 0
    lesson_hours: float = 0.0
    completed: int = 0
    certificates: int = 0
    elsewhere: int = 0
    elsewhere_hours: float = 0.0

    @property
    def name(self) -> str:
        return school_year_name(self.start_year)

    @property
    def hours(self) -> float:
        """Training hours in all: the lessons attended here and the courses elsewhere."""
        return self.lesson_hours + self.elsewhere_hours


@dataclass(frozen=True)
class TrainingRecord:
    teacher_id: int
    name: str
    email: str
    school: str
    language: str  # the teaching language of the teacher's school
    lessons: list[AttendedLesson] = field(default_factory=list)
    completed: list[CompletedTraining] = field(default_factory=list)
    certificates: list[IssuedCertificate] = field(default_factory=list)
    elsewhere: list[Elsewhere] = field(default_factory=list)

    @property
    def years(self) -> list[YearTotals]:
        """The totals of each school year with anything in it, the latest first. A
        training completed counts in the year of its last day; a certificate in the year
        it was issued."""
        counts: dict[int, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        for x in self.lessons:
            year = counts[school_year_of(x.starts_at.date())]
            year["lessons"] += 1
            year["lesson_hours"] += x.hours
        for c in self.completed:
            counts[school_year_of(c.last_day)]["completed"] += 1
        for cert in self.certificates:
            counts[school_year_of(cert.issued_on)]["certificates"] += 1
        for e in self.elsewhere:
            year = counts[school_year_of(e.held_on)]
            year["elsewhere"] += 1
            year["elsewhere_hours"] += e.hours
        return [YearTotals(start, int(v["lessons"]), v["lesson_hours"], int(v["completed"]),
                           int(v["certificates"]), int(v["elsewhere"]), v["elsewhere_hours"])
                for start, v in sorted(counts.items(), reverse=True)]

    @property
    def total(self) -> YearTotals:
        """Every year together (its start_year is 0: it names no year)."""
        years = self.years
        return YearTotals(0, sum(y.lessons for y in years),
                          sum(y.lesson_hours for y in years),
                          sum(y.completed for y in years), sum(y.certificates for y in years),
                          sum(y.elsewhere for y in years),
                          sum(y.elsewhere_hours for y in years))

    @property
    def empty(self) -> bool:
        return not (self.lessons or self.completed or self.certificates or self.elsewhere)
