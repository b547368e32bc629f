"""Revision 0009: text stored before CoachDesk composed it (NFC) is composed on upgrade,
the look-up keys follow, and names that become the same are both kept."""

import sqlite3
import unicodedata

from alembic import command
from sqlalchemy import create_engine

from coachdesk.services import Desk
from coachdesk.storage import schema
from coachdesk.storage.lists import ListRequest


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def file_at_0007(path) -> None:
    """A file as CoachDesk wrote it before revision 0009: decomposed names included."""
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(f"sqlite:///{path}")
    command.upgrade(schema.alembic_config(engine), "0007")
    engine.dispose()
    conn = sqlite3.connect(path)
    schools = [("Håkansböle skola", "sv"), (nfd("Håkansböle skola"), "sv"),
               (nfd("Myyrmäen koulu"), "fi")]
    for name, language in schools:
        conn.execute("INSERT INTO schools (name, name_key, kind, language, principal_name) "
                     "VALUES (?, ?, 'primary', ?, ?)",
                     (name, name.casefold(), language, nfd("Pääkkönen")))
    conn.execute("INSERT INTO teachers (name, email, school_id, search_key) "
                 "VALUES (?, 'aino@vantaa.fi', 3, ?)", (nfd("Äinö Öljy"), nfd("äinö öljy")))
    conn.execute("INSERT INTO tutors (name, home_school_id, kind, status, search_key) "
                 "VALUES (?, 3, 'school', 'appointed', ?)",
                 (nfd("Maija Meikäläinen"), nfd("maija meikäläinen")))
    for name in (nfd("Robottisarja Å"), "Robottisarja Å"):  # decomposed one first
        conn.execute("INSERT INTO device_categories (name, loan_days) VALUES (?, 14)", (name,))
    for tag, category in ((nfd("VÄN-1"), nfd("Robottisarja Å")),
                          ("VÄN-1", "Robottisarja Å")):
        conn.execute("INSERT INTO devices (asset_tag, category, status) "
                     "VALUES (?, ?, 'available')", (tag, category))
    conn.execute("INSERT INTO message_templates (key, language, subject, body) "
                 "VALUES ('report_cover', 'fi', ?, ?)",
                 (nfd("Raportti {school}"), nfd("Hyvä {principal}, liitteenä {file_name}.")))
    conn.commit()
    conn.close()


def rows(path, query: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(query).fetchall()
    finally:
        conn.close()


def test_upgrade_composes_names_and_keeps_both_of_a_pair(db_path):
    file_at_0007(db_path)

    with Desk.open(db_path) as desk:  # backs up, then upgrades to the head
        found_id, found = desk.reports.find_school(nfd("Myyrmäen koulu"))
        assert (found_id, found) == (3, "Myyrmäen koulu")
        assert [name for _, name in desk.schools.choices()] == [
            "Håkansböle skola", "Håkansböle skola (2)", "Myyrmäen koulu"]
        assert len(desk.teachers.list_source().ids(ListRequest(text=nfd("ÄINÖ")))) == 1

    assert rows(db_path, "SELECT name, name_key, principal_name FROM schools ORDER BY id") == [
        ("Håkansböle skola", "håkansböle skola", "Pääkkönen"),
        ("Håkansböle skola (2)", "håkansböle skola (2)", "Pääkkönen"),
        ("Myyrmäen koulu", "myyrmäen koulu", "Pääkkönen"),
    ]
    assert rows(db_path, "SELECT name, search_key FROM teachers") == [
        ("Äinö Öljy", "äinö öljy aino@vantaa.fi")]
    assert rows(db_path, "SELECT name, search_key FROM tutors") == [
        ("Maija Meikäläinen", "maija meikäläinen")]
    # The composed category keeps its name; the other is renamed with its device.
    assert rows(db_path, "SELECT id, name FROM device_categories ORDER BY id") == [
        (1, "Robottisarja Å (2)"), (2, "Robottisarja Å")]
    assert rows(db_path, "SELECT asset_tag, category FROM devices ORDER BY id") == [
        ("VÄN-1 (2)", "Robottisarja Å (2)"), ("VÄN-1", "Robottisarja Å")]
    assert rows(db_path, "SELECT subject, body FROM message_templates") == [
        ("Raportti {school}", "Hyvä {principal}, liitteenä {file_name}.")]

