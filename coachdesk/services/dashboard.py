"""desk.dashboard: what needs the coordinator today, and how the current term is going.

``attention(today)`` gives one ``AttentionItem`` per rule that has something to show,
the most pressing first, each with its first few records and a target (a page and a
record) a click away. ``glance(today)`` gives the current term's figures for the charts.
``getting_started()`` says what an empty database needs first. Everything is counted and
summed in SQL (the grants: each running grant followed up as the Grants page does, a
few at a time): opening the dashboard on the large demo database stays instant
(benchmarks/bench_dashboard.py).
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from sqlalchemy import and_, case, extract, func, or_, select

from coachdesk.domain.devices import ReservationStatus
from coachdesk.domain.kinds import RecordKind
from coachdesk.domain.lessons import EnrollmentStatus, LessonStatus
from coachdesk.domain.requests import RequestStatus, Urgency
from coachdesk.domain.text import tr
from coachdesk.domain.tutors import Allotment, allotment
from coachdesk.domain.visits import VisitStatus
from coachdesk.services.devices import borrower_name, with_borrowers
from coachdesk.services.figures import (
    UPCOMING,
    active_teacher,
    attended,
    counted_lesson,
    done_visit,
    visit_minutes,
)
from coachdesk.services.follow_up import FollowUpService
from coachdesk.services.lessons import attendance_to_mark
from coachdesk.services.level_figures import staff_levels
from coachdesk.services.loans import DUE_SOON_DAYS, open_clause
from coachdesk.services.tutors import RENEWAL_DAYS
from coachdesk.storage import tables as t
from coachdesk.storage.database import Database

LINES = 5  # records shown under each item; the rest are a click on the item away
LONG_WAIT_DAYS = 14  # a request waiting this long is shown as urgent


K = RecordKind


class AttentionKind(StrEnum):
    RESERVATIONS = "reservations"
    OVERDUE_LOANS = "overdue_loans"
    NEW_REQUESTS = "new_requests"
    UNLOGGED_VISITS = "unlogged_visits"
    UNMARKED_LESSONS = "unmarked_lessons"
    LOANS_DUE = "loans_due"
    AGREEMENTS_ENDING = "agreements_ending"
    VISITS_SOON = "visits_soon"
    LESSONS_SOON = "lessons_soon"
    GRANTS = "grants"  # a budget line running over, a period ending with money left
    COMPETENCE = "competence"  # schools below their digital-competence targets


@dataclass(frozen=True)
class Target:
    """Where a click leads: a record of a kind, or the records of a rule (``filters``),
    or the import of records of that kind. The window knows which page shows them."""

    kind: RecordKind
    record_id: int | None = None
    filters: dict[str, object] = field(default_factory=dict, compare=False)
    importing: bool = False


@dataclass(frozen=True)
class AttentionLine:
    when: date | datetime | None
    text: str
    note: str
    target: Target
    urgent: bool = False


@dataclass(frozen=True)
class AttentionItem:
    kind: AttentionKind
    count: int
    title: str
    lines: list[AttentionLine]  # the first LINES records, the most pressing first
    target: Target
    urgent: bool = False


@dataclass(frozen=True)
class SetupStep:
    key: str
    title: str
    hint: str
    done: bool
    target: Target


@dataclass(frozen=True)
class TutorHours:
    tutor_id: int
    name: str
    used: float  # hours of done visits and held lessons in the term so far
    allotment: Allotment | None  # the hours per term, prorated over the agreement's days

    @property
    def allotted(self) -> float | None:
        return None if self.allotment is None else self.allotment.hours


@dataclass(frozen=True)
class MonthFigures:
    month: date  # the first day
    visits: int  # visits done
    attendances: int  # teachers present or late at a lesson


@dataclass(frozen=True)
class SchoolReach:
    school_id: int
    name: str
    reached: int  # active teachers who attended a lesson of the term
    teachers: int  # active teachers

    @property
    def share(self) -> float:
        return self.reached * 100 / self.teachers if self.teachers else 0.0


@dataclass(frozen=True)
class Glance:
    term: str
    first: date
    last: date
    tutors: list[TutorHours]  # by name
    months: list[MonthFigures]  # every month of the term
    schools: list[SchoolReach]  # the least reached first; schools with teachers only


def _start(day: date) -> datetime:
    return datetime.combine(day, time())


def _end_of_next_week(today: date) -> date:
    return today + timedelta(days=13 - today.weekday())


class DashboardService:
    def __init__(self, db: Database, follow_up: FollowUpService):
        self.db = db
        self.follow_up = follow_up

    # -- what needs the coordinator -------------------------------------------------------
    def attention(self, today: date | None = None) -> list[AttentionItem]:
        """The rules with something to show, the most pressing first."""
        today = today or date.today()
        rules = (self._reservations, self._overdue_loans, self._new_requests,
                 self._unlogged_visits, self._unmarked_lessons, self._loans_due,
                 self._agreements_ending, self._visits_soon, self._lessons_soon,
                 self._competence)
        with self.db.reading() as conn:
            items = [rule(conn, today) for rule in rules]
            running = conn.execute(
                select(t.grants.c.id).where(~t.grants.c.archived, t.grants.c.starts <= today,
                                            t.grants.c.ends >= today)
                .order_by(t.grants.c.ends, t.grants.c.name_key)).scalars().all()
        items.insert(rules.index(self._agreements_ending), self._grants(running, today))
        return [item for item in items if item is not None and item.count]

    def _grants(self, grant_ids: Sequence[int], today: date) -> AttentionItem | None:
        """The follow-up's warnings of the grants running today (each grant followed up
        as the Grants page shows it; there are a few grants at a time)."""
        lines = []
        for grant_id in grant_ids:
            follow = self.follow_up.of_grant(grant_id, today)
            lines += [AttentionLine(follow.grant.ends, text, follow.grant.name,
                                    Target(K.GRANT, grant_id), urgent)
                      for text, urgent in follow.warnings()]
        if not lines:
            return None
        return AttentionItem(AttentionKind.GRANTS, len(lines), tr("Grants to follow up"),
                             lines[:LINES], lines[0].target if len({
                                 line.target.record_id for line in lines}) == 1
                             else Target(K.GRANT), any(line.urgent for line in lines))

    @staticmethod
    def _item(conn, kind: AttentionKind, title: str, query, line, target: Target,
              urgent: bool = False) -> AttentionItem | None:
        """One query: the first records, and how many there are in all (a window count,
        so that the rule's conditions are evaluated once)."""
        rows = conn.execute(query.add_columns(func.count().over().label("total"))
                            .limit(LINES)).all()
        if not rows:
            return None
        lines = [line(r) for r in rows]
        if rows[0].total == 1:
            target = lines[0].target
        return AttentionItem(kind, rows[0].total, title, lines, target,
                             urgent or any(x.urgent for x in lines))

    def _reservations(self, conn, today: date) -> AttentionItem | None:
        re, d = t.reservations.c, t.devices.c
        running = and_(re.status == ReservationStatus.ACTIVE, re.starts <= today,
                       re.ends >= today)
        query = (select(re.device_id, d.asset_tag, d.category, re.ends,
                        borrower_name().label("who"))
                 .select_from(with_borrowers(t.reservations).join(t.devices,
                                                                  d.id == re.device_id))
                 .where(running).order_by(re.ends, d.asset_tag))
        return self._item(
            conn, AttentionKind.RESERVATIONS, tr("Reservations to hand out"),
            query,
            lambda r: AttentionLine(r.ends, f"{r.asset_tag} · {r.category}",
                                    tr("for {who}, until this day").format(who=r.who or "?"),
                                    Target(K.DEVICE, r.device_id)),
            Target(K.RESERVATION, filters={"to_hand_out": True}))

    def _loans(self, conn, kind: AttentionKind, title: str, where, today: date,
               filters: dict[str, object], urgent: bool) -> AttentionItem | None:
        lo, d = t.loans.c, t.devices.c
        query = (select(lo.device_id, d.asset_tag, d.category, lo.due_on,
                        borrower_name().label("who"))
                 .select_from(with_borrowers(t.loans).join(t.devices, d.id == lo.device_id))
                 .where(where).order_by(lo.due_on, d.asset_tag))

        def line(r) -> AttentionLine:
            days = (today - r.due_on).days
            note = (tr("{who}, {n} d overdue").format(who=r.who or "?", n=days) if days > 0
                    else r.who or "")
            return AttentionLine(r.due_on, f"{r.asset_tag} · {r.category}", note,
                                 Target(K.DEVICE, r.device_id), urgent)

        return self._item(conn, kind, title, query,
                          line, Target(K.LOAN, filters=filters), urgent)

    def _overdue_loans(self, conn, today: date) -> AttentionItem | None:
        # The open loans' own index (ix_loans_open_due): the returned loans of every
        # earlier year are not read.
        where = and_(open_clause(), t.loans.c.due_on < today)
        return self._loans(conn, AttentionKind.OVERDUE_LOANS, tr("Overdue loans"), where,
                           today, {"overdue": True}, True)

    def _loans_due(self, conn, today: date) -> AttentionItem | None:
        where = and_(open_clause(), t.loans.c.due_on.between(
            today, today + timedelta(days=DUE_SOON_DAYS)))
        return self._loans(conn, AttentionKind.LOANS_DUE, tr("Loans due within a week"),
                           where, today, {"due_soon": True}, False)

    def _new_requests(self, conn, today: date) -> AttentionItem | None:
        r, sc = t.visit_requests.c, t.schools.c
        where = r.status == RequestStatus.NEW
        urgent_first = case((r.urgency == Urgency.HIGH, 0), else_=1)
        query = (select(r.id, r.received_on, r.urgency, sc.name)
                 .join(t.schools, sc.id == r.school_id)
                 .where(where).order_by(urgent_first, r.received_on, r.id))

        def line(row) -> AttentionLine:
            days = (today - row.received_on).days
            note = tr("waiting {n} d").format(n=days) if days > 0 else tr("came in today")
            if row.urgency is Urgency.HIGH:
                note = tr("urgent, {note}").format(note=note)
            return AttentionLine(row.received_on, row.name, note,
                                 Target(K.REQUEST, row.id, {"open": True}),
                                 row.urgency is Urgency.HIGH or days >= LONG_WAIT_DAYS)

        return self._item(conn, AttentionKind.NEW_REQUESTS, tr("New requests from schools"),
                          query, line,
                          Target(K.REQUEST, filters={"open": True}))

    def _visits(self, conn, kind: AttentionKind, title: str, where, order,
                filters: dict[str, object], urgent: bool) -> AttentionItem | None:
        v, sc, tu = t.visits.c, t.schools.c, t.tutors.c
        query = (select(v.id, v.starts_at, sc.name.label("school"), tu.name.label("tutor"))
                 .select_from(t.visits.join(t.schools, sc.id == v.school_id)
                              .join(t.tutors, tu.id == v.tutor_id))
                 .where(where).order_by(order, v.id))
        return self._item(
            conn, kind, title, query,
            lambda r: AttentionLine(r.starts_at, r.school, r.tutor,
                                    Target(K.VISIT, r.id), urgent),
            Target(K.VISIT, filters=filters), urgent)

    def _unlogged_visits(self, conn, today: date) -> AttentionItem | None:
        v = t.visits.c
        where = and_(v.status == VisitStatus.BOOKED, v.starts_at < _start(today))
        return self._visits(conn, AttentionKind.UNLOGGED_VISITS,
                            tr("Visits that happened but are not logged"), where,
                            v.starts_at, {"status": VisitStatus.BOOKED.value,
                                          "until": today - timedelta(days=1)}, True)

    def _visits_soon(self, conn, today: date) -> AttentionItem | None:
        v = t.visits.c
        last = _end_of_next_week(today)
        where = and_(v.status == VisitStatus.BOOKED, v.starts_at >= _start(today),
                     v.starts_at < _start(last + timedelta(days=1)))
        return self._visits(conn, AttentionKind.VISITS_SOON, tr("Visits this week and next"),
                            where, v.starts_at, {"status": VisitStatus.BOOKED.value,
                                                 "from": today, "until": last}, False)

    def _lessons(self, conn, kind: AttentionKind, title: str, where, order,
                 filters: dict[str, object], urgent: bool) -> AttentionItem | None:
        le, e = t.lessons.c, t.enrollments.c
        enrolled = (select(func.count()).where(e.lesson_id == le.id,
                                               e.status == EnrollmentStatus.ENROLLED)
                    .correlate(t.lessons).scalar_subquery())
        query = (select(le.id, le.starts_at, le.title, enrolled.label("enrolled"))
                 .where(where).order_by(order, le.id))
        return self._item(
            conn, kind, title, query,
            lambda r: AttentionLine(r.starts_at, r.title,
                                    tr("{n} enrolled").format(n=r.enrolled),
                                    Target(K.LESSON, r.id), urgent),
            Target(K.LESSON, filters=filters), urgent)

    def _unmarked_lessons(self, conn, today: date) -> AttentionItem | None:
        """Lessons of this school year that have ended (held, or still planned though
        their day is past) with teachers enrolled, none of them marked present, late,
        absent or excused."""
        le = t.lessons.c
        since = self._year_start(conn, today)
        where = and_(le.starts_at >= _start(since), attendance_to_mark(today))
        return self._lessons(conn, AttentionKind.UNMARKED_LESSONS,
                             tr("Lessons held without attendance marked"), where,
                             le.starts_at, {"from": since, "to_mark_before": today}, True)

    @staticmethod
    def _year_start(conn, today: date) -> date:
        """The first day of the school year of ``today``; 1 August without one entered."""
        y = t.school_years.c
        starts = conn.scalar(select(y.starts).where(y.starts <= today, y.ends >= today))
        return starts or date(today.year if today.month >= 8 else today.year - 1, 8, 1)

    def _lessons_soon(self, conn, today: date) -> AttentionItem | None:
        le = t.lessons.c
        last = _end_of_next_week(today)
        where = and_(le.status.in_(UPCOMING), le.starts_at >= _start(today),
                     le.starts_at < _start(last + timedelta(days=1)))
        return self._lessons(conn, AttentionKind.LESSONS_SOON, tr("Lessons this week and next"),
                             where, le.starts_at, {"from": today, "until": last}, False)

    def _agreements_ending(self, conn, today: date) -> AttentionItem | None:
        c = t.tutors.c
        where = and_(~c.archived, c.agreement_end >= today,
                     c.agreement_end <= today + timedelta(days=RENEWAL_DAYS))
        query = select(c.id, c.name, c.agreement_end).where(where).order_by(
            c.agreement_end, c.sort_key)

        def line(r) -> AttentionLine:
            days = (r.agreement_end - today).days
            note = tr("ends today") if days == 0 else tr("in {n} d").format(n=days)
            return AttentionLine(r.agreement_end, r.name, note, Target(K.TUTOR, r.id))

        return self._item(conn, AttentionKind.AGREEMENTS_ENDING,
                          tr("Agreements ending within 60 days"),
                          query, line,
                          Target(K.TUTOR, filters={"current": True}))

    # -- an empty database ----------------------------------------------------------------
    @staticmethod
    def _competence(conn, today: date) -> AttentionItem | None:
        """Schools whose staff fall short of a competence target, the furthest first
        (only once some level is recorded: a new programme has nothing to say yet)."""
        if conn.scalar(select(t.competence_levels.c.id).limit(1)) is None:
            return None
        below = sorted((s for s in staff_levels(conn, today) if s.below_target),
                       key=lambda s: -s.missing)
        if not below:
            return None

        def line(school) -> AttentionLine:
            gap = max(school.gaps, key=lambda g: g.missing)
            return AttentionLine(None, school.name, tr(
                "%n more teachers to reach level {level} ({target} % of {staff})", None,
                gap.missing).format(level=gap.level, target=gap.target, staff=school.staff),
                Target(K.COMPETENCE, filters={"school_id": school.school_id}))

        return AttentionItem(AttentionKind.COMPETENCE, len(below),
                             tr("Schools below their competence targets"),
                             [line(s) for s in below[:LINES]], Target(K.COMPETENCE))

    def getting_started(self) -> list[SetupStep]:
        """The first steps, each done or not: schools, teachers, a school year, tutors."""
        def count(table, *where) -> int:
            return conn.scalar(select(func.count()).select_from(table).where(*where)) or 0

        with self.db.reading() as conn:
            schools = count(t.schools, ~t.schools.c.archived)
            teachers = count(t.teachers, ~t.teachers.c.archived)
            years = count(t.school_years)
            tutors = count(t.tutors, ~t.tutors.c.archived)
            candidates = count(t.candidates)
        return [
            SetupStep("schools", tr("Import your schools"),
                      tr("Reports ▸ Import reads them from an Excel sheet; or add them one "
                         "by one on the Schools page."), schools > 0,
                      Target(K.SCHOOL, importing=True)),
            SetupStep("teachers", tr("Import the teachers"),
                      tr("Each school's staff list, from Excel, on the Reports page."),
                      teachers > 0, Target(K.TEACHER, importing=True)),
            SetupStep("school_year", tr("Enter the school year"),
                      tr("Its terms and breaks: no tutoring is booked on a break."),
                      years > 0, Target(K.SCHOOL_YEAR)),
            SetupStep("tutors", tr("Recruit tutors"),
                      tr("Open a recruitment round, or add the tutors you already have on "
                         "the Tutors page."), tutors > 0,
                      Target(K.CANDIDATE if candidates == 0 or tutors else K.TUTOR)),
        ]

    # -- the programme at a glance --------------------------------------------------------
    def glance(self, today: date | None = None) -> Glance | None:
        """The current term's figures (the term of ``today``, or else the next, or else the
        last one); None before any school year is entered."""
        today = today or date.today()
        term = self._term(today)
        if term is None:
            return None
        name, first, last = term
        start, end = _start(first), _start(last + timedelta(days=1))
        with self.db.reading() as conn:
            return Glance(name, first, last, self._tutor_hours(conn, first, last, start, end),
                          self._months(conn, first, last, start, end),
                          self._reach(conn, start, end))

    def _term(self, today: date) -> tuple[str, date, date] | None:
        tm = t.terms.c
        with self.db.reading() as conn:
            current = conn.execute(select(tm.name, tm.starts, tm.ends)
                                   .where(tm.ends >= today).order_by(tm.starts)
                                   .limit(1)).first()
            if current is None:
                current = conn.execute(select(tm.name, tm.starts, tm.ends)
                                       .order_by(tm.starts.desc()).limit(1)).first()
        return tuple(current) if current is not None else None

    @staticmethod
    def _tutor_hours(conn, first: date, last: date, start: datetime, end: datetime
                     ) -> list[TutorHours]:
        v, le, lt, tu = t.visits.c, t.lessons.c, t.lesson_tutors.c, t.tutors.c
        visits = (select(v.tutor_id.label("tutor_id"), func.sum(visit_minutes()).label("minutes"))
                  .where(done_visit(start, end))
                  .group_by(v.tutor_id).subquery("visit_minutes"))
        lessons = (select(lt.tutor_id.label("tutor_id"), func.sum(le.minutes).label("minutes"))
                   .select_from(t.lesson_tutors.join(t.lessons, le.id == lt.lesson_id))
                   .where(le.status == LessonStatus.HELD, le.starts_at >= start,
                          le.starts_at < end)
                   .group_by(lt.tutor_id).subquery("lesson_minutes"))
        in_force = and_(~tu.archived,
                        or_(tu.agreement_start.is_(None), tu.agreement_start <= last),
                        or_(tu.agreement_end.is_(None), tu.agreement_end >= first))
        query = (select(tu.id, tu.name, tu.agreement_start, tu.agreement_end,
                        tu.allotted_hours_per_term,
                        (func.coalesce(visits.c.minutes, 0)
                         + func.coalesce(lessons.c.minutes, 0)).label("minutes"))
                 .select_from(t.tutors.outerjoin(visits, visits.c.tutor_id == tu.id)
                              .outerjoin(lessons, lessons.c.tutor_id == tu.id))
                 .where(or_(in_force, visits.c.minutes > 0, lessons.c.minutes > 0))
                 .order_by(tu.sort_key))
        terms = conn.execute(select(t.terms.c.starts, t.terms.c.ends)).all()
        return [TutorHours(r.id, r.name, (r.minutes or 0) / 60,
                           allotment(r.allotted_hours_per_term, terms, first, last,
                                     r.agreement_start, r.agreement_end))
                for r in conn.execute(query)]

    @staticmethod
    def _months(conn, first: date, last: date, start: datetime, end: datetime
                ) -> list[MonthFigures]:
        v, le, e = t.visits.c, t.lessons.c, t.enrollments.c
        found: dict[date, list[int]] = {}
        vy, vm = extract("year", v.starts_at), extract("month", v.starts_at)
        for y, m, count in conn.execute(
                select(vy, vm, func.count()).where(done_visit(start, end)).group_by(vy, vm)):
            found.setdefault(date(int(y), int(m), 1), [0, 0])[0] = count
        # Per lesson first, the lessons of the term as a list: SQLite then reads each
        # enrollment once by its lesson instead of looking every lesson up for it.
        per_lesson = (select(e.lesson_id.label("lesson_id"), func.count().label("n"))
                      .where(attended(), e.lesson_id.in_(_term_lessons(start, end)))
                      .group_by(e.lesson_id).subquery("per_lesson"))
        ly, lm = extract("year", le.starts_at), extract("month", le.starts_at)
        for y, m, count in conn.execute(
                select(ly, lm, func.sum(per_lesson.c.n))
                .select_from(per_lesson.join(t.lessons, le.id == per_lesson.c.lesson_id))
                .group_by(ly, lm)):
            found.setdefault(date(int(y), int(m), 1), [0, 0])[1] = int(count)
        months, day = [], first.replace(day=1)
        while day <= last:
            months.append(MonthFigures(day, *found.get(day, [0, 0])))
            day = (day + timedelta(days=32)).replace(day=1)
        return months

    @staticmethod
    def _reach(conn, start: datetime, end: datetime) -> list[SchoolReach]:
        """As the Attendance page's "Share reached" and the reports' share of the staff who
        attended a lesson (services/figures.py): active teachers who attended a lesson of
        the term, of the school's active teachers."""
        e, tc, sc = t.enrollments.c, t.teachers.c, t.schools.c
        attending = (select(e.teacher_id)
                     .where(attended(), e.lesson_id.in_(_term_lessons(start, end))))
        reached = (select(tc.school_id.label("school_id"), func.count().label("reached"))
                   .where(active_teacher(), tc.id.in_(attending))
                   .group_by(tc.school_id).subquery("reached"))
        active = (select(tc.school_id.label("school_id"), func.count().label("teachers"))
                  .where(active_teacher()).group_by(tc.school_id).subquery("active"))
        got = func.coalesce(reached.c.reached, 0)
        query = (select(sc.id, sc.name, got.label("reached"), active.c.teachers)
                 .select_from(t.schools.join(active, active.c.school_id == sc.id)
                              .outerjoin(reached, reached.c.school_id == sc.id))
                 .where(~sc.archived)
                 .order_by(got * 1.0 / active.c.teachers, sc.name_key))
        return [SchoolReach(r.id, r.name, r.reached, r.teachers) for r in conn.execute(query)]


def _term_lessons(start: datetime, end: datetime):
    return select(t.lessons.c.id).where(counted_lesson(start, end))
