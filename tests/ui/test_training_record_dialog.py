"""The training record dialog (Teachers ▸ Training record…): training done elsewhere
added, edited and deleted (the delete asked first), the totals following; the Teachers
page opens it; in Finnish and Swedish it shows no English."""

from PySide6.QtCore import QDate

from coachdesk.domain.errors import ValidationError
from coachdesk.ui.dialogs.training_record_dialog import TrainingRecordDialog
from tests.services.test_certificates import AFTER, ISSUED
from tests.services.test_certificates import training as made_training  # noqa: F401
from tests.ui.helpers import errors_shown, fill, with_dialog
from tests.ui.speech import english_in, shown_texts
from tests.ui.test_speaks_the_language import speaking  # noqa: F401 (the fixture)
from tests.ui.test_teachers_page import _page


def cells(table, row: int) -> list[str]:
    return [table.item(row, c).text() for c in range(table.columnCount())]


def test_training_elsewhere_is_added_edited_and_deleted_in_the_dialog(
        qtbot, desk, made_training, answers):  # noqa: F811
    training_id, people = made_training
    desk.certificates.issue(training_id, ISSUED, AFTER)
    dialog = TrainingRecordDialog(None, desk, people["Aino"])
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Training record: Aino"
    assert (dialog.lessons.rowCount(), dialog.completed.rowCount(),
            dialog.certificates.rowCount(), dialog.elsewhere.rowCount()) == (3, 1, 1, 0)
    assert not dialog.delete_button.isEnabled()

    def new(form) -> None:
        fill(form, course="", hours="-1")
        form.accept()
        assert {"course", "hours"} <= set(errors_shown(form))
        fill(form, course="Digitaidot MOOC", provider="OPH", hours="12,5")
        form.editors["held_on"].setDate(QDate(2027, 3, 10))
        form.accept()
        assert errors_shown(form) == {}

    with_dialog(dialog.add_button.click, new)
    assert cells(dialog.elsewhere, 0)[:4] == ["10.3.2027", "Digitaidot MOOC", "OPH", "12.5"]
    years = [dialog.years.horizontalHeaderItem(c).text()
             for c in range(dialog.years.columnCount())]
    assert years == ["School year", "2026–2027", "In all"]
    assert cells(dialog.years, 4) == ["Courses elsewhere", "1", "1"]
    assert cells(dialog.years, 6)[0] == "Hours in all"
    assert float(cells(dialog.years, 6)[2]) == 12.5 + sum(
        x.hours for x in desk.training_record.record(people["Aino"]).lessons)

    dialog.elsewhere.selectRow(0)
    with_dialog(dialog.edit_button.click, lambda form: (fill(form, hours="3"),
                                                         form.accept()))
    assert cells(dialog.elsewhere, 0)[3] == "3.0"

    answers["answer"] = False  # the question is asked, and no keeps it
    dialog.elsewhere.selectRow(0)
    dialog.delete_button.click()
    assert "Digitaidot MOOC" in answers["confirm"][-1]
    assert dialog.elsewhere.rowCount() == 1
    answers["answer"] = True
    dialog.delete_button.click()
    assert dialog.elsewhere.rowCount() == 0
    assert desk.training_record.record(people["Aino"]).elsewhere == []
    assert answers["errors"] == []


def test_the_teachers_page_opens_the_record(window, desk, school_id):
    from coachdesk.domain.schools import TeacherDraft

    teacher = desk.teachers.add(TeacherDraft(name="Aino Aalto", school_id=school_id))
    page = _page(window)
    page.list.select_id(teacher)

    def look(dialog) -> None:
        assert dialog.objectName() == "training_record_dialog"
        assert dialog.summary.text().startswith("Aino Aalto, Korson koulu: 0 lessons")

    with_dialog(page.record_action.trigger, look)


def test_the_record_dialog_speaks_the_language(speaking, qtbot):  # noqa: F811
    language, desk = speaking
    with desk.db.reading() as conn:
        from sqlalchemy import select

        from coachdesk.storage import tables as t
        teacher = conn.scalar(select(t.external_trainings.c.teacher_id).limit(1))
    assert teacher is not None  # the demo has training done elsewhere
    dialog = TrainingRecordDialog(None, desk, teacher)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = shown_texts(dialog)
    for tab in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(tab)
        texts += shown_texts(dialog)
    assert dialog.elsewhere.rowCount() >= 1
    assert english_in(texts, language) == []
    dialog.close()


def test_a_refused_course_is_said_beside_its_fields(desk, school_id):
    from coachdesk.domain.training_record import ElsewhereDraft
    from coachdesk.ui.dialogs.training_record_dialog import elsewhere_draft

    values = {"course": "x", "provider": "", "held_on": None, "hours": 2.0, "notes": ""}
    assert elsewhere_draft(values) == ElsewhereDraft("x", "", None, 2.0, "")
    try:
        elsewhere_draft(values).check()
    except ValidationError as exc:
        assert set(exc.errors) == {"held_on"}
