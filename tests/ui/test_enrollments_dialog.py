"""The Enrollments dialog: seats, the waitlist, refusals beside the picker, cancelling with
the teacher who moved up named, and a whole series."""

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt

from coachdesk.domain.bookings import Repeat
from coachdesk.domain.calendar import SchoolYearDraft
from coachdesk.domain.lessons import (
    Attendance,
    EnrollmentStatus,
    LessonDraft,
    LessonSeriesDraft,
)
from coachdesk.domain.schools import SchoolDraft, TeacherDraft
from coachdesk.domain.tutors import TutorDraft
from coachdesk.ui import messages
from coachdesk.ui.app import make_application
from coachdesk.ui.dialogs.enrollments_dialog import EnrollmentsDialog
from coachdesk.ui.operations import perform

NOW = datetime(2026, 10, 20, 12, 0)
SOON = datetime(2026, 11, 4, 14, 30)  # a Wednesday still to come


@pytest.fixture
def korso(desk):
    return desk.schools.add(SchoolDraft(name="Korson koulu"))


@pytest.fixture
def ankkuri(desk):
    return desk.schools.add(SchoolDraft(name="Ankkurin koulu"))


@pytest.fixture
def tutor(desk, korso):
    desk.school_years.create(SchoolYearDraft(2026))
    return desk.tutors.add(TutorDraft(name="Anna Virtanen", home_school_id=korso,
                                      agreement_start=date(2026, 8, 1),
                                      agreement_end=date(2027, 7, 31)))


@pytest.fixture
def teachers(desk, korso, ankkuri):
    return {name: desk.teachers.add(TeacherDraft(name=name, school_id=school)) for name, school in [
        ("Aino Aalto", korso), ("Bertta Berg", korso), ("Cecilia Cronqvist", ankkuri),
        ("Daniel Dahl", ankkuri)]}


def add_lesson(desk, tutor, starts=SOON, capacity=2, title="Padlet basics") -> int:
    draft = LessonDraft(title=title, starts_at=starts, ends_at=starts + timedelta(minutes=90),
                        place_kind="venue", venue="Tikkurila library", capacity=capacity,
                        status="published", tutor_ids=(tutor,))
    return desk.lessons.add(draft, confirmed=True, override_reason="test")


@pytest.fixture
def informed(monkeypatch):
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "inform", lambda parent, title, text: said.append(
        (title, text)))
    return said


@pytest.fixture
def open_dialog(qtbot, desk, answers):
    def open_it(lesson_id: int) -> EnrollmentsDialog:
        make_application()
        dialog = EnrollmentsDialog(None, desk, lesson_id, now=NOW)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog
    return open_it


def enroll(qtbot, dialog: EnrollmentsDialog, text: str) -> None:
    """Type into the picker and press Enter, as the coordinator does."""
    dialog.teacher_picker.setEditText(text)
    qtbot.keyClick(dialog.teacher_picker.lineEdit(), Qt.Key.Key_Return)


def shown_rows(dialog: EnrollmentsDialog) -> list[tuple[str, str]]:
    model = dialog.list.model
    return [(model.value(r, "teacher"), model.value(r, "status")) for r in
            range(model.rowCount())]


def test_enter_enrolls_until_full_then_the_waitlist(qtbot, desk, tutor, teachers, open_dialog):
    lesson = add_lesson(desk, tutor, capacity=2)
    dialog = open_dialog(lesson)
    assert dialog.fill_label.text() == "0 / 2 enrolled · 2 seats free"
    assert "Tikkurila library" in dialog.when_label.text()
    assert "4.11.2026 14:30–16:00" in dialog.when_label.text()
    assert dialog.series_button.isHidden()

    enroll(qtbot, dialog, "Aino Aalto")
    assert dialog.result_label.text() == "Aino Aalto has a seat."
    assert dialog.teacher_picker.currentText() == ""  # ready for the next name
    enroll(qtbot, dialog, "Bertta Berg — Korson koulu")
    enroll(qtbot, dialog, "Cecilia Cronqvist")
    assert "Cecilia Cronqvist is on the waitlist, number 1" in dialog.result_label.text()
    assert dialog.fill_label.text() == "2 / 2 enrolled · 1 waiting"
    assert shown_rows(dialog) == [
        ("Aino Aalto", EnrollmentStatus.ENROLLED),
        ("Bertta Berg", EnrollmentStatus.ENROLLED),
        ("Cecilia Cronqvist", EnrollmentStatus.WAITLISTED),
    ]
    assert dialog.list.selected_id() == desk.enrollments.find(
        lesson, teachers["Cecilia Cronqvist"]).id
    assert dialog.error_label.isHidden(), dialog.error_label.text()


def test_an_enrollment_made_elsewhere_shows_at_once(qtbot, desk, tutor, teachers,
                                                   open_dialog):
    lesson = add_lesson(desk, tutor, capacity=1)
    dialog = open_dialog(lesson)
    perform(lambda: desk.enrollments.enroll(lesson, teachers["Daniel Dahl"], now=NOW))
    assert shown_rows(dialog) == [("Daniel Dahl", EnrollmentStatus.ENROLLED)]
    assert dialog.fill_label.text() == "1 / 1 enrolled · full"


def test_picker_searches_by_school(desk, tutor, teachers, open_dialog):
    dialog = open_dialog(add_lesson(desk, tutor))
    completer = dialog.teacher_picker.completer()
    completer.setCompletionPrefix("ankkuri")
    found = [completer.completionModel().index(i, 0).data()
             for i in range(completer.completionCount())]
    assert found == ["Cecilia Cronqvist — Ankkurin koulu", "Daniel Dahl — Ankkurin koulu"]


