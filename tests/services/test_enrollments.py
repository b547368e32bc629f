"""desk.enrollments on a real database: seats and the waitlist, promotions, attendance,
hours, feedback and the attendance lists."""

from datetime import datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import insert, select

from coachdesk.domain.attendance import AttendanceSheet, Feedback
from coachdesk.domain.errors import NotFound, ValidationError
from coachdesk.domain.lessons import (
    Attendance,
    Enrollment,
    EnrollmentStatus,
    Lesson,
    LessonSeries,
    LessonStatus,
)
from coachdesk.domain.schools import SchoolDraft, TeacherDraft
from coachdesk.services.enrollments import check_capacity, fill_free_seats
from coachdesk.services.listing import ListRequest
from coachdesk.storage import tables as t

NOW = datetime(2026, 9, 1, 8, 0)
SOON = datetime(2026, 9, 10, 14, 0)  # a lesson still to come
PAST = datetime(2026, 8, 20, 14, 0)  # a lesson already over
PERIOD = {"period_start": datetime(2026, 8, 1), "period_end": datetime(2027, 8, 1)}


# -- helpers ---------------------------------------------------------------------------------


def add_lesson(desk, school_id, starts_at=SOON, minutes=90, capacity=None, open_to=None,
               status=LessonStatus.PUBLISHED, series_id=None, title="Padlet basics") -> int:
    """A lesson written straight to the database (not through desk.lessons)."""
    lesson = Lesson(title=title, starts_at=starts_at,
                    ends_at=starts_at + timedelta(minutes=minutes), school_id=school_id,
                    capacity=capacity, open_to_all=open_to is None, status=status,
                    series_id=series_id)
    lesson.check()
    with desk.db.transaction() as s:
        s.add(lesson)
        s.flush()
        if open_to:
            s.execute(insert(t.lesson_schools),
                      [{"lesson_id": lesson.id, "school_id": i} for i in open_to])
        return lesson.id


def add_series(desk, school_id, starts: list[datetime], **kwargs) -> tuple[int, list[int]]:
    series = LessonSeries(rule="FREQ=WEEKLY", first_day=starts[0].date(),
                          last_day=starts[-1].date())
    with desk.db.transaction() as s:
        s.add(series)
        s.flush()
        series_id = series.id
    return series_id, [add_lesson(desk, school_id, starts_at=when, series_id=series_id,
                                  **kwargs) for when in starts]


def errors_of(call, *args, **kwargs) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        call(*args, **kwargs)
    return caught.value.errors


def statuses(desk, lesson_id) -> dict[int, EnrollmentStatus]:
    with desk.db.reading() as conn:
        rows = conn.execute(select(t.enrollments.c.teacher_id, t.enrollments.c.status)
                            .where(t.enrollments.c.lesson_id == lesson_id))
        return dict(rows.all())


def enrollment_id(desk, lesson_id, teacher_id) -> int:
    return desk.enrollments.find(lesson_id, teacher_id).id


def lesson_of(desk, lesson_id) -> Lesson:
    with desk.db.transaction() as s:
        return s.get(Lesson, lesson_id)


def rows(source, ids=None, **filters) -> dict[int, dict]:
    request = ListRequest(filters=filters)
    ids = source.ids(request) if ids is None else ids
    keys = [c.key for c in source.columns]
    return {i: dict(zip(keys, row, strict=True))
            for i, row in zip(ids, source.rows(ids, request), strict=True)}


@pytest.fixture
def other_school(desk):
    return desk.schools.add(SchoolDraft(name="Ankkurin koulu", kind="primary", language="fi"))


@pytest.fixture
def teachers(desk, school_id):
    return [desk.teachers.add(TeacherDraft(name=f"Opettaja {i}",
                                           school_id=school_id)) for i in range(6)]


@pytest.fixture
def lesson_id(desk, school_id):
    return add_lesson(desk, school_id, capacity=2)


# -- enrolling -------------------------------------------------------------------------------


