"""A read-only file or folder and a full disk: a clear message, nothing half-written."""

import pytest
from sqlalchemy import event

from coachdesk.domain.schools import SchoolDraft
from coachdesk.services import Desk
from coachdesk.storage import database
from coachdesk.storage.errors import DiskFull, ReadOnly


def test_a_read_only_file_is_refused_with_a_way_out(db_path, monkeypatch):
    Desk.open(db_path).close()
    before = db_path.read_bytes()
    # Tests may run as root, whom chmod does not stop: ask os.access the way a user's
    # system would answer for a file without write permission.
    monkeypatch.setattr(database.os, "access", lambda p, mode: str(p) != str(db_path))
    with pytest.raises(ReadOnly, match="read-only. Copy it to a folder of your own"):
        Desk.open(db_path)
    assert db_path.read_bytes() == before


def test_a_read_only_folder_is_refused_before_anything_is_made(tmp_path, monkeypatch):
    target = tmp_path / "shared" / "coachdesk.sqlite3"
    monkeypatch.setattr(database.os, "access", lambda p, mode: False)
    with pytest.raises(ReadOnly):
        Desk.open(target)
    assert not target.exists()


def test_a_full_disk_saves_nothing_and_says_so(desk):
    desk.schools.add(SchoolDraft(name="Korson koulu"))

    # SQLite answers "database or disk is full" once the file may not grow any more.
    @event.listens_for(desk.db.engine, "connect")
    def tiny(dbapi_connection, _record):
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    desk.db.engine.dispose()
    saved = 0
    with pytest.raises(DiskFull, match="The disk is full, so nothing was saved"):
        for n in range(2_000):
            desk.schools.add(SchoolDraft(name=f"Koulu {n:04d}", notes="x" * 2_000))
            saved += 1
    event.remove(desk.db.engine, "connect", tiny)
    desk.db.engine.dispose()
    names = [name for _, name in desk.schools.choices()]
    # Exactly the acknowledged schools: the refused one left no trace.
    assert names == ["Korson koulu"] + [f"Koulu {n:04d}" for n in range(saved)]
