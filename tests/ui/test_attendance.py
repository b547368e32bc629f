"""Marking attendance and feedback after a lesson, and the hours on the Attendance page,
which it reads beside the window (issue 23, item 9)."""

import threading
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import event

from coachdesk.domain.attendance import Feedback
from coachdesk.domain.calendar import SchoolYearDraft
from coachdesk.domain.lessons import Attendance, LessonDraft, LessonStatus
from coachdesk.domain.schools import SchoolDraft, TeacherDraft
from coachdesk.domain.tutors import TutorDraft
from coachdesk.services.templates import TemplateText
from coachdesk.ui.app import make_application
from coachdesk.ui.dialogs.attendance_dialog import (
    ATTENDANCE,
    COMMENT,
    SCORE,
    AttendanceDialog,
)
from coachdesk.ui.formatting import display
from coachdesk.ui.operations import perform
from coachdesk.ui.pages.attendance_page import AttendancePage, total_looks

NOW = datetime(2026, 10, 20, 12, 0)
HELD = datetime(2026, 10, 7, 14, 30)  # over by NOW
SOON = datetime(2026, 11, 4, 14, 30)  # still to come


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
        ("Aino Aalto", korso), ("Bertta Berg", korso), ("Cecilia Cronqvist", ankkuri)]}


def add_lesson(desk, tutor, teachers, starts) -> int:
    lesson = desk.lessons.add(LessonDraft(title="Padlet basics", starts_at=starts,
                                          ends_at=starts + timedelta(minutes=90),
                                          place_kind="venue", venue="Tikkurila library",
                                          status="published", tutor_ids=(tutor,)),
                              confirmed=True, override_reason="test")
    for teacher in teachers.values():
        desk.enrollments.enroll(lesson, teacher, now=datetime(2026, 10, 1))
    return lesson


@pytest.fixture
def open_dialog(qtbot, desk, answers):
    def open_it(lesson_id: int) -> AttendanceDialog:
        make_application()
        dialog = AttendanceDialog(None, desk, lesson_id, now=NOW)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog
    return open_it


def marks_saved(desk, lesson, teachers) -> dict[str, Attendance | None]:
    return {name: desk.enrollments.find(lesson, teacher).attendance
            for name, teacher in teachers.items()}


def cell(table, row: int, key: str) -> str:
    model = table.model
    column = next(i for i in range(model.columnCount()) if model.column_key(i) == key)
    return model.index(row, column).data()


def row_of(table, name: str) -> int:
    model = table.model
    return next(r for r in range(model.rowCount()) if model.index(r, 0).data() == name)


def test_the_totals_read_as_hours_and_percentages():
    shown = total_looks()
    assert shown["hours"].render is None and display(1.5) == "1.5"
    assert shown["attendance_percent"].render(50.0) == "50 %"


def test_keys_mark_the_row_and_move_on(qtbot, desk, tutor, teachers, open_dialog):
    lesson = add_lesson(desk, tutor, teachers, HELD)
    dialog = open_dialog(lesson)
    model, view = dialog.model, dialog.view
    assert [model.index(r, 0).data() for r in range(3)] == [
        "Aino Aalto", "Bertta Berg", "Cecilia Cronqvist"]
    assert dialog.note_label.isHidden()  # the lesson is over
    assert view.currentIndex().row() == 0
    qtbot.keyClick(view, Qt.Key.Key_P)
    assert view.currentIndex().row() == 1
    qtbot.keyClick(view, Qt.Key.Key_A)
    qtbot.keyClick(view, Qt.Key.Key_L)
    assert [model.index(r, ATTENDANCE).data() for r in range(3)] == [
        "Present", "Absent", "Late"]
    assert dialog.counts_label.text() == "3 teachers · 1 present · 1 late · 1 absent"
    qtbot.keyClick(view, Qt.Key.Key_4)
    assert model.index(2, SCORE).data() == "4"
    qtbot.keyClick(view, Qt.Key.Key_N)
    assert model.index(2, ATTENDANCE).data() == "—"
    dialog.all_present_button.click()
    assert [model.index(r, ATTENDANCE).data() for r in range(3)] == [
        "Present", "Absent", "Present"]


