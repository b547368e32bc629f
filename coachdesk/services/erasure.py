"""An erasure reaches every copy CoachDesk keeps: the backups beside the database are
scrubbed of the people erased, and a copy being restored gets the erasures applied again
before it is used. Copies elsewhere (made with ``coachdesk backup --to``, copied by hand)
are out of reach; the erase dialog says so.

Who was erased is recorded in the ``erasures`` table by record kind and id only. A file
records an erasure once it has applied it, and is never erased again for it: since then
the id may have been given to someone new (a file restored from before the person existed
records the erasure too, for that reason).

The erase itself (which rows, which columns) is :mod:`coachdesk.services.privacy`'s; it is
passed in here as ``apply``, the erasure of a list of people in another file.
"""

import errno
import logging
import shutil
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import Connection, insert, select
from sqlalchemy.exc import SQLAlchemyError

from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.text import tr
from coachdesk.storage import scrub
from coachdesk.storage import tables as t
from coachdesk.storage.backup import backups_folder, list_backups
from coachdesk.storage.database import Database
from coachdesk.storage.errors import DiskFull, ReadOnly
from coachdesk.storage.files import looks_like_sqlite

log = logging.getLogger(__name__)

TEACHER, TUTOR = "teacher", "tutor"
KINDS = (TEACHER, TUTOR)
PEOPLE = {TEACHER: t.teachers, TUTOR: t.tutors}


@dataclass(frozen=True)
class Erasure:
    kind: str  # teacher, tutor
    person_id: int
    on: date

    @property
    def key(self) -> tuple[str, int]:
        return self.kind, self.person_id


Apply = Callable[[Database, list[Erasure]], None]


@dataclass
class Copies:
    """What an erase did to the copies of the data beyond the database's own rows."""

    scrubbed: list[Path] = field(default_factory=list)  # backups rewritten without them
    still_held: list[tuple[Path, str]] = field(default_factory=list)  # (file, why)


# -- the records ---------------------------------------------------------------------------
def recorded(conn: Connection) -> list[Erasure]:
    """The erasures a file records (none in a file older than the table)."""
    if not scrub.has_table(conn, t.erasures.name):
        return []
    e = t.erasures.c
    return [Erasure(r.kind, r.person_id, r.erased_on)
            for r in conn.execute(select(e.kind, e.person_id, e.erased_on))]


def record(conn: Connection, erasures: Iterable[Erasure]) -> None:
    """Record ``erasures`` that ``conn``'s file does not record yet."""
    known = {e.key for e in recorded(conn)}
    rows = {e.key: {"kind": e.kind, "person_id": e.person_id, "erased_on": e.on}
            for e in erasures if e.key not in known}
    if rows:
        conn.execute(insert(t.erasures), list(rows.values()))


def recorded_for(path: Path) -> list[Erasure]:
    """Every erasure recorded in the file ``path`` or in any of its backups: if the file
    itself is damaged, the backups scrubbed for an erasure still know it."""
    found: dict[tuple[str, int], Erasure] = {}
    files = [(path, True)] + [(b.path, False) for b in list_backups(path)]
    for file, live in files:
        if not file.is_file() or not file.stat().st_size:
            continue
        try:
            with scrub.peek(file, live=live) as conn:
                for erasure in recorded(conn):
                    found.setdefault(erasure.key, erasure)
        except (OSError, sqlite3.Error, SQLAlchemyError) as exc:
            log.warning("cannot read the erasures recorded in %s: %s", file, exc)
    return list(found.values())


def pending(conn: Connection, erasures: list[Erasure]) -> list[Erasure]:
    """The erasures a file does not record yet."""
    done = {e.key for e in recorded(conn)}
    return [e for e in erasures if e.key not in done]


def _holds(conn: Connection, erasures: list[Erasure]) -> bool:
    """Does this file hold one of the people of ``erasures`` it has not erased yet?"""
    for erasure in pending(conn, erasures):
        table = PEOPLE[erasure.kind]
        if scrub.has_table(conn, table.name) and conn.scalar(
                select(table.c.id).where(table.c.id == erasure.person_id)) is not None:
            return True
    return False


# -- the backups ---------------------------------------------------------------------------
def scrub_backups(path: Path, erasures: list[Erasure], apply: Apply) -> Copies:
    """Apply ``erasures`` to every backup of ``path`` in its backups folder that still holds
    one of those people; a backup that cannot be rewritten is named with the reason."""
    result = Copies()
    folder = backups_folder(path)
    if folder.is_dir():
        try:
            scrub.remove_leftovers(folder, path.stem)
        except OSError as exc:  # a read-only folder: each backup below says so
            log.warning("cannot tidy %s: %s", folder, exc)
    for backup in list_backups(path):
        if not backup.size:
            continue  # a copy that failed to be written: it holds nothing
        try:
            if not looks_like_sqlite(backup.path):
                raise sqlite3.DatabaseError("not a database file")
            with scrub.peek(backup.path) as conn:
                if not _holds(conn, erasures):
                    continue
            scrub.rewrite(backup.path, lambda db: apply(db, erasures))
        except (OSError, sqlite3.Error, SQLAlchemyError, CoachDeskError) as exc:
            log.warning("could not scrub %s: %s", backup.path, exc)
            result.still_held.append((backup.path, reason(exc, backup.path)))
        else:
            result.scrubbed.append(backup.path)
    return result


# -- restoring -----------------------------------------------------------------------------
@contextmanager
def restorable(path: Path, source: Path, apply: Apply) -> Iterator[Path]:
    """``source`` as it may be restored into ``path``: with every erasure recorded for
    ``path`` applied (a temporary copy beside ``path``), or ``source`` itself when it
    records them all already. ``source`` is never changed."""
    erasures = recorded_for(path)
    try:
        with scrub.peek(source) as conn:
            missing = bool(pending(conn, erasures))
    except (OSError, sqlite3.Error, SQLAlchemyError):
        missing = False  # not a database at all: the restore refuses it with its reason
    if not missing:
        yield source
        return
    scrub.remove_leftovers(path.parent, path.name)
    with ExitStack() as stack:
        try:
            clean = stack.enter_context(
                scrub.changed_copy(source, path.parent, lambda db: apply(db, erasures)))
        except (OSError, sqlite3.Error, SQLAlchemyError, CoachDeskError) as exc:
            raise CoachDeskError(tr(
                "The backup was not restored: the personal data erased since it was made "
                "could not be erased from it ({reason}). Nothing was changed.").format(
                reason=reason(exc, path))) from exc
        yield clean


def reason(exc: BaseException, file: Path | None = None) -> str:
    """Why ``file`` could not be rewritten, in a few words."""
    code = getattr(exc, "errno", None)
    text = str(getattr(exc, "orig", None) or exc).lower()
    if (isinstance(exc, DiskFull) or code == errno.ENOSPC or "disk is full" in text
            or ("i/o error" in text and file is not None and _no_room_for(file))):
        return tr("the disk is full")
    if (isinstance(exc, ReadOnly) or code in (errno.EROFS, errno.EACCES, errno.EPERM)
            or "readonly" in text or "read-only" in text):
        return tr("the folder is read-only")
    if isinstance(exc, CoachDeskError):
        return str(exc)
    return getattr(exc, "strerror", None) or str(exc)


def _no_room_for(file: Path) -> bool:
    """SQLite reports a full disk as an I/O error when its shared-memory file cannot grow:
    is there less room left than a copy of ``file`` needs?"""
    try:
        return shutil.disk_usage(file.parent).free < max(file.stat().st_size, 65536)
    except OSError:
        return False
