"""Who reviews whose work: never oneself, N reviewers each, loads even, other schools
first."""

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coachdesk.domain.peer_review import assign_reviewers

people_at_schools = st.dictionaries(st.integers(1, 500), st.one_of(st.none(), st.integers(1, 4)),
                                    min_size=1, max_size=40)


@settings(max_examples=300)
@given(people_at_schools, st.integers(1, 6))
def test_nobody_reviews_themselves_every_submission_gets_n_and_loads_are_even(people, n):
    pairs = assign_reviewers(list(people.items()), n)
    assert set(pairs) == set(people)
    wanted = min(n, len(people) - 1)
    load = Counter(reviewer for reviewers in pairs.values() for reviewer in reviewers)
    for author, reviewers in pairs.items():
        assert author not in reviewers
        assert set(reviewers) <= set(people)
        assert len(reviewers) == len(set(reviewers)) == wanted
    loads = [load.get(person, 0) for person in people]
    assert max(loads) - min(loads) <= 1


def test_reviewers_come_from_other_schools_when_there_are_any():
    people = [(1, 10), (2, 10), (3, 10), (4, 20), (5, 20), (6, 20), (7, 30), (8, 30)]
    school = dict(people)
    pairs = assign_reviewers(people, 2)
    assert all(school[r] != school[author] for author, rs in pairs.items() for r in rs)


def test_two_submitters_review_each_other_whatever_n_asks():
    assert assign_reviewers([(1, 5), (2, 5)], 3) == {1: [2], 2: [1]}
    assert assign_reviewers([(1, 5)], 2) == {1: []}


def test_at_least_one_reviewer_is_asked_for():
    with pytest.raises(ValueError):
        assign_reviewers([(1, 5), (2, 6)], 0)
