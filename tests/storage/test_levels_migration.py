"""Revision 0023: a file from before has no levels, follows Helsinki's scale and its
default targets, and its trainings earn no level; the downgrade takes it all away."""

import sqlite3
from datetime import date

from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect

from coachdesk.domain.competence import LevelDraft, Scale
from coachdesk.domain.schools import SchoolDraft, TeacherDraft
from coachdesk.services import Desk
from coachdesk.storage import schema


def test_a_file_from_before_gains_levels_and_the_downgrade_undoes_it(db_path):
    db_path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(f"sqlite:///{db_path}")
    config = schema.alembic_config(engine)
    before = ScriptDirectory.from_config(config).get_revision("0023").down_revision
    command.upgrade(config, before)
    engine.dispose()
    conn = sqlite3.connect(db_path)
    conn.execute("INSERT INTO lesson_series (id, rule, first_day, last_day) "
                 "VALUES (1, 'FREQ=WEEKLY', '2026-09-01', '2026-09-29')")
    conn.execute("INSERT INTO trainings (name, series_id, min_attendance, late_counts) "
                 "VALUES ('Digiloikka', 1, 75, 0)")
    conn.commit()
    conn.close()

    with Desk.open(db_path) as desk:  # backs up, then upgrades to the head
        assert desk.trainings.draft(1).earns_level is None
        assert desk.levels.scale() is Scale.HELSINKI
        assert desk.levels.targets() == {1: 100, 2: 90, 3: 20}
        school = desk.schools.add(SchoolDraft(name="Korson koulu"))
        teacher = desk.teachers.add(TeacherDraft(name="Aino", school_id=school))
        desk.levels.record(LevelDraft(teacher, 2, date(2026, 9, 1)))
        desk.levels.set_targets(school, {1: 100, 2: 80, 3: 10})

    engine = create_engine(f"sqlite:///{db_path}")
    command.downgrade(schema.alembic_config(engine), before)
    tables = set(inspect(engine).get_table_names())
    columns = {c["name"] for c in inspect(engine).get_columns("trainings")}
    engine.dispose()
    assert not tables & {"competence_levels", "competence_targets"}
    assert "earns_level" not in columns
