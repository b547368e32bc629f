"""Rewriting a SQLite file so that what was deleted from it is gone from its bytes.

SQLite leaves deleted content in freed pages and old page images in its ``-wal`` journal.
``secure_delete`` (set on every connection in database.py) zeroes what is deleted from now
on; VACUUM rebuilds the file without the free space older deletes left; a TRUNCATE
checkpoint empties the journal. A copy (a backup, a file about to be restored) is changed
on a temporary file beside it and renamed over it when whole, so a failure (a read-only
folder, a full disk) leaves the copy as it was.
"""

import glob
import logging
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from sqlalchemy import URL, Connection, create_engine, inspect
from sqlalchemy.pool import NullPool

from coachdesk.storage.backup import backup_sqlite
from coachdesk.storage.database import Database

log = logging.getLogger(__name__)

TEMP_SUFFIX = ".scrubbing"  # a temporary copy: holds what is being erased until it is done
SIDE_FILES = ("-wal", "-shm", "-journal")


def wipe(db: Database) -> bool:
    """Rebuild the open file without free space and empty its journal. False when a reader
    kept the journal from being emptied (it is emptied when the last connection closes)."""
    if db.engine.dialect.name != "sqlite":
        return True  # a database server: its storage is its administrator's
    raw = db.engine.raw_connection()
    try:
        conn = raw.driver_connection  # VACUUM cannot run inside SQLAlchemy's transaction
        assert conn is not None
        try:
            conn.execute("VACUUM")
        finally:  # the journal's old pages go even when there is no room to rebuild
            busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    finally:
        raw.close()
    return busy == 0


def rewrite(path: Path, change: Callable[[Database], None]) -> None:
    """Apply ``change`` to the file ``path``, which no one has open: on a copy brought to
    the current schema and wiped, then renamed over ``path``."""
    temp = _changed_copy(path, path.parent, change)
    try:
        os.replace(temp, path)
    except BaseException:
        _remove(temp)
        raise
    _sync_folder(path.parent)
    for side in SIDE_FILES:  # a journal of the old contents must not be applied to the new
        Path(f"{path}{side}").unlink(missing_ok=True)


@contextmanager
def changed_copy(source: Path, folder: Path, change: Callable[[Database], None]
                 ) -> Iterator[Path]:
    """A temporary copy of ``source`` in ``folder`` with ``change`` applied and wiped;
    removed afterwards. ``source`` itself is left as it is."""
    temp = _changed_copy(source, folder, change)
    try:
        yield temp
    finally:
        _remove(temp)


def remove_leftovers(folder: Path, stem: str) -> None:
    """Temporary copies a killed CoachDesk left behind: they may hold erased data."""
    for leftover in folder.glob(f".{glob.escape(stem)}*{TEMP_SUFFIX}*"):
        leftover.unlink(missing_ok=True)


@contextmanager
def peek(path: Path, live: bool = False) -> Iterator[Connection]:
    """A read-only connection to a SQLite file that leaves nothing beside it.

    A copy no one writes to is read as immutable (also from a read-only folder); a ``live``
    file is read with its journal, through a connection that only reads.
    """
    immutable = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    writable = f"{path.resolve().as_uri()}?mode=rw"

    def connect() -> sqlite3.Connection:
        if live and os.access(path, os.W_OK) and os.access(path.parent, os.W_OK):
            conn = sqlite3.connect(writable, uri=True)
            conn.execute("PRAGMA query_only = ON")
            return conn
        return sqlite3.connect(immutable, uri=True)

    engine = create_engine("sqlite://", creator=connect, poolclass=NullPool)
    try:
        with engine.connect() as conn:
            yield conn
    finally:
        engine.dispose()


def has_table(conn: Connection, name: str) -> bool:
    return inspect(conn).has_table(name)


def _changed_copy(source: Path, folder: Path, change: Callable[[Database], None]) -> Path:
    fd, name = tempfile.mkstemp(prefix=f".{source.name}.", suffix=TEMP_SUFFIX, dir=folder)
    os.close(fd)
    temp = Path(name)
    try:
        _copy(source, temp)
        # Brought to the current schema (an older copy is upgraded), without backups of it.
        db = Database.open_url(URL.create("sqlite", database=str(temp)))
        try:
            change(db)
            wipe(db)
        finally:
            db.close()  # the last connection: its journal is checkpointed and removed
        _sync(temp)
    except BaseException:
        _remove(temp)
        raise
    return temp


def _copy(source: Path, temp: Path) -> None:
    """A copy no one writes to is copied byte for byte: SQLite would leave its journal
    files beside it, in a folder that may be full. One with a journal goes through SQLite,
    which reads the journal too."""
    if any(Path(f"{source}{side}").is_file() for side in ("-wal", "-journal")):
        backup_sqlite(source, temp)
    else:
        shutil.copyfile(source, temp)


def _remove(temp: Path) -> None:
    for path in (temp, *(Path(f"{temp}{side}") for side in SIDE_FILES)):
        try:
            path.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("could not remove %s: %s", path, exc)


def _sync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _sync_folder(folder: Path) -> None:
    with suppress(OSError):  # not every system can sync a folder; the rename is atomic
        _sync(folder)
