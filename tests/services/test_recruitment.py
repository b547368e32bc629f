"""desk.recruitment on a real database: rounds, candidates, moves, and the tutor they become."""

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, insert, select

from coachdesk.domain.errors import ConfirmationNeeded, NotFound, ValidationError
from coachdesk.domain.recruitment import Appointment, CandidateDraft, Consent, RoundDraft
from coachdesk.domain.schools import SchoolDraft, TeacherDraft
from coachdesk.domain.topics import Level
from coachdesk.domain.tutors import RecruitmentStatus, TutorKind
from coachdesk.services.listing import ListRequest
from coachdesk.storage import tables as t
from tests.drafts import edit_part

S = RecruitmentStatus
AGREEMENT = Appointment(date(2027, 8, 1), date(2028, 7, 31))


def add_topic(desk, name: str) -> int:
    with desk.db.engine.begin() as conn:
        return conn.execute(insert(t.topics).values(
            name=name, level="basic", audience="all")).inserted_primary_key[0]


def count(desk, table) -> int:
    with desk.db.engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(table))


def listed(desk, **filters) -> list[int]:
    return desk.recruitment.list_source().ids(ListRequest(filters=filters))


@pytest.fixture
def round_id(desk):
    return desk.recruitment.add_round(RoundDraft(name="Tutorhaku 2027", opens=date(2027, 3, 1),
                                                 closes=date(2027, 3, 31), tutors_sought=4))


@pytest.fixture
def teacher_id(desk, school_id):
    return desk.teachers.add(TeacherDraft(name="Maija Meikäläinen", email="maija@vantaa.fi",
                                          school_id=school_id))


@pytest.fixture
def other_school(desk):
    return desk.schools.add(SchoolDraft(name="Ankkurin koulu", kind="primary", language="fi"))


@pytest.fixture
def candidate_id(desk, round_id, school_id):
    return desk.recruitment.add_candidate(round_id, CandidateDraft(name="Matti Virtanen",
                                                                   home_school_id=school_id,
                                                                   email="matti@vantaa.fi"),
                                                                   on=date(2027, 3, 2))


def to_selected(desk, candidate_id) -> None:
    desk.recruitment.move(candidate_id, S.INTERVIEWED, on=date(2027, 3, 10))
    desk.recruitment.move(candidate_id, S.SELECTED, on=date(2027, 3, 20))


# -- rounds -----------------------------------------------------------------------------


def test_add_a_round(desk, round_id):
    rnd = desk.recruitment.get_round(round_id)
    assert (rnd.name, rnd.opens, rnd.closes, rnd.tutors_sought) == (
        "Tutorhaku 2027", date(2027, 3, 1), date(2027, 3, 31), 4)


def test_update_a_round(desk, round_id):
    edit_part(desk.recruitment, "round", round_id, closes=date(2027, 4, 15),
              description=" Kevät ", tutors_sought=6)
    rnd = desk.recruitment.get_round(round_id)
    assert (rnd.closes, rnd.description, rnd.tutors_sought) == (date(2027, 4, 15), "Kevät", 6)


@pytest.mark.parametrize(("fields", "field"), [
    ({"opens": None}, "opens"),
    ({"closes": None}, "closes"),
    ({"closes": date(2027, 2, 28)}, "closes"),  # before it opens
    ({"tutors_sought": -1}, "tutors_sought"),
    ({"tutors_sought": 1001}, "tutors_sought"),
    ({"name": "  "}, "name"),
])
def test_a_bad_round_field_is_named_and_nothing_changes(desk, round_id, fields, field):
    with pytest.raises(ValidationError) as caught:
        edit_part(desk.recruitment, "round", round_id, **fields)
    assert set(caught.value.errors) == {field}
    rnd = desk.recruitment.get_round(round_id)
    assert (rnd.name, rnd.opens, rnd.closes, rnd.tutors_sought) == (
        "Tutorhaku 2027", date(2027, 3, 1), date(2027, 3, 31), 4)


def test_a_round_closing_before_it_opens_is_not_added(desk):
    with pytest.raises(ValidationError) as caught:
        desk.recruitment.add_round(RoundDraft(name="Haku", opens=date(2027, 3, 1),
                                              closes=date(2027, 2, 1)))
    assert set(caught.value.errors) == {"closes"}
    assert desk.recruitment.rounds() == []


def test_every_bad_field_is_named_at_once(desk):
    # Text that is no date or number is the form's to name (tests/ui/test_recruitment_page).
    with pytest.raises(ValidationError) as caught:
        desk.recruitment.add_round(RoundDraft(name="", opens=None, closes=None,
                                              tutors_sought=-4))
    assert set(caught.value.errors) == {"name", "opens", "closes", "tutors_sought"}


