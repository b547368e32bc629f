"""Is this file ours, and at which version? Create, upgrade or refuse it.

A new file is built from the models and stamped at head, in one transaction (a process
killed meanwhile leaves an empty file, never tables without a stamp); an older one is
backed up next to itself and upgraded; a newer or foreign one is refused and left
untouched. A file left with CoachDesk's tables but no stamp and no rows (as a creation
killed half-way by an earlier CoachDesk could leave it) is unfinished, and is finished.
"""

import enum
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from coachdesk.domain.text import tr
from coachdesk.storage.errors import NewerSchema, NotACoachDeskFile
from coachdesk.storage.files import looks_like_sqlite
from coachdesk.storage.tables import metadata

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).with_name("migrations")

# Alembic takes a good part of the start-up to import, and a file at the head revision
# does not need it: the revisions are first read from the scripts as text, and Alembic
# is asked only when a file must be created, upgraded or refused (or the text is unclear).
_REVISION = re.compile(r"^revision\s*(?::[^=]*)?=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN = re.compile(r"^down_revision\s*(?::[^=]*)?=\s*(.+)$", re.MULTILINE)


def _scripted_revisions() -> tuple[set[str], str | None]:
    """(every revision, the single head or None) read from the scripts' text."""
    revisions, downs = set(), set()
    for script in (MIGRATIONS / "versions").glob("*.py"):
        source = script.read_text(encoding="utf-8")
        found = _REVISION.search(source)
        down = _DOWN.search(source)
        if found is None or down is None:
            continue
        revisions.add(found.group(1))
        downs.update(re.findall(r"['\"]([^'\"]+)['\"]", down.group(1)))
    heads = revisions - downs
    return revisions, (next(iter(heads)) if len(heads) == 1 else None)


def alembic_config(engine: Engine) -> "Config":
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def current_revision() -> str:
    """The revision a database of this CoachDesk is at."""
    return _scripted_revisions()[1] or head_revision()


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory(str(MIGRATIONS)).get_current_head()
    assert head is not None  # CoachDesk's migrations have one head
    return head


def refuse_foreign_file(path: Path) -> None:
    """Before SQLite touches it: a file that is not SQLite at all is refused as it is."""
    if not looks_like_sqlite(path):
        raise NotACoachDeskFile(
            tr("{path} is not a CoachDesk database. Choose another file, "
               "or create a new database.").format(path=path)
        )


class State(enum.Enum):
    NEW = "new"  # nothing in it yet (or an unfinished creation): to be created
    CURRENT = "current"
    OLDER = "older"  # to be upgraded


@dataclass(frozen=True)
class Contents:
    tables: frozenset[str]  # every table but SQLite's own
    revision: str | None  # the stamp in alembic_version
    empty: bool  # no row in any table


def read_contents(conn: Connection) -> Contents:
    """What a file holds, as far as telling whose it is and at which version needs."""
    tables = frozenset(inspect(conn).get_table_names())
    revision = None
    if "alembic_version" in tables:
        rows = conn.execute(text("SELECT version_num FROM alembic_version")).all()
        revision = rows[0][0] if len(rows) == 1 else None
    quote = conn.dialect.identifier_preparer.quote
    empty = revision is None and not any(
        conn.exec_driver_sql(f"SELECT 1 FROM {quote(name)} LIMIT 1").first()
        for name in tables)
    return Contents(tables, revision, empty)


def judge(contents: Contents, name: object) -> State:
    """Whether the file is CoachDesk's and what it needs; refuses a foreign or a newer
    one (``name`` is what the message calls the file)."""
    ours = frozenset(metadata.tables) | {"alembic_version"}
    if contents.revision is None:
        if contents.empty and contents.tables <= ours:
            return State.NEW
        raise _not_ours(name)
    if contents.revision == current_revision():
        return State.CURRENT
    if contents.revision in _scripted_revisions()[0] or contents.revision in _known_revisions():
        return State.OLDER
    # A stamp we do not know: a newer CoachDesk's file still has most of our tables;
    # another application that uses Alembic too has its own.
    if 2 * len(contents.tables & frozenset(metadata.tables)) > len(metadata.tables):
        raise _newer()
    raise _not_ours(name)


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory(str(MIGRATIONS)).walk_revisions()}


def _not_ours(name: object) -> NotACoachDeskFile:
    return NotACoachDeskFile(
        tr("{name} is a database, but not one of CoachDesk's. Choose another file, "
           "or create a new database.").format(name=name)
    )


def _newer() -> NewerSchema:
    return NewerSchema(
        tr("This database was written by a newer version of CoachDesk. "
           "Update CoachDesk to open it; the file was not changed.")
    )


def ensure_current(engine: Engine, backup_file: Path | None) -> State:
    """Create, upgrade or accept the database; returns what it was found to be."""
    with engine.connect() as conn:
        contents = read_contents(conn)
    if contents.revision is not None and contents.revision == _scripted_revisions()[1]:
        return State.CURRENT  # the usual case, without importing Alembic
    state = judge(contents, backup_file or engine.url)
    if state is State.NEW:
        _create(engine, contents.tables)
        log.info("created a new database at %s", engine.url)
    elif state is State.OLDER:
        assert contents.revision is not None  # an older database is stamped
        _upgrade(engine, contents.revision, backup_file)
    return state


def _create(engine: Engine, leftovers: frozenset[str]) -> None:
    """The tables and the stamp in one transaction (SQLite's DDL is transactional), after
    dropping the empty tables of an unfinished creation."""
    with engine.begin() as conn:
        create_in(conn, leftovers)


def create_in(conn: Connection, leftovers: frozenset[str] = frozenset()) -> None:
    """The tables and the stamp, in the transaction of ``conn``."""
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    metadata.drop_all(conn, tables=[metadata.tables[n] for n in leftovers
                                    if n in metadata.tables])
    if "alembic_version" in leftovers:
        conn.exec_driver_sql("DROP TABLE alembic_version")
    metadata.create_all(conn)
    MigrationContext.configure(conn).stamp(ScriptDirectory(str(MIGRATIONS)), "head")


def _upgrade(engine: Engine, revision: str, backup_file: Path | None) -> None:
    from alembic import command

    from coachdesk.storage.backup import backup_path, backup_sqlite

    if backup_file is not None:
        saved = backup_sqlite(backup_file, backup_path(backup_file, f"before-{revision}"))
        log.info("backed up %s to %s before upgrading", backup_file, saved)
    command.upgrade(alembic_config(engine), "head")
    log.info("upgraded %s from %s to head", engine.url, revision)
