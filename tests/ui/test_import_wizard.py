"""The import wizard: a teachers list written by xlsxwriter taken through every step;
a bad row is shown and saves nothing until it is corrected or left out."""

import threading
from pathlib import Path

import pytest
import xlsxwriter
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from coachdesk.domain.kinds import RecordKind
from coachdesk.domain.schools import SchoolDraft, TeacherDraft
from coachdesk.services.imports import ImportRow
from coachdesk.ui.app import make_application
from coachdesk.ui.dialogs import import_wizard, workbook_page
from coachdesk.ui.dialogs.import_wizard import ImportWizard, PreviewModel
from coachdesk.ui.operations import operations
from tests.reports.test_imports import Formula, write_book, write_xlsx

HEADERS = ["Sukunimi", "Etunimi", "Sähköposti", "Koulu", "Puhelin"]
GOOD = [["Virtanen", "Aino", "aino.virtanen@edu.vantaa.fi", "Korson koulu", "040 1"],
        ["Koski", "Ville", "ville.koski@edu.vantaa.fi", "Hakunilan koulu", ""]]
BAD = ["Mäkinen", "Eero", "eero.makinen@", "Korson koulu", ""]


def write_list(path: Path, rows: list[list[str]]) -> Path:
    """A list as a coordinator keeps it: a title, an empty row, then the header."""
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet("Opettajat")
    ws.write_string(0, 0, "Opettajat syksy 2026")
    for r, row in enumerate([HEADERS, *rows], start=2):
        for c, value in enumerate(row):
            if value:
                ws.write_string(r, c, value)
    book.close()
    return path


@pytest.fixture
def schools(desk):
    return [desk.schools.add(SchoolDraft(name="Korson koulu", kind="comprehensive", language="fi")),
            desk.schools.add(SchoolDraft(name="Hakunilan koulu", kind="primary", language="fi"))]


@pytest.fixture
def informed(monkeypatch):
    said = []
    monkeypatch.setattr(import_wizard.messages, "inform",
                        lambda parent, title, text: said.append(text))
    return said


@pytest.fixture
def wizard(qtbot, desk, schools, informed):
    make_application()
    w = ImportWizard(desk)
    qtbot.addWidget(w)
    w.show()
    return w


def teachers(desk) -> list[str]:
    return sorted(name.split(" — ")[0] for _id, name in desk.teachers.choices())


def button(wizard: QWizard, which: QWizard.WizardButton):
    return wizard.button(which)


