"""One CoachDesk per database file: a lock file beside it (Qt's QLockFile, which notices
a lock left behind by a crashed process and takes it over)."""

import socket
from pathlib import Path

from PySide6.QtCore import QLockFile

from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.text import tr


class DatabaseLock:
    def __init__(self, path: Path):
        self.path = Path(path)
        self._lock = QLockFile(str(self.path) + ".lock")
        self._lock.setStaleLockTime(0)  # only a dead owner's lock is stale, never an old one

    def acquire(self) -> None:
        """Take the lock, or say clearly who holds it."""
        if self._lock.tryLock(100):
            return
        info = self._lock.getLockInfo()  # (pid, host, application), or False
        pid, host = (info[0], info[1]) if isinstance(info, tuple) else (0, "")
        where = tr("another CoachDesk window")
        if host and host != socket.gethostname():
            where = tr("CoachDesk on the computer {host}").format(host=host)
        elif pid:
            where = tr("another CoachDesk window (process {pid})").format(pid=pid)
        raise CoachDeskError(tr(
            "{name} is already open in {where}. Close it there first; two windows on one "
            "file would overwrite each other's work.").format(name=self.path.name, where=where))

    def release(self) -> None:
        self._lock.unlock()

    def __enter__(self) -> "DatabaseLock":
        self.acquire()
        return self

    def __exit__(self, *exc) -> None:
        self.release()
