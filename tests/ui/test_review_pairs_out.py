"""The assignments dialog mails and prints the review pairs: the buttons wait for pairs,
then write a draft per reviewer into the folder chosen and the list of pairs."""

from datetime import date

from openpyxl import load_workbook

from coachdesk.domain.assignments import AssignmentDraft
from coachdesk.ui.dialogs import assignments_dialog, mail_dialog
from coachdesk.ui.dialogs.assignments_dialog import AssignmentsDialog
from tests.services.test_certificates import training as made_training  # noqa: F401


def test_the_pairs_are_mailed_and_printed_from_the_dialog(
        qtbot, desk, made_training, answers, tmp_path, monkeypatch):  # noqa: F811
    training_id, people = made_training
    assignment = desk.assignments.add(training_id, AssignmentDraft("Tehtävä",
                                                                   date(2026, 10, 15)))
    desk.assignments.record_handed_in(assignment, set(people.values()), date(2026, 10, 1))
    dialog = AssignmentsDialog(None, desk, training_id)
    qtbot.addWidget(dialog)
    assert not dialog.mail_button.isEnabled() and not dialog.print_button.isEnabled()

    dialog.reviewers.setValue(1)
    dialog.assign_button.click()
    assert dialog.mail_button.isEnabled() and dialog.print_button.isEnabled()

    monkeypatch.setattr(assignments_dialog, "ask_folder",
                        lambda parent, title: str(tmp_path / "drafts"))
    dialog.mail_button.click()
    assert sorted(p.name for p in (tmp_path / "drafts").glob("*.eml")) == [
        "Tehtävä – Aino.eml", "Tehtävä – Bertta.eml", "Tehtävä – Cecilia.eml"]

    monkeypatch.setattr(mail_dialog, "ask_save_path",
                        lambda parent, title, suggested, kinds: str(tmp_path / "pairs"))
    dialog.print_button.click()
    rows = [r for r in load_workbook(tmp_path / "pairs.xlsx").active.iter_rows(
        values_only=True) if any(r)]
    assert len(rows) == 2 + 1 + 3  # title, line under it, header, three pairs
    assert answers["errors"] == []
