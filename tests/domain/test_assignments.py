"""An assignment and a peer review as a form gives them, checked without a database."""

from datetime import date

import pytest

from coachdesk.domain.assignments import AssignmentDraft, ReviewDraft
from coachdesk.domain.errors import ValidationError


def errors(draft, *args) -> set[str]:
    with pytest.raises(ValidationError) as raised:
        draft.check(*args)
    return set(raised.value.errors)


def test_an_assignment_needs_a_one_line_title_and_a_plausible_due_date():
    AssignmentDraft("Essee", date(2026, 9, 30)).check()
    assert errors(AssignmentDraft(" ", date(1, 1, 1))) == {"title", "due_on"}
    assert errors(AssignmentDraft("Essee\nosa 2")) == {"title"}


def test_a_review_scores_on_the_scale_and_a_score_means_it_was_given():
    ReviewDraft(True, 5, "Hyvä").check(5)
    ReviewDraft(False).check(5)
    assert errors(ReviewDraft(True, 6), 5) == {"score"}
    assert errors(ReviewDraft(True, 0), 5) == {"score"}
    assert errors(ReviewDraft(False, 3), 5) == {"done"}
    assert errors(ReviewDraft(False, None, "Hyvä"), 5) == {"done"}
