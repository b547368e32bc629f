"""A shared database server (PostgreSQL): its URL, encryption, where the password comes
from, and one upgrade at a time.

- The driver is psycopg 3 (``pip install "coachdesk[server]"``): ``postgresql://`` means
  ``postgresql+psycopg://``.
- A password is never part of the URL (it would stay in the shell's history and in the
  settings file): libpq finds it itself, in the password file (``~/.pgpass`` or
  ``PGPASSFILE``) or a service file (``postgresql:///?service=NAME``).
- Anything but this machine is reached only through TLS: ``sslmode=require`` unless the
  URL says otherwise, ``sslmode=disable`` for another machine is refused, and every new
  connection is checked once it is made (a service file or ``PGHOST`` may name the host).
- Opening a database at an older schema upgrades it under an advisory lock, so two
  coordinators starting at once do not both upgrade it: the second waits, then finds it
  done.
"""

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import URL, Connection, Engine, event, func, make_url, select, text
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError

from coachdesk.domain.text import tr
from coachdesk.storage import schema
from coachdesk.storage.errors import DatabaseBusy, DatabaseProblem, NotACoachDeskFile
from coachdesk.storage.tables import metadata

log = logging.getLogger(__name__)

DRIVER = "psycopg"
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
CONNECT_TIMEOUT_S = 10  # a server that does not answer is named, not waited for forever
# The key of the advisory lock taken while the schema is checked and upgraded ("CoachDsk").
UPGRADE_LOCK = int.from_bytes(b"CoachDsk", "big") - 2**63
UPGRADE_WAIT_S = 600  # how long a second coordinator waits for another one's upgrade
_PLAIN_SSLMODES = frozenset({"disable", "allow"})  # would send data unencrypted at once


class ServerUnreachable(DatabaseProblem):
    """The server does not answer (stopped, or the network is down): the window keeps
    what it shows and reads again when it answers."""


class NotEncrypted(DatabaseProblem):
    """Another machine was to be reached without TLS."""


def is_server(url: URL) -> bool:
    return url.get_backend_name() == "postgresql"


def server_url(text: str | URL) -> URL:
    """The URL to connect with: a SQLite URL as it is; a PostgreSQL one through psycopg,
    without a password, TLS required for another machine. Refuses what cannot be used."""
    try:
        url = make_url(text)
    except (ArgumentError, ValueError) as exc:
        raise DatabaseProblem(tr(
            "{url} is not a database URL. Write it as postgresql://USER@HOST/DATABASE, or "
            "postgresql:///?service=NAME for a service file.").format(url=text)) from exc
    if url.get_backend_name() == "sqlite":
        return url
    if not is_server(url) or url.get_driver_name() not in (DRIVER, "psycopg2"):
        raise DatabaseProblem(tr(
            "CoachDesk works with a PostgreSQL server or a local file: write the URL as "
            "postgresql://USER@HOST/DATABASE, or give a file with --db."))
    if url.password is not None or "password" in url.query:
        raise DatabaseProblem(tr(
            "Leave the password out of the URL: it would stay in the command history and "
            "the settings. Put it in your PostgreSQL password file (~/.pgpass, or the file "
            "PGPASSFILE names) or in a service file, as the README says."))
    url = url.set(drivername=f"postgresql+{DRIVER}")
    sslmode = _one(url.query.get("sslmode"))
    remote = [h for h in hosts(url) if not is_local_host(h)]
    if remote and sslmode in _PLAIN_SSLMODES:
        raise NotEncrypted(tr(
            "sslmode={mode} would send your data to {host} unencrypted. CoachDesk reaches "
            "another machine only through TLS: leave sslmode out (or write "
            "sslmode=require).").format(mode=sslmode, host=remote[0]))
    additions = {}
    if remote and sslmode is None:
        additions["sslmode"] = "require"
    if "connect_timeout" not in url.query:
        additions["connect_timeout"] = str(CONNECT_TIMEOUT_S)
    return url.update_query_dict(additions) if additions else url


