"""desk.history: a record's changes, the last deletion in words, and Undo."""

from dataclasses import replace
from datetime import date, datetime

import pytest
from sqlalchemy import delete, insert, select, update

from coachdesk.domain.calendar import Break, BreakKind, SchoolYear, SchoolYearDraft
from coachdesk.domain.errors import NotFound
from coachdesk.domain.kinds import RecordKind
from coachdesk.domain.schools import SchoolKind
from coachdesk.services.history import CannotUndo, field_label, record_kind
from coachdesk.storage import tables
from tests.drafts import edit


@pytest.fixture
def year_id(desk):
    return desk.school_years.create(SchoolYearDraft(2026))


def _break_named(desk, year_id: int, name: str) -> int:
    with desk.db.transaction() as s:
        return s.scalar(select(Break.id).where(Break.school_year_id == year_id,
                                               Break.name == name))


def _breaks(desk, year_id: int) -> dict[int, tuple]:
    with desk.db.transaction() as s:
        return {b.id: (b.name, b.kind, b.starts, b.ends)
                for b in s.scalars(select(Break).where(Break.school_year_id == year_id))}


def test_of_lists_a_records_changes_newest_first_with_readable_fields(desk, school_id):
    edit(desk.schools, school_id, name="Korson yhtenäiskoulu", teacher_count=40)
    desk.schools.archive(school_id)
    archived, renamed, created = desk.history.of(RecordKind.SCHOOL, school_id)
    assert [e.what for e in (archived, renamed, created)] == ["Changed", "Changed", "Created"]
    assert [(c.label, c.old, c.new) for c in archived.changes] == [("Archived", False, True)]
    assert {c.field: (c.label, c.old, c.new) for c in renamed.changes} == {
        "name": ("Name", "Korson koulu", "Korson yhtenäiskoulu"),
        "teacher_count": ("Teachers in total", None, 40)}
    assert "name_key" not in {c.field for e in (archived, renamed, created) for c in e.changes}
    assert created.at <= renamed.at <= archived.at
    shown = {c.field: (c.old, c.new) for c in created.changes}
    assert shown["kind"] == (None, SchoolKind.COMPREHENSIVE.label)  # enums by their labels
    assert "archived" not in shown  # a new record's empty and false fields are left out
    assert desk.history.of(RecordKind.SCHOOL, 999) == []


def test_field_and_record_names_read_well():
    assert field_label("home_school_id") == "Home school"
    assert field_label("allotted_hours_per_term") == "Allotted hours per term"
    assert record_kind("breaks") == "break"
    assert record_kind("visit_requests") == "visit request"


def test_nothing_to_undo_in_a_new_database(desk, year_id):
    assert desk.history.last_deletion() is None
    with pytest.raises(NotFound, match="no deletion to undo"):
        desk.history.undo_last_deletion()


def test_last_deletion_says_what_and_when(desk, year_id):
    autumn = _break_named(desk, year_id, "Autumn break")
    desk.school_years.delete_break(autumn)
    deletion = desk.history.last_deletion()
    assert (deletion.table_name, deletion.row_id, deletion.name) == ("breaks", autumn,
                                                                     "Autumn break")
    assert deletion.description == (
        f"the break “Autumn break” deleted at {deletion.at:%H:%M}")
    with desk.db.transaction() as s:  # the same deletion yesterday says its date
        s.execute(update(tables.change_log).where(tables.change_log.c.id == deletion.entry_id)
                  .values(at=datetime(2026, 10, 1, 9, 5)))
    assert desk.history.last_deletion().description == (
        "the break “Autumn break” deleted at 1.10.2026 09:05")


def test_undo_restores_a_deleted_break_with_its_id_and_marks_the_entry(desk, year_id):
    before = _breaks(desk, year_id)
    autumn = _break_named(desk, year_id, "Autumn break")
    desk.school_years.delete_break(autumn)
    assert autumn not in _breaks(desk, year_id)

    restored = desk.history.undo_last_deletion()
    assert restored.row_id == autumn
    assert _breaks(desk, year_id) == before
    assert _breaks(desk, year_id)[autumn][1] is BreakKind.AUTUMN
    assert desk.history.last_deletion() is None
    restored_entry, deleted, created = desk.history.of(RecordKind.BREAK, autumn)
    assert (restored_entry.what, deleted.what, created.what) == ("Restored", "Deleted",
                                                                "Created")
    assert deleted.undone and not restored_entry.undone
    # The calendar sees the break again.
    calendar = desk.school_years.calendar(date(2026, 10, 1), date(2026, 10, 31))
    assert any(b.id == autumn for b in calendar.breaks)


