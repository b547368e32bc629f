"""File → Back up now / Restore from backup, and one CoachDesk per database file."""

import os
import subprocess
import sys
import threading

import pytest

from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.kinds import Changes
from coachdesk.domain.schools import SchoolDraft
from coachdesk.services import Desk, backups
from coachdesk.services.backups import backup_now, list_backups
from coachdesk.services.file_lock import DatabaseLock
from coachdesk.ui import main_window
from coachdesk.ui.dialogs.restore_dialog import RestoreDialog
from coachdesk.ui.operations import operations
from tests.ui.helpers import with_dialog


def names(desk) -> list[str]:
    return [name for _, name in desk.schools.choices()]


def test_back_up_now_writes_a_copy_in_the_backups_folder(window, desk, monkeypatch):
    desk.schools.add(SchoolDraft(name="Korson koulu"))
    copiers = []
    real = backups.backup_now

    def backup_now(*args, **kwargs):
        copiers.append(threading.current_thread().name)
        return real(*args, **kwargs)

    monkeypatch.setattr(backups, "backup_now", backup_now)
    window.back_up_now()
    assert [b.label for b in list_backups(desk.path)] == ["manual"]
    # A big file takes a while to copy: off the window's thread, which paints meanwhile.
    assert [name.startswith("coachdesk-op") for name in copiers] == [True]


def test_restore_puts_the_copy_back_and_keeps_the_current_file(qtbot, window, desk, answers):
    desk.schools.add(SchoolDraft(name="Korson koulu"))
    backup_now(desk.path)
    window.desk.schools.add(SchoolDraft(name="Kyrkoby skola"))

    def pick_first(dialog):
        assert isinstance(dialog, RestoreDialog)
        assert dialog.table.rowCount() == 1
        dialog.accept()

    with qtbot.waitSignal(window.ready, timeout=30_000):  # restored beside the window
        with_dialog(window.restore_action.trigger, pick_first)
    assert names(window.desk) == ["Korson koulu"]
    assert answers["confirm"] and "kept as a backup" in answers["confirm"][-1]
    kept = [b for b in list_backups(window.desk.path) if b.label == "before-restore"]
    assert len(kept) == 1
    with Desk.open(kept[0].path) as copy:
        assert names(copy) == ["Korson koulu", "Kyrkoby skola"]
    window.desk.close()


def test_a_copy_that_cannot_be_restored_leaves_the_file_and_says_why(qtbot, window, desk,
                                                                     answers):
    desk.schools.add(SchoolDraft(name="Korson koulu"))
    broken = backup_now(desk.path)
    broken.write_bytes(b"not a database at all")
    with qtbot.waitSignal(window.ready, timeout=30_000):
        with_dialog(window.restore_action.trigger, lambda dialog: dialog.accept())
    assert len(answers["errors"]) == 1
    assert names(window.desk) == ["Korson koulu"]  # the file as it was, open again
    window.desk.close()


def test_the_restore_works_beside_the_window_and_every_page_reads_again(
        qtbot, window, desk, answers, monkeypatch):
    backup_now(desk.path)
    window._go(1)  # Schools
    workers, heard = [], []
    real = main_window.open_desk

    def open_desk(*args):
        workers.append(threading.current_thread())
        return real(*args)

    def hear(changes, _initiator) -> None:
        heard.append(changes)

    monkeypatch.setattr(main_window, "open_desk", open_desk)
    operations().did_execute.connect(hear)
    try:
        with_dialog(window.restore_action.trigger, lambda dialog: dialog.accept())
        assert window.opening is not None and window.desk is None  # under way, beside
        assert not window.undo_action.isEnabled() and not window.restore_action.isEnabled()
        with qtbot.waitSignal(window.ready, timeout=30_000):
            pass
    finally:
        operations().did_execute.disconnect(hear)
    assert workers and threading.main_thread() not in workers
    assert heard == [Changes.everything()]
    assert window.current_page().title == "Schools" and window.restore_action.isEnabled()
    window.desk.close()


def test_a_second_coachdesk_on_the_same_file_is_refused_politely(db_path):
    Desk.open(db_path).close()
    with DatabaseLock(db_path):
        with pytest.raises(CoachDeskError, match="already open in another CoachDesk window"):
            DatabaseLock(db_path).acquire()
        # Another process, as a second CoachDesk would be.
        probe = ("import sys; from coachdesk.services.file_lock import DatabaseLock\n"
                 "try:\n DatabaseLock(sys.argv[1]).acquire()\n"
                 "except Exception as exc:\n print(exc); sys.exit(3)\n")
        result = subprocess.run([sys.executable, "-c", probe, str(db_path)],
                                capture_output=True, text=True, timeout=60)
        assert result.returncode == 3
        assert f"already open in another CoachDesk window (process {os.getpid()})" in \
            result.stdout
    DatabaseLock(db_path).acquire()  # free again once released


def test_switching_to_a_file_open_elsewhere_keeps_the_current_one(window, desk, tmp_path,
                                                                  answers):
    other = tmp_path / "other.sqlite3"
    Desk.open(other).close()
    with DatabaseLock(other.resolve()):
        window.switch_to(other)
    assert "already open" in answers["errors"][-1]
    assert window.desk is desk
