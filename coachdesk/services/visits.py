"""desk.visits: a tutor's booked time at a school, single or recurring, and its log.

Booking checks conflicts with the tutor's other visits and lessons, the released-time
plan, breaks and holidays, the travel buffer and hours left in the term; they are
warnings (``ConflictsFound``) that a reason overrides. An agreement that does not cover
the date, a time already past, or logging a visit before it happened are refused. The
workflow is the one lessons share (:class:`~coachdesk.services.bookings.BookingService`).
"""

from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select

from coachdesk.domain.conflicts import Booking, Conflict
from coachdesk.domain.errors import ValidationError
from coachdesk.domain.formats import format_date
from coachdesk.domain.kinds import RecordKind
from coachdesk.domain.parse import as_enum
from coachdesk.domain.requests import RequestStatus, VisitRequest
from coachdesk.domain.schools import School
from coachdesk.domain.text import tr
from coachdesk.domain.tutors import Tutor
from coachdesk.domain.visits import (
    Visit,
    VisitDraft,
    VisitLog,
    VisitPurpose,
    VisitSeries,
    VisitSeriesDraft,
    VisitStatus,
    check_booking_time,
    check_loggable,
)
from coachdesk.services.bookings import (
    BookingService,
    CalendarEvent,
    SeriesPreview,
    school_site,
    starting_within,
)
from coachdesk.services.fields import get_or_raise
from coachdesk.services.links import linked_names, replace_links, require_known
from coachdesk.services.situations import note_at_visit
from coachdesk.storage import tables as t
from coachdesk.storage.lists import ListColumn, ListSource
from coachdesk.storage.mapping import new_id


