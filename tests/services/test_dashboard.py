"""desk.dashboard on a real database: each attention rule, the first steps of an empty
database, and the term's figures for the charts."""

from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import select

from coachdesk.domain.calendar import SchoolYearDraft
from coachdesk.domain.devices import (
    BorrowerKind,
    CategoryDraft,
    DeviceDraft,
    LoanRequest,
    ReservationRequest,
    ReturnRequest,
)
from coachdesk.domain.kinds import RecordKind
from coachdesk.domain.lessons import Attendance, LessonDraft
from coachdesk.domain.requests import RequestDraft
from coachdesk.domain.schools import SchoolDraft, TeacherDraft
from coachdesk.domain.tutors import TutorDraft
from coachdesk.domain.visits import VisitDraft, VisitLog
from coachdesk.services.dashboard import AttentionKind, Target
from coachdesk.storage import tables as t

WEEKDAYS = {"released_rule": "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "released_from": time(8),
            "released_until": time(17)}
AGREEMENT = {"agreement_start": date(2026, 8, 1), "agreement_end": date(2027, 7, 31)}
BOOKED_AT = datetime(2026, 9, 1, 12, 0)  # bookings are made early in the term
TODAY = date(2026, 11, 24)  # a Tuesday; "next week" ends on Sunday 6.12.


def at(day: date, hour: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour)


def kinds(desk, today=TODAY) -> dict[AttentionKind, object]:
    return {item.kind: item for item in desk.dashboard.attention(today)}


@pytest.fixture
def year(desk):
    return desk.school_years.create(SchoolYearDraft(2026))


@pytest.fixture
def tutor_id(desk, school_id, year):
    return desk.tutors.add(TutorDraft(name="Maija Meikäläinen", email="maija@vantaa.fi",
                                      home_school_id=school_id, allotted_hours_per_term=40,
                                      **AGREEMENT, **WEEKDAYS))


@pytest.fixture
def teachers(desk, school_id):
    return [desk.teachers.add(TeacherDraft(name=f"Opettaja {n}",
                                           school_id=school_id)) for n in range(4)]


def book(desk, school_id, tutor_id, day: date, hour: int = 9) -> int:
    return desk.visits.book(VisitDraft(school_id, tutor_id, at(day, hour), at(day, hour + 1)),
                            now=BOOKED_AT)


def lesson(desk, school_id, tutor_id, day: date, title="Scratch basics") -> int:
    return desk.lessons.add(LessonDraft(title=title, place_kind="school", school_id=school_id,
                                        room="A12", starts_at=at(day, 14), ends_at=at(day, 16),
                                        capacity=12, tutor_ids=[tutor_id]))


def enrollment_ids(desk, lesson_id) -> list[int]:
    with desk.db.engine.connect() as conn:
        return list(conn.scalars(select(t.enrollments.c.id)
                                 .where(t.enrollments.c.lesson_id == lesson_id)))


# -- an empty database ----------------------------------------------------------------------

def test_an_empty_database_needs_nothing_but_first_steps(desk):
    assert desk.dashboard.attention(TODAY) == []
    assert desk.dashboard.glance(TODAY) is None
    steps = desk.dashboard.getting_started()
    assert [s.key for s in steps] == ["schools", "teachers", "school_year", "tutors"]
    assert not any(s.done for s in steps)
    assert steps[0].target == Target(RecordKind.SCHOOL, importing=True)
    assert steps[-1].title == "Recruit tutors"


def test_first_steps_are_ticked_off(desk, school_id, teachers, tutor_id):
    assert all(s.done for s in desk.dashboard.getting_started())


# -- each rule ------------------------------------------------------------------------------

def test_new_requests_with_how_long_they_waited(desk, school_id):
    old = desk.requests.add(RequestDraft(school_id, received_on=TODAY - timedelta(days=20)))
    urgent = desk.requests.add(RequestDraft(school_id, received_on=TODAY - timedelta(days=2),
                                            urgency="high"))
    oldest = desk.requests.add(RequestDraft(school_id, received_on=TODAY - timedelta(days=30)))
    desk.requests.cancel(desk.requests.add(RequestDraft(school_id, received_on=TODAY)))
    item = kinds(desk)[AttentionKind.NEW_REQUESTS]
    assert item.count == 3
    # the urgent first, then the longest waiting
    assert [line.target.record_id for line in item.lines] == [urgent, oldest, old]
    assert item.lines[0].note == "urgent, waiting 2 d"
    assert item.lines[1].note == "waiting 30 d" and item.lines[1].urgent
    assert item.target.kind is RecordKind.REQUEST and item.target.record_id is None
    assert item.lines[0].target.kind is RecordKind.REQUEST


def test_visits_this_week_and_next(desk, school_id, tutor_id):
    inside = [book(desk, school_id, tutor_id, TODAY),
              book(desk, school_id, tutor_id, date(2026, 12, 4))]
    book(desk, school_id, tutor_id, date(2026, 12, 7))  # the week after next
    cancelled = book(desk, school_id, tutor_id, date(2026, 12, 1))
    desk.visits.cancel(cancelled)
    item = kinds(desk)[AttentionKind.VISITS_SOON]
    assert [line.target.record_id for line in item.lines] == inside
    assert item.count == 2
    assert item.lines[0].text == "Korson koulu" and item.lines[0].note == "Maija Meikäläinen"


