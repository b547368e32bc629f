"""desk.tutors: the tutor register, released-time plans and hours used against allotted."""

from collections.abc import Mapping
from datetime import date, datetime, time, timedelta

from sqlalchemy import BindParameter, and_, bindparam, case, delete, func, insert, or_, select

from coachdesk.domain.errors import ValidationError
from coachdesk.domain.lessons import LessonStatus
from coachdesk.domain.parse import as_enum
from coachdesk.domain.released_time import (
    begun_plan_errors,
    check_plan_yields_time,
    plan_of,
    read_time,
)
from coachdesk.domain.schools import School
from coachdesk.domain.text import tr
from coachdesk.domain.topics import Level
from coachdesk.domain.tutors import (
    TUTOR_FIELDS,
    Allotment,
    RecruitmentStatus,
    Tutor,
    TutorDraft,
    TutorKind,
    allotment,
    default_agreement,
)
from coachdesk.domain.visits import VisitStatus
from coachdesk.services.fields import apply, get_or_raise
from coachdesk.services.links import linked_names, replace_links, require_known
from coachdesk.services.school_years import SchoolYearService
from coachdesk.services.versions import touch
from coachdesk.storage import tables as t
from coachdesk.storage.database import Database
from coachdesk.storage.day_numbers import day_number
from coachdesk.storage.lists import ListColumn, ListSource
from coachdesk.storage.mapping import id_of, new_id

EDITABLE = {*TUTOR_FIELDS, "released_from", "released_until"}
# A change to one of these must leave a plan that gives time (ending early needs none).
PLAN_FIELDS = ("released_rule", "released_from", "released_until", "weekly_hours",
               "agreement_start")
RENEWAL_DAYS = 60


