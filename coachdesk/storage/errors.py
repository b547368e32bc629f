"""Problems with the database file itself, each with a message that says what to do."""

import errno
import os
import shutil
from pathlib import Path

from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.text import tr


class DatabaseProblem(CoachDeskError):
    """The file cannot be used as it is; nothing in it was changed."""


class NotACoachDeskFile(DatabaseProblem):
    pass


class NewerSchema(DatabaseProblem):
    pass


class DatabaseDamaged(DatabaseProblem):
    pass


class DatabaseBusy(DatabaseProblem):
    pass


class DatabaseInUse(DatabaseProblem):
    """Another CoachDesk (a window or a command that writes) works on the file."""


class ReadOnly(DatabaseProblem):
    pass


class DiskFull(DatabaseProblem):
    pass


_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}


def file_problem(exc: BaseException, path: Path) -> DatabaseProblem | None:
    """What a failed file operation on ``path`` means for the user, if it is something
    they can act on: a full disk, a read-only place, a missing folder. ``exc`` is an
    OSError or a SQLite error (SQLite says "disk I/O error" or "unable to open" for a
    full disk or a read-only folder, so the folder itself is asked then)."""
    path = Path(path)
    folder = path.parent
    if isinstance(exc, OSError) and exc.errno is not None:
        if exc.errno in _FULL:
            return disk_full(folder)
        if exc.errno in _READ_ONLY:
            return read_only(folder)
        if exc.errno in (errno.ENOENT, errno.ENOTDIR):
            return DatabaseProblem(tr(
                "There is no folder {folder}. Check the path (is the USB stick or network "
                "drive connected?) and try again.").format(folder=folder))
        return None
    text = str(getattr(exc, "orig", None) or exc).lower()
    if "disk is full" in text:
        return disk_full(folder)
    if "readonly" in text or "read-only" in text:
        return read_only(folder)
    if "disk i/o error" in text or "unable to open" in text:
        if _no_space(folder):
            return disk_full(folder)
        if folder.is_dir() and not os.access(folder, os.W_OK):
            return read_only(folder)
    return None


def _no_space(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < 64 * 1024  # not even SQLite's -shm fits
    except OSError:
        return False


def disk_full(folder: Path) -> DiskFull:
    return DiskFull(tr(
        "The disk holding {folder} is full, so nothing was written there. Free some space "
        "(or choose another disk) and try again.").format(folder=folder))


def read_only(folder: Path) -> ReadOnly:
    return ReadOnly(tr(
        "{folder} is read-only, so CoachDesk cannot write there. Copy the file to a folder "
        "of your own (for example Documents), or ask for write access, and try again.")
        .format(folder=folder))
