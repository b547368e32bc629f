import logging
import sys

from PySide6.QtWidgets import QMessageBox

from coachdesk import __version__
from coachdesk.domain.kinds import Changes, RecordKind
from coachdesk.domain.schools import SchoolDraft, TeacherDraft
from coachdesk.services import Desk
from coachdesk.services.dashboard import Target
from coachdesk.ui.dialogs.about_dialog import AboutDialog
from coachdesk.ui.errors import ExceptionHook
from coachdesk.ui.main_window import MainWindow
from coachdesk.ui.operations import operations
from coachdesk.ui.settings import recent_files


def test_navigation_lists_only_real_pages_and_shortcuts_switch(window):
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == ["Today", "Schools", "Teachers", "Tutors", "Recruitment", "Training topics",
                      "Lessons", "Visits", "Calendar", "Attendance and competence", "Devices",
                      "Scan desk", "Stock-take", "Grants", "Reports", "School calendar"]
    window._go(2)
    assert window.current_page().title == "Teachers"


def test_status_bar_names_the_open_file(window, desk):
    assert str(desk.path) in window.db_label.text()
    assert desk.path.name in window.windowTitle()


def test_window_size_and_last_page_are_remembered(qtbot, desk, window):
    window.resize(700, 500)  # the offscreen screen is 800 x 600
    window._go(1)
    window.close()
    again = MainWindow(desk)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 500)
    assert again.nav.currentRow() == 0  # it opens on Today …
    again.last_page_action.trigger()
    assert again.nav.currentRow() == 1  # … and the last page used is one key away


def test_open_another_database_and_it_becomes_recent(qtbot, window, tmp_path):
    other = tmp_path / "toinen.sqlite3"
    with Desk.open(other) as d:
        d.schools.add(SchoolDraft(name="Kyrkoby skola"))
    with qtbot.waitSignal(window.ready, timeout=30_000):
        window.switch_to(other)  # beside the window
    assert window.desk.path == other.resolve()
    window._go(1)  # Schools
    assert window.pages[1].list.model.total == 1
    assert recent_files()[0] == str(other.resolve())


def test_another_file_opens_beside_the_window_and_everything_reads_again(qtbot, window,
                                                                         tmp_path, desk):
    other = tmp_path / "toinen.sqlite3"
    Desk.open(other).close()
    heard = []

    def hear(changes, _initiator) -> None:
        heard.append(changes)

    operations().did_execute.connect(hear)
    try:
        window.switch_to(other)
        assert window.opening is not None  # returned at once, the file opening beside
        assert window.desk is desk and not window.undo_action.isEnabled()
        assert not window.open_action.isEnabled()
        with qtbot.waitSignal(window.ready, timeout=30_000):
            pass
    finally:
        operations().did_execute.disconnect(hear)
    assert heard == [Changes.everything()]
    assert window.desk.path == other.resolve() and window.open_action.isEnabled()


def test_a_file_that_is_not_a_coachdesk_database_is_refused(qtbot, window, tmp_path, answers,
                                                            desk):
    junk = tmp_path / "budjetti.sqlite3"
    junk.write_text("vuosi;summa\n2026;1000\n")
    window.switch_to(junk)
    qtbot.waitUntil(lambda: window.opening is None, timeout=30_000)
    assert "is not a CoachDesk database" in answers["errors"][-1]
    assert window.desk is desk  # still on the file that was open
    assert junk.read_text() == "vuosi;summa\n2026;1000\n"


def test_new_database_refuses_an_existing_file(window, tmp_path, answers, monkeypatch):
    existing = tmp_path / "olemassa.sqlite3"
    existing.write_bytes(b"")
    monkeypatch.setattr(
        "coachdesk.ui.main_window.QFileDialog.getSaveFileName", lambda *a, **k: (str(existing), "")
    )
    window.new_database()
    assert "already exists" in answers["errors"][-1]


def test_about_shows_version_and_database_path(qtbot, desk):
    about = AboutDialog(str(desk.path))
    qtbot.addWidget(about)
    text = about.findChild(type(about.children()[1]), "about_text").text()
    assert __version__ in text and str(desk.path) in text


def test_unexpected_error_is_logged_and_shown_kindly(qtbot, tmp_path, monkeypatch, caplog):
    shown = {}

    def fake_exec(box):
        shown["text"] = box.text()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    hook = ExceptionHook(tmp_path / "coachdesk.log")
    try:
        raise ZeroDivisionError("division by zero")
    except ZeroDivisionError:
        with caplog.at_level(logging.ERROR, logger="coachdesk"):
            hook(*sys.exc_info())
    assert "ZeroDivisionError" in caplog.text
    assert "Traceback" in caplog.text
    assert "Something went wrong" in shown["text"]
    assert str(tmp_path / "coachdesk.log") in shown["text"]
    assert "Traceback" not in shown["text"]


def test_the_calendar_opens_and_plans_lessons_on_the_lessons_page(window, monkeypatch):
    from datetime import datetime

    from coachdesk.ui.pages.calendar_page import CalendarPage
    from coachdesk.ui.pages.lessons_page import LessonsPage

    seen = []
    lessons = window.page(LessonsPage)
    monkeypatch.setattr(lessons, "open_lesson", lambda i: seen.append(("open", i,
                                                                       window.current_page())))
    monkeypatch.setattr(lessons, "plan_lesson_at", lambda m: seen.append(("plan", m, None)))
    planning = window.page(CalendarPage)
    window.nav.setCurrentRow(window.pages.index(planning))
    planning.open_lesson.emit(7)
    planning.plan_lesson_at.emit(datetime(2026, 12, 2, 14, 30))
    from coachdesk.ui.pages.visits_page import VisitsPage

    visits = window.page(VisitsPage)
    monkeypatch.setattr(visits, "open_visit", lambda i: seen.append(("visit", i,
                                                                     window.current_page())))
    planning.open_visit.emit(9)
    assert seen == [("open", 7, lessons), ("plan", datetime(2026, 12, 2, 14, 30), None),
                    ("visit", 9, visits)]
    assert window.current_page() is planning  # back where the coordinator was


def test_the_dashboard_comes_first_and_opens_records_on_their_pages(window, desk, school_id):
    from coachdesk.ui.pages.dashboard_page import DashboardPage
    from coachdesk.ui.pages.teachers_page import TeachersPage

    assert isinstance(window.pages[0], DashboardPage)
    teacher = desk.teachers.add(TeacherDraft(name="Anna Virtanen", school_id=school_id))
    window.pages[0].target_chosen.emit(Target(RecordKind.TEACHER, teacher))
    assert isinstance(window.current_page(), TeachersPage)
    assert window.current_page().list.selected_id() == teacher