def to_preview(qtbot, wizard: ImportWizard, path: Path) -> None:
    wizard.file_page.set_kind("teachers")
    wizard.file_page.file_edit.setText(str(path))
    qtbot.mouseClick(button(wizard, QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.mapping_page
    qtbot.mouseClick(button(wizard, QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.preview_page


def finish(qtbot, wizard: ImportWizard) -> None:
    qtbot.mouseClick(button(wizard, QWizard.WizardButton.FinishButton),
                     Qt.MouseButton.LeftButton)


def shown_rows(wizard: ImportWizard) -> list[tuple[str, str, str, str]]:
    model = wizard.preview_page.model
    return [tuple(model.index(r, c).data() for c in range(1, 5))
            for r in range(model.rowCount())]


def test_a_teachers_list_is_imported_through_every_step(qtbot, wizard, desk, tmp_path,
                                                        informed):
    path = write_list(tmp_path / "opettajat.xlsx", GOOD)
    assert not button(wizard, QWizard.WizardButton.NextButton).isEnabled()  # no file yet
    wizard.file_page.set_kind("teachers")
    wizard.file_page.file_edit.setText(str(path))
    qtbot.mouseClick(button(wizard, QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)

    # 2. the columns, matched from the Finnish headers
    page = wizard.mapping_page
    assert wizard.currentPage() is page
    assert page.sheet.currentText() == "Opettajat" and not page.sheet.isEnabled()
    assert page.source.text() == "Header on row 3, 2 rows below it."
    assert [c.currentText() for c in page.combos] == [
        "Last name", "First name", "E-mail", "School", "(not imported)"]
    assert page.table.item(0, page.EXAMPLE).text() == "Virtanen"
    assert page.unmatched.text() == "Not imported: Puhelin (CoachDesk has no field for it)."
    assert page.missing.isHidden()

    page.set_field(3, None)  # without the school a teacher cannot be saved
    assert page.missing.text() == "Choose the column that gives the School: it is needed."
    assert not page.missing.isHidden()
    assert not button(wizard, QWizard.WizardButton.NextButton).isEnabled()
    page.set_field(3, "school")
    page.set_field(4, "notes")  # the phone number goes to the notes
    page.set_field(2, "notes")  # one column per field: the phone column lets go
    assert page.combos[4].currentText() == "(not imported)"
    page.set_field(2, "email")
    page.set_field(4, "notes")
    assert page.unmatched.text() == "Every column is imported."
    qtbot.mouseClick(button(wizard, QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)

    # 3. the preview
    assert wizard.currentPage() is wizard.preview_page
    assert shown_rows(wizard) == [
        ("4", "new", "Aino Virtanen — Korson koulu", ""),
        ("5", "new", "Ville Koski — Hakunilan koulu", "")]
    assert wizard.preview_page.summary.text() == "2 new, 0 to update, 0 skipped."
    assert teachers(desk) == []  # a preview writes nothing

    finish(qtbot, wizard)
    assert not wizard.isVisible()
    assert informed == ["2 new records were created and 0 updated; 0 rows were skipped."]
    assert teachers(desk) == ["Aino Virtanen", "Ville Koski"]
    aino = desk.teachers.get(next(i for i, n in desk.teachers.choices()
                                  if n.startswith("Aino Virtanen")))
    assert aino.email == "aino.virtanen@edu.vantaa.fi"
    assert aino.notes == "040 1"


def test_the_file_is_read_beside_the_window_and_the_import_is_heard(
        qtbot, wizard, desk, tmp_path, monkeypatch):
    readers = []
    real = workbook_page.read_plan

    def read_plan(*args, **kwargs):
        readers.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(workbook_page, "read_plan", read_plan)
    heard = []

    def hear(changes, _initiator) -> None:
        heard.append(changes)

    operations().did_execute.connect(hear)
    try:
        to_preview(qtbot, wizard, write_list(tmp_path / "opettajat.xlsx", GOOD))
        finish(qtbot, wizard)
    finally:
        operations().did_execute.disconnect(hear)
    assert readers and threading.main_thread() not in readers
    assert len(heard) == 1 and RecordKind.TEACHER in heard[0].kinds  # pages read again


def test_existing_records_are_updated_or_skipped_as_chosen(qtbot, desk, schools, informed,
                                                           tmp_path):
    path = write_list(tmp_path / "opettajat.xlsx", GOOD)
    desk.teachers.add(TeacherDraft(name="Aino Virtanen", school_id=schools[0],
                                   email="aino.virtanen@edu.vantaa.fi"))
    make_application()
    wizard = ImportWizard(desk)
    qtbot.addWidget(wizard)
    wizard.show()
    to_preview(qtbot, wizard, path)
    assert [row[1] for row in shown_rows(wizard)] == ["update", "new"]

    wizard.preview_page.skip_button.setChecked(True)
    assert [row[1] for row in shown_rows(wizard)] == ["skip", "new"]
    assert wizard.preview_page.summary.text() == "1 new, 0 to update, 1 skipped."
    finish(qtbot, wizard)
    assert informed == ["1 new records were created and 0 updated; 1 rows were skipped."]
    assert teachers(desk) == ["Aino Virtanen", "Ville Koski"]

    again = ImportWizard(desk)  # the choice is remembered
    qtbot.addWidget(again)
    assert again.preview_page.skip_button.isChecked()


def test_a_bad_row_is_shown_and_nothing_is_saved(qtbot, wizard, desk, tmp_path, informed):
    path = write_list(tmp_path / "opettajat.xlsx", [GOOD[0], BAD, GOOD[1]])
    to_preview(qtbot, wizard, path)
    page = wizard.preview_page
    model = page.model
    row, action, record, problems = shown_rows(wizard)[1]
    assert (row, action, record) == ("5", "new", "Eero Mäkinen — Korson koulu")
    assert "“eero.makinen@” is not an e-mail address" in problems
    red = model.index(1, PreviewModel.PROBLEMS).data(Qt.ItemDataRole.ForegroundRole)
    assert red.color().name() == "#b3261e"
    assert model.index(0, PreviewModel.PROBLEMS).data(Qt.ItemDataRole.ForegroundRole) is None
    assert page.summary.text() == "2 new, 0 to update, 0 skipped; 1 row with a problem."

    finish(qtbot, wizard)  # refused: the wizard stays, nothing is saved
    assert wizard.isVisible() and wizard.currentPage() is page
    assert page.error.text() == ("Nothing was imported: row 5 has a problem. Correct it in "
                                 "the file or skip it, then import again.")
    assert not page.error.isHidden()
    assert teachers(desk) == [] and informed == []

    # Leave the bad row out with its tick box: the other rows are saved.
    assert model.setData(model.index(1, PreviewModel.LEAVE_OUT), Qt.CheckState.Checked.value,
                         Qt.ItemDataRole.CheckStateRole)
    assert shown_rows(wizard)[1][:2] == ("5", "left out")
    assert page.summary.text() == "2 new, 0 to update, 1 skipped (1 left out)."
    assert page.error.isHidden()
    finish(qtbot, wizard)
    assert teachers(desk) == ["Aino Virtanen", "Ville Koski"]
    assert informed == ["2 new records were created and 0 updated; 1 rows were skipped."]


def test_rows_with_problems_are_left_out_in_one_click(qtbot, wizard, desk, tmp_path):
    unknown = ["Laine", "Sanna", "sanna.laine@edu.vantaa.fi", "Tuntematon koulu", ""]
    path = write_list(tmp_path / "opettajat.xlsx", [BAD, GOOD[0], unknown])
    to_preview(qtbot, wizard, path)
    page = wizard.preview_page
    assert "There is no school named “Tuntematon koulu”" in shown_rows(wizard)[2][3]
    assert page.summary.text() == "1 new, 0 to update, 0 skipped; 2 rows with problems."
    qtbot.mouseClick(page.leave_out_button, Qt.MouseButton.LeftButton)
    assert page.model.left_out == {4, 6}
    assert not page.leave_out_button.isEnabled()
    finish(qtbot, wizard)
    assert teachers(desk) == ["Aino Virtanen"]


def test_a_file_that_is_not_a_list_is_refused_on_the_first_step(qtbot, wizard, tmp_path):
    broken = tmp_path / "opettajat.xlsx"
    broken.write_text("not a workbook")
    wizard.file_page.file_edit.setText(str(broken))
    qtbot.mouseClick(button(wizard, QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.file_page
    assert wizard.file_page.error.text().endswith(
        "is not an Excel workbook (.xlsx). Save it as .xlsx in Excel and import that file.")
    wizard.file_page.file_edit.setText(str(tmp_path / "missing.xlsx"))
    assert wizard.file_page.error.isHidden()  # a new file: the old message goes


def test_the_preview_model(qtmodeltester, desk, schools):
    rows = [ImportRow(4, {"name": "Aino Virtanen", "school": "Korson koulu"}),
            ImportRow(5, {"name": "", "school": "Nowhere"})]
    preview = desk.imports.preview("teachers", rows)
    model = PreviewModel(preview.lines)
    qtmodeltester.check(model)
    model.setData(model.index(0, PreviewModel.LEAVE_OUT), Qt.CheckState.Checked,
                  Qt.ItemDataRole.CheckStateRole)
    assert model.left_out == {4}
    qtmodeltester.check(model)
    model.set_lines(preview.lines[:1])
    assert model.left_out == {4} and model.rowCount() == 1
    qtmodeltester.check(model)


def go_on(qtbot, wizard: ImportWizard) -> None:
    qtbot.mouseClick(button(wizard, QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def test_the_sheet_read_can_be_changed_and_what_is_left_out_is_shown(qtbot, wizard, desk,
                                                                     tmp_path, informed):
    path = write_book(tmp_path / "koulut.xlsx", {
        "Ohje": [["Täytä koulut seuraavalle välilehdelle."]],
        "Yhteenveto": [["Koulu", "Opettajia"], ["Korson koulu", 35], ["Yhteensä", 35]],
        "Koulut": [["Koulu", "Tyyppi", "Sähköposti", "Puhelin"],
                   ["Myyrmäen koulu", "vuosiluokat 1–6", "rehtori@myyrmaki.fi", "09 1"],
                   ["Yhteensä", Formula("=COUNTA(A2:A2)", 1)]],
    })
    wizard.file_page.set_kind("schools")
    wizard.file_page.file_edit.setText(str(path))
    go_on(qtbot, wizard)
    page = wizard.mapping_page
    assert page.sheet.currentText() == "Koulut"  # the best header, not the first sheet
    assert page.sheet.isEnabled()
    assert [page.sheet.itemText(i) for i in range(page.sheet.count())] == [
        "Ohje", "Yhteenveto", "Koulut"]
    assert page.source.text() == "Header on row 1, 1 row below it. Total rows left out: 3."
    assert [c.currentText() for c in page.combos] == [
        "Name", "Kind", "Principal's e-mail", "(not imported)"]

    page.choose_sheet("Ohje")  # no header there: said, and the sheet read stays
    assert page.error.text().startswith("No header row was found")
    assert page.sheet.currentText() == "Koulut" and wizard.plan.sheet == "Koulut"
    page.choose_sheet("Yhteenveto")
    assert wizard.plan.sheet == "Yhteenveto" and page.error.isHidden()
    assert [c.currentText() for c in page.combos] == ["Name", "Number of teachers"]
    page.choose_sheet("Koulut")

    go_on(qtbot, wizard)
    notes = wizard.preview_page.notes.text().split("\n")
    assert notes == [
        "Read from the sheet “Koulut” of koulut.xlsx. To read another sheet, go back and "
        "choose it.",
        "Column “Puhelin” is not imported: CoachDesk has no field for it.",
        "Row 3 is a total row (“Yhteensä”): not imported."]
    assert shown_rows(wizard) == [("2", "new", "Myyrmäen koulu", "")]
    finish(qtbot, wizard)
    school = desk.schools.get(next(i for i, n in desk.schools.choices()
                                   if n == "Myyrmäen koulu"))
    assert (school.kind.value, school.principal_email) == ("primary", "rehtori@myyrmaki.fi")


def test_missing_device_categories_are_created_when_ticked(qtbot, wizard, desk, tmp_path,
                                                           informed):
    path = write_xlsx(tmp_path / "laitteet.xlsx", [
        ["Tunniste", "Laitetyyppi", "Malli"],
        ["IPAD-001", "iPad", "iPad 10"], ["ROBO-01", "Robotit", "micro:bit"]])
    wizard.file_page.set_kind("devices")
    wizard.file_page.file_edit.setText(str(path))
    go_on(qtbot, wizard)
    go_on(qtbot, wizard)
    page = wizard.preview_page
    box = page.create_categories
    assert not box.isHidden() and not box.isChecked()
    assert box.text() == "Create the missing categories: iPad, Robotit"
    assert page.summary.text() == "0 new, 0 to update, 0 skipped; 2 rows with problems."
    assert "“iPad” is not a category yet" in shown_rows(wizard)[0][3]

    box.setChecked(True)
    assert page.summary.text() == ("2 new, 0 to update, 0 skipped; new categories: iPad, "
                                   "Robotit.")
    assert desk.devices.categories() == []  # nothing is written before Import
    finish(qtbot, wizard)
    assert informed == ["2 new records were created and 0 updated; 0 rows were skipped. "
                        "New categories: iPad, Robotit."]
    assert [c.name for c in desk.devices.categories()] == ["iPad", "Robotit"]
    assert desk.devices.find_by_tag("ROBO-01").category == "Robotit"
