from datetime import date

import pytest

from coachdesk.domain.calendar import SchoolYearDraft
from coachdesk.domain.recruitment import CandidateDraft, Consent, RoundDraft
from coachdesk.domain.schools import SchoolDraft, TeacherDraft
from coachdesk.domain.topics import Topic
from coachdesk.domain.tutors import RecruitmentStatus, TutorKind
from coachdesk.ui import messages
from coachdesk.ui.app import make_application
from coachdesk.ui.dialogs.appoint_dialog import appoint
from coachdesk.ui.dialogs.history_dialog import HistoryDialog
from coachdesk.ui.pages.recruitment_page import RecruitmentPage
from tests.ui.helpers import errors_shown, fill, with_dialog

APPLIED, INTERVIEWED, SELECTED, APPOINTED = (
    RecruitmentStatus.APPLIED, RecruitmentStatus.INTERVIEWED, RecruitmentStatus.SELECTED,
    RecruitmentStatus.APPOINTED)


@pytest.fixture
def informed(monkeypatch, answers):
    said: list[str] = []
    monkeypatch.setattr(messages, "inform", lambda parent, title, text: said.append(text))
    return said


@pytest.fixture
def page(qtbot, desk, answers):
    make_application()
    p = RecruitmentPage(desk)
    qtbot.addWidget(p)
    p.resize(1100, 650)
    p.show()
    p.start()
    return p


@pytest.fixture
def korso(desk):
    return desk.schools.add(SchoolDraft(name="Korson koulu"))


@pytest.fixture
def round_id(desk):
    return desk.recruitment.add_round(RoundDraft(name="Tutor call 2026–2027",
                                                 opens=date(2026, 3, 1), closes=date(2026, 3, 31),
                                                 tutors_sought=4))


def _names(page) -> list[str]:
    model = page.list.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def tuesdays(dialog) -> None:
    """Release the tutor on Tuesdays in the dialog's plan."""
    for day, box in dialog.plan.day_boxes.items():
        box.setChecked(day == 2)


def _tabs(page) -> list[str]:
    return [page.steps.tabText(i) for i in range(page.steps.count())]


def _topic(desk, name: str) -> int:
    """The catalogue has no form yet: a topic straight into the database."""
    with desk.db.transaction() as s:
        topic = Topic(name=name)
        s.add(topic)
        s.flush()
        return topic.id


def _candidate(desk, round_id, school, name, consent=Consent.GIVEN, reach=APPLIED) -> int:
    cid = desk.recruitment.add_candidate(round_id, CandidateDraft(name=name, home_school_id=school,
                                                                  consent=consent))
    for step in [INTERVIEWED, SELECTED][: [APPLIED, INTERVIEWED, SELECTED].index(reach)]:
        desk.recruitment.move(cid, step)
    return cid


def test_create_a_round_and_candidates_through_the_forms(page, desk, korso, qtmodeltester):
    desk.teachers.add(TeacherDraft(name="Anna Virtanen", email="anna.virtanen@opetus.example.fi",
                                   school_id=korso))
    coding = _topic(desk, "Coding with Scratch")
    assert not page.new_action.isEnabled()  # no round yet
    assert "New round" in page.list.empty_label.text()

    def new_round(dialog):
        fill(dialog, name="Tutor call 2026–2027", tutors_sought="4")
        dialog.set_value("opens", date(2026, 3, 1))
        dialog.set_value("closes", date(2026, 3, 31))
        dialog.accept()

    with_dialog(page.new_round_action.trigger, new_round)
    assert page.round_picker.currentText() == "Tutor call 2026–2027"
    assert page.new_action.isEnabled()
    assert "0 of 4 tutors appointed" in page.round_info.text()

    def existing_teacher(dialog):
        fill(dialog, teacher_id="Anna Virtanen — Korson koulu")
        assert dialog.value("name") == "Anna Virtanen"  # the teacher brings their details
        assert dialog.value("home_school_id") == korso
        dialog.set_value("strengths", [coding])
        dialog.accept()

    with_dialog(page.new_action.trigger, existing_teacher)

    def new_person(dialog):
        fill(dialog, name="Eeva Kivelä", email="eeva.kivela@opetus.example.fi",
             home_school_id="Korson koulu", consent="given", motivation="I run a coding club.")
        dialog.accept()

    with_dialog(page.new_action.trigger, new_person)
    assert _names(page) == ["Eeva Kivelä", "Anna Virtanen"]  # by surname
    assert _tabs(page)[:2] == ["All (2)", "Applied (2)"]
    anna = page.list.model.id_at(1)
    assert desk.recruitment.get_candidate(anna).teacher_id is not None
    assert desk.recruitment.strengths_of(anna) == [coding]
    assert page.list.model.value(1, "strengths") == "Coding with Scratch"
    qtmodeltester.check(page.list.model)
    qtmodeltester.check(page.round_picker.model())


