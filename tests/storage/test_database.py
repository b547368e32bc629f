"""The Database on a real SQLite file: connection settings, permissions, transactions."""

import sqlite3
import stat
import time
from datetime import date, datetime

import pytest
from sqlalchemy import func, insert, select, text
from sqlalchemy.exc import IntegrityError

from coachdesk.domain.devices import BorrowerKind, DeviceStatus
from coachdesk.domain.lessons import LessonKind, LessonStatus, PlaceKind
from coachdesk.domain.schools import Language, SchoolKind
from coachdesk.domain.topics import Level
from coachdesk.services import Desk
from coachdesk.storage import database
from coachdesk.storage import tables as t
from coachdesk.storage.database import Database
from coachdesk.storage.errors import DatabaseBusy


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def pragmas(conn) -> dict[str, int | str]:
    return {
        name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
        for name in ("foreign_keys", "journal_mode", "busy_timeout", "synchronous",
                     "secure_delete")
    }


EXPECTED = {
    "foreign_keys": 1,
    "journal_mode": "wal",
    "busy_timeout": database.BUSY_TIMEOUT_MS,
    "synchronous": 2,  # FULL
    "secure_delete": 1,  # deleted content is overwritten: an erased name is really gone
}


def school_count(db: Database) -> int:
    with db.reading() as conn:
        return conn.scalar(select(func.count()).select_from(t.schools))


def add_school_row(session, name: str) -> int:
    return session.execute(
        insert(t.schools).values(
            name=name, name_key=name.casefold(), kind=SchoolKind.PRIMARY,
            language=Language.FINNISH,
        )
    ).inserted_primary_key[0]


# --- connection settings ---------------------------------------------------------------


def test_pragmas_are_set_on_every_pooled_connection(desk):
    engine = desk.db.engine
    # Two connections open at once: the pool has to make a second one.
    with engine.connect() as first, engine.connect() as second:
        assert pragmas(first) == EXPECTED
        assert pragmas(second) == EXPECTED


def test_pragmas_are_set_on_connections_made_after_dispose(desk):
    desk.db.engine.dispose()
    with desk.db.reading() as conn:
        assert pragmas(conn) == EXPECTED


def test_transactions_run_with_the_pragmas(desk):
    with desk.db.transaction() as session:
        assert pragmas(session.connection()) == EXPECTED


def test_busy_timeout_follows_the_setting(db_path, monkeypatch):
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 1234)
    with Desk.open(db_path) as d, d.db.reading() as conn:
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 1234


def test_deleted_content_is_overwritten_whatever_sqlite_was_built_with(db_path):
    """Debian builds SQLite with secure delete on, most others do not: without the pragma
    an erased name stays in the file's freed pages."""
    db_path.parent.mkdir()
    raw = sqlite3.connect(db_path)
    try:
        raw.execute("PRAGMA secure_delete = OFF")  # as a default build of SQLite has it
        database._sqlite_on_connect(raw, None)
        assert raw.execute("PRAGMA secure_delete").fetchone()[0] == 1
    finally:
        raw.close()


def test_the_file_stays_in_wal_mode_for_other_programs(desk, db_path):
    desk.close()
    other = sqlite3.connect(db_path)
    try:
        assert other.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        other.close()


# --- permissions -----------------------------------------------------------------------


def test_new_file_is_private_and_new_folder_is_private(db_path):
    assert not db_path.parent.exists()
    with Desk.open(db_path) as d:
        d.schools.add(name="Korson koulu")  # writes the -wal file too
        assert mode(db_path.parent) == 0o700
        assert mode(db_path) == 0o600
        wal = db_path.with_name(db_path.name + "-wal")
        assert wal.exists()
        assert mode(wal) == 0o600


def test_existing_folder_is_left_as_it_is(tmp_path):
    folder = tmp_path / "shared"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    with Desk.open(folder / "coachdesk.sqlite3"):
        pass
    assert mode(folder) == 0o755
    assert mode(folder / "coachdesk.sqlite3") == 0o600


def test_existing_database_readable_by_others_is_tightened(db_path):
    Desk.open(db_path).close()
    db_path.chmod(0o644)
    Desk.open(db_path).close()
    assert mode(db_path) == 0o600


# --- transactions ----------------------------------------------------------------------


def test_transaction_that_raises_rolls_back_everything(desk):
    with pytest.raises(RuntimeError), desk.db.transaction() as session:
        add_school_row(session, "Ankkurin koulu")
        add_school_row(session, "Brahenkoulu")
        session.flush()
        assert session.scalar(select(func.count()).select_from(t.schools)) == 2
        raise RuntimeError("boom")
    assert school_count(desk.db) == 0


def test_transaction_that_breaks_a_constraint_keeps_nothing_of_it(desk):
    with pytest.raises(IntegrityError), desk.db.transaction() as session:
        add_school_row(session, "Ankkurin koulu")
        add_school_row(session, "Ankkurin koulu")  # name_key is unique
    assert school_count(desk.db) == 0


def test_transaction_that_ends_normally_is_committed(desk, db_path):
    with desk.db.transaction() as session:
        add_school_row(session, "Ankkurin koulu")
    other = sqlite3.connect(db_path)  # seen by another program: really committed
    try:
        assert other.execute("SELECT name FROM schools").fetchall() == [("Ankkurin koulu",)]
    finally:
        other.close()


# --- constraints -----------------------------------------------------------------------


