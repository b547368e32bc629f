"""desk.lessons: planned trainings and network meetings, single or as a series.

Saving checks conflicts (a tutor elsewhere, a room taken, a break, time outside the
released-time plan). They are warnings: ``ConflictsFound`` is raised with all of them,
and the coordinator goes ahead by calling again with ``confirmed=True`` and a reason,
which is kept on the lesson.
"""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Float, and_, cast, func, or_, select

from coachdesk.domain.conflicts import (
    Booking,
    Conflict,
    ConflictsFound,
    clean_reason,
    find_conflicts,
)
from coachdesk.domain.errors import ValidationError
from coachdesk.domain.lessons import (
    EnrollmentStatus,
    Lesson,
    LessonKind,
    LessonSeries,
    LessonStatus,
    PlaceKind,
)
from coachdesk.domain.parse import as_count, as_date, convert, of_enum
from coachdesk.domain.recurrence import school_dates
from coachdesk.domain.text import tr
from coachdesk.domain.topics import Level
from coachdesk.services.bookings import (
    SeriesPreview,
    lesson_place,
    lesson_site,
    load_check,
    parse_times,
)
from coachdesk.services.enrollments import check_capacity, fill_free_seats
from coachdesk.services.fields import apply, get_or_raise
from coachdesk.services.links import linked_names, replace_links, require_known
from coachdesk.services.school_years import SchoolYearService
from coachdesk.services.settings import SettingsService
from coachdesk.storage import tables as t
from coachdesk.storage.database import Database
from coachdesk.storage.lists import ListColumn, ListSource

EDITABLE = {
    "title", "topic_id", "level", "kind", "place_kind", "school_id", "room", "venue",
    "online_url", "starts_at", "ends_at", "capacity", "open_to_all", "status", "notes",
    "feedback_summary",
}
ENUMS = {"level": (Level, "level"), "kind": (LessonKind, "kind of lesson"),
         "place_kind": (PlaceKind, "place"), "status": (LessonStatus, "status")}
THIS, FOLLOWING = "this", "following"


@dataclass(frozen=True)
class CalendarEvent:
    kind: str  # "lesson" (visits join in later)
    id: int
    title: str
    starts_at: datetime
    ends_at: datetime
    tutor_ids: tuple[int, ...]
    place: str
    status: str


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


