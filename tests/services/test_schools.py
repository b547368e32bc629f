"""desk.schools on a real database: add, change, archive, and the errors a user can cause."""

import pytest

from coachdesk.domain.errors import NotFound, ValidationError
from coachdesk.domain.schools import Language, SchoolDraft, SchoolKind, TeacherDraft
from coachdesk.services.listing import ListRequest
from tests.drafts import edit


def names(desk, include_archived=False) -> list[str]:
    return [name for _, name in desk.schools.choices(include_archived=include_archived)]


# --- add and get -----------------------------------------------------------------------


def test_add_and_get(desk):
    school_id = desk.schools.add(
        SchoolDraft(name="  Korson koulu ", kind="primary", language="sv", address="Koulutie 1",
                    principal_name="Pia Rehtori", principal_email="pia@vantaa.fi",
                    ict_contact_name="Ilkka", ict_contact_email="ilkka@vantaa.fi",
                    teacher_count=42, notes="Uusi rakennus"),
    )
    school = desk.schools.get(school_id)
    assert school.id == school_id
    assert school.name == "Korson koulu"  # tidied
    assert school.kind is SchoolKind.PRIMARY
    assert school.language is Language.SWEDISH
    assert school.principal_email == "pia@vantaa.fi"
    assert school.ict_contact_email == "ilkka@vantaa.fi"
    assert school.teacher_count == 42
    assert school.archived is False


def test_add_with_only_a_name_uses_defaults(desk):
    school = desk.schools.get(desk.schools.add(SchoolDraft(name="Ankkurin koulu")))
    assert school.kind is SchoolKind.COMPREHENSIVE
    assert school.language is Language.FINNISH
    assert school.teacher_count is None


def test_each_school_gets_its_own_id(desk):
    first = desk.schools.add(SchoolDraft(name="A"))
    second = desk.schools.add(SchoolDraft(name="B"))
    assert first != second
    assert desk.schools.get(second).name == "B"


# --- validation ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed", ["Korson koulu", "KORSON KOULU", "korson koulu", " Korson Koulu "]
)
def test_duplicate_name_is_refused_whatever_the_case(desk, school_id, typed):
    with pytest.raises(ValidationError) as caught:
        desk.schools.add(SchoolDraft(name=typed))
    assert set(caught.value.errors) == {"name"}
    assert "already exists" in caught.value.errors["name"]
    assert names(desk) == ["Korson koulu"]


def test_duplicate_of_an_archived_school_is_refused_too(desk, school_id):
    desk.schools.archive(school_id)
    with pytest.raises(ValidationError) as caught:
        desk.schools.add(SchoolDraft(name="korson koulu"))
    assert "name" in caught.value.errors


def test_renaming_onto_another_school_is_refused(desk, school_id):
    other = desk.schools.add(SchoolDraft(name="Ankkurin koulu"))
    with pytest.raises(ValidationError) as caught:
        edit(desk.schools, other, name="KORSON koulu")
    assert "name" in caught.value.errors
    assert desk.schools.get(other).name == "Ankkurin koulu"


def test_a_school_may_change_the_case_of_its_own_name(desk, school_id):
    edit(desk.schools, school_id, name="KORSON KOULU")
    assert desk.schools.get(school_id).name == "KORSON KOULU"


def test_duplicate_and_another_bad_field_are_reported_together(desk, school_id):
    with pytest.raises(ValidationError) as caught:
        desk.schools.add(SchoolDraft(name="korson koulu", principal_email="pia at vantaa"))
    assert set(caught.value.errors) == {"name", "principal_email"}


@pytest.mark.parametrize(
    "bad", ["pia", "pia@vantaa", "pia vantaa@fi.fi", "pia@vantaa,fi", "@vantaa.fi", "a@b.c"]
)
def test_invalid_emails_are_refused_and_nothing_is_saved(desk, bad):
    with pytest.raises(ValidationError) as caught:
        desk.schools.add(SchoolDraft(name="Ankkurin koulu", principal_email=bad,
                                     ict_contact_email=bad))
    assert set(caught.value.errors) == {"principal_email", "ict_contact_email"}
    assert bad in caught.value.errors["principal_email"]
    assert names(desk, include_archived=True) == []


