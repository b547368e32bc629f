"""desk.school_years on a real database: default years, terms, breaks and the calendar."""

from datetime import date

import pytest

from coachdesk.domain.calendar import BreakDraft, BreakKind, SchoolYearDraft
from coachdesk.domain.errors import NotFound, ValidationError
from tests.drafts import edit_part


@pytest.fixture
def year_id(desk):
    return desk.school_years.create(SchoolYearDraft(2026))


def terms_of(desk, year_id):
    return desk.school_years.get(year_id)[1]


def breaks_of(desk, year_id, kind=None):
    return [b for b in desk.school_years.get(year_id)[2] if kind is None or b.kind is kind]


def errors_of(call, *args, **kwargs) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        call(*args, **kwargs)
    return caught.value.errors


# -- creating ---------------------------------------------------------------------------


def test_create_gives_the_finnish_defaults(desk, year_id):
    year, terms, breaks = desk.school_years.get(year_id)
    assert (year.name, year.starts, year.ends) == ("2026–2027", date(2026, 8, 1),
                                                    date(2027, 7, 31))
    assert [(t.starts, t.ends) for t in terms] == [
        (date(2026, 8, 12), date(2026, 12, 19)), (date(2027, 1, 7), date(2027, 6, 5))]
    assert {b.kind for b in breaks} == set(BreakKind) - {BreakKind.OTHER}
    assert all(b.school_year_id == year_id for b in [*terms, *breaks])
    assert [b.starts for b in breaks] == sorted(b.starts for b in breaks)


def test_create_with_another_winter_week(desk):
    year_id = desk.school_years.create(SchoolYearDraft(2027, winter_week=9))
    (winter,) = breaks_of(desk, year_id, BreakKind.WINTER)
    assert (winter.starts, winter.ends) == (date(2028, 2, 28), date(2028, 3, 5))


def test_a_year_is_created_once(desk, year_id):
    errors = errors_of(desk.school_years.create, SchoolYearDraft(2026))
    assert set(errors) == {"start_year"}
    assert "2026–2027" in errors["start_year"]
    assert desk.school_years.years() == [(year_id, "2026–2027")]


@pytest.mark.parametrize(("fields", "bad"), [
    ({"start_year": None}, {"start_year"}),
    ({"start_year": 26}, {"start_year"}),
    ({"start_year": 2026, "winter_week": 40}, {"winter_week"}),
    ({"start_year": 2026, "winter_week": None}, {"winter_week"}),
    ({"start_year": 1999, "winter_week": 0}, {"start_year", "winter_week"}),
])
def test_nonsense_years_and_weeks_are_field_errors(desk, fields, bad):
    # Text that is no number is the form's to name (tests/ui/test_school_calendar_page).
    assert set(errors_of(desk.school_years.create, SchoolYearDraft(**fields))) == bad
    assert desk.school_years.years() == []


def test_years_newest_first_and_year_of(desk, year_id):
    later = desk.school_years.create(SchoolYearDraft(2027))
    assert desk.school_years.years() == [(later, "2027–2028"), (year_id, "2026–2027")]
    assert desk.school_years.year_of(date(2027, 7, 31)) == year_id
    assert desk.school_years.year_of(date(2027, 8, 1)) == later
    assert desk.school_years.year_of(date(2020, 1, 1)) is None
    assert desk.school_years.spans() == [
        (later, "2027–2028", date(2027, 8, 1), date(2028, 7, 31)),
        (year_id, "2026–2027", date(2026, 8, 1), date(2027, 7, 31))]


def test_a_missing_year(desk):
    with pytest.raises(NotFound):
        desk.school_years.get(999)
    with pytest.raises(NotFound):
        desk.school_years.add_break(999, BreakDraft(name="Loma", starts=date(2026, 10, 1),
                                                    ends=date(2026, 10, 2)))


# -- terms ------------------------------------------------------------------------------


def test_update_a_term(desk, year_id):
    autumn, _ = terms_of(desk, year_id)
    edit_part(desk.school_years, "term", autumn.id, name="Syyslukukausi", starts=date(2026, 8, 10),
                                  ends=date(2026, 12, 22))
    autumn, _ = terms_of(desk, year_id)
    assert (autumn.name, autumn.starts, autumn.ends) == (
        "Syyslukukausi", date(2026, 8, 10), date(2026, 12, 22))


