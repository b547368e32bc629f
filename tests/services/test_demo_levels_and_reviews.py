"""The demo shows assignments with peer reviews and competence levels on first look, and
they obey the rules of data typed in by hand."""

from datetime import date

import pytest
from sqlalchemy import func, select

from coachdesk.domain.competence import LevelSource
from coachdesk.services.dashboard import AttentionKind
from coachdesk.storage import tables as t
from tests.prepared import open_copy

TODAY = date(2026, 11, 24)


@pytest.fixture
def filled(db_path, small_demo):
    demo = small_demo(TODAY, seed=7)
    with open_copy(demo.path, db_path) as desk:
        yield desk, dict(demo.counts)


def test_the_demo_series_has_assignments_handed_in_and_reviewed(filled):
    desk, counts = filled
    a, s, r = t.assignments.c, t.submissions.c, t.reviews.c
    with desk.db.reading() as conn:
        assignments = conn.execute(select(a.id, a.training_id)).all()
        handed = conn.execute(select(s.assignment_id, s.teacher_id, s.handed_in_on)).all()
        reviews = conn.execute(select(r.assignment_id, r.reviewer_id, r.author_id, r.done,
                                      r.score, r.comment)).all()
    assert len(assignments) == counts["assignments"] == 2
    assert len(reviews) == counts["peer_reviews"] > 0
    assert all(day <= TODAY for _a, _t, day in handed)
    submitted = {(x.assignment_id, x.teacher_id) for x in handed}
    per_author: dict[tuple[int, int], int] = {}
    for review in reviews:
        assert review.reviewer_id != review.author_id
        assert (review.assignment_id, review.author_id) in submitted
        assert (review.assignment_id, review.reviewer_id) in submitted
        assert (review.score is not None) == review.done and bool(review.comment) == review.done
        per_author[review.assignment_id, review.author_id] = per_author.get(
            (review.assignment_id, review.author_id), 0) + 1
    assert set(per_author.values()) == {2}
    assert any(review.done for review in reviews) and not all(review.done for review in reviews)


def test_the_demo_has_levels_and_a_gap_to_show(filled):
    desk, counts = filled
    cl = t.competence_levels.c
    with desk.db.reading() as conn:
        assert conn.scalar(select(func.count()).select_from(t.competence_levels)) == counts[
            "competence_levels"] > 0
        assert conn.scalar(select(func.max(cl.assessed_on))) <= TODAY
        sources = set(conn.scalars(select(cl.source).distinct()))
    assert sources == {LevelSource.SELF, LevelSource.CONFIRMED, LevelSource.CERTIFICATE}
    schools = desk.levels.schools(TODAY)
    assert any(s.below_target for s in schools)
    assert sum(1 for s in schools if desk.levels.own_targets(s.school_id)) == 1
    city = desk.levels.city(TODAY)
    assert 0 < city.unassessed < city.staff / 5
    assert AttentionKind.COMPETENCE in {item.kind for item in desk.dashboard.attention(TODAY)}
