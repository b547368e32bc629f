"""A tutor's visits to schools: their own rules and when two of them clash."""

from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coachdesk.domain.errors import ValidationError
from coachdesk.domain.visits import Visit, times_overlap

NINE = datetime(2024, 9, 3, 9, 0)


def visit(**changes) -> Visit:
    values = {
        "school_id": 1, "tutor_id": 2, "starts_at": NINE, "ends_at": NINE + timedelta(hours=2),
    }
    values.update(changes)
    return Visit(**values)


def errors_of(item: Visit) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        item.check()
    return caught.value.errors


def test_a_valid_visit_is_tidied_and_knows_its_hours():
    item = visit(notes="  bring the iPads ", ends_at=NINE + timedelta(minutes=45))
    item.check()
    assert item.notes == "bring the iPads"
    assert item.hours == 0.75


@pytest.mark.parametrize("length", [timedelta(0), timedelta(minutes=-1)])
def test_a_visit_must_end_after_it_starts(length):
    assert errors_of(visit(ends_at=NINE + length)) == {
        "ends_at": "A visit must end after it starts."
    }


def test_a_visit_starts_and_ends_on_the_same_day():
    overnight = visit(starts_at=datetime(2024, 9, 3, 22), ends_at=datetime(2024, 9, 4, 1))
    assert errors_of(overnight) == {"ends_at": "A visit starts and ends on the same day."}


def test_a_visit_may_last_until_the_last_minute_of_the_day():
    visit(starts_at=datetime(2024, 9, 3, 8), ends_at=datetime(2024, 9, 3, 23, 59)).check()


@pytest.mark.parametrize(
    ("reached", "ok"),
    [(None, True), (0, True), (1_000, True), (-1, False), (1_001, False)],
)
def test_teachers_reached_is_a_count_up_to_a_thousand(reached, ok):
    item = visit(teachers_reached=reached)
    if ok:
        item.check()
    else:
        assert set(errors_of(item)) == {"teachers_reached"}


def test_visit_check_reports_every_field():
    item = visit(ends_at=NINE - timedelta(days=1), teachers_reached=-1)
    errors = errors_of(item)
    assert set(errors) == {"ends_at", "teachers_reached"}
    # Backwards in time is the clearer message, so it wins over "another day".
    assert errors["ends_at"] == "A visit must end after it starts."


def at(hour: float) -> datetime:
    return NINE.replace(hour=0) + timedelta(hours=hour)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ((9, 10), (10, 11), False),  # back to back: no clash
        ((9, 10.5), (10, 11), True),
        ((9, 12), (10, 11), True),  # one inside the other
        ((9, 10), (9, 10), True),  # the same time
        ((9, 10), (11, 12), False),
        ((10, 11), (9, 10), False),
    ],
)
def test_times_overlap_uses_half_open_intervals(a, b, expected):
    assert times_overlap(at(a[0]), at(a[1]), at(b[0]), at(b[1])) is expected


MINUTES = st.integers(min_value=0, max_value=24 * 60)


def interval(m1: int, m2: int) -> tuple[int, int]:
    first, last = sorted((m1, m2))
    return first, max(last, first + 1)  # a visit lasts at least a minute


@given(MINUTES, MINUTES, MINUTES, MINUTES)
def test_times_overlap_is_symmetric_and_matches_counting_shared_minutes(a1, a2, b1, b2):
    a, b = interval(a1, a2), interval(b1, b2)
    shared = set(range(*a)) & set(range(*b))  # each minute [m, m+1) the interval covers
    expected = bool(shared)

    def t(m):
        return NINE.replace(hour=0) + timedelta(minutes=m)

    assert times_overlap(t(a[0]), t(a[1]), t(b[0]), t(b[1])) is expected
    assert times_overlap(t(b[0]), t(b[1]), t(a[0]), t(a[1])) is expected


@given(MINUTES, st.integers(min_value=1, max_value=600), st.integers(min_value=0, max_value=600))
def test_a_visit_starting_when_another_ends_never_clashes(start, length, next_length):
    first_end = NINE + timedelta(minutes=start + length)
    first_start = NINE + timedelta(minutes=start)
    second_end = first_end + timedelta(minutes=next_length)
    assert not times_overlap(first_start, first_end, first_end, second_end)
    assert times_overlap(first_start, first_end, first_start, first_end)