def test_a_round_closing_before_it_opens_is_refused_at_the_field(page, desk):
    seen = {}

    def new_round(dialog):
        fill(dialog, name="Backwards round")
        dialog.set_value("opens", date(2026, 3, 31))
        dialog.set_value("closes", date(2026, 3, 1))
        dialog.accept()
        seen.update(errors_shown(dialog))

    with_dialog(page.new_round_action.trigger, new_round)
    assert list(seen) == ["closes"]
    assert desk.recruitment.rounds() == []
    assert page.round_picker.count() == 0


def test_a_typed_name_that_is_no_teacher_is_refused_at_the_field(page, desk, korso, round_id):
    page.refresh()
    seen = {}

    def new_candidate(dialog):
        dialog.editors["teacher_id"].setEditText("Nobody Known")
        dialog.accept()
        seen.update(errors_shown(dialog))

    with_dialog(page.new_action.trigger, new_candidate)
    assert list(seen) == ["teacher_id"]
    assert page.list.model.total == 0


def test_steps_filter_the_list_and_their_counts_follow_every_move(page, desk, korso, round_id):
    for name in ("Anna Virtanen", "Eeva Kivelä", "Mikko Korhonen"):
        _candidate(desk, round_id, korso, name)
    page.refresh()
    assert _tabs(page)[:3] == ["All (3)", "Applied (3)", "Interviewed (0)"]

    page.show_step(APPLIED)
    assert page.list.model.total == 3
    page.list.select_id(page.list.model.id_at(0))
    assert page.forward_action.text() == "→ Interviewed"
    page.forward_action.trigger()
    assert _tabs(page)[:3] == ["All (3)", "Applied (2)", "Interviewed (1)"]
    assert _names(page) == ["Mikko Korhonen", "Anna Virtanen"]  # Eeva moved out of this step

    page.show_step(INTERVIEWED)
    assert _names(page) == ["Eeva Kivelä"]
    page.show_step(RecruitmentStatus.DECLINED)
    assert page.list.model.total == 0
    assert "Declined" in page.list.empty_label.text()
    page.show_step(None)
    assert page.list.model.total == 3


def test_move_a_candidate_from_applied_to_appointed(page, desk, korso, round_id, informed):
    cid = _candidate(desk, round_id, korso, "Anna Virtanen", Consent.GIVEN)
    page.refresh()
    page.list.select_id(cid)
    page.forward_action.trigger()
    assert page.forward_action.text() == "→ Selected"
    page.forward_action.trigger()
    assert page.forward_action.text() == "→ Appointed"
    shown = {}

    def agree(dialog):
        shown.update(start=dialog.value("agreement_start"), end=dialog.value("agreement_end"))
        fill(dialog, kind="roaming")
        tuesdays(dialog)
        dialog.accept()

    with_dialog(page.forward_action.trigger, agree)
    start, end = desk.tutors.default_agreement(date.today())
    assert shown == {"start": start, "end": end}
    candidate = desk.recruitment.get_candidate(cid)
    assert candidate.status is APPOINTED and candidate.tutor_id is not None
    tutor = desk.tutors.get(candidate.tutor_id)
    assert (tutor.agreement_start, tutor.agreement_end, tutor.kind) == (
        start, end, TutorKind.ROAMING)
    assert informed == ["Anna Virtanen is now a tutor."]
    assert [s.to_status for s in desk.recruitment.history(cid)] == [
        APPLIED, INTERVIEWED, SELECTED, APPOINTED]
    assert page.list.selected_id() == cid
    assert not page.forward_action.isEnabled()
    assert page.forward_action.text() == "Move forward"
    assert not page.decline_action.isEnabled()
    assert "Appointed (1)" in _tabs(page)
    assert "1 of 4 tutors appointed" in page.round_info.text()


