"""The open database: engine, connection settings, transactions.

Every SQLite-only setting lives in ``_sqlite_on_connect``; with any other URL (a shared
PostgreSQL server) the same code runs without them.
"""

import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Connection, Engine, create_engine, event, make_url
from sqlalchemy.exc import DatabaseError as SQLDatabaseError
from sqlalchemy.exc import NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.pool import ConnectionPoolEntry, QueuePool

from coachdesk.domain.errors import ChangedMeanwhile
from coachdesk.domain.text import tr
from coachdesk.storage import audit, changes, schema, server
from coachdesk.storage.backup import daily_backup
from coachdesk.storage.errors import (
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseProblem,
    DiskFull,
    NotACoachDeskFile,
    ReadOnly,
    file_problem,
)
from coachdesk.storage.files import create_private_file
from coachdesk.storage.mapping import map_domain
from coachdesk.storage.reading import FileReader, reading

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5_000


def _sqlite_on_connect(dbapi_connection, _record) -> None:
    # Python's sqlite3 opens transactions lazily on its own; let SQLAlchemy issue BEGIN.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    # Deleted content is overwritten with zeros instead of lingering in freed pages: an
    # erased person's name must not stay in the file. Most builds of SQLite leave it off.
    cursor.execute("PRAGMA secure_delete = ON")
    cursor.close()


WRITER = "coachdesk_writer"  # an execution option: the connection of a unit of work
_in_transaction: ContextVar[bool] = ContextVar("coachdesk_in_transaction", default=False)


def _sqlite_on_begin(conn: Connection) -> None:
    # A unit of work takes the write lock as it begins: two desks on one file then take
    # turns whole (the second waits, up to the busy timeout, and reads what the first
    # saved), instead of both reading and the second failing at its first write.
    immediate = conn.get_execution_options().get(WRITER)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(url: str | URL) -> Engine:
    # A server's connection may have died while it lay in the pool (the server restarted,
    # the laptop slept): it is tried first and replaced, so CoachDesk reconnects by itself.
    pre_ping = make_url(url).get_backend_name() != "sqlite"
    try:
        engine = create_engine(url, pool_pre_ping=pre_ping)
    except (ImportError, NoSuchModuleError) as exc:  # psycopg: the "server" extra
        raise server.driver_missing() from exc
    changes.install(engine)  # what each operation committed, for the window to refresh
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
    else:
        server.configure(engine)
    return engine


ID_RANGE = range(-(2**31), 2**31)  # an id is a 32-bit INTEGER on PostgreSQL


class _Session(Session):
    def get(self, entity, ident, *args, **kwargs):
        # No record has an id beyond 32 bits, and PostgreSQL refuses to even look one up
        # (SQLite one beyond 64): such an id is simply not found, on every engine.
        if isinstance(ident, int) and ident not in ID_RANGE:
            return None
        return super().get(entity, ident, *args, **kwargs)


