"""desk.recruitment: recruitment rounds, candidates, and moving them to appointment."""

from datetime import date
from typing import Any

from sqlalchemy import case, func, select

from coachdesk.domain.errors import ConfirmationNeeded, ValidationError
from coachdesk.domain.recruitment import (
    Candidate,
    CandidateStep,
    Consent,
    RecruitmentRound,
    check_move,
    consent_warning,
)
from coachdesk.domain.schools import School, Teacher
from coachdesk.domain.text import tr
from coachdesk.domain.topics import Level
from coachdesk.domain.tutors import RecruitmentStatus, Tutor, TutorKind
from coachdesk.domain.validation import clean_text
from coachdesk.services.fields import apply, as_count, as_date, as_enum, get_or_raise
from coachdesk.services.links import replace_links, require_known
from coachdesk.services.tutors import TutorService
from coachdesk.storage import tables as t
from coachdesk.storage.database import Database
from coachdesk.storage.lists import ListColumn, ListSource

ROUND_FIELDS = {"name", "opens", "closes", "description", "tutors_sought"}
CANDIDATE_FIELDS = {"name", "email", "teacher_id", "home_school_id", "motivation", "consent",
                    "notes"}


class RecruitmentService:
    def __init__(self, db: Database, tutors: TutorService):
        self.db = db
        self.tutors = tutors

    # -- rounds ---------------------------------------------------------------------------
    def add_round(self, **fields: Any) -> int:
        with self.db.transaction() as s:
            rnd = RecruitmentRound(name="", opens=date.today(), closes=date.today())
            self._fill_round(rnd, fields)
            s.add(rnd)
            s.flush()
            return rnd.id

    def update_round(self, round_id: int, **fields: Any) -> None:
        with self.db.transaction() as s:
            self._fill_round(get_or_raise(s, RecruitmentRound, round_id, tr("round")), fields)

    def get_round(self, round_id: int) -> RecruitmentRound:
        with self.db.transaction() as s:
            return get_or_raise(s, RecruitmentRound, round_id, tr("round"))

    def rounds(self) -> list[tuple[int, str]]:
        """(id, name) of every round, the newest first."""
        c = t.recruitment_rounds.c
        with self.db.reading() as conn:
            return [tuple(r) for r in conn.execute(
                select(c.id, c.name).order_by(c.opens.desc(), c.id.desc()))]

    # -- candidates -----------------------------------------------------------------------
    def add_candidate(self, round_id: int, strengths: list[int] | None = None,
                      on: date | None = None, **fields: Any) -> int:
        """A new application: an existing teacher (``teacher_id``) or a new person."""
        with self.db.transaction() as s:
            get_or_raise(s, RecruitmentRound, round_id, tr("round"))
            candidate = Candidate(round_id=round_id, name="")
            self._fill_candidate(s, candidate, fields)
            s.add(candidate)
            s.flush()
            s.add(CandidateStep(candidate.id, RecruitmentStatus.APPLIED, on or date.today()))
            self._write_strengths(s, candidate.id, strengths or [])
            return candidate.id

    def update_candidate(self, candidate_id: int, strengths: list[int] | None = None,
                         **fields: Any) -> None:
        with self.db.transaction() as s:
            candidate = get_or_raise(s, Candidate, candidate_id, tr("candidate"))
            self._fill_candidate(s, candidate, fields)
            if strengths is not None:
                self._write_strengths(s, candidate_id, strengths)

    def get_candidate(self, candidate_id: int) -> Candidate:
        with self.db.transaction() as s:
            return get_or_raise(s, Candidate, candidate_id, tr("candidate"))

    def strengths_of(self, candidate_id: int) -> list[int]:
        c = t.candidate_strengths.c
        with self.db.reading() as conn:
            return list(conn.scalars(select(c.topic_id).where(c.candidate_id == candidate_id)))

    def move(self, candidate_id: int, target: RecruitmentStatus | str, *,
             on: date | None = None, reason: str = "",
             agreement: tuple[Any, Any] | None = None, kind: TutorKind | str = TutorKind.SCHOOL,
             confirmed: bool = False) -> int | None:
        """Move a candidate one step (or out). Appointing makes them a tutor and returns
        the tutor's id; without the principal's consent it raises ConfirmationNeeded
        unless ``confirmed``."""
        target = as_enum("status", RecruitmentStatus, target, tr("step"))
        if agreement is not None:
            agreement = (as_date("agreement_start", agreement[0], tr("Agreement starts")),
                         as_date("agreement_end", agreement[1], tr("Agreement ends")))
        on = on or date.today()
        reason = clean_text(reason)
        with self.db.transaction() as s:
            candidate = get_or_raise(s, Candidate, candidate_id, tr("candidate"))
            check_move(candidate, target, reason, agreement)
            warning = consent_warning(candidate, target)
            if warning and not confirmed:
                raise ConfirmationNeeded(warning)
            s.add(CandidateStep(candidate.id, target, on, from_status=candidate.status,
                                note=reason))
            candidate.status = target
            if target is RecruitmentStatus.DECLINED:
                candidate.decline_reason = reason
            if target is not RecruitmentStatus.APPOINTED:
                return None
            tutor = Tutor(name="", status=RecruitmentStatus.APPOINTED)
            fields = {"name": candidate.name, "email": candidate.email,
                      "teacher_id": candidate.teacher_id,
                      "home_school_id": candidate.home_school_id, "kind": kind,
                      "agreement_start": agreement[0], "agreement_end": agreement[1]}
            strengths = {topic: Level.BASIC for topic in s.scalars(
                select(t.candidate_strengths.c.topic_id)
                .where(t.candidate_strengths.c.candidate_id == candidate.id))}
            candidate.tutor_id = self.tutors.add_in(
                s, tutor, fields, [candidate.home_school_id], strengths)
            return candidate.tutor_id

    def history(self, candidate_id: int) -> list[CandidateStep]:
        """Every move of the candidate, the application first."""
        with self.db.transaction() as s:
            return list(s.scalars(select(CandidateStep)
                                  .where(CandidateStep.candidate_id == candidate_id)
                                  .order_by(CandidateStep.moved_on, CandidateStep.id)))

    def step_counts(self, round_id: int) -> dict[RecruitmentStatus, int]:
        """How many of the round's candidates are at each step (every step listed)."""
        c = t.candidates.c
        with self.db.reading() as conn:
            found = dict(conn.execute(select(c.status, func.count()).where(
                c.round_id == round_id).group_by(c.status)).all())
        return {status: found.get(status, 0) for status in RecruitmentStatus}

    def list_source(self) -> ListSource:
        """Candidates; filters: ``round_id`` (one round), ``status`` (one step)."""
        c, sc = t.candidates.c, t.schools.c
        applied = (select(func.min(t.candidate_steps.c.moved_on))
                   .where(t.candidate_steps.c.candidate_id == c.id)
                   .correlate(t.candidates).scalar_subquery())
        strengths = (
            select(func.aggregate_strings(t.topics.c.name, ", "))
            .select_from(t.candidate_strengths.join(t.topics))
            .where(t.candidate_strengths.c.candidate_id == c.id)
            .correlate(t.candidates).scalar_subquery()
        )
        return ListSource(
            db=self.db,
            id_column=c.id,
            from_clause=t.candidates.join(t.schools, c.home_school_id == sc.id),
            columns=[
                ListColumn("name", tr("Name"), c.name, sort=c.search_key),
                ListColumn("school", tr("Home school"), sc.name, sort=sc.name_key),
                ListColumn("status", tr("Step"), c.status, lambda v: v.label,
                           sort=case({s.value: n for n, s in enumerate(RecruitmentStatus)},
                                     value=c.status)),
                ListColumn("consent", tr("Principal's consent"), c.consent, lambda v: v.label),
                ListColumn("strengths", tr("Strengths"), strengths),
                ListColumn("applied", tr("Applied on"), applied),
                ListColumn("email", tr("E-mail"), c.email),
                ListColumn("decline_reason", tr("Reason declined"), c.decline_reason),
            ],
            search=[c.search_key, sc.name_key],
            filters={
                "round_id": lambda rnd: None if rnd is None else c.round_id == rnd,
                "status": lambda st: None if st is None else c.status == RecruitmentStatus(st),
            },
            default_sort="name",
        )

    # -- saving ---------------------------------------------------------------------------
    def _fill_round(self, rnd: RecruitmentRound, fields: dict[str, Any]) -> None:
        fields = dict(fields)
        errors: dict[str, str] = {}
        for key, label in (("opens", tr("Opens")), ("closes", tr("Closes"))):
            if key in fields:
                try:
                    fields[key] = as_date(key, fields[key], label)
                    if fields[key] is None:
                        errors[key] = tr("{label} is required.").format(label=label)
                except ValidationError as exc:
                    errors.update(exc.errors)
        if "tutors_sought" in fields:
            try:
                fields["tutors_sought"] = as_count(
                    "tutors_sought", fields["tutors_sought"], tr("Tutors sought"))
            except ValidationError as exc:
                errors.update(exc.errors)
        if errors:
            raise ValidationError(errors)
        apply(rnd, fields, ROUND_FIELDS)
        rnd.check()

    def _fill_candidate(self, s, candidate: Candidate, fields: dict[str, Any]) -> None:
        fields = dict(fields)
        if "consent" in fields:
            fields["consent"] = as_enum("consent", Consent, fields["consent"], tr("consent"))
        teacher_id = fields.get("teacher_id")
        if teacher_id is not None:
            teacher = s.get(Teacher, teacher_id)
            if teacher is None:
                raise ValidationError({"teacher_id": tr("That teacher no longer exists.")})
            # An existing teacher brings their name, e-mail and school unless typed over.
            fields["name"] = fields.get("name") or teacher.name
            fields["email"] = fields.get("email") or teacher.email
            fields["home_school_id"] = fields.get("home_school_id") or teacher.school_id
        apply(candidate, fields, CANDIDATE_FIELDS)
        candidate.check()
        if s.get(School, candidate.home_school_id) is None:
            raise ValidationError({"home_school_id": tr("Choose the candidate's home school.")})
        s.flush()

    def _write_strengths(self, s, candidate_id: int, topic_ids: list[int]) -> None:
        require_known(s, t.topics, topic_ids, "strengths", tr("A chosen topic no longer exists."))
        cs = t.candidate_strengths.c
        replace_links(s, cs.candidate_id, candidate_id, cs.topic_id, topic_ids)
