"""A new database killed while it is being made: the next opening finishes it.

The tables and their stamp are written in one transaction, so a creation killed at any
moment leaves either nothing of them or all of them; a file that an earlier CoachDesk
left with the tables but neither stamp nor rows is recognised as unfinished and finished.
"""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from coachdesk.domain.schools import SchoolDraft
from coachdesk.services import Desk
from coachdesk.storage import schema
from coachdesk.storage.errors import NotACoachDeskFile
from coachdesk.storage.tables import metadata

ROOT = Path(__file__).resolve().parents[2]
TRIALS = 24

# Imports CoachDesk once, then forks a child per trial that creates a new database and is
# killed (SIGKILL) at a random moment of that creation: cheap enough for many real kills.
# Half of the kills land anywhere; the other half just after the first commit, where
# CoachDesk once had written the tables but not yet their stamp.
DRIVER = r"""
import os, random, signal, sys, time
from pathlib import Path
# Alembic too, so that a child spends its short life making the database, where a kill
# matters, rather than importing.
import alembic.command, alembic.runtime.migration, alembic.script
from coachdesk.services import Desk

folder, trials, seed = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
rng = random.Random(seed)

def create(path):
    pid = os.fork()
    if pid == 0:
        try:
            Desk.open(path).close()
        finally:
            os._exit(0)
    return pid

def first_commit(path, limit):  # until the -wal holds more than its 32-byte header
    wal = path.with_name(path.name + "-wal")
    end = time.monotonic() + limit
    while time.monotonic() < end:
        if wal.exists() and wal.stat().st_size > 32:
            return
        time.sleep(0.0005)

started = time.monotonic()
os.waitpid(create(folder / "whole.sqlite3"), 0)
span = 1.5 * (time.monotonic() - started)  # a creation takes less than this here
for n in range(trials):
    path = folder / f"killed-{n}.sqlite3"
    pid = create(path)
    if n % 2:
        time.sleep(rng.random() * span)  # anywhere in the creation
    else:  # within a few milliseconds after a first commit: where a second one would be
        first_commit(path, span)
        time.sleep(rng.random() * 0.03)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
"""


def tables_and_stamp(path: Path) -> tuple[set[str], list]:
    conn = sqlite3.connect(path)
    try:
        tables = {r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")}
        stamp = (conn.execute("SELECT version_num FROM alembic_version").fetchall()
                 if "alembic_version" in tables else [])
    finally:
        conn.close()
    return tables, stamp


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL")
def test_a_creation_killed_at_any_moment_is_finished_by_the_next_opening(tmp_path):
    seed = int(os.environ.get("COACHDESK_CRASH_SEED", "20261202"))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    done = subprocess.run([sys.executable, "-c", DRIVER, str(tmp_path), str(TRIALS),
                           str(seed)], capture_output=True, text=True, env=env, cwd=ROOT,
                          timeout=600)
    assert done.returncode == 0, done.stderr
    killed = sorted(tmp_path.glob("killed-*.sqlite3"))
    assert killed, "every creation was killed before it made its file"
    for path in killed:
        with Desk.open(path) as desk:  # never "not one of CoachDesk's"
            desk.schools.add(SchoolDraft(name="Korson koulu"))
        tables, stamp = tables_and_stamp(path)
        assert stamp == [(schema.head_revision(),)], path.name
        assert set(metadata.tables) <= tables


def unfinished(path: Path) -> None:
    """Tables without a stamp and without rows, as a creation killed between the two
    transactions of earlier CoachDesks left a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(f"sqlite:///{path}")
    metadata.create_all(engine)
    engine.dispose()


def test_a_file_with_our_tables_but_no_stamp_and_no_rows_is_finished(db_path):
    unfinished(db_path)
    assert tables_and_stamp(db_path)[1] == []
    with Desk.open(db_path) as desk:
        desk.schools.add(SchoolDraft(name="Korson koulu"))
        assert [name for _, name in desk.schools.choices()] == ["Korson koulu"]
    assert tables_and_stamp(db_path)[1] == [(schema.head_revision(),)]


def test_a_file_with_our_tables_and_rows_but_no_stamp_is_still_refused(db_path):
    unfinished(db_path)
    conn = sqlite3.connect(db_path)
    conn.execute("INSERT INTO device_categories (name, loan_days) VALUES ('iPad', 14)")
    conn.commit()
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(NotACoachDeskFile, match="not one of CoachDesk's"):
        Desk.open(db_path)
    assert db_path.read_bytes() == before


def test_another_applications_empty_tables_are_not_taken_for_unfinished(tmp_path):
    path = tmp_path / "recipes.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NotACoachDeskFile, match="not one of CoachDesk's"):
        Desk.open(path)
    assert path.read_bytes() == before
    assert tables_and_stamp(path)[0] == {"recipes"}
