"""A real PostgreSQL server for the tests, started by the test run itself.

The server is made once per session with ``initdb`` and ``pg_ctl`` in a temporary folder,
on a free port of 127.0.0.1 with its socket in the same folder, tuned for speed (no
fsync: the data is thrown away). PostgreSQL refuses to run as root, so as root it runs
as the ``postgres`` system user that Debian's package makes.

Each test that asks for ``pg_url`` gets a new, empty database (CREATE DATABASE, 0.2 s);
``pg_desk_url`` and ``pg_desk`` one that ``coachdesk server init`` set up, with no rows:
a database the tests share, emptied before each (a few milliseconds). Without PostgreSQL
(no ``initdb`` on PATH or under /usr/lib/postgresql/*/bin) or without psycopg these tests
are skipped, saying why; with ``COACHDESK_REQUIRE_POSTGRES=1`` (CI) they fail instead.

``on_both_backends`` and ``desk_on`` run a share of the service and report tests on
PostgreSQL too (tests/services/conftest.py, tests/reports/conftest.py).
"""

import contextlib
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

REQUIRE = "COACHDESK_REQUIRE_POSTGRES"
NOT_INSTALLED = "PostgreSQL is not installed: apt-get install postgresql"
NO_DRIVER = "psycopg is not installed: pip install \".[server]\""
TEMPLATE = "coachdesk_template"
SUPERUSER = "postgres"
PASSWORD_USER = "coordinator"  # the one login that needs a password
_SETTINGS = {
    "listen_addresses": "'127.0.0.1'",
    "fsync": "off",  # a test server's data is thrown away: no waiting for the disk
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "max_connections": "100",
    "shared_buffers": "32MB",
    "log_min_messages": "warning",
}


def pytest_addoption(parser):
    parser.addoption(
        "--postgres", choices=("some", "all"),
        default=os.environ.get("COACHDESK_POSTGRES_TESTS", "some"),
        help="which service tests run on PostgreSQL too: a share of them (default) or all "
        "(also COACHDESK_POSTGRES_TESTS=all); see on_both_backends in tests/postgres.py")


def bin_dir() -> Path | None:
    """The folder of initdb and pg_ctl: on PATH, or the newest under /usr/lib/postgresql."""
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"),
                        key=lambda p: int(p.parent.parent.name)
                        if p.parent.parent.name.isdigit() else 0)
    return candidates[-1].parent if candidates else None


