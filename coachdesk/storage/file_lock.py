"""One CoachDesk at a time works on a database file: the window and every command that
writes take the lock file beside it, ``NAME.lock``.

The lock is the operating system's lock on that file (``flock`` on Unix, a locked byte
on Windows), so it ends with its process however the process ends: a lock left behind by
a crashed CoachDesk holds nothing, and only a live process can hold one. The file names
its holder the way Qt's QLockFile does (process id, application, computer; Qt's window
of earlier versions holds the same lock), so a refusal can say who has the file.
"""

import os
import socket
import sys
from contextlib import suppress
from pathlib import Path

from coachdesk.domain.text import tr
from coachdesk.storage.errors import DatabaseInUse, DatabaseProblem, file_problem
from coachdesk.storage.files import create_private_dir

WINDOW = "CoachDesk"  # the holder written by the window; a command writes its own name
_WINDOWS_BYTE = 1 << 30  # Windows locks a byte range: one far past the text it holds


class DatabaseLock:
    def __init__(self, path: Path | str, holder: str = WINDOW):
        self.path = Path(path).expanduser().resolve()  # one lock file, however it is named
        self.lock_file = self.path.with_name(self.path.name + ".lock")
        self.holder = holder
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock, or say clearly why not: who holds it, or what is wrong with the
        folder (read-only, a full disk, not there). The folder is made (private) if it
        is not there yet: a new database is about to be made in it."""
        if self._fd is not None:
            return
        try:
            create_private_dir(self.lock_file.parent)
            self._fd = self._take()
            self._write_holder()
        except OSError as exc:
            self.release()
            raise file_problem(exc, self.lock_file) or DatabaseProblem(tr(
                "Cannot open {name}: {reason}").format(
                    name=self.path.name, reason=exc.strerror or exc)) from exc

    def _take(self) -> int:
        while True:
            fd = os.open(self.lock_file, os.O_RDWR | os.O_CREAT, 0o600)
            try:
                locked = _lock(fd)
            except BaseException:
                os.close(fd)
                raise
            if not locked:
                holder = _read_holder(fd)
                os.close(fd)
                raise self._in_use(*holder)
            # The holder before us may have removed the file between our open and lock:
            # then we hold a lock on a file nobody else can see, so start again.
            try:
                same = os.path.samestat(os.fstat(fd), os.stat(self.lock_file))
            except FileNotFoundError:
                same = False
            if same:
                return fd
            os.close(fd)

    def _write_holder(self) -> None:
        assert self._fd is not None  # called while the lock is held
        text = f"{os.getpid()}\n{self.holder}\n{socket.gethostname()}\n".encode()
        os.ftruncate(self._fd, 0)
        os.lseek(self._fd, 0, os.SEEK_SET)
        if os.write(self._fd, text) != len(text):
            raise OSError(28, os.strerror(28))  # a short write: the disk is full

    def _in_use(self, pid: int, holder: str, host: str) -> DatabaseInUse:
        name = self.path.name
        if host and host != socket.gethostname():
            return DatabaseInUse(tr(
                "{name} is already open in CoachDesk on the computer {host}. Close it there "
                "first; two programs on one file would overwrite each other's work.")
                .format(name=name, host=host))
        if pid and holder and holder != WINDOW:
            return DatabaseInUse(tr(
                "{name} is in use by “{command}” (process {pid}). Wait until it has "
                "finished, then try again.").format(name=name, command=holder, pid=pid))
        if pid:
            return DatabaseInUse(tr(
                "{name} is already open in another CoachDesk window (process {pid}). Close "
                "it there first; two programs on one file would overwrite each other's "
                "work.").format(name=name, pid=pid))
        return DatabaseInUse(tr(
            "{name} is already open in another CoachDesk window. Close it there first; two "
            "programs on one file would overwrite each other's work.").format(name=name))

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        if sys.platform == "win32":
            os.close(fd)  # Windows removes no open file: close first, then try
            with suppress(OSError):  # another CoachDesk has it open now
                self.lock_file.unlink(missing_ok=True)
            return
        with suppress(OSError):  # a folder gone read-only: the file stays, the lock goes
            self.lock_file.unlink(missing_ok=True)  # while still locked: nobody else has it
        os.close(fd)

    def __enter__(self) -> "DatabaseLock":
        self.acquire()
        return self

    def __exit__(self, *exc) -> None:
        self.release()


def _lock(fd: int) -> bool:
    """Lock ``fd`` without waiting; False if another holds it."""
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_BYTE, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _read_holder(fd: int) -> tuple[int, str, str]:
    """(process id, holder, computer) from a held lock file; blanks where unknown."""
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        lines = os.read(fd, 4096).decode("utf-8", "replace").split("\n")
    except OSError:
        return 0, "", ""
    lines += ["", "", ""]
    pid = int(lines[0]) if lines[0].strip().isdigit() else 0
    return pid, lines[1].strip(), lines[2].strip()
