"""Schools and teachers: tidy text, field errors, search keys."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coachdesk.domain.errors import ValidationError
from coachdesk.domain.schools import NAME_MAX, TEXT_MAX, Language, School, SchoolKind, Teacher


def errors_of(entity) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        entity.check()
    return caught.value.errors


def test_a_valid_school_is_tidied_and_gets_its_keys():
    school = School(
        name="  Korson Koulu ",
        address=" Kielotie 5 ",
        principal_name="Äänekoski Päivi",
        principal_email=" paivi@vantaa.fi ",
        ict_contact_name="",
    )
    school.check()
    assert school.name == "Korson Koulu"
    assert school.address == "Kielotie 5"
    assert school.principal_email == "paivi@vantaa.fi"
    assert school.name_key == "korson koulu"
    assert school.search_key == "korson koulu kielotie 5 äänekoski päivi"


def test_school_name_key_does_not_depend_on_case_or_spaces():
    first = School(name="ÄIJÄLÄN KOULU")
    second = School(name="  äijälän koulu  ")
    first.check()
    second.check()
    assert first.name_key == second.name_key == "äijälän koulu"


def test_school_with_no_name_reports_only_the_name():
    assert errors_of(School(name="   ")) == {"name": "Name is required."}


def test_school_name_may_be_exactly_the_maximum_length():
    School(name="K" * NAME_MAX).check()


def test_school_check_reports_every_wrong_field():
    school = School(
        name="K" * (NAME_MAX + 1),
        principal_email="rehtori.vantaa.fi",
        ict_contact_email="it@vantaa,fi",
        teacher_count=-3,
        notes="x" * (TEXT_MAX + 1),
    )
    errors = errors_of(school)
    assert errors == {
        "name": f"Name is too long (at most {NAME_MAX} characters).",
        "principal_email": (
            "“rehtori.vantaa.fi” is not an e-mail address; write it as name@example.fi."
        ),
        "ict_contact_email": (
            "“it@vantaa,fi” is not an e-mail address; write it as name@example.fi."
        ),
        "teacher_count": "Number of teachers cannot be negative.",
        "notes": f"Notes is too long (at most {TEXT_MAX} characters).",
    }


def test_school_teacher_count_has_an_upper_limit():
    School(name="Big", teacher_count=5_000).check()
    assert errors_of(School(name="Huge", teacher_count=5_001)) == {
        "teacher_count": "Number of teachers cannot be more than 5000."
    }


def test_school_kind_and_language_must_be_the_enums():
    school = School(name="Korso", kind="castle", language="klingon")
    assert errors_of(school) == {
        "kind": "Choose the kind of school.",
        "language": "Choose the language of the school.",
    }


def test_failed_check_does_not_leave_stale_keys():
    school = School(name="", address="Kielotie 5")
    errors_of(school)
    assert school.name_key == ""
    assert school.search_key == ""


def test_enum_labels_cover_every_member():
    assert {kind.label for kind in SchoolKind} >= {"Primary", "Comprehensive", "Vocational"}
    assert len({kind.label for kind in SchoolKind}) == len(SchoolKind)
    assert Language.SWEDISH.label == "Swedish"
    assert len({lang.label for lang in Language}) == len(Language)


def test_a_valid_teacher_gets_a_folded_search_key():
    teacher = Teacher(
        name=" Maija Mäkelä ", school_id=3, email="MAIJA@vantaa.fi", subjects="Matematiikka"
    )
    teacher.check()
    assert teacher.name == "Maija Mäkelä"
    assert teacher.search_key == "maija mäkelä maija@vantaa.fi matematiikka"


def test_a_teacher_needs_a_name_and_a_school():
    assert errors_of(Teacher(name="")) == {
        "name": "Name is required.",
        "school_id": "Choose the teacher's school.",
    }


def test_teacher_email_and_lengths_are_checked():
    teacher = Teacher(
        name="M" * (NAME_MAX + 1), school_id=1, email="maija@", subjects="s" * 1_001,
        notes="n" * (TEXT_MAX + 1),
    )
    assert set(errors_of(teacher)) == {"name", "email", "subjects", "notes"}


NAMES = st.text(
    alphabet="abcdefghijklmnopqrstuvwxyzåäöABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ -", max_size=40
).filter(lambda s: s.strip())


@given(NAMES)
def test_school_name_key_is_the_case_folded_clean_name(name):
    upper, lower = School(name=name.upper()), School(name=name.lower())
    upper.check()
    lower.check()
    assert upper.name_key == lower.name_key == name.strip().lower()
    assert upper.search_key.startswith(upper.name_key)