def _unavailable(reason: str) -> None:
    if os.environ.get(REQUIRE) == "1":
        pytest.fail(f"{reason} ({REQUIRE}=1 asks for the server tests)", pytrace=False)
    pytest.skip(reason)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresServer:
    """A throw-away cluster: ``url(name)``, ``create(name)``, ``drop(name)``."""

    def __init__(self, bin_dir: Path, folder: Path, user: str | None):
        self.bin_dir = bin_dir
        self.folder = folder
        self.data = folder / "data"
        self.user = user  # the system user the server runs as (None: this one)
        self.port = 0
        self._names = itertools.count(1)
        self._admin = None
        self._engines: dict[str, object] = {}
        self._shared: str | None = None  # the database that pg_desk_url empties
        self._empty_it = ""

    def _run(self, *args: str, timeout: float = 60) -> None:
        command = [str(self.bin_dir / args[0]), *args[1:]]
        if self.user is not None:
            command = ["runuser", "-u", self.user, "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
        if done.returncode != 0:
            log = self.folder / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"{args[0]} failed: {done.stderr or done.stdout}\n{tail}")

    def start(self) -> None:
        self._run("initdb", "-D", str(self.data), "-U", SUPERUSER, "--auth=trust",
                  "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync")
        with (self.data / "postgresql.conf").open("a") as conf:
            for key, value in _SETTINGS.items():
                conf.write(f"{key} = {value}\n")
            conf.write(f"unix_socket_directories = '{self.folder}'\n")
        # Every login is trusted but one, which must give its password (tests/storage/
        # test_server.py: the password comes from libpq's password or service file).
        (self.data / "pg_hba.conf").write_text(
            f"local all all trust\n"
            f"host all {PASSWORD_USER} 127.0.0.1/32 scram-sha-256\n"
            f"host all all 127.0.0.1/32 trust\n")
        for attempt in range(5):  # another process may take the free port meanwhile
            self.port = _free_port()
            try:
                self._run("pg_ctl", "-D", str(self.data), "-l", str(self.folder / "server.log"),
                          "-o", f"-p {self.port}", "-w", "-t", "60", "start")
                return
            except RuntimeError:
                if attempt == 4:
                    raise

    def stop(self) -> None:
        for engine in [self._admin, *self._engines.values()]:
            if engine is not None:
                engine.dispose()
        with contextlib.suppress(RuntimeError, subprocess.TimeoutExpired):
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")

    def url(self, database: str) -> str:
        """A URL as a coordinator writes it (plain postgresql://, local, no password)."""
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    @property
    def admin(self):
        """An engine on the maintenance database, outside transactions (CREATE DATABASE)."""
        if self._admin is None:
            from sqlalchemy import create_engine
            from sqlalchemy.pool import NullPool

            self._admin = create_engine(
                self.url("postgres").replace("postgresql://", "postgresql+psycopg://"),
                isolation_level="AUTOCOMMIT", poolclass=NullPool)
        return self._admin

    def create(self, template: str = "template0") -> str:
        name = f"test_{next(self._names)}"
        with self.admin.connect() as conn:
            # FILE_COPY copies the template's few files: faster than WAL_LOG for small ones.
            conn.exec_driver_sql(f'CREATE DATABASE "{name}" TEMPLATE "{template}" '
                                 "STRATEGY FILE_COPY")
        return name

    def emptied(self, template: str) -> str:
        """The URL of the shared test database, a copy of ``template`` with every row
        deleted and every id sequence restarted."""
        if self._shared is None:
            self._shared = self.create(template)
            self._empty_it = _emptying_sql()
        engine = self._engine(self._shared)
        try:
            with engine.begin() as conn:
                conn.exec_driver_sql("SET LOCAL lock_timeout = '2s'")
                conn.exec_driver_sql(self._empty_it)
        except Exception:
            # A test left a connection holding locks: end it, and start from a new copy.
            self.drop(self._shared)
            self._shared = self.create(template)
        return self.url(self._shared)

    def _engine(self, name: str):
        if self._engines.get(name) is None:
            from sqlalchemy import create_engine
            from sqlalchemy.pool import NullPool

            self._engines[name] = create_engine(
                self.url(name).replace("postgresql://", "postgresql+psycopg://"),
                poolclass=NullPool)
        return self._engines[name]

    def drop(self, name: str) -> None:
        engine = self._engines.pop(name, None)
        if engine is not None:
            engine.dispose()
        with self.admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _emptying_sql() -> str:
    from coachdesk.storage.tables import metadata

    tables = list(reversed(metadata.sorted_tables))  # those pointing at others first
    serial = [t.name for t in tables if "id" in t.c and t.c.id.primary_key]
    return "; ".join(
        [f'DELETE FROM "{t.name}"' for t in tables]
        + [f"SELECT setval(pg_get_serial_sequence('\"{name}\"', 'id'), 1, false)"
           for name in serial])


# -- the tests that run on both ------------------------------------------------------------
BACKENDS = ("sqlite", "postgresql")
SHARE = 5  # one test function in five runs on PostgreSQL too, unless --postgres=all
ALWAYS = {"tests.services.test_dialects"}  # modules that run whole on both
_modules_seen: set[str] = set()


def _chosen(metafunc) -> bool:
    module = metafunc.module.__name__
    first = module not in _modules_seen
    _modules_seen.add(module)
    if metafunc.config.getoption("postgres") == "all" or first or module in ALWAYS:
        return True
    return zlib.crc32(f"{module}::{metafunc.function.__name__}".encode()) % SHARE == 0


