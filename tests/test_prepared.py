"""The databases the tests copy (tests/prepared.py) are what Desk.open makes of a new file."""

import sqlite3
import stat

from coachdesk.services import Desk
from coachdesk.storage.backup import backups_folder
from coachdesk.storage.schema import head_revision, read_contents


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def schema_and_rows(path) -> tuple[list[tuple], dict[str, int]]:
    conn = sqlite3.connect(path)
    try:
        schema = conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
        tables = [name for kind, name, _ in schema if kind == "table"]
        rows = {name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
                for name in tables}
    finally:
        conn.close()
    return schema, rows


def test_the_desk_is_a_new_private_file_at_the_newest_schema(desk, db_path):
    assert desk.path == db_path.resolve()
    assert mode(db_path.parent) == 0o700 and mode(db_path) == 0o600
    with desk.db.engine.connect() as conn:
        assert read_contents(conn).revision == head_revision()
    assert not backups_folder(db_path).exists()  # a new file has no backup of the day yet
    with desk.db.reading() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_the_copy_holds_what_desk_open_creates(desk, db_path, tmp_path):
    desk.close()
    Desk.open(tmp_path / "fresh.sqlite3").close()
    assert schema_and_rows(db_path) == schema_and_rows(tmp_path / "fresh.sqlite3")