def test_seats_first_then_the_waitlist(desk, lesson_id, teachers):
    got = [desk.enrollments.enroll(lesson_id, teacher, now=NOW + timedelta(minutes=i))
           for i, teacher in enumerate(teachers[:4])]
    assert got == [EnrollmentStatus.ENROLLED] * 2 + [EnrollmentStatus.WAITLISTED] * 2
    fill = desk.enrollments.fill(lesson_id)
    assert (fill.capacity, fill.enrolled, fill.waitlisted, fill.free) == (2, 2, 2, 0)


def test_no_capacity_means_no_waitlist(desk, school_id, teachers):
    lesson = add_lesson(desk, school_id, capacity=None)
    assert {desk.enrollments.enroll(lesson, teacher, now=NOW) for teacher in teachers} == {
        EnrollmentStatus.ENROLLED}


def test_capacity_zero_puts_everyone_on_the_waitlist(desk, school_id, teachers):
    lesson = add_lesson(desk, school_id, capacity=0)
    assert desk.enrollments.enroll(lesson, teachers[0], now=NOW) is EnrollmentStatus.WAITLISTED


def test_cancelling_a_seat_promotes_the_first_waiting_and_records_it(desk, lesson_id,
                                                                      teachers):
    for i, teacher in enumerate(teachers[:4]):
        desk.enrollments.enroll(lesson_id, teacher, now=NOW + timedelta(minutes=i))
    later = NOW + timedelta(days=1)
    promoted = desk.enrollments.cancel(enrollment_id(desk, lesson_id, teachers[0]), now=later)
    assert promoted == (teachers[2], "Opettaja 2")
    assert statuses(desk, lesson_id) == {
        teachers[0]: EnrollmentStatus.CANCELLED, teachers[1]: EnrollmentStatus.ENROLLED,
        teachers[2]: EnrollmentStatus.ENROLLED, teachers[3]: EnrollmentStatus.WAITLISTED,
    }
    assert desk.enrollments.get(enrollment_id(desk, lesson_id, teachers[2])).promoted_at == later
    (promotion,) = desk.enrollments.promotions(lesson_id)
    assert (promotion.teacher_id, promotion.teacher_name, promotion.school_name,
            promotion.promoted_at) == (teachers[2], "Opettaja 2", "Korson koulu", later)
    assert desk.enrollments.promotions(lesson_id, since=later + timedelta(seconds=1)) == []


def test_cancelling_a_waiting_teacher_promotes_no_one(desk, lesson_id, teachers):
    for i, teacher in enumerate(teachers[:3]):
        desk.enrollments.enroll(lesson_id, teacher, now=NOW + timedelta(minutes=i))
    assert desk.enrollments.cancel(enrollment_id(desk, lesson_id, teachers[2]), now=NOW) is None
    assert desk.enrollments.promotions(lesson_id) == []


def test_cancelling_twice_is_refused(desk, lesson_id, teachers):
    desk.enrollments.enroll(lesson_id, teachers[0], now=NOW)
    enrollment = enrollment_id(desk, lesson_id, teachers[0])
    desk.enrollments.cancel(enrollment, now=NOW)
    assert set(errors_of(desk.enrollments.cancel, enrollment, now=NOW)) == {"status"}


def test_a_teacher_who_cancelled_may_enroll_again_at_the_back(desk, lesson_id, teachers):
    for i, teacher in enumerate(teachers[:3]):
        desk.enrollments.enroll(lesson_id, teacher, now=NOW + timedelta(minutes=i))
    first = enrollment_id(desk, lesson_id, teachers[0])
    desk.enrollments.cancel(first, now=NOW + timedelta(hours=1))  # teacher 2 moves up
    again = NOW + timedelta(hours=2)
    assert desk.enrollments.enroll(lesson_id, teachers[0], now=again) is (
        EnrollmentStatus.WAITLISTED)
    enrollment = desk.enrollments.get(first)  # the same row, joined anew
    assert (enrollment.status, enrollment.enrolled_at, enrollment.promoted_at) == (
        EnrollmentStatus.WAITLISTED, again, None)