def test_one_record_is_the_item_s_own_target(desk, school_id, tutor_id):
    visit = book(desk, school_id, tutor_id, date(2026, 11, 30))
    item = kinds(desk)[AttentionKind.VISITS_SOON]
    assert item.count == 1
    assert (item.target.kind, item.target.record_id) == (RecordKind.VISIT, visit)


def test_visits_that_happened_but_are_not_logged(desk, school_id, tutor_id):
    forgotten = book(desk, school_id, tutor_id, date(2026, 11, 2))
    logged = book(desk, school_id, tutor_id, date(2026, 11, 3))
    desk.visits.log(logged, VisitLog("done", teachers_reached=3), now=at(TODAY, 8))
    book(desk, school_id, tutor_id, TODAY)  # today's is not late yet
    item = kinds(desk)[AttentionKind.UNLOGGED_VISITS]
    assert item.count == 1 and item.urgent
    assert item.target.record_id == forgotten


def test_lessons_this_week_and_next_and_held_without_attendance(desk, school_id, tutor_id,
                                                                 teachers):
    soon = lesson(desk, school_id, tutor_id, date(2026, 11, 26), "Soon")
    lesson(desk, school_id, tutor_id, date(2026, 12, 10), "Later")
    unmarked = lesson(desk, school_id, tutor_id, date(2026, 11, 10), "Unmarked")
    marked = lesson(desk, school_id, tutor_id, date(2026, 11, 11), "Marked")
    lesson(desk, school_id, tutor_id, date(2026, 11, 12), "Nobody came")  # none enrolled
    for lesson_id in (soon, unmarked, marked):
        for teacher in teachers[:2]:
            desk.enrollments.enroll(lesson_id, teacher, now=BOOKED_AT)
    first = enrollment_ids(desk, marked)[0]
    desk.enrollments.mark_attendance(marked, {first: Attendance.PRESENT}, now=at(TODAY, 8))
    found = kinds(desk)
    coming = found[AttentionKind.LESSONS_SOON]
    assert [line.text for line in coming.lines] == ["Soon"]
    assert coming.lines[0].note == "2 enrolled"
    missing = found[AttentionKind.UNMARKED_LESSONS]
    assert [line.target.record_id for line in missing.lines] == [unmarked]
    assert missing.target.kind is RecordKind.LESSON and missing.urgent


def test_loans_due_within_a_week_and_overdue(desk, school_id):
    desk.devices.add_category(CategoryDraft(name="Laptop", loan_days=14))
    ids = [desk.devices.add(DeviceDraft(asset_tag=f"LAP-{i}", category="Laptop")) for i in range(4)]
    out = TODAY - timedelta(days=30)
    desk.loans.check_out(LoanRequest(ids[0], BorrowerKind.SCHOOL, school_id, out_on=out,
                                     due_on=TODAY - timedelta(days=3)), today=out)
    desk.loans.check_out(LoanRequest(ids[1], BorrowerKind.SCHOOL, school_id, out_on=out,
                                     due_on=TODAY + timedelta(days=7)), today=out)
    desk.loans.check_out(LoanRequest(ids[2], BorrowerKind.SCHOOL, school_id, out_on=out,
                                     due_on=TODAY + timedelta(days=8)), today=out)
    desk.loans.check_out(LoanRequest(ids[3], BorrowerKind.SCHOOL, school_id, out_on=out,
                                     due_on=TODAY - timedelta(days=5)), today=out)
    desk.loans.check_in(ReturnRequest(ids[3], returned_on=TODAY - timedelta(days=1)), today=TODAY)
    found = kinds(desk)
    overdue = found[AttentionKind.OVERDUE_LOANS]
    assert overdue.count == 1 and overdue.urgent
    assert overdue.target == found[AttentionKind.OVERDUE_LOANS].lines[0].target
    assert (overdue.target.kind, overdue.target.record_id) == (RecordKind.DEVICE, ids[0])
    assert overdue.lines[0].note == "Korson koulu, 3 d overdue"
    due = found[AttentionKind.LOANS_DUE]
    assert due.count == 1 and due.lines[0].target.record_id == ids[1]


def test_reservations_to_hand_out(desk, school_id):
    desk.devices.add_category(CategoryDraft(name="Robot kit", loan_days=14))
    kit = desk.devices.add(DeviceDraft(asset_tag="ROB-1", category="Robot kit"))
    later = desk.devices.add(DeviceDraft(asset_tag="ROB-2", category="Robot kit"))
    desk.loans.reserve(ReservationRequest(kit, BorrowerKind.SCHOOL, school_id,
                                          TODAY - timedelta(days=1), TODAY + timedelta(days=2)),
                       today=TODAY - timedelta(days=10))
    desk.loans.reserve(ReservationRequest(later, BorrowerKind.SCHOOL, school_id,
                                          TODAY + timedelta(days=1), TODAY + timedelta(days=2)),
                       today=TODAY - timedelta(days=10))
    item = kinds(desk)[AttentionKind.RESERVATIONS]
    assert item.count == 1
    assert item.lines[0].target.record_id == kit
    assert item.lines[0].note == "for Korson koulu, until this day"


