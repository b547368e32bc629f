"""Completion rules of a training: the rules without a database."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coachdesk.domain.errors import ValidationError
from coachdesk.domain.lessons import Attendance
from coachdesk.domain.training import (
    CompletionRule,
    CompletionStatus,
    Progress,
    TrainingDraft,
    Work,
    completion,
)

P, L, E, A = Attendance.PRESENT, Attendance.LATE, Attendance.EXCUSED, Attendance.ABSENT
RULE = CompletionRule(min_attendance=80)


def status(marks, rule=RULE) -> CompletionStatus:
    return completion(rule, Progress(tuple(marks))).status


# -- completion ---------------------------------------------------------------------------

def test_eighty_per_cent_of_five_sessions_is_four():
    assert status([P, P, P, P, A]) is CompletionStatus.COMPLETED
    assert status([P, P, P, A, A]) is CompletionStatus.NOT_COMPLETED


def test_late_counts_as_present_only_when_the_rule_says_so():
    assert status([P, L, L, P, A]) is CompletionStatus.COMPLETED
    strict = CompletionRule(min_attendance=80, late_counts=False)
    assert status([P, L, L, P, A], strict) is CompletionStatus.NOT_COMPLETED


def test_an_excused_absence_is_not_attendance():
    assert status([P, P, P, E, E]) is CompletionStatus.NOT_COMPLETED


def test_sessions_to_come_keep_a_teacher_in_progress_while_the_rule_can_still_be_met():
    result = completion(RULE, Progress((P, A, None, None, None)))
    assert result.status is CompletionStatus.IN_PROGRESS
    assert "1 of 5" in result.reason and "4 needed" in result.reason
    # Two absences of five: four can no longer be reached.
    assert status([P, A, A, None, None]) is CompletionStatus.NOT_COMPLETED


def test_a_training_without_sessions_is_in_progress():
    assert status([]) is CompletionStatus.IN_PROGRESS


@given(st.lists(st.sampled_from([P, L, E, A, None]), max_size=12),
       st.integers(0, 100), st.booleans())
def test_completed_exactly_when_enough_sessions_count(marks, share, late_counts):
    rule = CompletionRule(share, late_counts)
    result = completion(rule, Progress(tuple(marks)))
    attended = sum(m is P or (late_counts and m is L) for m in marks)
    needed = rule.needed(len(marks))
    assert (result.status is CompletionStatus.COMPLETED) == (bool(marks) and attended >= needed)
    if result.status is CompletionStatus.NOT_COMPLETED:
        assert attended + marks.count(None) < needed


def test_assignments_handed_in_and_reviews_given_when_the_rule_asks():
    today, past, ahead = date(2026, 11, 16), date(2026, 11, 1), date(2026, 12, 1)
    rule = CompletionRule(100, require_submissions=True, require_reviews=True)

    def result(*work: Work):
        return completion(rule, Progress((P, P), work), today)

    assert result(Work("Essay", past, True, 2, 2)).status is CompletionStatus.COMPLETED
    late = result(Work("Essay", past, False))
    assert late.status is CompletionStatus.NOT_COMPLETED
    assert late.reason == "“Essay” not handed in."
    waiting = result(Work("Essay", ahead, True, 2, 1))
    assert waiting.status is CompletionStatus.IN_PROGRESS
    assert waiting.reason == "1 peer reviews of “Essay” still to give."
    # One piece of work past its day decides, whatever else can still be done.
    assert result(Work("Plan", ahead, False), Work("Essay", past, True, 2, 0)).status \
        is CompletionStatus.NOT_COMPLETED
    # Without the requirements the missing work does not matter.
    assert completion(RULE, Progress((P, P), (Work("Essay", past, False, 2, 0),)),
                      today).status is CompletionStatus.COMPLETED
    only_handing_in = CompletionRule(100, require_submissions=True)
    assert completion(only_handing_in, Progress((P, P), (Work("Essay", past, True, 2, 0),)),
                      today).status is CompletionStatus.COMPLETED


def test_a_training_names_one_source_and_a_rule_in_range():
    with pytest.raises(ValidationError) as raised:
        TrainingDraft(name="", min_attendance=120, reviewers=0, score_max=1).check()
    assert set(raised.value.errors) == {"name", "source", "min_attendance", "reviewers",
                                        "score_max"}
    TrainingDraft(name="Digiloikka", series_id=1).check()