def test_enrolling_the_same_teacher_twice_is_refused_and_nothing_changes(desk, lesson_id,
                                                                          teachers):
    desk.enrollments.enroll(lesson_id, teachers[0], now=NOW)
    errors = errors_of(desk.enrollments.enroll, lesson_id, teachers[0], now=NOW)
    assert errors == {"teacher_id": "Opettaja 0 is already enrolled in this lesson."}
    assert statuses(desk, lesson_id) == {teachers[0]: EnrollmentStatus.ENROLLED}


def test_a_waiting_teacher_is_also_already_enrolled(desk, school_id, teachers):
    lesson = add_lesson(desk, school_id, capacity=0)
    desk.enrollments.enroll(lesson, teachers[0], now=NOW)
    assert set(errors_of(desk.enrollments.enroll, lesson, teachers[0], now=NOW)) == {
        "teacher_id"}


def test_a_closed_audience_refuses_other_schools(desk, school_id, other_school, teachers):
    lesson = add_lesson(desk, school_id, open_to=[other_school])
    errors = errors_of(desk.enrollments.enroll, lesson, teachers[0], now=NOW)
    assert set(errors) == {"teacher_id"}
    assert "not open to Korson koulu" in errors["teacher_id"]
    assert statuses(desk, lesson) == {}
    invited = desk.teachers.add(TeacherDraft(name="Ankkurin opettaja", school_id=other_school))
    assert desk.enrollments.enroll(lesson, invited, now=NOW) is EnrollmentStatus.ENROLLED


@pytest.mark.parametrize("status", [LessonStatus.CANCELLED, LessonStatus.HELD])
def test_a_cancelled_or_held_lesson_takes_no_one(desk, school_id, teachers, status):
    lesson = add_lesson(desk, school_id, status=status)
    assert set(errors_of(desk.enrollments.enroll, lesson, teachers[0], now=NOW)) == {
        "lesson_id"}
    assert statuses(desk, lesson) == {}


def test_an_archived_teacher_cannot_enroll(desk, lesson_id, teachers):
    desk.teachers.archive(teachers[0])
    assert "archived" in errors_of(desk.enrollments.enroll, lesson_id, teachers[0])["teacher_id"]


def test_unknown_lesson_and_teacher(desk, lesson_id, teachers):
    with pytest.raises(NotFound):
        desk.enrollments.enroll(9999, teachers[0], now=NOW)
    assert set(errors_of(desk.enrollments.enroll, lesson_id, 9999, now=NOW)) == {"teacher_id"}


# -- series ----------------------------------------------------------------------------------


def test_series_enrollment_takes_only_lessons_still_to_come(desk, school_id, teachers):
    starts = [PAST - timedelta(days=7), PAST, SOON, SOON + timedelta(days=7),
              SOON + timedelta(days=14)]
    series, lessons = add_series(desk, school_id, starts, capacity=1)
    with desk.db.transaction() as s:  # the first was held, the last cancelled
        s.get(Lesson, lessons[0]).status = LessonStatus.HELD
        s.get(Lesson, lessons[4]).status = LessonStatus.CANCELLED
    desk.enrollments.enroll(lessons[3], teachers[1], now=NOW)  # the seat of lesson 3 is taken
    desk.enrollments.enroll(lessons[2], teachers[0], now=NOW)  # already in lesson 2

    counts = desk.enrollments.enroll_series(series, teachers[0], now=NOW)
    assert (counts.enrolled, counts.waitlisted, counts.already, counts.skipped) == (0, 1, 1, 3)
    assert [teachers[0] in statuses(desk, lesson) for lesson in lessons] == [
        False, False, True, True, False]

    # The lesson held before they enrolled is never their absence; a waitlist place is
    # not a lesson enrolled.
    source = desk.enrollments.teacher_attendance_source()
    row = rows(source, [teachers[0]], **PERIOD)[teachers[0]]
    assert (row["enrolled"], row["attended"], row["attendance_percent"]) == (1, 0, None)


