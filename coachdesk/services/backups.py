"""Backups, restores and checks of a database file, for the window and the command line.

These work on a file path, not an open desk: restoring replaces the file's contents, so
the caller closes its desk first (the window does, the command line never opens one).
"""

import sqlite3
from datetime import datetime
from pathlib import Path

from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.text import tr
from coachdesk.services import erasure
from coachdesk.services.privacy import reapply
from coachdesk.storage import backup
from coachdesk.storage.backup import BackupInfo, CheckResult, backups_folder
from coachdesk.storage.errors import file_problem

__all__ = ["BackupInfo", "CheckResult", "backup_now", "backups_folder", "check", "list_backups",
           "restore"]


def backup_now(path: Path, to: Path | None = None, now: datetime | None = None) -> Path:
    """A copy made by hand: into the backups folder, or to the file given."""
    path = Path(path)
    if not path.is_file():
        raise CoachDeskError(tr("There is no database file {path}.").format(path=path))
    target = Path(to) if to else backup.backup_path(path, "manual", now)
    if target.is_dir():
        raise CoachDeskError(tr("{path} is a folder: give the name of the file to write the "
                                "copy to.").format(path=target))
    if target.resolve() == path.resolve():
        raise CoachDeskError(tr("Choose another file for the copy."))
    try:
        return backup.backup_sqlite(path, target)
    except (OSError, sqlite3.Error) as exc:
        # A failure to read the file or to write the copy: say which, by its cause.
        problem = file_problem(exc, target) or file_problem(exc, path)
        raise CoachDeskError(tr("No copy was made of {path}. {reason}").format(
            path=path.name, reason=problem or _reason(exc))) from exc


def _reason(exc: BaseException) -> str:
    return f"{getattr(exc, 'strerror', None) or exc}."


def list_backups(path: Path) -> list[BackupInfo]:
    return backup.list_backups(Path(path))


def check(path: Path) -> CheckResult:
    return backup.check_file(Path(path))


def restore(path: Path, source: Path, now: datetime | None = None) -> Path | None:
    """Replace the contents of ``path`` with the backup ``source``; the current contents
    are kept as a backup first, whose path is returned. The people erased since the backup
    was made are erased from what is restored, before anything uses it."""
    path = Path(path)
    try:
        with erasure.restorable(path, Path(source), reapply) as clean:
            return backup.restore_file(path, clean, now)
    except (OSError, sqlite3.Error) as exc:
        problem = file_problem(exc, path)
        raise CoachDeskError(tr("The backup could not be restored. {reason}").format(
            reason=problem or _reason(exc))) from exc