@pytest.mark.parametrize(("fields", "field", "text"), [
    ({"ends": date(2027, 1, 8)}, "starts", "overlaps"),  # into the spring term
    ({"starts": date(2026, 7, 31)}, "starts", "inside its school year"),
    ({"starts": date(2026, 12, 20), "ends": date(2026, 12, 1)}, "ends", "before it starts"),
    ({"starts": None}, "starts", "required"),
    ({"name": " "}, "name", "required"),
])
def test_a_bad_term_is_refused_and_nothing_changes(desk, year_id, fields, field, text):
    autumn, _ = terms_of(desk, year_id)
    errors = errors_of(edit_part, desk.school_years, "term", autumn.id, **fields)
    assert field in errors
    assert text in errors[field]
    after, _ = terms_of(desk, year_id)
    assert (after.name, after.starts, after.ends) == (autumn.name, autumn.starts, autumn.ends)


def test_a_term_may_keep_its_own_dates(desk, year_id):
    _, spring = terms_of(desk, year_id)
    edit_part(desk.school_years, "term", spring.id, starts=spring.starts, ends=spring.ends)


def test_terms_of_another_year_do_not_count_as_overlap(desk, year_id):
    desk.school_years.create(SchoolYearDraft(2027))
    _, spring = terms_of(desk, year_id)
    edit_part(desk.school_years, "term", spring.id, ends=date(2027, 7, 31))
    assert terms_of(desk, year_id)[1].ends == date(2027, 7, 31)


# -- breaks -----------------------------------------------------------------------------


def test_add_update_and_delete_a_break(desk, year_id):
    gap = desk.school_years.add_break(year_id, BreakDraft(name="Koulutuspäivä", kind="other",
                                                          starts=date(2026, 11, 2),
                                                          ends=date(2026, 11, 2)))
    assert desk.school_years.calendar(date(2026, 11, 2), date(2026, 11, 2)).is_school_day(
        date(2026, 11, 2)) is False
    edit_part(desk.school_years, "break", gap, name="Veso", starts=date(2026, 11, 3),
              ends=date(2026, 11, 4))
    (found,) = breaks_of(desk, year_id, BreakKind.OTHER)
    assert (found.id, found.name, found.starts, found.ends) == (
        gap, "Veso", date(2026, 11, 3), date(2026, 11, 4))
    calendar = desk.school_years.calendar(date(2026, 11, 2), date(2026, 11, 4))
    assert [calendar.is_school_day(date(2026, 11, d)) for d in (2, 3, 4)] == [True, False, False]
    desk.school_years.delete_break(gap)
    assert breaks_of(desk, year_id, BreakKind.OTHER) == []
    with pytest.raises(NotFound):
        desk.school_years.delete_break(gap)


def test_moving_the_default_winter_break(desk, year_id):
    (winter,) = breaks_of(desk, year_id, BreakKind.WINTER)
    edit_part(desk.school_years, "break", winter.id, starts=date(2027, 3, 1), ends=date(2027, 3, 7))
    calendar = desk.school_years.calendar(date(2027, 2, 22), date(2027, 3, 7))
    assert calendar.is_school_day(date(2027, 2, 23))
    assert not calendar.is_school_day(date(2027, 3, 2))


@pytest.mark.parametrize(("fields", "field"), [
    ({"starts": date(2027, 7, 20), "ends": date(2027, 8, 5)}, "starts"),  # runs out of its year
    ({"starts": date(2026, 7, 1), "ends": date(2026, 7, 2)}, "starts"),  # before its year
    ({"starts": date(2026, 11, 5), "ends": date(2026, 11, 4)}, "ends"),
    ({"starts": None, "ends": date(2026, 11, 4)}, "starts"),
    ({"ends": None}, "ends"),
    ({"kind": "strike"}, "kind"),
    ({"name": ""}, "name"),
])
def test_a_bad_break_is_refused_and_not_saved(desk, year_id, fields, field):
    values = {"name": "Veso", "kind": "other", "starts": date(2026, 11, 3),
              "ends": date(2026, 11, 4)}
    values.update(fields)
    before = len(breaks_of(desk, year_id))
    assert field in errors_of(desk.school_years.add_break, year_id, BreakDraft(**values))
    assert len(breaks_of(desk, year_id)) == before


