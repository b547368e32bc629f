"""desk.reports: the figures and rows of the Excel reports, aggregated in SQL.

Every method returns plain dataclasses; the reports package turns them into workbooks.
What each figure counts is defined once, in :mod:`coachdesk.services.figures`: the school
report, the municipal summary, Today and the Attendance page count alike. Times are kept
as whole minutes, so that the hours shown add up exactly.
"""

import statistics
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import and_, case, distinct, func, or_, select

from coachdesk.domain.devices import BorrowerKind, DeviceStatus, ReservationStatus
from coachdesk.domain.errors import NotFound, ValidationError
from coachdesk.domain.lessons import Attendance, EnrollmentStatus, LessonStatus
from coachdesk.domain.requests import OPEN, AskedBy, RequestStatus, Urgency
from coachdesk.domain.text import search_key, tr
from coachdesk.domain.tutors import TutorKind, allotment
from coachdesk.domain.visits import VisitPurpose, VisitStatus
from coachdesk.services.device_states import device_status, reservation_active
from coachdesk.services.figures import (
    ATTENDED,
    MARKED,
    UPCOMING,
    SchoolActivity,
    attended,
    counted_lesson,
    done_visit,
    midnight,
    month_index,
    period_months,
    planned_visit,
    school_activity,
    upcoming_lesson,
    visit_minutes,
    visit_pass,
)
from coachdesk.services.level_figures import LevelReport, level_report
from coachdesk.services.situations import (
    CitySituations,
    Situation,
    city_situations,
    school_situation,
)
from coachdesk.services.valued_hours import ValuedHoursService
from coachdesk.storage import tables as t
from coachdesk.storage.database import Database

TOPICS_SHOWN = 8  # topics on a school report's first page; the rest as one line
PLANNED_SHOWN = 8  # visits and lessons to come on it


# -- what the school report and the summary share ---------------------------------------------
@dataclass(frozen=True)
class MonthRow:
    month: date  # the first day of the month
    visits_done: int
    visits_planned: int
    visit_minutes: int
    lesson_attendances: int
    lesson_minutes: int


@dataclass(frozen=True)
class CityMedians:
    """The median school of the city (the schools not archived; a share over those with
    active teachers), each figure's own median: the figure of the school in the middle,
    never a value between two schools."""

    schools: int
    visits_done: int | None
    visit_minutes: int | None
    lesson_attendances: int | None
    teachers_reached: int | None
    active_teachers: int | None
    share_reached: float | None


@dataclass(frozen=True)
class City:
    """Every school's activity over a period: computed once for a batch of reports."""

    first: date
    last: date
    today: date
    schools: dict[int, SchoolActivity]

    @property
    def medians(self) -> CityMedians:
        counted = [s for s in self.schools.values() if not s.archived]
        staffed = [s.share_reached for s in counted if s.active_teachers]

        def median(values):
            values = list(values)
            return statistics.median_low(values) if values else None

        return CityMedians(
            len(counted), median(s.visits_done for s in counted),
            median(s.visit_minutes for s in counted),
            median(s.lesson_attendances for s in counted),
            median(s.teachers_reached for s in counted),
            median(s.active_teachers for s in counted), median(staffed))


# -- the school report ----------------------------------------------------------------------
class Presence(StrEnum):
    """Whether a teacher attended a lesson, as the school report says it."""

    YES = "yes"
    NO = "no"  # absent or excused
    UPCOMING = "upcoming"
    NOT_MARKED = "not_marked"

    @property
    def label(self) -> str:
        return {Presence.YES: tr("yes"), Presence.NO: tr("no"),
                Presence.UPCOMING: tr("upcoming"),
                Presence.NOT_MARKED: tr("not marked")}[self]


@dataclass(frozen=True)
class SchoolFigures:
    activity: SchoolActivity  # the figures the city's schools are compared by
    median: CityMedians
    upcoming_lessons: int  # lessons to come with a teacher of the school enrolled
    open_requests: int
    longest_wait_days: int | None  # of the open requests, on ``as_of``
    devices_on_loan: int  # to the school or one of its teachers, on ``as_of``


@dataclass(frozen=True)
class TopicCovered:
    name: str | None  # None: lessons without a topic; "" the other topics together
    visits: int  # done visits at the school logged with the topic
    attendances: int  # the school's teachers' attendances at lessons of the topic
    others: int = 0  # how many topics this line stands for, when it is the rest


@dataclass(frozen=True)
class PlannedRow:
    starts_at: datetime
    purpose: VisitPurpose | None  # a visit's
    lesson: str  # a lesson's title
    tutor: str  # a visit's tutor
    enrolled: int  # a lesson's: the school's teachers enrolled


