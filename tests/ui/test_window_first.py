"""Start-up paints the window first and opens the database beside it: the window answers
while SQLAlchemy loads and the file is checked, and a file that cannot be opened is said
so, with the offer to choose another."""

import os
import subprocess
import sys

import pytest

from coachdesk.domain.schools import SchoolDraft
from coachdesk.services import Desk
from coachdesk.services.file_lock import DatabaseLock
from coachdesk.ui.app import make_application, start_window
from coachdesk.ui.settings import recent_files

CHOOSER = "coachdesk.ui.main_window.QFileDialog.getOpenFileName"


@pytest.fixture
def started(qtbot, answers):
    """start_window() on a path; the window is closed at the end of the test."""
    make_application()
    windows = []

    def start(path):
        window = start_window(path)
        qtbot.addWidget(window)
        windows.append(window)
        return window

    yield start
    for window in windows:
        window.close()
        if window.desk is not None:
            window.desk.close()
        if window.lock is not None:
            window.lock.release()


def test_the_window_is_shown_before_the_database_is_open(qtbot, started, db_path):
    Desk.open(db_path).close()
    window = started(db_path)
    assert window.isVisible() and window.desk is None
    assert "Opening" in window.stack.currentWidget().text()
    assert not window.backup_action.isEnabled() and not window.open_action.isEnabled()
    with qtbot.waitSignal(window.ready, timeout=30_000):
        pass
    assert window.desk.path == db_path.resolve()
    assert type(window.current_page()).__name__ == "DashboardPage"
    assert window.backup_action.isEnabled() and window.open_action.isEnabled()
    assert window.windowTitle() == f"CoachDesk — {db_path.name}"
    assert recent_files()[0] == str(db_path.resolve())


def test_a_page_chosen_while_opening_is_shown_once_open(qtbot, started, db_path):
    with Desk.open(db_path) as desk:
        desk.schools.add(SchoolDraft(name="Tikkurilan koulu"))
    window = started(db_path)
    window._go(1)  # Schools, while the file is still opening
    with qtbot.waitSignal(window.ready, timeout=30_000):
        pass
    assert type(window.current_page()).__name__ == "SchoolsPage"
    assert window.current_page().list.model.total == 1


def test_a_file_that_cannot_be_opened_is_said_and_another_is_offered(
        qtbot, started, answers, tmp_path, monkeypatch):
    junk = tmp_path / "budjetti.sqlite3"
    junk.write_text("vuosi;summa\n2026;1000\n")
    other = tmp_path / "oikea.sqlite3"
    Desk.open(other).close()
    offered = []
    monkeypatch.setattr(CHOOSER, lambda *a, **k: offered.append(a[2]) or (str(other), ""))
    window = started(junk)
    with qtbot.waitSignal(window.ready, timeout=30_000):
        pass
    assert "is not a CoachDesk database" in answers["errors"][0]
    assert offered == [str(tmp_path)]
    assert window.desk.path == other.resolve()
    assert junk.read_text() == "vuosi;summa\n2026;1000\n"
    DatabaseLock(junk.resolve()).acquire()  # its lock was let go


def test_declining_another_file_closes_the_window(qtbot, started, answers, tmp_path,
                                                  monkeypatch):
    junk = tmp_path / "budjetti.sqlite3"
    junk.write_text("not a database")
    monkeypatch.setattr(CHOOSER, lambda *a, **k: ("", ""))
    window = started(junk)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=30_000)
    assert window.desk is None and answers["errors"]


def test_a_file_open_in_another_window_is_said_at_once(qtbot, started, answers, db_path,
                                                     monkeypatch):
    Desk.open(db_path).close()
    holder = DatabaseLock(db_path.resolve())
    holder.acquire()
    monkeypatch.setattr(CHOOSER, lambda *a, **k: ("", ""))
    try:
        window = started(db_path)
        assert "already open" in answers["errors"][0]
        assert window.opening is None and not window.isVisible()
    finally:
        holder.release()


