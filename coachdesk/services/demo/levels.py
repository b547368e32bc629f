"""The demo's digital-competence levels: most teachers answered last spring's survey
(self-assessments), some were confirmed by their principal this autumn, and one school
set its own targets; so that Today, the Attendance page and the reports show the gap on
first look."""

from datetime import timedelta
from random import Random

from sqlalchemy import select, update

from coachdesk.domain.competence import DEFAULT_SCALE, LevelSource
from coachdesk.services.demo.context import DemoContext
from coachdesk.storage import tables as t
from coachdesk.storage.bulk import insert_rows

ANSWERED = (1.0, 1.0, 0.95, 0.85)  # of a school's teachers, answered the survey
CONFIRMED = 0.25  # of those, had the level confirmed since
# The survey's answers: most at level 2 (in everyday teaching), few at 3.
SHARES = ((1, 0.2), (2, 0.62), (3, 0.18))
EARNED = 2  # the level a single lesson's certificate earns
NOTES = {"fi": "Rehtorin kehityskeskustelussa", "sv": "I rektorns utvecklingssamtal",
         "en": "In the principal's development talk"}


def _level(rng: Random, lean: float) -> int:
    """A level drawn from SHARES, a school's ``lean`` shifting it up or down."""
    draw = min(0.999, max(0.0, rng.random() + lean))
    for level, share in SHARES:
        if draw < share:
            return level
        draw -= share
    return SHARES[-1][0]


def _earned(ctx: DemoContext, rows: list[dict]) -> list[dict]:
    """The single lessons' trainings earn level 2: their certificates' teachers below it
    on the day of the certificate get it (as desk.certificates.issue records it)."""
    tr_, c = t.trainings.c, t.certificates.c
    ctx.conn.execute(update(t.trainings).where(tr_.lesson_id.is_not(None))
                     .values(earns_level=EARNED))
    certified = ctx.conn.execute(
        select(c.teacher_id, c.issued_on).select_from(t.certificates.join(
            t.trainings, tr_.id == c.training_id))
        .where(tr_.earns_level.is_not(None)).order_by(c.issued_on, c.id)).all()
    history: dict[int, list[tuple]] = {}
    for row in rows:
        history.setdefault(row["teacher_id"], []).append((row["assessed_on"], row["level"]))
    earned = []
    for teacher_id, day in certified:
        before = [level for on, level in sorted(history.get(teacher_id, [])) if on <= day]
        if (before[-1] if before else 0) < EARNED:
            history.setdefault(teacher_id, []).append((day, EARNED))
            earned.append({"teacher_id": teacher_id, "scale": DEFAULT_SCALE.value,
                           "level": EARNED, "assessed_on": day,
                           "source": LevelSource.CERTIFICATE, "note": ""})
    return earned


def add_levels(ctx: DemoContext) -> None:
    # A generator of its own: the steps after this one draw the same numbers as before.
    rng = Random(f"{ctx.seed}:levels")
    starts = ctx.year_starts or ctx.today
    survey_day = max(starts - timedelta(days=80), ctx.today - timedelta(days=365))
    tc = t.teachers.c
    teachers = ctx.conn.execute(select(tc.id, tc.school_id).where(~tc.archived)
                                .order_by(tc.id)).all()
    leans = {school.id: rng.uniform(-0.2, 0.15) for school in ctx.schools}
    answered = {school.id: rng.choice(ANSWERED) for school in ctx.schools}
    rows = []
    for teacher_id, school_id in teachers:
        if rng.random() >= answered.get(school_id, 1.0):
            continue
        level = _level(rng, leans.get(school_id, 0.0))
        rows.append({"teacher_id": teacher_id, "scale": DEFAULT_SCALE.value, "level": level,
                     "assessed_on": survey_day + timedelta(days=rng.randint(0, 20)),
                     "source": LevelSource.SELF, "note": ""})
        confirmed_on = starts + timedelta(days=rng.randint(20, 60))
        if rng.random() < CONFIRMED and confirmed_on <= ctx.today:
            # written at the school: in its language, as the demo's other school texts
            language = ("en" if ctx.language == "en" else
                        "sv" if school_id in ctx.swedish_school_ids else "fi")
            rows.append({"teacher_id": teacher_id, "scale": DEFAULT_SCALE.value,
                         "level": min(3, level + rng.choice((0, 0, 1))),
                         "assessed_on": confirmed_on, "source": LevelSource.CONFIRMED,
                         "note": NOTES[language]})
    rows += _earned(ctx, rows)
    insert_rows(ctx.conn, t.competence_levels, rows)
    if ctx.schools:  # the first school aims higher at level 3 than the city
        insert_rows(ctx.conn, t.competence_targets, [
            {"scale": DEFAULT_SCALE.value, "school_id": ctx.schools[0].id, "level": level,
             "share": share} for level, share in ((1, 100), (2, 90), (3, 30))])
    ctx.counts["competence_levels"] = len(rows)