def _one(value: str | tuple[str, ...] | None) -> str | None:
    if isinstance(value, tuple):
        return value[-1] if value else None
    return value


def hosts(url: URL) -> list[str]:
    """The hosts the URL names itself (none: the local socket, or what libpq is told by a
    service file or PGHOST, which the check after connecting covers)."""
    named = [url.host] if url.host else []
    for value in (url.query.get("host"), url.query.get("hostaddr")):
        for item in (value,) if isinstance(value, str) else (value or ()):
            named.extend(h.strip() for h in item.split(",") if h.strip())
    return named


def is_local_host(host: str | None) -> bool:
    """This machine: its loopback names and addresses, or a Unix socket's folder."""
    return not host or host.lower() in LOCAL_HOSTS or host.startswith(("/", "@"))


def label(url: URL) -> str:
    """The URL as the window shows it: as a coordinator writes it, without the settings
    CoachDesk added (``postgresql://pia@db.vantaa.fi/coachdesk``)."""
    kept = {k: v for k, v in url.query.items() if k in ("service", "host", "hostaddr")}
    return url.set(drivername="postgresql", query=kept).render_as_string()


def display(url: URL) -> str:
    """The server and database as the messages name them: ``user@host/db``."""
    where = url.host or _one(url.query.get("host")) or _one(url.query.get("service")) or ""
    who = f"{url.username}@" if url.username else ""
    return f"{who}{where}/{url.database or ''}"


# -- engines --------------------------------------------------------------------------------
def configure(engine: Engine) -> None:
    """What every server engine does on each new connection (see :func:`_check_tls`)."""
    event.listen(engine, "connect", _check_tls)


def _check_tls(dbapi_connection, _record) -> None:
    # The host as libpq reached it, whatever named it (the URL, a service file, PGHOST).
    host = dbapi_connection.info.host
    if not is_local_host(host) and not dbapi_connection.pgconn.ssl_in_use:
        dbapi_connection.close()
        raise NotEncrypted(tr(
            "The connection to {host} is not encrypted, so CoachDesk did not use it. Use "
            "sslmode=require (or leave sslmode out), or ask the server's administrator to "
            "turn TLS on.").format(host=host))


def _sentence(reason: str) -> str:
    """libpq's message on one line, ending as a sentence does."""
    reason = " ".join(reason.split())
    return reason if reason.endswith((".", "?", "!")) else f"{reason}."


def driver_missing() -> DatabaseProblem:
    return DatabaseProblem(tr(
        "The PostgreSQL driver is not installed. Install CoachDesk with it: "
        "pip install \"coachdesk[server]\"."))


def friendly(exc: DBAPIError, url: URL) -> DatabaseProblem:
    """What a failure to reach or use the server means for the user."""
    reason = _sentence(str(exc.orig) if exc.orig is not None else str(exc))
    text = reason.lower()
    server = display(url)
    if "password" in text and ("no password" in text or "authentication failed" in text):
        return DatabaseProblem(tr(
            "The server {server} did not accept the login: {reason} Put the password in "
            "your PostgreSQL password file (~/.pgpass, or the file PGPASSFILE names) or in "
            "a service file, never in the URL; the README says how.").format(
            server=server, reason=reason))
    if "ssl" in text and ("not support" in text or "required" in text):
        return NotEncrypted(tr(
            "The server {server} does not offer an encrypted (TLS) connection, and CoachDesk "
            "reaches another machine only through TLS. Ask the server's administrator to "
            "turn TLS on.").format(server=server))
    if "database" in text and "does not exist" in text:
        return DatabaseProblem(tr(
            "There is no database {database} on {server}. Ask the server's administrator "
            "to create it (createdb), then set it up with: coachdesk server init --url "
            "URL").format(database=url.database, server=server))
    if isinstance(exc, OperationalError) or exc.connection_invalidated:
        return ServerUnreachable(tr(
            "CoachDesk cannot use the database server {server}: {reason} Check the "
            "address and your network connection, or ask the server's "
            "administrator.").format(server=server, reason=reason))
    return DatabaseProblem(tr("The database server {server} refused the work: {reason}")
                           .format(server=server, reason=reason))


