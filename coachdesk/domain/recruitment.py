"""Recruitment rounds, their candidates, and the steps a candidate moves through."""

from dataclasses import asdict, dataclass
from datetime import date, time
from enum import StrEnum

from coachdesk.domain.errors import ValidationError
from coachdesk.domain.released_time import ReleasedPlan, begun_plan_errors, stored_time
from coachdesk.domain.text import person_sort_key, search_key, tr
from coachdesk.domain.tutors import RecruitmentStatus, TutorKind, can_move
from coachdesk.domain.validation import Checker, clean, clean_text

NAME_MAX = 200
TEXT_MAX = 10_000


class Consent(StrEnum):
    """The principal's consent to release the teacher for tutoring."""

    PENDING = "pending"
    GIVEN = "given"
    REFUSED = "refused"

    @property
    def label(self) -> str:
        return {
            Consent.PENDING: tr("Pending"),
            Consent.GIVEN: tr("Given"),
            Consent.REFUSED: tr("Refused"),
        }[self]


@dataclass(frozen=True)
class RoundDraft:
    """A recruitment round as its form gives it, to add or change."""

    name: str = ""
    opens: date | None = None
    closes: date | None = None
    description: str = ""
    tutors_sought: int | None = None

    def check(self) -> None:
        """Raise ValidationError naming every field that is wrong (no database needed)."""
        RecruitmentRound(**asdict(self)).check()


@dataclass(frozen=True)
class CandidateDraft:
    """An application as its form gives it: an existing teacher (``teacher_id``, whose
    name, e-mail and school fill what is left blank) or a new person."""

    name: str = ""
    email: str = ""
    teacher_id: int | None = None
    home_school_id: int | None = None
    consent: Consent = Consent.PENDING
    motivation: str = ""
    notes: str = ""
    strengths: tuple[int, ...] = ()  # topic ids

    def candidate_fields(self) -> dict:
        return {key: value for key, value in asdict(self).items() if key != "strengths"}

    def check(self) -> None:
        """Raise ValidationError naming every field that is wrong (no database needed)."""
        try:
            Candidate(round_id=0, **self.candidate_fields()).check()
        except ValidationError as exc:
            errors = exc.errors
            if self.teacher_id is not None:  # the teacher brings a name and a school
                if not clean(self.name):
                    errors.pop("name", None)
                if self.home_school_id is None:
                    errors.pop("home_school_id", None)
            if errors:
                raise ValidationError(errors) from None


@dataclass(frozen=True)
class Appointment:
    """What appointing a candidate needs: the agreement, the kind of tutor, and when they
    are released from teaching (the plan, as on a tutor; a plan begun must be whole)."""

    agreement_start: date | None = None
    agreement_end: date | None = None
    kind: TutorKind = TutorKind.SCHOOL
    released_rule: str = ""
    released_from: time | None = None
    released_until: time | None = None
    weekly_hours: float | None = None

    def plan(self) -> ReleasedPlan:
        return ReleasedPlan(self.released_rule, stored_time(self.released_from),
                            stored_time(self.released_until), self.weekly_hours)

    def check(self) -> None:
        c = Checker()
        self.add_problems(c)
        c.raise_if_any()

    def add_problems(self, c: Checker) -> None:
        if self.agreement_start is None or self.agreement_end is None:
            c.fail("agreement_start", tr("Appointing needs the agreement period."))
        else:
            c.order("agreement_end", self.agreement_start, self.agreement_end,
                    tr("The agreement cannot end before it starts."))
        for key, message in begun_plan_errors(self.plan()).items():
            c.fail(key, message)


@dataclass(eq=False)
class RecruitmentRound:
    name: str
    opens: date
    closes: date
    description: str = ""
    tutors_sought: int | None = None
    id: int | None = None

    def check(self) -> None:
        self.name = clean(self.name)
        self.description = clean_text(self.description)
        c = Checker()
        c.single_line("name", self.name, tr("Name"))
        c.multi_line("description", self.description, tr("Description"))
        c.required("name", self.name, tr("Name"))
        c.max_length("name", self.name, NAME_MAX, tr("Name"))
        for key, value, label in (("opens", self.opens, tr("Opens")),
                                  ("closes", self.closes, tr("Closes"))):
            if value is None:
                c.fail(key, tr("{label} is required.").format(label=label))
            c.plausible_year(key, value, label)
        c.order("closes", self.opens, self.closes,
                tr("A round cannot close before it opens."))
        c.count("tutors_sought", self.tutors_sought, tr("Tutors sought"), maximum=1_000)
        c.raise_if_any()


