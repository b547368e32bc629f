"""What each figure of the tutoring counts, defined once for the reports, Today and the
Attendance page, so that the same question gets the same number everywhere.

- A visit is **done** when it was logged done; its time is the time spent when the tutor
  logged it, else the time booked. A visit is **planned** when it is booked and starts
  from the day the figures are made on. A visit booked in the past but not logged is
  neither.
- **Teacher contacts** add up each done visit's number of teachers reached: a teacher at
  three visits is three contacts.
- **Teachers reached by visits** are different teachers, named in the log of a done visit.
- A **lesson attendance** is a teacher enrolled in a lesson (not cancelled) and marked
  present or late; its hours are the lesson's.
- **Teachers who attended a lesson** are different teachers with one attendance or more.
- **Teachers reached** are different teachers reached by a visit or who attended a lesson.
- **Active teachers** are the teachers on a school's staff in CoachDesk now (not
  archived). Teachers are counted with the school they are at now, and every count of
  different teachers counts active teachers only, so that a share of the staff never
  passes 100 %.
- A period runs from its first day's midnight to the midnight after its last day.

Sums and counts are made in the database in a few passes (one over the period's visits,
one over its attendances per teacher), so that the large demo stays fast.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, literal, literal_column, select

from coachdesk.domain.lessons import Attendance, EnrollmentStatus, LessonStatus
from coachdesk.domain.visits import VisitStatus
from coachdesk.storage import tables as t

ATTENDED = (Attendance.PRESENT, Attendance.LATE)
MARKED = (Attendance.PRESENT, Attendance.LATE, Attendance.ABSENT)  # excused: left out
UPCOMING = (LessonStatus.PLANNED, LessonStatus.PUBLISHED)


def midnight(day: date) -> datetime:
    return datetime.combine(day, time())


def visit_minutes():
    """A visit's minutes: the time spent when the tutor logged it, else the booking."""
    v = t.visits.c
    return func.coalesce(v.spent_minutes, v.minutes)


def done_visit(start: datetime, end: datetime):
    v = t.visits.c
    return and_(v.status == VisitStatus.DONE, v.starts_at >= start, v.starts_at < end)


def planned_visit(today: date, end: datetime):
    v = t.visits.c
    return and_(v.status == VisitStatus.BOOKED, v.starts_at >= midnight(today),
                v.starts_at < end)


def counted_lesson(start: datetime, end: datetime):
    """A lesson of the period whose attendances count: any but a cancelled one."""
    le = t.lessons.c
    return and_(le.status != LessonStatus.CANCELLED, le.starts_at >= start, le.starts_at < end)


def upcoming_lesson(today: date, end: datetime):
    le = t.lessons.c
    return and_(le.status.in_(UPCOMING), le.starts_at >= midnight(today), le.starts_at < end)


def attended():
    """An enrollment that is an attendance (with :func:`counted_lesson`)."""
    e = t.enrollments.c
    return and_(e.status == EnrollmentStatus.ENROLLED, e.attendance.in_(ATTENDED))


def active_teacher():
    return ~t.teachers.c.archived


def month_index(column, months: list[date]):
    """Which of ``months`` (first days, in order) a moment of the period falls in: a chain
    of comparisons, several times faster than extracting the year and month of each row
    (SQLite formats the date as text for each)."""
    if len(months) == 1:
        return literal(0)
    return case(*((column < midnight(m), n) for n, m in enumerate(months[1:])),
                else_=len(months) - 1)


def period_months(first: date, last: date) -> list[date]:
    """The first day of every month of the period."""
    months, day = [], first.replace(day=1)
    while day <= last:
        months.append(day)
        day = (day + timedelta(days=32)).replace(day=1)
    return months


@dataclass
class SchoolActivity:
    """One school's figures over a period (see the module's definitions)."""

    school_id: int
    name: str
    archived: bool = False
    visits_done: int = 0
    visits_planned: int = 0
    visit_minutes: int = 0
    teacher_contacts: int = 0
    teachers_visited: int = 0  # different active teachers named in done visits' logs
    lesson_attendances: int = 0
    lesson_minutes: int = 0  # of the lessons attended
    teachers_attending: int = 0  # different active teachers with an attendance
    teachers_reached: int = 0  # different active teachers visited or attending
    active_teachers: int = 0

    @property
    def share_reached(self) -> float | None:
        return self.teachers_reached / self.active_teachers if self.active_teachers else None

    @property
    def share_attending(self) -> float | None:
        return (self.teachers_attending / self.active_teachers if self.active_teachers
                else None)


@dataclass
class VisitTotals:
    """Done and planned visits of one group (a school, a tutor, a month)."""

    done: int = 0
    minutes: int = 0
    contacts: int = 0
    planned: int = 0

    def add(self, row) -> None:
        self.done += row.done
        self.minutes += row.minutes
        self.contacts += row.contacts
        self.planned += row.planned


@dataclass
class VisitPass:
    by_school: dict[int, VisitTotals] = field(default_factory=lambda: defaultdict(VisitTotals))
    by_tutor: dict[int, VisitTotals] = field(default_factory=lambda: defaultdict(VisitTotals))
    by_month: dict[int, VisitTotals] = field(default_factory=lambda: defaultdict(VisitTotals))