class Database:
    """One open CoachDesk database. Create with :meth:`open` or :meth:`open_url`."""

    def __init__(self, engine: Engine, path: Path | None):
        map_domain()
        self.engine = engine
        self.path = path
        self._reader: FileReader | None = None  # opened for reading only
        self._optimize_at_close = False  # a file opened for writing, once it is ready
        self.state: schema.State | None = None  # what opening found (new, older, current)
        self._login: str | None = None
        self._sessions = sessionmaker(engine.execution_options(**{WRITER: True}),
                                      class_=_Session, expire_on_commit=False)
        # A service that asks another one inside its unit of work (the calendar, for a
        # booking's conflicts) reads beside it, without waiting for its own write lock.
        self._inner_sessions = sessionmaker(engine, class_=_Session, expire_on_commit=False)
        for sessions in (self._sessions, self._inner_sessions):
            audit.install(sessions)  # every change through a session goes to change_log
        self._flush_listeners: set[Callable] = set()  # on_flush's, once each
        self._closed = False
        # A reader beside the window may give its connection back after the database was
        # closed: dispose() left it out, so it is closed then, not found open by the
        # garbage collector later, in the middle of other work.
        event.listen(engine, "checkin", self._closed_on_checkin)
        # On a server, the others' work is seen through counters (a file has one writer).
        self.counters: changes.Counters | None = None
        if engine.dialect.name == "postgresql":
            self.counters = changes.Counters()
            self.counters.install(engine)

    @classmethod
    def open(cls, path: Path | str, create: bool = True,
             daily_backup: bool = True) -> "Database":
        """Open a local file, creating it (0600, folder 0700) or upgrading it as needed.
        With ``create=False`` it must be a CoachDesk file at the current version already:
        nothing is created or upgraded (for a command that only keeps a little
        bookkeeping, such as the calendar's event numbers). With ``daily_backup=False``
        the day's copy is left to the caller (:meth:`take_daily_backup`): the window takes
        it beside itself once the first figures are read."""
        path = Path(path).expanduser().resolve()
        _refuse_folder(path)
        is_new = not path.exists() or path.stat().st_size == 0
        if not create:
            _require_current(path)
        elif not is_new:
            _judge_file(path)  # before CoachDesk's connection settings touch it
        _refuse_read_only(path, is_new)
        create_private_file(path)
        # URL.create keeps a "?" or "#" in a folder name as part of the path.
        db = cls(make_engine(URL.create("sqlite", database=str(path))), path)
        state = db._prepare(backup_before_upgrade=True)
        if daily_backup and state is not schema.State.NEW:
            db.take_daily_backup()
        db._optimize_at_close = True
        return db

    @classmethod
    def open_for_reading(cls, path: Path | str) -> "Database":
        """Open an existing CoachDesk file to read it, changing nothing: a missing, empty,
        foreign, unfinished, older or newer file is refused, never created or upgraded,
        and nothing is left beside it (a file in a read-only folder is read as it is)."""
        path = Path(path).expanduser().resolve()
        _refuse_folder(path)
        _require_current(path)
        reader = FileReader(path)
        engine = create_engine("sqlite://", creator=reader.connect, poolclass=QueuePool)
        event.listen(engine, "connect", _sqlite_reader_on_connect)
        event.listen(engine, "begin", _sqlite_reader_on_begin)  # never a write lock
        db = cls(engine, path)
        db._reader = reader
        return db

    def take_daily_backup(self) -> None:
        """The first opening of a day keeps a copy; a failure is logged, never fatal. The
        copy is made through SQLite's backup API into a temporary name and renamed only
        once whole, so it is safe on any thread and whenever CoachDesk is closed."""
        if self.path is None:  # a server: its administrator keeps the copies
            return
        try:
            made = daily_backup(self.path)
        except (OSError, sqlite3.Error) as exc:
            log.warning("no daily backup of %s: %s", self.path, exc)
        else:
            if made is not None:
                log.info("daily backup %s", made)

    @classmethod
    def open_url(cls, url: str | URL, init: bool = False) -> "Database":
        """A database by URL: a PostgreSQL server (see storage/server.py: an empty one is
        set up only with ``init``), or a SQLite file (created as needed)."""
        url = server.server_url(url)
        db = cls(make_engine(url), None)
        if server.is_server(url):
            db.state = db._guarded(lambda: server.prepare(db.engine, init))
        else:
            db.state = db._prepare(backup_before_upgrade=False)
        return db

    def _prepare(self, backup_before_upgrade: bool) -> "schema.State":
        return self._guarded(lambda: schema.ensure_current(
            self.engine, self.path if backup_before_upgrade else None))

    def _guarded(self, prepare: Callable[[], "schema.State"]) -> "schema.State":
        try:
            return prepare()
        except OperationalError as exc:
            self.close()
            raise self._friendly(exc) from exc
        except SQLDatabaseError as exc:
            self.close()
            if server.is_server(self.engine.url):  # no file to be damaged: say what it said
                raise server.friendly(exc, self.engine.url) from exc
            raise _damaged(self.path) from exc
        except BaseException:
            self.close()
            raise

    @property
    def label(self) -> str:
        """What to call this database in the window: the file path or the server URL."""
        if self.path:
            return str(self.path)
        if server.is_server(self.engine.url):
            return server.label(self.engine.url)
        return self.engine.url.render_as_string()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed if the block ends normally, rolled back otherwise."""
        outermost = not _in_transaction.get()
        session = (self._sessions if outermost else self._inner_sessions)()
        token = _in_transaction.set(True)
        try:
            with session.begin():
                yield session
        except OperationalError as exc:
            raise self._friendly(exc) from exc
        except StaleDataError as exc:  # another desk saved the record between our read
            raise ChangedMeanwhile(tr(  # and our write (see storage/mapping.py)
                "Someone else changed the same record at the same moment, so nothing was "
                "saved. Try again: you will see their change.")) from exc
        finally:
            _in_transaction.reset(token)
            session.close()

    def on_flush(self, listener: Callable) -> None:
        """Call ``listener`` (a session's ``before_flush`` event) as every unit of work
        saves: the services' own checks (services/versions.py)."""
        # Kept here, not asked of event.contains: SQLAlchemy keys its registry by id(),
        # which a sessionmaker of a database closed before may have had, and then
        # answers yes for a listener that was never added to this one.
        if listener in self._flush_listeners:  # a twin Desk
            return
        self._flush_listeners.add(listener)
        for sessions in (self._sessions, self._inner_sessions):
            event.listen(sessions, "before_flush", listener)

    @property
    def login(self) -> str:
        """Who works on this database: the server login, or the computer's user name."""
        if self._login is None:
            with self.reading() as conn:
                self._login = audit.login(conn)
        return self._login

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """A connection for read-only list queries; nothing is written through it."""
        try:
            with self.engine.connect() as conn:
                yield conn
        except OperationalError as exc:
            raise self._friendly(exc) from exc

    def _friendly(self, exc: OperationalError) -> Exception:
        if server.is_server(self.engine.url):
            return server.friendly(exc, self.engine.url)
        return _friendly(exc, self.path)

    def keep_statistics(self, gather: bool = False, table: str | None = None) -> None:
        """Keep the query planner's statistics up to date, so that it picks the index that
        reads only the period asked about however many years the file holds: SQLite's
        ``PRAGMA optimize`` (gathers them again for the tables that changed much), or with
        ``gather`` (after a large import) all of them anew, or those of ``table``: about
        two seconds for a whole file of five years. Every row is read: a sample
        (``analysis_limit``) sees too few tutors at the start of an index and sends the
        planner down the wrong one. PostgreSQL keeps its own (autovacuum) and is told to
        gather only with ``gather``. A failure is logged: only speed depends on it."""
        sqlite = self.engine.dialect.name == "sqlite"
        if not sqlite and not gather:
            return
        try:
            with self.engine.begin() as conn:
                what = conn.dialect.identifier_preparer.quote(table) if table else ""
                conn.exec_driver_sql(f"ANALYZE {what}".strip() if gather
                                     else "PRAGMA optimize")
        except (SQLDatabaseError, sqlite3.Error) as exc:
            log.warning("planner statistics of %s not kept: %s", self.label, exc)

    def close(self) -> None:
        if self._optimize_at_close:
            self._optimize_at_close = False
            self.keep_statistics()
        self._closed = True
        self.engine.dispose()

    def _closed_on_checkin(self, dbapi_connection: Any, record: ConnectionPoolEntry) -> None:
        if self._closed and dbapi_connection is not None:
            record.invalidate()  # closes it; the pool it goes back to is out of use
        if self._reader is not None:
            self._reader.close()


def _friendly(exc: OperationalError, path: Path | None) -> Exception:
    if _is_busy(exc.orig):
        return _busy()
    problem = file_problem(exc, path) if path is not None else None
    text = str(exc.orig).lower()
    if isinstance(problem, DiskFull) or "disk is full" in text:
        return DiskFull(tr("The disk is full, so nothing was saved. Free some space (or "
                           "move the database to a disk with room) and try again."))
    if isinstance(problem, ReadOnly) or "readonly" in text or "read-only" in text:
        return ReadOnly(tr("CoachDesk cannot write to the database: the file or its "
                           "folder is read-only. Nothing was saved."))
    return problem or exc


def _sqlite_reader_on_begin(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN")


def _sqlite_reader_on_connect(dbapi_connection, _record) -> None:
    dbapi_connection.isolation_level = None  # SQLAlchemy issues BEGIN, as for the writer
    dbapi_connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


def _refuse_folder(path: Path) -> None:
    if path.is_dir():
        raise DatabaseProblem(tr("{path} is a folder, not a database file. Give the path of "
                                 "the file, for example {example}.").format(
            path=path, example=path / "coachdesk.sqlite3"))


def _require_current(path: Path) -> None:
    """Refuse a file that is not a CoachDesk database at the current version as it is."""
    if not path.exists():
        raise DatabaseProblem(tr("There is no database file {path}.").format(path=path))
    state = _judge_file(path) if path.stat().st_size else schema.State.NEW
    if state is schema.State.NEW:  # an empty file, or empty tables without a stamp
        raise NotACoachDeskFile(tr(
            "{path} holds no CoachDesk data: it is not a CoachDesk database yet. Choose "
            "another file, or open it in the CoachDesk window to make it one.")
            .format(path=path))
    if state is schema.State.OLDER:
        raise DatabaseProblem(tr(
            "{path} was written by an older version of CoachDesk. Open it in the CoachDesk "
            "window once (it is upgraded there, after a backup), then try again.")
            .format(path=path))


def _judge_file(path: Path) -> "schema.State":
    """Whose file is it and at which version, read without changing it; a foreign or newer
    one is refused before CoachDesk's own connection settings (WAL) would rewrite it."""
    schema.refuse_foreign_file(path)
    try:
        with reading(path) as conn:
            contents = schema.read_contents(conn)
    except OperationalError as exc:
        if _is_busy(exc.orig):
            raise _busy() from exc
        problem = file_problem(exc, path)
        if problem is not None:
            raise problem from exc
        raise _damaged(path) from exc
    except SQLDatabaseError as exc:
        raise _damaged(path) from exc
    return schema.judge(contents, path)


def _refuse_read_only(path: Path, is_new: bool) -> None:
    """SQLite writes beside the file (its WAL journal): file and folder must be writable."""
    folder = path.parent
    if is_new:
        while not folder.exists() and folder != folder.parent:
            folder = folder.parent
    if not os.access(folder, os.W_OK) or (not is_new and not os.access(path, os.W_OK)):
        raise ReadOnly(tr(
            "{path} cannot be written to: the file or its folder is read-only. Copy it to "
            "a folder of your own (for example Documents), or ask for write access, and "
            "open it there.").format(path=path))


def _is_busy(exc: BaseException | None) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def _busy() -> DatabaseBusy:
    return DatabaseBusy(
        tr("The database is busy: another program is writing to it. "
           "Wait a moment and try again.")
    )


def _damaged(path: Path | None) -> DatabaseDamaged:
    return DatabaseDamaged(
        tr("The database file {path} is damaged and cannot be opened. "
           "Restore it from a backup.").format(path=path)
    )
