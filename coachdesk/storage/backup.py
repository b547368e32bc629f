"""Backups of a SQLite database: consistent copies in a private folder beside the data.

Copies go through SQLite's online backup API, so a file in WAL mode is copied whole even
while it is open. A copy is written under a temporary name and renamed when whole, so a
failed one (a full disk) leaves nothing that could pass for a copy. A daily copy is made
when a database is opened (at most one a day) and the daily copies rotate: the last 10
days, and the newest copy of each of the last 6 months. Copies made for a reason (before
a migration, before a restore, by hand) stay.
"""

import os
import re
import sqlite3
import tempfile
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from coachdesk.domain.text import tr
from coachdesk.storage import schema
from coachdesk.storage.errors import DatabaseProblem, NewerSchema, file_problem
from coachdesk.storage.files import create_private_dir, create_private_file, looks_like_sqlite
from coachdesk.storage.reading import FileReader, reading

FOLDER = "backups"
KEEP_DAILY, KEEP_MONTHLY = 10, 6
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<label>[\w.-]+)$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    size: int
    label: str  # daily, manual, before-0003, before-restore


@dataclass(frozen=True)
class CheckResult:
    integrity: list[str]  # ["ok"] when the file is whole
    foreign_keys: list[tuple]  # rows pointing at rows that are not there

    @property
    def ok(self) -> bool:
        return self.integrity == ["ok"] and not self.foreign_keys


def backups_folder(path: Path) -> Path:
    return path.parent / FOLDER


def backup_path(path: Path, label: str, now: datetime | None = None) -> Path:
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    return backups_folder(path) / f"{path.stem}-{stamp}-{label}{path.suffix}"


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy ``source`` to the new file ``target`` (0600) through SQLite's backup API, so
    a file in WAL mode is copied whole; only a whole copy gets the name ``target``."""
    create_private_dir(target.parent)
    fd, name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=".partial",
                                dir=target.parent)  # 0600, and no backup's name
    os.close(fd)
    temp = Path(name)
    try:
        _copy(source, temp)
        os.replace(temp, target)
    except BaseException:
        for leftover in (temp, temp.with_name(temp.name + "-journal")):
            leftover.unlink(missing_ok=True)
        raise
    return target


def _copy(source: Path, target: Path) -> None:
    """SQLite's backup API from ``source`` (read as it lies, see reading.py) into the
    database file ``target``."""
    with FileReader(source) as reader:
        src = reader.connect()
        try:
            dst = sqlite3.connect(target)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()


def list_backups(path: Path) -> list[BackupInfo]:
    """The copies of ``path``, the newest first."""
    folder = backups_folder(path)
    found = []
    if folder.is_dir():
        for candidate in folder.glob(f"{path.stem}-*{path.suffix}"):
            match = _NAME.match(candidate.name[: -len(path.suffix) or None])
            if not match or match["stem"] != path.stem:
                continue
            taken = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
            found.append(BackupInfo(candidate, taken, candidate.stat().st_size,
                                    match["label"]))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def daily_backup(path: Path, now: datetime | None = None) -> Path | None:
    """Today's copy, unless one was made already today; then rotate the daily copies."""
    now = now or datetime.now()
    if any(b.label == "daily" and b.taken_at.date() == now.date() for b in list_backups(path)):
        return None
    made = backup_sqlite(path, backup_path(path, "daily", now))
    rotate(path)
    return made


def rotate(path: Path, keep_daily: int = KEEP_DAILY,
           keep_monthly: int = KEEP_MONTHLY) -> list[Path]:
    """Delete daily copies beyond the last ``keep_daily`` and the newest of each of the
    last ``keep_monthly`` months; returns what was deleted."""
    daily = [b for b in list_backups(path) if b.label == "daily"]
    keep = {b.path for b in daily[:keep_daily]}
    months: dict[tuple[int, int], Path] = {}
    for backup in daily:  # newest first: the first seen of a month is its newest
        months.setdefault((backup.taken_at.year, backup.taken_at.month), backup.path)
    keep.update(list(months.values())[:keep_monthly])
    gone = [b.path for b in daily if b.path not in keep]
    for old in gone:
        old.unlink(missing_ok=True)
    return gone


def check_file(path: Path) -> CheckResult:
    """SQLite's integrity check and foreign-key check of a CoachDesk file, changing
    nothing (not even a -wal or -shm left beside it). A file that is not a database, or
    not CoachDesk's, is refused; one that cannot be read at all is reported damaged."""
    if not path.exists():
        raise DatabaseProblem(tr("There is no file {path}.").format(path=path))
    if path.is_dir():
        raise DatabaseProblem(tr("{path} is a folder, not a database file.").format(path=path))
    if not looks_like_sqlite(path):
        raise DatabaseProblem(tr("{path} is not a database file.").format(path=path))
    try:
        with reading(path) as conn:
            with suppress(NewerSchema):  # a newer CoachDesk's file is checked too
                schema.judge(schema.read_contents(conn), path)
            integrity = [row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check")]
            foreign = [tuple(row) for row in conn.exec_driver_sql("PRAGMA foreign_key_check")]
    except DBAPIError as exc:
        problem = file_problem(exc, path)
        if problem is not None:
            raise problem from exc
        return CheckResult([str(exc.orig)], [])
    return CheckResult(integrity, foreign)


def restore_file(path: Path, source: Path, now: datetime | None = None) -> Path | None:
    """Put the contents of ``source`` into ``path`` (which must not be open), keeping a
    copy of the current file first; returns that copy (None if there was no file)."""
    if not source.is_file() or not looks_like_sqlite(source):
        raise DatabaseProblem(tr("{path} is not a CoachDesk backup.").format(path=source))
    verdict = check_file(source)
    if not verdict.ok:
        raise DatabaseProblem(tr("The backup {path} is damaged; choose another one.").format(
            path=source.name))
    kept = None
    if path.exists() and path.stat().st_size:
        kept = backup_sqlite(path, backup_path(path, "before-restore", now))
    create_private_file(path)
    # Into the file itself, through SQLite: a file renamed into its place would meet the
    # -wal and -shm of the one it replaced.
    _copy(source, path)
    return kept