@dataclass(frozen=True)
class VisitRow:
    starts_at: datetime
    ends_at: datetime
    tutor: str
    purpose: VisitPurpose
    status: VisitStatus
    minutes: int | None  # a done visit's: time spent when logged, otherwise the booked time
    teacher_contacts: int | None
    teachers_named: str
    topics: str
    notes: str


@dataclass(frozen=True)
class AttendanceRow:
    starts_at: datetime
    lesson: str
    topic: str
    teacher: str
    lesson_status: LessonStatus
    attendance: Attendance | None
    presence: Presence
    minutes: int  # the lesson's

    @property
    def attended(self) -> bool:
        return self.presence is Presence.YES


@dataclass(frozen=True)
class LoanRow:
    asset_tag: str
    category: str
    model: str
    borrower: str
    borrower_kind: BorrowerKind
    out_on: date
    due_on: date
    days_overdue: int  # 0 when not overdue
    renewals: int = 0
    contact: str = ""

    @property
    def overdue(self) -> bool:
        return self.days_overdue > 0


@dataclass(frozen=True)
class RequestRow:
    received_on: date
    asked_by: AskedBy
    asked_by_name: str
    purpose: VisitPurpose
    minutes: int
    teachers_count: int | None
    urgency: Urgency
    status: RequestStatus
    topics: str
    description: str
    waited_days: int = 0  # from its arrival to ``as_of``


@dataclass(frozen=True)
class SchoolReport:
    school_id: int
    school: str
    principal: str
    first: date
    last: date
    as_of: date  # devices on loan and requests waiting on this day: the last day or today
    today: date  # visits and lessons from this day on are planned
    figures: SchoolFigures
    months: list[MonthRow]
    topics: list[TopicCovered]  # the most covered first, the rest as one line
    planned: list[PlannedRow]  # the next visits and lessons
    visits: list[VisitRow]
    attendance: list[AttendanceRow]
    devices: list[LoanRow]
    requests: list[RequestRow]
    language: str = ""  # the school's teaching language ("fi", "sv", "other"): the report's
    costs: list["SchoolCost"] | None = None  # None: the coordinator did not ask for them
    situation: Situation | None = None  # the school's ICT situation and needs noticed
    levels: LevelReport | None = None  # the staff's digital-competence levels on as_of


@dataclass(frozen=True)
class SchoolCost:
    """What one budget line paid for a school over a report's period, before the grant's
    share: the costs entered naming the school, and the tutors' time there valued."""

    grant: str
    line: str
    entered: Decimal
    hours: Decimal

    @property
    def total(self) -> Decimal:
        return self.entered + self.hours


# -- the municipal summary ------------------------------------------------------------------
@dataclass(frozen=True)
class TutorRow:
    name: str
    home_school: str
    kind: TutorKind
    visit_minutes: int
    lesson_minutes: int  # of the held lessons the tutor taught
    allotted_minutes: int | None  # domain.tutors.allotment: prorated over the period's terms

    @property
    def minutes_used(self) -> int:
        return self.visit_minutes + self.lesson_minutes

    @property
    def share_used(self) -> float | None:
        return self.minutes_used / self.allotted_minutes if self.allotted_minutes else None


@dataclass(frozen=True)
class TopicRow:
    name: str | None  # None: the lessons without a topic
    lessons: int  # not cancelled, in the period
    lessons_held: int
    enrolled: int
    attended: int
    marked: int  # present, late or absent: excused absences are left out
    attended_minutes: int
    visits_done: int

    @property
    def attendance_share(self) -> float | None:
        return self.attended / self.marked if self.marked else None


@dataclass(frozen=True)
class MunicipalSummary:
    first: date
    last: date
    today: date
    tutors: list[TutorRow]
    schools: list[SchoolActivity]  # not archived, or with activity in the period
    topics: list[TopicRow]
    months: list[MonthRow]
    situations: CitySituations | None = None  # the needs noted, the schools not looked at
    levels: LevelReport | None = None  # every school's competence levels on the last day

    @property
    def lessons(self) -> int:
        return sum(t.lessons for t in self.topics)

    @property
    def lessons_held(self) -> int:
        return sum(t.lessons_held for t in self.topics)


