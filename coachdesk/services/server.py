"""A shared database server: setting one up, and moving data between it and a file.

``init_server`` creates CoachDesk's tables in an empty PostgreSQL database (the schema a
new file gets, stamped for the same migrations), upgrades an older one, and refuses a
database that holds anything else. ``copy_to_server`` moves a laptop's file to an empty
server; ``copy_to_file`` writes the server's data into a new CoachDesk file (an offline
copy, or the server's backup in CoachDesk's own format, which ``coachdesk restore``
takes). Each copy is all or nothing, with every table's count checked before it is kept.
"""

import contextlib
import os
import sqlite3
import tempfile
from pathlib import Path

from sqlalchemy import URL
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from coachdesk.domain.errors import CoachDeskError, ValidationError
from coachdesk.domain.text import tr
from coachdesk.storage import schema, server, transfer
from coachdesk.storage.backup import check_file
from coachdesk.storage.database import Database, make_engine
from coachdesk.storage.errors import file_problem
from coachdesk.storage.files import create_private_dir

State = schema.State
Progress = transfer.Progress
ServerUnreachable = server.ServerUnreachable  # the window keeps what it shows meanwhile


def _server_url(url: str):
    parsed = server.server_url(url)
    if not server.is_server(parsed):
        raise CoachDeskError(tr("{url} is not a database server. Give the URL of a "
                                "PostgreSQL database: postgresql://USER@HOST/DATABASE.")
                             .format(url=url))
    return parsed


def server_address(host: str, port: int | None, database: str, user: str) -> str:
    """The URL of a server database as File → Connect to server… gives it: no password
    (libpq finds it in the password file, a service file or the keyring's means), and
    TLS required unless the host is this machine (``server.server_url``)."""
    fields = {"host": host.strip(), "database": database.strip(), "user": user.strip()}
    errors = {key: tr("Fill this in.") for key, value in fields.items() if not value}
    if port is not None and not 0 < port < 65536:
        errors["port"] = tr("A port is a number from 1 to 65535 (PostgreSQL's is 5432).")
    if errors:
        raise ValidationError(errors)
    url = URL.create("postgresql", username=fields["user"], host=fields["host"],
                     port=port, database=fields["database"])
    _server_url(url)  # refuses what could not be used
    return url.render_as_string()


def init_server(url: str) -> State:
    """Set up the database at ``url`` for CoachDesk; returns what it was (NEW: created
    now, OLDER: upgraded now, CURRENT: ready already)."""
    db = Database.open_url(_server_url(url), init=True)
    db.close()
    return db.state


def copy_to_server(path: Path | str, url: str,
                   progress: Progress | None = None) -> dict[str, int]:
    """Every record of the CoachDesk file ``path`` into the empty database at ``url``
    (set up by ``init_server`` or not set up at all); returns the rows per table."""
    target_url = _server_url(url)
    source = Database.open_for_reading(path)  # the current schema, or a clear refusal
    engine = make_engine(target_url)
    try:
        with server.one_upgrade_at_a_time(engine), engine.begin() as target:
            _prepare_empty(target, target_url)
            with source.engine.connect() as reading, reading.begin():
                copied = transfer.copy_rows(reading, target, progress)
            transfer.check_counts(copied, target)
            transfer.restart_sequences(target)
    except DBAPIError as exc:
        raise _not_copied(server.friendly(exc, target_url)) from exc
    finally:
        engine.dispose()
        source.close()
    return copied


def _prepare_empty(target, url) -> None:
    """The target holds no CoachDesk records: its tables are made now when it has none
    (in the copy's transaction), or it was set up and is still empty. Anything else is
    refused, so that nothing there is mixed with the copy or overwritten."""
    contents = schema.read_contents(target)
    state = server.judge(contents, url)
    if state is State.NEW:
        schema.create_in(target, contents.tables)
        server.hand_to_owner(target)
        return
    if state is State.CURRENT:
        transfer.lock_for_copy(target)
        held = {name: n for name, n in transfer.counts(target).items() if n}
        if not held:
            return
    raise CoachDeskError(tr(
        "The database {server} already holds CoachDesk data, and a copy goes only into an "
        "empty one, so that nothing there is overwritten or mixed. Ask for a new database "
        "(createdb), set it up with coachdesk server init, and copy into that.").format(
        server=server.display(url)))


def _not_copied(problem: Exception) -> CoachDeskError:
    return CoachDeskError(tr("Nothing was copied. {reason}").format(reason=problem))


def copy_to_file(url: str, path: Path | str,
                 progress: Progress | None = None) -> dict[str, int]:
    """Every record of the server database at ``url`` into the new CoachDesk file
    ``path`` (never over an existing file); returns the rows per table."""
    source_url = _server_url(url)
    path = Path(path).expanduser().absolute()
    if path.is_dir():
        raise CoachDeskError(tr("{path} is a folder: give the name of the file to write the "
                                "copy to.").format(path=path))
    if path.exists():
        raise CoachDeskError(tr("There is a file {path} already, and CoachDesk does not write "
                                "a copy over a file. Choose a new name.").format(path=path))
    source = Database.open_url(source_url)  # an older schema is upgraded, once
    temp = None
    try:
        create_private_dir(path.parent)
        fd, name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".partial",
                                    dir=path.parent)  # 0600; no copy's name until whole
        os.close(fd)
        temp = Path(name)
        target = Database.open(temp)
        try:
            with source.engine.connect() as reading:
                reading = reading.execution_options(
                    isolation_level="REPEATABLE READ", postgresql_readonly=True)
                with reading.begin(), target.engine.begin() as writing:
                    copied = transfer.copy_rows(reading, writing, progress)
                    transfer.check_counts(copied, writing)
        finally:
            target.close()
        verdict = check_file(temp)
        if not verdict.ok:
            raise CoachDeskError(tr("The copy did not pass its integrity check, so it was "
                                    "not kept. Try again."))
        os.replace(temp, path)
        temp = None
    except DBAPIError as exc:
        if isinstance(exc.orig, sqlite3.Error):
            raise _file_failure(exc, path) from exc
        raise _not_copied(server.friendly(exc, source_url)) from exc
    except (OSError, sqlite3.Error, SQLAlchemyError) as exc:
        raise _file_failure(exc, path) from exc
    finally:
        source.close()
        if temp is not None:
            for leftover in (temp, *(temp.with_name(temp.name + s)
                                     for s in ("-wal", "-shm", "-journal"))):
                with contextlib.suppress(OSError):
                    leftover.unlink()
    return copied


def _file_failure(exc: BaseException, path: Path) -> CoachDeskError:
    problem = file_problem(exc, path)
    return _not_copied(problem or CoachDeskError(str(getattr(exc, "orig", None) or exc)))
