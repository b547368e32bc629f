"""The school year, its terms and breaks, and which days are school days."""

from datetime import date, timedelta

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from coachdesk.domain.calendar import (
    Break,
    BreakDraft,
    BreakKind,
    SchoolYear,
    SchoolYearDraft,
    Term,
    TermDraft,
    is_school_day,
    ranges_overlap,
    school_year_bounds,
)
from coachdesk.domain.errors import ValidationError

YEAR = SchoolYear.beginning(2024)


def autumn(**changes) -> Term:
    values = {
        "school_year_id": 1, "name": "Autumn term",
        "starts": date(2024, 8, 8), "ends": date(2024, 12, 21),
    }
    values.update(changes)
    return Term(**values)


def spring(**changes) -> Term:
    values = {
        "school_year_id": 1, "name": "Spring term",
        "starts": date(2025, 1, 7), "ends": date(2025, 5, 31),
    }
    values.update(changes)
    return Term(**values)


def a_break(**changes) -> Break:
    values = {
        "school_year_id": 1, "name": "Autumn break", "kind": BreakKind.AUTUMN,
        "starts": date(2024, 10, 14), "ends": date(2024, 10, 18),
    }
    values.update(changes)
    return Break(**values)


def errors_of(check) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        check()
    return caught.value.errors


# -- school year ---------------------------------------------------------------------------


def test_school_year_runs_from_1_august_to_31_july():
    assert school_year_bounds(2024) == (date(2024, 8, 1), date(2025, 7, 31))
    assert (YEAR.name, YEAR.starts, YEAR.ends) == ("2024–2025", date(2024, 8, 1), date(2025, 7, 31))
    YEAR.check()


def test_school_year_contains_only_ranges_wholly_inside_it():
    assert YEAR.contains(date(2024, 8, 1), date(2025, 7, 31))
    assert YEAR.contains(date(2024, 12, 1), date(2024, 12, 1))
    assert not YEAR.contains(date(2024, 7, 31), date(2024, 8, 5))
    assert not YEAR.contains(date(2025, 7, 30), date(2025, 8, 1))


def test_school_year_check_rejects_wrong_bounds_and_a_blank_name():
    year = SchoolYear(name="  ", starts=date(2024, 9, 1), ends=date(2025, 6, 30))
    errors = errors_of(year.check)
    assert errors == {
        "name": "Name is required.",
        "starts": "A school year starts on 1 August.",
        "ends": "A school year ends on 31 July of the next year.",
    }


def test_school_year_must_end_in_the_year_after_it_starts():
    year = SchoolYear(name="Too long", starts=date(2024, 8, 1), ends=date(2026, 7, 31))
    assert set(errors_of(year.check)) == {"ends"}


def test_school_year_check_tidies_the_name():
    year = SchoolYear(name="  2024–2025 ", starts=date(2024, 8, 1), ends=date(2025, 7, 31))
    year.check()
    assert year.name == "2024–2025"


# -- terms ---------------------------------------------------------------------------------


def test_a_term_inside_its_year_is_valid():
    term = autumn(name="  Autumn term ")
    term.check(YEAR, others=[spring(id=2)])
    assert term.name == "Autumn term"


def test_a_term_cannot_end_before_it_starts():
    term = autumn(starts=date(2024, 12, 1), ends=date(2024, 11, 30))
    assert errors_of(lambda: term.check(YEAR)) == {
        "ends": "A term cannot end before it starts."
    }


def test_a_one_day_term_is_allowed():
    autumn(starts=date(2024, 9, 2), ends=date(2024, 9, 2)).check(YEAR)


@pytest.mark.parametrize(
    ("starts", "ends"),
    [
        (date(2024, 7, 31), date(2024, 12, 20)),  # starts the day before the year
        (date(2025, 6, 1), date(2025, 8, 1)),  # ends the day after the year
        (date(2023, 8, 10), date(2023, 12, 20)),  # a whole year early
    ],
)
def test_a_term_must_lie_inside_its_school_year(starts, ends):
    term = autumn(starts=starts, ends=ends)
    assert errors_of(lambda: term.check(YEAR)) == {
        "starts": "A term must lie inside its school year."
    }


def test_a_term_may_fill_the_whole_school_year():
    autumn(starts=YEAR.starts, ends=YEAR.ends).check(YEAR)


