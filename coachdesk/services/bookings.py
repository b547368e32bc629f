"""The booking workflow lessons and visits share (:class:`BookingService`), and reading
what a conflict check needs: the tutors' other lessons and visits that day, the places
taken, the tutors' released-time plans, hours left in the term and the calendar."""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from hashlib import blake2b
from operator import attrgetter
from typing import Any

from sqlalchemy import and_, exists, func, or_, select

from coachdesk.domain.bookings import Repeat, Scope, scope_of
from coachdesk.domain.conflicts import (
    Booking,
    Conflict,
    ConflictCheck,
    ConflictsFound,
    TutorPlan,
    clean_reason,
    find_conflicts,
)
from coachdesk.domain.errors import ValidationError
from coachdesk.domain.kinds import RecordKind
from coachdesk.domain.lessons import LessonStatus, PlaceKind
from coachdesk.domain.recurrence import Skipped, school_dates
from coachdesk.domain.released_time import ReleasedPlan
from coachdesk.domain.text import tr
from coachdesk.domain.visits import VisitStatus
from coachdesk.services.fields import get_or_raise
from coachdesk.services.school_years import SchoolYearService
from coachdesk.services.settings import SettingsService
from coachdesk.storage import tables as t
from coachdesk.storage.database import Database


@dataclass
class SeriesPreview:
    """What a series would be: the dates kept, those skipped and why, and conflicts."""

    kept: list[date]
    skipped: list[Skipped]
    conflicts: dict[date, list[Conflict]] = field(default_factory=dict)


@dataclass(frozen=True)
class CalendarEvent:
    """A lesson or a visit as the shared calendar shows it."""

    kind: RecordKind  # LESSON or VISIT
    id: int
    title: str
    starts_at: datetime
    ends_at: datetime
    tutor_ids: tuple[int, ...]
    place: str
    status: LessonStatus | VisitStatus


# A lesson or a visit is booked for one day (the forms take a day and two times): one
# that overlaps a day started at most this long before it.
LONGEST_BOOKING = timedelta(days=1)


def starting_within(column: Any, first: date, last: date):
    """``column`` (when a booking starts) falls on a day from ``first`` to ``last``."""
    return and_(column >= datetime.combine(first, time()),
                column < datetime.combine(last + timedelta(days=1), time()))


class BookingService:
    """The booking workflow that ``desk.lessons`` and ``desk.visits`` specialise.

    What a booking would clash with (:meth:`conflicts_of`); going ahead despite conflicts
    only when confirmed with a reason, which is kept while there is something it excuses
    (:meth:`go_ahead`); the dates a series gets, skipped and clashing (:meth:`series_dates`);
    a change or a cancellation for one date or the following ones of its series
    (:meth:`targets`, :meth:`cancel`); and the calendar's events (:func:`starting_within`,
    :class:`CalendarEvent`).

    A specialisation names its records and their series (``record``, ``series_record``)
    and says how one of them takes time and place (a :class:`Booking`), what may be
    cancelled, and how a series treats a date with conflicts (``skip_conflicts``).
    """

    record: type  # mapped, with id, starts_at, status and series_id
    series_record: type  # mapped, made of (rule, first_day, last_day)
    cancelled: Any  # the record's cancelled status
    skip_conflicts = False  # a series leaves out its dates with conflicts, or keeps them
    counts_hours = False  # a booking counts against the tutors' hours left in the term

    def __init__(self, db: Database, calendar: SchoolYearService, settings: SettingsService):
        self.db = db
        self.calendar = calendar
        self.settings = settings

    # -- what a specialisation says -------------------------------------------------------
    def what(self) -> str:
        """The record in a sentence: "lesson"."""
        raise NotImplementedError

    def reason_wanted(self) -> str:
        """The message when conflicts are confirmed without a reason."""
        raise NotImplementedError

    def no_dates(self, first: date, last: date) -> str:
        """The message when a series would get no date at all."""
        raise NotImplementedError

    def cancellable(self, record: Any) -> bool:
        raise NotImplementedError

    def not_cancellable(self) -> str:
        """The message when none of the records asked for may be cancelled."""
        raise NotImplementedError

    # -- reading one record ---------------------------------------------------------------
    def get(self, record_id: int):
        with self.db.transaction() as s:
            return get_or_raise(s, self.record, record_id, self.what())

    def series_of(self, record_id: int):
        """The series the record is a date of, or None."""
        with self.db.transaction() as s:
            record = get_or_raise(s, self.record, record_id, self.what())
            return (s.get(self.series_record, record.series_id)
                    if record.series_id is not None else None)

    # -- cancelling -----------------------------------------------------------------------
    def cancel(self, record_id: int, scope: Scope = Scope.THIS) -> list[int]:
        """Cancel (never delete: what was logged or enrolled stays) this one, or this and
        the following ones of its series; returns the ids cancelled."""
        scope = scope_of(scope)
        with self.db.transaction() as s:
            record = get_or_raise(s, self.record, record_id, self.what())
            targets = [x for x in self.targets(s, record, scope) if self.cancellable(x)]
            if not targets:
                raise ValidationError({"status": self.not_cancellable()})
            for target in targets:
                target.status = self.cancelled
            return [x.id for x in targets]

    # -- inside a transaction -------------------------------------------------------------
    def targets(self, s, record: Any, scope: Scope) -> list:
        """The records a change for ``scope`` is for, in date order: this one, or this
        and the later ones of its series."""
        if scope_of(scope) is Scope.THIS or record.series_id is None:
            return [record]
        cls = self.record
        return list(s.scalars(select(cls).where(
            cls.series_id == record.series_id, cls.starts_at >= record.starts_at)
            .order_by(cls.starts_at)))

    def conflicts_of(self, s, booking: Booking) -> list[Conflict]:
        """What ``booking`` would clash with.

        The tutors' rows and the place are locked first (PostgreSQL; SQLite's writers take
        turns whole): two desks booking one tutor or one room at the same moment check one
        after the other, and the second sees the first's booking and hears the usual
        conflict."""
        lock_tutors(s, booking.tutor_ids)
        lock_place(s, booking.place)
        check = load_check(s, self.calendar, booking.starts_at, booking.ends_at,
                           set(booking.tutor_ids), booking.place,
                           self.settings.travel_buffer_minutes, booking.key,
                           with_hours=self.counts_hours)
        return find_conflicts(booking, check)

    def go_ahead(self, found: list[Conflict], confirmed: bool, reason: str) -> str:
        """Refuse ``found`` conflicts unless ``confirmed`` with a reason; returns the
        reason to keep ("" when nothing needs excusing)."""
        reason = clean_reason(reason)
        if not found:
            return ""
        if not confirmed:
            raise ConflictsFound(found)
        if not reason:
            raise ValidationError({"override_reason": self.reason_wanted()})
        return reason

    def series_dates(self, s, repeat: Repeat, booking_on: Callable[[date], Booking]
                ) -> SeriesPreview:
        """The dates ``repeat`` gives in the school calendar (``repeat`` checked), each
        with its conflicts: a date with conflicts is kept with them, or skipped with the
        first (``skip_conflicts``). Raises ValidationError when no date is left."""
        first, last = repeat.first_day, repeat.last_day
        try:
            kept, skipped = school_dates(repeat.rule, first, last,
                                         self.calendar.calendar(first, last))
        except (ValueError, TypeError):
            raise ValidationError({"rule": tr("The repeat rule cannot be read.")}) from None
        preview = SeriesPreview([], list(skipped))
        for day in kept:
            found = self.conflicts_of(s, booking_on(day))
            if found:
                preview.conflicts[day] = found
            if found and self.skip_conflicts:
                preview.skipped.append(Skipped(day, found[0].message))
            else:
                preview.kept.append(day)
        preview.skipped.sort(key=attrgetter("day"))
        if not preview.kept:
            raise ValidationError({"rule": self.no_dates(first, last)})
        return preview

    def new_series(self, s, repeat: Repeat, preview: SeriesPreview) -> int:
        """The series record of ``preview``'s dates; returns its id."""
        series = self.series_record(repeat.rule, preview.kept[0], preview.kept[-1])
        s.add(series)
        s.flush()
        return series.id


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