class LessonService:
    def __init__(self, db: Database, calendar: SchoolYearService, settings: SettingsService):
        self.db = db
        self.calendar = calendar
        self.settings = settings

    # -- one lesson -----------------------------------------------------------------------
    def add(self, tutor_ids: list[int], school_ids: list[int] | None = None,
            confirmed: bool = False, override_reason: str = "", **fields: Any) -> int:
        """Plan one lesson; returns its id."""
        with self.db.transaction() as s:
            lesson = Lesson(title="", starts_at=datetime.min, ends_at=datetime.min)
            self._fill(lesson, fields)
            self._check_people(s, tutor_ids)
            self._check_conflicts(s, [lesson], set(tutor_ids), confirmed, override_reason)
            s.add(lesson)
            s.flush()
            self._write_links(s, lesson.id, tutor_ids, school_ids)
            return lesson.id

    def update(self, lesson_id: int, scope: str = THIS, tutor_ids: list[int] | None = None,
               school_ids: list[int] | None = None, confirmed: bool = False,
               override_reason: str = "", **fields: Any) -> list[int]:
        """Change this lesson, or this and the following ones of its series (their times
        move by as much as this one's). Returns the ids changed."""
        with self.db.transaction() as s:
            lesson = get_or_raise(s, Lesson, lesson_id, tr("lesson"))
            targets = self._scope(s, lesson, scope)
            old_start, old_end = lesson.starts_at, lesson.ends_at
            self._fill(lesson, dict(fields))
            shift_start, shift_end = lesson.starts_at - old_start, lesson.ends_at - old_end
            others = {k: v for k, v in fields.items() if k not in ("starts_at", "ends_at")}
            for other in targets:
                if other is lesson:
                    continue
                self._fill(other, {**others, "starts_at": other.starts_at + shift_start,
                                   "ends_at": other.ends_at + shift_end})
            for target in targets:
                check_capacity(s, target, target.capacity)
                fill_free_seats(s, target)  # a larger room takes teachers off the waitlist
            team = set(tutor_ids) if tutor_ids is not None else None
            if team is not None:
                self._check_people(s, tutor_ids)
            for target in targets:
                members = team if team is not None else set(self._tutor_ids(s, target.id))
                self._check_conflicts(s, [target], members, confirmed, override_reason)
            for target in targets:
                self._write_links(s, target.id, tutor_ids, school_ids)
            return [x.id for x in targets]

    def cancel(self, lesson_id: int, scope: str = THIS) -> list[int]:
        """Cancel (never delete: enrollments and history stay). Returns the ids cancelled."""
        with self.db.transaction() as s:
            lesson = get_or_raise(s, Lesson, lesson_id, tr("lesson"))
            targets = [x for x in self._scope(s, lesson, scope)
                       if x.status is not LessonStatus.HELD]
            if not targets:
                raise ValidationError({"status": tr("A lesson that was held cannot be "
                                                    "cancelled.")})
            for target in targets:
                target.status = LessonStatus.CANCELLED
            return [x.id for x in targets]

    def get(self, lesson_id: int) -> Lesson:
        with self.db.transaction() as s:
            return get_or_raise(s, Lesson, lesson_id, tr("lesson"))

    def tutors_of(self, lesson_id: int) -> list[tuple[int, str]]:
        return linked_names(self.db, t.lesson_tutors.c.lesson_id, lesson_id, t.tutors,
                            t.tutors.c.search_key)

    def schools_of(self, lesson_id: int) -> list[tuple[int, str]]:
        """The schools a lesson is open to, when it is not open to all."""
        return linked_names(self.db, t.lesson_schools.c.lesson_id, lesson_id, t.schools,
                            t.schools.c.name_key)

    def series_of(self, lesson_id: int) -> LessonSeries | None:
        with self.db.transaction() as s:
            lesson = get_or_raise(s, Lesson, lesson_id, tr("lesson"))
            return s.get(LessonSeries, lesson.series_id) if lesson.series_id else None

    def conflicts(self, tutor_ids: list[int], lesson_id: int | None = None,
                  **fields: Any) -> list[Conflict]:
        """The conflicts a lesson with these fields would have, without saving anything."""
        with self.db.transaction() as s:
            lesson = Lesson(title="", starts_at=datetime.min, ends_at=datetime.min)
            lesson.id = lesson_id
            self._fill(lesson, fields)
            return self._find(s, lesson, set(tutor_ids))

    # -- series ---------------------------------------------------------------------------
    def preview_series(self, rule: str, first_day: Any, last_day: Any, starts: Any, ends: Any,
                       tutor_ids: list[int], **fields: Any) -> SeriesPreview:
        """The dates a series would get, the ones skipped (breaks, holidays) and the
        conflicts of each. Raises ValidationError when the rule gives no date at all."""
        with self.db.transaction() as s:
            return self._preview(s, rule, first_day, last_day, starts, ends, tutor_ids, fields)

    def add_series(self, rule: str, first_day: Any, last_day: Any, starts: Any, ends: Any,
                   tutor_ids: list[int], school_ids: list[int] | None = None,
                   confirmed: bool = False, override_reason: str = "",
                   **fields: Any) -> list[int]:
        """One lesson for each date the rule keeps; returns their ids in date order."""
        with self.db.transaction() as s:
            preview = self._preview(s, rule, first_day, last_day, starts, ends, tutor_ids,
                                    fields)
            self._check_people(s, tutor_ids)
            found = [c for day in preview.kept for c in preview.conflicts.get(day, [])]
            override_reason = clean_reason(override_reason)
            self._accept(found, confirmed, override_reason)
            series = LessonSeries(rule, preview.kept[0], preview.kept[-1])
            s.add(series)
            s.flush()
            ids = []
            start_time, end_time = parse_times(starts, ends)
            for day in preview.kept:
                lesson = Lesson(title="", starts_at=datetime.min, ends_at=datetime.min)
                self._fill(lesson, {**fields, "starts_at": datetime.combine(day, start_time),
                                    "ends_at": datetime.combine(day, end_time)})
                lesson.series_id = series.id
                if preview.conflicts.get(day):
                    lesson.override_reason = override_reason
                s.add(lesson)
                s.flush()
                self._write_links(s, lesson.id, tutor_ids, school_ids)
                ids.append(lesson.id)
            return ids

    # -- what the calendar and lists read -------------------------------------------------
    def events(self, first: date, last: date, tutor_id: int | None = None,
               school_id: int | None = None) -> list[CalendarEvent]:
        """Lessons from ``first`` to ``last``, for one tutor or at / open to one school."""
        le, lt = t.lessons.c, t.lesson_tutors.c
        query = select(le.id, le.title, le.starts_at, le.ends_at, le.place_kind, le.room,
                       le.venue, le.status, t.schools.c.name).outerjoin(
            t.schools, t.schools.c.id == le.school_id).where(
            le.starts_at >= datetime.combine(first, time()),
            le.starts_at < datetime.combine(last + timedelta(days=1), time()))
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
        return [CalendarEvent("lesson", r.id, r.title, r.starts_at, r.ends_at,
                              tuple(teams.get(r.id, ())), _place_text(r), r.status.value)
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
                ListColumn("starts_at", tr("When"), le.starts_at),
                ListColumn("title", tr("Title"), le.title),
                ListColumn("topic", tr("Topic"), tp.name),
                ListColumn("level", tr("Level"), le.level, lambda v: v.label),
                ListColumn("place", tr("Place"), place, _place_label),
                ListColumn("tutors", tr("Tutors"), tutors),
                ListColumn("enrolled", tr("Enrolled"), enrolled, _seats, numeric=True,
                           render_with="capacity"),
                ListColumn("capacity", tr("Capacity"), le.capacity, numeric=True),
                ListColumn("waiting", tr("Waitlist"), waiting, numeric=True),
                ListColumn("status", tr("Status"), le.status, lambda v: v.label),
                ListColumn("feedback", tr("Feedback"), feedback, lambda v: f"{v:.1f}",
                           numeric=True),
                ListColumn("series", tr("Series"), le.series_id.is_not(None),
                           lambda v: tr("Series") if v else ""),
                ListColumn("kind", tr("Kind"), le.kind, lambda v: v.label),
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
    def _fill(self, lesson: Lesson, fields: dict[str, Any]) -> None:
        fields = dict(fields)
        errors = convert(fields, {
            **{key: (of_enum(cls), tr(label)) for key, (cls, label) in ENUMS.items()},
            "capacity": (as_count, tr("Capacity"))})
        for key in ("starts_at", "ends_at"):
            if key in fields and not isinstance(fields[key], datetime):
                errors[key] = tr("Give the date and time.")
        if errors:
            raise ValidationError(errors)
        apply(lesson, fields, EDITABLE)
        if lesson.place_kind is not PlaceKind.SCHOOL:
            lesson.school_id, lesson.room = None, ""
        lesson.check()

    def _check_people(self, s, tutor_ids: list[int]) -> None:
        if not tutor_ids:
            raise ValidationError({"tutor_ids": tr("Choose at least one tutor.")})
        require_known(s, t.tutors, tutor_ids, "tutor_ids", tr("A chosen tutor no longer exists."))

    def _find(self, s, lesson: Lesson, tutor_ids: set[int]) -> list[Conflict]:
        place = lesson_place(lesson.place_kind, lesson.school_id, lesson.room, lesson.venue)
        key = f"lesson:{lesson.id}" if lesson.id else ""
        booking = Booking(lesson.starts_at, lesson.ends_at, frozenset(tutor_ids), place,
                          tr("the lesson “{title}”").format(title=lesson.title), key,
                          lesson_site(lesson.place_kind, lesson.school_id, lesson.venue))
        check = load_check(s, self.calendar, lesson.starts_at, lesson.ends_at, tutor_ids, place,
                           self.settings.travel_buffer_minutes, key)
        return find_conflicts(booking, check)

    def _check_conflicts(self, s, lessons: list[Lesson], tutor_ids: set[int], confirmed: bool,
                         reason: str) -> None:
        reason = clean_reason(reason)
        found = [c for lesson in lessons if lesson.status is not LessonStatus.CANCELLED
                 for c in self._find(s, lesson, tutor_ids)]
        self._accept(found, confirmed, reason)
        for lesson in lessons:  # a reason stays only while there is something it excuses
            lesson.override_reason = reason if found else ""

    @staticmethod
    def _accept(found: list[Conflict], confirmed: bool, reason: str) -> None:
        if not found:
            return
        if not confirmed:
            raise ConflictsFound(found)
        if not reason.strip():
            raise ValidationError({"override_reason": tr(
                "Say why the lesson goes ahead despite the conflicts.")})

    def _scope(self, s, lesson: Lesson, scope: str) -> list[Lesson]:
        if scope == THIS or lesson.series_id is None:
            return [lesson]
        if scope != FOLLOWING:
            raise ValueError(f"unknown scope {scope!r}")
        return list(s.scalars(select(Lesson).where(
            Lesson.series_id == lesson.series_id, Lesson.starts_at >= lesson.starts_at)
            .order_by(Lesson.starts_at)))

    def _tutor_ids(self, s, lesson_id: int) -> list[int]:
        return list(s.scalars(select(t.lesson_tutors.c.tutor_id)
                              .where(t.lesson_tutors.c.lesson_id == lesson_id)))

    def _write_links(self, s, lesson_id: int, tutor_ids: list[int] | None,
                     school_ids: list[int] | None) -> None:
        lt, ls = t.lesson_tutors.c, t.lesson_schools.c
        if tutor_ids is not None:
            replace_links(s, lt.lesson_id, lesson_id, lt.tutor_id, tutor_ids)
        if school_ids is not None:
            require_known(s, t.schools, school_ids, "school_ids",
                          tr("A chosen school no longer exists."))
            replace_links(s, ls.lesson_id, lesson_id, ls.school_id, school_ids)

    def _preview(self, s, rule: str, first_day: Any, last_day: Any, starts: Any, ends: Any,
                 tutor_ids: list[int], fields: dict[str, Any]) -> SeriesPreview:
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
        if not kept:
            raise ValidationError({"rule": tr(
                "The rule gives no school days between {first} and {last}.").format(
                first=f"{first.day}.{first.month}.{first.year}",
                last=f"{last.day}.{last.month}.{last.year}")})
        preview = SeriesPreview(kept, skipped)
        for day in kept:
            lesson = Lesson(title="", starts_at=datetime.min, ends_at=datetime.min)
            self._fill(lesson, {**fields, "starts_at": datetime.combine(day, start_time),
                                "ends_at": datetime.combine(day, end_time)})
            found = self._find(s, lesson, set(tutor_ids))
            if found:
                preview.conflicts[day] = found
        return preview


def _seats(enrolled: int | None, capacity: int | None) -> str:
    return f"{enrolled or 0} / {capacity}" if capacity is not None else str(enrolled or 0)


def _place_label(value: Any) -> str:
    """The school's name, the venue, or "Online" (what the list's place column holds)."""
    return PlaceKind.ONLINE.label if value == PlaceKind.ONLINE.value else str(value)


def _place_text(row) -> str:
    if row.place_kind is PlaceKind.SCHOOL:
        return f"{row.name}, {row.room}" if row.room else (row.name or "")
    if row.place_kind is PlaceKind.VENUE:
        return row.venue
    return PlaceKind.ONLINE.label