def test_rounds_newest_first(desk, round_id):
    newer = desk.recruitment.add_round(RoundDraft(name="Syyshaku", opens=date(2027, 9, 1),
                                                  closes=date(2027, 9, 30)))
    assert desk.recruitment.rounds() == [(newer, "Syyshaku"), (round_id, "Tutorhaku 2027")]


def test_a_missing_round(desk):
    with pytest.raises(NotFound):
        desk.recruitment.get_round(999)
    with pytest.raises(NotFound):
        desk.recruitment.add_candidate(999, CandidateDraft(name="Matti", home_school_id=1))


# -- candidates -------------------------------------------------------------------------


def test_a_candidate_from_an_existing_teacher_copies_name_email_and_school(
        desk, round_id, teacher_id, school_id):
    cid = desk.recruitment.add_candidate(round_id, CandidateDraft(teacher_id=teacher_id,
                                                                  motivation="Innostus"))
    person = desk.recruitment.get_candidate(cid)
    assert (person.name, person.email, person.home_school_id, person.teacher_id) == (
        "Maija Meikäläinen", "maija@vantaa.fi", school_id, teacher_id)
    assert person.motivation == "Innostus"
    assert person.status is S.APPLIED
    assert person.consent is Consent.PENDING


def test_typed_fields_win_over_the_teachers(desk, round_id, teacher_id, other_school):
    cid = desk.recruitment.add_candidate(round_id, CandidateDraft(teacher_id=teacher_id,
                                                                  name="Maija M.",
                                                                  email="maija.m@vantaa.fi",
                                                                  home_school_id=other_school))
    person = desk.recruitment.get_candidate(cid)
    assert (person.name, person.email, person.home_school_id) == (
        "Maija M.", "maija.m@vantaa.fi", other_school)


def test_a_new_person_as_candidate(desk, round_id, school_id):
    cid = desk.recruitment.add_candidate(round_id, CandidateDraft(name=" Liisa Uusi ",
                                                                  email="liisa@example.fi",
                                                                  home_school_id=school_id,
                                                                  consent="given"))
    person = desk.recruitment.get_candidate(cid)
    assert (person.name, person.teacher_id, person.consent) == ("Liisa Uusi", None, Consent.GIVEN)


def test_a_vanished_teacher_is_refused(desk, round_id):
    with pytest.raises(ValidationError) as caught:
        desk.recruitment.add_candidate(round_id, CandidateDraft(teacher_id=999))
    assert set(caught.value.errors) == {"teacher_id"}
    assert count(desk, t.candidates) == 0


def test_a_vanished_school_is_refused(desk, round_id):
    with pytest.raises(ValidationError) as caught:
        desk.recruitment.add_candidate(round_id, CandidateDraft(name="Liisa", home_school_id=999))
    assert set(caught.value.errors) == {"home_school_id"}
    assert count(desk, t.candidates) == 0
    assert count(desk, t.candidate_steps) == 0


def test_a_new_person_needs_a_name_and_a_school(desk, round_id):
    with pytest.raises(ValidationError) as caught:
        desk.recruitment.add_candidate(round_id, CandidateDraft(name=" ", email="nope"))
    assert set(caught.value.errors) == {"name", "email", "home_school_id"}
    assert count(desk, t.candidates) == 0


def test_a_bad_consent_is_refused(desk, round_id, school_id):
    with pytest.raises(ValidationError) as caught:
        desk.recruitment.add_candidate(round_id, CandidateDraft(name="Liisa",
                                                                home_school_id=school_id,
                                                                consent="maybe"))
    assert set(caught.value.errors) == {"consent"}


def test_strengths_are_kept_and_replaced(desk, round_id, school_id):
    ai, robots, video = (add_topic(desk, n) for n in ("Tekoäly", "Robotiikka", "Video"))
    cid = desk.recruitment.add_candidate(round_id, CandidateDraft(strengths=[ai, robots, ai],
                                                                  name="Liisa",
                                                                  home_school_id=school_id))
    assert sorted(desk.recruitment.strengths_of(cid)) == sorted([ai, robots])
    edit_part(desk.recruitment, "candidate", cid, strengths=[video])
    assert desk.recruitment.strengths_of(cid) == [video]
    edit_part(desk.recruitment, "candidate", cid, notes="soitettu")  # strengths untouched
    assert desk.recruitment.strengths_of(cid) == [video]
    edit_part(desk.recruitment, "candidate", cid, strengths=[])
    assert desk.recruitment.strengths_of(cid) == []


