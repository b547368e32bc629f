"""Erasing a person is for good: nothing of them is left in the bytes of the database file,
its journal or CoachDesk's backups, and restoring an older copy does not bring them back.

The checks read the raw bytes of every file in the database's folder (the file, its -wal,
every backup, any temporary file) and look for the person's name and e-mail as UTF-8."""

import os
import shutil
import sqlite3
import subprocess
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine

from coachdesk.cli import main
from coachdesk.domain.calendar import SchoolYearDraft
from coachdesk.domain.recruitment import CandidateDraft, RoundDraft
from coachdesk.domain.schools import TeacherDraft
from coachdesk.domain.tutors import TutorDraft
from coachdesk.domain.visits import VisitDraft
from coachdesk.services import Desk
from coachdesk.services.backups import backup_now, list_backups, restore
from coachdesk.services.privacy import erased_name
from coachdesk.storage import schema
from coachdesk.storage.backup import backups_folder, daily_backup
from tests.drafts import edit

LIISA, LIISA_MAIL = "Liisa Opettaja", "liisa@vantaa.fi"
MAIJA, MAIJA_MAIL = "Maija Meikäläinen", "maija.m@vantaa.fi"  # not ASCII in UTF-8
PEKKA = "Pekka Toinen"
AGREEMENT = {"agreement_start": date(2026, 8, 1), "agreement_end": date(2027, 7, 31)}


def traces(folder: Path, *texts: str) -> dict[str, list[str]]:
    """Which files under ``folder`` hold which of ``texts`` in their raw bytes."""
    found: dict[str, list[str]] = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        hits = [text for text in texts if text.encode("utf-8") in data]
        if hits:
            found[str(path.relative_to(folder))] = hits
    return found


@pytest.fixture
def people(desk, school_id):
    """Liisa (a teacher) and Maija (a tutor) with an audit trail that names them; Pekka,
    who is not erased."""
    desk.school_years.create(SchoolYearDraft(2026))
    liisa = desk.teachers.add(TeacherDraft(name="Liisa O.", email=LIISA_MAIL, school_id=school_id,
                                           notes="Likes robots"))
    edit(desk.teachers, liisa, name=LIISA)  # the change log holds the old and new name
    pekka = desk.teachers.add(TeacherDraft(name=PEKKA, email="pekka@vantaa.fi",
                                           school_id=school_id))
    maija = desk.tutors.add(TutorDraft(name=MAIJA, email=MAIJA_MAIL, home_school_id=school_id,
                                       notes="Tutor note", **AGREEMENT))
    rnd = desk.recruitment.add_round(RoundDraft(name="Tutorhaku 2026", opens=date(2026, 3, 1),
                                                closes=date(2026, 3, 31)))
    desk.recruitment.add_candidate(rnd, CandidateDraft(teacher_id=liisa, motivation="I love ICT"),
                                   on=date(2026, 3, 2))
    desk.visits.book(VisitDraft(school_id, maija, datetime(2026, 9, 8, 9),
                                datetime(2026, 9, 8, 10), notes="Bring the robots"),
                     now=datetime(2026, 9, 1, 8))
    return {"liisa": liisa, "pekka": pekka, "maija": maija, "school": school_id}


@pytest.fixture
def copies(desk, db_path, people, tmp_path):
    """A daily and a manual backup in the backups folder, and a copy the user made
    elsewhere (a USB stick): all taken before the erase."""
    daily = daily_backup(db_path, datetime(2026, 9, 1, 8))
    manual = backup_now(db_path, now=datetime(2026, 9, 2, 8))
    usb = backup_now(db_path, tmp_path / "usb" / "coachdesk-copy.sqlite3")
    assert traces(backups_folder(db_path), LIISA) == {
        daily.name: [LIISA], manual.name: [LIISA]}
    return {"daily": daily, "manual": manual, "usb": usb}


def erased(db_path, teacher_id) -> str:
    with Desk.open(db_path) as desk:
        return desk.teachers.get(teacher_id).name


# -- the bytes ------------------------------------------------------------------------------


