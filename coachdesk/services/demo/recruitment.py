"""Demo recruitment: last spring's round that appointed this year's tutors, and an open
round with candidates at every step."""

from datetime import date, timedelta

from coachdesk.domain.recruitment import Candidate, CandidateStep, Consent, RecruitmentRound
from coachdesk.domain.tutors import RecruitmentStatus
from coachdesk.services.demo.context import DemoContext, email_of
from coachdesk.storage import tables as t
from coachdesk.storage.bulk import entity_row, insert_returning_ids, insert_rows

FORWARD = [RecruitmentStatus.APPLIED, RecruitmentStatus.INTERVIEWED,
           RecruitmentStatus.SELECTED, RecruitmentStatus.APPOINTED]


def add_recruitment(ctx: DemoContext) -> None:
    rng, words = ctx.rng, ctx.words
    spring = date(ctx.year_starts.year, 3, 1)
    rounds = [
        RecruitmentRound(words.year_round.format(first=ctx.year_starts.year,
                                                 last=ctx.year_starts.year + 1),
                         spring, spring + timedelta(days=30), words.year_round_about,
                         len(ctx.tutors)),
        RecruitmentRound(words.extra_round, ctx.today - timedelta(days=20),
                         ctx.today + timedelta(days=10), words.extra_round_about,
                         max(2, len(ctx.tutors) // 5)),
    ]
    for rnd in rounds:
        rnd.check()
    past_id, open_id = insert_returning_ids(
        ctx.conn, t.recruitment_rounds, [entity_row(r, t.recruitment_rounds) for r in rounds])
    people: list[tuple[Candidate, list[tuple[RecruitmentStatus, date, str]]]] = []
    for tutor in ctx.tutors:  # every tutor went the whole way last spring
        steps = [(status, spring + timedelta(days=10 + 20 * n), "")
                 for n, status in enumerate(FORWARD)]
        people.append((_candidate(ctx, past_id, tutor.teacher_id, Consent.GIVEN,
                                  RecruitmentStatus.APPOINTED, tutor_id=tutor.id), steps))
    for n in range(max(2, len(ctx.tutors) // 4)):  # and some did not
        reason = words.decline_reasons[n % 2]
        steps = [(RecruitmentStatus.APPLIED, spring + timedelta(days=12), ""),
                 (RecruitmentStatus.DECLINED, spring + timedelta(days=40), reason)]
        candidate = _candidate(ctx, past_id, None, Consent.REFUSED, RecruitmentStatus.DECLINED)
        candidate.decline_reason = reason
        people.append((candidate, steps))
    for n in range(max(6, len(ctx.tutors) // 5)):  # the open round, every step so far
        reached = n % 3
        steps = [(FORWARD[k], ctx.today - timedelta(days=15 - 4 * k), "")
                 for k in range(reached + 1)]
        consent = [Consent.PENDING, Consent.GIVEN, Consent.GIVEN][reached]
        people.append((_candidate(ctx, open_id, None, consent, FORWARD[reached]), steps))
    rows = []
    for candidate, _ in people:
        candidate.check()
        rows.append(entity_row(candidate, t.candidates))
    ids = insert_returning_ids(ctx.conn, t.candidates, rows)
    step_rows, strength_rows = [], []
    for candidate_id, (_, steps) in zip(ids, people, strict=True):
        previous = None
        for status, on, note in steps:
            step_rows.append(entity_row(CandidateStep(candidate_id, status, on, previous, note),
                                        t.candidate_steps))
            previous = status
        for topic_id, _ in rng.sample(ctx.topics, 2):
            strength_rows.append({"candidate_id": candidate_id, "topic_id": topic_id})
    insert_rows(ctx.conn, t.candidate_steps, step_rows)
    insert_rows(ctx.conn, t.candidate_strengths, strength_rows)
    ctx.counts["candidates"] = len(ids)


def _candidate(ctx: DemoContext, round_id: int, teacher_id: int | None, consent: Consent,
               status: RecruitmentStatus, tutor_id: int | None = None) -> Candidate:
    rng = ctx.rng
    if teacher_id is None:
        school = rng.choice([s for s in ctx.schools if ctx.teachers_by_school.get(s.id)])
        teacher_id = rng.choice(ctx.teachers_by_school[school.id])
    row = ctx.conn.execute(t.teachers.select().where(t.teachers.c.id == teacher_id)).one()
    return Candidate(round_id=round_id, name=row.name, email=row.email or email_of(row.name),
                     teacher_id=teacher_id, home_school_id=row.school_id,
                     motivation=rng.choice(ctx.words_at(row.school_id).motivations),
                     consent=consent, status=status, tutor_id=tutor_id)
