"""Recruitment rounds, candidates and the moves they make, as pure rules."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coachdesk.domain.errors import ValidationError
from coachdesk.domain.recruitment import (
    Appointment,
    Candidate,
    CandidateDraft,
    Consent,
    RecruitmentRound,
    RoundDraft,
    check_move,
    consent_warning,
    next_step,
)
from coachdesk.domain.tutors import RecruitmentStatus, can_move

S = RecruitmentStatus
OPEN = [S.APPLIED, S.INTERVIEWED, S.SELECTED]
ENDED = [S.APPOINTED, S.DECLINED, S.WITHDRAWN]
AGREEMENT = Appointment(date(2026, 8, 1), date(2027, 7, 31))


def candidate(**changes) -> Candidate:
    values = {"round_id": 1, "name": "Maija Meikäläinen", "home_school_id": 1,
              "email": "maija@vantaa.fi"}
    values.update(changes)
    return Candidate(**values)


def move_errors(person: Candidate, target: S, **kwargs) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        check_move(person, target, **kwargs)
    return caught.value.errors


def check_errors(entity) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        entity.check()
    return caught.value.errors


# -- check_move: allowed ----------------------------------------------------------------


@pytest.mark.parametrize(("current", "target"),
                         [(S.APPLIED, S.INTERVIEWED), (S.INTERVIEWED, S.SELECTED)])
def test_a_candidate_moves_one_step_forward(current, target):
    check_move(candidate(status=current), target)  # no error


def test_a_selected_candidate_is_appointed_with_an_agreement():
    check_move(candidate(status=S.SELECTED), S.APPOINTED, appointment=AGREEMENT)


def test_an_agreement_of_one_day_is_enough():
    day = date(2026, 8, 1)
    check_move(candidate(status=S.SELECTED), S.APPOINTED, appointment=Appointment(day, day))


@pytest.mark.parametrize("current", OPEN)
def test_a_candidate_withdraws_from_any_open_step(current):
    check_move(candidate(status=current), S.WITHDRAWN)


@pytest.mark.parametrize("current", OPEN)
def test_a_candidate_is_declined_from_any_open_step_with_a_reason(current):
    check_move(candidate(status=current), S.DECLINED, reason="Not enough experience")


# -- check_move: refused ----------------------------------------------------------------


@pytest.mark.parametrize("current", OPEN)
@pytest.mark.parametrize("reason", ["", "   "])
def test_declining_needs_a_reason(current, reason):
    errors = move_errors(candidate(status=current), S.DECLINED, reason=reason)
    assert set(errors) == {"reason"}
    assert "reason" in errors["reason"]


@pytest.mark.parametrize("appointment", [None, Appointment(), Appointment(date(2026, 8, 1)),
                                         Appointment(None, date(2027, 7, 31))])
def test_appointing_needs_the_agreement_period(appointment):
    errors = move_errors(candidate(status=S.SELECTED), S.APPOINTED, appointment=appointment)
    assert set(errors) == {"agreement_start"}
    assert "agreement" in errors["agreement_start"]


def test_appointing_with_an_agreement_ending_before_it_starts_is_refused():
    errors = move_errors(candidate(status=S.SELECTED), S.APPOINTED,
                         appointment=Appointment(date(2027, 7, 31), date(2026, 8, 1)))
    assert set(errors) == {"agreement_end"}
    assert "before it starts" in errors["agreement_end"]


@pytest.mark.parametrize(("current", "target"), [
    (S.APPLIED, S.SELECTED),
    (S.APPLIED, S.APPOINTED),
    (S.INTERVIEWED, S.APPOINTED),
    (S.INTERVIEWED, S.APPLIED),
    (S.SELECTED, S.INTERVIEWED),
    (S.APPLIED, S.APPLIED),
    (S.SELECTED, S.SELECTED),
])
def test_skipping_or_going_back_is_refused(current, target):
    errors = move_errors(candidate(status=current), target, reason="r", appointment=AGREEMENT)
    assert set(errors) == {"status"}
    assert "Maija Meikäläinen" in errors["status"]
    assert current.label.lower() in errors["status"]


@pytest.mark.parametrize("current", ENDED)
@pytest.mark.parametrize("target", list(S))
def test_no_moves_after_the_candidate_is_appointed_declined_or_withdrawn(current, target):
    errors = move_errors(candidate(status=current), target, reason="r", appointment=AGREEMENT)
    assert set(errors) == {"status"}


def test_every_problem_of_a_move_is_named_at_once():
    errors = move_errors(candidate(status=S.APPLIED), S.APPOINTED,
                         appointment=Appointment(date(2027, 1, 1), date(2026, 1, 1)))
    assert set(errors) == {"status", "agreement_end"}


# -- consent_warning --------------------------------------------------------------------


@pytest.mark.parametrize("consent", [Consent.PENDING, Consent.REFUSED])
def test_appointing_without_consent_warns(consent):
    warning = consent_warning(candidate(status=S.SELECTED, consent=consent), S.APPOINTED)
    assert warning is not None
    assert "Maija Meikäläinen" in warning
    assert ("refused" if consent is Consent.REFUSED else "pending") in warning


def test_appointing_with_consent_given_does_not_warn():
    assert consent_warning(candidate(status=S.SELECTED, consent=Consent.GIVEN),
                           S.APPOINTED) is None


@pytest.mark.parametrize("consent", list(Consent))
@pytest.mark.parametrize("target", [s for s in S if s is not S.APPOINTED])
def test_only_appointing_asks_about_consent(consent, target):
    assert consent_warning(candidate(consent=consent), target) is None


# -- next_step --------------------------------------------------------------------------


@pytest.mark.parametrize(("status", "expected"), [
    (S.APPLIED, S.INTERVIEWED),
    (S.INTERVIEWED, S.SELECTED),
    (S.SELECTED, S.APPOINTED),
    (S.APPOINTED, None),
    (S.DECLINED, None),
    (S.WITHDRAWN, None),
])
def test_next_step(status, expected):
    assert next_step(status) is expected


@pytest.mark.parametrize("status", list(S))
def test_next_step_is_always_an_allowed_move(status):
    step = next_step(status)
    if step is not None:
        assert can_move(status, step)


# -- RecruitmentRound.check -------------------------------------------------------------


def a_round(**changes) -> RecruitmentRound:
    values = {"name": "Tutorhaku 2026", "opens": date(2026, 3, 1), "closes": date(2026, 3, 31)}
    values.update(changes)
    return RecruitmentRound(**values)


def test_a_good_round_passes_and_is_tidied():
    rnd = a_round(name="  Tutorhaku 2026 ", description=" Syksy ", tutors_sought=5)
    rnd.check()
    assert (rnd.name, rnd.description) == ("Tutorhaku 2026", "Syksy")


def test_a_round_may_open_and_close_on_the_same_day():
    a_round(opens=date(2026, 3, 1), closes=date(2026, 3, 1)).check()


@pytest.mark.parametrize(("changes", "field"), [
    ({"name": "  "}, "name"),
    ({"name": "x" * 201}, "name"),
    ({"closes": date(2026, 2, 28)}, "closes"),
    ({"tutors_sought": -1}, "tutors_sought"),
    ({"tutors_sought": 1001}, "tutors_sought"),
])
def test_round_field_errors(changes, field):
    assert set(check_errors(a_round(**changes))) == {field}


def test_a_round_names_every_bad_field():
    errors = check_errors(a_round(name="", closes=date(2025, 1, 1), tutors_sought=-3))
    assert set(errors) == {"name", "closes", "tutors_sought"}
    assert "close before it opens" in errors["closes"]


# -- Candidate.check --------------------------------------------------------------------


def test_a_good_candidate_passes_and_gets_a_search_key():
    person = candidate(name="  Maija  Meikäläinen ", notes=" hyvä ")
    person.check()
    assert person.name == "Maija  Meikäläinen"
    assert person.notes == "hyvä"
    assert person.search_key
    assert "maija" in person.search_key


@pytest.mark.parametrize(("changes", "field"), [
    ({"name": ""}, "name"),
    ({"name": "x" * 201}, "name"),
    ({"email": "maija@vantaa"}, "email"),
    ({"motivation": "x" * 10_001}, "motivation"),
    ({"notes": "x" * 10_001}, "notes"),
    ({"home_school_id": None}, "home_school_id"),
    ({"consent": "given"}, "consent"),  # a plain string, not a Consent
])
def test_candidate_field_errors(changes, field):
    assert set(check_errors(candidate(**changes))) == {field}


def test_a_candidate_without_email_is_fine():
    candidate(email="").check()


def test_a_candidate_names_every_bad_field():
    errors = check_errors(candidate(name=" ", email="nope", home_school_id=None))
    assert set(errors) == {"name", "email", "home_school_id"}


# -- hypothesis: any sequence of moves --------------------------------------------------


def attempt(person: Candidate, target: S) -> bool:
    """Try the move with everything a move may need; apply it if it is accepted."""
    try:
        check_move(person, target, reason="A reason", appointment=AGREEMENT)
    except ValidationError:
        return False
    person.status = target
    return True


@given(st.lists(st.sampled_from(list(S)), max_size=12))
def test_check_move_accepts_exactly_what_can_move_allows(targets):
    person = candidate()
    for target in targets:
        allowed = can_move(person.status, target)
        before = person.status
        assert attempt(person, target) is allowed
        assert person.status is (target if allowed else before)


@given(st.lists(st.sampled_from(list(S)), max_size=12))
def test_reachable_statuses_follow_the_documented_path(targets):
    person = candidate()
    path = [person.status]
    for target in targets:
        if attempt(person, target):
            path.append(person.status)
    # Forward through applied → interviewed → selected → appointed, one step at a time ...
    forward = [S.APPLIED, S.INTERVIEWED, S.SELECTED, S.APPOINTED]
    open_part = [s for s in path if s not in (S.DECLINED, S.WITHDRAWN)]
    assert open_part == forward[:len(open_part)]
    # ... and leaving (declined / withdrawn) only as the very last move, from an open step.
    for i, status in enumerate(path):
        if status in (S.DECLINED, S.WITHDRAWN):
            assert i == len(path) - 1
            assert path[i - 1] in OPEN
    # Nothing follows an ended status.
    assert all(s not in ENDED for s in path[:-1])


@given(st.lists(st.sampled_from(list(S)), max_size=12))
def test_following_next_step_from_applied_ends_at_appointed(targets):
    person = candidate()
    while (step := next_step(person.status)) is not None:
        assert attempt(person, step)
    assert person.status is S.APPOINTED
    assert not any(attempt(person, target) for target in targets)


# -- the drafts a form gives ---------------------------------------------------------------


def draft_errors(draft) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        draft.check()
    return caught.value.errors


def test_a_round_draft_names_every_mistake_at_once():
    RoundDraft("Tutorhaku", date(2027, 3, 1), date(2027, 3, 31), tutors_sought=4).check()
    assert set(draft_errors(RoundDraft(" ", None, None, tutors_sought=-1))) == {
        "name", "opens", "closes", "tutors_sought"}
    assert set(draft_errors(RoundDraft("Haku", date(2027, 3, 1), date(2027, 2, 1)))) == {"closes"}
    assert set(draft_errors(RoundDraft("Haku", date(2027, 3, 1), date(9999, 2, 1)))) == {"closes"}


def test_a_candidate_draft_of_a_teacher_needs_no_name_or_school():
    CandidateDraft(teacher_id=7).check()  # the teacher brings them
    assert set(draft_errors(CandidateDraft(teacher_id=7, email="x"))) == {"email"}
    assert set(draft_errors(CandidateDraft(email="x"))) == {"name", "email", "home_school_id"}
    assert set(draft_errors(CandidateDraft(name="Liisa", home_school_id=1,
                                           consent="maybe"))) == {"consent"}


def test_an_appointment_needs_its_whole_agreement():
    Appointment(date(2027, 8, 1), date(2027, 8, 1)).check()
    assert set(draft_errors(Appointment(date(2027, 8, 1)))) == {"agreement_start"}
    assert set(draft_errors(Appointment(date(2027, 8, 1), date(2027, 7, 1)))) == {
        "agreement_end"}


def test_an_unknown_step_is_refused_by_name():
    errors = move_errors(candidate(status=S.APPLIED), "hired")
    assert errors == {"status": "“hired” is not a step of recruitment."}
