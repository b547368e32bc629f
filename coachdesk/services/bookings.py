"""Reading what a conflict check needs: the tutors' other lessons and visits that day, the
places taken, the tutors' released-time plans, hours left in the term and the calendar."""

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import and_, func, or_, select

from coachdesk.domain.conflicts import Booking, Conflict, ConflictCheck, TutorPlan
from coachdesk.domain.errors import ValidationError
from coachdesk.domain.lessons import LessonStatus, PlaceKind
from coachdesk.domain.recurrence import Skipped
from coachdesk.domain.released_time import ReleasedPlan, parse_time
from coachdesk.domain.text import tr
from coachdesk.domain.visits import VisitStatus
from coachdesk.services.school_years import SchoolYearService
from coachdesk.storage import tables as t


@dataclass
class SeriesPreview:
    """What a series would be: the dates kept, those skipped and why, and conflicts."""

    kept: list[date]
    skipped: list[Skipped]
    conflicts: dict[date, list[Conflict]] = field(default_factory=dict)


def lesson_place(place_kind: PlaceKind, school_id: int | None, room: str, venue: str) -> str:
    """Where two lessons at once would clash: a named room at a school, or a venue."""
    if place_kind is PlaceKind.SCHOOL and school_id is not None and room.strip():
        return f"school:{school_id}:{room.strip().casefold()}"
    if place_kind is PlaceKind.VENUE and venue.strip():
        return f"venue:{venue.strip().casefold()}"
    return ""


def lesson_site(place_kind: PlaceKind, school_id: int | None, venue: str) -> str:
    """Where a tutor must travel to for a lesson; online lessons need no travel."""
    if place_kind is PlaceKind.SCHOOL and school_id is not None:
        return f"school:{school_id}"
    if place_kind is PlaceKind.VENUE and venue.strip():
        return f"venue:{venue.strip().casefold()}"
    return ""


def school_site(school_id: int) -> str:
    return f"school:{school_id}"


def load_check(session, calendar: SchoolYearService, starts: datetime, ends: datetime,
               tutor_ids: set[int], place: str = "", travel_minutes: int = 0,
               exclude: str = "", with_hours: bool = False) -> ConflictCheck:
    """The tutors' bookings on the days of ``starts``–``ends``, the lessons holding
    ``place`` at that time, their plans, the calendar and, ``with_hours``, hours left
    in the term (leaving out the booking ``exclude``, which is being changed)."""
    day_start = datetime.combine(starts.date(), time())
    day_end = datetime.combine(ends.date() + timedelta(days=1), time())
    lt, le = t.lesson_tutors.c, t.lessons.c
    live = le.status != LessonStatus.CANCELLED
    mine = le.id.in_(select(lt.lesson_id).where(lt.tutor_id.in_(tutor_ids)))
    same_day = and_(le.starts_at < day_end, le.ends_at > day_start)
    overlapping = and_(le.starts_at < ends, le.ends_at > starts)
    # Other tutors' lessons matter only where they hold the same place.
    wanted = or_(and_(same_day, mine),
                 and_(overlapping, le.place_kind.in_([PlaceKind.SCHOOL, PlaceKind.VENUE])))
    lesson_rows = session.execute(
        select(le.id, le.title, le.starts_at, le.ends_at, le.place_kind, le.school_id,
               le.room, le.venue)
        .where(live, wanted if place else and_(same_day, mine))
    ).all()
    teams: dict[int, set[int]] = {}
    if lesson_rows:
        for lesson_id, tutor_id in session.execute(
            select(lt.lesson_id, lt.tutor_id).where(lt.lesson_id.in_([r.id for r in lesson_rows]))
        ).all():
            teams.setdefault(lesson_id, set()).add(tutor_id)
    others = [
        Booking(r.starts_at, r.ends_at, frozenset(teams.get(r.id, ())),
                lesson_place(r.place_kind, r.school_id, r.room, r.venue),
                tr("the lesson “{title}”").format(title=r.title), f"lesson:{r.id}",
                lesson_site(r.place_kind, r.school_id, r.venue))
        for r in lesson_rows
        if teams.get(r.id, set()) & tutor_ids
        or (place and lesson_place(r.place_kind, r.school_id, r.room, r.venue) == place)
    ]
    v, sc = t.visits.c, t.schools.c
    for r in session.execute(
        select(v.id, v.tutor_id, v.school_id, v.starts_at, v.ends_at, sc.name)
        .join(t.schools, sc.id == v.school_id)
        .where(v.tutor_id.in_(tutor_ids), v.starts_at < day_end, v.ends_at > day_start,
               v.status != VisitStatus.CANCELLED)
    ).all():
        others.append(Booking(r.starts_at, r.ends_at, frozenset({r.tutor_id}), "",
                              tr("a visit to {school}").format(school=r.name), f"visit:{r.id}",
                              school_site(r.school_id)))
    tu = t.tutors.c
    tutors = session.execute(select(tu.id, tu.name, tu.released_rule, tu.released_from,
                                    tu.released_until, tu.weekly_hours, tu.agreement_start,
                                    tu.allotted_hours_per_term)
                             .where(tu.id.in_(tutor_ids))).all()
    plans = {r.id: TutorPlan(r.name, ReleasedPlan(r.released_rule, r.released_from,
                                                  r.released_until, r.weekly_hours),
                             r.agreement_start) for r in tutors}
    school_calendar = calendar.calendar(starts.date(), ends.date())
    check = ConflictCheck(school_calendar, others, plans, travel_minutes)
    term = school_calendar.term_on(starts.date())
    if with_hours and term is not None:
        for r in tutors:
            if r.allotted_hours_per_term is not None:
                taken = committed_minutes(session, r.id, term.starts, term.ends, exclude)
                check.hours_left[r.id] = r.allotted_hours_per_term - taken / 60
    return check