def test_series_with_nothing_to_come_is_refused(desk, school_id, teachers):
    series, lessons = add_series(desk, school_id, [PAST])
    assert set(errors_of(desk.enrollments.enroll_series, series, teachers[0], now=NOW)) == {
        "series_id"}
    with pytest.raises(NotFound):
        desk.enrollments.enroll_series(9999, teachers[0], now=NOW)


def test_series_closed_to_the_school_saves_nothing(desk, school_id, other_school, teachers):
    series, lessons = add_series(desk, school_id, [SOON, SOON + timedelta(days=7)],
                                 open_to=[other_school])
    assert set(errors_of(desk.enrollments.enroll_series, series, teachers[0], now=NOW)) == {
        "teacher_id"}
    assert all(statuses(desk, lesson) == {} for lesson in lessons)


# -- capacity --------------------------------------------------------------------------------


def test_capacity_below_the_enrolled_is_refused(desk, school_id, teachers):
    lesson_id = add_lesson(desk, school_id, capacity=5)
    for teacher in teachers[:3]:
        desk.enrollments.enroll(lesson_id, teacher, now=NOW)
    with desk.db.transaction() as s:
        lesson = s.get(Lesson, lesson_id)
        with pytest.raises(ValidationError) as caught:
            check_capacity(s, lesson, 2)
        assert set(caught.value.errors) == {"capacity"}
        assert "3 teachers are already enrolled" in caught.value.errors["capacity"]
        check_capacity(s, lesson, 3)
        check_capacity(s, lesson, None)


def test_a_larger_capacity_fills_from_the_waitlist_in_order(desk, lesson_id, teachers):
    for i, teacher in enumerate(teachers[:5]):
        desk.enrollments.enroll(lesson_id, teacher, now=NOW + timedelta(minutes=i))
    with desk.db.transaction() as s:
        lesson = s.get(Lesson, lesson_id)
        check_capacity(s, lesson, 4)
        lesson.capacity = 4
        promoted = [e.teacher_id for e in fill_free_seats(s, lesson, NOW)]
    assert promoted == [teachers[2], teachers[3]]
    assert statuses(desk, lesson_id)[teachers[4]] is EnrollmentStatus.WAITLISTED


# -- attendance ------------------------------------------------------------------------------


def test_attendance_for_a_future_lesson_is_refused_and_nothing_saved(desk, lesson_id,
                                                                     teachers):
    desk.enrollments.enroll(lesson_id, teachers[0], now=NOW)
    enrollment = enrollment_id(desk, lesson_id, teachers[0])
    errors = errors_of(desk.enrollments.mark_attendance, lesson_id,
                       {enrollment: Attendance.PRESENT}, now=NOW)
    assert set(errors) == {"attendance"}
    assert "lesson in the future" in errors["attendance"]
    assert desk.enrollments.get(enrollment).attendance is None
    assert lesson_of(desk, lesson_id).status is LessonStatus.PUBLISHED


def test_attendance_during_the_lesson_is_refused(desk, lesson_id, teachers):
    desk.enrollments.enroll(lesson_id, teachers[0], now=NOW)
    during = SOON + timedelta(minutes=30)
    assert set(errors_of(desk.enrollments.mark_attendance, lesson_id, {}, now=during)) == {
        "attendance"}


def test_attendance_makes_the_lesson_held(desk, lesson_id, teachers):
    for teacher in teachers[:2]:
        desk.enrollments.enroll(lesson_id, teacher, now=NOW)
    first, second = (enrollment_id(desk, lesson_id, x) for x in teachers[:2])
    after = SOON + timedelta(hours=3)
    desk.enrollments.mark_attendance(lesson_id, {first: Attendance.PRESENT,
                                                 second: Attendance.EXCUSED},
                                     now=after)
    assert lesson_of(desk, lesson_id).status is LessonStatus.HELD
    assert desk.enrollments.get(first).attendance is Attendance.PRESENT
    assert desk.enrollments.get(second).attendance is Attendance.EXCUSED
    desk.enrollments.mark_attendance(lesson_id, {second: None}, now=after)  # cleared
    assert desk.enrollments.get(second).attendance is None
    # Once held, the lesson takes no one and keeps its enrollments.
    assert set(errors_of(desk.enrollments.enroll, lesson_id, teachers[3], now=after)) == {
        "lesson_id"}
    assert set(errors_of(desk.enrollments.cancel, first, now=after)) == {"status"}


