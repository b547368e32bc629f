"""Files and folders that hold personal data: created readable by the user only."""

import os
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"


def create_private_dir(folder: Path) -> None:
    if not folder.exists():
        folder.mkdir(parents=True, mode=0o700)


def create_private_file(path: Path) -> None:
    """Create an empty file 0600 (or tighten an existing one) before SQLite writes to it.

    SQLite gives its -wal and -shm files the permissions of the database file.
    """
    create_private_dir(path.parent)
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)


def looks_like_sqlite(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(len(SQLITE_HEADER)) == SQLITE_HEADER
