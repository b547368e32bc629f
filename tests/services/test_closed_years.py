"""Issue 25, item 4: a closed school year is archived, not deleted — its records stay in
every list and report and can no longer be changed, added to or deleted."""

from datetime import date, datetime, time

import pytest

from coachdesk.domain.calendar import SchoolYearDraft
from coachdesk.domain.devices import (
    BorrowerKind,
    CategoryDraft,
    DeviceDraft,
    LoanRequest,
    ReturnRequest,
)
from coachdesk.domain.lessons import Attendance, LessonDraft
from coachdesk.domain.schools import TeacherDraft
from coachdesk.domain.tutors import TutorDraft
from coachdesk.domain.visits import VisitDraft
from coachdesk.services.closed_years import YearClosed
from coachdesk.storage.lists import ListRequest
from tests.drafts import edit

OLD_DAY = date(2025, 10, 8)  # a Wednesday of the school year 2025–2026
NOW = datetime(2026, 12, 2, 12)


@pytest.fixture
def old_year(desk):
    desk.school_years.create(SchoolYearDraft(2026))
    return desk.school_years.create(SchoolYearDraft(2025))


@pytest.fixture
def tutor(desk, school_id, old_year):
    return desk.tutors.add(TutorDraft(
        name="Ben Koski", home_school_id=school_id, agreement_start=date(2025, 8, 1),
        agreement_end=date(2027, 7, 31), released_rule="FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
        released_from=time(8), released_until=time(17)))


def lesson(desk, school_id, tutor, day: date, title="Scratch basics") -> LessonDraft:
    return LessonDraft(title=title, place_kind="school", school_id=school_id, room="A12",
                       starts_at=datetime.combine(day, time(14)),
                       ends_at=datetime.combine(day, time(15)), tutor_ids=(tutor,))


def test_a_closed_year_is_read_not_changed_and_reopened(desk, school_id, tutor, old_year):
    held = desk.lessons.add(lesson(desk, school_id, tutor, OLD_DAY))
    teacher = desk.teachers.add(TeacherDraft(name="Outi Opettaja", school_id=school_id))
    desk.enrollments.enroll(held, teacher, now=datetime(2025, 10, 1))
    enrollment = desk.enrollments.find(held, teacher).id
    now_lesson = desk.lessons.add(lesson(desk, school_id, tutor, date(2027, 2, 3)))

    desk.school_years.close(old_year)
    assert desk.school_years.closed() == {old_year}
    for change in (
            lambda: edit(desk.lessons, held, title="Renamed"),
            lambda: desk.lessons.add(lesson(desk, school_id, tutor, date(2025, 11, 5))),
            lambda: edit(desk.lessons, now_lesson,  # moved into the closed year
                         starts_at=datetime(2025, 11, 5, 14), ends_at=datetime(2025, 11, 5, 15)),
            lambda: desk.enrollments.mark_attendance(held, {enrollment: Attendance.PRESENT},
                                                     now=NOW)):
        with pytest.raises(YearClosed, match="2025–2026 is closed"):
            change()
    assert desk.lessons.get(held).title == "Scratch basics"  # nothing half-written
    assert desk.lessons.get(now_lesson).starts_at == datetime(2027, 2, 3, 14)
    source = desk.lessons.list_source()
    assert held in source.ids(ListRequest(filters={"from": date(2025, 8, 1),
                                                   "until": date(2026, 7, 31)}))

    edit(desk.lessons, now_lesson, title="This year's lessons still change")
    desk.school_years.close(old_year, closed=False)
    edit(desk.lessons, held, title="Renamed")
    assert desk.lessons.get(held).title == "Renamed"
    assert desk.school_years.closed() == set()


def test_visits_and_loans_of_a_closed_year(desk, school_id, tutor, old_year):
    """A visit in the closed year cannot be booked or moved; a device lent before the
    year was closed still comes back, and a loan returned in it cannot be changed."""
    desk.devices.add_category(CategoryDraft(name="Robot kit", loan_days=14))
    robot = desk.devices.add(DeviceDraft(asset_tag="ROB-001", category="Robot kit"))
    kit = desk.devices.add(DeviceDraft(asset_tag="ROB-002", category="Robot kit"))
    desk.loans.check_out(LoanRequest(robot, BorrowerKind.SCHOOL, school_id,
                                     due_on=date(2026, 9, 30), out_on=date(2026, 5, 4)),
                         today=date(2026, 5, 4))
    desk.loans.check_out(LoanRequest(kit, BorrowerKind.SCHOOL, school_id,
                                     due_on=date(2026, 5, 30), out_on=date(2026, 5, 4)),
                         today=date(2026, 5, 4))
    desk.loans.check_in(ReturnRequest(kit, returned_on=date(2026, 5, 20)),
                        today=date(2026, 5, 20))
    visit = desk.visits.book(VisitDraft(school_id, tutor, datetime(2026, 9, 9, 9),
                                        datetime(2026, 9, 9, 10)), now=datetime(2026, 9, 1))
    desk.school_years.close(old_year)

    with pytest.raises(YearClosed):
        desk.visits.book(VisitDraft(school_id, tutor, datetime(2025, 9, 10, 9),
                                    datetime(2025, 9, 10, 10)), now=datetime(2025, 9, 1))
    with pytest.raises(YearClosed):
        edit(desk.visits, visit, starts_at=datetime(2025, 9, 10, 9),
             ends_at=datetime(2025, 9, 10, 10), now=datetime(2025, 9, 1))
    with pytest.raises(YearClosed):
        desk.loans.check_out(LoanRequest(kit, BorrowerKind.SCHOOL, school_id,
                                         due_on=date(2026, 6, 30), out_on=date(2026, 6, 1)),
                             today=date(2026, 6, 1))
    returned = desk.loans.check_in(ReturnRequest(robot, returned_on=date(2026, 9, 1)),
                                   today=date(2026, 9, 1))
    assert returned.returned_on == date(2026, 9, 1)