def test_attendance_only_for_enrolled_teachers_all_or_nothing(desk, school_id, teachers):
    lesson_id = add_lesson(desk, school_id, starts_at=PAST, capacity=1)
    desk.enrollments.enroll(lesson_id, teachers[0], now=NOW - timedelta(days=30))
    desk.enrollments.enroll(lesson_id, teachers[1], now=NOW - timedelta(days=30))
    seat, waiting = (enrollment_id(desk, lesson_id, x) for x in teachers[:2])
    errors = errors_of(desk.enrollments.mark_attendance, lesson_id,
                       {seat: Attendance.PRESENT, waiting: Attendance.PRESENT}, now=NOW)
    assert "Opettaja 1 is not enrolled" in errors["attendance"]
    assert desk.enrollments.get(seat).attendance is None
    assert lesson_of(desk, lesson_id).status is LessonStatus.PUBLISHED
    other_lesson = add_lesson(desk, school_id, starts_at=PAST)
    desk.enrollments.enroll(other_lesson, teachers[2], now=NOW - timedelta(days=30))
    stranger = enrollment_id(desk, other_lesson, teachers[2])
    assert set(errors_of(desk.enrollments.mark_attendance, lesson_id,
                         {stranger: Attendance.PRESENT},
                         now=NOW)) == {"attendance"}
    with pytest.raises(TypeError):  # the form gives marks, never text
        desk.enrollments.mark_attendance(lesson_id, {seat: "asleep"}, now=NOW)


def test_attendance_for_a_cancelled_lesson_is_refused(desk, school_id):
    lesson_id = add_lesson(desk, school_id, starts_at=PAST, status=LessonStatus.CANCELLED)
    assert set(errors_of(desk.enrollments.mark_attendance, lesson_id, {}, now=NOW)) == {
        "attendance"}


# -- feedback --------------------------------------------------------------------------------


def held_lesson(desk, school_id, teachers, marks, minutes=90, starts_at=PAST) -> int:
    lesson_id = add_lesson(desk, school_id, starts_at=starts_at, minutes=minutes)
    enrolled_at = starts_at - timedelta(days=10)
    for teacher in teachers[:len(marks)]:
        desk.enrollments.enroll(lesson_id, teacher, now=enrolled_at)
    desk.enrollments.mark_attendance(lesson_id, {
        enrollment_id(desk, lesson_id, teacher): None if mark is None else Attendance(mark)
        for teacher, mark in zip(teachers, marks, strict=False)}, now=NOW)
    return lesson_id


def test_feedback_and_the_average(desk, school_id, teachers):
    lesson_id = held_lesson(desk, school_id, teachers, ["present", "late", "absent"])
    first, second, absent = (enrollment_id(desk, lesson_id, x) for x in teachers[:3])
    assert desk.enrollments.average_score(lesson_id) is None
    desk.enrollments.give_feedback(first, Feedback(5, " Hyvä! "))
    desk.enrollments.give_feedback(second, Feedback(4))
    assert desk.enrollments.get(first).feedback_comment == "Hyvä!"
    assert desk.enrollments.average_score(lesson_id) == 4.5
    assert set(errors_of(desk.enrollments.give_feedback, first, Feedback(6))) == {
        "feedback_score"}
    assert set(errors_of(desk.enrollments.give_feedback, absent, Feedback(3))) == {
        "feedback_score"}
    with pytest.raises(TypeError):  # the form gives a whole number, never text
        desk.enrollments.give_feedback(second, Feedback("4"))
    # Feedback means they attended: marking them absent first needs it removed.
    errors = errors_of(desk.enrollments.mark_attendance, lesson_id, {first: Attendance.ABSENT},
                       now=NOW)
    assert "gave feedback" in errors["attendance"]
    assert desk.enrollments.get(first).feedback_score == 5


