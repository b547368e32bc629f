"""desk.teachers on a real database: add, change, move, archive, and the errors."""

import pytest

from coachdesk.domain.errors import NotFound, ValidationError
from coachdesk.domain.schools import SchoolDraft, TeacherDraft
from coachdesk.services.listing import ListRequest
from tests.drafts import edit


@pytest.fixture
def other_school(desk):
    return desk.schools.add(SchoolDraft(name="Ankkurin koulu", kind="primary", language="fi"))


@pytest.fixture
def teacher_id(desk, school_id):
    return desk.teachers.add(
        TeacherDraft(name="Maija Meikäläinen", email="maija@vantaa.fi", school_id=school_id,
                     subjects="math, physics"),
    )


def teacher_count(desk) -> int:
    return len(desk.teachers.list_source().ids(ListRequest(filters={"archived": True})))


def listed(desk, **request) -> list[int]:
    return desk.teachers.list_source().ids(ListRequest(**request))


# --- add and get -----------------------------------------------------------------------


def test_add_and_get(desk, school_id, teacher_id):
    teacher = desk.teachers.get(teacher_id)
    assert teacher.id == teacher_id
    assert teacher.name == "Maija Meikäläinen"
    assert teacher.email == "maija@vantaa.fi"
    assert teacher.school_id == school_id
    assert teacher.subjects == "math, physics"
    assert teacher.archived is False


def test_typed_text_is_tidied(desk, school_id):
    teacher = desk.teachers.get(
        desk.teachers.add(TeacherDraft(name="  Matti ", email=" matti@vantaa.fi ",
                                       school_id=school_id))
    )
    assert (teacher.name, teacher.email) == ("Matti", "matti@vantaa.fi")


def test_email_is_optional(desk, school_id):
    assert desk.teachers.get(desk.teachers.add(TeacherDraft(name="Matti",
                                                            school_id=school_id))).email == ""


# --- validation ------------------------------------------------------------------------


@pytest.mark.parametrize("bad", ["maija", "maija@vantaa", "maija@@vantaa.fi", "maija vantaa.fi"])
def test_invalid_email_is_refused_and_nothing_saved(desk, school_id, bad):
    with pytest.raises(ValidationError) as caught:
        desk.teachers.add(TeacherDraft(name="Maija", email=bad, school_id=school_id))
    assert set(caught.value.errors) == {"email"}
    assert "e-mail" in caught.value.errors["email"]
    assert teacher_count(desk) == 0


def test_invalid_email_in_an_update_changes_nothing(desk, teacher_id):
    with pytest.raises(ValidationError) as caught:
        edit(desk.teachers, teacher_id, name="Uusi nimi", email="uusi@")
    assert set(caught.value.errors) == {"email"}
    teacher = desk.teachers.get(teacher_id)
    assert (teacher.name, teacher.email) == ("Maija Meikäläinen", "maija@vantaa.fi")


def test_every_bad_field_is_named_at_once(desk):
    with pytest.raises(ValidationError) as caught:
        desk.teachers.add(TeacherDraft(name=" ", email="nope"))
    assert set(caught.value.errors) == {"name", "email", "school_id"}
    assert teacher_count(desk) == 0


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"name": ""}, "name"),
        ({"name": "x" * 201}, "name"),
        ({"subjects": "x" * 1_001}, "subjects"),
        ({"notes": "x" * 10_001}, "notes"),
    ],
)
def test_bad_fields_are_named(desk, school_id, fields, field):
    with pytest.raises(ValidationError) as caught:
        desk.teachers.add(TeacherDraft(**{"name": "Maija", "school_id": school_id, **fields}))
    assert field in caught.value.errors
    assert teacher_count(desk) == 0


def test_teacher_needs_a_school(desk, school_id):
    with pytest.raises(ValidationError) as caught:
        desk.teachers.add(TeacherDraft(name="Maija"))
    assert set(caught.value.errors) == {"school_id"}


def test_teacher_of_an_unknown_school_is_a_field_error(desk, school_id):
    with pytest.raises(ValidationError) as caught:
        desk.teachers.add(TeacherDraft(name="Maija", school_id=999))
    assert set(caught.value.errors) == {"school_id"}
    assert teacher_count(desk) == 0


