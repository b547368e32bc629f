"""desk.visits: a tutor's booked time at a school, single or recurring, and its log.

Booking checks conflicts with the tutor's other visits and lessons, the released-time
plan, breaks and holidays, the travel buffer and hours left in the term; they are
warnings (``ConflictsFound``) that a reason overrides. An agreement that does not cover
the date, a time already past, or logging a visit before it happened are refused.
"""

from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select

from coachdesk.domain.conflicts import (
    Booking,
    Conflict,
    ConflictsFound,
    clean_reason,
    find_conflicts,
)
from coachdesk.domain.errors import ValidationError
from coachdesk.domain.recurrence import Skipped, school_dates
from coachdesk.domain.requests import RequestStatus, VisitRequest
from coachdesk.domain.schools import School
from coachdesk.domain.text import tr
from coachdesk.domain.tutors import Tutor
from coachdesk.domain.visits import (
    Visit,
    VisitPurpose,
    VisitSeries,
    VisitStatus,
    check_booking_time,
    check_loggable,
)
from coachdesk.services.bookings import SeriesPreview, load_check, parse_times, school_site
from coachdesk.services.fields import as_count, as_date, as_enum, as_number, get_or_raise
from coachdesk.services.lessons import CalendarEvent
from coachdesk.services.links import linked_names, replace_links, require_known
from coachdesk.services.school_years import SchoolYearService
from coachdesk.services.settings import SettingsService
from coachdesk.storage import tables as t
from coachdesk.storage.database import Database
from coachdesk.storage.lists import ListColumn, ListSource

THIS, FOLLOWING = "this", "following"


def duration_text(minutes: int) -> str:
    """45 → "45 min", 90 → "1 h 30 min", 120 → "2 h"."""
    hours, rest = divmod(int(minutes), 60)
    if not hours:
        return tr("{m} min").format(m=rest)
    return (tr("{h} h {m} min").format(h=hours, m=rest) if rest
            else tr("{h} h").format(h=hours))


def _day(value: date) -> str:
    return f"{value.day}.{value.month}.{value.year}"