def test_the_feedback_summary(desk, school_id, teachers):
    lesson_id = held_lesson(desk, school_id, teachers, ["present"])
    desk.enrollments.set_summary(lesson_id, "  Toive: jatkokurssi. ", now=NOW)
    assert lesson_of(desk, lesson_id).feedback_summary == "Toive: jatkokurssi."
    future = add_lesson(desk, school_id)
    assert set(errors_of(desk.enrollments.set_summary, future, "x", now=NOW)) == {
        "feedback_summary"}
    assert set(errors_of(desk.enrollments.set_summary, lesson_id, "x" * 5001, now=NOW)) == {
        "feedback_summary"}


def test_an_attendance_sheet_is_saved_whole(desk, school_id, teachers):
    lesson_id = held_lesson(desk, school_id, teachers, ["present", "present"])
    first, second = (enrollment_id(desk, lesson_id, x) for x in teachers[:2])
    desk.enrollments.give_feedback(second, Feedback(4, "Hyvä"))
    # The feedback taken away comes first, so the teacher can be marked absent at once.
    desk.enrollments.record(lesson_id, AttendanceSheet(
        marks={first: Attendance.LATE, second: Attendance.ABSENT},
        feedback={first: Feedback(5, " Selkeä "), second: Feedback()},
        summary=" Lisää tällaisia. "), now=NOW)
    assert (desk.enrollments.get(first).attendance, desk.enrollments.get(first).feedback_score,
            desk.enrollments.get(first).feedback_comment) == (Attendance.LATE, 5, "Selkeä")
    assert (desk.enrollments.get(second).attendance,
            desk.enrollments.get(second).feedback_score) == (Attendance.ABSENT, None)
    assert lesson_of(desk, lesson_id).feedback_summary == "Lisää tällaisia."


def test_a_refused_sheet_saves_nothing_and_names_the_teacher(desk, school_id, teachers):
    lesson_id = add_lesson(desk, school_id, starts_at=PAST)
    for teacher in teachers[:2]:
        desk.enrollments.enroll(lesson_id, teacher, now=PAST - timedelta(days=10))
    first, second = (enrollment_id(desk, lesson_id, x) for x in teachers[:2])
    errors = errors_of(desk.enrollments.record, lesson_id, AttendanceSheet(
        marks={first: Attendance.PRESENT, second: Attendance.ABSENT},
        feedback={first: Feedback(5), second: Feedback(3)}, summary="Hyvä"), now=NOW)
    assert errors == {"feedback_score": "Opettaja 1: Feedback comes from teachers who "
                                        "attended."}
    assert desk.enrollments.get(first).attendance is None
    assert desk.enrollments.get(first).feedback_score is None
    lesson = lesson_of(desk, lesson_id)
    assert (lesson.status, lesson.feedback_summary) == (LessonStatus.PUBLISHED, "")


# -- lists -----------------------------------------------------------------------------------