def test_undo_goes_back_one_deletion_at_a_time(desk, year_id):
    autumn = _break_named(desk, year_id, "Autumn break")
    easter = _break_named(desk, year_id, "Easter")
    desk.school_years.delete_break(autumn)
    desk.school_years.delete_break(easter)
    assert desk.history.undo_last_deletion().row_id == easter
    assert desk.history.last_deletion().row_id == autumn
    assert desk.history.undo_last_deletion().row_id == autumn
    assert desk.history.last_deletion() is None


def test_undo_refuses_when_the_year_of_the_break_is_gone(desk, year_id):
    autumn = _break_named(desk, year_id, "Autumn break")
    desk.school_years.delete_break(autumn)
    with desk.db.transaction() as s:  # the year goes (its terms and breaks with it)
        s.execute(delete(tables.school_years).where(tables.school_years.c.id == year_id))
    with pytest.raises(CannotUndo, match="the school year it belonged to has been deleted"):
        desk.history.undo_last_deletion()
    assert desk.history.last_deletion().row_id == autumn  # still there to try later


def test_undo_refuses_when_the_id_is_taken(desk, year_id):
    autumn = _break_named(desk, year_id, "Autumn break")
    desk.school_years.delete_break(autumn)
    with desk.db.transaction() as s:
        s.add(Break(year_id, "Another", BreakKind.OTHER, date(2026, 11, 2), date(2026, 11, 2),
                    id=autumn))
    with pytest.raises(CannotUndo, match="another record has taken its place"):
        desk.history.undo_last_deletion()
    assert _breaks(desk, year_id)[autumn][0] == "Another"


def test_undo_refuses_a_row_that_clashes_with_one_made_since(desk, year_id):
    # so that the next new year does not reuse the id
    desk.school_years.create(SchoolYearDraft(2027))
    with desk.db.transaction() as s:
        s.delete(s.get(SchoolYear, year_id))
    desk.school_years.create(SchoolYearDraft(2026))  # the same name again, another id
    deletion = desk.history.last_deletion()
    assert deletion.description.startswith("the school year “2026–2027” deleted at")
    with pytest.raises(CannotUndo, match="clashes with a record made since"):
        desk.history.undo_last_deletion()
    assert desk.history.last_deletion() == deletion  # nothing half-done


# -- a record's links ---------------------------------------------------------------------
def _tutor(desk, school_id: int, name: str) -> int:
    from coachdesk.domain.tutors import TutorDraft

    return desk.tutors.add(TutorDraft(name=name, home_school_id=school_id,
                                      agreement_start=date(2026, 8, 1),
                                      agreement_end=date(2027, 7, 31)))


def _lesson(desk, school_id: int, tutor_ids: tuple[int, ...]) -> int:
    from coachdesk.domain.lessons import LessonDraft

    return desk.lessons.add(LessonDraft(
        title="Scratch basics", school_id=school_id, starts_at=datetime(2026, 9, 9, 14, 30),
        ends_at=datetime(2026, 9, 9, 16), tutor_ids=tutor_ids), confirmed=True)


def test_a_records_links_are_in_its_history_by_name(desk, school_id):
    aino, bertil = _tutor(desk, school_id, "Aino Aalto"), _tutor(desk, school_id, "Bertil Ek")
    lesson_id = _lesson(desk, school_id, (aino,))
    (created,) = desk.history.of(RecordKind.LESSON, lesson_id)  # one entry, links in it
    assert {c.field: (c.label, c.old, c.new) for c in created.changes}["lesson_tutors"] == (
        "Tutors", None, "Aino Aalto")
    edit(desk.lessons, lesson_id, tutor_ids=(aino, bertil), confirmed=True)
    edit(desk.lessons, lesson_id, notes="Bring laptops", confirmed=True)  # links unchanged
    notes, tutors, _created = desk.history.of(RecordKind.LESSON, lesson_id)
    assert [(c.label, c.old, c.new) for c in tutors.changes] == [
        ("Tutors", "Aino Aalto", "Aino Aalto, Bertil Ek")]
    assert [c.field for c in notes.changes] == ["notes"]


def test_undo_brings_a_deleted_record_back_with_its_links(desk, school_id):
    from coachdesk.domain.tutors import Tutor

    other = desk.schools.add(replace(desk.schools.draft(school_id), name="Tikkurilan lukio"))
    tutor_id = _tutor(desk, school_id, "Aino Aalto")
    links = tables.tutor_schools
    with desk.db.transaction() as s:  # a second school beside the tutor's own
        s.execute(insert(links).values(tutor_id=tutor_id, school_id=other))
    with desk.db.transaction() as s:
        s.delete(s.get(Tutor, tutor_id))
    with desk.db.transaction() as s:
        assert s.scalars(select(links.c.school_id).where(links.c.tutor_id == tutor_id)).all() == []
    desk.history.undo_last_deletion()
    with desk.db.transaction() as s:
        assert sorted(s.scalars(select(links.c.school_id)
                                .where(links.c.tutor_id == tutor_id))) == sorted([school_id, other])
