"""desk.reports: the figures and rows of the Excel reports, aggregated in SQL.

Every method returns plain dataclasses; the reports package turns them into workbooks.
A period runs from its first to its last day inclusive: things that start from the
first day's midnight up to the midnight after the last day. Sums and counts are made
with GROUP BY in the database, so the large demo stays fast.
"""

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import and_, case, distinct, extract, func, or_, select

from coachdesk.domain.devices import BorrowerKind, DeviceStatus, ReservationStatus
from coachdesk.domain.errors import NotFound, ValidationError
from coachdesk.domain.lessons import Attendance, EnrollmentStatus, LessonStatus
from coachdesk.domain.requests import OPEN, AskedBy, RequestStatus, Urgency
from coachdesk.domain.text import search_key, tr
from coachdesk.domain.tutors import TutorKind
from coachdesk.domain.visits import VisitPurpose, VisitStatus
from coachdesk.services.device_states import device_status, reservation_active
from coachdesk.storage import tables as t
from coachdesk.storage.database import Database

ATTENDED = (Attendance.PRESENT, Attendance.LATE)


# -- the school report ----------------------------------------------------------------------
@dataclass(frozen=True)
class SchoolFigures:
    visits_done: int
    tutor_hours: float  # hours of done visits at the school (time spent when logged)
    teachers_reached: int  # the sum of the done visits' teachers reached
    lessons_attended: int  # attendances (present or late) of the school's teachers
    lesson_hours: float  # the hours of those lessons
    teachers_attending: int  # distinct teachers of the school who attended a lesson
    active_teachers: int
    devices_on_loan: int  # to the school or one of its teachers, at ``as_of``
    open_requests: int


@dataclass(frozen=True)
class MonthRow:
    month: date  # the first day of the month
    visits_done: int
    visit_hours: float
    lessons_attended: int
    lesson_hours: float


@dataclass(frozen=True)
class VisitRow:
    starts_at: datetime
    ends_at: datetime
    tutor: str
    purpose: VisitPurpose
    status: VisitStatus
    hours: float  # time spent when logged, otherwise the booked time
    teachers_reached: int | None
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
    hours: float  # the lesson's hours, credited when attended
    attended: bool


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


@dataclass(frozen=True)
class SchoolReport:
    school_id: int
    school: str
    principal: str
    first: date
    last: date
    as_of: date  # devices on loan on this day: the period's last day or today
    figures: SchoolFigures
    months: list[MonthRow]
    visits: list[VisitRow]
    attendance: list[AttendanceRow]
    devices: list[LoanRow]
    requests: list[RequestRow]
    language: str = ""  # the school's teaching language ("fi", "sv", "other"): the report's


# -- the municipal summary ------------------------------------------------------------------
@dataclass(frozen=True)
class TutorRow:
    name: str
    home_school: str
    kind: TutorKind
    visit_hours: float
    lesson_hours: float
    allotted_hours: float | None  # the hours per term, prorated over the period's terms

    @property
    def hours_used(self) -> float:
        return self.visit_hours + self.lesson_hours

    @property
    def share_used(self) -> float | None:
        return self.hours_used / self.allotted_hours if self.allotted_hours else None


@dataclass(frozen=True)
class SchoolRow:
    school_id: int
    name: str
    visits_done: int
    visit_hours: float
    teachers_reached: int
    lessons_attended: int
    lesson_hours: float
    active_teachers: int
    teachers_attending: int  # active teachers who attended at least one lesson

    @property
    def share_attending(self) -> float | None:
        return self.teachers_attending / self.active_teachers if self.active_teachers else None


@dataclass(frozen=True)
class TopicRow:
    name: str
    lessons: int  # not cancelled, in the period
    lessons_held: int
    enrolled: int
    attended: int
    marked: int  # present, late or absent: excused absences are left out
    attended_hours: float
    visits_done: int

    @property
    def attendance_share(self) -> float | None:
        return self.attended / self.marked if self.marked else None


@dataclass(frozen=True)
class MunicipalSummary:
    first: date
    last: date
    tutors: list[TutorRow]
    schools: list[SchoolRow]
    topics: list[TopicRow]
    months: list[MonthRow]


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


