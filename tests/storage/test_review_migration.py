"""Revision 0016: a training already in a file keeps its rule and asks for no assignment
work after the upgrade (two reviewers, a scale of 1–5); the downgrade takes the tables
away again."""

import sqlite3

from alembic import command
from sqlalchemy import create_engine, inspect

from coachdesk.domain.assignments import AssignmentDraft
from coachdesk.domain.training import TrainingDraft
from coachdesk.services import Desk
from coachdesk.storage import schema


def test_a_training_from_before_asks_for_no_work_and_the_downgrade_undoes_it(db_path):
    db_path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(f"sqlite:///{db_path}")
    command.upgrade(schema.alembic_config(engine), "0014")
    engine.dispose()
    conn = sqlite3.connect(db_path)
    conn.execute("INSERT INTO lesson_series (id, rule, first_day, last_day) "
                 "VALUES (1, 'FREQ=WEEKLY', '2026-09-01', '2026-09-29')")
    conn.execute("INSERT INTO trainings (name, series_id, min_attendance, late_counts) "
                 "VALUES ('Digiloikka', 1, 75, 0)")
    conn.commit()
    conn.close()

    with Desk.open(db_path) as desk:  # backs up, then upgrades to the head
        assert desk.trainings.draft(1) == TrainingDraft(
            name="Digiloikka", series_id=1, min_attendance=75, late_counts=False,
            require_submissions=False, require_reviews=False, reviewers=2, score_max=5)
        desk.assignments.add(1, AssignmentDraft("Essee"))

    engine = create_engine(f"sqlite:///{db_path}")
    command.downgrade(schema.alembic_config(engine), "0014")
    tables = set(inspect(engine).get_table_names())
    columns = {c["name"] for c in inspect(engine).get_columns("trainings")}
    engine.dispose()
    assert not tables & {"assignments", "submissions", "reviews"}
    assert "trainings" in tables and "reviewers" not in columns