def test_update_a_candidate_with_a_bad_field_changes_nothing(desk, candidate_id):
    with pytest.raises(ValidationError):
        edit_part(desk.recruitment, "candidate", candidate_id, name="Uusi", email="huono@")
    person = desk.recruitment.get_candidate(candidate_id)
    assert (person.name, person.email) == ("Matti Virtanen", "matti@vantaa.fi")


# -- moving -----------------------------------------------------------------------------


def test_the_whole_path_to_appointment_makes_a_tutor(desk, round_id, teacher_id, school_id):
    ai = add_topic(desk, "Tekoäly")
    cid = desk.recruitment.add_candidate(round_id, CandidateDraft(
        teacher_id=teacher_id, strengths=[ai], consent="given"), on=date(2027, 3, 2))
    assert desk.recruitment.move(cid, S.INTERVIEWED, on=date(2027, 3, 10)) is None
    assert desk.recruitment.move(cid, S.SELECTED, on=date(2027, 3, 20)) is None
    tutor_id = desk.recruitment.appoint(cid, AGREEMENT, on=date(2027, 4, 1))
    assert tutor_id is not None

    person = desk.recruitment.get_candidate(cid)
    assert (person.status, person.tutor_id) == (S.APPOINTED, tutor_id)
    tutor = desk.tutors.get(tutor_id)
    assert (tutor.name, tutor.email, tutor.teacher_id, tutor.home_school_id) == (
        "Maija Meikäläinen", "maija@vantaa.fi", teacher_id, school_id)
    assert (tutor.status, tutor.kind) == (S.APPOINTED, TutorKind.SCHOOL)
    assert (tutor.agreement_start, tutor.agreement_end) == (date(2027, 8, 1), date(2028, 7, 31))
    assert desk.tutors.schools_of(tutor_id) == [(school_id, "Korson koulu")]
    assert desk.tutors.strengths_of(tutor_id) == [(ai, "Tekoäly", Level.BASIC)]


def test_appointing_a_roaming_tutor(desk, candidate_id, school_id):
    edit_part(desk.recruitment, "candidate", candidate_id, consent="given")
    to_selected(desk, candidate_id)
    tutor_id = desk.recruitment.appoint(candidate_id,
                                        replace(AGREEMENT, kind=TutorKind.ROAMING))
    assert desk.tutors.get(tutor_id).kind is TutorKind.ROAMING
    assert desk.tutors.schools_of(tutor_id) == [(school_id, "Korson koulu")]


@pytest.mark.parametrize("consent", ["pending", "refused"])
def test_appointing_without_consent_asks_first(desk, candidate_id, consent):
    edit_part(desk.recruitment, "candidate", candidate_id, consent=consent)
    to_selected(desk, candidate_id)
    with pytest.raises(ConfirmationNeeded) as caught:
        desk.recruitment.appoint(candidate_id, AGREEMENT)
    assert "Matti Virtanen" in str(caught.value)
    assert desk.recruitment.get_candidate(candidate_id).status is S.SELECTED
    assert count(desk, t.tutors) == 0
    assert len(desk.recruitment.history(candidate_id)) == 3

    tutor_id = desk.recruitment.appoint(candidate_id, AGREEMENT,
                                     confirmed=True)
    assert desk.recruitment.get_candidate(candidate_id).status is S.APPOINTED
    assert desk.tutors.get(tutor_id).name == "Matti Virtanen"


def test_a_bad_move_is_refused_before_asking_about_consent(desk, candidate_id):
    # A plain error comes first: confirming would not help.
    with pytest.raises(ValidationError) as caught:
        desk.recruitment.appoint(candidate_id, AGREEMENT)
    assert set(caught.value.errors) == {"status"}


def test_declined_with_the_reason_recorded(desk, candidate_id):
    desk.recruitment.move(candidate_id, S.INTERVIEWED, on=date(2027, 3, 10))
    desk.recruitment.move(candidate_id, S.DECLINED, on=date(2027, 3, 12),
                          reason="  Ei vapautusta tänä vuonna ")
    person = desk.recruitment.get_candidate(candidate_id)
    assert (person.status, person.decline_reason) == (S.DECLINED, "Ei vapautusta tänä vuonna")
    last = desk.recruitment.history(candidate_id)[-1]
    assert (last.from_status, last.to_status, last.moved_on, last.note) == (
        S.INTERVIEWED, S.DECLINED, date(2027, 3, 12), "Ei vapautusta tänä vuonna")


def test_declining_without_a_reason_is_refused(desk, candidate_id):
    with pytest.raises(ValidationError) as caught:
        desk.recruitment.move(candidate_id, S.DECLINED, reason=" ")
    assert set(caught.value.errors) == {"reason"}
    assert desk.recruitment.get_candidate(candidate_id).status is S.APPLIED
    assert len(desk.recruitment.history(candidate_id)) == 1


