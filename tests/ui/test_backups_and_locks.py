"""File → Back up now / Restore from backup, and one CoachDesk per database file."""

import os
import subprocess
import sys

import pytest

from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.schools import SchoolDraft
from coachdesk.services import Desk
from coachdesk.services.backups import backup_now, list_backups
from coachdesk.services.file_lock import DatabaseLock
from coachdesk.ui.dialogs.restore_dialog import RestoreDialog
from tests.ui.helpers import with_dialog


def names(desk) -> list[str]:
    return [name for _, name in desk.schools.choices()]


def test_back_up_now_writes_a_copy_in_the_backups_folder(window, desk):
    desk.schools.add(SchoolDraft(name="Korson koulu"))
    window.back_up_now()
    assert [b.label for b in list_backups(desk.path)] == ["manual"]


def test_restore_puts_the_copy_back_and_keeps_the_current_file(window, desk, answers):
    desk.schools.add(SchoolDraft(name="Korson koulu"))
    backup_now(desk.path)
    window.desk.schools.add(SchoolDraft(name="Kyrkoby skola"))

    def pick_first(dialog):
        assert isinstance(dialog, RestoreDialog)
        assert dialog.table.rowCount() == 1
        dialog.accept()

    with_dialog(window.restore_action.trigger, pick_first)
    assert names(window.desk) == ["Korson koulu"]
    assert answers["confirm"] and "kept as a backup" in answers["confirm"][-1]
    kept = [b for b in list_backups(window.desk.path) if b.label == "before-restore"]
    assert len(kept) == 1
    with Desk.open(kept[0].path) as copy:
        assert names(copy) == ["Korson koulu", "Kyrkoby skola"]
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
        assert not window.switch_to(other)
    assert "already open" in answers["errors"][-1]
    assert window.desk is desk
