"""Tutor teachers: recruitment steps and the tutor record's rules."""

from datetime import date, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coachdesk.domain.errors import ValidationError
from coachdesk.domain.released_time import ReleasedPlan
from coachdesk.domain.tutors import (
    RecruitmentStatus,
    Tutor,
    TutorDraft,
    TutorKind,
    allotment,
    can_move,
    default_agreement,
)

S = RecruitmentStatus
OPEN = [S.APPLIED, S.INTERVIEWED, S.SELECTED]
ENDED = [S.APPOINTED, S.DECLINED, S.WITHDRAWN]


def errors_of(tutor: Tutor) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        tutor.check()
    return caught.value.errors


# -- recruitment steps ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("current", "target"),
    [(S.APPLIED, S.INTERVIEWED), (S.INTERVIEWED, S.SELECTED), (S.SELECTED, S.APPOINTED)],
)
def test_a_candidate_moves_one_step_forward(current, target):
    assert can_move(current, target)


@pytest.mark.parametrize(
    ("current", "target"),
    [
        (S.APPLIED, S.SELECTED),  # skips the interview
        (S.APPLIED, S.APPOINTED),
        (S.INTERVIEWED, S.APPOINTED),
        (S.INTERVIEWED, S.APPLIED),  # backwards
        (S.SELECTED, S.INTERVIEWED),
        (S.APPLIED, S.APPLIED),  # standing still is not a move
        (S.SELECTED, S.SELECTED),
    ],
)
def test_a_candidate_cannot_skip_or_go_back(current, target):
    assert not can_move(current, target)


@pytest.mark.parametrize("current", OPEN)
@pytest.mark.parametrize("target", [S.DECLINED, S.WITHDRAWN])
def test_a_candidate_may_leave_from_any_open_step(current, target):
    assert can_move(current, target)


@pytest.mark.parametrize("current", ENDED)
@pytest.mark.parametrize("target", list(S))
def test_nothing_moves_after_the_process_has_ended(current, target):
    assert not can_move(current, target)


def test_the_only_way_to_appointed_is_through_every_step():
    reachable = {S.APPLIED}
    frontier = [S.APPLIED]
    paths = {S.APPLIED: [S.APPLIED]}
    while frontier:
        step = frontier.pop()
        for target in S:
            if can_move(step, target) and target not in reachable:
                reachable.add(target)
                paths[target] = [*paths[step], target]
                frontier.append(target)
    assert reachable == set(S)
    assert paths[S.APPOINTED] == [S.APPLIED, S.INTERVIEWED, S.SELECTED, S.APPOINTED]


@given(st.sampled_from(list(S)), st.sampled_from(list(S)))
def test_can_move_agrees_with_its_definition(current, target):
    order = [S.APPLIED, S.INTERVIEWED, S.SELECTED, S.APPOINTED]
    if current in ENDED:
        expected = False
    elif target in (S.DECLINED, S.WITHDRAWN):
        expected = True
    else:
        expected = order.index(target) == order.index(current) + 1
    assert can_move(current, target) is expected


def test_every_status_and_kind_has_its_own_label():
    assert len({status.label for status in S}) == len(S)
    assert S.APPOINTED.label == "Appointed"
    assert TutorKind.ROAMING.label == "Roaming tutor"
    assert TutorKind.SCHOOL.label != TutorKind.ROAMING.label


# -- the tutor record ----------------------------------------------------------------------


def test_a_valid_applicant_is_tidied():
    tutor = Tutor(name=" Ville Virtanen ", home_school_id=1, email=" ville@vantaa.fi ")
    tutor.check()
    assert (tutor.name, tutor.email) == ("Ville Virtanen", "ville@vantaa.fi")


def test_a_tutor_needs_a_name_and_a_home_school():
    assert errors_of(Tutor(name="")) == {
        "name": "Name is required.",
        "home_school_id": "Choose the tutor's home school.",
    }


