"""Is this file ours, and at which version? Create, upgrade or refuse it.

A new file is built from the models and stamped at head; an older one is backed up next
to itself and upgraded; a newer or foreign one is refused and left untouched.
"""

import logging
import re
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from coachdesk.domain.text import tr
from coachdesk.storage.backup import backup_path, backup_sqlite
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


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(MIGRATIONS)).get_current_head()


def refuse_foreign_file(path: Path) -> None:
    """Before SQLite touches it: a file that is not SQLite at all is refused as it is."""
    if not looks_like_sqlite(path):
        raise NotACoachDeskFile(
            tr("{path} is not a CoachDesk database. Choose another file, "
               "or create a new database.").format(path=path)
        )


def refuse_unusable_file(path: Path) -> None:
    """Refuse a foreign or newer file through a read-only connection, before CoachDesk's own
    connection settings (WAL) would rewrite its header. Raises sqlite3 errors as they are.
    """
    refuse_foreign_file(path)
    # Not mode=ro: a read-only connection leaves -wal and -shm files behind. This one only
    # reads, and removes them when it closes.
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True)
    try:
        conn.execute("PRAGMA query_only = ON")
        names = {
            row[0]
            for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if not row[0].startswith("sqlite_")
        }
        revision = None
        if "alembic_version" in names:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
    finally:
        conn.close()
    if revision is None and names - {"alembic_version"}:
        raise _not_ours(path)
    if (revision is not None and revision not in _scripted_revisions()[0]
            and revision not in _known_revisions()):
        raise _newer()


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


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _stored_revision(engine: Engine, tables: set[str]) -> str | None:
    """The revision in alembic_version, read as plain SQL (None if there is none)."""
    if "alembic_version" not in tables:
        return None
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT version_num FROM alembic_version")).all()
    return rows[0][0] if len(rows) == 1 else None


def ensure_current(engine: Engine, backup_file: Path | None) -> None:
    tables = set(inspect(engine).get_table_names())
    user_tables = tables - {"alembic_version"}
    stored = _stored_revision(engine, tables)
    if stored is not None and stored == _scripted_revisions()[1]:
        return  # at the head: the usual case, without importing Alembic
    from alembic import command
    from alembic.script import ScriptDirectory

    revision = current_revision(engine)
    config = alembic_config(engine)
    if revision is None:
        if user_tables:
            raise _not_ours(backup_file or engine.url)
        metadata.create_all(engine)
        command.stamp(config, "head")
        log.info("created a new database at %s", engine.url)
        return
    scripts = ScriptDirectory.from_config(config)
    if revision == scripts.get_current_head():
        return
    if revision not in {s.revision for s in scripts.walk_revisions()}:
        raise _newer()
    if backup_file is not None:
        saved = backup_sqlite(backup_file, backup_path(backup_file, f"before-{revision}"))
        log.info("backed up %s to %s before upgrading", backup_file, saved)
    command.upgrade(config, "head")
    log.info("upgraded %s from %s to head", engine.url, revision)