def test_the_enrollments_list_shows_the_waitlist_in_queue_order(desk, school_id, teachers):
    lesson_id = add_lesson(desk, school_id, capacity=1)
    # Joined in the order 3, 1, 4, 0: teacher 3 gets the seat.
    for minutes, teacher in enumerate([teachers[3], teachers[1], teachers[4], teachers[0]]):
        desk.enrollments.enroll(lesson_id, teacher, now=NOW + timedelta(minutes=minutes))
    desk.enrollments.cancel(enrollment_id(desk, lesson_id, teachers[3]), now=NOW + timedelta(
        hours=1))  # teacher 1 moves up
    add_lesson(desk, school_id)  # another lesson's enrollments stay out
    source = desk.enrollments.enrollments_source()
    listed = rows(source, lesson_id=lesson_id)
    assert [(r["teacher"], r["status"], r["place"]) for r in listed.values()] == [
        ("Opettaja 1", EnrollmentStatus.ENROLLED, None),
        ("Opettaja 4", EnrollmentStatus.WAITLISTED, 1),
        ("Opettaja 0", EnrollmentStatus.WAITLISTED, 2),
        ("Opettaja 3", EnrollmentStatus.CANCELLED, None),
    ]
    first = listed[enrollment_id(desk, lesson_id, teachers[1])]
    assert (first["school"], first["promoted_at"], first["enrolled_at"]) == (
        "Korson koulu", NOW + timedelta(hours=1), NOW + timedelta(minutes=1))
    assert len(rows(source, lesson_id=lesson_id, cancelled=False)) == 3
    assert len(rows(source, lesson_id=lesson_id, status="waitlisted")) == 2
    by_name = source.ids(ListRequest(filters={"lesson_id": lesson_id}, sort_key="teacher"))
    assert [desk.enrollments.get(i).teacher_id for i in by_name] == [
        teachers[0], teachers[1], teachers[3], teachers[4]]
    assert len(source.ids(ListRequest(text="opettaja 4", filters={"lesson_id": lesson_id}))) == 1


def test_hours_are_credited_only_for_present_and_late(desk, school_id, teachers):
    held_lesson(desk, school_id, teachers, ["present", "late", "excused", "absent"],
                minutes=90)
    held_lesson(desk, school_id, teachers, ["present", "absent", "excused", None],
                minutes=45, starts_at=PAST - timedelta(days=1))
    source = desk.enrollments.teacher_attendance_source()
    listed = rows(source, teachers[:5], **PERIOD)
    got = {teacher: (r["enrolled"], r["attended"], r["excused"], r["hours"],
                     r["attendance_percent"]) for teacher, r in listed.items()}
    assert got == {
        teachers[0]: (2, 2, 0, 2.25, 100.0),
        teachers[1]: (2, 1, 0, 1.5, 50.0),
        # Excused is not counted as missed: left out of the percentage.
        teachers[2]: (2, 0, 2, 0.0, None),
        teachers[3]: (2, 0, 0, 0.0, 0.0),  # absent once, not yet marked once
        teachers[4]: (0, 0, 0, 0.0, None),
    }


def test_the_period_chooses_the_lessons(desk, school_id, teachers):
    held_lesson(desk, school_id, teachers, ["present"])
    source = desk.enrollments.teacher_attendance_source()
    autumn = {"period_start": datetime(2026, 9, 1), "period_end": datetime(2027, 1, 1)}
    assert rows(source, [teachers[0]], **autumn)[teachers[0]]["attended"] == 0
    assert rows(source, [teachers[0]], **PERIOD)[teachers[0]]["attended"] == 1
    ids = source.ids(ListRequest(filters={**PERIOD, "with_lessons": True}))
    assert ids == [teachers[0]]
    assert source.ids(ListRequest(filters={**autumn, "with_lessons": True})) == []


def test_teachers_filter_by_school_and_sort_by_percent(desk, school_id, other_school, teachers):
    outsider = desk.teachers.add(TeacherDraft(name="Ankkurin opettaja", school_id=other_school))
    held_lesson(desk, school_id, [teachers[0], outsider, teachers[1]],
                ["absent", "present", "present"])
    source = desk.enrollments.teacher_attendance_source()
    assert outsider not in source.ids(ListRequest(filters={"school_id": school_id}))
    ordered = source.ids(ListRequest(filters={**PERIOD, "with_lessons": True},
                                     sort_key="attendance_percent", descending=True))
    assert ordered[-1] == teachers[0]