# -- the device report ----------------------------------------------------------------------
@dataclass(frozen=True)
class DeviceRow:
    asset_tag: str
    category: str
    model: str
    serial_number: str
    status: DeviceStatus
    location: str
    condition: str
    purchase_date: date | None
    price: Decimal | None
    holder: str  # the borrower of the open loan
    due_on: date | None
    days_overdue: int

    @property
    def overdue(self) -> bool:
        return self.days_overdue > 0


@dataclass(frozen=True)
class ReservationRow:
    starts: date
    ends: date
    asset_tag: str
    category: str
    borrower: str
    borrower_kind: BorrowerKind
    status: ReservationStatus
    notes: str


@dataclass(frozen=True)
class DeviceReport:
    today: date
    devices: list[DeviceRow]
    loans: list[LoanRow]
    reservations: list[ReservationRow]
    status_counts: dict[DeviceStatus, int] = field(default_factory=dict)

    @property
    def overdue(self) -> int:
        return sum(1 for loan in self.loans if loan.overdue)


def _bounds(first: date, last: date) -> tuple[datetime, datetime]:
    if last < first:
        raise ValidationError({"last": tr("The period cannot end before it starts.")})
    return datetime.combine(first, time()), datetime.combine(last + timedelta(days=1), time())


def _borrower():
    return func.coalesce(t.tutors.c.name, t.teachers.c.name, t.schools.c.name)


def _contact():
    return func.coalesce(func.nullif(t.tutors.c.email, ""), func.nullif(t.teachers.c.email, ""),
                         func.nullif(t.schools.c.ict_contact_email, ""), "")


def _with_borrowers(table):
    c = table.c
    return (table.outerjoin(t.tutors, t.tutors.c.id == c.tutor_id)
            .outerjoin(t.teachers, t.teachers.c.id == c.teacher_id)
            .outerjoin(t.schools, t.schools.c.id == c.school_id))


def _on_loan(day: date):
    """Loans out on ``day``: lent by then, not returned or lost by then."""
    lo = t.loans.c
    return and_(lo.out_on <= day, or_(lo.returned_on.is_(None), lo.returned_on > day),
                or_(lo.lost_on.is_(None), lo.lost_on > day))


def _overdue_days(due: date, day: date) -> int:
    return max(0, (day - due).days)