def _months(first: date, last: date) -> list[date]:
    months, day = [], first.replace(day=1)
    while day <= last:
        months.append(day)
        day = (day + timedelta(days=32)).replace(day=1)
    return months


def _spent():
    """A visit's minutes: the time spent when the tutor logged it, else the booking."""
    v = t.visits.c
    return func.coalesce(v.spent_minutes, v.minutes)


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

    # -- one school -----------------------------------------------------------------------
    def school_report(self, school_id: int, first: date, last: date,
                      today: date | None = None) -> SchoolReport:
        start, end = _bounds(first, last)
        as_of = min(last, today or date.today())
        sc, v, le, e, tc = (t.schools.c, t.visits.c, t.lessons.c, t.enrollments.c,
                            t.teachers.c)
        in_period = and_(v.school_id == school_id, v.starts_at >= start, v.starts_at < end)
        done = v.status == VisitStatus.DONE
        attended = e.attendance.in_(ATTENDED)
        enrolled = and_(tc.school_id == school_id, e.status == EnrollmentStatus.ENROLLED,
                        le.status != LessonStatus.CANCELLED, le.starts_at >= start,
                        le.starts_at < end)
        enrollment_join = (t.enrollments.join(t.lessons, le.id == e.lesson_id)
                           .join(t.teachers, tc.id == e.teacher_id))
        with self.db.reading() as conn:
            school = conn.execute(select(sc.name, sc.principal_name, sc.language)
                                  .where(sc.id == school_id)).first()
            if school is None:
                raise NotFound(tr("That school no longer exists."))
            visits = conn.execute(
                select(func.count(), func.coalesce(func.sum(_spent()), 0),
                       func.coalesce(func.sum(v.teachers_reached), 0))
                .where(in_period, done)).one()
            lessons = conn.execute(
                select(func.count(), func.coalesce(func.sum(le.minutes), 0),
                       func.count(distinct(e.teacher_id)))
                .select_from(enrollment_join).where(enrolled, attended)).one()
            active = conn.scalar(select(func.count()).select_from(t.teachers)
                                 .where(tc.school_id == school_id, ~tc.archived))
            month_rows = self._school_months(conn, school_id, start, end)
            visit_rows = self._visit_rows(conn, in_period)
            attendance_rows = [
                AttendanceRow(r.starts_at, r.title, r.topic or "", r.teacher, r.status,
                              r.attendance, (r.minutes or 0) / 60,
                              r.attendance in ATTENDED)
                for r in conn.execute(
                    select(le.starts_at, le.title, t.topics.c.name.label("topic"),
                           tc.name.label("teacher"), le.status, e.attendance, le.minutes)
                    .select_from(enrollment_join.outerjoin(
                        t.topics, t.topics.c.id == le.topic_id))
                    .where(enrolled).order_by(le.starts_at, le.title, tc.sort_key))
            ]
            loans = self._loan_rows(conn, as_of, or_(
                t.loans.c.school_id == school_id,
                t.loans.c.teacher_id.in_(select(tc.id).where(tc.school_id == school_id))))
            requests = self._request_rows(conn, school_id, last)
        figures = SchoolFigures(
            visits_done=visits[0], tutor_hours=visits[1] / 60, teachers_reached=visits[2],
            lessons_attended=lessons[0], lesson_hours=lessons[1] / 60,
            teachers_attending=lessons[2], active_teachers=active or 0,
            devices_on_loan=len(loans), open_requests=len(requests))
        return SchoolReport(school_id, school.name, school.principal_name, first, last, as_of,
                            figures, _fill_months(first, last, month_rows), visit_rows,
                            attendance_rows, loans, requests, school.language.value)

    def _school_months(self, conn, school_id: int | None, start: datetime, end: datetime
                       ) -> dict[date, list]:
        """Per month: visits done and their hours, attendances and their hours."""
        v, le, e, tc = t.visits.c, t.lessons.c, t.enrollments.c, t.teachers.c
        found: dict[date, list] = {}
        vy, vm = extract("year", v.starts_at), extract("month", v.starts_at)
        where = [v.status == VisitStatus.DONE, v.starts_at >= start, v.starts_at < end]
        if school_id is not None:
            where.append(v.school_id == school_id)
        for y, m, count, minutes in conn.execute(
                select(vy, vm, func.count(), func.coalesce(func.sum(_spent()), 0))
                .where(*where).group_by(vy, vm)):
            found.setdefault(date(int(y), int(m), 1), [0, 0, 0, 0])[:2] = [count, minutes]
        ly, lm = extract("year", le.starts_at), extract("month", le.starts_at)
        where = [e.status == EnrollmentStatus.ENROLLED, e.attendance.in_(ATTENDED),
                 le.status != LessonStatus.CANCELLED, le.starts_at >= start, le.starts_at < end]
        joined = t.enrollments.join(t.lessons, le.id == e.lesson_id)
        if school_id is not None:
            joined = joined.join(t.teachers, tc.id == e.teacher_id)
            where.append(tc.school_id == school_id)
        for y, m, count, minutes in conn.execute(
                select(ly, lm, func.count(), func.coalesce(func.sum(le.minutes), 0))
                .select_from(joined).where(*where).group_by(ly, lm)):
            found.setdefault(date(int(y), int(m), 1), [0, 0, 0, 0])[2:] = [count, minutes]
        return found

    def _visit_rows(self, conn, where) -> list[VisitRow]:
        v, tu = t.visits.c, t.tutors.c
        topics = (select(func.aggregate_strings(t.topics.c.name, ", "))
                  .select_from(t.visit_topics.join(t.topics))
                  .where(t.visit_topics.c.visit_id == v.id)
                  .correlate(t.visits).scalar_subquery())
        return [
            VisitRow(r.starts_at, r.ends_at, r.tutor, r.purpose, r.status, (r.spent or 0) / 60,
                     r.teachers_reached, r.topics or "", r.notes)
            for r in conn.execute(
                select(v.starts_at, v.ends_at, tu.name.label("tutor"), v.purpose, v.status,
                       _spent().label("spent"), v.teachers_reached, topics.label("topics"),
                       v.notes)
                .select_from(t.visits.join(t.tutors, tu.id == v.tutor_id))
                .where(where).order_by(v.starts_at, tu.sort_key))
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

    def _request_rows(self, conn, school_id: int, last: date) -> list[RequestRow]:
        rq = t.visit_requests.c
        topics = (select(func.aggregate_strings(t.topics.c.name, ", "))
                  .select_from(t.request_topics.join(t.topics))
                  .where(t.request_topics.c.request_id == rq.id)
                  .correlate(t.visit_requests).scalar_subquery())
        return [
            RequestRow(r.received_on, r.asked_by, r.asked_by_name, r.purpose, r.minutes,
                       r.teachers_count, r.urgency, r.status, r.topics or "", r.description)
            for r in conn.execute(
                select(rq.received_on, rq.asked_by, rq.asked_by_name, rq.purpose, rq.minutes,
                       rq.teachers_count, rq.urgency, rq.status, topics.label("topics"),
                       rq.description)
                .where(rq.school_id == school_id, rq.status.in_(OPEN), rq.received_on <= last)
                .order_by(rq.received_on, rq.id))
        ]

    # -- the municipality -----------------------------------------------------------------
    def municipal_summary(self, first: date, last: date) -> MunicipalSummary:
        start, end = _bounds(first, last)
        with self.db.reading() as conn:
            tutors = self._tutor_rows(conn, first, last, start, end)
            schools = self._school_rows(conn, start, end)
            topics = self._topic_rows(conn, start, end)
            months = _fill_months(first, last, self._school_months(conn, None, start, end))
        return MunicipalSummary(first, last, tutors, schools, topics, months)

    def _tutor_rows(self, conn, first: date, last: date, start: datetime, end: datetime
                    ) -> list[TutorRow]:
        v, le, lt, tu, sc = t.visits.c, t.lessons.c, t.lesson_tutors.c, t.tutors.c, t.schools.c
        visits = (select(v.tutor_id.label("tutor_id"), func.sum(_spent()).label("minutes"))
                  .where(v.status == VisitStatus.DONE, v.starts_at >= start, v.starts_at < end)
                  .group_by(v.tutor_id).subquery("visit_minutes"))
        lessons = (select(lt.tutor_id.label("tutor_id"), func.sum(le.minutes).label("minutes"))
                   .select_from(t.lesson_tutors.join(t.lessons, le.id == lt.lesson_id))
                   .where(le.status == LessonStatus.HELD, le.starts_at >= start,
                          le.starts_at < end)
                   .group_by(lt.tutor_id).subquery("lesson_minutes"))
        terms = conn.execute(select(t.terms.c.starts, t.terms.c.ends)
                             .where(t.terms.c.starts <= last, t.terms.c.ends >= first)).all()
        in_force = and_(or_(tu.agreement_start.is_(None), tu.agreement_start <= last),
                        or_(tu.agreement_end.is_(None), tu.agreement_end >= first))
        query = (select(tu.name, sc.name.label("school"), tu.kind, tu.agreement_start,
                        tu.agreement_end, tu.allotted_hours_per_term,
                        func.coalesce(visits.c.minutes, 0).label("visit_minutes"),
                        func.coalesce(lessons.c.minutes, 0).label("lesson_minutes"))
                 .select_from(t.tutors.join(t.schools, sc.id == tu.home_school_id)
                              .outerjoin(visits, visits.c.tutor_id == tu.id)
                              .outerjoin(lessons, lessons.c.tutor_id == tu.id))
                 .where(or_(and_(in_force, ~tu.archived), visits.c.minutes > 0,
                            lessons.c.minutes > 0))
                 .order_by(tu.sort_key))
        rows = []
        for r in conn.execute(query):
            allotted = None
            if r.allotted_hours_per_term is not None:
                share = _term_share(terms, max(first, r.agreement_start or first),
                                    min(last, r.agreement_end or last))
                allotted = r.allotted_hours_per_term * share
            rows.append(TutorRow(r.name, r.school, r.kind, r.visit_minutes / 60,
                                 r.lesson_minutes / 60, allotted))
        return rows

    def _school_rows(self, conn, start: datetime, end: datetime) -> list[SchoolRow]:
        v, le, e, tc, sc = t.visits.c, t.lessons.c, t.enrollments.c, t.teachers.c, t.schools.c
        visits = (select(v.school_id.label("school_id"), func.count().label("done"),
                         func.sum(_spent()).label("minutes"),
                         func.sum(v.teachers_reached).label("reached"))
                  .where(v.status == VisitStatus.DONE, v.starts_at >= start, v.starts_at < end)
                  .group_by(v.school_id).subquery("school_visits"))
        attendance = (
            select(tc.school_id.label("school_id"), func.count().label("attended"),
                   func.sum(le.minutes).label("minutes"),
                   func.count(distinct(case((~tc.archived, tc.id)))).label("teachers"))
            .select_from(t.enrollments.join(t.lessons, le.id == e.lesson_id)
                         .join(t.teachers, tc.id == e.teacher_id))
            .where(e.status == EnrollmentStatus.ENROLLED, e.attendance.in_(ATTENDED),
                   le.status != LessonStatus.CANCELLED, le.starts_at >= start,
                   le.starts_at < end)
            .group_by(tc.school_id).subquery("school_attendance"))
        active = (select(tc.school_id.label("school_id"), func.count().label("teachers"))
                  .where(~tc.archived).group_by(tc.school_id).subquery("active_teachers"))
        query = (
            select(sc.id, sc.name, func.coalesce(visits.c.done, 0).label("done"),
                   func.coalesce(visits.c.minutes, 0).label("visit_minutes"),
                   func.coalesce(visits.c.reached, 0).label("reached"),
                   func.coalesce(attendance.c.attended, 0).label("attended"),
                   func.coalesce(attendance.c.minutes, 0).label("lesson_minutes"),
                   func.coalesce(attendance.c.teachers, 0).label("attending"),
                   func.coalesce(active.c.teachers, 0).label("active"))
            .select_from(t.schools.outerjoin(visits, visits.c.school_id == sc.id)
                         .outerjoin(attendance, attendance.c.school_id == sc.id)
                         .outerjoin(active, active.c.school_id == sc.id))
            .where(or_(~sc.archived, visits.c.done > 0, attendance.c.attended > 0))
            .order_by(sc.name_key))
        return [SchoolRow(r.id, r.name, r.done, r.visit_minutes / 60, r.reached, r.attended,
                          r.lesson_minutes / 60, r.active, r.attending)
                for r in conn.execute(query)]

    def _topic_rows(self, conn, start: datetime, end: datetime) -> list[TopicRow]:
        le, e, to, v = t.lessons.c, t.enrollments.c, t.topics.c, t.visits.c
        attended = e.attendance.in_(ATTENDED)
        in_period = and_(le.status != LessonStatus.CANCELLED, le.starts_at >= start,
                         le.starts_at < end)
        lessons: dict[int | None, list[int]] = {}
        for topic, count, held in conn.execute(
                select(le.topic_id, func.count(),
                       func.count(case((le.status == LessonStatus.HELD, 1))))
                .where(in_period).group_by(le.topic_id)):
            lessons[topic] = [count, held, 0, 0, 0, 0, 0]
        for topic, enrolled, attended_, marked, minutes in conn.execute(
                select(le.topic_id, func.count(), func.count(case((attended, 1))),
                       func.count(case((e.attendance.in_(
                           [Attendance.PRESENT, Attendance.LATE, Attendance.ABSENT]), 1))),
                       func.coalesce(func.sum(case((attended, le.minutes), else_=0)), 0))
                .select_from(t.enrollments.join(t.lessons, le.id == e.lesson_id))
                .where(in_period, e.status == EnrollmentStatus.ENROLLED)
                .group_by(le.topic_id)):
            lessons.setdefault(topic, [0, 0, 0, 0, 0, 0, 0])[2:6] = [
                enrolled, attended_, marked, minutes]
        for topic, count in conn.execute(
                select(t.visit_topics.c.topic_id, func.count())
                .select_from(t.visit_topics.join(t.visits, v.id == t.visit_topics.c.visit_id))
                .where(v.status == VisitStatus.DONE, v.starts_at >= start, v.starts_at < end)
                .group_by(t.visit_topics.c.topic_id)):
            lessons.setdefault(topic, [0, 0, 0, 0, 0, 0, 0])[6] = count
        names = dict(conn.execute(select(to.id, to.name).where(
            or_(~to.archived, to.id.in_([k for k in lessons if k is not None])))
            .order_by(to.name)).all())
        rows = []
        for topic_id, name in sorted(names.items(), key=lambda x: x[1].casefold()):
            n = lessons.get(topic_id, [0] * 7)
            rows.append(TopicRow(name, n[0], n[1], n[2], n[3], n[4], n[5] / 60, n[6]))
        if None in lessons:
            n = lessons[None]
            rows.append(TopicRow(tr("(no topic)"), n[0], n[1], n[2], n[3], n[4], n[5] / 60,
                                 n[6]))
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


def _fill_months(first: date, last: date, found: dict[date, list]) -> list[MonthRow]:
    """Every month of the period, those without activity as zeros."""
    rows = []
    for month in _months(first, last):
        n = found.get(month, [0, 0, 0, 0])
        rows.append(MonthRow(month, n[0], n[1] / 60, n[2], n[3] / 60))
    return rows


def _term_share(terms, first: date, last: date) -> float:
    """How many terms' worth of days from ``first`` to ``last`` covers: 1.0 per whole term."""
    share = 0.0
    for starts, ends in terms:
        days = (min(ends, last) - max(starts, first)).days + 1
        if days > 0:
            share += days / ((ends - starts).days + 1)
    return share


__all__ = [
    "AttendanceRow", "DeviceReport", "DeviceRow", "LoanRow", "MonthRow", "MunicipalSummary",
    "ReportDataService", "RequestRow", "ReservationRow", "SchoolFigures", "SchoolReport",
    "SchoolRow", "TopicRow", "TutorRow", "VisitRow",
]
