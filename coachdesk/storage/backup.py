"""Consistent copies of a SQLite database, readable by the user only."""

import sqlite3
from datetime import datetime
from pathlib import Path

from coachdesk.storage.files import create_private_file


def backup_path(path: Path, label: str, now: datetime | None = None) -> Path:
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.backup-{stamp}-{label}{path.suffix}")


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy through SQLite's backup API, so a file in WAL mode is copied whole."""
    create_private_file(target)
    # as_uri() escapes "#", "?" and "%": a raw "#" would cut the path short and back up
    # a new, empty database instead.
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target
