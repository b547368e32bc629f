"""Who reviews whose work: each submitter gets ``n`` peers, never themselves.

The submitters are put in a circle, schools interleaved, and each author is reviewed by
the people a fixed set of steps further round it. Every step gives each person exactly
one review to write, so with ``n`` distinct steps every author gets ``n`` reviewers (all
the others when there are fewer) and everyone writes the same number of reviews. The
steps are chosen, of all those the circle allows, to pair people of different schools
as often as possible.
"""

from collections import defaultdict
from collections.abc import Sequence


def interleaved(people: Sequence[tuple[int, int | None]]) -> list[int]:
    """The people's ids with their schools taken in turn: the largest school first in
    each round, so that neighbours share a school as seldom as the numbers allow."""
    by_school: dict[int | None, list[int]] = defaultdict(list)
    for person, school in sorted(people, key=lambda p: (p[1] is None, p[1] or 0, p[0])):
        by_school[school].append(person)
    groups = sorted(by_school.values(), key=lambda g: (-len(g), g[0]))
    order: list[int] = []
    for round_ in range(max((len(g) for g in groups), default=0)):
        order += [g[round_] for g in groups if round_ < len(g)]
    return order


def assign_reviewers(people: Sequence[tuple[int, int | None]], n: int
                     ) -> dict[int, list[int]]:
    """{author: reviewers} for ``people`` given as (id, school id). Each author gets
    ``min(n, len(people) - 1)`` reviewers, none themselves, and each person reviews as
    many as every other."""
    if n < 1:
        raise ValueError("at least one reviewer per submission")
    order = interleaved(list(dict(people).items()))
    size = len(order)
    school = dict(people)
    wanted = min(n, size - 1)
    if wanted <= 0:
        return {person: [] for person in order}

    def same_school(step: int) -> int:
        return sum(1 for i, person in enumerate(order)
                   if school[person] is not None
                   and school[person] == school[order[(i + step) % size]])

    steps = sorted(range(1, size), key=lambda step: (same_school(step), step))[:wanted]
    steps.sort()
    return {person: [order[(i + step) % size] for step in steps]
            for i, person in enumerate(order)}