def visit_pass(conn, start: datetime, end: datetime, today: date,
               months: list[date] | None = None, tutors: bool = False,
               school_id: int | None = None) -> VisitPass:
    """The period's visits (or one school's) in one pass, done and planned, per school,
    and if asked per tutor and per month."""
    v = t.visits.c
    # The period and the two statuses once in WHERE; each aggregate then tells them apart
    # by the status alone (the same as done_visit and planned_visit).
    done = v.status == VisitStatus.DONE
    planned = and_(v.status == VisitStatus.BOOKED, v.starts_at >= midnight(today))
    columns = [v.school_id.label("school_id")]
    keys: list[ColumnElement[Any]] = [v.school_id]
    if tutors:
        columns.append(v.tutor_id.label("tutor_id"))
        keys.append(v.tutor_id)
    if months:
        # Grouped by the month first: SQLite then sorts instead of reading the table in
        # the order of the school index, a row at a time (twice as fast on 100,000 visits).
        # By its label: the CASE written again would be computed again for every row.
        columns.insert(0, month_index(v.starts_at, months).label("month_no"))
        keys.insert(0, literal_column("month_no"))
    query = (select(*columns,
                    func.count(case((done, 1))).label("done"),
                    func.coalesce(func.sum(case((done, visit_minutes()))), 0).label("minutes"),
                    func.coalesce(func.sum(case((done, v.teachers_reached))), 0)
                    .label("contacts"),
                    func.count(case((planned, 1))).label("planned"))
             .where(v.starts_at >= start, v.starts_at < end,
                    v.status.in_([VisitStatus.DONE, VisitStatus.BOOKED]))
             .group_by(*keys))
    if school_id is not None:
        query = query.where(v.school_id == school_id)
    found = VisitPass()
    for row in conn.execute(query):
        found.by_school[row.school_id].add(row)
        if tutors:
            found.by_tutor[row.tutor_id].add(row)
        if months:
            found.by_month[row.month_no].add(row)
    return found


def school_activity(conn, start: datetime, end: datetime, today: date,
                    visits: VisitPass | None = None) -> dict[int, SchoolActivity]:
    """Every school's figures over the period (archived schools too), by school id in the
    order of their names."""
    sc, tc, e, le, vt, v = (t.schools.c, t.teachers.c, t.enrollments.c, t.lessons.c,
                            t.visit_teachers.c, t.visits.c)
    schools = {r.id: SchoolActivity(r.id, r.name, bool(r.archived))
               for r in conn.execute(select(sc.id, sc.name, sc.archived)
                                     .order_by(sc.name_key))}
    visits = visits or visit_pass(conn, start, end, today)
    for school_id, totals in visits.by_school.items():
        row = schools[school_id]
        row.visits_done, row.visit_minutes = totals.done, totals.minutes
        row.teacher_contacts, row.visits_planned = totals.contacts, totals.planned
    for school_id, count in conn.execute(
            select(tc.school_id, func.count()).where(active_teacher())
            .group_by(tc.school_id)):
        schools[school_id].active_teachers = count
    # Per teacher first (a few thousand rows), then per school: each attendance is read
    # once, from the lessons of the period through the enrollments' covering index.
    # Grouped by "teacher_id + 0": by the bare column SQLite would read every enrollment
    # in teacher order through its index, a row at a time (five times slower).
    teacher = (e.teacher_id + 0).label("teacher_id")
    per_teacher = (select(teacher, func.count().label("n"), func.sum(le.minutes).label("minutes"))
                   .select_from(t.lessons.join(t.enrollments, e.lesson_id == le.id))
                   .where(counted_lesson(start, end), attended())
                   .group_by(teacher).subquery("per_teacher"))
    reached: dict[int, set[int]] = defaultdict(set)
    for school_id, teacher_id, active, count, minutes in conn.execute(
            select(tc.school_id, tc.id, active_teacher(), per_teacher.c.n,
                   per_teacher.c.minutes)
            .select_from(per_teacher.join(t.teachers, tc.id == per_teacher.c.teacher_id))):
        row = schools[school_id]
        row.lesson_attendances += count
        row.lesson_minutes += minutes or 0
        if active:
            row.teachers_attending += 1
            reached[school_id].add(teacher_id)
    named = (select(vt.teacher_id).select_from(t.visit_teachers.join(t.visits,
                                                                      v.id == vt.visit_id))
             .where(done_visit(start, end)))
    for school_id, teacher_id in conn.execute(
            select(tc.school_id, tc.id).where(active_teacher(), tc.id.in_(named))):
        schools[school_id].teachers_visited += 1
        reached[school_id].add(teacher_id)
    for school_id, teachers in reached.items():
        schools[school_id].teachers_reached = len(teachers)
    return schools


__all__ = [
    "ATTENDED", "MARKED", "UPCOMING", "SchoolActivity", "VisitPass", "VisitTotals",
    "active_teacher", "attended", "counted_lesson", "done_visit", "midnight", "month_index",
    "period_months", "planned_visit", "school_activity", "upcoming_lesson", "visit_minutes",
    "visit_pass",
]