def test_teacher_cannot_join_an_archived_school(desk, school_id):
    desk.schools.archive(school_id)
    with pytest.raises(ValidationError) as caught:
        desk.teachers.add(TeacherDraft(name="Maija", school_id=school_id))
    assert "archived" in caught.value.errors["school_id"]
    assert "Korson koulu" in caught.value.errors["school_id"]


def test_unknown_field_is_a_programming_error(desk, school_id):
    with pytest.raises(TypeError):
        desk.teachers.add(TeacherDraft(name="Maija", school_id=school_id, archived=True))


# --- update and move -------------------------------------------------------------------


def test_update_changes_only_the_fields_given(desk, school_id, teacher_id):
    edit(desk.teachers, teacher_id, notes="Tablet pilot")
    teacher = desk.teachers.get(teacher_id)
    assert teacher.notes == "Tablet pilot"
    assert (teacher.name, teacher.school_id) == ("Maija Meikäläinen", school_id)


def test_update_keeps_the_search_text_current(desk, teacher_id):
    edit(desk.teachers, teacher_id, name="Liisa", email="liisa@vantaa.fi", subjects="art")
    assert listed(desk, text="liisa") == [teacher_id]
    assert listed(desk, text="ART") == [teacher_id]
    assert listed(desk, text="maija") == []
    assert listed(desk, text="physics") == []


def test_move_to_another_school(desk, school_id, other_school, teacher_id):
    desk.teachers.move(teacher_id, other_school)
    assert desk.teachers.get(teacher_id).school_id == other_school
    assert listed(desk, filters={"school_id": other_school}) == [teacher_id]
    assert listed(desk, filters={"school_id": school_id}) == []
    assert desk.schools.active_teacher_count(school_id) == 0
    assert desk.schools.active_teacher_count(other_school) == 1


def test_move_to_an_unknown_school_is_a_field_error_and_changes_nothing(
    desk, school_id, teacher_id
):
    with pytest.raises(ValidationError) as caught:
        desk.teachers.move(teacher_id, 999)
    assert set(caught.value.errors) == {"school_id"}
    assert desk.teachers.get(teacher_id).school_id == school_id


def test_move_to_an_archived_school_is_refused(desk, school_id, other_school, teacher_id):
    desk.schools.archive(other_school)
    with pytest.raises(ValidationError) as caught:
        desk.teachers.move(teacher_id, other_school)
    assert "school_id" in caught.value.errors
    assert desk.teachers.get(teacher_id).school_id == school_id


# --- archive and restore ---------------------------------------------------------------


def test_archive_and_restore(desk, school_id, teacher_id):
    other = desk.teachers.add(TeacherDraft(name="Matti", school_id=school_id))
    desk.teachers.archive(teacher_id)
    assert desk.teachers.get(teacher_id).archived is True
    assert listed(desk, filters={"archived": False}) == [other]
    assert set(listed(desk, filters={"archived": True})) == {teacher_id, other}
    assert desk.schools.active_teacher_count(school_id) == 1

    desk.teachers.restore(teacher_id)
    assert desk.teachers.get(teacher_id).archived is False
    assert set(listed(desk, filters={"archived": False})) == {teacher_id, other}


def test_teachers_of_an_archived_school_are_hidden_with_it(desk, school_id, teacher_id):
    desk.schools.archive(school_id)
    assert listed(desk, filters={"archived": False}) == []
    [row] = desk.teachers.list_source().rows([teacher_id])
    archived = [c.key for c in desk.teachers.list_source().columns].index("archived")
    assert row[archived]  # shown as archived although the teacher itself is not
    assert desk.teachers.get(teacher_id).archived is False


def test_an_archived_teacher_can_still_be_edited(desk, teacher_id):
    desk.teachers.archive(teacher_id)
    edit(desk.teachers, teacher_id, notes="Left in spring")
    assert desk.teachers.get(teacher_id).notes == "Left in spring"
    assert desk.teachers.get(teacher_id).archived is True


# --- not found -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "call",
    [
        lambda d, s: d.teachers.get(999),
        lambda d, s: edit(d.teachers, 999, name="X"),
        lambda d, s: d.teachers.move(999, s),
        lambda d, s: d.teachers.archive(999),
        lambda d, s: d.teachers.restore(999),
    ],
    ids=["get", "update", "move", "archive", "restore"],
)
def test_unknown_teacher_is_not_found(desk, school_id, teacher_id, call):
    with pytest.raises(NotFound, match="teacher"):
        call(desk, school_id)