def test_overlapping_terms_are_rejected_and_the_other_term_is_named():
    term = spring(starts=date(2024, 12, 21), id=None)  # shares 21 December with autumn
    errors = errors_of(lambda: term.check(YEAR, others=[autumn(id=1)]))
    assert errors == {"starts": "This term overlaps Autumn term."}


def test_terms_that_touch_without_sharing_a_day_are_fine():
    spring(starts=date(2024, 12, 22)).check(YEAR, others=[autumn(id=1)])


def test_a_saved_term_does_not_overlap_itself_when_edited():
    saved = autumn(id=7)
    edited = autumn(id=7, ends=date(2024, 12, 22))  # the same row, loaded again
    edited.check(YEAR, others=[saved, spring(id=8)])


def test_a_term_is_skipped_when_it_is_in_the_list_of_others():
    term = autumn()
    term.check(YEAR, others=[term])


def test_two_new_unsaved_terms_that_overlap_are_rejected():
    # Neither has an id yet (e.g. a whole year typed in before saving): they are still
    # two terms, and overlapping is still wrong.
    first = autumn(id=None)
    second = autumn(id=None, name="Autumn copy")
    errors = errors_of(lambda: second.check(YEAR, others=[first]))
    assert errors == {"starts": "This term overlaps Autumn term."}


def test_term_check_reports_every_problem_at_once():
    term = Term(school_year_id=1, name="", starts=date(2025, 9, 1), ends=date(2025, 8, 1))
    errors = errors_of(lambda: term.check(YEAR))
    assert set(errors) == {"name", "ends", "starts"}


# -- breaks --------------------------------------------------------------------------------


def test_a_break_inside_its_year_is_valid():
    brk = a_break(name=" Syysloma ")
    brk.check(YEAR)
    assert brk.name == "Syysloma"


def test_a_break_cannot_end_before_it_starts_or_leave_its_year():
    backwards = a_break(starts=date(2024, 10, 18), ends=date(2024, 10, 14))
    assert errors_of(lambda: backwards.check(YEAR)) == {
        "ends": "A break cannot end before it starts."
    }
    outside = a_break(starts=date(2025, 7, 28), ends=date(2025, 8, 3))
    assert errors_of(lambda: outside.check(YEAR)) == {
        "starts": "A break must lie inside its school year."
    }


def test_a_break_needs_a_name():
    assert errors_of(lambda: a_break(name="").check(YEAR)) == {"name": "Name is required."}


# -- ranges_overlap ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ((1, 5), (5, 9), True),  # share the last / first day
        ((1, 5), (6, 9), False),  # touch without sharing a day
        ((1, 9), (3, 4), True),  # one inside the other
        ((3, 3), (3, 3), True),  # the same single day
        ((1, 2), (8, 9), False),
    ],
)
def test_ranges_overlap_is_inclusive(a, b, expected):
    def day(n):
        return date(2024, 9, n)

    assert ranges_overlap(day(a[0]), day(a[1]), day(b[0]), day(b[1])) is expected


DAYS = st.dates(min_value=date(2024, 8, 1), max_value=date(2024, 9, 30))


def ordered(first: date, second: date) -> tuple[date, date]:
    return min(first, second), max(first, second)


@given(DAYS, DAYS, DAYS, DAYS)
def test_ranges_overlap_is_symmetric_and_matches_counting_shared_days(a1, a2, b1, b2):
    a_first, a_last = ordered(a1, a2)
    b_first, b_last = ordered(b1, b2)
    days_a = {a_first + timedelta(n) for n in range((a_last - a_first).days + 1)}
    days_b = {b_first + timedelta(n) for n in range((b_last - b_first).days + 1)}
    expected = bool(days_a & days_b)
    assert ranges_overlap(a_first, a_last, b_first, b_last) is expected
    assert ranges_overlap(b_first, b_last, a_first, a_last) is expected


@given(DAYS, DAYS)
def test_a_range_always_overlaps_itself(d1, d2):
    first, last = ordered(d1, d2)
    assert ranges_overlap(first, last, first, last)


# -- is_school_day -------------------------------------------------------------------------