def test_invalid_email_in_an_update_changes_nothing(desk, school_id):
    with pytest.raises(ValidationError) as caught:
        edit(desk.schools,
            school_id, name="Uusi nimi", address="Uusi tie", ict_contact_email="ilkka@"
        )
    assert set(caught.value.errors) == {"ict_contact_email"}
    school = desk.schools.get(school_id)
    assert (school.name, school.address, school.ict_contact_email) == ("Korson koulu", "", "")


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"name": "   "}, "name"),
        ({"name": "x" * 201}, "name"),
        ({"kind": "castle"}, "kind"),
        ({"language": "klingon"}, "language"),
        ({"teacher_count": -1}, "teacher_count"),
        ({"teacher_count": 5_001}, "teacher_count"),
    ],
)
def test_bad_fields_are_named(desk, fields, field):
    with pytest.raises(ValidationError) as caught:
        desk.schools.add(SchoolDraft(**{"name": "Ankkurin koulu", **fields}))
    assert field in caught.value.errors
    assert caught.value.errors[field]
    assert names(desk, include_archived=True) == []


def test_unknown_field_is_a_programming_error(desk):
    with pytest.raises(TypeError):
        desk.schools.add(SchoolDraft(name="Ankkurin koulu", colour="red"))


def test_id_cannot_be_set_through_update(desk, school_id):
    with pytest.raises(TypeError):
        edit(desk.schools, school_id, id=99)


# --- update ----------------------------------------------------------------------------


def test_update_changes_only_the_fields_given(desk, school_id):
    edit(desk.schools, school_id, principal_name="Pia", teacher_count=None)
    school = desk.schools.get(school_id)
    assert school.principal_name == "Pia"
    assert school.teacher_count is None
    assert school.kind is SchoolKind.COMPREHENSIVE
    assert school.name == "Korson koulu"


def test_update_keeps_the_search_text_current(desk, school_id):
    edit(desk.schools, school_id, name="Ankkurin koulu")
    source = desk.schools.list_source()
    assert source.ids(ListRequest(text="ankkurin")) == [school_id]
    assert source.ids(ListRequest(text="korson")) == []


# --- archive and restore ---------------------------------------------------------------


def test_archive_hides_from_choices_and_restore_brings_back(desk, school_id):
    other = desk.schools.add(SchoolDraft(name="Ankkurin koulu"))
    desk.schools.archive(school_id)
    assert desk.schools.get(school_id).archived is True
    assert desk.schools.choices() == [(other, "Ankkurin koulu")]
    assert desk.schools.choices(include_archived=True) == [
        (other, "Ankkurin koulu"), (school_id, "Korson koulu")
    ]
    desk.schools.restore(school_id)
    assert desk.schools.get(school_id).archived is False
    assert names(desk) == ["Ankkurin koulu", "Korson koulu"]


def test_choices_are_sorted_by_name_without_regard_to_case(desk):
    for name in ["gamma", "Beta", "alpha", "Östersundom", "Ala-Malmi"]:
        desk.schools.add(SchoolDraft(name=name))
    assert names(desk) == sorted(names(desk), key=str.casefold)
    assert names(desk)[:3] == ["Ala-Malmi", "alpha", "Beta"]


def test_archiving_a_school_keeps_its_teachers(desk, school_id):
    teacher = desk.teachers.add(TeacherDraft(name="Maija", school_id=school_id))
    desk.schools.archive(school_id)
    assert desk.teachers.get(teacher).school_id == school_id
    assert desk.schools.active_teacher_count(school_id) == 1


def test_active_teacher_count_leaves_out_archived_teachers(desk, school_id):
    first = desk.teachers.add(TeacherDraft(name="Maija", school_id=school_id))
    desk.teachers.add(TeacherDraft(name="Matti", school_id=school_id))
    other = desk.schools.add(SchoolDraft(name="Ankkurin koulu"))
    desk.teachers.add(TeacherDraft(name="Mikko", school_id=other))
    assert desk.schools.active_teacher_count(school_id) == 2
    desk.teachers.archive(first)
    assert desk.schools.active_teacher_count(school_id) == 1


# --- not found -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "call",
    [
        lambda d: d.schools.get(999),
        lambda d: edit(d.schools, 999, name="X"),
        lambda d: d.schools.archive(999),
        lambda d: d.schools.restore(999),
    ],
    ids=["get", "update", "archive", "restore"],
)
def test_unknown_school_is_not_found(desk, school_id, call):
    with pytest.raises(NotFound, match="school"):
        call(desk)