class TutorService:
    def __init__(self, db: Database, calendar: SchoolYearService):
        self.db = db
        self.calendar = calendar

    # -- one tutor ------------------------------------------------------------------------
    def add(self, draft: TutorDraft) -> int:
        """Add a tutor (appointed) with the schools served and areas of strength."""
        with self.db.transaction() as s:
            return self.add_in(s, draft)

    def add_in(self, s, draft: TutorDraft) -> int:
        """Add within a running transaction (appointing a candidate does this)."""
        tutor = Tutor(name="", status=RecruitmentStatus.APPOINTED)
        self._fill(s, tutor, draft)
        tutor_id = new_id(s, tutor)
        self._write_links(s, tutor, draft)
        return tutor_id

    def update(self, tutor_id: int, draft: TutorDraft) -> None:
        """Change the tutor to the draft: the person, plan, schools served and strengths."""
        with self.db.transaction() as s:
            tutor = get_or_raise(s, Tutor, tutor_id, tr("tutor"))
            self._fill(s, tutor, draft)
            self._write_links(s, tutor, draft)

    def draft(self, tutor_id: int) -> TutorDraft:
        """The tutor as the form shows them (change with ``dataclasses.replace``)."""
        with self.db.transaction() as s:
            tutor = get_or_raise(s, Tutor, tutor_id, tr("tutor"))
            strengths = dict(s.execute(
                select(t.tutor_strengths.c.topic_id, t.tutor_strengths.c.level)
                .where(t.tutor_strengths.c.tutor_id == tutor_id)).all())
            return TutorDraft(**{key: getattr(tutor, key) for key in TUTOR_FIELDS},
                              released_from=read_time(tutor.released_from),
                              released_until=read_time(tutor.released_until),
                              school_ids=tuple(sorted(self._served(s, tutor_id))),
                              strengths=strengths)

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
        with self.db.transaction() as s:
            tutor = get_or_raise(s, Tutor, tutor_id, tr("tutor"))
            tutor.agreement_end = on
            tutor.check()
            s.flush()

    def choices(self, on: date | None = None) -> list[tuple[int, str]]:
        """(id, name) of tutors whose agreement is in force on ``on`` (default: all)."""
        c = t.tutors.c
        query = select(c.id, c.name).where(~c.archived).order_by(c.sort_key)
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

    def allotment(self, tutor_id: int, first: date, last: date) -> Allotment | None:
        """The tutor's hours allotted from ``first`` to ``last``: the hours per term,
        prorated over the days of each term their agreement covers."""
        tutor = self.get(tutor_id)
        return allotment(tutor.allotted_hours_per_term, self.term_days(), first, last,
                         tutor.agreement_start, tutor.agreement_end)

    def term_days(self) -> list[tuple[date, date]]:
        """The first and last day of every term entered."""
        return [(starts, ends) for _id, _name, starts, ends in self.calendar.terms()]

    def default_agreement(self, today: date) -> tuple[date, date]:
        """The agreement a new tutor is offered on ``today``: to the end of this school
        year, or the coming one in the summer."""
        return default_agreement(today, self.term_days())

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
        the period of hours used and allotted; filters: ``kind``, ``topic_id``, ``school_id``,
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
        used = _used_minutes(c.id, every_tutor=True) / 60.0
        # without a term in the period there is nothing to prorate over: as entered
        allotted = func.coalesce(_allotted_in_period(c), c.allotted_hours_per_term)
        renewal = c.agreement_end.between(today, today + timedelta(days=RENEWAL_DAYS))
        first_year = date(today.year if today.month >= 8 else today.year - 1, 8, 1)
        return ListSource(
            db=self.db,
            id_column=c.id,
            from_clause=t.tutors.join(t.schools, c.home_school_id == sc.id),
            columns=[
                ListColumn("name", c.name, sort=c.sort_key),
                ListColumn("school", sc.name, sort=sc.name_key),
                ListColumn("kind", c.kind),
                ListColumn("strengths", strengths),
                ListColumn("schools", served, numeric=True),
                ListColumn("hours", used, numeric=True,
                           sort=used / func.coalesce(func.nullif(allotted, 0.0), 1.0)),
                # the hours allotted in the period, and as entered: per term
                ListColumn("allotted_in_period", allotted, numeric=True),
                ListColumn("allotted", c.allotted_hours_per_term, numeric=True),
                ListColumn("agreement_end", c.agreement_end),
                ListColumn("renewal", renewal),
                ListColumn("archived", c.archived),
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
    def _fill(self, s, tutor: Tutor, draft: TutorDraft) -> None:
        fields = draft.tutor_fields()
        for key in ("released_from", "released_until"):
            if tutor.id is not None and read_time(getattr(tutor, key)) == getattr(draft, key):
                fields[key] = getattr(tutor, key)  # the same time, kept as it was written
        errors: dict[str, str] = {}
        try:
            fields["kind"] = as_enum("kind", TutorKind, draft.kind, tr("kind of tutor"))
        except ValidationError as exc:
            errors = exc.errors
        # Ending an agreement early is always allowed; a new or changed plan must give time.
        plan_changed = tutor.id is None or any(
            getattr(tutor, key) != fields[key] for key in PLAN_FIELDS)
        apply(tutor, {k: v for k, v in fields.items() if k not in errors}, EDITABLE)
        try:
            tutor.check()
        except ValidationError as exc:
            errors = {**exc.errors, **errors}
        plan = plan_of(tutor)
        errors = {**begun_plan_errors(plan), **errors}
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

    def _write_links(self, s, tutor: Tutor, draft: TutorDraft) -> None:
        """The schools served and the strengths, as the draft has them."""
        self._write_schools(s, tutor, draft.school_ids)
        self._write_strengths(s, id_of(tutor), draft.strengths)

    def _write_schools(self, s, tutor: Tutor, school_ids: tuple[int, ...]) -> None:
        """A school tutor serves their own school; a roaming tutor the schools chosen."""
        chosen = set(school_ids)
        if tutor.kind is TutorKind.SCHOOL:  # Tutor.check makes sure it has a home school
            chosen = set() if tutor.home_school_id is None else {tutor.home_school_id}
        if not chosen:
            raise ValidationError({"school_ids": tr(
                "Choose the schools this roaming tutor serves.")})
        require_known(s, t.schools, chosen, "school_ids", tr("A chosen school no longer exists."))
        ts = t.tutor_schools.c
        replace_links(s, ts.tutor_id, id_of(tutor), ts.school_id, chosen)

    def _write_strengths(self, s, tutor_id: int, strengths: Mapping[int, Level]) -> None:
        rows = [{"tutor_id": tutor_id, "topic_id": topic,
                 "level": as_enum("strengths", Level, level, tr("level"))}
                for topic, level in strengths.items()]
        require_known(s, t.topics, strengths, "strengths", tr("A chosen topic no longer exists."))
        ts = t.tutor_strengths.c
        before = {topic: level for topic, level in s.execute(
            select(ts.topic_id, ts.level).where(ts.tutor_id == tutor_id))}
        if before == {row["topic_id"]: row["level"] for row in rows}:
            return
        touch(s, t.tutors, tutor_id)  # a change of the strengths alone is one of the tutor
        s.execute(delete(t.tutor_strengths).where(ts.tutor_id == tutor_id))
        if rows:
            s.execute(insert(t.tutor_strengths), rows)


def _period(first: date, last: date) -> dict[str, datetime]:
    return {"period_start": datetime.combine(first, time()),
            "period_end": datetime.combine(last + timedelta(days=1), time())}


def _used_minutes(tutor_id, every_tutor: bool = False):
    """Minutes of done visits and held lessons in the bound period, for one tutor; with
    ``every_tutor`` (a list of them all) the period's held lessons are summed per tutor
    once, rather than every lesson each tutor ever taught looked up for each."""
    start: BindParameter[datetime] = bindparam("period_start")
    end: BindParameter[datetime] = bindparam("period_end")
    v, lt, le = t.visits.c, t.lesson_tutors.c, t.lessons.c
    # A logged visit counts the time spent, when the tutor wrote it down.
    visits = (select(func.coalesce(func.sum(func.coalesce(v.spent_minutes, v.minutes)), 0))
              .where(v.tutor_id == tutor_id, v.status == VisitStatus.DONE,
                     v.starts_at >= start, v.starts_at < end)
              .correlate(t.tutors).scalar_subquery())
    held = (le.status == LessonStatus.HELD, le.starts_at >= start, le.starts_at < end)
    if every_tutor:
        per_tutor = (select(lt.tutor_id, func.sum(le.minutes).label("minutes"))
                     .select_from(t.lessons.join(t.lesson_tutors)).where(*held)
                     .group_by(lt.tutor_id)
                     .cte("held_minutes").prefix_with("MATERIALIZED"))  # once, not per tutor
        lessons = (select(func.coalesce(func.sum(per_tutor.c.minutes), 0))
                   .where(per_tutor.c.tutor_id == tutor_id)
                   .correlate(t.tutors).scalar_subquery())
        return visits + lessons
    lessons = (select(func.coalesce(func.sum(le.minutes), 0))
               .select_from(t.lessons.join(t.lesson_tutors))
               .where(lt.tutor_id == tutor_id, *held)
               .correlate(t.tutors).scalar_subquery())
    return visits + lessons


def _larger(a, b):
    return case((a > b, a), else_=b)


def _smaller(a, b):
    return case((a < b, a), else_=b)


def _allotted_in_period(c):
    """The hours allotted in the bound period, as :func:`coachdesk.domain.tutors.allotment`
    counts them (the hours per term times the share of each term's days in the period
    that the agreement covers), in SQL so that the list sorts by it. NULL without hours
    per term or without a term in the period."""
    tm = t.terms.c
    period_first = day_number(bindparam("period_start"))
    period_end = day_number(bindparam("period_end"))  # the day after the period
    term_first, term_end = day_number(tm.starts), day_number(tm.ends) + 1
    first = _larger(_larger(term_first, period_first),
                    func.coalesce(day_number(c.agreement_start), term_first))
    end = _smaller(_smaller(term_end, period_end),
                   func.coalesce(day_number(c.agreement_end) + 1, term_end))
    covered = case((end > first, end - first), else_=0)
    share = (select(func.sum(covered * 1.0 / (term_end - term_first)))
             .where(and_(term_first < period_end, term_end > period_first))
             .correlate(t.tutors).scalar_subquery())
    return c.allotted_hours_per_term * share
