"""Revision 0015: the grants, budget lines, costs and trainings already in a file are at
version 1 after the upgrade, and the next save makes them one version newer; downgrading
removes the versions again and keeps the rows."""

import sqlite3
from dataclasses import replace

from alembic import command
from sqlalchemy import create_engine

from coachdesk.domain.kinds import RecordKind
from coachdesk.services import Desk
from coachdesk.storage import schema

VERSIONED = ("trainings", "grants", "budget_lines", "costs")


def columns(path, table: str) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]
    finally:
        conn.close()


def test_records_already_there_start_at_version_one(db_path):
    db_path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(f"sqlite:///{db_path}")
    command.upgrade(schema.alembic_config(engine), "0014")
    engine.dispose()
    conn = sqlite3.connect(db_path)
    conn.execute("INSERT INTO grants (name, name_key, starts, ends, amount, share, own_share)"
                 " VALUES ('Tutors 2026', 'tutors 2026', '2026-08-01', '2027-07-31', "
                 "'1000.00', '80.00', '250.00')")
    conn.execute("INSERT INTO budget_lines (grant_id, kind, name, budget) "
                 "VALUES (1, 'other', 'Travel', '100.00')")
    conn.execute("INSERT INTO costs (line_id, spent_on, amount) VALUES (1, '2026-09-01', '5')")
    conn.commit()
    conn.close()

    with Desk.open(db_path) as desk:  # backs up, then upgrades to the head
        assert desk.versions.of(RecordKind.GRANT, 1) == 1
        assert desk.versions.of(RecordKind.COST, 1) == 1
        desk.grants.update(1, replace(desk.grants.draft(1), notes="checked"))
        assert desk.versions.of(RecordKind.GRANT, 1) == 2
    assert all("version" in columns(db_path, table) for table in VERSIONED)

    engine = create_engine(f"sqlite:///{db_path}")
    command.downgrade(schema.alembic_config(engine), "0014")
    engine.dispose()
    assert not any("version" in columns(db_path, table) for table in VERSIONED)
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("SELECT notes FROM grants").fetchall() == [("checked",)]
        assert conn.execute("SELECT count(*) FROM costs").fetchone() == (1,)
    finally:
        conn.close()
