"""desk.versions: a save on a record changed since its form opened is refused with who
changed what, and goes through when the user keeps their values on purpose; a save that
expects nothing works as before (one coordinator on a laptop)."""

import gc
from dataclasses import replace

import pytest

from coachdesk.domain.errors import ChangedMeanwhile, NotFound
from coachdesk.domain.kinds import RecordKind
from coachdesk.domain.schools import SchoolDraft
from coachdesk.services import Desk
from tests.prepared import open_copy

SCHOOL = RecordKind.SCHOOL


def test_every_save_makes_a_record_one_version_newer(desk, school_id):
    assert desk.versions.of(SCHOOL, school_id) == 1
    desk.schools.update(school_id, replace(desk.schools.draft(school_id), notes="x"))
    assert desk.versions.of(SCHOOL, school_id) == 2


def test_a_save_over_a_change_made_since_is_refused_with_who_and_what(desk, school_id):
    opened = desk.versions.of(SCHOOL, school_id)
    mine = replace(desk.schools.draft(school_id), address="Minun tie 1")
    other = Desk(desk.db)  # another window, or another coordinator on the server
    other.schools.update(school_id, replace(other.schools.draft(school_id), notes="theirs",
                                            teacher_count=40))
    with pytest.raises(ChangedMeanwhile) as refused, \
            desk.versions.expecting(SCHOOL, school_id, opened):
        desk.schools.update(school_id, mine)
    assert refused.value.who == (desk.db.login,)
    assert set(refused.value.fields) == {"Notes", "Teachers in total"}
    assert refused.value.version == opened + 1
    assert "Notes" in str(refused.value)
    assert desk.schools.draft(school_id).notes == "theirs"  # nothing of mine was saved
    assert desk.schools.draft(school_id).address == ""

    with desk.versions.expecting(SCHOOL, school_id, refused.value.version):  # keep mine
        desk.schools.update(school_id, mine)
    assert desk.schools.draft(school_id).address == "Minun tie 1"


def test_a_save_expecting_nothing_works_as_before(desk, school_id):
    desk.versions.of(SCHOOL, school_id)
    desk.schools.update(school_id, replace(desk.schools.draft(school_id), notes="a"))
    desk.schools.update(school_id, replace(desk.schools.draft(school_id), notes="b"))
    assert desk.schools.draft(school_id).notes == "b"


def test_the_version_of_a_deleted_record_is_not_found(desk):
    with pytest.raises(NotFound):
        desk.versions.of(SCHOOL, 999)


def test_every_desk_opened_in_one_process_checks_versions(tmp_path, migrated_template):
    """The window opens another file or a server after the first (and a test run opens
    hundreds): each new database checks the versions of what it saves, however many
    were opened and closed before it."""
    unchecked = []
    for i in range(150):
        other = open_copy(migrated_template, tmp_path / str(i) / "coachdesk.sqlite3")
        try:
            school_id = other.schools.add(SchoolDraft(name="Korson koulu"))
            other.schools.update(school_id, replace(other.schools.draft(school_id),
                                                    notes="theirs"))
            try:
                with other.versions.expecting(SCHOOL, school_id, 1):
                    other.schools.update(school_id, replace(
                        other.schools.draft(school_id), notes="mine"))
                unchecked.append(i)
            except ChangedMeanwhile:
                pass
        finally:
            other.close()
        if i % 7 == 0:
            gc.collect()  # as the window's collector does: the closed ones go
    assert unchecked == []
