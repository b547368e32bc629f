"""Lessons, their capacity and the enrollment rules."""

from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coachdesk.domain.errors import ValidationError
from coachdesk.domain.lessons import (
    Attendance,
    Enrollment,
    EnrollmentStatus,
    Lesson,
    LessonStatus,
    PlaceKind,
    next_in_line,
    status_for_new_enrollment,
)

START = datetime(2024, 9, 3, 14, 0)


def lesson(**changes) -> Lesson:
    values = {
        "title": "Padlet basics", "starts_at": START, "ends_at": START + timedelta(hours=1.5),
        "school_id": 1,
    }
    values.update(changes)
    return Lesson(**values)


def errors_of(check) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        check()
    return caught.value.errors


# -- lessons -------------------------------------------------------------------------------


def test_a_valid_lesson_is_tidied_and_knows_its_hours():
    item = lesson(title="  Padlet basics ")
    item.check()
    assert item.title == "Padlet basics"
    assert item.hours == 1.5


def test_a_lesson_needs_a_title():
    assert errors_of(lesson(title=" ").check) == {"title": "Title is required."}


@pytest.mark.parametrize("length", [timedelta(0), timedelta(minutes=-30)])
def test_a_lesson_must_end_after_it_starts(length):
    item = lesson(ends_at=START + length)
    assert errors_of(item.check) == {"ends_at": "A lesson must end after it starts."}


def test_a_one_minute_lesson_is_allowed():
    lesson(ends_at=START + timedelta(minutes=1)).check()


@pytest.mark.parametrize(
    ("capacity", "ok"),
    [(None, True), (0, True), (10_000, True), (-1, False), (10_001, False)],
)
def test_capacity_is_a_count_up_to_ten_thousand(capacity, ok):
    item = lesson(capacity=capacity)
    if ok:
        item.check()
    else:
        assert set(errors_of(item.check)) == {"capacity"}


def test_a_lesson_at_a_school_needs_the_school():
    item = lesson(place_kind=PlaceKind.SCHOOL, school_id=None)
    assert errors_of(item.check) == {"school_id": "Choose the school where the lesson is held."}


@pytest.mark.parametrize("url", ["", "   "])
def test_an_online_lesson_needs_its_link(url):
    item = lesson(place_kind=PlaceKind.ONLINE, school_id=None, online_url=url)
    assert errors_of(item.check) == {"online_url": "An online lesson needs its link."}


def test_an_online_or_venue_lesson_needs_no_school():
    lesson(place_kind=PlaceKind.ONLINE, school_id=None, online_url="https://meet.fi/x").check()
    lesson(place_kind=PlaceKind.VENUE, school_id=None, venue="Library").check()


def test_lesson_check_reports_every_problem_at_once():
    item = lesson(title="", ends_at=START, capacity=-5, school_id=None)
    assert set(errors_of(item.check)) == {"title", "ends_at", "capacity", "school_id"}


# -- enrollment status ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("capacity", "enrolled", "expected"),
    [
        (None, 0, EnrollmentStatus.ENROLLED),
        (None, 5_000, EnrollmentStatus.ENROLLED),  # no limit
        (20, 0, EnrollmentStatus.ENROLLED),
        (20, 19, EnrollmentStatus.ENROLLED),  # the last free seat
        (20, 20, EnrollmentStatus.WAITLISTED),  # full
        (20, 25, EnrollmentStatus.WAITLISTED),  # over-full after the capacity was lowered
        (0, 0, EnrollmentStatus.WAITLISTED),  # no seats at all
    ],
)
def test_status_for_new_enrollment(capacity, enrolled, expected):
    assert status_for_new_enrollment(capacity, enrolled) is expected


@given(st.integers(min_value=0, max_value=200), st.integers(min_value=0, max_value=300))
def test_a_seat_is_given_exactly_when_one_is_free(capacity, enrolled):
    status = status_for_new_enrollment(capacity, enrolled)
    assert (status is EnrollmentStatus.ENROLLED) == (enrolled < capacity)
    assert status is not EnrollmentStatus.CANCELLED