@dataclass(eq=False)
class Candidate:
    round_id: int
    name: str
    home_school_id: int | None = None
    email: str = ""
    teacher_id: int | None = None  # None: a new person, not (yet) in the teachers list
    motivation: str = ""
    consent: Consent = Consent.PENDING
    notes: str = ""
    status: RecruitmentStatus = RecruitmentStatus.APPLIED
    decline_reason: str = ""
    tutor_id: int | None = None  # the tutor this candidate became
    id: int | None = None
    search_key: str = ""
    sort_key: str = ""  # kept by check(): surname first, for the order of lists

    def check(self) -> None:
        self.name, self.email = clean(self.name), clean(self.email)
        for attr in ("motivation", "notes", "decline_reason"):
            setattr(self, attr, clean_text(getattr(self, attr)))
        c = Checker()
        c.name_and_email(self.name, self.email, NAME_MAX)
        c.multi_line("motivation", self.motivation, tr("Motivation"))
        c.multi_line("notes", self.notes, tr("Notes"))
        c.multi_line("decline_reason", self.decline_reason, tr("Reason"))
        c.max_length("motivation", self.motivation, TEXT_MAX, tr("Motivation"))
        c.max_length("notes", self.notes, TEXT_MAX, tr("Notes"))
        if self.home_school_id is None:
            c.fail("home_school_id", tr("Choose the candidate's home school."))
        if not isinstance(self.consent, Consent):
            c.fail("consent", tr("Choose the state of the principal's consent."))
        c.raise_if_any()
        self.search_key = search_key(self.name, self.email)
        self.sort_key = person_sort_key(self.name)


@dataclass(eq=False)
class CandidateStep:
    """One move of a candidate, kept so that the history can be read back."""

    candidate_id: int
    to_status: RecruitmentStatus
    moved_on: date
    from_status: RecruitmentStatus | None = None  # None: the application itself
    note: str = ""
    id: int | None = None


def check_move(
    candidate: Candidate,
    target: RecruitmentStatus,
    reason: str = "",
    appointment: Appointment | None = None,
) -> None:
    """Raise ValidationError unless ``candidate`` may move to ``target`` as given."""
    c = Checker()
    if not isinstance(target, RecruitmentStatus):
        c.fail("status", tr("“{target}” is not a step of recruitment.").format(target=target))
    elif not can_move(candidate.status, target):
        c.fail("status", tr("{name} is {current}: they cannot move to “{target}”.").format(
            name=candidate.name, current=candidate.status.label.lower(), target=target.label))
    c.multi_line("reason", reason, tr("Reason"))
    if target is RecruitmentStatus.DECLINED and not clean(reason):
        c.fail("reason", tr("Give the reason for declining."))
    if target is RecruitmentStatus.APPOINTED:
        (appointment or Appointment()).add_problems(c)
    c.raise_if_any()


def consent_warning(candidate: Candidate, target: RecruitmentStatus) -> str | None:
    """What to ask before appointing without the principal's consent, or None."""
    if target is not RecruitmentStatus.APPOINTED or candidate.consent is Consent.GIVEN:
        return None
    state = tr("was refused") if candidate.consent is Consent.REFUSED else tr("is pending")
    return tr("The principal's consent for {name} {state}. Appoint anyway?").format(
        name=candidate.name, state=state)


def next_step(status: RecruitmentStatus) -> RecruitmentStatus | None:
    """The one step forward from ``status``, if there is one."""
    forward = [RecruitmentStatus.APPLIED, RecruitmentStatus.INTERVIEWED,
               RecruitmentStatus.SELECTED, RecruitmentStatus.APPOINTED]
    if status in forward[:-1]:
        return forward[forward.index(status) + 1]
    return None
