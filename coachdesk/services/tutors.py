"""desk.tutors: the tutor register, released-time plans and hours used against allotted."""

from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import bindparam, delete, func, insert, or_, select

from coachdesk.domain.errors import ValidationError
from coachdesk.domain.lessons import LessonStatus
from coachdesk.domain.parse import as_date, as_enum, as_number, convert, of_enum
from coachdesk.domain.released_time import check_plan_yields_time, plan_of
from coachdesk.domain.schools import School
from coachdesk.domain.text import tr
from coachdesk.domain.topics import Level
from coachdesk.domain.tutors import RecruitmentStatus, Tutor, TutorKind
from coachdesk.domain.visits import VisitStatus
from coachdesk.services.fields import apply, get_or_raise
from coachdesk.services.links import linked_names, replace_links, require_known
from coachdesk.services.school_years import SchoolYearService
from coachdesk.storage import tables as t
from coachdesk.storage.database import Database
from coachdesk.storage.lists import ListColumn, ListSource

EDITABLE = {
    "name", "email", "teacher_id", "home_school_id", "kind", "agreement_start",
    "agreement_end", "released_rule", "released_from", "released_until", "weekly_hours",
    "allotted_hours_per_term", "notes",
}
RENEWAL_DAYS = 60


def _hours(value: float | None, allotted: float | None) -> str:
    used = f"{(value or 0):.1f}"
    return f"{used} / {allotted:g}" if allotted is not None else used