@given(st.integers(min_value=0, max_value=100))
def test_filling_a_lesson_one_by_one_seats_exactly_its_capacity(capacity):
    seated = 0
    statuses = []
    for _ in range(capacity + 3):
        status = status_for_new_enrollment(capacity, seated)
        statuses.append(status)
        if status is EnrollmentStatus.ENROLLED:
            seated += 1
    assert seated == capacity
    assert statuses == [EnrollmentStatus.ENROLLED] * capacity + [EnrollmentStatus.WAITLISTED] * 3


@given(st.integers(min_value=0, max_value=10_000))
def test_no_limit_always_gives_a_seat(enrolled):
    assert status_for_new_enrollment(None, enrolled) is EnrollmentStatus.ENROLLED


# -- enrollments ---------------------------------------------------------------------------


def enrollment(**changes) -> Enrollment:
    values = {"lesson_id": 1, "teacher_id": 2, "enrolled_at": START - timedelta(days=7)}
    values.update(changes)
    return Enrollment(**values)


def test_a_fresh_enrollment_is_valid_for_a_planned_lesson():
    enrollment().check(lesson())


@pytest.mark.parametrize("attendance", list(Attendance))
@pytest.mark.parametrize("status", [LessonStatus.PLANNED, LessonStatus.PUBLISHED,
                                    LessonStatus.CANCELLED])
def test_attendance_is_recorded_only_for_a_held_lesson(attendance, status):
    item = enrollment(attendance=attendance)
    assert errors_of(lambda: item.check(lesson(status=status))) == {
        "attendance": "Attendance is recorded only for a lesson that was held."
    }


@pytest.mark.parametrize("attendance", list(Attendance))
def test_attendance_of_an_enrolled_teacher_at_a_held_lesson(attendance):
    enrollment(attendance=attendance).check(lesson(status=LessonStatus.HELD))


@pytest.mark.parametrize("status", [EnrollmentStatus.WAITLISTED, EnrollmentStatus.CANCELLED])
def test_only_enrolled_teachers_have_attendance(status):
    item = enrollment(status=status, attendance=Attendance.ABSENT)
    assert errors_of(lambda: item.check(lesson(status=LessonStatus.HELD))) == {
        "attendance": "Attendance is recorded only for enrolled teachers."
    }
    enrollment(status=status).check(lesson(status=LessonStatus.HELD))


def test_present_and_late_are_attended_excused_and_absent_are_not():
    assert [a for a in Attendance if a.attended] == [Attendance.PRESENT, Attendance.LATE]


@pytest.mark.parametrize("attendance", [None, Attendance.EXCUSED, Attendance.ABSENT])
def test_feedback_comes_only_from_those_who_attended(attendance):
    item = enrollment(attendance=attendance, feedback_score=4)
    assert errors_of(lambda: item.check(lesson(status=LessonStatus.HELD))) == {
        "feedback_score": "Feedback comes from teachers who attended."
    }


def test_the_waitlist_moves_up_in_the_order_teachers_joined_it():
    def waiting(teacher, minutes, status=EnrollmentStatus.WAITLISTED):
        return enrollment(teacher_id=teacher, status=status,
                          enrolled_at=START - timedelta(minutes=minutes))

    queue = [waiting(1, 10), waiting(2, 30), waiting(3, 60, EnrollmentStatus.CANCELLED),
             waiting(4, 5)]
    assert next_in_line(queue).teacher_id == 2
    assert next_in_line([waiting(5, 1, EnrollmentStatus.ENROLLED)]) is None


@given(st.integers(min_value=-10, max_value=10))
def test_feedback_is_a_score_from_1_to_5(score):
    item = enrollment(feedback_score=score, attendance=Attendance.PRESENT)
    held = lesson(status=LessonStatus.HELD)
    if 1 <= score <= 5:
        item.check(held)
    else:
        assert errors_of(lambda: item.check(held)) == {
            "feedback_score": "Feedback is a score from 1 to 5."
        }