def test_school_totals_teachers_reached_and_share(desk, school_id, other_school, teachers):
    outsider = desk.teachers.add(TeacherDraft(name="Ankkurin opettaja", school_id=other_school))
    held_lesson(desk, school_id, [teachers[0], teachers[1], teachers[2], outsider],
                ["present", "late", "absent", "excused"], minutes=60)
    held_lesson(desk, school_id, [teachers[0]], ["present"], minutes=120,
                starts_at=PAST - timedelta(days=1))
    source = desk.enrollments.school_attendance_source()
    listed = rows(source, **PERIOD)
    korso, ankkuri = listed[school_id], listed[other_school]
    assert (korso["enrolled"], korso["attended"], korso["hours"], korso["reached"],
            korso["active_teachers"]) == (4, 3, 4.0, 2, 6)
    assert korso["attendance_percent"] == pytest.approx(75.0)
    assert korso["reached_share"] == pytest.approx(100 * 2 / 6)
    assert (ankkuri["enrolled"], ankkuri["attended"], ankkuri["reached"],
            ankkuri["attendance_percent"], ankkuri["reached_share"]) == (1, 0, 0, None, 0.0)
    # An archived teacher's attendances stay in the totals, but teachers reached are
    # active teachers, as in the reports: the share is reached / active.
    desk.teachers.archive(teachers[1])
    korso = rows(source, [school_id], **PERIOD)[school_id]
    assert (korso["attended"], korso["reached"], korso["active_teachers"]) == (3, 1, 5)
    assert korso["reached_share"] == pytest.approx(100 * 1 / 5)


def test_a_school_without_teachers_has_no_share(desk, school_id):
    source = desk.enrollments.school_attendance_source()
    row = rows(source, [school_id], **PERIOD)[school_id]
    assert (row["enrolled"], row["active_teachers"], row["reached_share"]) == (0, 0, None)


# -- the waitlist as a property --------------------------------------------------------------

operations = st.lists(
    st.one_of(
        st.tuples(st.just("enroll"), st.integers(0, 5)),
        st.tuples(st.just("cancel"), st.integers(0, 5)),
        st.tuples(st.just("capacity"), st.integers(0, 6)),
    ),
    max_size=25,
)


@settings(max_examples=80, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(capacity=st.integers(0, 4), ops=operations)
def test_any_enroll_and_cancel_sequence_keeps_the_waitlist_fair(desk, school_id, teachers,
                                                                capacity, ops):
    lesson_id = add_lesson(desk, school_id, capacity=capacity)
    joined: list[int] = []  # the model: active teachers in the order they joined
    for step, (op, arg) in enumerate(ops):
        now = NOW + timedelta(minutes=step)
        if op == "enroll":
            teacher = teachers[arg]
            if teacher in joined:
                with pytest.raises(ValidationError):
                    desk.enrollments.enroll(lesson_id, teacher, now=now)
            else:
                desk.enrollments.enroll(lesson_id, teacher, now=now)
                joined.append(teacher)
        elif op == "cancel":
            teacher = teachers[arg]
            if teacher in joined:
                desk.enrollments.cancel(enrollment_id(desk, lesson_id, teacher), now=now)
                joined.remove(teacher)
        else:
            with desk.db.transaction() as s:  # what desk.lessons does on a capacity change
                lesson = s.get(Lesson, lesson_id)
                try:
                    check_capacity(s, lesson, arg)
                except ValidationError:
                    assert arg < min(capacity, len(joined))
                    continue
                lesson.capacity = capacity = arg
                fill_free_seats(s, lesson, now)

        with desk.db.transaction() as s:
            active = [e for e in s.scalars(select(Enrollment).where(
                Enrollment.lesson_id == lesson_id)) if e.status is not EnrollmentStatus.CANCELLED]
        seated = {e.teacher_id for e in active if e.status is EnrollmentStatus.ENROLLED}
        queue = [e.teacher_id for e in sorted(
            (e for e in active if e.status is EnrollmentStatus.WAITLISTED),
            key=lambda e: (e.enrolled_at, e.id))]
        assert len(seated) <= capacity  # never more enrolled than capacity
        assert not queue or len(seated) == capacity  # no free seat while someone waits
        # First come, first served: the seats go to the first to join, the rest wait in order.
        assert seated == set(joined[:capacity])
        assert queue == joined[capacity:]