# -- the schema -----------------------------------------------------------------------------
def prepare(engine: Engine, init: bool) -> schema.State:
    """Accept the database at the current schema, upgrade an older one (once, whoever
    comes first), and create it only when ``init`` (``coachdesk server init``): an empty
    database opened by mistake is named, not filled."""
    with engine.connect() as conn:
        if schema.read_contents(conn).revision == schema.current_revision():
            return schema.State.CURRENT  # the usual case: no lock, no Alembic
    with one_upgrade_at_a_time(engine):
        with engine.connect() as conn:
            state = judge(schema.read_contents(conn), engine.url)
        if state is schema.State.NEW and not init:
            raise not_set_up(engine.url)
        state = schema.ensure_current(engine, None)
        with engine.begin() as conn:
            hand_to_owner(conn)
        return state


def hand_to_owner(conn: Connection) -> None:
    """CoachDesk's tables belong to the database's owner, when the login that made them
    is a member of that role (IT's usual set-up: a role ``coachdesk`` owns the database,
    each coordinator's login is a member of it): then every member may use them, and
    upgrade them later. Tables made by an owner or a lone login stay as they are."""
    owner, member = conn.execute(text(
        "SELECT d.datdba::regrole::text, pg_has_role(current_user, d.datdba, 'MEMBER') "
        "AND d.datdba <> (SELECT oid FROM pg_roles WHERE rolname = current_user) "
        "FROM pg_database d WHERE d.datname = current_database()")).one()
    if not member:
        return
    quote = conn.dialect.identifier_preparer.quote
    mine = set(conn.scalars(text(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
        "AND tableowner = current_user")))
    for name in sorted(mine & (set(metadata.tables) | {"alembic_version"})):
        # Sequences of serial ids go with their table.
        conn.exec_driver_sql(f"ALTER TABLE {quote(name)} OWNER TO {owner}")


def judge(contents: schema.Contents, url: URL) -> schema.State:
    """:func:`schema.judge`, with the server's words for a database that is not ours."""
    try:
        return schema.judge(contents, display(url))
    except NotACoachDeskFile as exc:
        raise NotACoachDeskFile(tr(
            "The database {server} holds tables that are not CoachDesk's, so CoachDesk "
            "leaves it alone. Give the URL of an empty database (the server's "
            "administrator can create one with createdb).").format(
            server=display(url))) from exc


def not_set_up(url: URL) -> NotACoachDeskFile:
    return NotACoachDeskFile(tr(
        "The database {server} holds no CoachDesk data yet. Set it up with: coachdesk "
        "server init --url URL (or move a laptop's data there with: coachdesk copy --from "
        "FILE --to URL).").format(server=display(url)))


@contextmanager
def one_upgrade_at_a_time(engine: Engine) -> Iterator[None]:
    """Hold the database's upgrade lock for the block (a session-level advisory lock on a
    connection of its own; PostgreSQL frees it if this process dies)."""
    if engine.dialect.name != "postgresql":
        yield
        return
    with engine.connect() as conn:
        if not conn.scalar(select(func.pg_try_advisory_lock(UPGRADE_LOCK))):
            log.info("another CoachDesk is setting up or upgrading %s; waiting", engine.url)
            conn.exec_driver_sql(f"SET LOCAL lock_timeout = '{UPGRADE_WAIT_S}s'")
            try:
                conn.execute(select(func.pg_advisory_lock(UPGRADE_LOCK)))
            except OperationalError as exc:
                raise DatabaseBusy(tr(
                    "Another CoachDesk is setting up or upgrading the database {server}. "
                    "Try again in a few minutes.").format(server=display(engine.url))) from exc
        conn.commit()  # the lock outlives the transaction; nothing is kept open
        try:
            yield
        finally:
            conn.execute(select(func.pg_advisory_unlock(UPGRADE_LOCK)))
            conn.commit()