def lock_tutors(session, tutor_ids) -> None:
    """Hold the tutors' rows until the transaction ends (in id order, so that two desks
    never wait for each other the wrong way round)."""
    if tutor_ids:
        tu = t.tutors.c
        session.execute(select(tu.id).where(tu.id.in_(sorted(tutor_ids)))
                        .order_by(tu.id).with_for_update())


# The first key of a place's advisory lock: it tells them from CoachDesk's other locks.
PLACE_LOCKS = int.from_bytes(b"Plce", "big") - 2**31


def lock_place(session, place: str) -> None:
    """Hold the place of a booking (a room at a school, a venue: :func:`lesson_place`)
    until the transaction ends, after its tutors. A place is no row to lock: PostgreSQL
    holds an advisory lock on a hash of its key (two places that share one only wait for
    each other)."""
    if place and session.connection().dialect.name == "postgresql":
        key = int.from_bytes(blake2b(place.encode(), digest_size=4).digest(), "big",
                             signed=True)
        session.execute(select(func.pg_advisory_xact_lock(PLACE_LOCKS, key)))


def load_check(session, calendar: SchoolYearService, starts: datetime, ends: datetime,
               tutor_ids: set[int], place: str = "", travel_minutes: int = 0,
               exclude: str = "", with_hours: bool = False) -> ConflictCheck:
    """The tutors' bookings on the days of ``starts``–``ends``, the lessons holding
    ``place`` at that time, their plans, the calendar and, ``with_hours``, hours left
    in the term (leaving out the booking ``exclude``, which is being changed)."""
    day_start = datetime.combine(starts.date(), time())
    day_end = datetime.combine(ends.date() + timedelta(days=1), time())
    # Both ends of the window bound when a booking starts, so that the indexes read the
    # days asked about, not every earlier booking of the years behind them.
    since = day_start - LONGEST_BOOKING
    lt, le = t.lesson_tutors.c, t.lessons.c
    live = le.status != LessonStatus.CANCELLED
    # The day's lessons first (by their start), then whether the tutors teach them: not
    # every lesson the tutors ever taught.
    mine = exists().where(lt.lesson_id == le.id, lt.tutor_id.in_(tutor_ids))
    same_day = and_(le.starts_at >= since, le.starts_at < day_end, le.ends_at > day_start)
    overlapping = and_(le.starts_at >= starts - LONGEST_BOOKING, le.starts_at < ends,
                       le.ends_at > starts)
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
        .where(v.tutor_id.in_(tutor_ids), v.starts_at >= since, v.starts_at < day_end,
               v.ends_at > day_start,
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
