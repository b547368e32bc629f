"""The demo's assignments with peer review: the tutors' network series asks for two
learning tasks; those due are handed in by most, each submission has two peers to review
it (from other schools first, as CoachDesk assigns them), and most reviews are given with
a score and a comment, so that the Attendance page shows them on first look."""

from datetime import date, timedelta
from random import Random

from sqlalchemy import select, update

from coachdesk.domain.lessons import Attendance, EnrollmentStatus
from coachdesk.domain.peer_review import assign_reviewers
from coachdesk.services.demo.context import DemoContext
from coachdesk.storage import tables as t
from coachdesk.storage.bulk import insert_returning_ids, insert_rows

REVIEWERS = 2
HANDED_IN = 0.85
REVIEWED = 0.75
TITLES = {
    "fi": ["Oppimistehtävä 1: digitaalinen tuntisuunnitelma",
           "Oppimistehtävä 2: kokeilu omassa koulussa"],
    "sv": ["Uppgift 1: en digital lektionsplan", "Uppgift 2: ett försök i den egna skolan"],
    "en": ["Task 1: a digital lesson plan", "Task 2: a trial at your own school"],
}
COMMENTS = {
    "fi": ["Selkeä suunnitelma, jota voi kokeilla heti.", "Hyvä idea, tavoitteet voisi "
           "kirjoittaa tarkemmin.", "Oppilaiden osallisuus näkyy hienosti.",
           "Toimiva kokonaisuus; lisäisin arvioinnin."],
    "sv": ["En tydlig plan som går att pröva direkt.", "Bra idé, målen kunde vara "
           "tydligare.", "Elevernas delaktighet syns fint."],
    "en": ["A clear plan to try at once.", "A good idea; the aims could be sharper.",
           "The pupils' part shows well.", "Works as a whole; I would add assessment."],
}


def add_assignments(ctx: DemoContext) -> None:
    tr_, le, en = t.trainings.c, t.lessons.c, t.enrollments.c
    found = ctx.conn.execute(select(tr_.id, tr_.series_id).where(tr_.series_id.is_not(None))
                             .order_by(tr_.id).limit(1)).first()
    if found is None:
        return
    training_id, series_id = found
    days = sorted(d.date() for d in ctx.conn.scalars(
        select(le.starts_at).where(le.series_id == series_id)))
    people = ctx.conn.execute(
        select(en.teacher_id).select_from(t.enrollments.join(t.lessons, le.id == en.lesson_id))
        .where(le.series_id == series_id, en.status == EnrollmentStatus.ENROLLED,
               en.attendance.in_([Attendance.PRESENT, Attendance.LATE]))
        .group_by(en.teacher_id).order_by(en.teacher_id)).scalars().all()
    if len(days) < 2 or len(people) < REVIEWERS + 1:
        return
    rng = Random(f"{ctx.seed}:assignments")  # its own: later steps draw as before
    ctx.conn.execute(update(t.trainings).where(tr_.id == training_id)
                     .values(require_submissions=True, reviewers=REVIEWERS))
    titles = TITLES[ctx.language] if ctx.language in TITLES else TITLES["en"]
    dues = [days[min(1, len(days) - 1)] + timedelta(days=14),
            days[min(3, len(days) - 1)] + timedelta(days=14)]
    ids = insert_returning_ids(ctx.conn, t.assignments, [
        {"training_id": training_id, "title": title, "due_on": due, "notes": ""}
        for title, due in zip(titles, dues, strict=True)])
    submissions, reviews = [], []
    for assignment_id, due in zip(ids, dues, strict=True):
        if due - timedelta(days=10) > ctx.today:
            continue  # not yet begun: nothing handed in
        handed = [p for p in people if rng.random() < HANDED_IN]
        for teacher_id in handed:
            submissions.append({"assignment_id": assignment_id, "teacher_id": teacher_id,
                                "handed_in_on": min(ctx.today,
                                                    due - timedelta(days=rng.randint(0, 6)))})
        pairs = assign_reviewers([(p, ctx.school_of_teacher.get(p)) for p in handed],
                                 REVIEWERS)
        reviews += _reviews(ctx, rng, assignment_id, pairs, due)
    insert_rows(ctx.conn, t.submissions, submissions)
    insert_rows(ctx.conn, t.reviews, reviews)
    ctx.counts["assignments"] = len(ids)
    ctx.counts["peer_reviews"] = len(reviews)


def _reviews(ctx: DemoContext, rng: Random, assignment_id: int,
             pairs: dict[int, list[int]], due: date) -> list[dict]:
    given = due + timedelta(days=7) <= ctx.today  # a week to review after the due day
    rows = []
    for author, reviewers in pairs.items():
        for reviewer in reviewers:
            done = given and rng.random() < REVIEWED
            language = ("en" if ctx.language == "en" else
                        "sv" if ctx.school_of_teacher.get(reviewer) in ctx.swedish_school_ids
                        else "fi")
            rows.append({"assignment_id": assignment_id, "reviewer_id": reviewer,
                         "author_id": author, "done": done,
                         "score": rng.randint(3, 5) if done else None,
                         "comment": rng.choice(COMMENTS[language]) if done else ""})
    return rows