TERMS = [autumn(), spring()]
BREAKS = [
    a_break(),
    a_break(
        name="Independence Day", kind=BreakKind.PUBLIC_HOLIDAY,
        starts=date(2024, 12, 6), ends=date(2024, 12, 6),
    ),
]


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2024, 9, 2), True),  # a Monday in the autumn term
        (date(2024, 9, 6), True),  # a Friday
        (date(2024, 9, 7), False),  # a Saturday
        (date(2024, 9, 8), False),  # a Sunday
        (date(2024, 8, 7), False),  # a Wednesday before the term starts
        (date(2024, 8, 8), True),  # the first day of the term
        (date(2024, 12, 20), True),  # a Friday before the term's last day
        (date(2024, 12, 23), False),  # Christmas holiday: between the terms
        (date(2024, 10, 14), False),  # the first day of the autumn break
        (date(2024, 10, 18), False),  # its last day
        (date(2024, 10, 21), True),  # the Monday after it
        (date(2024, 12, 6), False),  # a public holiday on a Friday
        (date(2025, 1, 7), True),  # the first day of spring term (a Tuesday)
        (date(2025, 6, 2), False),  # summer
    ],
)
def test_is_school_day(day, expected):
    assert is_school_day(day, TERMS, BREAKS) is expected


def test_no_terms_means_no_school_days():
    assert not is_school_day(date(2024, 9, 2), [], [])


def test_is_school_day_accepts_one_shot_iterables():
    assert is_school_day(date(2024, 9, 2), iter(TERMS), iter(BREAKS))


ANY_DAY = st.dates(min_value=date(2024, 8, 1), max_value=date(2025, 7, 31))


@given(ANY_DAY)
def test_weekends_are_never_school_days(day):
    assume(day.weekday() >= 5)
    assert not is_school_day(day, [autumn(starts=YEAR.starts, ends=YEAR.ends)], [])


@given(ANY_DAY, ANY_DAY, ANY_DAY)
def test_a_break_removes_exactly_its_own_days(day, b1, b2):
    whole_year = [Term(1, "All year", YEAR.starts, YEAR.ends)]
    first, last = ordered(b1, b2)
    brk = Break(1, "Break", BreakKind.OTHER, first, last)
    expected = day.weekday() < 5 and not first <= day <= last
    assert is_school_day(day, whole_year, [brk]) is expected
    # Without the break every weekday of the year is a school day.
    assert is_school_day(day, whole_year, []) is (day.weekday() < 5)


@given(ANY_DAY, st.lists(st.tuples(ANY_DAY, ANY_DAY), max_size=3),
       st.lists(st.tuples(ANY_DAY, ANY_DAY), max_size=3))
def test_is_school_day_agrees_with_its_definition(day, term_spans, break_spans):
    terms = [Term(1, f"T{i}", *ordered(*span)) for i, span in enumerate(term_spans)]
    breaks = [Break(1, f"B{i}", BreakKind.OTHER, *ordered(*s)) for i, s in enumerate(break_spans)]
    in_term = any(t.starts <= day <= t.ends for t in terms)
    in_break = any(b.starts <= day <= b.ends for b in breaks)
    weekday = day.isoweekday() <= 5
    assert is_school_day(day, terms, breaks) is (weekday and in_term and not in_break)


# -- the drafts a form gives ---------------------------------------------------------------


def draft_errors(draft) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        draft.check()
    return caught.value.errors


@pytest.mark.parametrize(("draft", "bad"), [
    (SchoolYearDraft(None), {"start_year"}),
    (SchoolYearDraft(26), {"start_year"}),
    (SchoolYearDraft(2026, None), {"winter_week"}),
    (SchoolYearDraft(2026, 40), {"winter_week"}),
    (SchoolYearDraft(1999, 1), {"start_year", "winter_week"}),
])
def test_a_new_year_draft_names_its_mistakes(draft, bad):
    assert set(draft_errors(draft)) == bad


def test_a_new_year_from_2000_to_2100_with_a_spring_week():
    SchoolYearDraft(2000, 2).check()
    SchoolYearDraft(2100, 21).check()


def test_term_and_break_drafts_name_every_mistake_without_their_year():
    TermDraft("Syyslukukausi", date(2026, 8, 12), date(2026, 12, 19)).check()
    assert set(draft_errors(TermDraft(" ", None, None))) == {"name", "starts", "ends"}
    assert set(draft_errors(TermDraft("Syksy", date(2026, 12, 1), date(2026, 8, 1)))) == {"ends"}
    BreakDraft("Syysloma", BreakKind.AUTUMN, date(2026, 10, 12), date(2026, 10, 18)).check()
    assert set(draft_errors(BreakDraft("", "strike", None,
                                       date(2026, 10, 18)))) == {"name", "kind", "starts"}