def test_nothing_of_an_erased_person_is_left_in_the_file_its_journal_or_the_backups(
        desk, db_path, people, copies):
    folder = db_path.parent
    desk.privacy.erase_teacher(people["liisa"])
    result = desk.privacy.erase_tutor(people["maija"])
    assert result.still_held == []
    assert sorted(result.scrubbed) == sorted([copies["daily"], copies["manual"]])

    # The window still has the file open: its -wal is there, emptied.
    assert Path(f"{db_path}-wal").stat().st_size == 0
    gone = (LIISA, "Liisa O.", LIISA_MAIL, MAIJA, MAIJA_MAIL, "Likes robots", "I love ICT")
    assert traces(folder, *gone) == {}
    # The bytes are really read: the people who were not erased are found everywhere.
    kept = traces(folder, PEKKA)
    assert {db_path.name, f"backups/{copies['daily'].name}",
            f"backups/{copies['manual'].name}"} <= set(kept)
    desk.close()
    assert traces(folder, *gone) == {}
    # The scrubbed backups are whole, private and still restorable copies.
    for backup in list_backups(db_path):
        assert (backup.path.stat().st_mode & 0o777) == 0o600
    assert erased(db_path, people["liisa"]) == erased_name(people["liisa"])


def test_a_backup_from_an_older_schema_is_scrubbed_too(tmp_path):
    """The copy kept before an upgrade holds the person at the old schema."""
    path = tmp_path / "desk" / "coachdesk.sqlite3"
    path.parent.mkdir()
    engine = create_engine(f"sqlite:///{path}")
    command.upgrade(schema.alembic_config(engine), "0007")
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO schools (id, name, name_key, kind, language) "
                             "VALUES (1, 'Korson koulu', 'korson koulu', 'primary', 'fi')")
        conn.exec_driver_sql("INSERT INTO teachers (id, name, email, school_id, search_key) "
                             f"VALUES (1, '{LIISA}', '{LIISA_MAIL}', 1, 'liisa opettaja')")
    engine.dispose()
    with Desk.open(path) as desk:  # upgraded after a copy "before-0007"; today's copy
        backups = {b.label: b.path for b in list_backups(path)}
        assert set(backups) == {"before-0007", "daily"}
        assert traces(backups_folder(path), LIISA)
        result = desk.privacy.erase_teacher(1)
    assert sorted(result.scrubbed) == sorted(backups.values()) and result.still_held == []
    assert traces(path.parent, LIISA, LIISA_MAIL) == {}
    restore(path, backups["before-0007"])
    assert erased(path, 1) == erased_name(1)


def test_a_copy_left_half_scrubbed_by_a_killed_coachdesk_is_removed(desk, db_path, people,
                                                                    copies):
    """A scrub killed midway leaves its temporary copy (which held the person) behind."""
    leftover = backups_folder(db_path) / f".{copies['daily'].name}.k3x9.scrubbing"
    shutil.copyfile(copies["daily"], leftover)
    Path(f"{leftover}-wal").write_bytes(LIISA.encode())
    desk.privacy.erase_teacher(people["liisa"])
    assert traces(db_path.parent, LIISA, LIISA_MAIL) == {}
    assert sorted(p.name for p in backups_folder(db_path).iterdir()) == sorted(
        [copies["daily"].name, copies["manual"].name])


# -- restoring ------------------------------------------------------------------------------


def test_restoring_a_copy_from_before_the_erase_does_not_bring_the_person_back(
        desk, db_path, people, copies):
    desk.privacy.erase_teacher(people["liisa"])
    desk.close()
    # A copy CoachDesk could not reach: it still holds Liisa, as the dialog says.
    assert traces(copies["usb"].parent, LIISA)
    restore(db_path, copies["usb"])
    assert traces(db_path.parent, LIISA, LIISA_MAIL, "I love ICT") == {}
    with Desk.open(db_path) as again:
        assert again.teachers.get(people["liisa"]).name == erased_name(people["liisa"])
        assert again.teachers.get(people["pekka"]).name == PEKKA
        assert again.tutors.get(people["maija"]).name == MAIJA  # not erased: still there
    assert traces(copies["usb"].parent, LIISA)  # the chosen copy itself is left as it was


def test_the_erase_survives_a_restore_from_the_command_line(desk, db_path, people, copies,
                                                            capsys):
    desk.privacy.erase_tutor(people["maija"])
    desk.close()
    assert main(["restore", "--db", str(db_path), "--from", str(copies["usb"])]) == 0
    assert "Restored" in capsys.readouterr().out
    assert traces(db_path.parent, MAIJA, MAIJA_MAIL) == {}
    with Desk.open(db_path) as again:
        assert again.tutors.get(people["maija"]).name == erased_name(people["maija"])
        assert again.teachers.get(people["liisa"]).name == LIISA


