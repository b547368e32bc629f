"""From the Lessons page: enroll past capacity, then mark attendance after the lesson."""

from datetime import date, datetime, timedelta

from PySide6.QtWidgets import QApplication

from coachdesk.domain.lessons import Attendance, EnrollmentStatus, LessonDraft
from coachdesk.domain.schools import TeacherDraft
from coachdesk.domain.tutors import TutorDraft
from coachdesk.ui.dialogs.attendance_dialog import AttendanceDialog
from coachdesk.ui.dialogs.enrollments_dialog import EnrollmentsDialog
from coachdesk.ui.pages.lessons_page import LessonsPage
from tests.ui.helpers import with_dialog


def test_the_lessons_page_opens_enrollments_and_attendance(window, desk, school_id):
    tutor = desk.tutors.add(TutorDraft(name="Outi Tutor", home_school_id=school_id,
                                       agreement_start=date(2026, 8, 1),
                                       agreement_end=date(2027, 7, 31)))
    teachers = [desk.teachers.add(TeacherDraft(name=f"Opettaja {n}",
                                               school_id=school_id)) for n in range(3)]
    starts = datetime.now().replace(hour=9, minute=0, second=0, microsecond=0) - timedelta(
        days=2)
    lesson = desk.lessons.add(LessonDraft(title="Scratch basics", starts_at=starts,
                                          ends_at=starts + timedelta(hours=1, minutes=30),
                                          place_kind="online", online_url="https://meet.example/x",
                                          capacity=2, tutor_ids=(tutor,)),
                              confirmed=True, override_reason="a test lesson")
    page = window.page(LessonsPage)
    window.nav.setCurrentRow(window.pages.index(page))
    page.period_picker.setCurrentIndex(page.period_picker.count() - 1)  # all, past too
    assert page.list.select_id(lesson)

    def enroll_three(dialog):
        assert isinstance(dialog, EnrollmentsDialog)
        for teacher in teachers:
            dialog.teacher_picker.setCurrentIndex(dialog.teacher_picker.findData(teacher))
            dialog.enroll()
        assert "waitlist" in dialog.result_label.text()

    with_dialog(page.enrollments_action.trigger, enroll_three)
    statuses = [desk.enrollments.find(lesson, t).status for t in teachers]
    assert statuses == [EnrollmentStatus.ENROLLED, EnrollmentStatus.ENROLLED,
                        EnrollmentStatus.WAITLISTED]

    def all_present(dialog):
        assert isinstance(dialog, AttendanceDialog)
        dialog.all_present_button.click()
        dialog.buttons.accepted.emit()
        QApplication.processEvents()

    with_dialog(page.attendance_action.trigger, all_present)
    assert [desk.enrollments.find(lesson, t).attendance for t in teachers[:2]] == [
        Attendance.PRESENT, Attendance.PRESENT]
    assert desk.lessons.get(lesson).status.value == "held"
