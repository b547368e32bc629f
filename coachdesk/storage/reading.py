"""Reading a SQLite file and changing nothing: no ``-wal`` or ``-shm`` left beside it, and
a file in a read-only folder (a USB stick, a read-only share) read as it lies there.

A read-only SQLite connection is not enough: it leaves ``-wal`` and ``-shm`` behind in a
writable folder, and in a read-only one it cannot make the ``-shm`` that a file in WAL
mode needs, and fails as if the file were damaged. So the way in is chosen per file:

- file and folder writable: a read-write connection that may not write (``query_only``);
  SQLite keeps its ``-shm`` beside the file and the last one to close removes both.
- read-only, without a ``-wal``: ``immutable`` — nothing there can change, no ``-shm``.
- read-only with a ``-wal`` (copied while open, or left by a crash): the file and its
  ``-wal`` are copied to a private temporary folder and read there, so the changes in
  the ``-wal`` are read too.
"""

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, create_engine
from sqlalchemy.pool import NullPool


class FileReader:
    """Connections that only read ``path``; :meth:`close` removes a temporary copy."""

    def __init__(self, path: Path | str):
        self.path = Path(path)
        self._copy: Path | None = None
        wal = self.path.with_name(self.path.name + "-wal")
        if os.access(self.path, os.W_OK) and os.access(self.path.parent, os.W_OK):
            self.uri = f"{self.path.resolve().as_uri()}?mode=rw"
        elif not wal.exists():
            self.uri = f"{self.path.resolve().as_uri()}?mode=ro&immutable=1"
        else:
            self._copy = Path(tempfile.mkdtemp(prefix="coachdesk-read-"))  # private: 0700
            copy = self._copy / self.path.name
            try:
                shutil.copyfile(self.path, copy)
                shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
            except BaseException:
                self.close()
                raise
            self.uri = f"{copy.as_uri()}?mode=rw"

    def connect(self) -> sqlite3.Connection:
        # Used from the thread that opened the database and from the window's; SQLAlchemy
        # keeps each connection to one thread at a time.
        conn = sqlite3.connect(self.uri, uri=True, check_same_thread=False)
        try:
            conn.execute("PRAGMA query_only = ON")
        except BaseException:
            conn.close()
            raise
        return conn

    def close(self) -> None:
        if self._copy is not None:
            shutil.rmtree(self._copy, ignore_errors=True)
            self._copy = None

    def __enter__(self) -> "FileReader":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


@contextmanager
def reading(path: Path | str) -> Iterator[Connection]:
    """One SQLAlchemy connection that only reads ``path``. SQLite's errors come as
    SQLAlchemy's (OperationalError, DatabaseError) with the SQLite one in ``.orig``."""
    with FileReader(path) as reader:
        engine = create_engine("sqlite://", creator=reader.connect, poolclass=NullPool)
        try:
            with engine.connect() as conn:
                yield conn
        finally:
            engine.dispose()