class VisitService(BookingService):
    record = Visit
    series_record = VisitSeries
    cancelled = VisitStatus.CANCELLED
    skip_conflicts = True  # a recurring visit is not booked on a date with conflicts
    counts_hours = True

    def what(self) -> str:
        return tr("visit")

    def reason_wanted(self) -> str:
        return tr("Say why the visit goes ahead despite the conflicts.")

    def no_dates(self, first: date, last: date) -> str:
        return tr("No date between {first} and {last} is free for this series.").format(
            first=format_date(first), last=format_date(last))

    def cancellable(self, visit: Visit) -> bool:
        return visit.status is VisitStatus.BOOKED

    def not_cancellable(self) -> str:
        return tr("Only a booked visit can be cancelled.")

    # -- booking --------------------------------------------------------------------------
    def book(self, draft: VisitDraft, request_id: int | None = None, confirmed: bool = False,
             override_reason: str = "", now: datetime | None = None) -> int:
        """Book one visit (for the request ``request_id``, if given); returns its id."""
        with self.db.transaction() as s:
            visit = Visit(school_id=0, tutor_id=0, starts_at=datetime.min,
                          ends_at=datetime.min, request_id=request_id)
            self._fill(s, visit, draft, now or datetime.now())
            visit.override_reason = self.go_ahead(
                self.conflicts_of(s, self._booking(s, visit)), confirmed, override_reason)
            self._mark_request(s, request_id, RequestStatus.SCHEDULED)  # before the insert
            visit_id = new_id(s, visit)
            self._write_topics(s, visit_id, draft.topic_ids)
            return visit_id

    def update(self, visit_id: int, draft: VisitDraft, confirmed: bool = False,
               override_reason: str = "", now: datetime | None = None) -> None:
        """Change a visit: what it is about (purpose, topics, notes) and, while it is
        booked, its time and tutor. It stays at its school."""
        with self.db.transaction() as s:
            visit = get_or_raise(s, Visit, visit_id, self.what())
            if draft.school_id != visit.school_id:
                raise ValidationError({"school_id": tr(
                    "A visit stays at its school: to go elsewhere, cancel it and book a new "
                    "one.")})
            moved = (draft.tutor_id, draft.starts_at, draft.ends_at) != (
                visit.tutor_id, visit.starts_at, visit.ends_at)
            if moved and visit.status is not VisitStatus.BOOKED:
                raise ValidationError({"status": tr("Only a booked visit can be moved.")})
            if moved:
                self._fill(s, visit, draft, now or datetime.now())
                visit.override_reason = self.go_ahead(
                    self.conflicts_of(s, self._booking(s, visit)), confirmed, override_reason)
            else:
                visit.purpose = self._purpose(draft)
                visit.notes = draft.notes
                visit.check()
            self._write_topics(s, visit_id, draft.topic_ids)

    def draft(self, visit_id: int) -> VisitDraft:
        """The visit as its form shows it (change it with ``dataclasses.replace``)."""
        with self.db.transaction() as s:
            visit = get_or_raise(s, Visit, visit_id, self.what())
            vt = t.visit_topics.c
            topics = s.scalars(select(vt.topic_id).where(vt.visit_id == visit_id)
                               .order_by(vt.topic_id))
            return VisitDraft(visit.school_id, visit.tutor_id, visit.starts_at, visit.ends_at,
                              visit.purpose, tuple(topics), visit.notes)

    def conflicts(self, draft: VisitDraft, visit_id: int | None = None) -> list[Conflict]:
        """What the visit of ``draft`` would clash with (``visit_id`` is the visit it
        changes), without saving anything."""
        with self.db.transaction() as s:
            visit = draft.put_on(Visit(school_id=0, tutor_id=0, starts_at=datetime.min,
                                       ends_at=datetime.min))
            visit.id = visit_id
            visit.check()
            return self.conflicts_of(s, self._booking(s, visit))

    # -- series ---------------------------------------------------------------------------
    def preview_series(self, draft: VisitSeriesDraft) -> SeriesPreview:
        """Dates the rule gives: kept, and skipped for breaks, holidays or conflicts."""
        with self.db.transaction() as s:
            return self._preview(s, draft)

    def book_series(self, draft: VisitSeriesDraft, request_id: int | None = None,
                    now: datetime | None = None) -> list[int]:
        """Book every date the preview keeps; dates with conflicts are left out."""
        now = now or datetime.now()
        with self.db.transaction() as s:
            preview = self._preview(s, draft)
            self._mark_request(s, request_id, RequestStatus.SCHEDULED)  # before the inserts
            series_id = self.new_series(s, draft.repeat, preview)
            ids = []
            for day in preview.kept:
                visit = Visit(school_id=0, tutor_id=0, starts_at=datetime.min,
                              ends_at=datetime.min, request_id=request_id,
                              series_id=series_id)
                self._fill(s, visit, draft.on(day), now)
                visit_id = new_id(s, visit)
                self._write_topics(s, visit_id, draft.visit.topic_ids)
                ids.append(visit_id)
            return ids

    # -- the log --------------------------------------------------------------------------
    def log(self, visit_id: int, log: VisitLog, now: datetime | None = None) -> None:
        """Record what happened: done or no-show, who was reached, topics, hours spent."""
        with self.db.transaction() as s:
            visit = get_or_raise(s, Visit, visit_id, self.what())
            status = as_enum("status", VisitStatus, log.status, tr("status"))
            if visit.status is VisitStatus.CANCELLED:
                raise ValidationError({"status": tr(
                    "This visit was cancelled. If it took place after all, book it again.")})
            log.check()
            named = sorted(set(log.teacher_ids)) if status is VisitStatus.DONE else []
            done = status is VisitStatus.DONE
            reached = log.teachers_reached
            if reached is None and named:
                reached = len(named)
            visit.status = status
            visit.teachers_reached = reached if done else None
            visit.spent_minutes = (round(log.hours_spent * 60)
                                   if log.hours_spent is not None and done else None)
            visit.follow_up = bool(log.follow_up)
            visit.notes = log.notes
            visit.check()
            check_loggable(visit, now or datetime.now())
            if log.topic_ids is not None:
                self._write_topics(s, visit_id, log.topic_ids)
            require_known(s, t.teachers, named, "teacher_ids",
                          tr("A chosen teacher no longer exists."))
            vt = t.visit_teachers.c
            replace_links(s, vt.visit_id, visit_id, vt.teacher_id, named)
            self._close_request(s, visit.request_id)
            note_at_visit(s, visit, log.new_needs, log.resolved_need_ids)

    # -- reading --------------------------------------------------------------------------
    def topics_of(self, visit_id: int) -> list[tuple[int, str]]:
        return linked_names(self.db, t.visit_topics.c.visit_id, visit_id, t.topics,
                            t.topics.c.name)

    def teachers_of(self, visit_id: int) -> list[tuple[int, str]]:
        return linked_names(self.db, t.visit_teachers.c.visit_id, visit_id, t.teachers,
                            t.teachers.c.sort_key)

    def events(self, first: date, last: date, tutor_id: int | None = None,
               school_id: int | None = None) -> list[CalendarEvent]:
        """Visits from ``first`` to ``last`` for the shared calendar."""
        v, sc = t.visits.c, t.schools.c
        query = (select(v.id, v.tutor_id, v.starts_at, v.ends_at, v.purpose, v.status, sc.name)
                 .join(t.schools, sc.id == v.school_id)
                 .where(starting_within(v.starts_at, first, last))
                 .order_by(v.starts_at))
        if tutor_id is not None:
            query = query.where(v.tutor_id == tutor_id)
        if school_id is not None:
            query = query.where(v.school_id == school_id)
        # The title's words once per read, not per visit: a month of a city has thousands.
        title, labels = tr("{purpose}: {school}"), {p: p.label for p in VisitPurpose}
        with self.db.reading() as conn:
            return [CalendarEvent(RecordKind.VISIT, r.id, title.format(
                purpose=labels[r.purpose], school=r.name), r.starts_at, r.ends_at,
                (r.tutor_id,), r.name, r.status) for r in conn.execute(query)]

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
                # The page gives each column's title and look.
                ListColumn("starts_at", v.starts_at),
                ListColumn("school", sc.name, sort=sc.name_key),
                ListColumn("tutor", tu.name, sort=tu.sort_key),
                ListColumn("purpose", v.purpose),
                ListColumn("status", v.status),
                ListColumn("hours", spent, numeric=True),  # minutes, as logged
                ListColumn("reached", v.teachers_reached, numeric=True),
                ListColumn("topics", topics),
                ListColumn("follow_up", v.follow_up),
                ListColumn("request", v.request_id.is_not(None)),
                ListColumn("series", v.series_id.is_not(None)),
                ListColumn("notes", v.notes),
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
    @staticmethod
    def _purpose(draft: VisitDraft) -> VisitPurpose:
        """The draft's purpose as an enum (a test may give "planning")."""
        return as_enum("purpose", VisitPurpose, draft.purpose, tr("purpose"))

    def _fill(self, s, visit: Visit, draft: VisitDraft, now: datetime) -> None:
        """Put the draft's school, tutor, time, purpose and notes on ``visit``, checked:
        every wrong field at once, then the school, tutor and agreement, and the time."""
        purpose = self._purpose(draft)
        draft.check()
        draft.put_on(visit).purpose = purpose
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
                name=tutor.name,
                first=format_date(tutor.agreement_start) if tutor.agreement_start else "",
                last=format_date(tutor.agreement_end) if tutor.agreement_end else "",
                day=format_date(day))})
        check_booking_time(visit, now)

    def _booking(self, s, visit: Visit) -> Booking:
        """The time ``visit`` takes, at its school."""
        school = s.get(School, visit.school_id)
        key = f"visit:{visit.id}" if visit.id else ""
        return Booking(visit.starts_at, visit.ends_at, frozenset({visit.tutor_id}), "",
                       tr("a visit to {school}").format(school=school.name if school else ""),
                       key, school_site(visit.school_id))

    def _preview(self, s, draft: VisitSeriesDraft) -> SeriesPreview:
        draft.check()

        def booking_on(day: date) -> Booking:
            visit = draft.on(day).put_on(Visit(school_id=0, tutor_id=0,
                                               starts_at=datetime.min, ends_at=datetime.min))
            return self._booking(s, visit)

        return self.series_dates(s, draft.repeat, booking_on)

    def _write_topics(self, s, visit_id: int, topic_ids: tuple[int, ...]) -> None:
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