def test_a_tutor_email_is_checked():
    assert set(errors_of(Tutor(name="V", home_school_id=1, email="ville@vantaa"))) == {"email"}


def test_the_agreement_cannot_end_before_it_starts():
    tutor = Tutor(
        name="V", home_school_id=1,
        agreement_start=date(2024, 8, 1), agreement_end=date(2024, 7, 31),
    )
    assert errors_of(tutor) == {"agreement_end": "The agreement cannot end before it starts."}


def test_a_one_day_agreement_is_allowed():
    day = date(2024, 8, 1)
    Tutor(name="V", home_school_id=1, agreement_start=day, agreement_end=day).check()


@pytest.mark.parametrize(
    ("start", "end"),
    [(None, None), (date(2024, 8, 1), None), (None, date(2025, 7, 31))],
)
def test_an_appointed_tutor_needs_both_ends_of_the_agreement(start, end):
    tutor = Tutor(
        name="V", home_school_id=1, status=S.APPOINTED, agreement_start=start, agreement_end=end
    )
    assert errors_of(tutor) == {
        "agreement_start": "An appointed tutor needs an agreement period."
    }


def test_an_appointed_tutor_with_an_agreement_is_valid():
    Tutor(
        name="V", home_school_id=1, status=S.APPOINTED,
        agreement_start=date(2024, 8, 1), agreement_end=date(2025, 7, 31),
    ).check()


@pytest.mark.parametrize("status", [S.APPLIED, S.SELECTED, S.DECLINED])
def test_other_statuses_need_no_agreement(status):
    Tutor(name="V", home_school_id=1, status=status).check()


@pytest.mark.parametrize("hours", [0, 0.5, 12, 40])
def test_weekly_hours_between_0_and_40_are_allowed(hours):
    Tutor(name="V", home_school_id=1, weekly_hours=hours).check()


@pytest.mark.parametrize("hours", [-0.5, 40.5, 168])
def test_weekly_hours_outside_0_to_40_are_rejected(hours):
    assert errors_of(Tutor(name="V", home_school_id=1, weekly_hours=hours)) == {
        "weekly_hours": "Hours per week must be between 0 and 40."
    }


@pytest.mark.parametrize(("hours", "ok"), [(0, True), (1_000, True), (-1, False), (1_000.5, False)])
def test_allotted_hours_per_term_are_limited(hours, ok):
    tutor = Tutor(name="V", home_school_id=1, allotted_hours_per_term=hours)
    if ok:
        tutor.check()
    else:
        assert set(errors_of(tutor)) == {"allotted_hours_per_term"}


@given(st.floats(min_value=-100, max_value=100, allow_nan=False))
def test_weekly_hours_rule(hours):
    tutor = Tutor(name="V", home_school_id=1, weekly_hours=hours)
    if 0 <= hours <= 40:
        tutor.check()
    else:
        assert set(errors_of(tutor)) == {"weekly_hours"}


def test_not_a_number_of_hours_is_rejected():
    tutor = Tutor(name="V", home_school_id=1, weekly_hours=float("nan"))
    assert set(errors_of(tutor)) == {"weekly_hours"}


# -- the draft a form gives ------------------------------------------------------------------


def draft_errors(draft: TutorDraft) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        draft.check()
    return caught.value.errors


AGREED = {"name": "Maija", "home_school_id": 1, "agreement_start": date(2026, 8, 1),
          "agreement_end": date(2027, 7, 31)}


def test_a_whole_draft_passes_without_a_database():
    TutorDraft(**AGREED, released_rule="FREQ=WEEKLY;BYDAY=TU", released_from=time(8),
               released_until=time(15, 30)).check()
    TutorDraft(**AGREED, weekly_hours=7.5).check()
    TutorDraft(**AGREED).check()  # an appointed candidate has no plan yet


