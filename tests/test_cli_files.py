"""Files in awkward places, from the command line: a real read-only folder, a real full
disk, a folder given for a file, an empty, older or foreign file. Every failure ends in
one clear ``coachdesk: …`` line and a non-zero exit, never a traceback; commands that only
read change nothing and never make a database; a failed copy leaves nothing that could
pass for one."""

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from coachdesk.cli import main
from coachdesk.domain.schools import SchoolDraft
from coachdesk.services import Desk
from coachdesk.storage.backup import list_backups
from tests.reports.test_imports import write_xlsx
from tests.window_process import ROOT, environment

SCHOOLS = [["Nimi", "Kieli"], ["Myyrmäen koulu", "suomi"]]
PERIOD = ["--from", "2026-08-01", "--to", "2027-07-31"]
OLD_FILE = Path(__file__).parent / "storage" / "fixtures" / "schema-0001.sqlite3"


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def refused(capsys, *argv) -> str:
    """Runs a command that must fail; returns its one message."""
    code, _, err = run(capsys, *argv)
    assert code != 0, argv
    assert err.startswith("coachdesk: ") and "Traceback" not in err, err
    return err


def make_desk(path: Path) -> Path:
    with Desk.open(path) as desk:
        desk.schools.add(SchoolDraft(name="Korson koulu"))
    return path


