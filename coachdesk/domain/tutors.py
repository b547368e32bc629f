"""Tutor teachers: who they are, how they were recruited, when they work as tutors."""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, time
from decimal import Decimal
from enum import StrEnum

from coachdesk.domain.calendar import school_year_bounds
from coachdesk.domain.errors import ValidationError
from coachdesk.domain.formats import half_up
from coachdesk.domain.grants import HOURLY_COST_LIMIT, check_money
from coachdesk.domain.released_time import ReleasedPlan, begun_plan_errors, stored_time
from coachdesk.domain.text import person_sort_key, search_key, tr
from coachdesk.domain.topics import Level
from coachdesk.domain.validation import Checker, clean, clean_text


class TutorKind(StrEnum):
    SCHOOL = "school"  # serves their own school
    ROAMING = "roaming"  # serves several schools

    @property
    def label(self) -> str:
        return {TutorKind.SCHOOL: tr("School tutor"), TutorKind.ROAMING: tr("Roaming tutor")}[self]


class RecruitmentStatus(StrEnum):
    APPLIED = "applied"
    INTERVIEWED = "interviewed"
    SELECTED = "selected"
    APPOINTED = "appointed"
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"

    @property
    def label(self) -> str:
        return {
            RecruitmentStatus.APPLIED: tr("Applied"),
            RecruitmentStatus.INTERVIEWED: tr("Interviewed"),
            RecruitmentStatus.SELECTED: tr("Selected"),
            RecruitmentStatus.APPOINTED: tr("Appointed"),
            RecruitmentStatus.DECLINED: tr("Declined"),
            RecruitmentStatus.WITHDRAWN: tr("Withdrawn"),
        }[self]


_FORWARD = [
    RecruitmentStatus.APPLIED,
    RecruitmentStatus.INTERVIEWED,
    RecruitmentStatus.SELECTED,
    RecruitmentStatus.APPOINTED,
]
_ENDED = {RecruitmentStatus.APPOINTED, RecruitmentStatus.DECLINED, RecruitmentStatus.WITHDRAWN}


def can_move(current: RecruitmentStatus, target: RecruitmentStatus) -> bool:
    """Candidates move one step forward, or leave (declined / withdrawn) from any open step."""
    if current in _ENDED:
        return False
    if target in (RecruitmentStatus.DECLINED, RecruitmentStatus.WITHDRAWN):
        return True
    return target in _FORWARD and _FORWARD.index(target) == _FORWARD.index(current) + 1


# What a tutor's form edits on the tutor itself (the rest of a draft are links or times).
TUTOR_FIELDS = ("name", "email", "teacher_id", "home_school_id", "kind", "agreement_start",
                "agreement_end", "released_rule", "weekly_hours", "allotted_hours_per_term",
                "notes", "hourly_cost")


@dataclass(frozen=True)
class TutorDraft:
    """A tutor as the form, an appointment or a test gives them: the person, the
    agreement, the released-time plan, the schools served and the areas of strength."""

    name: str = ""
    email: str = ""
    teacher_id: int | None = None
    home_school_id: int | None = None
    kind: TutorKind = TutorKind.SCHOOL
    agreement_start: date | None = None
    agreement_end: date | None = None
    # The plan: a recurrence rule with the day's window, or only hours per week.
    released_rule: str = ""
    released_from: time | None = None
    released_until: time | None = None
    weekly_hours: float | None = None
    allotted_hours_per_term: float | None = None
    notes: str = ""
    hourly_cost: Decimal | None = None  # € an hour of released time costs (for grants)
    school_ids: tuple[int, ...] = ()  # a roaming tutor's; a school tutor serves their own
    strengths: Mapping[int, Level] = field(default_factory=dict)  # topic id: level

    def plan(self) -> ReleasedPlan:
        return ReleasedPlan(self.released_rule, stored_time(self.released_from),
                            stored_time(self.released_until), self.weekly_hours)

    def tutor_fields(self) -> dict:
        """The values kept on the tutor itself, times as they are stored."""
        return {**{key: getattr(self, key) for key in TUTOR_FIELDS},
                "released_from": stored_time(self.released_from),
                "released_until": stored_time(self.released_until)}

    def check(self) -> None:
        """Raise ValidationError naming every field that is wrong (no database needed)."""
        errors: dict[str, str] = {}
        try:
            Tutor(**self.tutor_fields(), status=RecruitmentStatus.APPOINTED).check()
        except ValidationError as exc:
            errors = exc.errors
        errors = {**begun_plan_errors(self.plan()), **errors}
        if not isinstance(self.kind, TutorKind):
            errors.setdefault("kind", tr("Choose the kind of tutor."))
        elif self.kind is TutorKind.ROAMING and not self.school_ids:
            errors.setdefault("school_ids", tr("Choose the schools this roaming tutor serves."))
        if not all(isinstance(level, Level) for level in self.strengths.values()):
            errors.setdefault("strengths", tr("Choose a level for each strength."))
        if errors:
            raise ValidationError(errors)


