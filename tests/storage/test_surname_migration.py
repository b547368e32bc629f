"""Revision 0012: teachers, tutors and candidates already in a file are sorted by surname
after the upgrade, in Finnish and Swedish order (å, ä, ö after z)."""

import sqlite3

from alembic import command
from sqlalchemy import create_engine

from coachdesk.services import Desk
from coachdesk.storage import schema
from coachdesk.storage.lists import ListRequest

TEACHERS = ["Örjan Zetterberg", "Anna Åberg", "Pekka Ärölä", "Georg Henrik von Wright",
            "Zacharias Ek", "Aino Östman", "Ville Virtanen"]
BY_SURNAME = ["Zacharias Ek", "Ville Virtanen", "Georg Henrik von Wright",
              "Örjan Zetterberg", "Anna Åberg", "Pekka Ärölä", "Aino Östman"]


def test_upgrade_sorts_the_people_already_there_by_surname(db_path):
    db_path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(f"sqlite:///{db_path}")
    command.upgrade(schema.alembic_config(engine), "0009")
    engine.dispose()
    conn = sqlite3.connect(db_path)
    conn.execute("INSERT INTO schools (name, name_key, kind, language) "
                 "VALUES ('Korson koulu', 'korson koulu', 'primary', 'fi')")
    for name in TEACHERS:
        conn.execute("INSERT INTO teachers (name, school_id, search_key) VALUES (?, 1, ?)",
                     (name, name.casefold()))
        conn.execute("INSERT INTO tutors (name, home_school_id, kind, status, search_key) "
                     "VALUES (?, 1, 'school', 'appointed', ?)", (name, name.casefold()))
    conn.commit()
    conn.close()

    with Desk.open(db_path) as desk:  # backs up, then upgrades to the head
        source = desk.teachers.list_source()
        names = dict(desk.teachers.choices())
        assert [names[i].split(" — ")[0] for i in source.ids(ListRequest())] == BY_SURNAME
        assert [name for _, name in desk.tutors.choices()] == BY_SURNAME