def test_restoring_a_copy_from_before_the_person_existed_leaves_their_id_to_someone_new(
        db_path, school_id, desk, tmp_path):
    """The erasure goes with the restored file: a teacher added later under the same id
    (SQLite reuses it) is not taken for the erased one when a newer copy is restored."""
    early = backup_now(db_path, tmp_path / "early.sqlite3")
    liisa = desk.teachers.add(TeacherDraft(name=LIISA, email=LIISA_MAIL, school_id=school_id))
    desk.privacy.erase_teacher(liisa)
    desk.close()
    restore(db_path, early)
    with Desk.open(db_path) as again:
        ville = again.teachers.add(TeacherDraft(name="Ville Uusi", school_id=school_id))
    assert ville == liisa
    later = backup_now(db_path, tmp_path / "later.sqlite3")
    restore(db_path, later)
    assert erased(db_path, ville) == "Ville Uusi"


# -- when a backup cannot be scrubbed ---------------------------------------------------------


def _run(*command: str) -> subprocess.CompletedProcess:
    return subprocess.run(command, capture_output=True, text=True)


@contextmanager
def tmpfs(folder: Path, size: str):
    """A real small file system mounted on ``folder`` (which must be empty)."""
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    folder.mkdir(parents=True, exist_ok=True)
    mounted = _run("mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs",
                   str(folder))
    if mounted.returncode:
        pytest.skip(f"a tmpfs cannot be mounted here: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        _run("umount", "-l", str(folder))


@contextmanager
def read_only(folder: Path):
    """The folder becomes truly read-only (a tmpfs remounted ro; chmod when not root)."""
    if os.geteuid() == 0:
        assert _run("mount", "-o", "remount,ro", str(folder)).returncode == 0
        try:
            yield
        finally:
            _run("mount", "-o", "remount,rw", str(folder))
    else:
        folder.chmod(0o500)
        try:
            yield
        finally:
            folder.chmod(0o700)


def fill(folder: Path) -> Path:
    """Fill the file system of ``folder`` to the last byte."""
    filler = folder / "filler"
    with filler.open("wb") as f:
        try:
            while True:
                f.write(b"\0" * 65536)
                f.flush()
        except OSError:
            pass
    return filler


@pytest.fixture
def mounted_backups(db_path, desk, people):
    """The backups folder is its own small file system, holding two copies of Liisa."""
    with tmpfs(backups_folder(db_path), "4m") as folder:
        daily = daily_backup(db_path, datetime(2026, 9, 1, 8))
        manual = backup_now(db_path, now=datetime(2026, 9, 2, 8))
        yield folder, [daily, manual]


def test_a_read_only_backups_folder_is_named_and_never_called_scrubbed(
        desk, db_path, people, mounted_backups):
    folder, backups = mounted_backups
    with read_only(folder):
        result = desk.privacy.erase_teacher(people["liisa"])
        assert result.scrubbed == []
        assert sorted(path for path, _ in result.still_held) == sorted(backups)
        assert all("read-only" in why for _, why in result.still_held)
        # Told the truth: the database no longer holds her, those copies still do.
        assert set(traces(db_path.parent, LIISA)) == {f"backups/{b.name}" for b in backups}
    # Once the folder can be written again, erasing again finishes the work.
    result = desk.privacy.erase_teacher(people["liisa"])
    assert result.still_held == [] and sorted(result.scrubbed) == sorted(backups)
    assert traces(db_path.parent, LIISA, LIISA_MAIL) == {}


def test_a_full_disk_leaves_the_backups_whole_and_named(desk, db_path, people,
                                                        mounted_backups):
    folder, backups = mounted_backups
    filler = fill(folder)
    result = desk.privacy.erase_teacher(people["liisa"])
    assert sorted(path for path, _ in result.still_held) == sorted(backups)
    assert all("disk is full" in why for _, why in result.still_held)
    assert sorted(folder.iterdir()) == sorted([*backups, filler])  # nothing half-written
    assert set(traces(db_path.parent, LIISA)) == {f"backups/{b.name}" for b in backups}
    for backup in backups:  # still whole copies
        conn = sqlite3.connect(f"{backup.as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert conn.execute("SELECT name FROM teachers WHERE id = ?",
                                (people["liisa"],)).fetchall() == [(LIISA,)]
        finally:
            conn.close()
    filler.unlink()
    assert desk.privacy.erase_teacher(people["liisa"]).still_held == []
    assert traces(db_path.parent, LIISA, LIISA_MAIL) == {}