def test_save_marks_attendance_and_feedback_and_the_page_credits_hours(
        qtbot, desk, tutor, teachers, open_dialog, korso, ankkuri):
    lesson = add_lesson(desk, tutor, teachers, HELD)
    dialog = open_dialog(lesson)
    model = dialog.model
    model.setData(model.index(0, ATTENDANCE), "present")
    model.setData(model.index(1, ATTENDANCE), "absent")
    model.setData(model.index(2, ATTENDANCE), "late")
    model.setData(model.index(0, SCORE), 5)
    model.setData(model.index(0, COMMENT), "Useful, more of this")
    dialog.summary.setPlainText("Good pace; Padlet walls were new to most.")
    dialog.save()
    assert dialog.error_label.isHidden(), dialog.error_label.text()
    assert dialog.result() == dialog.DialogCode.Accepted

    assert marks_saved(desk, lesson, teachers) == {
        "Aino Aalto": Attendance.PRESENT, "Bertta Berg": Attendance.ABSENT,
        "Cecilia Cronqvist": Attendance.LATE}
    aino = desk.enrollments.find(lesson, teachers["Aino Aalto"])
    assert (aino.feedback_score, aino.feedback_comment) == (5, "Useful, more of this")
    saved = desk.lessons.get(lesson)
    assert saved.status is LessonStatus.HELD
    assert saved.feedback_summary == "Good pace; Padlet walls were new to most."

    make_application()
    page = AttendancePage(desk, today=NOW.date())
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    with qtbot.waitSignal(page.loaded):
        page.start()
    assert page.term_picker.currentText() == "School year 2026–2027"  # issue 25
    teachers_list = page.teachers
    assert cell(teachers_list, row_of(teachers_list, "Aino Aalto"), "hours") == "1.5"
    assert cell(teachers_list, row_of(teachers_list, "Aino Aalto"), "attendance_percent") == (
        "100 %")
    assert cell(teachers_list, row_of(teachers_list, "Bertta Berg"), "hours") == "0.0"
    assert cell(teachers_list, row_of(teachers_list, "Bertta Berg"), "attendance_percent") == (
        "0 %")
    with qtbot.waitSignal(page.loaded):
        page.school_picker.setCurrentIndex(page.school_picker.findData(ankkuri))
    assert teachers_list.model.rowCount() == 1
    assert cell(teachers_list, 0, "teacher") == "Cecilia Cronqvist"

    with qtbot.waitSignal(page.loaded):  # the schools' list is read once shown
        page.show_schools()
    assert page.stack.currentWidget() is page.schools
    assert not page.school_box.isEnabled()
    schools = page.schools
    assert cell(schools, row_of(schools, "Korson koulu"), "hours") == "1.5"
    assert cell(schools, row_of(schools, "Korson koulu"), "attendance_percent") == "50 %"
    assert cell(schools, row_of(schools, "Ankkurin koulu"), "hours") == "1.5"

    # another period: nothing attended there
    with qtbot.waitSignal(page.loaded):
        page.term_picker.setCurrentIndex(page.term_picker.findText("Spring term 2027"))
    assert cell(schools, row_of(schools, "Korson koulu"), "hours") == "0.0"
    with qtbot.waitSignal(page.loaded):
        page.show_teachers()
    assert teachers_list.model.rowCount() == 0  # only teachers with lessons


def test_a_lesson_in_the_future_is_refused_and_nothing_saved(
        qtbot, desk, tutor, teachers, open_dialog):
    lesson = add_lesson(desk, tutor, teachers, SOON)
    dialog = open_dialog(lesson)
    assert dialog.note_label.isVisible()
    assert "has not ended yet" in dialog.note_label.text()
    dialog.model.all_present()
    dialog.summary.setPlainText("Too early")
    dialog.save()
    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text().startswith(
        "Attendance cannot be marked for a lesson in the future")
    assert set(marks_saved(desk, lesson, teachers).values()) == {None}
    saved = desk.lessons.get(lesson)
    assert (saved.status, saved.feedback_summary) == (LessonStatus.PUBLISHED, "")


