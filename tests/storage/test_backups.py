"""Backups: a daily copy on opening, rotation, integrity checks and restoring."""

import sqlite3
import stat
from datetime import datetime, timedelta

import pytest

from coachdesk.domain.schools import SchoolDraft
from coachdesk.services import Desk
from coachdesk.storage.backup import (
    backup_path,
    backup_sqlite,
    backups_folder,
    check_file,
    daily_backup,
    list_backups,
    restore_file,
    rotate,
)
from coachdesk.storage.errors import DatabaseProblem


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def made(db_path):
    with Desk.open(db_path) as desk:
        desk.schools.add(SchoolDraft(name="Korson koulu"))
    return db_path


def school_names(path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM schools ORDER BY name")]
    finally:
        conn.close()


def test_opening_an_existing_file_makes_one_private_copy_a_day(made):
    Desk.open(made).close()
    Desk.open(made).close()
    daily = [b for b in list_backups(made) if b.label == "daily"]
    assert len(daily) == 1
    assert mode(daily[0].path) == 0o600 and mode(backups_folder(made)) == 0o700
    assert school_names(daily[0].path) == ["Korson koulu"]


def test_a_new_file_gets_no_copy(db_path):
    Desk.open(db_path).close()
    assert list_backups(db_path) == []


def test_another_day_another_copy(made):
    first = datetime(2026, 11, 24, 9)
    assert daily_backup(made, first) is not None
    assert daily_backup(made, first + timedelta(hours=5)) is None
    assert daily_backup(made, first + timedelta(days=1)) is not None


def test_rotation_keeps_ten_days_and_six_months(made):
    start = datetime(2026, 1, 1, 8)
    for day in range(0, 330, 3):  # a copy every third day for eleven months
        backup_sqlite(made, backup_path(made, "daily", start + timedelta(days=day)))
    backup_sqlite(made, backup_path(made, "manual", start))
    rotate(made)
    daily = [b for b in list_backups(made) if b.label == "daily"]
    newest_ten = sorted((start + timedelta(days=d) for d in range(0, 330, 3)), reverse=True)[:10]
    kept = {b.taken_at for b in daily}
    assert set(newest_ten) <= kept
    months = {(b.taken_at.year, b.taken_at.month) for b in daily}
    assert months == {(2026, m) for m in range(6, 12)}  # June to November
    # The newest ten reach back to late October; June to September keep one copy each.
    assert len(daily) == 10 + 4
    assert any(b.label == "manual" for b in list_backups(made))  # copies made by hand stay


def test_check_says_ok_for_a_whole_file_and_names_the_damage(made, tmp_path):
    assert check_file(made).ok
    broken = tmp_path / "broken.sqlite3"
    data = bytearray(made.read_bytes())
    data[5000:9000] = b"\x00" * 4000
    broken.write_bytes(bytes(data))
    verdict = check_file(broken)
    assert not verdict.ok and verdict.integrity != ["ok"]
    text = tmp_path / "notes.sqlite3"
    text.write_text("hello")
    with pytest.raises(DatabaseProblem):
        check_file(text)


def test_restore_keeps_a_copy_of_the_current_file_first(made):
    copy = backup_sqlite(made, backup_path(made, "manual", datetime(2026, 1, 1)))
    with Desk.open(made) as desk:
        desk.schools.add(SchoolDraft(name="Kyrkoby skola"))
    kept = restore_file(made, copy)
    assert school_names(made) == ["Korson koulu"]
    assert kept is not None and school_names(kept) == ["Korson koulu", "Kyrkoby skola"]
    assert mode(made) == 0o600
    with Desk.open(made) as desk:  # the application opens the restored file
        assert [name for _, name in desk.schools.choices()] == ["Korson koulu"]


def test_a_damaged_backup_is_not_restored(made, tmp_path):
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(made.read_bytes()[:100] + b"\x00" * 8000)
    before = made.read_bytes()
    with pytest.raises(DatabaseProblem):
        restore_file(made, bad)
    assert made.read_bytes() == before