def per_tutor(check: ConflictCheck) -> dict[int, ConflictCheck]:
    """A check loaded for several tutors, split into one check per tutor (in one pass over
    the bookings)."""
    mine: dict[int, list] = {tutor_id: [] for tutor_id in check.plans}
    for booking in check.others:
        for tutor_id in booking.tutor_ids:
            if tutor_id in mine:
                mine[tutor_id].append(booking)
    return {tutor_id: ConflictCheck(check.calendar, mine[tutor_id], {tutor_id: plan},
                                    check.travel_minutes,
                                    {k: v for k, v in check.hours_left.items()
                                     if k == tutor_id})
            for tutor_id, plan in check.plans.items()}


def committed_minutes(session, tutor_id: int, first: date, last: date,
                      exclude: str = "") -> int:
    """Minutes a tutor has done or booked from ``first`` to ``last``: visits (as logged)
    and lessons not cancelled, leaving out ``exclude`` ("visit:5")."""
    start = datetime.combine(first, time())
    end = datetime.combine(last + timedelta(days=1), time())
    v, le, lt = t.visits.c, t.lessons.c, t.lesson_tutors.c
    visits = select(func.coalesce(func.sum(func.coalesce(v.spent_minutes, v.minutes)), 0)).where(
        v.tutor_id == tutor_id, v.starts_at >= start, v.starts_at < end,
        v.status.in_([VisitStatus.BOOKED, VisitStatus.DONE]))
    lessons = select(func.coalesce(func.sum(le.minutes), 0)).select_from(
        t.lessons.join(t.lesson_tutors)).where(
        lt.tutor_id == tutor_id, le.starts_at >= start, le.starts_at < end,
        le.status != LessonStatus.CANCELLED)
    kind, _, number = exclude.partition(":")
    if kind == "visit":
        visits = visits.where(v.id != int(number))
    elif kind == "lesson":
        lessons = lessons.where(le.id != int(number))
    return (session.scalar(visits) or 0) + (session.scalar(lessons) or 0)


def committed_minutes_of(session, tutor_ids: set[int], first: date, last: date
                         ) -> dict[int, int]:
    """``committed_minutes`` for several tutors at once, in two grouped queries."""
    start = datetime.combine(first, time())
    end = datetime.combine(last + timedelta(days=1), time())
    v, le, lt = t.visits.c, t.lessons.c, t.lesson_tutors.c
    minutes = dict.fromkeys(tutor_ids, 0)
    if not tutor_ids:
        return minutes
    visits = (select(v.tutor_id, func.sum(func.coalesce(v.spent_minutes, v.minutes)))
              .where(v.tutor_id.in_(tutor_ids), v.starts_at >= start, v.starts_at < end,
                     v.status.in_([VisitStatus.BOOKED, VisitStatus.DONE]))
              .group_by(v.tutor_id))
    lessons = (select(lt.tutor_id, func.sum(le.minutes))
               .select_from(t.lessons.join(t.lesson_tutors))
               .where(lt.tutor_id.in_(tutor_ids), le.starts_at >= start, le.starts_at < end,
                      le.status != LessonStatus.CANCELLED)
               .group_by(lt.tutor_id))
    for query in (visits, lessons):
        for tutor_id, total in session.execute(query):
            minutes[tutor_id] += total or 0
    return minutes


def parse_times(starts, ends) -> tuple[time, time]:
    """A series' daily start and end ("14:30", or times), with field errors."""
    parsed: dict[str, time | None] = {}
    errors = {}
    for key, value in (("starts", starts), ("ends", ends)):
        try:
            parsed[key] = value if isinstance(value, time) else parse_time(str(value))
        except ValueError:
            parsed[key] = None
        if parsed[key] is None:
            errors[key] = tr("Write times as 8:00 or 14:30.")
    if not errors and parsed["ends"] <= parsed["starts"]:
        errors["ends"] = tr("It must end after it starts.")
    if errors:
        raise ValidationError(errors)
    return parsed["starts"], parsed["ends"]
