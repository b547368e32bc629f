"""desk.recruitment: recruitment rounds, candidates, and moving them to appointment."""

from dataclasses import asdict
from datetime import date

from sqlalchemy import case, func, select

from coachdesk.domain.errors import ConfirmationNeeded, ValidationError
from coachdesk.domain.parse import as_enum
from coachdesk.domain.recruitment import (
    Appointment,
    Candidate,
    CandidateDraft,
    CandidateStep,
    Consent,
    RecruitmentRound,
    RoundDraft,
    check_move,
    consent_warning,
)
from coachdesk.domain.schools import School, Teacher
from coachdesk.domain.text import tr
from coachdesk.domain.topics import Level
from coachdesk.domain.tutors import RecruitmentStatus, TutorDraft
from coachdesk.domain.validation import clean_text
from coachdesk.services.fields import apply, get_or_raise
from coachdesk.services.links import replace_links, require_known
from coachdesk.services.tutors import TutorService
from coachdesk.storage import tables as t
from coachdesk.storage.database import Database
from coachdesk.storage.lists import ListColumn, ListSource
from coachdesk.storage.mapping import new_id

ROUND_FIELDS = {"name", "opens", "closes", "description", "tutors_sought"}
CANDIDATE_FIELDS = {"name", "email", "teacher_id", "home_school_id", "motivation", "consent",
                    "notes"}


