"""What SQLite and PostgreSQL do differently, held the same by CoachDesk. These run on both
(see tests/services/conftest.py), as does every service test that uses ``desk``."""

from datetime import date, datetime
from decimal import Decimal

import pytest

from coachdesk.domain.calendar import BreakDraft, BreakKind, SchoolYearDraft
from coachdesk.domain.devices import CategoryDraft, DeviceDraft
from coachdesk.domain.errors import NotFound, ValidationError
from coachdesk.domain.lessons import LessonDraft
from coachdesk.domain.schools import SchoolDraft
from coachdesk.domain.tutors import TutorDraft
from coachdesk.services.listing import ListRequest
from tests.drafts import edit, edit_part


def names(desk, request: ListRequest) -> list[str]:
    source = desk.schools.list_source()
    return [row[0] for row in source.rows(source.ids(request))]


def test_empty_values_sort_first_going_up_and_last_going_down(desk):
    # SQLite sorts NULL as the smallest value; PostgreSQL as the largest.
    for name, count in [("Aalto", 30), ("Borg", None), ("Cedar", 10)]:
        desk.schools.add(SchoolDraft(name=name, teacher_count=count))
    up = ListRequest(sort_key="teacher_count")
    assert names(desk, up) == ["Borg", "Cedar", "Aalto"]
    down = ListRequest(sort_key="teacher_count", descending=True)
    assert names(desk, down) == ["Aalto", "Cedar", "Borg"]


def test_a_nul_typed_into_the_filter_finds_nothing_and_fails_nothing(desk):
    # PostgreSQL refuses a NUL character in any text it is sent, even in a LIKE pattern.
    desk.schools.add(SchoolDraft(name="Korson koulu"))
    assert names(desk, ListRequest(text="Korson\x00")) == ["Korson koulu"]
    assert names(desk, ListRequest(text="\x00")) == ["Korson koulu"]


def errors_of(call, *args, **kwargs) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        call(*args, **kwargs)
    return caught.value.errors


def test_a_name_longer_than_its_column_holds_is_refused_at_the_field(desk, school_id):
    # SQLite keeps text of any length in a VARCHAR(n); PostgreSQL refuses the whole save.
    year = desk.school_years.create(SchoolYearDraft(2026))
    _, terms, _ = desk.school_years.get(year)
    too_long = "Syyslukukausi " * 10  # 140 characters
    assert "too long" in errors_of(edit_part, desk.school_years, "term", terms[0].id,
                                   name=too_long)["name"]
    assert "too long" in errors_of(desk.school_years.add_break, year, BreakDraft(
        name=too_long, kind=BreakKind.OTHER, starts=date(2026, 10, 5),
        ends=date(2026, 10, 6)))["name"]
    tutor = desk.tutors.add(TutorDraft(name="Maija Meikäläinen", home_school_id=school_id,
                                       agreement_start=date(2026, 8, 1),
                                       agreement_end=date(2027, 7, 31)))
    title = "Scratch " * 30  # 240 characters
    assert "too long" in errors_of(desk.lessons.add, LessonDraft(
        title=title, tutor_ids=(tutor,), place_kind="school", school_id=school_id,
        starts_at=datetime(2026, 9, 9, 14, 30), ends_at=datetime(2026, 9, 9, 16)))["title"]
    assert desk.school_years.get(year)[1][0].name == terms[0].name


@pytest.mark.parametrize("record_id", [0, -1, 2**31, 2**63])
def test_an_id_that_cannot_be_is_not_found(desk, record_id):
    # PostgreSQL's ids are 32-bit and it refuses to look up a larger one.
    with pytest.raises(NotFound):
        desk.schools.get(record_id)
    with pytest.raises(NotFound):
        edit(desk.teachers, record_id, name="Liisa")


def test_a_reference_to_an_id_that_cannot_be_is_refused_at_the_field(desk, school_id):
    tutor = desk.tutors.add(TutorDraft(name="Maija Meikäläinen", home_school_id=school_id,
                                       agreement_start=date(2026, 8, 1),
                                       agreement_end=date(2027, 7, 31)))
    errors = errors_of(edit, desk.tutors, tutor, home_school_id=2**31)
    assert list(errors) == ["home_school_id"]


@pytest.mark.parametrize("price", [Decimal("100000000"), Decimal("99999999.999")])
def test_a_price_beyond_its_column_is_refused_at_the_field(desk, price):
    # NUMERIC(10, 2): SQLite keeps any number, PostgreSQL refuses the whole save.
    desk.devices.add_category(CategoryDraft(name="iPad", loan_days=30))
    errors = errors_of(desk.devices.add, DeviceDraft(asset_tag="VAN-001", category="iPad",
                                                     price=price))
    assert errors == {"price": "Price cannot be more than 99999999."}
    kept = desk.devices.add(DeviceDraft(asset_tag="VAN-002", category="iPad",
                                        price=Decimal("99999999.99")))
    assert desk.devices.get(kept).price == Decimal("99999999.99")