def listing(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


# -- a read-only folder ---------------------------------------------------------------------

def test_reading_commands_read_a_file_in_a_read_only_folder(read_only_dir, tmp_path, capsys):
    db = make_desk(read_only_dir.path / "coachdesk.sqlite3")
    read_only_dir.seal()
    code, _, err = run(capsys, "report", "school", "--db", db, "--school", "Korson koulu",
                       *PERIOD, "--out", tmp_path / "korso.xlsx")
    assert code == 0, err
    # A Finnish school's report, in Finnish: its first sheet names the school.
    assert openpyxl.load_workbook(tmp_path / "korso.xlsx").worksheets[0]["A1"].value == \
        "Korson koulu"
    code, out, err = run(capsys, "check", "--db", db)
    assert (code, out.strip()) == (0, f"ok: {db} is whole"), err
    code, _, err = run(capsys, "backup", "--db", db, "--to", tmp_path / "copy.sqlite3")
    assert code == 0, err
    code, _, err = run(capsys, "restore", "--db", tmp_path / "restored.sqlite3", "--from", db)
    assert code == 0, err
    with Desk.open_for_reading(tmp_path / "restored.sqlite3") as desk:
        assert [name for _, name in desk.schools.choices()] == ["Korson koulu"]


def test_writing_commands_in_a_read_only_folder_say_it_is_read_only(read_only_dir, tmp_path,
                                                                    capsys):
    db = make_desk(read_only_dir.path / "coachdesk.sqlite3")
    backup = make_desk(tmp_path / "backup.sqlite3")
    read_only_dir.seal()
    before = listing(read_only_dir.path)
    schools = write_xlsx(tmp_path / "koulut.xlsx", SCHOOLS)
    for argv in (["import", "schools", schools, "--db", db],
                 ["backup", "--db", db],  # into the backups folder beside it
                 ["restore", "--db", db, "--from", backup],
                 ["demo-data", "--db", db],
                 ["calendar", "--db", db, "--tutor", "Maija", *PERIOD, "--out",
                  tmp_path / "maija.ics"]):
        assert "read-only" in refused(capsys, *argv), argv
    assert listing(read_only_dir.path) == before


def test_a_file_copied_while_open_is_read_with_its_wal_from_a_read_only_folder(
        read_only_dir, db_path, tmp_path, capsys):
    """Copied with its -wal while CoachDesk had it open (the last change is only in the
    -wal): read there, and restored from there, with that change."""
    desk = Desk.open(db_path)
    try:
        desk.schools.add(SchoolDraft(name="Kyrkoby skola"))
        for name in (db_path.name, db_path.name + "-wal"):
            shutil.copyfile(db_path.with_name(name), read_only_dir.path / name)
    finally:
        desk.close()
    copy = read_only_dir.path / db_path.name
    read_only_dir.seal()
    code, out, err = run(capsys, "check", "--db", copy)
    assert (code, out.strip()) == (0, f"ok: {copy} is whole"), err
    code, _, err = run(capsys, "report", "school", "--db", copy, "--school", "Kyrkoby skola",
                       *PERIOD, "--out", tmp_path / "kyrkoby.xlsx")
    assert code == 0, err
    restored = tmp_path / "restored.sqlite3"
    code, _, err = run(capsys, "restore", "--db", restored, "--from", copy)
    assert code == 0, err
    with Desk.open_for_reading(restored) as desk:
        assert [name for _, name in desk.schools.choices()] == ["Kyrkoby skola"]


# -- a full disk ----------------------------------------------------------------------------

def test_commands_on_a_full_disk_say_the_disk_is_full(full_disk_dir, tmp_path, capsys):
    db = make_desk(full_disk_dir.path / "coachdesk.sqlite3")
    other = make_desk(tmp_path / "other.sqlite3")
    full_disk_dir.fill()
    schools = write_xlsx(tmp_path / "koulut.xlsx", SCHOOLS)
    for argv in (["import", "schools", schools, "--db", db],
                 ["backup", "--db", db],
                 ["backup", "--db", other, "--to", full_disk_dir.path / "copy.sqlite3"]):
        assert "is full" in refused(capsys, *argv), argv
    full_disk_dir.free()
    # Nothing that could pass for a copy (no empty or half-written backup), no lock left.
    assert list_backups(db) == []
    assert sorted(p.name for p in full_disk_dir.path.rglob("*")
                  if p.is_file() and not p.name.startswith(db.name)) == []
    with Desk.open_for_reading(db) as desk:
        assert [name for _, name in desk.schools.choices()] == ["Korson koulu"]


def test_a_report_to_a_full_disk_is_said_once(full_disk_dir, tmp_path):
    """In its own process: the complaint of a half-written workbook being cleaned up
    ("Exception ignored … I/O operation on closed file") comes as the process ends."""
    db = make_desk(tmp_path / "coachdesk.sqlite3")
    full_disk_dir.fill()
    done = subprocess.run(
        [sys.executable, "-m", "coachdesk", "report", "summary", "--db", str(db), *PERIOD,
         "--out", str(full_disk_dir.path / "summary.xlsx")],
        capture_output=True, text=True, env=environment(), cwd=ROOT, timeout=120)
    assert done.returncode == 2
    assert done.stderr.startswith("coachdesk: Cannot save")
    assert "No space left" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert [p.name for p in full_disk_dir.path.iterdir()
            if not p.name.startswith(".filler")] == []


def test_a_failed_daily_copy_leaves_nothing_that_counts_as_todays(db_path, full_disk_dir):
    make_desk(db_path)  # a new file gets no copy
    (db_path.parent / "backups").symlink_to(full_disk_dir.path)
    full_disk_dir.fill()
    Desk.open(db_path).close()  # today's copy fails: logged, and the file opens
    assert list_backups(db_path) == []
    full_disk_dir.free()
    Desk.open(db_path).close()
    [daily] = list_backups(db_path)
    assert daily.label == "daily" and daily.size > 0


# -- files that are not what the command wants ---------------------------------------------

def test_a_folder_given_for_the_database_is_said(tmp_path, capsys):
    for argv in (["check", "--db", tmp_path],
                 ["report", "devices", "--db", tmp_path, "--out", tmp_path / "d.xlsx"],
                 ["backup", "--db", tmp_path]):
        assert "folder" in refused(capsys, *argv), argv


def test_reading_commands_leave_nothing_beside_the_file(tmp_path, capsys):
    db = make_desk(tmp_path / "desk" / "coachdesk.sqlite3")
    before = sorted(p.name for p in db.parent.iterdir())
    assert run(capsys, "check", "--db", db)[0] == 0
    assert run(capsys, "report", "devices", "--db", db, "--out", tmp_path / "d.xlsx")[0] == 0
    assert run(capsys, "import", "schools", write_xlsx(tmp_path / "k.xlsx", SCHOOLS),
               "--db", db, "--dry-run")[0] == 0
    assert sorted(p.name for p in db.parent.iterdir()) == before  # no -wal, -shm, backups


@pytest.mark.parametrize("content", ["empty", "older"])
def test_reading_commands_never_make_or_upgrade_a_database(tmp_path, capsys, content):
    db = tmp_path / "coachdesk.sqlite3"
    if content == "empty":
        db.touch()
    else:
        shutil.copyfile(OLD_FILE, db)
    before = listing(tmp_path)
    for argv in (["report", "devices", "--db", db, "--out", tmp_path / "d.xlsx"],
                 ["calendar", "--db", db, "--tutor", "Maija", *PERIOD, "--out",
                  tmp_path / "maija.ics"],
                 ["import", "schools", write_xlsx(tmp_path / "k.xlsx", SCHOOLS), "--db", db,
                  "--dry-run"]):
        message = refused(capsys, *argv)
        assert ("not a CoachDesk database yet" if content == "empty"
                else "older version of CoachDesk") in message, argv
    if content == "empty":
        assert "not a database file" in refused(capsys, "check", "--db", db)
    else:
        assert run(capsys, "check", "--db", db)[0] == 0
    assert {k: v for k, v in listing(tmp_path).items() if k != "k.xlsx"} == before


def another_applications_alembic_file(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.executescript("""
        CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY);
        INSERT INTO alembic_version VALUES ('3f2a9c1b7d4e');
        CREATE TABLE invoices (id INTEGER PRIMARY KEY, total NUMERIC);
        INSERT INTO invoices (total) VALUES (120.50);
        CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT);
    """)
    conn.close()
    return path


def test_another_applications_alembic_file_is_not_called_a_newer_coachdesks(tmp_path,
                                                                            capsys):
    db = another_applications_alembic_file(tmp_path / "laskutus.sqlite3")
    before = db.read_bytes()
    for argv in (["report", "devices", "--db", db, "--out", tmp_path / "d.xlsx"],
                 ["check", "--db", db],
                 ["import", "schools", write_xlsx(tmp_path / "k.xlsx", SCHOOLS), "--db", db],
                 ["restore", "--db", tmp_path / "new.sqlite3", "--from", db]):
        message = refused(capsys, *argv)
        assert "not one of CoachDesk's" in message and "newer" not in message, argv
    assert db.read_bytes() == before
    assert not (tmp_path / "new.sqlite3").exists()


def test_a_damaged_file_is_checked_with_a_closing_message(tmp_path, capsys):
    db = make_desk(tmp_path / "coachdesk.sqlite3")
    data = bytearray(db.read_bytes())
    data[4096 * 3:4096 * 3 + 2000] = bytes((i * 37 + 11) % 256 for i in range(2000))
    db.write_bytes(bytes(data))  # a table's page overwritten
    code, _, err = run(capsys, "check", "--db", db)
    assert code == 1
    assert err.strip().splitlines()[-1].startswith("coachdesk: ")
    assert "Restore it from a backup" in err