def test_withdrawn_from_selected(desk, candidate_id):
    to_selected(desk, candidate_id)
    desk.recruitment.move(candidate_id, S.WITHDRAWN, on=date(2027, 3, 25))
    assert desk.recruitment.get_candidate(candidate_id).status is S.WITHDRAWN
    with pytest.raises(ValidationError) as caught:
        desk.recruitment.appoint(candidate_id, AGREEMENT, confirmed=True)
    assert set(caught.value.errors) == {"status"}


def test_skipping_a_step_is_refused(desk, candidate_id):
    with pytest.raises(ValidationError) as caught:
        desk.recruitment.move(candidate_id, S.SELECTED)
    assert set(caught.value.errors) == {"status"}
    assert desk.recruitment.get_candidate(candidate_id).status is S.APPLIED


def test_an_unknown_step_is_refused(desk, candidate_id):
    with pytest.raises(ValidationError) as caught:
        desk.recruitment.move(candidate_id, "hired")
    assert set(caught.value.errors) == {"status"}


def test_moving_a_missing_candidate(desk):
    with pytest.raises(NotFound):
        desk.recruitment.move(999, S.INTERVIEWED)


def test_an_appointed_candidate_is_appointed_once(desk, candidate_id):
    edit_part(desk.recruitment, "candidate", candidate_id, consent="given")
    to_selected(desk, candidate_id)
    desk.recruitment.appoint(candidate_id, AGREEMENT)
    with pytest.raises(ValidationError):
        desk.recruitment.appoint(candidate_id, AGREEMENT)
    assert count(desk, t.tutors) == 1


# -- nothing half-saved -----------------------------------------------------------------


def assert_still_selected(desk, candidate_id) -> None:
    person = desk.recruitment.get_candidate(candidate_id)
    assert (person.status, person.tutor_id) == (S.SELECTED, None)
    assert [s.to_status for s in desk.recruitment.history(candidate_id)] == [
        S.APPLIED, S.INTERVIEWED, S.SELECTED]
    assert count(desk, t.tutors) == 0
    assert count(desk, t.tutor_schools) == 0


@pytest.mark.parametrize(("agreement", "field"), [
    (Appointment(date(2027, 8, 1), date(2027, 7, 31)), "agreement_end"),  # ends before
    (Appointment(None, date(2028, 7, 31)), "agreement_start"),
    (Appointment(date(2027, 8, 1), None), "agreement_start"),
    (Appointment(), "agreement_start"),
])
def test_a_failed_appointment_leaves_the_candidate_selected(desk, candidate_id, agreement,
                                                            field):
    to_selected(desk, candidate_id)
    with pytest.raises(ValidationError) as caught:
        desk.recruitment.appoint(candidate_id, agreement, confirmed=True)
    assert field in caught.value.errors
    assert_still_selected(desk, candidate_id)


def test_a_failure_while_making_the_tutor_rolls_back_the_step(desk, candidate_id):
    # The step is written before the tutor: a bad kind fails after it, inside the same
    # transaction, and must leave nothing behind.
    to_selected(desk, candidate_id)
    with pytest.raises(ValidationError) as caught:
        desk.recruitment.appoint(candidate_id, replace(AGREEMENT, kind="freelance"),
                                 confirmed=True)
    assert set(caught.value.errors) == {"kind"}
    assert_still_selected(desk, candidate_id)


# -- history, counts, the list ----------------------------------------------------------


def test_history_reads_back_in_order_with_dates(desk, candidate_id):
    to_selected(desk, candidate_id)
    desk.recruitment.move(candidate_id, S.WITHDRAWN, on=date(2027, 3, 20), reason="Muutto")
    steps = desk.recruitment.history(candidate_id)
    assert [(s.from_status, s.to_status, s.moved_on) for s in steps] == [
        (None, S.APPLIED, date(2027, 3, 2)),
        (S.APPLIED, S.INTERVIEWED, date(2027, 3, 10)),
        (S.INTERVIEWED, S.SELECTED, date(2027, 3, 20)),
        (S.SELECTED, S.WITHDRAWN, date(2027, 3, 20)),  # the same day: in the order made
    ]
    assert steps[-1].note == "Muutto"
    assert {s.candidate_id for s in steps} == {candidate_id}


def test_an_application_and_a_move_without_a_date_are_dated_today(desk, round_id, school_id):
    cid = desk.recruitment.add_candidate(round_id, CandidateDraft(name="Liisa",
                                                                  home_school_id=school_id))
    desk.recruitment.move(cid, S.INTERVIEWED)
    assert [s.moved_on for s in desk.recruitment.history(cid)] == [date.today()] * 2