def test_a_file_in_a_read_only_folder_is_said_to_be_read_only(qtbot, started, answers,
                                                              read_only_dir, monkeypatch):
    path = read_only_dir.path / "coachdesk.sqlite3"
    Desk.open(path).close()
    read_only_dir.seal()
    monkeypatch.setattr(CHOOSER, lambda *a, **k: ("", ""))
    started(path)
    assert "is read-only" in answers["errors"][0]
    assert "already open" not in answers["errors"][0]


def test_a_full_disk_is_said_to_be_full(qtbot, started, answers, full_disk_dir, monkeypatch):
    path = full_disk_dir.path / "coachdesk.sqlite3"
    Desk.open(path).close()
    full_disk_dir.fill()
    monkeypatch.setattr(CHOOSER, lambda *a, **k: ("", ""))
    started(path)
    assert "is full" in answers["errors"][0]
    assert "already open" not in answers["errors"][0]


def test_the_lock_of_a_killed_coachdesk_holds_nothing(qtbot, started, db_path):
    Desk.open(db_path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time\n"
         "from coachdesk.services.file_lock import DatabaseLock\n"
         "DatabaseLock(sys.argv[1]).acquire(); print('held', flush=True); time.sleep(600)",
         str(db_path)], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    holder.kill()  # SIGKILL: its lock file stays behind
    holder.wait(timeout=30)
    holder.stdout.close()
    assert db_path.with_name(db_path.name + ".lock").exists()
    window = started(db_path)
    with qtbot.waitSignal(window.ready, timeout=30_000):
        pass
    assert window.desk.path == db_path.resolve()


def test_closing_while_opening_waits_and_lets_the_file_go(qtbot, started, db_path):
    Desk.open(db_path).close()
    window = started(db_path)
    window.close()  # at once: the file is still opening
    assert window.opening is None and window.desk is None
    lock = DatabaseLock(db_path.resolve())
    lock.acquire()  # nobody holds the file any more
    lock.release()
    qtbot.wait(50)  # a late "opened" signal finds the window closed and does nothing
    assert window.desk is None


def test_the_window_paints_before_sqlalchemy_is_imported():
    script = (
        "import sys\n"
        "from coachdesk.ui.app import make_application\n"
        "from coachdesk.ui.main_window import MainWindow\n"
        "app = make_application()\n"
        "window = MainWindow()\n"
        "window.show()\n"
        "window.repaint()\n"
        "app.processEvents()\n"
        "print(sorted({m.split('.')[0] for m in sys.modules}\n"
        "             & {'sqlalchemy', 'alembic', 'openpyxl', 'holidays'}))\n"
        "window.close()\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_the_days_copy_is_taken_beside_the_window_after_todays_figures(qtbot, started,
                                                                       db_path, monkeypatch):
    """The first opening of a day copies the file, but only once Today has read its
    figures: on a file of many years the copy takes seconds (issue 25)."""
    import time
    from concurrent.futures import wait

    from coachdesk.services.backups import list_backups
    from coachdesk.services.dashboard import DashboardService
    from coachdesk.storage.database import Database

    with Desk.open(db_path, daily_backup=False) as desk:
        desk.schools.add(SchoolDraft(name="Tikkurilan koulu"))
    assert list_backups(db_path) == []
    moments: dict[str, float] = {}
    glance, copy = DashboardService.glance, Database.take_daily_backup

    def timed_glance(self, *args, **kwargs):
        found = glance(self, *args, **kwargs)
        moments["figures read"] = time.monotonic()
        return found

    def timed_copy(self):
        moments["copy started"] = time.monotonic()
        return copy(self)

    monkeypatch.setattr(DashboardService, "glance", timed_glance)
    monkeypatch.setattr(Database, "take_daily_backup", timed_copy)
    window = started(db_path)
    with qtbot.waitSignal(window.ready, timeout=30_000):
        pass
    qtbot.waitUntil(lambda: window.backing_up is not None, timeout=30_000)
    wait([window.backing_up], timeout=30)
    assert [b.label for b in list_backups(db_path)] == ["daily"]
    assert moments["copy started"] >= moments["figures read"]