class TutorService:
    def __init__(self, db: Database, calendar: SchoolYearService):
        self.db = db
        self.calendar = calendar

    # -- one tutor ------------------------------------------------------------------------
    def add(self, school_ids: list[int] | None = None,
            strengths: dict[int, str] | None = None, **fields: Any) -> int:
        """Add a tutor (appointed) with the schools served and areas of strength."""
        tutor = Tutor(name="", status=RecruitmentStatus.APPOINTED)
        with self.db.transaction() as s:
            return self.add_in(s, tutor, fields, school_ids, strengths)

    def add_in(self, s, tutor: Tutor, fields: dict[str, Any], school_ids: list[int] | None,
               strengths: dict[int, str] | None) -> int:
        """Add within a running transaction (appointing a candidate does this)."""
        self._fill(s, tutor, fields)
        s.add(tutor)
        s.flush()
        self._write_schools(s, tutor, school_ids or [])
        self._write_strengths(s, tutor.id, strengths or {})
        return tutor.id

    def update(self, tutor_id: int, school_ids: list[int] | None = None,
               strengths: dict[int, str] | None = None, **fields: Any) -> None:
        with self.db.transaction() as s:
            tutor = get_or_raise(s, Tutor, tutor_id, tr("tutor"))
            self._fill(s, tutor, fields)
            if school_ids is not None or "kind" in fields or "home_school_id" in fields:
                self._write_schools(s, tutor, school_ids if school_ids is not None
                                    else self._served(s, tutor_id))
            if strengths is not None:
                self._write_strengths(s, tutor_id, strengths)

    def get(self, tutor_id: int) -> Tutor:
        with self.db.transaction() as s:
            return get_or_raise(s, Tutor, tutor_id, tr("tutor"))

    def schools_of(self, tutor_id: int) -> list[tuple[int, str]]:
        return linked_names(self.db, t.tutor_schools.c.tutor_id, tutor_id, t.schools,
                            t.schools.c.name_key)

    def strengths_of(self, tutor_id: int) -> list[tuple[int, str, Level]]:
        """(topic id, topic name, level), by topic name."""
        query = (select(t.topics.c.id, t.topics.c.name, t.tutor_strengths.c.level)
                 .join(t.tutor_strengths, t.tutor_strengths.c.topic_id == t.topics.c.id)
                 .where(t.tutor_strengths.c.tutor_id == tutor_id).order_by(t.topics.c.name))
        with self.db.reading() as conn:
            return [tuple(r) for r in conn.execute(query)]

    def end_agreement(self, tutor_id: int, on: date) -> None:
        """End the agreement on ``on``; the tutor and their history stay in the register."""
        self.update(tutor_id, agreement_end=on)

    def choices(self, on: date | None = None) -> list[tuple[int, str]]:
        """(id, name) of tutors whose agreement is in force on ``on`` (default: all)."""
        c = t.tutors.c
        query = select(c.id, c.name).where(~c.archived).order_by(c.search_key)
        if on is not None:
            query = query.where(or_(c.agreement_end.is_(None), c.agreement_end >= on),
                                or_(c.agreement_start.is_(None), c.agreement_start <= on))
        with self.db.reading() as conn:
            return [tuple(r) for r in conn.execute(query)]

    # -- time -----------------------------------------------------------------------------
    def planned_hours(self, tutor_id: int, first: date, last: date) -> float:
        """Hours the released-time plan gives from ``first`` to ``last``, breaks left out."""
        tutor = self.get(tutor_id)
        first = max(first, tutor.agreement_start or first)
        last = min(last, tutor.agreement_end or last)
        if last < first:
            return 0.0
        return plan_of(tutor).hours(first, last, self.calendar.calendar(first, last),
                                    anchor=tutor.agreement_start)

    def planned_slots(self, tutor_id: int, first: date, last: date
                      ) -> list[tuple[datetime, datetime]]:
        tutor = self.get(tutor_id)
        first = max(first, tutor.agreement_start or first)
        last = min(last, tutor.agreement_end or last)
        return plan_of(tutor).slots(first, last, self.calendar.calendar(first, last),
                                    anchor=tutor.agreement_start)

    def hours_used(self, tutor_id: int, first: date, last: date) -> float:
        """Hours of done visits and held lessons from ``first`` to ``last``."""
        query = select(_used_minutes(t.tutors.c.id)).where(t.tutors.c.id == tutor_id)
        with self.db.reading() as conn:
            return (conn.scalar(query, _period(first, last)) or 0) / 60

    def ending_soon(self, today: date, days: int = RENEWAL_DAYS) -> list[tuple[int, str, date]]:
        """Tutors whose agreement ends within ``days``: (id, name, last day)."""
        c = t.tutors.c
        query = (select(c.id, c.name, c.agreement_end)
                 .where(~c.archived, c.agreement_end >= today,
                        c.agreement_end <= today + timedelta(days=days))
                 .order_by(c.agreement_end))
        with self.db.reading() as conn:
            return [tuple(r) for r in conn.execute(query)]

    # -- the list -------------------------------------------------------------------------
    def list_source(self, today: date | None = None) -> ListSource:
        """The register. Parameters ``period_start`` / ``period_end`` (datetimes) choose
        the period of hours used; filters: ``kind``, ``topic_id``, ``school_id``,
        ``current`` (only agreements in force today), ``archived``."""
        today = today or date.today()
        c, sc = t.tutors.c, t.schools.c
        strengths = (
            select(func.aggregate_strings(t.topics.c.name, ", "))
            .select_from(t.tutor_strengths.join(t.topics))
            .where(t.tutor_strengths.c.tutor_id == c.id)
            .correlate(t.tutors).scalar_subquery()
        )
        served = (select(func.count()).where(t.tutor_schools.c.tutor_id == c.id)
                  .correlate(t.tutors).scalar_subquery())
        used = _used_minutes(c.id) / 60.0
        renewal = c.agreement_end.between(today, today + timedelta(days=RENEWAL_DAYS))
        first_year = date(today.year if today.month >= 8 else today.year - 1, 8, 1)
        return ListSource(
            db=self.db,
            id_column=c.id,
            from_clause=t.tutors.join(t.schools, c.home_school_id == sc.id),
            columns=[
                ListColumn("name", tr("Name"), c.name, sort=c.search_key),
                ListColumn("school", tr("Home school"), sc.name, sort=sc.name_key),
                ListColumn("kind", tr("Kind"), c.kind, lambda v: v.label),
                ListColumn("strengths", tr("Strengths"), strengths),
                ListColumn("schools", tr("Schools served"), served, numeric=True),
                ListColumn("hours", tr("Hours used / allotted"), used, _hours, numeric=True,
                           sort=used / func.coalesce(c.allotted_hours_per_term, 1.0),
                           render_with="allotted"),
                ListColumn("allotted", tr("Allotted per term"), c.allotted_hours_per_term,
                           numeric=True),
                ListColumn("agreement_end", tr("Agreement ends"), c.agreement_end),
                ListColumn("renewal", tr("Renewal due"), renewal),
                ListColumn("archived", tr("Archived"), c.archived),
            ],
            search=[c.search_key, sc.name_key],
            filters={
                "kind": lambda kind: None if kind is None else c.kind == TutorKind(kind),
                "topic_id": lambda topic: None if topic is None else c.id.in_(
                    select(t.tutor_strengths.c.tutor_id)
                    .where(t.tutor_strengths.c.topic_id == topic)),
                "school_id": lambda school: None if school is None else c.id.in_(
                    select(t.tutor_schools.c.tutor_id)
                    .where(t.tutor_schools.c.school_id == school)),
                "current": lambda only: None if not only else or_(
                    c.agreement_end.is_(None), c.agreement_end >= today),
                "archived": lambda show: None if show else ~c.archived,
            },
            default_sort="name",
            parameters=_period(first_year, date(first_year.year + 1, 7, 31)),
        )

    # -- saving ---------------------------------------------------------------------------
    def _fill(self, s, tutor: Tutor, fields: dict[str, Any]) -> None:
        fields = dict(fields)
        errors = convert(fields, {"kind": (of_enum(TutorKind), tr("kind of tutor")),
                                  "agreement_start": (as_date, tr("Agreement starts")),
                                  "agreement_end": (as_date, tr("Agreement ends")),
                                  "weekly_hours": (as_number, tr("Hours per week")),
                                  "allotted_hours_per_term": (as_number, tr("Hours per term"))})
        apply(tutor, fields, EDITABLE)
        try:
            tutor.check()
        except ValidationError as exc:
            errors = {**exc.errors, **errors}
        plan = plan_of(tutor)
        if plan.rule or plan.weekly_hours is not None or tutor.released_from:
            errors = {**plan.errors(), **errors}
        # Ending an agreement early is always allowed; a new or changed plan must give time.
        plan_changed = tutor.id is None or bool(fields.keys() & {
            "released_rule", "released_from", "released_until", "weekly_hours",
            "agreement_start"})
        if not errors and plan_changed and tutor.agreement_start and tutor.agreement_end:
            calendar = self.calendar.calendar(tutor.agreement_start, tutor.agreement_end)
            errors.update(check_plan_yields_time(
                plan, tutor.agreement_start, tutor.agreement_end, calendar))
        if tutor.home_school_id is not None and "home_school_id" not in errors:
            with s.no_autoflush:  # the refused values must not reach the database first
                school = s.get(School, tutor.home_school_id)
            if school is None:
                errors["home_school_id"] = tr("Choose the tutor's home school.")
        if errors:
            raise ValidationError(errors)
        s.flush()

    def _served(self, s, tutor_id: int) -> list[int]:
        return list(s.scalars(select(t.tutor_schools.c.school_id)
                              .where(t.tutor_schools.c.tutor_id == tutor_id)))

    def _write_schools(self, s, tutor: Tutor, school_ids: list[int]) -> None:
        """A school tutor serves their own school; a roaming tutor the schools chosen."""
        chosen = {tutor.home_school_id} if tutor.kind is TutorKind.SCHOOL else set(school_ids)
        if not chosen:
            raise ValidationError({"school_ids": tr(
                "Choose the schools this roaming tutor serves.")})
        require_known(s, t.schools, chosen, "school_ids", tr("A chosen school no longer exists."))
        ts = t.tutor_schools.c
        replace_links(s, ts.tutor_id, tutor.id, ts.school_id, chosen)

    def _write_strengths(self, s, tutor_id: int, strengths: dict[int, str]) -> None:
        rows = [{"tutor_id": tutor_id, "topic_id": topic,
                 "level": as_enum("strengths", Level, level, tr("level"))}
                for topic, level in strengths.items()]
        require_known(s, t.topics, strengths, "strengths", tr("A chosen topic no longer exists."))
        s.execute(delete(t.tutor_strengths).where(t.tutor_strengths.c.tutor_id == tutor_id))
        if rows:
            s.execute(insert(t.tutor_strengths), rows)


def _period(first: date, last: date) -> dict[str, datetime]:
    return {"period_start": datetime.combine(first, time()),
            "period_end": datetime.combine(last + timedelta(days=1), time())}


def _used_minutes(tutor_id):
    """Minutes of done visits and held lessons in the bound period, for one tutor."""
    start, end = bindparam("period_start"), bindparam("period_end")
    v, lt, le = t.visits.c, t.lesson_tutors.c, t.lessons.c
    # A logged visit counts the time spent, when the tutor wrote it down.
    visits = (select(func.coalesce(func.sum(func.coalesce(v.spent_minutes, v.minutes)), 0))
              .where(v.tutor_id == tutor_id, v.status == VisitStatus.DONE,
                     v.starts_at >= start, v.starts_at < end)
              .correlate(t.tutors).scalar_subquery())
    lessons = (select(func.coalesce(func.sum(le.minutes), 0))
               .select_from(t.lessons.join(t.lesson_tutors))
               .where(lt.tutor_id == tutor_id, le.status == LessonStatus.HELD,
                      le.starts_at >= start, le.starts_at < end)
               .correlate(t.tutors).scalar_subquery())
    return visits + lessons

