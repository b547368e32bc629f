"""What a piece of work committed, as the engine hears it: by kind, only when saved."""

import threading

import pytest
from sqlalchemy import insert, text, update

from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.kinds import Changes, RecordKind
from coachdesk.domain.schools import SchoolDraft
from coachdesk.domain.topics import TopicDraft
from coachdesk.storage import tables
from coachdesk.storage.changes import TABLE_KINDS, recording
from coachdesk.storage.lists import ListRequest
from tests.drafts import edit

K = RecordKind


def test_every_table_has_a_kind():
    assert set(TABLE_KINDS) == set(tables.metadata.tables) - {"alembic_version"}


def test_a_service_call_is_heard_by_its_kind(desk):
    with recording() as heard:
        desk.schools.add(SchoolDraft(name="Korson koulu", kind="primary", language="fi"))
    assert heard.changes == Changes.of({K.SCHOOL, K.HISTORY})  # the change log too


def test_reading_is_not_a_change(desk, school_id):
    with recording() as heard:
        desk.schools.get(school_id)
        desk.schools.list_source().ids(ListRequest())
    assert not heard.changes


def test_core_statements_and_bulk_loads_are_heard(desk, school_id):
    with recording() as heard, desk.db.transaction() as s:
        s.execute(update(tables.schools).where(tables.schools.c.id == school_id)
                  .values(notes="x"))
        s.connection().execute(insert(tables.topics), [
            {"name": "A", "name_key": "a", "level": "basic", "audience": "all"},
            {"name": "B", "name_key": "b", "level": "basic", "audience": "all"}])
    assert {K.SCHOOL, K.TOPIC} <= heard.changes.kinds


def test_plain_sql_is_heard(desk, school_id):
    with recording() as heard, desk.db.transaction() as s:
        s.execute(text("UPDATE schools SET notes = 'y' WHERE id = :i"), {"i": school_id})
    assert K.SCHOOL in heard.changes.kinds


def test_what_was_rolled_back_is_not_a_change(desk, school_id):
    with recording() as heard, pytest.raises(CoachDeskError):
        edit(desk.schools, school_id, name="")  # refused: nothing saved
    assert not heard.changes


def test_nothing_is_heard_by_another_thread(desk):
    with recording() as heard:
        worker = threading.Thread(target=lambda: desk.topics.add(
            TopicDraft(name="Teams", level="basic", audience="all")))
        worker.start()
        worker.join()
    assert not heard.changes


def test_an_outer_recorder_hears_what_an_inner_one_heard(desk):
    with recording() as outer:
        with recording() as inner:
            desk.schools.add(SchoolDraft(name="Korson koulu", kind="primary", language="fi"))
        desk.topics.add(TopicDraft(name="Teams", level="basic", audience="all"))
    assert K.SCHOOL in inner.changes.kinds and K.TOPIC not in inner.changes.kinds
    assert {K.SCHOOL, K.TOPIC} <= outer.changes.kinds


def test_a_list_knows_the_kinds_it_reads(desk):
    assert desk.schools.list_source().kinds == {K.SCHOOL, K.TEACHER}  # counts teachers


def test_every_kind_has_a_table_of_its_own():
    from coachdesk.storage.changes import KIND_TABLES

    assert set(KIND_TABLES) == set(RecordKind)
    assert all(TABLE_KINDS[table] is kind for kind, table in KIND_TABLES.items())
