"""Tutor teachers: who they are, how they were recruited, when they work as tutors."""

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from coachdesk.domain.text import search_key, tr
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
    id: int | None = None
    search_key: str = ""  # kept by check(), for the list filter

    def check(self) -> None:
        self.name = clean(self.name)
        self.email = clean(self.email)
        self.notes = clean_text(self.notes)
        self.released_rule = clean(self.released_rule)
        self.released_from = clean(self.released_from)
        self.released_until = clean(self.released_until)
        c = Checker()
        c.single_line("name", self.name, tr("Name"))
        c.single_line("email", self.email, tr("E-mail"))
        c.single_line("released_rule", self.released_rule, tr("Released time"))
        c.single_line("released_from", self.released_from, tr("From"))
        c.single_line("released_until", self.released_until, tr("Until"))
        c.multi_line("notes", self.notes, tr("Notes"))
        c.required("name", self.name, tr("Name"))
        c.max_length("name", self.name, 200, tr("Name"))
        c.email("email", self.email)
        for field in ("released_from", "released_until"):
            if len(getattr(self, field)) > 5:  # "14:30" at most
                c.fail(field, tr("Write times as 8:00 or 14:30."))
        if self.home_school_id is None:
            c.fail("home_school_id", tr("Choose the tutor's home school."))
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
        c.raise_if_any()
        self.search_key = search_key(self.name, self.email)
