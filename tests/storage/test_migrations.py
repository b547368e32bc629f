"""Create, upgrade or refuse a file: Alembic migrations on real SQLite files."""

import shutil
import sqlite3
import stat
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from coachdesk.domain.schools import SchoolDraft
from coachdesk.services import Desk
from coachdesk.storage import schema
from coachdesk.storage.errors import (
    DatabaseDamaged,
    DatabaseProblem,
    NewerSchema,
    NotACoachDeskFile,
)
from coachdesk.storage.tables import metadata


def revision_of(path: Path) -> str | None:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()


def backups(path: Path, label: str = "before-") -> list[Path]:
    """Copies made before an upgrade (daily copies are counted elsewhere)."""
    folder = path.parent / "backups"
    return sorted(folder.glob(f"{path.stem}-*-{label}*{path.suffix}"))


def folder_state(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file in the folder with its bytes and permissions."""
    return {
        p.name: (p.read_bytes(), stat.S_IMODE(p.stat().st_mode))
        for p in sorted(folder.iterdir())
    }


def migrated_engine(path: Path):
    """An engine on a file built only by running the migrations from empty."""
    engine = create_engine(f"sqlite:///{path}")
    command.upgrade(schema.alembic_config(engine), "head")
    return engine


def new_desk_file(path: Path) -> None:
    with Desk.open(path) as d:
        d.schools.add(SchoolDraft(name="Korson koulu"))


# --- a new file ------------------------------------------------------------------------


def test_new_file_is_created_and_stamped_at_head(db_path):
    assert not db_path.exists()
    with Desk.open(db_path):
        pass
    assert revision_of(db_path) == schema.head_revision()
    assert schema.head_revision() is not None


def test_empty_existing_file_is_treated_as_new(db_path):
    db_path.parent.mkdir()
    db_path.touch()
    with Desk.open(db_path) as d:
        d.schools.add(SchoolDraft(name="Korson koulu"))
    assert revision_of(db_path) == schema.head_revision()


def test_migrations_from_empty_match_the_tables(tmp_path):
    engine = migrated_engine(tmp_path / "migrated.sqlite3")
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            assert compare_metadata(context, metadata) == []
            assert context.get_current_revision() == schema.head_revision()
    finally:
        engine.dispose()


def describe(engine) -> dict:
    """What compare_metadata leaves out as well: CHECK constraints, defaults, names."""
    insp = inspect(engine)
    result = {}
    for name in insp.get_table_names():
        result[name] = {
            "columns": [
                (c["name"], str(c["type"]), c["nullable"], c.get("default"))
                for c in insp.get_columns(name)
            ],
            "pk": insp.get_pk_constraint(name)["constrained_columns"],
            "fks": sorted(
                (fk["name"], tuple(fk["constrained_columns"]), fk["referred_table"],
                 (fk.get("options") or {}).get("ondelete"))
                for fk in insp.get_foreign_keys(name)
            ),
            "indexes": sorted(
                (ix["name"], tuple(ix["column_names"]), bool(ix["unique"]))
                for ix in insp.get_indexes(name)
            ),
            "uniques": sorted(
                tuple(u["column_names"]) for u in insp.get_unique_constraints(name)
            ),
            "checks": sorted(
                (ck["name"], " ".join(ck["sqltext"].split()))
                for ck in insp.get_check_constraints(name)
            ),
        }
    return result


def test_a_new_file_and_a_migrated_file_have_the_same_schema(tmp_path):
    new_desk_file(tmp_path / "new.sqlite3")
    created = create_engine(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    migrated = migrated_engine(tmp_path / "migrated.sqlite3")
    try:
        created_schema, migrated_schema = describe(created), describe(migrated)
        assert created_schema.keys() == migrated_schema.keys()
        for table in created_schema:
            assert created_schema[table] == migrated_schema[table], table
        assert created_schema["loans"]["checks"]  # the comparison saw CHECK constraints
    finally:
        created.dispose()
        migrated.dispose()


# --- a current file --------------------------------------------------------------------


def test_opening_a_current_file_makes_no_backup(db_path):
    new_desk_file(db_path)
    with Desk.open(db_path) as d:
        assert [name for _, name in d.schools.choices()] == ["Korson koulu"]
    assert backups(db_path) == []
    assert revision_of(db_path) == schema.head_revision()


# --- files that are refused ------------------------------------------------------------


@pytest.mark.parametrize("journal_mode", ["wal", "delete"])
def test_file_from_a_newer_coachdesk_is_refused_and_untouched(db_path, journal_mode):
    new_desk_file(db_path)
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA journal_mode = {journal_mode}")
    conn.execute("UPDATE alembic_version SET version_num = 'f00dcafe9999'")
    conn.commit()
    conn.close()
    before = folder_state(db_path.parent)

    with pytest.raises(NewerSchema) as caught:
        Desk.open(db_path)

    assert "newer version of CoachDesk" in str(caught.value)
    assert folder_state(db_path.parent) == before
    assert backups(db_path) == []


def test_text_file_is_refused_and_untouched(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_text("Shopping list: milk, bread\n" * 100)
    path.chmod(0o644)
    before = folder_state(tmp_path)

    with pytest.raises(NotACoachDeskFile) as caught:
        Desk.open(path)

    assert "not a CoachDesk database" in str(caught.value)
    assert folder_state(tmp_path) == before


@pytest.mark.parametrize("journal_mode", ["delete", "wal"])
def test_foreign_sqlite_file_is_refused_and_untouched(tmp_path, journal_mode):
    path = tmp_path / "recipes.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA journal_mode = {journal_mode}")
    conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO recipes (name) VALUES ('karjalanpiirakka')")
    conn.commit()
    conn.close()
    path.chmod(0o644)
    before = folder_state(tmp_path)

    with pytest.raises(NotACoachDeskFile) as caught:
        Desk.open(path)

    assert "not one of CoachDesk's" in str(caught.value)
    assert folder_state(tmp_path) == before  # no header rewrite, no -wal, same mode


def damaged_after_header(path: Path) -> None:
    new_desk_file(path)
    good = path.read_bytes()
    path.write_bytes(good[:100] + bytes((i * 37 + 11) % 256 for i in range(len(good) - 100)))


def truncated(path: Path) -> None:
    new_desk_file(path)
    good = path.read_bytes()
    path.write_bytes(good[: len(good) // 3])


def header_only(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)


@pytest.mark.parametrize("damage", [damaged_after_header, truncated, header_only])
def test_damaged_file_is_a_database_problem_and_untouched(db_path, damage):
    damage(db_path)
    before = folder_state(db_path.parent)

    with pytest.raises(DatabaseProblem) as caught:
        Desk.open(db_path)

    assert isinstance(caught.value, (DatabaseDamaged, NotACoachDeskFile))
    assert str(caught.value)
    assert folder_state(db_path.parent) == before


def test_garbage_after_a_valid_header_is_reported_as_damaged(db_path):
    damaged_after_header(db_path)
    with pytest.raises(DatabaseDamaged, match="damaged.*backup"):
        Desk.open(db_path)


# --- an older file ---------------------------------------------------------------------

NEXT_REVISION = '''"""add a phone number to schools

Revision ID: 9001
Revises: {down}
"""
from alembic import op
import sqlalchemy as sa

revision = "9001"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("schools") as batch_op:
        batch_op.add_column(
            sa.Column("phone", sa.String(40), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("schools") as batch_op:
        batch_op.drop_column("phone")
'''


@pytest.fixture
def newer_migrations(tmp_path, monkeypatch):
    """A copy of the migrations with one more revision, as the next CoachDesk would ship."""
    current_head = schema.head_revision()
    copy = tmp_path / "migrations"
    shutil.copytree(schema.MIGRATIONS, copy, ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "versions" / "9001_school_phone.py").write_text(
        NEXT_REVISION.format(down=current_head)
    )

    def use_them():
        monkeypatch.setattr(schema, "MIGRATIONS", copy)

    use_them.old_head = current_head
    return use_them


def test_older_file_is_backed_up_then_upgraded(db_path, newer_migrations):
    new_desk_file(db_path)  # written by today's CoachDesk
    old_bytes_revision = revision_of(db_path)
    newer_migrations()
    assert schema.head_revision() == "9001"

    with Desk.open(db_path) as d:
        assert [name for _, name in d.schools.choices()] == ["Korson koulu"]

    assert revision_of(db_path) == "9001"
    conn = sqlite3.connect(db_path)
    try:
        columns = [row[1] for row in conn.execute("PRAGMA table_info(schools)")]
        assert "phone" in columns
        assert conn.execute("SELECT name, phone FROM schools").fetchall() == [
            ("Korson koulu", "")
        ]
    finally:
        conn.close()

    [backup] = backups(db_path)
    assert backup.name.endswith(f"-before-{old_bytes_revision}{db_path.suffix}")
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    conn = sqlite3.connect(backup)
    try:
        assert revision_of(backup) == newer_migrations.old_head
        assert conn.execute("SELECT name FROM schools").fetchall() == [("Korson koulu",)]
        columns = [row[1] for row in conn.execute("PRAGMA table_info(schools)")]
        assert "phone" not in columns
    finally:
        conn.close()


def test_upgraded_file_opens_again_without_another_backup(db_path, newer_migrations):
    new_desk_file(db_path)
    newer_migrations()
    Desk.open(db_path).close()
    Desk.open(db_path).close()
    assert len(backups(db_path)) == 1


def test_older_file_in_a_folder_with_uri_characters_is_backed_up_whole(
    tmp_path, newer_migrations
):
    path = tmp_path / "Vantaa #2 50%" / "coachdesk.sqlite3"
    new_desk_file(path)
    newer_migrations()
    Desk.open(path).close()
    [backup] = backups(path)
    conn = sqlite3.connect(backup)
    try:
        assert conn.execute("SELECT name FROM schools").fetchall() == [("Korson koulu",)]
    finally:
        conn.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Vantaa #2 50%", "migrations"]


def test_file_in_a_folder_with_a_question_mark_is_kept_there(tmp_path):
    path = tmp_path / "what?" / "coachdesk.sqlite3"
    new_desk_file(path)
    with Desk.open(path) as d:
        assert [name for _, name in d.schools.choices()] == ["Korson koulu"]
        assert d.label == str(path)
    assert revision_of(path) == schema.head_revision()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["what?"]


# --- files written by released versions -----------------------------------------------

FIXTURES = Path(__file__).with_name("fixtures")


def test_a_file_from_schema_0001_is_upgraded_with_its_data(tmp_path):
    """The small demo town as the first release wrote it, opened by today's CoachDesk."""
    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / "schema-0001.sqlite3", path)
    assert revision_of(path) == "0001"
    with Desk.open(path) as d:
        assert len(d.schools.choices()) == 15
        engine = d.db.engine
        with engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), metadata) == []
            # Minutes were filled from the times: lessons 15:00–16:30, visits 45 minutes.
            lessons = conn.exec_driver_sql("SELECT DISTINCT minutes FROM lessons").all()
            visits = conn.exec_driver_sql("SELECT DISTINCT minutes FROM visits").all()
            keys = conn.exec_driver_sql("SELECT name, email, search_key FROM tutors").all()
            marks = dict(conn.exec_driver_sql(
                "SELECT attendance, count(*) FROM enrollments GROUP BY attendance").all())
    assert lessons == [(90,)] and visits == [(45,)]
    assert keys and all(key == f"{name} {email}".casefold() for name, email, key in keys)
    assert marks["present"] > marks["absent"] > 0  # yes/no attendance became present/absent
    with Desk.open(path) as d, d.db.engine.connect() as conn:
        categories = conn.exec_driver_sql("SELECT name FROM device_categories").all()
        used = conn.exec_driver_sql("SELECT DISTINCT category FROM devices").all()
    assert sorted(categories) == sorted(used) and categories  # every category written down
    assert revision_of(path) == schema.head_revision()
    [backup] = backups(path)
    assert revision_of(backup) == "0001"


def row_counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        conn.close()


def test_upgrading_keeps_every_row_of_every_table(tmp_path):
    """Batch migrations copy tables; with foreign keys on, dropping the old copy would
    cascade into the rows pointing at it (this once emptied the enrollments)."""
    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / "schema-0001.sqlite3", path)
    before = row_counts(path)
    Desk.open(path).close()
    after = row_counts(path)
    assert {name: after[name] for name in before} == before
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()
