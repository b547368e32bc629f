"""desk.lessons: planned trainings and network meetings, single or as a series.

Saving checks conflicts (a tutor elsewhere, a room taken, a break, time outside the
released-time plan). They are warnings: ``ConflictsFound`` is raised with all of them,
and the coordinator goes ahead by calling again with ``confirmed=True`` and a reason,
which is kept on the lesson. The workflow is the one visits share
(:class:`~coachdesk.services.bookings.BookingService`).
"""

from dataclasses import replace
from datetime import date, datetime, time, timedelta

from sqlalchemy import Float, and_, cast, func, or_, select

from coachdesk.domain.bookings import Scope, errors_of, scope_of
from coachdesk.domain.conflicts import Booking, Conflict
from coachdesk.domain.errors import ValidationError
from coachdesk.domain.formats import format_date
from coachdesk.domain.kinds import RecordKind
from coachdesk.domain.lessons import (
    LESSON_FIELDS,
    EnrollmentStatus,
    Lesson,
    LessonDraft,
    LessonKind,
    LessonSeries,
    LessonSeriesDraft,
    LessonStatus,
    PlaceKind,
)
from coachdesk.domain.parse import with_enums
from coachdesk.domain.text import tr
from coachdesk.domain.topics import Level
from coachdesk.services.bookings import (
    BookingService,
    CalendarEvent,
    SeriesPreview,
    lesson_place,
    lesson_site,
    starting_within,
)
from coachdesk.services.enrollments import check_capacity, fill_free_seats
from coachdesk.services.fields import get_or_raise
from coachdesk.services.links import linked_names, replace_links, require_known
from coachdesk.storage import tables as t
from coachdesk.storage.lists import ListColumn, ListSource
from coachdesk.storage.mapping import new_id


def _choices() -> dict[str, tuple[type, str]]:
    """A lesson's fields that are choices: their enum, and their name in a message."""
    return {"level": (Level, tr("level")), "kind": (LessonKind, tr("kind of lesson")),
            "place_kind": (PlaceKind, tr("place")), "status": (LessonStatus, tr("status"))}


def attendance_to_mark(today: date):
    """Lessons whose attendance is still to be marked: over before ``today``, not
    cancelled, with teachers enrolled and none of them marked present, late, absent or
    excused (Today's rule and the Lessons page's check box)."""
    le, e = t.lessons.c, t.enrollments.c
    enrolled = (select(e.id).where(e.lesson_id == le.id, e.status == EnrollmentStatus.ENROLLED)
                .correlate(t.lessons).exists())
    marked = (select(e.id).where(e.lesson_id == le.id, e.attendance.is_not(None))
              .correlate(t.lessons).exists())
    return and_(le.status != LessonStatus.CANCELLED,
                le.ends_at < datetime.combine(today, time()), enrolled, ~marked)