def test_a_bad_update_leaves_the_break_as_it_was(desk, year_id):
    (autumn_break,) = breaks_of(desk, year_id, BreakKind.AUTUMN)
    errors = errors_of(edit_part, desk.school_years, "break", autumn_break.id,
                       ends=date(2027, 8, 1))
    assert set(errors) == {"starts"}
    (after,) = breaks_of(desk, year_id, BreakKind.AUTUMN)
    assert (after.starts, after.ends) == (autumn_break.starts, autumn_break.ends)


def test_a_reversed_update_is_a_field_error(desk, year_id):
    (autumn_break,) = breaks_of(desk, year_id, BreakKind.AUTUMN)
    errors = errors_of(edit_part, desk.school_years, "break", autumn_break.id,
                       starts=date(2026, 10, 20))
    assert set(errors) == {"ends"}
    (after,) = breaks_of(desk, year_id, BreakKind.AUTUMN)
    assert after.starts == autumn_break.starts


def test_a_missing_break(desk):
    with pytest.raises(NotFound):
        edit_part(desk.school_years, "break", 999, name="x")


# -- the calendar -----------------------------------------------------------------------


def test_calendar_of_a_period(desk, year_id):
    calendar = desk.school_years.calendar(date(2026, 10, 1), date(2026, 10, 31))
    assert [b.kind for b in calendar.breaks] == [BreakKind.AUTUMN]
    assert calendar.is_school_day(date(2026, 10, 9))
    assert not calendar.is_school_day(date(2026, 10, 14))  # autumn break
    assert not calendar.is_school_day(date(2026, 10, 10))  # Saturday
    assert calendar.term_on(date(2026, 10, 1)).name == "Autumn term 2026"


def test_calendar_knows_public_holidays(desk, year_id):
    calendar = desk.school_years.calendar(date(2027, 5, 1), date(2027, 5, 31))
    assert not calendar.is_school_day(date(2027, 5, 6))  # Ascension Day
    assert calendar.is_school_day(date(2027, 5, 7))


def test_calendar_of_a_summer_has_no_school_days(desk, year_id):
    calendar = desk.school_years.calendar(date(2027, 6, 7), date(2027, 7, 31))
    assert not any(calendar.is_school_day(date(2027, 6, d)) for d in range(7, 31))


def test_calendar_of_a_year_not_entered_counts_weekdays(desk, year_id):
    calendar = desk.school_years.calendar(date(2030, 9, 2), date(2030, 9, 8))
    assert calendar.terms == [] and calendar.breaks == []
    assert calendar.is_school_day(date(2030, 9, 2))
    assert not calendar.is_school_day(date(2030, 9, 7))


def test_calendar_across_years(desk, year_id):
    desk.school_years.create(SchoolYearDraft(2027))
    calendar = desk.school_years.calendar(date(2027, 5, 1), date(2027, 9, 30))
    assert {t.name for t in calendar.terms} >= {"Spring term 2027", "Autumn term 2027"}
    assert calendar.is_school_day(date(2027, 9, 1))
    assert not calendar.is_school_day(date(2027, 7, 1))


# -- term_on ----------------------------------------------------------------------------


def test_term_on(desk, year_id):
    autumn, spring = terms_of(desk, year_id)
    as_row = lambda t: (t.id, t.name, t.starts, t.ends)  # noqa: E731
    assert desk.school_years.term_on(date(2026, 9, 1)) == as_row(autumn)
    assert desk.school_years.term_on(date(2026, 12, 19)) == as_row(autumn)
    assert desk.school_years.term_on(date(2026, 12, 24)) == as_row(spring)  # the next one
    assert desk.school_years.term_on(date(2026, 8, 1)) == as_row(autumn)
    assert desk.school_years.term_on(date(2027, 7, 1)) == as_row(spring)  # the last one
    assert desk.school_years.terms() == [as_row(spring), as_row(autumn)]


def test_term_on_without_terms(desk):
    assert desk.school_years.term_on(date(2026, 9, 1)) is None