def test_the_plan_keeps_its_times_as_a_tutor_stores_them():
    draft = TutorDraft(**AGREED, released_rule="FREQ=WEEKLY;BYDAY=TU", released_from=time(8),
                       released_until=time(15, 30))
    assert draft.plan() == ReleasedPlan("FREQ=WEEKLY;BYDAY=TU", "8:00", "15:30")
    assert draft.tutor_fields()["released_from"] == "8:00"


def test_a_draft_names_every_mistake_at_once():
    errors = draft_errors(TutorDraft(
        name=" ", email="maija@", kind=TutorKind.ROAMING, agreement_start=date(2026, 8, 1),
        agreement_end=date(2026, 1, 1), released_rule="FREQ=WEEKLY;BYDAY=TU",
        released_from=time(15), released_until=time(8), allotted_hours_per_term=5000,
        strengths={1: "expert"}))
    assert set(errors) == {"name", "email", "home_school_id", "agreement_end",
                           "released_until", "allotted_hours_per_term", "school_ids",
                           "strengths"}


def test_a_roaming_draft_needs_its_schools_and_a_school_tutor_does_not():
    assert set(draft_errors(TutorDraft(**AGREED, kind=TutorKind.ROAMING))) == {"school_ids"}
    TutorDraft(**AGREED, kind=TutorKind.ROAMING, school_ids=(1, 2)).check()
    TutorDraft(**AGREED, kind=TutorKind.SCHOOL).check()


@pytest.mark.parametrize(("changes", "field"), [
    ({"kind": "freelance"}, "kind"),
    ({"agreement_end": date(2270, 7, 31)}, "agreement_end"),
    ({"agreement_start": None}, "agreement_start"),
    ({"released_from": time(8)}, "released_rule"),  # times begun, but no days
    ({"weekly_hours": 0.0}, "weekly_hours"),
])
def test_a_draft_refuses(changes, field):
    assert field in draft_errors(TutorDraft(**{**AGREED, **changes}))


# -- a new agreement and the hours allotted ------------------------------------------------

TERMS_2026 = [(date(2026, 8, 11), date(2026, 12, 21)), (date(2027, 1, 7), date(2027, 6, 1))]


@pytest.mark.parametrize(("today", "expected"), [
    (date(2026, 11, 30), (date(2026, 11, 30), date(2027, 7, 31))),  # mid-term: from today
    (date(2026, 8, 3), (date(2026, 8, 3), date(2027, 7, 31))),  # August, before the term
    (date(2026, 12, 28), (date(2026, 12, 28), date(2027, 7, 31))),  # Christmas break
    (date(2027, 6, 15), (date(2027, 8, 1), date(2028, 7, 31))),  # summer: the coming year
])
def test_a_new_agreement_starts_today_or_with_the_coming_school_year(today, expected):
    assert default_agreement(today, TERMS_2026 if today.year == 2026 or today.month < 6
                             else []) == expected


def test_the_coming_school_years_first_term_starts_an_agreement_made_in_the_summer():
    terms = [*TERMS_2026, (date(2027, 8, 10), date(2027, 12, 20))]
    assert default_agreement(date(2027, 6, 15), terms) == (date(2027, 8, 10),
                                                           date(2028, 7, 31))


def test_hours_allotted_are_prorated_over_the_days_the_agreement_covers():
    autumn = TERMS_2026[0]
    days = (autumn[1] - autumn[0]).days + 1
    whole = allotment(120, TERMS_2026, *autumn, date(2026, 8, 1), date(2027, 7, 31))
    assert whole.hours == 120 and not whole.prorated
    half = allotment(120, TERMS_2026, *autumn, date(2026, 10, 15), None)
    assert half.hours == round(120 * ((autumn[1] - date(2026, 10, 15)).days + 1) / days, 1)
    assert half.prorated
    year = allotment(120, TERMS_2026, date(2026, 8, 1), date(2027, 7, 31), None, None)
    assert year.hours == 240  # two terms
    assert allotment(None, TERMS_2026, *autumn, None, None) is None
    assert allotment(120, [], *autumn, None, None) is None