class LessonService(BookingService):
    record = Lesson
    series_record = LessonSeries
    cancelled = LessonStatus.CANCELLED

    def what(self) -> str:
        return tr("lesson")

    def reason_wanted(self) -> str:
        return tr("Say why the lesson goes ahead despite the conflicts.")

    def no_dates(self, first: date, last: date) -> str:
        return tr("The rule gives no school days between {first} and {last}.").format(
            first=format_date(first), last=format_date(last))

    def cancellable(self, lesson: Lesson) -> bool:
        return lesson.status is not LessonStatus.HELD

    def not_cancellable(self) -> str:
        return tr("A lesson that was held cannot be cancelled.")

    # -- one lesson -----------------------------------------------------------------------
    def add(self, draft: LessonDraft, confirmed: bool = False,
            override_reason: str = "") -> int:
        """Plan one lesson; returns its id."""
        with self.db.transaction() as s:
            lesson = Lesson(title="", starts_at=datetime.min, ends_at=datetime.min)
            draft = self._fill(lesson, draft)
            self._check_known(s, draft)
            found = self._conflicts(s, [lesson], draft.tutor_ids)
            lesson.override_reason = self.go_ahead(found, confirmed, override_reason)
            lesson_id = new_id(s, lesson)
            self._write_links(s, lesson_id, draft)
            return lesson_id

    def update(self, lesson_id: int, draft: LessonDraft, scope: Scope = Scope.THIS,
               confirmed: bool = False, override_reason: str = "") -> list[int]:
        """Change this lesson, or this and the following ones of its series (their times
        move by as much as this one's, the rest becomes the draft's). Returns the ids
        changed."""
        with self.db.transaction() as s:
            lesson = get_or_raise(s, Lesson, lesson_id, self.what())
            targets = self.targets(s, lesson, scope_of(scope))
            old_start, old_end = lesson.starts_at, lesson.ends_at
            draft = self._fill(lesson, draft)
            shift_start, shift_end = lesson.starts_at - old_start, lesson.ends_at - old_end
            for other in targets:
                if other is not lesson:
                    self._fill(other, replace(draft, starts_at=other.starts_at + shift_start,
                                              ends_at=other.ends_at + shift_end))
            for target in targets:
                check_capacity(s, target, target.capacity)
                fill_free_seats(s, target)  # a larger room takes teachers off the waitlist
            self._check_known(s, draft)
            found = {target.id: self._conflicts(s, [target], draft.tutor_ids)
                     for target in targets}
            reason = self.go_ahead([c for each in found.values() for c in each], confirmed,
                                   override_reason)
            for target in targets:  # a reason stays only while there is something it excuses
                target.override_reason = reason if found[target.id] else ""
                self._write_links(s, target.id, draft)
            return [x.id for x in targets]

    def draft(self, lesson_id: int) -> LessonDraft:
        """The lesson as its form shows it (change it with ``dataclasses.replace``)."""
        with self.db.transaction() as s:
            lesson = get_or_raise(s, Lesson, lesson_id, self.what())
            ls = t.lesson_schools.c
            schools = s.scalars(select(ls.school_id).where(ls.lesson_id == lesson_id)
                                .order_by(ls.school_id))
            return LessonDraft(**{key: getattr(lesson, key) for key in LESSON_FIELDS},
                               tutor_ids=tuple(self._tutor_ids(s, lesson_id)),
                               school_ids=tuple(schools))

    def tutors_of(self, lesson_id: int) -> list[tuple[int, str]]:
        return linked_names(self.db, t.lesson_tutors.c.lesson_id, lesson_id, t.tutors,
                            t.tutors.c.sort_key)

    def schools_of(self, lesson_id: int) -> list[tuple[int, str]]:
        """The schools a lesson is open to, when it is not open to all."""
        return linked_names(self.db, t.lesson_schools.c.lesson_id, lesson_id, t.schools,
                            t.schools.c.name_key)

    def conflicts(self, draft: LessonDraft, lesson_id: int | None = None) -> list[Conflict]:
        """The conflicts the lesson of ``draft`` would have (``lesson_id`` is the lesson
        it changes), without saving anything; its tutors may be none yet."""
        with self.db.transaction() as s:
            lesson = Lesson(title="", starts_at=datetime.min, ends_at=datetime.min)
            lesson.id = lesson_id
            self._fill(lesson, draft, team=False)
            return self.conflicts_of(s, _booking(lesson, draft.tutor_ids))

    # -- series ---------------------------------------------------------------------------
    def preview_series(self, draft: LessonSeriesDraft) -> SeriesPreview:
        """The dates a series would get, the ones skipped (breaks, holidays) and the
        conflicts of each. Raises ValidationError when the rule gives no date at all."""
        with self.db.transaction() as s:
            return self._preview(s, draft)

    def add_series(self, draft: LessonSeriesDraft, confirmed: bool = False,
                   override_reason: str = "") -> list[int]:
        """One lesson for each date the rule keeps; returns their ids in date order."""
        with self.db.transaction() as s:
            team = errors_of(draft.lesson.check_team)
            try:
                preview = self._preview(s, draft)
            except ValidationError as exc:
                raise ValidationError({**team, **exc.errors}) from None
            if team:
                raise ValidationError(team)
            self._check_known(s, draft.lesson)
            found = [c for day in preview.kept for c in preview.conflicts.get(day, [])]
            reason = self.go_ahead(found, confirmed, override_reason)
            series_id = self.new_series(s, draft.repeat, preview)
            ids = []
            for day in preview.kept:
                lesson = Lesson(title="", starts_at=datetime.min, ends_at=datetime.min)
                self._fill(lesson, draft.on(day))
                lesson.series_id = series_id
                if preview.conflicts.get(day):
                    lesson.override_reason = reason
                lesson_id = new_id(s, lesson)
                self._write_links(s, lesson_id, draft.lesson)
                ids.append(lesson_id)
            return ids

    # -- what the calendar and lists read -------------------------------------------------
    def events(self, first: date, last: date, tutor_id: int | None = None,
               school_id: int | None = None) -> list[CalendarEvent]:
        """Lessons from ``first`` to ``last``, for one tutor or at / open to one school."""
        le, lt = t.lessons.c, t.lesson_tutors.c
        query = select(le.id, le.title, le.starts_at, le.ends_at, le.place_kind, le.room,
                       le.venue, le.status, t.schools.c.name).outerjoin(
            t.schools, t.schools.c.id == le.school_id).where(
            starting_within(le.starts_at, first, last))
        if tutor_id is not None:
            query = query.where(le.id.in_(select(lt.lesson_id).where(lt.tutor_id == tutor_id)))
        if school_id is not None:
            query = query.where(or_(le.school_id == school_id, le.id.in_(
                select(t.lesson_schools.c.lesson_id)
                .where(t.lesson_schools.c.school_id == school_id))))
        with self.db.reading() as conn:
            rows = conn.execute(query.order_by(le.starts_at)).all()
            teams: dict[int, list[int]] = {}
            if rows:
                for lesson_id, member in conn.execute(
                    select(lt.lesson_id, lt.tutor_id)
                    .where(lt.lesson_id.in_([r.id for r in rows])).order_by(lt.tutor_id)
                ):
                    teams.setdefault(lesson_id, []).append(member)
        return [CalendarEvent(RecordKind.LESSON, r.id, r.title, r.starts_at, r.ends_at,
                              tuple(teams.get(r.id, ())), _place_text(r), r.status)
                for r in rows]

    def list_source(self) -> ListSource:
        """Lessons; filters: status, topic_id, tutor_id, school_id, kind, from (a date),
        until (a date), series_id, to_mark_before (a date: attendance_to_mark)."""
        le, sc, tp = t.lessons.c, t.schools.c, t.topics.c
        e = t.enrollments.c
        tutors = (select(func.aggregate_strings(t.tutors.c.name, ", "))
                  .select_from(t.lesson_tutors.join(t.tutors))
                  .where(t.lesson_tutors.c.lesson_id == le.id)
                  .correlate(t.lessons).scalar_subquery())

        def counted(status: EnrollmentStatus):
            return (select(func.count()).where(e.lesson_id == le.id, e.status == status)
                    .correlate(t.lessons).scalar_subquery())

        enrolled, waiting = counted(EnrollmentStatus.ENROLLED), counted(
            EnrollmentStatus.WAITLISTED)
        # As a float on every engine (PostgreSQL's avg of integers is a Decimal).
        feedback = (select(func.avg(cast(e.feedback_score, Float))).where(e.lesson_id == le.id)
                    .correlate(t.lessons).scalar_subquery())
        place = func.coalesce(sc.name, func.nullif(le.venue, ""), le.place_kind)
        return ListSource(
            db=self.db,
            id_column=le.id,
            from_clause=t.lessons.outerjoin(t.schools, sc.id == le.school_id)
            .outerjoin(t.topics, tp.id == le.topic_id),
            columns=[
                # The page gives each column's title and look.
                ListColumn("starts_at", le.starts_at),
                ListColumn("title", le.title),
                ListColumn("topic", tp.name),
                ListColumn("level", le.level),
                # the school's name, the venue, or "online" (a PlaceKind's value)
                ListColumn("place", place),
                ListColumn("tutors", tutors),
                ListColumn("enrolled", enrolled, numeric=True),
                ListColumn("capacity", le.capacity, numeric=True),
                ListColumn("waiting", waiting, numeric=True),
                ListColumn("status", le.status),
                ListColumn("feedback", feedback, numeric=True),
                ListColumn("series", le.series_id.is_not(None)),
                ListColumn("kind", le.kind),
            ],
            # lower() folds ASCII only on SQLite: "Äidinkieli" is found by "äidinkieli"
            # only as typed. Titles are mostly English tool names, so this is enough here.
            search=[func.lower(le.title), func.lower(func.coalesce(tp.name, "")),
                    func.lower(func.coalesce(sc.name, ""))],
            filters={
                "status": lambda v: None if v is None else le.status == LessonStatus(v),
                "topic_id": lambda v: None if v is None else le.topic_id == v,
                "kind": lambda v: None if v is None else le.kind == LessonKind(v),
                "tutor_id": lambda v: None if v is None else le.id.in_(
                    select(t.lesson_tutors.c.lesson_id)
                    .where(t.lesson_tutors.c.tutor_id == v)),
                "school_id": lambda v: None if v is None else or_(
                    le.school_id == v, le.id.in_(select(t.lesson_schools.c.lesson_id)
                                                 .where(t.lesson_schools.c.school_id == v))),
                "from": lambda v: None if v is None else le.starts_at >= datetime.combine(
                    v, time()),
                "until": lambda v: None if v is None else le.starts_at < datetime.combine(
                    v + timedelta(days=1), time()),
                "series_id": lambda v: None if v is None else le.series_id == v,
                "to_mark_before": lambda v: None if v is None else attendance_to_mark(v),
            },
            default_sort="starts_at",
        )

    # -- inside a transaction -------------------------------------------------------------
    def _fill(self, lesson: Lesson, draft: LessonDraft, team: bool = True) -> LessonDraft:
        """Put the draft's values on ``lesson``, naming every wrong field at once (the
        tutors too, with ``team``); returns the draft with its choices as enums."""
        draft = self._typed(draft)
        errors = errors_of(lambda: draft.put_on(lesson).check(),
                           draft.check_team if team else lambda: None)
        if errors:
            raise ValidationError(errors)
        return draft

    @staticmethod
    def _typed(draft: LessonDraft) -> LessonDraft:
        """The draft with its choices as enums (a test may give "online")."""
        return with_enums(draft, _choices())

    def _check_known(self, s, draft: LessonDraft) -> None:
        """Tutors and schools another window may have deleted meanwhile."""
        require_known(s, t.tutors, draft.tutor_ids, "tutor_ids",
                      tr("A chosen tutor no longer exists."))
        require_known(s, t.schools, draft.school_ids, "school_ids",
                      tr("A chosen school no longer exists."))

    def _conflicts(self, s, lessons: list[Lesson], tutor_ids) -> list[Conflict]:
        """The conflicts of ``lessons`` taught by ``tutor_ids``; a cancelled lesson has
        none."""
        return [c for lesson in lessons if lesson.status is not LessonStatus.CANCELLED
                for c in self.conflicts_of(s, _booking(lesson, tutor_ids))]

    def _tutor_ids(self, s, lesson_id: int) -> list[int]:
        return list(s.scalars(select(t.lesson_tutors.c.tutor_id)
                              .where(t.lesson_tutors.c.lesson_id == lesson_id)
                              .order_by(t.lesson_tutors.c.tutor_id)))

    def _write_links(self, s, lesson_id: int, draft: LessonDraft) -> None:
        lt, ls = t.lesson_tutors.c, t.lesson_schools.c
        replace_links(s, lt.lesson_id, lesson_id, lt.tutor_id, draft.tutor_ids)
        replace_links(s, ls.lesson_id, lesson_id, ls.school_id, draft.school_ids)

    def _preview(self, s, draft: LessonSeriesDraft) -> SeriesPreview:
        draft = replace(draft, lesson=self._typed(draft.lesson))
        draft.check_dates()
        tutor_ids = draft.lesson.tutor_ids

        def booking_on(day: date) -> Booking:
            lesson = Lesson(title="", starts_at=datetime.min, ends_at=datetime.min)
            return _booking(draft.on(day).put_on(lesson), tutor_ids)

        return self.series_dates(s, draft.repeat, booking_on)


def _booking(lesson: Lesson, tutor_ids) -> Booking:
    """The time and place ``lesson`` takes, taught by ``tutor_ids``."""
    key = f"lesson:{lesson.id}" if lesson.id else ""
    return Booking(lesson.starts_at, lesson.ends_at, frozenset(tutor_ids),
                   lesson_place(lesson.place_kind, lesson.school_id, lesson.room, lesson.venue),
                   tr("the lesson “{title}”").format(title=lesson.title), key,
                   lesson_site(lesson.place_kind, lesson.school_id, lesson.venue))


def _place_text(row) -> str:
    if row.place_kind is PlaceKind.SCHOOL:
        return f"{row.name}, {row.room}" if row.room else (row.name or "")
    if row.place_kind is PlaceKind.VENUE:
        return row.venue
    return PlaceKind.ONLINE.label
