"""Demo requests from schools: new ones waiting for a tutor, scheduled ones with a booked
visit, done ones whose visit was logged; and what done visits covered."""

from datetime import datetime, time, timedelta
from random import Random

from sqlalchemy import case, insert, select, update

from coachdesk.domain.requests import AskedBy, RequestStatus, RequestWindow, Urgency, VisitRequest
from coachdesk.domain.visits import VisitPurpose, VisitStatus
from coachdesk.services.demo.context import DemoContext
from coachdesk.storage import tables as t
from coachdesk.storage.bulk import entity_row, insert_returning_ids, insert_rows


def add_requests(ctx: DemoContext) -> None:
    rng = ctx.rng
    count = max(10, ctx.scale.visits // 170)
    now = datetime.combine(ctx.today, time(12))
    v = t.visits.c
    links: list[int | None] = []
    requests, topic_rows = [], []
    for number in range(count):
        school = rng.choice(ctx.schools)
        state = (RequestStatus.NEW, RequestStatus.SCHEDULED, RequestStatus.DONE)[number % 3]
        wanted = VisitStatus.BOOKED if state is RequestStatus.SCHEDULED else VisitStatus.DONE
        visit_id = None
        if state is not RequestStatus.NEW:
            later = v.starts_at > now if wanted is VisitStatus.BOOKED else v.starts_at < now
            visit_id = ctx.conn.scalar(select(v.id).where(
                v.school_id == school.id, v.status == wanted, later,
                v.id.not_in([x for x in links if x is not None]))
                .order_by(v.starts_at if wanted is VisitStatus.BOOKED else v.starts_at.desc())
                .limit(1))
            if visit_id is None:
                state = RequestStatus.NEW
        purpose = (VisitPurpose(ctx.conn.execute(
            select(v.purpose).where(v.id == visit_id)).scalar_one())
            if visit_id else rng.choice(list(VisitPurpose)))
        request = VisitRequest(
            school_id=school.id, received_on=ctx.today - timedelta(days=rng.randint(0, 40)),
            asked_by=rng.choice(list(AskedBy)), asked_by_name=ctx.person(school.swedish),
            purpose=purpose, minutes=rng.choice([45, 90]),
            teachers_count=rng.randint(1, 25),
            description=ctx.words_at(school.id).requests[purpose],
            urgency=rng.choices(list(Urgency), [2, 6, 2])[0], status=state)
        request.check()
        requests.append(request)
        links.append(visit_id)
    ids = insert_returning_ids(ctx.conn, t.visit_requests,
                               [entity_row(r, t.visit_requests) for r in requests])
    windows = []
    for request_id, request, visit_id in zip(ids, requests, links, strict=True):
        first = request.received_on + timedelta(days=7)
        window = RequestWindow(request_id, first, first + timedelta(days=21), "08:00", "14:00")
        window.check()
        windows.append(entity_row(window, t.request_windows))
        for topic_id, _ in rng.sample(ctx.topics, rng.randint(1, 2)):
            topic_rows.append({"request_id": request_id, "topic_id": topic_id})
        if visit_id is not None:
            ctx.conn.execute(update(t.visits).where(v.id == visit_id)
                             .values(request_id=request_id))
    insert_rows(ctx.conn, t.request_windows, windows)
    insert_rows(ctx.conn, t.request_topics, topic_rows)
    add_covered(ctx)
    ctx.counts["requests"] = len(ids)


def add_covered(ctx: DemoContext) -> None:
    """Topics covered by the school year's done visits, and follow-ups some of them asked
    for."""
    rng = ctx.rng
    v = t.visits.c
    year = (v.starts_at >= datetime.combine(ctx.year_starts, time()),
            v.starts_at < datetime.combine(ctx.year_starts.replace(year=ctx.year_starts.year + 1),
                                           time()))
    done = list(ctx.conn.scalars(select(v.id).where(v.status == VisitStatus.DONE, *year)
                                 .order_by(v.id)))
    logged = done if len(done) < 2_000 else rng.sample(done, len(done) // 5)
    ctx.conn.execute(insert(t.visit_topics), [
        {"visit_id": visit_id, "topic_id": rng.choice(ctx.topics)[0]} for visit_id in logged])
    follow = rng.sample(done, len(done) // 10)
    for start in range(0, len(follow), 500):
        # One note a batch, in each school's language.
        n = rng.randrange(len(ctx.words.visit_notes))
        finnish, swedish = (ctx.school_words(sv).visit_notes[n] for sv in (False, True))
        note = case((v.school_id.in_(sorted(ctx.swedish_school_ids)), swedish), else_=finnish)
        ctx.conn.execute(update(t.visits).where(v.id.in_(follow[start:start + 500]))
                         .values(follow_up=True, notes=note))
    _named(ctx, set(logged))


NAMED_UP_TO = 4  # a logged visit that reached this many teachers or fewer names them


def _named(ctx: DemoContext, logged: set[int]) -> None:
    """The teachers a logged visit reached, by name, as a tutor logs a co-teaching lesson or
    a guidance; a staff training is logged with a number only. Its own random source, so
    that the rest of the demo stays as it was."""
    rng = Random(f"visit teachers {len(logged)}")
    v = t.visits.c
    rows = []
    for visit_id, school_id, reached in ctx.conn.execute(
            select(v.id, v.school_id, v.teachers_reached)
            .where(v.status == VisitStatus.DONE, v.teachers_reached <= NAMED_UP_TO)
            .order_by(v.id)):
        pool = ctx.teachers_by_school.get(school_id, [])
        if visit_id in logged and pool:
            rows += [{"visit_id": visit_id, "teacher_id": teacher}
                     for teacher in rng.sample(pool, min(reached, len(pool)))]
    insert_rows(ctx.conn, t.visit_teachers, rows)
