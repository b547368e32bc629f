"""A single-line field of a form keeps one line: what is pasted into it from a document or
a web page (a line break, a tab, an escape, a right-to-left override) never reaches the
service, while a multi-line field keeps its lines."""

from PySide6.QtWidgets import QApplication, QLineEdit
from sqlalchemy import update

from coachdesk.storage import tables as t
from coachdesk.ui.app import make_application
from coachdesk.ui.dialogs.school_dialog import edit_school
from tests.ui.helpers import errors_shown, fill, with_dialog


def paste(editor: QLineEdit, text: str) -> None:
    QApplication.clipboard().setText(text)
    editor.clear()
    editor.paste()


def test_a_name_pasted_with_a_line_break_is_saved_on_one_line(qtbot, desk):
    make_application()
    seen = {}

    def add(dialog):
        paste(dialog.editors["name"], "Korson\r\nkoulu\x1b\u202e")
        seen["shown"] = dialog.editors["name"].text()
        fill(dialog, notes="First line\r\nsecond line")
        dialog.accept()
        seen["errors"] = errors_shown(dialog)

    school_id = None

    def open_it():
        nonlocal school_id
        school_id = edit_school(None, desk)

    with_dialog(open_it, add)
    assert seen == {"shown": "Korson koulu", "errors": {}}
    school = desk.schools.get(school_id)
    assert (school.name, school.notes) == ("Korson koulu", "First line\nsecond line")


def test_an_old_name_with_a_line_break_is_shown_on_one_line(qtbot, desk, school_id):
    make_application()
    with desk.db.engine.begin() as conn:  # as an older CoachDesk may have stored it
        conn.execute(update(t.schools).values(name="Korson\nkoulu"))
    seen = {}

    def edit(dialog):
        seen["shown"] = dialog.editors["name"].text()
        dialog.accept()

    with_dialog(lambda: edit_school(None, desk, school_id), edit)
    assert seen["shown"] == "Korson koulu"
    assert desk.schools.get(school_id).name == "Korson koulu"
