"""Reading what a conflict check needs: the tutors' other lessons and visits, the places
taken, the tutors' released-time plans and the school calendar around one booking."""

from datetime import datetime

from sqlalchemy import and_, or_, select

from coachdesk.domain.conflicts import Booking, ConflictCheck, TutorPlan
from coachdesk.domain.lessons import LessonStatus, PlaceKind
from coachdesk.domain.released_time import ReleasedPlan
from coachdesk.domain.text import tr
from coachdesk.domain.visits import VisitStatus
from coachdesk.services.school_years import SchoolYearService
from coachdesk.storage import tables as t


def lesson_place(place_kind: PlaceKind, school_id: int | None, room: str, venue: str) -> str:
    """Where two lessons at once would clash: a named room at a school, or a venue."""
    if place_kind is PlaceKind.SCHOOL and school_id is not None and room.strip():
        return f"school:{school_id}:{room.strip().casefold()}"
    if place_kind is PlaceKind.VENUE and venue.strip():
        return f"venue:{venue.strip().casefold()}"
    return ""


def load_check(session, calendar: SchoolYearService, starts: datetime, ends: datetime,
               tutor_ids: set[int], place: str = "") -> ConflictCheck:
    """Everything booked between ``starts`` and ``ends`` that could clash."""
    lt, le = t.lesson_tutors.c, t.lessons.c
    overlap = and_(le.starts_at < ends, le.ends_at > starts,
                   le.status != LessonStatus.CANCELLED)
    lesson_rows = session.execute(
        select(le.id, le.title, le.starts_at, le.ends_at, le.place_kind, le.school_id,
               le.room, le.venue)
        .where(overlap, or_(le.id.in_(select(lt.lesson_id).where(lt.tutor_id.in_(tutor_ids))),
                            le.place_kind.in_([PlaceKind.SCHOOL, PlaceKind.VENUE])))
    ).all()
    teams: dict[int, set[int]] = {}
    if lesson_rows:
        for lesson_id, tutor_id in session.execute(
            select(lt.lesson_id, lt.tutor_id).where(lt.lesson_id.in_([r.id for r in lesson_rows]))
        ):
            teams.setdefault(lesson_id, set()).add(tutor_id)
    others = [
        Booking(r.starts_at, r.ends_at, frozenset(teams.get(r.id, ())),
                lesson_place(r.place_kind, r.school_id, r.room, r.venue),
                tr("the lesson “{title}”").format(title=r.title), f"lesson:{r.id}")
        for r in lesson_rows
        if teams.get(r.id, set()) & tutor_ids
        or (place and lesson_place(r.place_kind, r.school_id, r.room, r.venue) == place)
    ]
    v, sc = t.visits.c, t.schools.c
    for r in session.execute(
        select(v.id, v.tutor_id, v.starts_at, v.ends_at, sc.name)
        .join(t.schools, sc.id == v.school_id)
        .where(v.tutor_id.in_(tutor_ids), v.starts_at < ends, v.ends_at > starts,
               v.status != VisitStatus.CANCELLED)
    ):
        others.append(Booking(r.starts_at, r.ends_at, frozenset({r.tutor_id}), "",
                              tr("a visit to {school}").format(school=r.name), f"visit:{r.id}"))
    tu = t.tutors.c
    plans = {
        r.id: TutorPlan(r.name, ReleasedPlan(r.released_rule, r.released_from,
                                             r.released_until, r.weekly_hours),
                        r.agreement_start)
        for r in session.execute(select(tu.id, tu.name, tu.released_rule, tu.released_from,
                                        tu.released_until, tu.weekly_hours,
                                        tu.agreement_start).where(tu.id.in_(tutor_ids)))
    }
    return ConflictCheck(calendar.calendar(starts.date(), ends.date()), others, plans)