class RecruitmentService:
    def __init__(self, db: Database, tutors: TutorService):
        self.db = db
        self.tutors = tutors

    # -- rounds ---------------------------------------------------------------------------
    def add_round(self, draft: RoundDraft) -> int:
        with self.db.transaction() as s:
            rnd = RecruitmentRound(name="", opens=date.today(), closes=date.today())
            self._fill_round(rnd, draft)
            return new_id(s, rnd)

    def update_round(self, round_id: int, draft: RoundDraft) -> None:
        with self.db.transaction() as s:
            self._fill_round(get_or_raise(s, RecruitmentRound, round_id, tr("round")), draft)

    def round_draft(self, round_id: int) -> RoundDraft:
        """The round as its form shows it (change it with ``dataclasses.replace``)."""
        rnd = self.get_round(round_id)
        return RoundDraft(**{key: getattr(rnd, key) for key in ROUND_FIELDS})

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
    def add_candidate(self, round_id: int, draft: CandidateDraft, on: date | None = None
                      ) -> int:
        """A new application (on ``on``, default today): an existing teacher
        (``teacher_id``) or a new person."""
        with self.db.transaction() as s:
            get_or_raise(s, RecruitmentRound, round_id, tr("round"))
            candidate = Candidate(round_id=round_id, name="")
            self._fill_candidate(s, candidate, draft)
            candidate_id = new_id(s, candidate)
            s.add(CandidateStep(candidate_id, RecruitmentStatus.APPLIED, on or date.today()))
            self._write_strengths(s, candidate_id, draft.strengths)
            return candidate_id

    def update_candidate(self, candidate_id: int, draft: CandidateDraft) -> None:
        with self.db.transaction() as s:
            candidate = get_or_raise(s, Candidate, candidate_id, tr("candidate"))
            self._fill_candidate(s, candidate, draft)
            self._write_strengths(s, candidate_id, draft.strengths)

    def candidate_draft(self, candidate_id: int) -> CandidateDraft:
        """The candidate as the form shows them (change with ``dataclasses.replace``)."""
        candidate = self.get_candidate(candidate_id)
        return CandidateDraft(**{key: getattr(candidate, key) for key in CANDIDATE_FIELDS},
                              strengths=tuple(self.strengths_of(candidate_id)))

    def get_candidate(self, candidate_id: int) -> Candidate:
        with self.db.transaction() as s:
            return get_or_raise(s, Candidate, candidate_id, tr("candidate"))

    def strengths_of(self, candidate_id: int) -> list[int]:
        c = t.candidate_strengths.c
        with self.db.reading() as conn:
            return list(conn.scalars(select(c.topic_id).where(c.candidate_id == candidate_id)))

    def move(self, candidate_id: int, target: RecruitmentStatus, *, on: date | None = None,
             reason: str = "") -> None:
        """Move a candidate one step forward, or out (declined with the ``reason``, or
        withdrawn), on ``on`` (default today). Appointing is :meth:`appoint`."""
        with self.db.transaction() as s:
            self._move(s, candidate_id, target, on, reason)

    def appoint(self, candidate_id: int, appointment: Appointment, *, on: date | None = None,
                confirmed: bool = False) -> int:
        """Appoint a selected candidate: they become a tutor, whose id is returned. Without
        the principal's consent it raises ConfirmationNeeded unless ``confirmed``."""
        with self.db.transaction() as s:
            candidate = self._move(s, candidate_id, RecruitmentStatus.APPOINTED, on, "",
                                   appointment, confirmed)
            strengths = {topic: Level.BASIC for topic in s.scalars(
                select(t.candidate_strengths.c.topic_id)
                .where(t.candidate_strengths.c.candidate_id == candidate.id))}
            candidate.tutor_id = self.tutors.add_in(s, TutorDraft(
                name=candidate.name, email=candidate.email, teacher_id=candidate.teacher_id,
                home_school_id=candidate.home_school_id, kind=appointment.kind,
                agreement_start=appointment.agreement_start,
                agreement_end=appointment.agreement_end,
                released_rule=appointment.released_rule,
                released_from=appointment.released_from,
                released_until=appointment.released_until,
                weekly_hours=appointment.weekly_hours,
                school_ids=tuple(i for i in [candidate.home_school_id] if i is not None),
                strengths=strengths))
            return candidate.tutor_id

    def _move(self, s, candidate_id: int, target: RecruitmentStatus, on: date | None,
              reason: str, appointment: Appointment | None = None,
              confirmed: bool = False) -> Candidate:
        """Write the step (refused as the domain says), within the transaction."""
        reason = clean_text(reason)
        candidate = get_or_raise(s, Candidate, candidate_id, tr("candidate"))
        check_move(candidate, target, reason, appointment)
        warning = consent_warning(candidate, target)
        if warning and not confirmed:
            raise ConfirmationNeeded(warning)
        s.add(CandidateStep(candidate_id, target, on or date.today(),
                            from_status=candidate.status, note=reason))
        candidate.status = target
        if target is RecruitmentStatus.DECLINED:
            candidate.decline_reason = reason
        return candidate

    def history(self, candidate_id: int) -> list[CandidateStep]:
        """Every move of the candidate, the application first."""
        with self.db.transaction() as s:
            cs = t.candidate_steps.c
            return list(s.scalars(select(CandidateStep).where(cs.candidate_id == candidate_id)
                                  .order_by(cs.moved_on, cs.id)))

    def step_counts(self, round_id: int) -> dict[RecruitmentStatus, int]:
        """How many of the round's candidates are at each step (every step listed)."""
        c = t.candidates.c
        with self.db.reading() as conn:
            found: dict[RecruitmentStatus, int] = dict(conn.execute(
                select(c.status, func.count()).where(c.round_id == round_id)
                .group_by(c.status)).all())
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
                ListColumn("name", c.name, sort=c.sort_key),
                ListColumn("school", sc.name, sort=sc.name_key),
                ListColumn("status", c.status,
                           sort=case({s.value: n for n, s in enumerate(RecruitmentStatus)},
                                     value=c.status)),
                ListColumn("consent", c.consent),
                ListColumn("strengths", strengths),
                ListColumn("applied", applied),
                ListColumn("email", c.email),
                ListColumn("decline_reason", c.decline_reason),
            ],
            search=[c.search_key, sc.name_key],
            filters={
                "round_id": lambda rnd: None if rnd is None else c.round_id == rnd,
                "status": lambda st: None if st is None else c.status == RecruitmentStatus(st),
            },
            default_sort="name",
        )

    # -- saving ---------------------------------------------------------------------------
    def _fill_round(self, rnd: RecruitmentRound, draft: RoundDraft) -> None:
        apply(rnd, asdict(draft), ROUND_FIELDS)
        rnd.check()

    def _fill_candidate(self, s, candidate: Candidate, draft: CandidateDraft) -> None:
        fields = draft.candidate_fields()
        fields["consent"] = as_enum("consent", Consent, draft.consent, tr("consent"))
        if draft.teacher_id is not None:
            teacher = s.get(Teacher, draft.teacher_id)
            if teacher is None:
                raise ValidationError({"teacher_id": tr("That teacher no longer exists.")})
            # An existing teacher brings their name, e-mail and school unless typed over.
            fields["name"] = draft.name or teacher.name
            fields["email"] = draft.email or teacher.email
            fields["home_school_id"] = draft.home_school_id or teacher.school_id
        apply(candidate, fields, CANDIDATE_FIELDS)
        candidate.check()
        if s.get(School, candidate.home_school_id) is None:
            raise ValidationError({"home_school_id": tr("Choose the candidate's home school.")})
        s.flush()

    def _write_strengths(self, s, candidate_id: int, topic_ids: tuple[int, ...]) -> None:
        require_known(s, t.topics, topic_ids, "strengths", tr("A chosen topic no longer exists."))
        cs = t.candidate_strengths.c
        replace_links(s, cs.candidate_id, candidate_id, cs.topic_id, topic_ids)