class ReportDataService:
    def __init__(self, db: Database):
        self.db = db
        self.valued_hours = ValuedHoursService(db)  # the tutors' time a school had, valued

    # -- choosing -------------------------------------------------------------------------
    def find_school(self, name: str) -> tuple[int, str]:
        """(id, name) of the school called ``name`` (case does not matter)."""
        sc = t.schools.c
        with self.db.reading() as conn:
            found = conn.execute(select(sc.id, sc.name)
                                 .where(sc.name_key == search_key(name))).first()
            if found is None:
                like = f"%{search_key(name)}%"
                matches = conn.execute(select(sc.id, sc.name).where(sc.name_key.like(like))
                                       .order_by(sc.name_key).limit(6)).all()
                if len(matches) == 1:
                    return tuple(matches[0])
                hint = (tr(" Did you mean: {names}?").format(
                    names=", ".join(m.name for m in matches[:5])) if matches else "")
                raise NotFound(tr("There is no school called “{name}”.").format(name=name)
                               + hint)
        return tuple(found)

    def schools(self, include_archived: bool = False) -> list[tuple[int, str]]:
        sc = t.schools.c
        query = select(sc.id, sc.name).order_by(sc.name_key)
        if not include_archived:
            query = query.where(~sc.archived)
        with self.db.reading() as conn:
            return [(r.id, r.name) for r in conn.execute(query)]

    # -- whose language -------------------------------------------------------------------
    def language_of(self, kind: str, record_id: int) -> str:
        """The teaching language ("fi", "sv", "other") of a school, of a teacher's school
        or of a tutor's home school: what is written for them is written in it."""
        sc = t.schools.c
        school_id = {
            "school": select(sc.id).where(sc.id == record_id),
            "teacher": select(t.teachers.c.school_id).where(t.teachers.c.id == record_id),
            "tutor": select(t.tutors.c.home_school_id).where(t.tutors.c.id == record_id),
        }[str(kind)].scalar_subquery()
        with self.db.reading() as conn:
            found = conn.scalar(select(sc.language).where(sc.id == school_id))
        if found is None:
            raise NotFound({"school": tr("That school no longer exists."),
                            "teacher": tr("That teacher no longer exists."),
                            "tutor": tr("That tutor no longer exists.")}[str(kind)])
        return found.value

    def loan_languages(self, loan_ids: list[int] | None = None,
                       device_ids: list[int] | None = None) -> dict[int, str]:
        """loan id → the language of its borrower's school (a school's own, a teacher's
        school, a tutor's home school); or, given devices, device id → that of the
        borrower of its open loan (a device not on loan is left out)."""
        lo = t.loans.c
        school = t.schools.alias("borrower_school")
        school_id = func.coalesce(lo.school_id, t.teachers.c.school_id,
                                  t.tutors.c.home_school_id)
        key = lo.id if loan_ids is not None else lo.device_id
        query = select(key, school.c.language).select_from(
            _with_borrowers(t.loans).join(school, school.c.id == school_id))
        if loan_ids is not None:
            query = query.where(lo.id.in_(list(loan_ids)))
        else:
            query = query.where(lo.device_id.in_(list(device_ids or ())),
                                lo.returned_on.is_(None), lo.lost_on.is_(None))
        with self.db.reading() as conn:
            return {found: language.value for found, language in conn.execute(query)}


    # -- every school at once -------------------------------------------------------------
    def city(self, first: date, last: date, today: date | None = None) -> City:
        """Every school's activity over the period, to compare a school with: computed once
        and handed to :meth:`school_report` when many schools' reports are written."""
        start, end = _bounds(first, last)
        today = today or date.today()
        with self.db.reading() as conn:
            return City(first, last, today, school_activity(conn, start, end, today))

    # -- one school -----------------------------------------------------------------------
    def school_report(self, school_id: int, first: date, last: date,
                      today: date | None = None, city: City | None = None,
                      costs: bool = False) -> SchoolReport:
        """The school's report; ``city`` (of the same period and day) saves reading every
        school's activity again; ``costs``: with what the grants paid for the school."""
        start, end = _bounds(first, last)
        today = today or date.today()
        as_of = min(last, today)
        sc, tc = t.schools.c, t.teachers.c
        if city is not None and (city.first, city.last, city.today) != (first, last, today):
            city = None
        with self.db.reading() as conn:
            school = conn.execute(select(sc.name, sc.principal_name, sc.language)
                                  .where(sc.id == school_id)).first()
            if school is None:
                raise NotFound(tr("That school no longer exists."))
            if city is None:
                city = City(first, last, today, school_activity(conn, start, end, today))
            months = self._school_months(conn, school_id, first, last, start, end, today)
            topics = self._topics_covered(conn, school_id, start, end)
            planned = self._planned(conn, school_id, today, end)
            upcoming = conn.scalar(
                select(func.count(distinct(t.lessons.c.id)))
                .select_from(_school_enrollments())
                .where(tc.school_id == school_id,
                       t.enrollments.c.status == EnrollmentStatus.ENROLLED,
                       upcoming_lesson(today, end)))
            visits = self._visit_rows(conn, school_id, start, end)
            attendance = self._attendance_rows(conn, school_id, start, end, today)
            loans = self._loan_rows(conn, as_of, or_(
                t.loans.c.school_id == school_id,
                t.loans.c.teacher_id.in_(select(tc.id).where(tc.school_id == school_id))))
            requests = self._request_rows(conn, school_id, last, as_of)
            situation = school_situation(conn, school_id)
            levels = level_report(conn, as_of, school_id)
        activity = city.schools.get(school_id) or SchoolActivity(school_id, school.name)
        figures = SchoolFigures(
            activity, city.medians, upcoming or 0, len(requests),
            max((r.waited_days for r in requests), default=None), len(loans))
        return SchoolReport(school_id, school.name, school.principal_name, first, last, as_of,
                            today, figures, months, topics, planned, visits, attendance,
                            loans, requests, school.language.value,
                            self.school_costs(school_id, first, min(last, today), today)
                            if costs else None, situation=situation, levels=levels)

    def school_costs(self, school_id: int, first: date, last: date,
                     today: date | None = None) -> list[SchoolCost]:
        """Per budget line of the grants running in the period, what it paid for the
        school from ``first`` to ``last``: the costs entered naming the school and the
        tutors' done visits and lessons there, valued as the follow-up values them.
        Lines that paid nothing for the school are left out."""
        g, b, k = t.grants.c, t.budget_lines.c, t.costs.c
        with self.db.reading() as conn:
            lines = conn.execute(
                select(b.id, b.grant_id, g.name.label("grant"), b.name.label("line"))
                .select_from(t.budget_lines.join(t.grants))
                .where(g.starts <= last, g.ends >= first)
                .order_by(g.starts, g.name_key, b.id)).all()
            entered = {line_id: Decimal(amount) for line_id, amount in conn.execute(
                select(k.line_id, func.sum(k.amount))
                .where(k.school_id == school_id, k.spent_on >= first, k.spent_on <= last)
                .group_by(k.line_id))}
        hours: dict[int, Decimal] = defaultdict(Decimal)
        for grant_id in dict.fromkeys(row.grant_id for row in lines):
            for row in self.valued_hours.of_grant(grant_id, today):
                if row.done and row.school_id == school_id and first <= row.day <= last:
                    hours[row.line_id] += row.cost
        return [SchoolCost(row.grant, row.line, entered.get(row.id, Decimal(0)),
                           hours.get(row.id, Decimal(0)))
                for row in lines if row.id in entered or hours.get(row.id)]

    def _school_months(self, conn, school_id: int, first: date, last: date, start: datetime,
                       end: datetime, today: date) -> list[MonthRow]:
        """Per month: the school's visits done and planned, its teachers' attendances."""
        months = period_months(first, last)
        visits = visit_pass(conn, start, end, today, months, school_id=school_id).by_month
        le, tc = t.lessons.c, t.teachers.c
        month = month_index(le.starts_at, months)
        lessons = {n: (count, minutes) for n, count, minutes in conn.execute(
            select(month, func.count(), func.coalesce(func.sum(le.minutes), 0))
            .select_from(_school_enrollments())
            .where(tc.school_id == school_id, counted_lesson(start, end), attended())
            .group_by(month))}
        return _month_rows(months, visits, lessons)

    def _topics_covered(self, conn, school_id: int, start: datetime, end: datetime
                        ) -> list[TopicCovered]:
        v, vt, to, le, tc = (t.visits.c, t.visit_topics.c, t.topics.c, t.lessons.c,
                             t.teachers.c)
        found: dict[str | None, list[int]] = defaultdict(lambda: [0, 0])
        for name, count in conn.execute(
                select(to.name, func.count())
                .select_from(t.visit_topics.join(t.visits, v.id == vt.visit_id)
                             .join(t.topics, to.id == vt.topic_id))
                .where(v.school_id == school_id, done_visit(start, end))
                .group_by(to.id, to.name)):
            found[name][0] += count
        for name, count in conn.execute(
                select(to.name, func.count())
                .select_from(_school_enrollments().outerjoin(t.topics, to.id == le.topic_id))
                .where(tc.school_id == school_id, counted_lesson(start, end), attended())
                .group_by(to.id, to.name)):
            found[name][1] += count
        ranked = sorted(found.items(), key=lambda x: (-sum(x[1]), (x[0] or "").casefold()))
        rows = [TopicCovered(name, v_, a) for name, (v_, a) in ranked]
        if len(rows) <= TOPICS_SHOWN + 1:
            return rows
        rest = rows[TOPICS_SHOWN:]
        return rows[:TOPICS_SHOWN] + [TopicCovered("", sum(r.visits for r in rest),
                                                   sum(r.attendances for r in rest),
                                                   len(rest))]

    def _planned(self, conn, school_id: int, today: date, end: datetime) -> list[PlannedRow]:
        """The next visits to the school and lessons its teachers are enrolled in."""
        v, tu, le, tc, e = (t.visits.c, t.tutors.c, t.lessons.c, t.teachers.c,
                            t.enrollments.c)
        rows = [PlannedRow(r.starts_at, r.purpose, "", r.tutor, 0) for r in conn.execute(
            select(v.starts_at, v.purpose, tu.name.label("tutor"))
            .select_from(t.visits.join(t.tutors, tu.id == v.tutor_id))
            .where(v.school_id == school_id, planned_visit(today, end))
            .order_by(v.starts_at, v.id).limit(PLANNED_SHOWN))]
        rows += [PlannedRow(r.starts_at, None, r.title, "", r.enrolled) for r in conn.execute(
            select(le.starts_at, le.title, func.count().label("enrolled"))
            .select_from(_school_enrollments())
            .where(tc.school_id == school_id, e.status == EnrollmentStatus.ENROLLED,
                   upcoming_lesson(today, end))
            .group_by(le.id, le.starts_at, le.title)
            .order_by(le.starts_at, le.id).limit(PLANNED_SHOWN))]
        return sorted(rows, key=lambda r: r.starts_at)[:PLANNED_SHOWN]

    def _visit_rows(self, conn, school_id: int, start: datetime, end: datetime
                    ) -> list[VisitRow]:
        v, tu = t.visits.c, t.tutors.c
        topics = (select(func.aggregate_strings(t.topics.c.name, ", "))
                  .select_from(t.visit_topics.join(t.topics))
                  .where(t.visit_topics.c.visit_id == v.id)
                  .correlate(t.visits).scalar_subquery())
        named = (select(func.aggregate_strings(t.teachers.c.name, ", "))
                 .select_from(t.visit_teachers.join(t.teachers))
                 .where(t.visit_teachers.c.visit_id == v.id)
                 .correlate(t.visits).scalar_subquery())
        done = v.status == VisitStatus.DONE
        return [
            VisitRow(r.starts_at, r.ends_at, r.tutor, r.purpose, r.status, r.minutes,
                     r.teachers_reached, r.named or "", r.topics or "", r.notes)
            for r in conn.execute(
                select(v.starts_at, v.ends_at, tu.name.label("tutor"), v.purpose, v.status,
                       case((done, visit_minutes())).label("minutes"), v.teachers_reached,
                       named.label("named"), topics.label("topics"), v.notes)
                .select_from(t.visits.join(t.tutors, tu.id == v.tutor_id))
                .where(v.school_id == school_id, v.starts_at >= start, v.starts_at < end)
                .order_by(v.starts_at, tu.sort_key))
        ]

    def _attendance_rows(self, conn, school_id: int, start: datetime, end: datetime,
                         today: date) -> list[AttendanceRow]:
        """The school's teachers enrolled in the period's lessons (not cancelled)."""
        le, e, tc = t.lessons.c, t.enrollments.c, t.teachers.c
        from_today = midnight(today)

        def presence(r) -> Presence:
            if r.attendance in ATTENDED:
                return Presence.YES
            if r.attendance is not None:
                return Presence.NO
            if r.status in UPCOMING and r.starts_at >= from_today:
                return Presence.UPCOMING
            return Presence.NOT_MARKED

        return [
            AttendanceRow(r.starts_at, r.title, r.topic or "", r.teacher, r.status,
                          r.attendance, presence(r), r.minutes or 0)
            for r in conn.execute(
                select(le.starts_at, le.title, t.topics.c.name.label("topic"),
                       tc.name.label("teacher"), le.status, e.attendance, le.minutes)
                .select_from(_school_enrollments().outerjoin(
                    t.topics, t.topics.c.id == le.topic_id))
                .where(tc.school_id == school_id, e.status == EnrollmentStatus.ENROLLED,
                       counted_lesson(start, end))
                .order_by(le.starts_at, le.title, tc.sort_key))
        ]

    def _loan_rows(self, conn, day: date, where=None) -> list[LoanRow]:
        lo, d = t.loans.c, t.devices.c
        query = (select(d.asset_tag, d.category, d.model, _borrower().label("who"),
                        lo.borrower_kind, lo.out_on, lo.due_on, lo.renewals,
                        _contact().label("contact"))
                 .select_from(_with_borrowers(t.loans).join(t.devices, d.id == lo.device_id))
                 .where(_on_loan(day)).order_by(lo.due_on, d.asset_tag))
        if where is not None:
            query = query.where(where)
        return [LoanRow(r.asset_tag, r.category, r.model, r.who or "", r.borrower_kind,
                        r.out_on, r.due_on, _overdue_days(r.due_on, day), r.renewals,
                        r.contact or "")
                for r in conn.execute(query)]

    def _request_rows(self, conn, school_id: int, last: date, as_of: date
                      ) -> list[RequestRow]:
        rq = t.visit_requests.c
        topics = (select(func.aggregate_strings(t.topics.c.name, ", "))
                  .select_from(t.request_topics.join(t.topics))
                  .where(t.request_topics.c.request_id == rq.id)
                  .correlate(t.visit_requests).scalar_subquery())
        return [
            RequestRow(r.received_on, r.asked_by, r.asked_by_name, r.purpose, r.minutes,
                       r.teachers_count, r.urgency, r.status, r.topics or "", r.description,
                       max(0, (as_of - r.received_on).days))
            for r in conn.execute(
                select(rq.received_on, rq.asked_by, rq.asked_by_name, rq.purpose, rq.minutes,
                       rq.teachers_count, rq.urgency, rq.status, topics.label("topics"),
                       rq.description)
                .where(rq.school_id == school_id, rq.status.in_(OPEN), rq.received_on <= last)
                .order_by(rq.received_on, rq.id))
        ]

    # -- the municipality -----------------------------------------------------------------
    def municipal_summary(self, first: date, last: date,
                          today: date | None = None) -> MunicipalSummary:
        """Per tutor, school, topic and month, in one pass over the period's visits and two
        over its attendances (per teacher, per topic and month)."""
        start, end = _bounds(first, last)
        today = today or date.today()
        months = period_months(first, last)
        with self.db.reading() as conn:
            visits = visit_pass(conn, start, end, today, months, tutors=True)
            activity = school_activity(conn, start, end, today, visits)
            tutors = self._tutor_rows(conn, first, last, start, end, visits.by_tutor)
            lessons = self._lesson_pass(conn, start, end, months)
            topics = self._topic_rows(conn, start, end, lessons)
            situations = city_situations(conn, today, first, last)
            levels = level_report(conn, min(last, today))
        per_month: dict[int, tuple[int, int]] = defaultdict(lambda: (0, 0))
        for (_, month), n in lessons.items():
            count, minutes = per_month[month]
            per_month[month] = (count + n[3], minutes + n[5])
        schools = [s for s in activity.values()
                   if not s.archived or s.visits_done or s.lesson_attendances]
        return MunicipalSummary(first, last, today, tutors, schools, topics,
                                _month_rows(months, visits.by_month, per_month),
                                situations=situations, levels=levels)

    def _tutor_rows(self, conn, first: date, last: date, start: datetime, end: datetime,
                    visits) -> list[TutorRow]:
        le, lt, tu, sc = t.lessons.c, t.lesson_tutors.c, t.tutors.c, t.schools.c
        lessons = (select(lt.tutor_id.label("tutor_id"), func.sum(le.minutes).label("minutes"))
                   .select_from(t.lesson_tutors.join(t.lessons, le.id == lt.lesson_id))
                   .where(le.status == LessonStatus.HELD, le.starts_at >= start,
                          le.starts_at < end)
                   .group_by(lt.tutor_id).subquery("lesson_minutes"))
        terms = conn.execute(select(t.terms.c.starts, t.terms.c.ends)
                             .where(t.terms.c.starts <= last, t.terms.c.ends >= first)).all()
        in_force = and_(~tu.archived,
                        or_(tu.agreement_start.is_(None), tu.agreement_start <= last),
                        or_(tu.agreement_end.is_(None), tu.agreement_end >= first))
        query = (select(tu.id, tu.name, sc.name.label("school"), tu.kind, tu.agreement_start,
                        tu.agreement_end, tu.allotted_hours_per_term,
                        in_force.label("in_force"),
                        func.coalesce(lessons.c.minutes, 0).label("lesson_minutes"))
                 .select_from(t.tutors.join(t.schools, sc.id == tu.home_school_id)
                              .outerjoin(lessons, lessons.c.tutor_id == tu.id))
                 .order_by(tu.sort_key))
        rows = []
        for r in conn.execute(query):
            visit_minutes_ = visits[r.id].minutes if r.id in visits else 0
            if not (r.in_force or visit_minutes_ or r.lesson_minutes):
                continue
            allotted = allotment(r.allotted_hours_per_term, terms, first, last,
                                 r.agreement_start, r.agreement_end)
            rows.append(TutorRow(r.name, r.school, r.kind, visit_minutes_, r.lesson_minutes,
                                 None if allotted is None else round(allotted.hours * 60)))
        return rows

    def _lesson_pass(self, conn, start: datetime, end: datetime, months: list[date]
                     ) -> dict[tuple[int | None, int], list[int]]:
        """Per (topic, month): [lessons, held, enrolled, attended, marked, attended
        minutes], in one pass over the lessons of the period and their enrollments."""
        le, e = t.lessons.c, t.enrollments.c
        month = month_index(le.starts_at, months)
        is_attended = e.attendance.in_(ATTENDED)
        per_lesson = (
            select(le.id.label("lesson_id"), func.count(e.id).label("enrolled"),
                   func.count(case((is_attended, 1))).label("attended"),
                   func.count(case((e.attendance.in_(MARKED), 1))).label("marked"))
            .select_from(t.lessons.outerjoin(t.enrollments, and_(
                e.lesson_id == le.id, e.status == EnrollmentStatus.ENROLLED)))
            .where(counted_lesson(start, end)).group_by(le.id).subquery("per_lesson"))
        n = per_lesson.c
        found = {}
        for r in conn.execute(
                select(le.topic_id, month.label("month"), func.count(),
                       func.count(case((le.status == LessonStatus.HELD, 1))),
                       func.sum(n.enrolled), func.sum(n.attended), func.sum(n.marked),
                       func.sum(n.attended * le.minutes))
                .select_from(per_lesson.join(t.lessons, le.id == n.lesson_id))
                .group_by(le.topic_id, month)):
            found[(r[0], r[1])] = [int(x or 0) for x in r[2:]]
        return found

    def _topic_rows(self, conn, start: datetime, end: datetime,
                    lessons: dict[tuple[int | None, int], list[int]]) -> list[TopicRow]:
        v, vt, to = t.visits.c, t.visit_topics.c, t.topics.c
        per_topic: dict[int | None, list[int]] = defaultdict(lambda: [0] * 7)
        for (topic, _), n in lessons.items():
            per_topic[topic][:6] = [a + b for a, b in zip(per_topic[topic][:6], n, strict=True)]
        for topic, count in conn.execute(
                select(vt.topic_id, func.count())
                .select_from(t.visit_topics.join(t.visits, v.id == vt.visit_id))
                .where(done_visit(start, end)).group_by(vt.topic_id)):
            per_topic[topic][6] = count
        names = dict(conn.execute(select(to.id, to.name).where(
            or_(~to.archived, to.id.in_([k for k in per_topic if k is not None])))).all())
        rows = [TopicRow(name, *per_topic.get(topic_id, [0] * 7))
                for topic_id, name in sorted(names.items(), key=lambda x: x[1].casefold())]
        if None in per_topic:
            rows.append(TopicRow(None, *per_topic[None]))
        return rows

    # -- devices --------------------------------------------------------------------------
    def device_report(self, today: date | None = None) -> DeviceReport:
        today = today or date.today()
        d, lo, re = t.devices.c, t.loans.c, t.reservations.c
        open_loans = (select(lo.device_id, lo.due_on, _borrower().label("holder"))
                      .select_from(_with_borrowers(t.loans))
                      .where(lo.returned_on.is_(None), lo.lost_on.is_(None))
                      .subquery("open_loans"))
        # Reserved and expired as they are today: computed, never read as stored.
        status = device_status(today).label("status")
        with self.db.reading() as conn:
            devices = [
                DeviceRow(r.asset_tag, r.category, r.model, r.serial_number, r.status,
                          r.location, r.condition, r.purchase_date, r.price, r.holder or "",
                          r.due_on, _overdue_days(r.due_on, today) if r.due_on else 0)
                for r in conn.execute(
                    select(d.asset_tag, d.category, d.model, d.serial_number, status,
                           d.location, d.condition, d.purchase_date, d.price,
                           open_loans.c.holder, open_loans.c.due_on)
                    .select_from(t.devices.outerjoin(open_loans,
                                                     open_loans.c.device_id == d.id))
                    .order_by(d.category, d.asset_tag))
            ]
            loans = self._loan_rows(conn, today, and_(lo.returned_on.is_(None),
                                                      lo.lost_on.is_(None)))
            reservations = [
                ReservationRow(r.starts, r.ends, r.asset_tag, r.category, r.who or "",
                               r.borrower_kind, r.status, r.notes)
                for r in conn.execute(
                    select(re.starts, re.ends, d.asset_tag, d.category,
                           _borrower().label("who"), re.borrower_kind, re.status, re.notes)
                    .select_from(_with_borrowers(t.reservations)
                                 .join(t.devices, d.id == re.device_id))
                    .where(reservation_active(today))
                    .order_by(re.starts, d.asset_tag))
            ]
            counts = dict(conn.execute(select(status, func.count()).group_by(status)).all())
        return DeviceReport(today, devices, loans, reservations,
                            {status: counts.get(status, 0) for status in DeviceStatus})




def _school_enrollments():
    """Enrollments with their lesson and teacher: a school's through ``teachers.school_id``."""
    e, le, tc = t.enrollments.c, t.lessons.c, t.teachers.c
    return (t.enrollments.join(t.lessons, le.id == e.lesson_id)
            .join(t.teachers, tc.id == e.teacher_id))


def _month_rows(months: list[date], visits, lessons: dict[int, tuple[int, int]]
                ) -> list[MonthRow]:
    """Every month of the period, those without activity as zeros."""
    rows = []
    for n, month in enumerate(months):
        done = visits.get(n)
        count, minutes = lessons.get(n, (0, 0))
        rows.append(MonthRow(month, done.done if done else 0, done.planned if done else 0,
                             done.minutes if done else 0, count, minutes))
    return rows


__all__ = [
    "AttendanceRow", "City", "CityMedians", "DeviceReport", "DeviceRow", "LoanRow",
    "MonthRow", "MunicipalSummary", "PlannedRow", "Presence", "ReportDataService",
    "RequestRow", "ReservationRow", "SchoolFigures", "SchoolReport", "TopicCovered",
    "TopicRow", "TutorRow", "VisitRow",
]