@pytest.fixture
def rows(desk):
    """One school, teacher, tutor and device, inserted directly."""
    with desk.db.transaction() as s:
        school = add_school_row(s, "Korson koulu")
        teacher = s.execute(
            insert(t.teachers).values(name="Maija", school_id=school)
        ).inserted_primary_key[0]
        tutor = s.execute(
            insert(t.tutors).values(
                name="Tuuli", home_school_id=school, kind="school", status="appointed"
            )
        ).inserted_primary_key[0]
        device = s.execute(
            insert(t.devices).values(
                asset_tag="IPAD-1", category="iPad", status=DeviceStatus.AVAILABLE
            )
        ).inserted_primary_key[0]
    return {"school": school, "teacher": teacher, "tutor": tutor, "device": device}


def add_loan(desk, rows, **borrowers):
    with desk.db.transaction() as s:
        s.execute(
            insert(t.loans).values(
                device_id=rows["device"],
                borrower_kind=BorrowerKind.TEACHER,
                out_on=date(2026, 9, 1),
                due_on=borrowers.pop("due_on", date(2026, 9, 30)),
                **borrowers,
            )
        )


def loan_count(desk) -> int:
    with desk.db.reading() as conn:
        return conn.scalar(select(func.count()).select_from(t.loans))


def test_a_loan_with_one_borrower_is_accepted(desk, rows):
    add_loan(desk, rows, teacher_id=rows["teacher"])
    assert loan_count(desk) == 1


def test_a_loan_with_two_borrowers_is_refused(desk, rows):
    with pytest.raises(IntegrityError, match="ck_loans_one_borrower"):
        add_loan(desk, rows, teacher_id=rows["teacher"], school_id=rows["school"])
    assert loan_count(desk) == 0


def test_a_loan_with_no_borrower_is_refused(desk, rows):
    with pytest.raises(IntegrityError, match="ck_loans_one_borrower"):
        add_loan(desk, rows)


def test_a_loan_due_before_it_goes_out_is_refused(desk, rows):
    with pytest.raises(IntegrityError, match="ck_loans_due_order"):
        add_loan(desk, rows, teacher_id=rows["teacher"], due_on=date(2026, 8, 1))


def lesson(starts_at: datetime, ends_at: datetime) -> dict:
    return dict(
        title="Padlet", level=Level.BASIC, kind=LessonKind.TRAINING,
        place_kind=PlaceKind.ONLINE, status=LessonStatus.PLANNED,
        starts_at=starts_at, ends_at=ends_at,
    )


def test_a_lesson_ending_before_it_starts_is_refused(desk):
    with pytest.raises(IntegrityError, match="ck_lessons_order"), desk.db.transaction() as s:
        s.execute(insert(t.lessons).values(
            **lesson(datetime(2026, 9, 1, 14), datetime(2026, 9, 1, 13))
        ))


def test_a_lesson_in_the_right_order_is_accepted(desk):
    with desk.db.transaction() as s:
        s.execute(insert(t.lessons).values(
            **lesson(datetime(2026, 9, 1, 13), datetime(2026, 9, 1, 14))
        ))


def test_a_teacher_of_a_missing_school_is_refused(desk):
    with pytest.raises(IntegrityError, match="FOREIGN KEY"), desk.db.transaction() as s:
        s.execute(insert(t.teachers).values(name="Maija", school_id=999))


def test_a_school_with_teachers_cannot_be_deleted(desk, rows):
    with pytest.raises(IntegrityError, match="FOREIGN KEY"), desk.db.transaction() as s:
        s.execute(t.schools.delete().where(t.schools.c.id == rows["school"]))
    assert school_count(desk.db) == 1


def test_deleting_a_lesson_deletes_its_enrollments(desk, rows):
    with desk.db.transaction() as s:
        lesson_id = s.execute(insert(t.lessons).values(
            **lesson(datetime(2026, 9, 1, 13), datetime(2026, 9, 1, 14))
        )).inserted_primary_key[0]
        s.execute(insert(t.enrollments).values(
            lesson_id=lesson_id, teacher_id=rows["teacher"],
            enrolled_at=datetime(2026, 8, 20), status="enrolled",
        ))
    with desk.db.transaction() as s:
        s.execute(t.lessons.delete())
    with desk.db.reading() as conn:
        assert conn.scalar(select(func.count()).select_from(t.enrollments)) == 0


# --- a locked database -----------------------------------------------------------------


@pytest.fixture
def short_busy_desk(db_path, monkeypatch):
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 200)
    d = Desk.open(db_path)
    yield d
    d.close()


@pytest.fixture
def write_lock(db_path, short_busy_desk):
    """Another program holds the write lock until the test ends."""
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO schools (name, name_key, kind, language) "
                  "VALUES ('Lukko', 'lukko', 'primary', 'fi')")
    yield other
    other.rollback()
    other.close()


def test_writing_while_another_program_writes_is_busy(short_busy_desk, write_lock):
    started = time.monotonic()
    with pytest.raises(DatabaseBusy) as caught:
        short_busy_desk.schools.add(name="Korson koulu")
    assert time.monotonic() - started < 3  # the short timeout, not the default 5 s
    message = str(caught.value)
    assert "busy" in message
    assert "try again" in message
    assert "Traceback" not in message and "sqlite" not in message.lower()


def test_busy_transaction_leaves_nothing_and_works_once_free(short_busy_desk, write_lock):
    with pytest.raises(DatabaseBusy), short_busy_desk.db.transaction() as s:
        s.execute(text("DELETE FROM schools"))
    write_lock.rollback()
    school = short_busy_desk.schools.add(name="Korson koulu")
    assert short_busy_desk.schools.choices() == [(school, "Korson koulu")]


def test_reading_while_another_program_writes_is_not_blocked(short_busy_desk, write_lock):
    # WAL: readers see the last commit and do not wait for the writer.
    assert short_busy_desk.schools.choices() == []