def test_the_same_teacher_twice_and_unknown_names_are_shown_beside_the_picker(
        qtbot, desk, tutor, teachers, open_dialog):
    lesson = add_lesson(desk, tutor)
    dialog = open_dialog(lesson)
    enroll(qtbot, dialog, "Aino Aalto")
    enroll(qtbot, dialog, "Aino Aalto")
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == "Aino Aalto is already enrolled in this lesson."
    assert dialog.result_label.isHidden()
    assert desk.enrollments.fill(lesson).enrolled == 1

    enroll(qtbot, dialog, "Nobody Known")
    assert "No teacher matches “Nobody Known”" in dialog.error_label.text()
    dialog.teacher_picker.setEditText("")
    dialog.enroll_button.click()
    assert dialog.error_label.text() == "Choose the teacher to enroll."


def test_cancelling_a_seat_names_the_teacher_who_moved_up(
        qtbot, desk, tutor, teachers, open_dialog, answers, informed):
    lesson = add_lesson(desk, tutor, capacity=1)
    for minutes, name in enumerate(["Aino Aalto", "Bertta Berg", "Cecilia Cronqvist"]):
        desk.enrollments.enroll(lesson, teachers[name], now=NOW - timedelta(minutes=10 - minutes))
    dialog = open_dialog(lesson)
    assert dialog.fill_label.text() == "1 / 1 enrolled · 2 waiting"
    assert dialog.moved_up_label.isHidden()

    seat = desk.enrollments.find(lesson, teachers["Aino Aalto"]).id
    assert dialog.list.select_id(seat)
    qtbot.keyClick(dialog.list.view, Qt.Key.Key_Delete)

    assert "Cancel Aino Aalto's enrollment in “Padlet basics”?" in answers["confirm"][0]
    assert "moves up" in answers["confirm"][0]
    assert len(informed) == 1
    assert "Bertta Berg moved up from the waitlist" in informed[0][1]
    assert "Tell them" in informed[0][1]
    assert dialog.moved_up_label.isVisible()
    assert "Bertta Berg" in dialog.moved_up_label.text()
    assert dialog.fill_label.text() == "1 / 1 enrolled · 1 waiting"
    assert ("Aino Aalto", EnrollmentStatus.CANCELLED) not in shown_rows(dialog)
    dialog.show_cancelled.setChecked(True)
    assert ("Aino Aalto", EnrollmentStatus.CANCELLED) in shown_rows(dialog)
    column = dialog._column("promoted_at")
    row = next(r for r, (name, _s) in enumerate(shown_rows(dialog)) if name == "Bertta Berg")
    assert dialog.list.model.index(row, column).data() == "20.10.2026 12:00"


def test_cancelling_asks_first(qtbot, desk, tutor, teachers, open_dialog, answers, informed):
    lesson = add_lesson(desk, tutor)
    desk.enrollments.enroll(lesson, teachers["Aino Aalto"], now=NOW)
    dialog = open_dialog(lesson)
    answers["answer"] = False
    dialog.list.select_id(desk.enrollments.find(lesson, teachers["Aino Aalto"]).id)
    dialog.cancel_button.click()
    assert desk.enrollments.fill(lesson).enrolled == 1
    assert informed == []


def test_enrolling_in_the_whole_series(qtbot, desk, tutor, teachers, open_dialog):
    ids = desk.lessons.add_series(LessonSeriesDraft(
        LessonDraft(title="Scratch club", place_kind="venue", venue="Tikkurila library",
                    capacity=1, status="published", tutor_ids=(tutor,)),
        Repeat("FREQ=WEEKLY;BYDAY=WE", date(2026, 11, 4), date(2026, 11, 25), time(14, 30),
               time(16))), confirmed=True, override_reason="test")
    desk.enrollments.enroll(ids[2], teachers["Bertta Berg"], now=NOW)
    dialog = open_dialog(ids[0])
    assert dialog.series_button.isVisible()
    dialog.teacher_picker.setEditText("Aino Aalto")
    dialog.series_button.click()
    text = dialog.result_label.text()
    assert text.startswith(f"Aino Aalto is in {len(ids)} lessons of the series")
    assert "on the waitlist in 1 of them" in text
    assert desk.enrollments.find(ids[-1], teachers["Aino Aalto"]) is not None


def test_a_held_lesson_takes_no_more_teachers(qtbot, desk, tutor, teachers, open_dialog):
    lesson = add_lesson(desk, tutor, starts=datetime(2026, 10, 7, 14, 30))
    desk.enrollments.enroll(lesson, teachers["Aino Aalto"], now=datetime(2026, 10, 1))
    desk.enrollments.mark_attendance(lesson, {desk.enrollments.find(
        lesson, teachers["Aino Aalto"]).id: Attendance.PRESENT}, now=NOW)
    dialog = open_dialog(lesson)
    assert not dialog.enroll_button.isEnabled()
    assert "has been held" in dialog.result_label.text()
    dialog.list.select_id(desk.enrollments.find(lesson, teachers["Aino Aalto"]).id)
    assert not dialog.cancel_button.isEnabled()
    attendance = dialog._column("attendance")
    assert not dialog.list.view.isColumnHidden(attendance)
    assert dialog.list.model.index(0, attendance).data() == "Present"


def test_enrollment_list_model(qtmodeltester, desk, tutor, teachers, open_dialog):
    lesson = add_lesson(desk, tutor, capacity=1)
    for teacher in teachers.values():
        desk.enrollments.enroll(lesson, teacher, now=NOW)
    dialog = open_dialog(lesson)
    qtmodeltester.check(dialog.list.model)