def test_feedback_from_an_absent_teacher_is_refused_with_their_name(
        qtbot, desk, tutor, teachers, open_dialog):
    lesson = add_lesson(desk, tutor, teachers, HELD)
    dialog = open_dialog(lesson)
    model = dialog.model
    model.all_present()
    model.setData(model.index(1, ATTENDANCE), "absent")
    model.setData(model.index(1, SCORE), 3)
    dialog.save()
    assert dialog.isVisible()
    assert dialog.error_label.text() == (
        "Bertta Berg: Feedback comes from teachers who attended.")
    # Nothing is half-written: no mark is saved either, and the lesson is not held yet.
    assert set(marks_saved(desk, lesson, teachers).values()) == {None}
    assert desk.lessons.get(lesson).status is LessonStatus.PUBLISHED


def test_removing_feedback_lets_a_teacher_be_marked_absent(
        qtbot, desk, tutor, teachers, open_dialog):
    lesson = add_lesson(desk, tutor, teachers, HELD)
    aino = desk.enrollments.find(lesson, teachers["Aino Aalto"]).id
    desk.enrollments.mark_attendance(lesson, {aino: Attendance.PRESENT}, now=NOW)
    desk.enrollments.give_feedback(aino, Feedback(4, "Nice"))
    dialog = open_dialog(lesson)
    model = dialog.model
    assert (model.index(0, SCORE).data(), model.index(0, COMMENT).data()) == ("4", "Nice")
    model.setData(model.index(0, ATTENDANCE), "absent")
    model.setData(model.index(0, SCORE), None)
    model.setData(model.index(0, COMMENT), "")
    dialog.save()
    assert dialog.error_label.isHidden(), dialog.error_label.text()
    saved = desk.enrollments.get(aino)
    assert (saved.attendance, saved.feedback_score, saved.feedback_comment) == (
        Attendance.ABSENT, None, "")


def test_the_page_reads_again_only_what_an_operation_touched(qtbot, desk, tutor, teachers):
    make_application()
    page = AttendancePage(desk, today=NOW.date())
    qtbot.addWidget(page)
    page.start()
    read = []
    for panel in (page.teachers, page.schools):
        panel.model.modelReset.connect(lambda panel=panel: read.append(panel.objectName()))
    perform(lambda: desk.templates.save(TemplateText("announcement", "fi", "Aihe", "Teksti")))
    assert read == []  # no list shows message templates
    perform(lambda: desk.schools.add(SchoolDraft(name="Uusi koulu")))
    assert sorted(read) == ["attendance_schools", "attendance_teachers"]
    assert page.school_picker.findText("Uusi koulu") > 0  # the picker, without a refresh


def test_models(qtmodeltester, qtbot, desk, tutor, teachers, open_dialog):
    lesson = add_lesson(desk, tutor, teachers, HELD)
    dialog = open_dialog(lesson)
    dialog.model.all_present()
    qtmodeltester.check(dialog.model)
    make_application()
    page = AttendancePage(desk, today=NOW.date())
    qtbot.addWidget(page)
    page.start()
    qtmodeltester.check(page.teachers.model)
    qtmodeltester.check(page.schools.model)


# -- read beside the window ------------------------------------------------------------
SPRING = datetime(2027, 2, 10, 14, 30)


def open_page(qtbot, desk) -> AttendancePage:
    make_application()
    page = AttendancePage(desk, today=NOW.date())
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    with qtbot.waitSignal(page.loaded):
        page.start()
    return page


def test_the_totals_are_read_off_the_windows_thread(qtbot, desk, tutor, teachers):
    add_lesson(desk, tutor, teachers, datetime(2026, 10, 7, 14, 30))
    threads = []

    def record(_conn, _cursor, statement, *_args):
        if "enrollments" in statement:
            threads.append(threading.current_thread() is threading.main_thread())

    event.listen(desk.db.engine, "before_cursor_execute", record)
    try:
        page = open_page(qtbot, desk)
        with qtbot.waitSignal(page.loaded):
            page.term_picker.setCurrentIndex(page.term_picker.findText("Spring term 2027"))
        with qtbot.waitSignal(page.loaded):
            page.teachers.view.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        with qtbot.waitSignal(page.loaded):
            page.show_schools()
    finally:
        event.remove(desk.db.engine, "before_cursor_execute", record)
    assert len(threads) >= 4  # open, the period, the sort, the schools' list
    assert not any(threads), "the totals were read on the window's thread"


