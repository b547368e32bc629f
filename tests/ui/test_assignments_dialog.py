"""A training's assignments from the Attendance page: add one, tick who handed it in,
assign the reviewers, record a review, and see the completion follow."""

from datetime import date

from PySide6.QtCore import QDate, Qt

from coachdesk.domain.assignments import AssignmentDraft, ReviewDraft
from coachdesk.domain.training import TrainingDraft
from coachdesk.ui.dialogs.assignments_dialog import AssignmentsDialog
from tests.drafts import edit
from tests.ui.helpers import errors_shown, fill, with_dialog
from tests.ui.speech import english_in, shown_texts
from tests.ui.test_speaks_the_language import speaking  # noqa: F401 (the fixture)
from tests.ui.test_training_completion import course, page, shown_rows  # noqa: F401


def test_assignments_handed_in_reviewed_and_the_completion_follows(
        qtbot, desk, course, page, answers):  # noqa: F811
    series_id = course[0]
    training = desk.trainings.add(TrainingDraft(name="Digiloikka", series_id=series_id,
                                                min_attendance=50))
    page.trainings.reload()
    view = page.trainings

    def work(dialog) -> None:
        assert dialog.objectName() == "assignments_dialog"
        assert not dialog.assign_button.isEnabled()  # no assignment yet

        def new(form) -> None:
            fill(form, title=" ")
            form.editors["due_on"].setDate(QDate(2026, 10, 15))
            form.accept()
            assert set(errors_shown(form)) == {"title"}
            fill(form, title="Oppimistehtävä")
            form.accept()
            assert errors_shown(form) == {}

        with_dialog(dialog.new_button.click, new)
        assert dialog.picker.currentText() == "Oppimistehtävä, due 15.10.2026"
        # Aino and Cecilia hand in; Bertta does not.
        for i in range(dialog.handed.count()):
            item = dialog.handed.item(i)
            if not item.text().startswith("Bertta"):
                item.setCheckState(Qt.CheckState.Checked)
        dialog.reviewers.setValue(1)
        dialog.assign_button.click()
        assert answers["errors"] == []
        assert dialog.pairs.rowCount() == 2
        pairs = {(dialog.pairs.item(r, 0).text(), dialog.pairs.item(r, 2).text())
                 for r in range(2)}
        assert pairs == {("Aino Aalto", "Cecilia Cronqvist"),
                         ("Cecilia Cronqvist", "Aino Aalto")}

        dialog.pairs.selectRow(0)

        def review(form) -> None:
            fill(form, score="9", comment="Selkeä suunnitelma.")
            form.accept()
            assert set(errors_shown(form)) == {"score"}
            fill(form, score="4")
            form.accept()
            assert errors_shown(form) == {}

        with_dialog(dialog.review_button.click, review)
        assert dialog.pairs.item(0, 4).text() == "4"
        assert dialog.pairs.item(0, 5).text() == "Selkeä suunnitelma."
        # Once a review is given, assigning again is refused with a message.
        dialog.assign_button.click()
        assert answers["errors"] == [
            "Reviews of this assignment have been given already, so its reviewers stay as "
            "they are."]
        dialog.reject()

    edit(desk.trainings, training, require_submissions=True, require_reviews=True)
    with_dialog(view.assignments_button.click, work)
    assert "Every assignment must be handed in." in view.rule.text()
    rows = shown_rows(view.panel)
    reviewer_of_first = [name for name in rows if name != "Bertta Berg"]
    assert rows["Bertta Berg"][1:] == ("In progress", "“Oppimistehtävä” not handed in.")
    given = [rows[name][1] for name in reviewer_of_first]
    assert sorted(given) == ["Completed", "In progress"]
    assert desk.assignments.of_training(training)[0].due_on == date(2026, 10, 15)


def test_the_assignments_dialog_speaks_the_language(speaking, qtbot):  # noqa: F811
    language, desk = speaking
    training = desk.trainings.choices()[0][0]
    assignment = desk.assignments.add(training, AssignmentDraft("Tehtävä", date(2026, 12, 1)))
    people = {p.teacher_id for p in desk.trainings.participants(training)}
    desk.assignments.record_handed_in(assignment, people, date(2026, 11, 20))
    desk.assignments.assign_reviewers(assignment)
    first = desk.assignments.pairs(assignment)[0]
    desk.assignments.record_review(first.id, ReviewDraft(True, None, "Hyvä"))
    dialog = AssignmentsDialog(None, desk, training)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.pairs.rowCount() >= 2
    assert english_in(shown_texts(dialog), language) == []
    dialog.close()