class VisitService:
    def __init__(self, db: Database, calendar: SchoolYearService, settings: SettingsService):
        self.db = db
        self.calendar = calendar
        self.settings = settings

    # -- booking --------------------------------------------------------------------------
    def book(self, school_id: int, tutor_id: int, starts_at: datetime, ends_at: datetime,
             purpose: VisitPurpose | str = VisitPurpose.CO_TEACHING,
             topic_ids: list[int] | None = None, request_id: int | None = None,
             notes: str = "", confirmed: bool = False, override_reason: str = "",
             now: datetime | None = None) -> int:
        """Book one visit; returns its id."""
        with self.db.transaction() as s:
            visit = Visit(school_id=school_id, tutor_id=tutor_id, starts_at=starts_at,
                          ends_at=ends_at, notes=notes, request_id=request_id)
            self._fill(s, visit, {"purpose": purpose}, now or datetime.now())
            self._check_conflicts(s, visit, confirmed, override_reason)
            self._mark_request(s, request_id, RequestStatus.SCHEDULED)  # before the insert
            s.add(visit)
            s.flush()
            self._write_topics(s, visit.id, topic_ids or [])
            return visit.id

    def move(self, visit_id: int, starts_at: datetime, ends_at: datetime,
             tutor_id: int | None = None, confirmed: bool = False, override_reason: str = "",
             now: datetime | None = None) -> None:
        """Move a booked visit (one date of a series too) to another time or tutor."""
        with self.db.transaction() as s:
            visit = get_or_raise(s, Visit, visit_id, tr("visit"))
            if visit.status is not VisitStatus.BOOKED:
                raise ValidationError({"status": tr("Only a booked visit can be moved.")})
            visit.starts_at, visit.ends_at = starts_at, ends_at
            if tutor_id is not None:
                visit.tutor_id = tutor_id
            self._fill(s, visit, {}, now or datetime.now())
            self._check_conflicts(s, visit, confirmed, override_reason)

    def update(self, visit_id: int, topic_ids: list[int] | None = None, **fields: Any) -> None:
        """Change what a visit is about: purpose, notes, topics."""
        with self.db.transaction() as s:
            visit = get_or_raise(s, Visit, visit_id, tr("visit"))
            unknown = set(fields) - {"purpose", "notes"}
            if unknown:
                raise TypeError(f"unknown fields for a visit: {sorted(unknown)}")
            if "purpose" in fields:
                visit.purpose = as_enum("purpose", VisitPurpose, fields["purpose"],
                                        tr("purpose"))
            if "notes" in fields:
                visit.notes = fields["notes"]
            visit.check()
            if topic_ids is not None:
                self._write_topics(s, visit_id, topic_ids)

    def cancel(self, visit_id: int, scope: str = THIS) -> list[int]:
        """Cancel this visit, or this and the following dates of its series."""
        with self.db.transaction() as s:
            visit = get_or_raise(s, Visit, visit_id, tr("visit"))
            targets = [visit]
            if scope == FOLLOWING and visit.series_id is not None:
                targets = list(s.scalars(select(Visit).where(
                    Visit.series_id == visit.series_id, Visit.starts_at >= visit.starts_at)))
            targets = [v for v in targets if v.status is VisitStatus.BOOKED]
            if not targets:
                raise ValidationError({"status": tr("Only a booked visit can be cancelled.")})
            for target in targets:
                target.status = VisitStatus.CANCELLED
            return [v.id for v in targets]

    def conflicts(self, school_id: int, tutor_id: int, starts_at: datetime, ends_at: datetime,
                  visit_id: int | None = None) -> list[Conflict]:
        """What a visit at this time would clash with, without saving anything."""
        with self.db.transaction() as s:
            visit = Visit(school_id=school_id, tutor_id=tutor_id, starts_at=starts_at,
                          ends_at=ends_at)
            visit.id = visit_id
            visit.check()
            return self._find(s, visit)

    # -- series ---------------------------------------------------------------------------
    def preview_series(self, school_id: int, tutor_id: int, rule: str, first_day: Any,
                       last_day: Any, starts: Any, ends: Any) -> SeriesPreview:
        """Dates the rule gives: kept, and skipped for breaks, holidays or conflicts."""
        with self.db.transaction() as s:
            return self._preview(s, school_id, tutor_id, rule, first_day, last_day, starts,
                                 ends)

    def book_series(self, school_id: int, tutor_id: int, rule: str, first_day: Any,
                    last_day: Any, starts: Any, ends: Any,
                    purpose: VisitPurpose | str = VisitPurpose.CO_TEACHING,
                    topic_ids: list[int] | None = None, request_id: int | None = None,
                    now: datetime | None = None) -> list[int]:
        """Book every date the preview keeps; dates with conflicts are left out."""
        now = now or datetime.now()
        with self.db.transaction() as s:
            preview = self._preview(s, school_id, tutor_id, rule, first_day, last_day, starts,
                                    ends)
            start_time, end_time = parse_times(starts, ends)
            self._mark_request(s, request_id, RequestStatus.SCHEDULED)  # before the inserts
            series = VisitSeries(rule, preview.kept[0], preview.kept[-1])
            s.add(series)
            s.flush()
            ids = []
            for day in preview.kept:
                visit = Visit(school_id=school_id, tutor_id=tutor_id,
                              starts_at=datetime.combine(day, start_time),
                              ends_at=datetime.combine(day, end_time),
                              request_id=request_id, series_id=series.id)
                self._fill(s, visit, {"purpose": purpose}, now)
                s.add(visit)
                s.flush()
                self._write_topics(s, visit.id, topic_ids or [])
                ids.append(visit.id)
            return ids

    # -- the log --------------------------------------------------------------------------
    def log(self, visit_id: int, status: VisitStatus | str, teachers_reached: Any = None,
            teacher_ids: list[int] | None = None, topic_ids: list[int] | None = None,
            hours_spent: Any = None, follow_up: bool = False, notes: str = "",
            now: datetime | None = None) -> None:
        """Record what happened: done or no-show, who was reached, topics, hours spent."""
        with self.db.transaction() as s:
            visit = get_or_raise(s, Visit, visit_id, tr("visit"))
            status = as_enum("status", VisitStatus, status, tr("status"))
            if visit.status is VisitStatus.CANCELLED:
                raise ValidationError({"status": tr(
                    "This visit was cancelled. If it took place after all, book it again.")})
            if status not in (VisitStatus.DONE, VisitStatus.NO_SHOW):
                raise ValidationError({"status": tr("Log a visit as done or no-show.")})
            errors: dict[str, str] = {}
            try:
                reached = as_count("teachers_reached", teachers_reached, tr("Teachers reached"))
            except ValidationError as exc:
                errors.update(exc.errors)
                reached = None
            try:
                hours = as_number("hours_spent", hours_spent, tr("Hours spent"))
            except ValidationError as exc:
                errors.update(exc.errors)
                hours = None
            if hours is not None and not 0 < hours <= 24:
                errors["hours_spent"] = tr("Hours spent must be more than 0 and at most 24.")
            if errors:
                raise ValidationError(errors)
            named = sorted(set(teacher_ids or []))
            if reached is None and named:
                reached = len(named)
            visit.status = status
            visit.teachers_reached = reached if status is VisitStatus.DONE else None
            visit.spent_minutes = (round(hours * 60) if hours is not None
                                   and status is VisitStatus.DONE else None)
            visit.follow_up = bool(follow_up)
            visit.notes = notes
            visit.check()
            check_loggable(visit, now or datetime.now())
            if topic_ids is not None:
                self._write_topics(s, visit_id, topic_ids)
            if status is not VisitStatus.DONE:
                named = []
            require_known(s, t.teachers, named, "teacher_ids",
                          tr("A chosen teacher no longer exists."))
            vt = t.visit_teachers.c
            replace_links(s, vt.visit_id, visit_id, vt.teacher_id, named)
            self._close_request(s, visit.request_id)

    # -- reading --------------------------------------------------------------------------
    def get(self, visit_id: int) -> Visit:
        with self.db.transaction() as s:
            return get_or_raise(s, Visit, visit_id, tr("visit"))

    def topics_of(self, visit_id: int) -> list[tuple[int, str]]:
        return linked_names(self.db, t.visit_topics.c.visit_id, visit_id, t.topics,
                            t.topics.c.name)

    def teachers_of(self, visit_id: int) -> list[tuple[int, str]]:
        return linked_names(self.db, t.visit_teachers.c.visit_id, visit_id, t.teachers,
                            t.teachers.c.search_key)

    def series_of(self, visit_id: int) -> VisitSeries | None:
        with self.db.transaction() as s:
            visit = get_or_raise(s, Visit, visit_id, tr("visit"))
            return s.get(VisitSeries, visit.series_id) if visit.series_id else None

    def events(self, first: date, last: date, tutor_id: int | None = None,
               school_id: int | None = None) -> list[CalendarEvent]:
        """Visits from ``first`` to ``last`` for the shared calendar."""
        v, sc = t.visits.c, t.schools.c
        query = (select(v.id, v.tutor_id, v.starts_at, v.ends_at, v.purpose, v.status, sc.name)
                 .join(t.schools, sc.id == v.school_id)
                 .where(v.starts_at >= datetime.combine(first, time()),
                        v.starts_at < datetime.combine(last + timedelta(days=1), time()))
                 .order_by(v.starts_at))
        if tutor_id is not None:
            query = query.where(v.tutor_id == tutor_id)
        if school_id is not None:
            query = query.where(v.school_id == school_id)
        with self.db.reading() as conn:
            return [CalendarEvent("visit", r.id, f"{r.purpose.label}: {r.name}", r.starts_at,
                                  r.ends_at, (r.tutor_id,), r.name, r.status.value)
                    for r in conn.execute(query)]

    def list_source(self) -> ListSource:
        """Visits; filters school_id, tutor_id, status, from, until, request_id, series_id,
        follow_up."""
        v, sc, tu = t.visits.c, t.schools.c, t.tutors.c
        topics = (select(func.aggregate_strings(t.topics.c.name, ", "))
                  .select_from(t.visit_topics.join(t.topics))
                  .where(t.visit_topics.c.visit_id == v.id)
                  .correlate(t.visits).scalar_subquery())
        spent = func.coalesce(v.spent_minutes, v.minutes)
        return ListSource(
            db=self.db,
            id_column=v.id,
            from_clause=t.visits.join(t.schools, sc.id == v.school_id)
            .join(t.tutors, tu.id == v.tutor_id),
            columns=[
                ListColumn("starts_at", tr("When"), v.starts_at),
                ListColumn("school", tr("School"), sc.name, sort=sc.name_key),
                ListColumn("tutor", tr("Tutor"), tu.name, sort=tu.search_key),
                ListColumn("purpose", tr("Purpose"), v.purpose, lambda x: x.label),
                ListColumn("status", tr("Status"), v.status, lambda x: x.label),
                ListColumn("hours", tr("Time"), spent, duration_text, numeric=True),
                ListColumn("reached", tr("Teachers reached"), v.teachers_reached, numeric=True),
                ListColumn("topics", tr("Topics"), topics),
                ListColumn("follow_up", tr("Follow-up"), v.follow_up),
                ListColumn("request", tr("Request"), v.request_id.is_not(None),
                           lambda x: tr("Request") if x else ""),
                ListColumn("series", tr("Series"), v.series_id.is_not(None),
                           lambda x: tr("Series") if x else ""),
                ListColumn("notes", tr("Notes"), v.notes),
            ],
            search=[sc.name_key, tu.search_key],
            filters={
                "school_id": lambda x: None if x is None else v.school_id == x,
                "tutor_id": lambda x: None if x is None else v.tutor_id == x,
                "status": lambda x: None if x is None else v.status == VisitStatus(x),
                "from": lambda x: None if x is None else v.starts_at >= datetime.combine(
                    x, time()),
                "until": lambda x: None if x is None else v.starts_at < datetime.combine(
                    x + timedelta(days=1), time()),
                "request_id": lambda x: None if x is None else v.request_id == x,
                "series_id": lambda x: None if x is None else v.series_id == x,
                "follow_up": lambda x: None if not x else v.follow_up,
            },
            default_sort="starts_at",
        )

    # -- inside a transaction -------------------------------------------------------------
    def _fill(self, s, visit: Visit, fields: dict[str, Any], now: datetime) -> None:
        if "purpose" in fields:
            visit.purpose = as_enum("purpose", VisitPurpose, fields["purpose"], tr("purpose"))
        for key in ("starts_at", "ends_at"):
            if not isinstance(getattr(visit, key), datetime):
                raise ValidationError({key: tr("Give the date and time.")})
        visit.check()
        school = s.get(School, visit.school_id)
        if school is None or school.archived:
            raise ValidationError({"school_id": tr("Choose an active school.")})
        tutor = s.get(Tutor, visit.tutor_id)
        if tutor is None:
            raise ValidationError({"tutor_id": tr("Choose the tutor.")})
        day = visit.starts_at.date()
        if (tutor.agreement_start and day < tutor.agreement_start) or (
                tutor.agreement_end and day > tutor.agreement_end):
            raise ValidationError({"tutor_id": tr(
                "{name}'s agreement runs {first}–{last}; it does not cover {day}.").format(
                name=tutor.name, first=_day(tutor.agreement_start) if tutor.agreement_start
                else "", last=_day(tutor.agreement_end) if tutor.agreement_end else "",
                day=_day(day))})
        check_booking_time(visit, now)

    def _find(self, s, visit: Visit) -> list[Conflict]:
        school = s.get(School, visit.school_id)
        key = f"visit:{visit.id}" if visit.id else ""
        booking = Booking(visit.starts_at, visit.ends_at, frozenset({visit.tutor_id}), "",
                          tr("a visit to {school}").format(school=school.name if school
                                                           else ""),
                          key, school_site(visit.school_id))
        check = load_check(s, self.calendar, visit.starts_at, visit.ends_at,
                           {visit.tutor_id}, "", self.settings.travel_buffer_minutes, key,
                           with_hours=True)
        return find_conflicts(booking, check)

    def _check_conflicts(self, s, visit: Visit, confirmed: bool, reason: str) -> None:
        reason = clean_reason(reason)
        found = self._find(s, visit)
        if found and not confirmed:
            raise ConflictsFound(found)
        if found and not reason:
            raise ValidationError({"override_reason": tr(
                "Say why the visit goes ahead despite the conflicts.")})
        visit.override_reason = reason if found else ""

    def _preview(self, s, school_id: int, tutor_id: int, rule: str, first_day: Any,
                 last_day: Any, starts: Any, ends: Any) -> SeriesPreview:
        first = as_date("first_day", first_day, tr("First day"))
        last = as_date("last_day", last_day, tr("Last day"))
        if first is None or last is None:
            raise ValidationError({"first_day" if first is None else "last_day":
                                   tr("Give the first and the last day of the series.")})
        if last < first:
            raise ValidationError({"last_day": tr("The series cannot end before it starts.")})
        start_time, end_time = parse_times(starts, ends)
        try:
            kept, skipped = school_dates(rule, first, last, self.calendar.calendar(first, last))
        except (ValueError, TypeError):
            raise ValidationError({"rule": tr("The repeat rule cannot be read.")}) from None
        preview = SeriesPreview([], skipped)
        for day in kept:
            visit = Visit(school_id=school_id, tutor_id=tutor_id,
                          starts_at=datetime.combine(day, start_time),
                          ends_at=datetime.combine(day, end_time))
            visit.check()
            found = self._find(s, visit)
            if found:
                preview.conflicts[day] = found
                preview.skipped.append(Skipped(day, found[0].message))
            else:
                preview.kept.append(day)
        preview.skipped.sort(key=lambda x: x.day)
        if not preview.kept:
            raise ValidationError({"rule": tr(
                "No date between {first} and {last} is free for this series.").format(
                first=_day(first), last=_day(last))})
        return preview

    def _write_topics(self, s, visit_id: int, topic_ids: list[int]) -> None:
        require_known(s, t.topics, topic_ids, "topic_ids", tr("A chosen topic no longer exists."))
        vt = t.visit_topics.c
        replace_links(s, vt.visit_id, visit_id, vt.topic_id, topic_ids)

    def _mark_request(self, s, request_id: int | None, status: RequestStatus) -> None:
        if request_id is None:
            return
        request = get_or_raise(s, VisitRequest, request_id, tr("request"))
        if request.status is RequestStatus.NEW:
            request.status = status

    def _close_request(self, s, request_id: int | None) -> None:
        """A request is done once none of its visits is still booked and one was done."""
        if request_id is None:
            return
        v = t.visits.c
        states = set(s.scalars(select(v.status).where(v.request_id == request_id)))
        request = s.get(VisitRequest, request_id)
        if request is not None and VisitStatus.DONE in states and (
                VisitStatus.BOOKED not in states):
            request.status = RequestStatus.DONE

