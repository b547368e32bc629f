"""Is this file ours, and at which version? Create, upgrade or refuse it.

A new file is built from the models and stamped at head; an older one is backed up next
to itself and upgraded; a newer or foreign one is refused and left untouched.
"""

import logging
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


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def ensure_current(engine: Engine, backup_file: Path | None) -> None:
    user_tables = set(inspect(engine).get_table_names()) - {"alembic_version"}
    revision = current_revision(engine)
    config = alembic_config(engine)
    if revision is None:
        if user_tables:
            raise NotACoachDeskFile(
                tr("{name} is a database, but not one of CoachDesk's. Choose another file, "
                   "or create a new database.").format(name=backup_file or engine.url)
            )
        metadata.create_all(engine)
        command.stamp(config, "head")
        log.info("created a new database at %s", engine.url)
        return
    scripts = ScriptDirectory.from_config(config)
    if revision == scripts.get_current_head():
        return
    if revision not in {s.revision for s in scripts.walk_revisions()}:
        raise NewerSchema(
            tr("This database was written by a newer version of CoachDesk. "
               "Update CoachDesk to open it; the file was not changed.")
        )
    if backup_file is not None:
        saved = backup_sqlite(backup_file, backup_path(backup_file, f"before-{revision}"))
        log.info("backed up %s to %s before upgrading", backup_file, saved)
    command.upgrade(config, "head")
    log.info("upgraded %s from %s to head", engine.url, revision)
