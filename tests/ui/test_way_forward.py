"""Where a form's list is empty because something else must exist first, the form says so
and makes that thing in place: a device's category, a candidate's strengths (topics), a
tutor's school; the new record is then chosen in the form."""

from datetime import date

import pytest
from PySide6.QtWidgets import QListWidget, QPushButton

from coachdesk.domain.recruitment import RoundDraft
from coachdesk.domain.schools import SchoolDraft
from coachdesk.ui.app import make_application
from coachdesk.ui.dialogs.candidate_dialog import edit_candidate
from coachdesk.ui.dialogs.device_dialog import edit_device
from coachdesk.ui.dialogs.tutor_dialog import edit_tutor
from tests.ui.helpers import fill, with_dialog

TODAY = date(2026, 11, 26)


@pytest.fixture(autouse=True)
def app(answers):
    make_application()


def hint_shown(dialog, key: str) -> bool:
    return dialog.findChild(object, f"hint_{key}").isVisibleTo(dialog)


def new_button(dialog, key: str) -> QPushButton:
    return dialog.findChild(QPushButton, f"new_{key}")


def test_a_first_device_makes_its_category_in_place(desk):
    seen = {}

    def category(form) -> None:
        fill(form, name="Tablet", loan_days="14")
        form.accept()

    def device(dialog) -> None:
        seen["hint"] = hint_shown(dialog, "category")
        with_dialog(new_button(dialog, "category").click, category)
        seen["chosen"] = dialog.value("category")
        seen["hint after"] = hint_shown(dialog, "category")
        fill(dialog, asset_tag="VTU-1")
        dialog.accept()

    with_dialog(lambda: seen.update(saved=edit_device(None, desk)), device)
    assert seen["hint"] and not seen["hint after"]
    assert seen["chosen"] == "Tablet"
    assert desk.devices.get(seen["saved"]).category == "Tablet"
    assert [c.loan_days for c in desk.devices.categories()] == [14]


def test_a_category_form_cancelled_changes_nothing(desk):
    seen = {}

    def device(dialog) -> None:
        with_dialog(new_button(dialog, "category").click, lambda form: form.reject())
        seen["chosen"] = dialog.value("category")
        seen["hint"] = hint_shown(dialog, "category")
        dialog.reject()

    with_dialog(lambda: edit_device(None, desk), device)
    assert seen == {"chosen": None, "hint": True}
    assert desk.devices.categories() == []


def test_a_candidates_strengths_explain_themselves_without_topics(desk, school_id):
    round_id = desk.recruitment.add_round(RoundDraft("Tutor call", date(2026, 9, 1),
                                                     date(2026, 12, 31)))
    seen = {}

    def topic(form) -> None:
        fill(form, name="Scratch")
        form.accept()

    def candidate(dialog) -> None:
        strengths = dialog.findChild(QListWidget, "field_strengths")
        seen["empty box shown"] = strengths.isVisibleTo(dialog)
        seen["hint"] = hint_shown(dialog, "strengths")
        with_dialog(new_button(dialog, "strengths").click, topic)
        seen["box shown"] = strengths.isVisibleTo(dialog)
        seen["ticked"] = dialog.value("strengths")
        dialog.reject()

    with_dialog(lambda: edit_candidate(None, desk, round_id), candidate)
    (scratch, _name), = desk.topics.choices()
    assert seen == {"empty box shown": False, "hint": True, "box shown": True,
                    "ticked": [scratch]}


def test_a_first_tutor_makes_their_school_in_place(desk):
    seen = {}

    def school(form) -> None:
        fill(form, name="Korson koulu")
        form.accept()

    def tutor(dialog) -> None:
        seen["hint"] = hint_shown(dialog, "home_school_id")
        with_dialog(new_button(dialog, "home_school_id").click, school)
        seen["home"] = dialog.value("home_school_id")
        seen["served choices"] = dialog.editors["school_ids"].count()
        dialog.reject()

    with_dialog(lambda: edit_tutor(None, desk, today=TODAY), tutor)
    (korso, _name), = desk.schools.choices()
    assert seen == {"hint": True, "home": korso, "served choices": 1}


def test_with_something_to_choose_no_hint(desk):
    desk.schools.add(SchoolDraft(name="Korson koulu"))
    seen = {}

    def tutor(dialog) -> None:
        seen["hint"] = hint_shown(dialog, "home_school_id")
        seen["button"] = new_button(dialog, "home_school_id").isVisibleTo(dialog)
        dialog.reject()

    with_dialog(lambda: edit_tutor(None, desk, today=TODAY), tutor)
    assert seen == {"hint": False, "button": True}


def test_a_first_lesson_makes_its_tutor_in_place(desk, school_id):
    from coachdesk.ui.dialogs.lesson_dialog import edit_lesson

    seen = {}

    def tutor(form) -> None:
        fill(form, name="Anna Virtanen")
        form.set_value("home_school_id", school_id)
        form.plan.day_boxes[2].setChecked(True)
        form.accept()

    def lesson(dialog) -> None:
        seen["hint"] = hint_shown(dialog, "tutor_ids")
        with_dialog(new_button(dialog, "tutor_ids").click, tutor)
        seen["ticked"] = dialog.value("tutor_ids")
        seen["hint after"] = hint_shown(dialog, "tutor_ids")
        dialog.reject()

    with_dialog(lambda: edit_lesson(None, desk, today=TODAY), lesson)
    (anna, _name), = desk.tutors.choices()
    assert seen == {"hint": True, "ticked": [anna], "hint after": False}


def test_what_was_ticked_stays_ticked_when_a_topic_is_made(desk, school_id):
    from coachdesk.domain.topics import TopicDraft

    padlet = desk.topics.add(TopicDraft(name="Padlet"))
    round_id = desk.recruitment.add_round(RoundDraft("Tutor call", date(2026, 9, 1),
                                                     date(2026, 12, 31)))
    seen = {}

    def topic(form) -> None:
        fill(form, name="Scratch")
        form.accept()

    def candidate(dialog) -> None:
        seen["hint"] = hint_shown(dialog, "strengths")
        dialog.set_value("strengths", [padlet])
        with_dialog(new_button(dialog, "strengths").click, topic)
        seen["ticked"] = sorted(dialog.value("strengths"))
        dialog.reject()

    with_dialog(lambda: edit_candidate(None, desk, round_id), candidate)
    assert seen == {"hint": False, "ticked": sorted(i for i, _name in desk.topics.choices())}