def on_both_backends(metafunc) -> None:
    """``pytest_generate_tests`` of a folder whose conftest overrides ``desk`` with
    :func:`desk_on`: a chosen test that asks for ``desk`` (directly or through a fixture)
    runs as ``test[sqlite]`` and ``test[postgresql]``. A test that needs the database file
    itself (``db_path``) stays on SQLite. Chosen are the first test of each module, every
    test of ``ALWAYS``, and one test function in ``SHARE`` (by a stable hash of its name,
    with all its parameters); every one with ``--postgres=all``."""
    # "backend" is in the closure only where the folder's own ``desk`` is the one used.
    if ("backend" in metafunc.fixturenames and "db_path" not in metafunc.fixturenames
            and _chosen(metafunc)):
        metafunc.parametrize("backend", BACKENDS)


def desk_on(request, backend: str):
    """The ``desk`` of a test run on both: ``pg_desk``, or the plain SQLite one."""
    if backend == "postgresql":
        return request.getfixturevalue("pg_desk")
    return request.getfixturevalue("desk")  # the plain one of tests/conftest.py


@pytest.fixture
def backend() -> str:
    return "sqlite"


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """The test run's PostgreSQL server (skipped, or failed under CI, when there is none)."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _unavailable(NO_DRIVER)
    found = bin_dir()
    if found is None:
        _unavailable(NOT_INSTALLED)
    user = None
    if os.geteuid() == 0:  # PostgreSQL will not run as root
        try:
            user = pwd.getpwnam("postgres")
        except KeyError:
            _unavailable("PostgreSQL refuses to run as root, and there is no 'postgres' "
                         "user to run it as: apt-get install postgresql")
    folder = Path(tempfile.mkdtemp(prefix="coachdesk-pg-"))
    if user is not None:
        os.chown(folder, user.pw_uid, user.pw_gid)
    server = PostgresServer(found, folder, user.pw_name if user else None)
    try:
        server.start()
        yield server
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)


@contextlib.contextmanager
def demo_on_both(postgres: PostgresServer, demo: Path):
    """The CoachDesk file ``demo`` (tests.prepared's small demo) and, copied there, a
    database on the test server: (desk on the file, desk on the server), to compare."""
    from coachdesk.services import Desk
    from coachdesk.services.server import copy_to_server

    name = postgres.create()
    try:
        copy_to_server(demo, postgres.url(name))
        with Desk.open_for_reading(demo) as in_file, \
                Desk.open_url(postgres.url(name)) as on_server:
            yield in_file, on_server
    finally:
        postgres.drop(name)


@pytest.fixture(scope="session")
def postgres_template(postgres) -> str:
    """A database set up by ``coachdesk server init`` once, copied for each test."""
    from coachdesk.services.server import init_server

    with postgres.admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{TEMPLATE}" TEMPLATE template0')
    init_server(postgres.url(TEMPLATE))
    return TEMPLATE


@pytest.fixture
def pg_url(postgres) -> Iterator[str]:
    """The URL of a new, empty database on the test server (dropped afterwards)."""
    name = postgres.create()
    yield postgres.url(name)
    postgres.drop(name)


@pytest.fixture
def pg_desk_url(postgres, postgres_template) -> str:
    """The URL of a database with CoachDesk's tables at the current schema and no rows.

    Copying a template (CREATE DATABASE) takes 0.2 s; emptying one database that the
    tests share takes a few milliseconds, so that is what each test gets: emptied before
    it starts, sequences back at 1, whatever the test before it left there."""
    return postgres.emptied(postgres_template)


@pytest.fixture
def pg_desk(pg_desk_url):
    """A Desk on a PostgreSQL database of its own."""
    from coachdesk.services import Desk

    desk = Desk.open_url(pg_desk_url)
    yield desk
    desk.close()