def test_an_agreement_ending_before_it_starts_is_refused_at_the_field(
        page, desk, korso, round_id, informed):
    cid = _candidate(desk, round_id, korso, "Anna Virtanen", reach=SELECTED)
    page.refresh()
    page.list.select_id(cid)
    seen = {}

    def agree(dialog):
        dialog.set_value("agreement_start", date(2027, 8, 1))
        dialog.set_value("agreement_end", date(2027, 7, 31))
        tuesdays(dialog)
        dialog.accept()
        seen.update(errors_shown(dialog))

    with_dialog(page.forward_action.trigger, agree)
    assert list(seen) == ["agreement_end"]
    assert desk.recruitment.get_candidate(cid).status is SELECTED
    assert informed == []


def test_appointing_without_consent_asks_first(page, desk, korso, round_id, answers, informed):
    cid = _candidate(desk, round_id, korso, "Eeva Kivelä", Consent.PENDING, reach=SELECTED)
    page.refresh()
    page.list.select_id(cid)

    answers["answer"] = False  # "Cancel": nothing happens
    with_dialog(page.forward_action.trigger, lambda dialog: tuesdays(dialog) or dialog.accept())
    assert len(answers["confirm"]) == 1 and "consent" in answers["confirm"][0]
    assert desk.recruitment.get_candidate(cid).status is SELECTED
    assert informed == []

    answers["answer"] = True  # "Appoint anyway"
    with_dialog(page.forward_action.trigger, lambda dialog: tuesdays(dialog) or dialog.accept())
    assert len(answers["confirm"]) == 2
    assert desk.recruitment.get_candidate(cid).status is APPOINTED
    assert informed == ["Eeva Kivelä is now a tutor."]


def test_decline_asks_the_reason(page, desk, korso, round_id):
    cid = _candidate(desk, round_id, korso, "Mikko Korhonen", reach=INTERVIEWED)
    page.refresh()
    page.list.select_id(cid)
    seen = {}

    def give_reason(dialog):
        dialog.accept()  # no reason yet
        seen.update(errors_shown(dialog))
        fill(dialog, reason="No release could be agreed for next year.")
        dialog.accept()

    with_dialog(page.decline_action.trigger, give_reason)
    assert list(seen) == ["reason"]
    candidate = desk.recruitment.get_candidate(cid)
    assert candidate.status is RecruitmentStatus.DECLINED
    assert candidate.decline_reason == "No release could be agreed for next year."
    assert page.list.model.value(0, "decline_reason") == candidate.decline_reason
    assert "Declined (1)" in _tabs(page)
    assert not page.forward_action.isEnabled() and not page.withdraw_action.isEnabled()


def test_withdraw_after_confirmation(page, desk, korso, round_id, answers):
    cid = _candidate(desk, round_id, korso, "Mikko Korhonen")
    page.refresh()
    page.list.select_id(cid)
    answers["answer"] = False
    page.withdraw_action.trigger()
    assert desk.recruitment.get_candidate(cid).status is APPLIED
    answers["answer"] = True
    page.withdraw_action.trigger()
    assert "Mikko Korhonen" in answers["confirm"][-1]
    assert desk.recruitment.get_candidate(cid).status is RecruitmentStatus.WITHDRAWN
    assert "Withdrawn (1)" in _tabs(page)


def test_edit_a_candidate(page, desk, korso, round_id):
    cid = _candidate(desk, round_id, korso, "Eeva Kivelä", Consent.PENDING)
    page.refresh()
    page.list.select_id(cid)

    def give_consent(dialog):
        assert dialog.value("name") == "Eeva Kivelä"
        fill(dialog, consent="given")
        dialog.accept()

    with_dialog(page.edit_action.trigger, give_consent)
    assert desk.recruitment.get_candidate(cid).consent is Consent.GIVEN
    assert page.list.model.value(0, "consent") is Consent.GIVEN