class Gate:
    """The real source, whose reading waits until the test opens the gate."""

    def __init__(self, source):
        self.source = source
        self.entered = threading.Event()
        self.open = threading.Event()

    def ordered_rows(self, request):
        self.entered.set()
        self.open.wait(10)
        return self.source.ordered_rows(request)


def test_only_the_newest_periods_rows_are_shown(qtbot, desk, tutor, teachers):
    autumn = add_lesson(desk, tutor, teachers, datetime(2026, 10, 7, 14, 30))
    desk.enrollments.mark_attendance(
        autumn, {desk.enrollments.find(autumn, t).id: Attendance.PRESENT
                 for t in teachers.values()}, now=NOW)
    spring = add_lesson(desk, tutor, {"Aino Aalto": teachers["Aino Aalto"]}, SPRING)
    assert spring
    page = open_page(qtbot, desk)
    model = page.teachers.model
    assert model.rowCount() == 3  # the autumn term: all three
    shown = []
    model.modelReset.connect(lambda: shown.append(model.rowCount()))
    gate = Gate(page.teacher_reader.source)
    page.teacher_reader.source = gate

    page.term_picker.setCurrentIndex(page.term_picker.findText("Spring term 2027"))
    qtbot.waitUntil(gate.entered.is_set)  # the spring term is being read
    assert page.is_reading()
    page.term_picker.setCurrentIndex(page.term_picker.findText("School year 2026–2027"))
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        gate.open.set()
    assert not page.is_reading()
    assert 1 not in shown, "the spring term's rows (one teacher) were shown"
    assert model.rowCount() == 3
    assert cell(page.teachers, row_of(page.teachers, "Aino Aalto"), "enrolled") == "2"


def test_a_change_reads_the_shown_list_again_beside_the_window(qtbot, desk, tutor,
                                                               teachers):
    page = open_page(qtbot, desk)
    assert page.teachers.model.rowCount() == 0  # no lessons yet
    add_lesson(desk, tutor, teachers, datetime(2026, 10, 7, 14, 30))
    with qtbot.waitSignal(page.loaded):
        page.refresh()
    assert page.teachers.model.rowCount() == 3


def test_the_page_opens_on_this_school_year_and_all_years_are_one_click_away(
        qtbot, desk, tutor, teachers):
    """Issue 25: the totals of now do not read the years behind them; an earlier school
    year and "All years" are in the period picker, and the choice is kept."""
    desk.school_years.create(SchoolYearDraft(2025))
    add_lesson(desk, tutor, teachers, HELD)  # this school year: all three enrolled
    add_lesson(desk, tutor, {"Aino Aalto": teachers["Aino Aalto"]},
               datetime(2025, 10, 8, 14, 30))  # the year before: Aino only
    page = open_page(qtbot, desk)
    picker = page.term_picker
    assert picker.currentText() == "School year 2026–2027"
    texts = [picker.itemText(i) for i in range(picker.count())]
    assert texts[-2:] == ["School year 2025–2026", "All years"]
    assert cell(page.teachers, row_of(page.teachers, "Aino Aalto"), "enrolled") == "1"

    with qtbot.waitSignal(page.loaded):
        picker.setCurrentIndex(texts.index("School year 2025–2026"))
    assert page.teachers.model.rowCount() == 1
    again = open_page(qtbot, desk)  # the next time the page is opened
    assert again.term_picker.currentText() == "School year 2025–2026"
    with qtbot.waitSignal(again.loaded):  # one click
        again.term_picker.setCurrentIndex(again.term_picker.findText("All years"))
    assert again.teachers.model.rowCount() == 3
    assert cell(again.teachers, row_of(again.teachers, "Aino Aalto"), "enrolled") == "2"
    again2 = open_page(qtbot, desk)
    assert again2.term_picker.currentText() == "All years"