def test_agreements_ending_within_60_days(desk, school_id, year):
    ending = desk.tutors.add(TutorDraft(name="Aino Aalto", home_school_id=school_id,
                                        agreement_start=date(2026, 8, 1),
                                        agreement_end=date(2026, 12, 31)))
    desk.tutors.add(TutorDraft(name="Eino Ekholm", home_school_id=school_id,
                               agreement_start=date(2026, 8, 1), agreement_end=date(2027, 7, 31)))
    item = kinds(desk)[AttentionKind.AGREEMENTS_ENDING]
    assert item.count == 1
    assert (item.target.kind, item.target.record_id) == (RecordKind.TUTOR, ending)
    assert item.lines[0].note == "in 37 d"


def test_the_most_pressing_rules_come_first(desk, school_id, tutor_id):
    book(desk, school_id, tutor_id, date(2026, 11, 2))
    book(desk, school_id, tutor_id, date(2026, 11, 30))
    desk.requests.add(RequestDraft(school_id, received_on=TODAY))
    assert [i.kind for i in desk.dashboard.attention(TODAY)] == [
        AttentionKind.NEW_REQUESTS, AttentionKind.UNLOGGED_VISITS, AttentionKind.VISITS_SOON]


def test_only_the_first_records_are_listed(desk, school_id):
    for n in range(8):
        desk.requests.add(RequestDraft(school_id, received_on=TODAY - timedelta(days=n)))
    item = kinds(desk)[AttentionKind.NEW_REQUESTS]
    assert item.count == 8 and len(item.lines) == 5
    assert item.lines[0].note == "waiting 7 d"


# -- the term at a glance -------------------------------------------------------------------

def test_glance_of_the_current_term(desk, school_id, tutor_id, teachers):
    done = book(desk, school_id, tutor_id, date(2026, 9, 15))
    desk.visits.log(done, VisitLog("done", teachers_reached=2, hours_spent=2), now=at(TODAY, 8))
    book(desk, school_id, tutor_id, date(2026, 10, 6))  # not logged: not counted
    held = lesson(desk, school_id, tutor_id, date(2026, 10, 7))
    for teacher in teachers[:3]:
        desk.enrollments.enroll(held, teacher, now=BOOKED_AT)
    ids = enrollment_ids(desk, held)
    desk.enrollments.mark_attendance(held, {ids[0]: Attendance.PRESENT, ids[1]: Attendance.LATE,
                                            ids[2]: Attendance.ABSENT}, now=at(TODAY, 8))
    other = desk.schools.add(SchoolDraft(name="Ankkurin koulu", kind="primary", language="fi"))
    desk.teachers.add(TeacherDraft(name="Outi Muu", school_id=other))

    glance = desk.dashboard.glance(TODAY)
    assert glance.term == "Autumn term 2026" or glance.first <= TODAY <= glance.last
    [hours] = glance.tutors
    assert hours.name == "Maija Meikäläinen"
    assert hours.used == pytest.approx(2 + 2)  # two hours spent, a two-hour lesson
    assert hours.allotted == pytest.approx(40)
    months = {m.month.month: (m.visits, m.attendances) for m in glance.months}
    assert months[9] == (1, 0) and months[10] == (0, 2) and months[11] == (0, 0)
    assert glance.months[0].month == glance.first.replace(day=1)
    assert [(s.name, s.reached, s.teachers) for s in glance.schools] == [
        ("Ankkurin koulu", 0, 1), ("Korson koulu", 2, 4)]
    assert glance.schools[1].share == pytest.approx(50)


def test_grant_lines_running_over_and_money_left_at_the_end(desk):
    from decimal import Decimal

    from coachdesk.domain.grants import CostDraft
    from tests.domain.test_grants import helsinki

    grant = desk.grants.add(helsinki())
    days = next(line.id for line in desk.grants.lines(grant)
                if line.name == "Development days")
    desk.costs.add(CostDraft(days, date(2020, 3, 2), Decimal("26000")))  # 80 %: 20 800 €
    item = kinds(desk, date(2020, 6, 15))[AttentionKind.GRANTS]  # 46 days before its end
    assert [(line.text, line.note, line.urgent) for line in item.lines] == [
        ("“Development days” is about to run over its budget.", "Tutor teachers 2019–2020",
         True),
        ("The period ends on 31.7.2020 and the forecast leaves 514,177.50\u00a0€ of the "
         "grant unused.", "Tutor teachers 2019–2020", False)]
    assert item.count == 2 and item.urgent and item.target == Target(RecordKind.GRANT, grant)
    assert AttentionKind.GRANTS not in kinds(desk, date(2020, 8, 1))  # the period is over
    desk.grants.archive(grant)
    assert AttentionKind.GRANTS not in kinds(desk, date(2020, 6, 15))
