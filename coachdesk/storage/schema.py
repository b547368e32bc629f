"""Is this file ours, and at which version? Create, upgrade or refuse it.

A new file is built from the models and stamped at head; an older one is backed up next
to itself and upgraded; a newer or foreign one is refused and left untouched.
"""

import logging
import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from coachdesk.domain.text import tr
from coachdesk.storage.backup import backup_path, backup_sqlite
from coachdesk.storage.errors import NewerSchema, NotACoachDeskFile
from coachdesk.storage.files import looks_like_sqlite
from coachdesk.storage.tables import metadata

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def head_revision() -> str:
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
    if revision is not None and revision not in _known_revisions():
        raise _newer()


def _known_revisions() -> set[str]:
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
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def ensure_current(engine: Engine, backup_file: Path | None) -> None:
    user_tables = set(inspect(engine).get_table_names()) - {"alembic_version"}
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
