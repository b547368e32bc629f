"""A form saved over a change someone else made since it opened: refused with who changed
what, the form stays open with the user's input, and the user reloads the record or keeps
their values on purpose."""

from dataclasses import replace

from coachdesk.services import Desk
from coachdesk.ui.app import make_application
from coachdesk.ui.dialogs.school_dialog import edit_school
from tests.ui.helpers import fill, with_dialog


def someone_else_saves(desk, school_id, **fields) -> None:
    other = Desk(desk.db)  # another coordinator's desk on the same database
    other.schools.update(school_id, replace(other.schools.draft(school_id), **fields))


def test_the_user_keeps_their_values_on_purpose(qtbot, desk, school_id):
    make_application()
    seen = {}

    def edit(dialog):
        fill(dialog, address="Minun tie 1")
        someone_else_saves(desk, school_id, notes="theirs")
        dialog.accept()
        seen["open"] = dialog.isVisible()
        seen["message"] = dialog.general_error.text()
        seen["choice"] = dialog.changed_meanwhile.isVisibleTo(dialog)
        seen["input"] = dialog.value("address")
        dialog.keep_button.click()
        dialog.accept()
        seen["saved"] = not dialog.isVisible()

    with_dialog(lambda: edit_school(None, desk, school_id), edit)
    assert seen["open"] and seen["choice"] and seen["saved"]
    assert "changed this school after you opened it (Notes)" in seen["message"]
    assert seen["input"] == "Minun tie 1"
    saved = desk.schools.draft(school_id)
    assert (saved.address, saved.notes) == ("Minun tie 1", "")  # mine, on purpose


def test_the_user_reloads_their_values(qtbot, desk, school_id):
    make_application()
    seen = {}

    def edit(dialog):
        fill(dialog, notes="mine")
        someone_else_saves(desk, school_id, notes="theirs")
        dialog.accept()
        dialog.reload_button.click()
        seen["shown"] = dialog.value("notes")
        seen["choice"] = dialog.changed_meanwhile.isVisibleTo(dialog)
        dialog.accept()
        seen["saved"] = not dialog.isVisible()

    with_dialog(lambda: edit_school(None, desk, school_id), edit)
    assert seen == {"shown": "theirs", "choice": False, "saved": True}
    assert desk.schools.draft(school_id).notes == "theirs"