def test_history_shows_the_steps_with_their_dates(qtbot, desk, korso, round_id,
                                                  qtmodeltester):
    cid = desk.recruitment.add_candidate(round_id, CandidateDraft(
        name="Anna Virtanen", home_school_id=korso), on=date(2026, 3, 5))
    desk.recruitment.move(cid, INTERVIEWED, on=date(2026, 3, 20))
    desk.recruitment.move(cid, RecruitmentStatus.DECLINED, on=date(2026, 4, 2),
                          reason="Another candidate from the same school was chosen.")
    make_application()
    dialog = HistoryDialog(None, desk, cid)
    qtbot.addWidget(dialog)
    table = dialog.table
    rows = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
    assert rows == [
        ["5.3.2026", "Applied", ""],
        ["20.3.2026", "Interviewed", ""],
        ["2.4.2026", "Declined", "Another candidate from the same school was chosen."],
    ]
    qtmodeltester.check(table.model())


def test_the_round_shown_is_remembered(qtbot, desk, round_id, page):
    assert page.round_picker.currentData() == round_id
    newer = desk.recruitment.add_round(RoundDraft(name="Roaming tutors, spring term",
                                                  opens=date(2026, 11, 1),
                                                  closes=date(2026, 11, 30)))
    page.refresh()
    assert page.round_picker.currentData() == round_id  # the one shown stays shown
    page.reload_rounds(select=newer)
    assert [page.round_picker.itemText(i) for i in range(2)] == [
        "Roaming tutors, spring term", "Tutor call 2026–2027"]  # the newest first
    page.round_picker.setCurrentIndex(1)
    page.save_state()
    again = RecruitmentPage(desk)
    qtbot.addWidget(again)
    again.start()
    assert again.round_picker.currentData() == round_id


def test_appointing_in_november_makes_a_tutor_for_this_term(desk, korso, round_id, answers):
    """Appointed on 30.11.2026 the agreement starts that day and runs to the end of the
    school year; the released time asked in the same dialog is the new tutor's, so they are
    offered for this term's lessons at once."""
    make_application()
    desk.school_years.create(SchoolYearDraft(2026))
    cid = _candidate(desk, round_id, korso, "Anna Virtanen", reach=SELECTED)
    shown = {}

    def agree(dialog):
        shown.update(start=dialog.value("agreement_start"), end=dialog.value("agreement_end"))
        tuesdays(dialog)
        dialog.accept()

    tutor_id = []
    with_dialog(lambda: tutor_id.append(appoint(None, desk, cid, today=date(2026, 11, 30))),
                agree)
    assert shown == {"start": date(2026, 11, 30), "end": date(2027, 7, 31)}
    tutor = desk.tutors.get(tutor_id[0])
    assert tutor.released_rule == "FREQ=WEEKLY;BYDAY=TU"
    slots = desk.tutors.planned_slots(tutor.id, date(2026, 11, 30), date(2026, 12, 31))
    assert slots and slots[0][0].date() == date(2026, 12, 1)


def test_every_mistake_in_the_round_form_is_named_at_once(page, desk):
    seen = {}

    def new_round(dialog):
        fill(dialog, name=" ", tutors_sought="neljä")
        dialog.set_value("opens", date(2026, 3, 31))
        dialog.set_value("closes", date(2026, 3, 1))
        dialog.accept()
        seen.update(errors_shown(dialog))

    with_dialog(page.new_round_action.trigger, new_round)
    assert seen == {"name": "Name is required.",
                    "closes": "A round cannot close before it opens.",
                    "tutors_sought": "Tutors sought must be a whole number."}
    assert desk.recruitment.rounds() == []


def test_an_unknown_teacher_and_a_bad_address_are_named_together(page, desk, korso, round_id):
    page.refresh()
    seen = {}

    def new_candidate(dialog):
        dialog.editors["teacher_id"].setEditText("Nobody Known")
        fill(dialog, email="nobody@")
        dialog.accept()
        seen.update(errors_shown(dialog))

    with_dialog(page.new_action.trigger, new_candidate)
    assert list(seen) == ["teacher_id", "email"]
    assert page.list.model.total == 0


def test_a_round_started_elsewhere_comes_into_the_picker(page, desk):
    from coachdesk.ui.operations import run_op

    assert page.round_picker.count() == 0
    run_op(None, lambda: desk.recruitment.add_round(RoundDraft(
        name="Syyshaku", opens=date(2026, 9, 1), closes=date(2026, 9, 30))))
    assert [page.round_picker.itemText(i) for i in range(page.round_picker.count())] == [
        "Syyshaku"]
    assert page.new_action.isEnabled()