@dataclass(eq=False)
class Tutor:
    name: str
    home_school_id: int | None = None
    email: str = ""
    teacher_id: int | None = None
    kind: TutorKind = TutorKind.SCHOOL
    status: RecruitmentStatus = RecruitmentStatus.APPLIED
    agreement_start: date | None = None
    agreement_end: date | None = None
    # Released time as an iCalendar RRULE (e.g. "FREQ=WEEKLY;BYDAY=TU") with a daily
    # window, or only a number of hours per week without fixed days.
    released_rule: str = ""
    released_from: str = ""  # "08:00"
    released_until: str = ""  # "15:00"
    weekly_hours: float | None = None
    allotted_hours_per_term: float | None = None
    notes: str = ""
    archived: bool = False
    hourly_cost: Decimal | None = None  # what an hour of their released time costs, €
    id: int | None = None
    search_key: str = ""  # kept by check(), for the list filter
    sort_key: str = ""  # kept by check(): surname first, for the order of lists

    def check(self) -> None:
        self.name = clean(self.name)
        self.email = clean(self.email)
        self.notes = clean_text(self.notes)
        self.released_rule = clean(self.released_rule)
        self.released_from = clean(self.released_from)
        self.released_until = clean(self.released_until)
        c = Checker()
        c.name_and_email(self.name, self.email, 200)
        c.single_line("released_rule", self.released_rule, tr("Released time"))
        c.single_line("released_from", self.released_from, tr("From"))
        c.single_line("released_until", self.released_until, tr("Until"))
        c.multi_line("notes", self.notes, tr("Notes"))
        for key in ("released_from", "released_until"):
            if len(getattr(self, key)) > 5:  # "14:30" at most
                c.fail(key, tr("Write times as 8:00 or 14:30."))
        if self.home_school_id is None:
            c.fail("home_school_id", tr("Choose the tutor's home school."))
        c.plausible_year("agreement_start", self.agreement_start, tr("Agreement starts"))
        c.plausible_year("agreement_end", self.agreement_end, tr("Agreement ends"))
        c.order(
            "agreement_end", self.agreement_start, self.agreement_end,
            tr("The agreement cannot end before it starts."),
        )
        if self.status is RecruitmentStatus.APPOINTED and not (
            self.agreement_start and self.agreement_end
        ):
            c.fail("agreement_start", tr("An appointed tutor needs an agreement period."))
        if self.weekly_hours is not None and not 0 <= self.weekly_hours <= 40:
            c.fail("weekly_hours", tr("Hours per week must be between 0 and 40."))
        if self.allotted_hours_per_term is not None and not (
            0 <= self.allotted_hours_per_term <= 1_000
        ):
            c.fail("allotted_hours_per_term", tr("Hours per term must be between 0 and 1000."))
        check_hourly_cost(c, self.hourly_cost)
        c.raise_if_any()
        self.search_key = search_key(self.name, self.email)
        self.sort_key = person_sort_key(self.name)


# -- a new agreement ------------------------------------------------------------------------


def _school_year_of(day: date) -> int:
    """The autumn the school year of ``day`` starts in (school years start on 1 August)."""
    return day.year if day.month >= 8 else day.year - 1


def default_agreement(today: date, terms: Iterable[tuple[date, date]]
                      ) -> tuple[date, date]:
    """The agreement a new tutor is offered: from today to the end of this school year,
    so that they can be booked for this term at once. In the summer, between the last
    term of one school year and the first of the next (June and July when no term is
    entered), it is the coming school year from its first term."""
    coming = min((term for term in terms if term[1] >= today), default=None)
    if coming is not None:
        summer = today < coming[0] and _school_year_of(coming[0]) != _school_year_of(today)
    else:
        summer = today.month in (6, 7)
    if not summer:
        return today, school_year_bounds(_school_year_of(today))[1]
    first = coming[0] if coming is not None else date(today.year, 8, 1)
    return first, school_year_bounds(_school_year_of(first))[1]


# -- hours allotted -------------------------------------------------------------------------


@dataclass(frozen=True)
class Allotment:
    """A tutor's hours allotted in a period: the hours per term, for each term in the
    period in proportion to the days of it that the agreement covers (an agreement that
    starts mid-term gets its share of the term, not all of it)."""

    hours: float  # rounded for people: one decimal, as every report shows hours
    per_term: float
    covered_days: int  # days of the period's terms that the agreement covers
    term_days: int  # days of the period's terms

    @property
    def prorated(self) -> bool:
        """The agreement covers only part of the period's terms."""
        return self.covered_days < self.term_days


def allotment(per_term: float | None, terms: Iterable[tuple[date, date]], first: date,
              last: date, agreement_start: date | None, agreement_end: date | None
              ) -> Allotment | None:
    """The hours allotted from ``first`` to ``last`` (the one rule behind the Tutors page,
    Today, bookings and the reports); None without hours per term, or without a term in
    the period to count them in."""
    if per_term is None:
        return None
    share, covered_days, term_days, counted = 0.0, 0, 0, False
    for starts, ends in terms:
        lo, hi = max(starts, first), min(ends, last)
        if hi < lo:
            continue  # the term is not in the period
        counted = True
        days = (hi - lo).days + 1
        covered = (min(hi, agreement_end or hi) - max(lo, agreement_start or lo)).days + 1
        covered = max(0, covered)
        share += covered / ((ends - starts).days + 1)
        covered_days += covered
        term_days += days
    if not counted:
        return None
    return Allotment(hours_for_people(per_term * share), per_term, covered_days, term_days)


def hours_for_people(hours: float) -> float:
    """Hours as people read them, and as every page and report shows them: one decimal,
    a half rounded up."""
    return float(half_up(hours, 1))


def check_hourly_cost(c: Checker, value: Decimal | None) -> None:
    """An hour of released time costs euros and cents, less than 1000 €."""
    check_money(c, "hourly_cost", value, tr("Hourly cost"), required=False)
    if value is not None and "hourly_cost" not in c.errors and value >= HOURLY_COST_LIMIT:
        c.fail("hourly_cost", tr("{label} cannot be more than {maximum}.").format(
            label=tr("Hourly cost"), maximum=HOURLY_COST_LIMIT - 1))