def test_histories_are_kept_apart(desk, round_id, school_id, candidate_id):
    other = desk.recruitment.add_candidate(round_id, CandidateDraft(name="Liisa",
                                                                    home_school_id=school_id))
    desk.recruitment.move(other, S.INTERVIEWED)
    assert len(desk.recruitment.history(candidate_id)) == 1
    assert len(desk.recruitment.history(other)) == 2


def make_round_of_five(desk, round_id, school_id) -> dict[str, int]:
    ids = {name: desk.recruitment.add_candidate(round_id, CandidateDraft(
        name=name, home_school_id=school_id,
        consent="given")) for name in ("Aino", "Eino", "Iida", "Oona", "Ukko")}
    desk.recruitment.move(ids["Eino"], S.INTERVIEWED)
    desk.recruitment.move(ids["Iida"], S.INTERVIEWED)
    desk.recruitment.move(ids["Oona"], S.INTERVIEWED)
    desk.recruitment.move(ids["Oona"], S.SELECTED)
    desk.recruitment.move(ids["Ukko"], S.DECLINED, reason="Ei tarvetta")
    return ids


def test_step_counts(desk, round_id, school_id):
    make_round_of_five(desk, round_id, school_id)
    other_round = desk.recruitment.add_round(RoundDraft(name="Toinen", opens=date(2027, 9, 1),
                                                        closes=date(2027, 9, 9)))
    desk.recruitment.add_candidate(other_round, CandidateDraft(name="Muu",
                                                               home_school_id=school_id))
    assert desk.recruitment.step_counts(round_id) == {
        S.APPLIED: 1, S.INTERVIEWED: 2, S.SELECTED: 1, S.APPOINTED: 0, S.DECLINED: 1,
        S.WITHDRAWN: 0}
    assert desk.recruitment.step_counts(other_round)[S.APPLIED] == 1
    assert sum(desk.recruitment.step_counts(999).values()) == 0


def test_list_filters_by_round_and_step(desk, round_id, school_id):
    ids = make_round_of_five(desk, round_id, school_id)
    other_round = desk.recruitment.add_round(RoundDraft(name="Toinen", opens=date(2027, 9, 1),
                                                        closes=date(2027, 9, 9)))
    stranger = desk.recruitment.add_candidate(other_round, CandidateDraft(name="Muu",
                                                                          home_school_id=school_id))
    assert listed(desk, round_id=round_id) == [ids[n] for n in ("Aino", "Eino", "Iida", "Oona",
                                                                 "Ukko")]
    assert listed(desk, round_id=other_round) == [stranger]
    assert listed(desk, round_id=round_id, status="interviewed") == [ids["Eino"], ids["Iida"]]
    assert listed(desk, round_id=round_id, status=S.DECLINED) == [ids["Ukko"]]
    assert listed(desk, status="applied") == [ids["Aino"], stranger]
    assert listed(desk, round_id=round_id, status=None) == listed(desk, round_id=round_id)
    assert listed(desk, round_id=other_round, status="selected") == []


def test_list_rows_show_the_columns(desk, round_id, school_id):
    ai, video = add_topic(desk, "Tekoäly"), add_topic(desk, "Video")
    cid = desk.recruitment.add_candidate(round_id, CandidateDraft(name="Aino",
                                                                  home_school_id=school_id,
                                                                  strengths=[ai, video]),
                                                                  on=date(2027, 3, 5))
    desk.recruitment.move(cid, S.DECLINED, reason="Ei vapautusta", on=date(2027, 3, 9))
    source = desk.recruitment.list_source()
    (row,) = source.rows([cid])
    values = dict(zip([c.key for c in source.columns], row, strict=True))
    assert values["name"] == "Aino"
    assert values["school"] == "Korson koulu"
    assert values["status"] is S.DECLINED
    assert values["status"].label == "Declined"  # the list shows the label
    assert values["consent"].label == "Pending"
    assert sorted(values["strengths"].split(", ")) == ["Tekoäly", "Video"]
    assert values["applied"] == date(2027, 3, 5)
    assert values["decline_reason"] == "Ei vapautusta"


def test_list_search_finds_by_name(desk, round_id, school_id):
    ids = make_round_of_five(desk, round_id, school_id)
    source = desk.recruitment.list_source()
    assert source.ids(ListRequest(text="iida")) == [ids["Iida"]]
    assert source.ids(ListRequest(text="korson", filters={"status": "selected"})) == [
        ids["Oona"]]
