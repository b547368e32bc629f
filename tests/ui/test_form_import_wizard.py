"""The form import wizard (issue 24): a sign-up form's export taken through every step
from the Lessons page, unknown teachers added when ticked, a bad row left out, the
e-mail drafts written; a request form from the Visits page; in Finnish, no English."""

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from sqlalchemy import func, select

from coachdesk.domain.language import current_language
from coachdesk.domain.schools import SchoolDraft, TeacherDraft
from coachdesk.services.form_rows import FormKind, FormLine, Outcome
from coachdesk.storage import tables as t
from coachdesk.ui.app import make_application, use_language
from coachdesk.ui.dialogs.form_import_wizard import FormImportWizard, FormPlanModel
from tests.form_files import REQUEST_HEADERS, SIGNUP_HEADERS, signup, write_form
from tests.services.test_enrollments import add_lesson
from tests.ui.speech import english_in, shown_texts

FUTURE = datetime.now().replace(microsecond=0) + timedelta(days=30)
ASKED = datetime.now().replace(microsecond=0) - timedelta(days=1)


@pytest.fixture
def world(desk):
    korso = desk.schools.add(SchoolDraft(name="Korson koulu", language="fi"))
    desk.teachers.add(TeacherDraft(name="Aino Aalto", school_id=korso, email="aino@korso.fi"))
    add_lesson(desk, korso, starts_at=FUTURE, capacity=1, title="Padlet-perusteet")
    return {"korso": korso}


def answers(tmp_path, *extra):
    return write_form(tmp_path / "vastaukset.xlsx", SIGNUP_HEADERS, [
        signup(1, ASKED, "Aino Aalto", "aino@korso.fi", "Korson koulu", "Padlet-perusteet"),
        signup(2, ASKED + timedelta(minutes=1), "Eino Ek", "eino@korso.fi", "Korson koulu",
               "Padlet-perusteet"),
        *extra])


def click(qtbot, wizard, which):
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def to_plan(qtbot, wizard, path, kind=FormKind.SIGNUPS):
    wizard.file_page.set_kind(kind)
    wizard.file_page.file_edit.setText(str(path))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.mapping_page
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.plan_page


def shown(wizard):
    model = wizard.plan_page.model
    return [tuple(model.index(r, c).data() for c in range(4)) for r in range(model.rowCount())]


def count(desk, table):
    with desk.db.reading() as conn:
        return conn.scalar(select(func.count()).select_from(table))


@pytest.fixture
def wizard(qtbot, desk, world):
    make_application()
    w = FormImportWizard(desk)
    qtbot.addWidget(w)
    w.show()
    return w


def test_sign_ups_through_every_step_with_the_mails(qtbot, wizard, desk, tmp_path):
    bad = signup(3, ASKED, "Aino Aalto", "aino@korso.fi", "Korson koulu", "Scratch")
    to_plan(qtbot, wizard, answers(tmp_path, bad))
    page = wizard.plan_page
    assert shown(wizard) == [
        ("2", "Aino Aalto — Korson koulu", "Padlet-perusteet " + f"({FUTURE:%-d.%-m.%Y})",
         "enrolled"),
        ("4", "Aino Aalto — Korson koulu", "", "problem"),
        ("3", "Eino Ek — Korson koulu", "Padlet-perusteet", "unknown teacher")]
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()  # a problem
    assert "Scratch" in page.model.index(1, FormPlanModel.WHY).data()
    assert count(desk, t.enrollments) == 0  # the plan saved nothing

    page.add_unknown.setChecked(True)
    qtbot.mouseClick(page.leave_out_button, Qt.MouseButton.LeftButton)
    assert [row[3] for row in shown(wizard)] == ["enrolled", "left out", "waiting list"]
    assert "new teachers: 1" in page.summary.text()
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)

    replies = wizard.replies_page
    assert wizard.currentPage() is replies
    assert count(desk, t.enrollments) == 2 and count(desk, t.teachers) == 2
    assert replies.mails_label.text().startswith("2 teachers can be told")
    folder = tmp_path / "viestit"
    replies.folder_edit.setText(str(folder))
    qtbot.mouseClick(replies.write_button, Qt.MouseButton.LeftButton)
    assert sorted(p.name for p in folder.iterdir()) == ["Aino Aalto.eml", "Eino Ek.eml"]
    assert replies.written.text().startswith("2 e-mail drafts written")
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert not wizard.isVisible()


def test_requests_from_the_visits_page(qtbot, desk, world, tmp_path):
    make_application()
    wizard = FormImportWizard(desk, (FormKind.REQUESTS,))
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.file_page.kind_buttons[FormKind.REQUESTS].isHidden()  # nothing to choose
    path = write_form(tmp_path / "pyynnot.xlsx", REQUEST_HEADERS, [
        [ASKED, "Korson koulu", "Riitta", "Rehtori", "", "Suunnittelu", "", "", "Kiire", 3,
         ""]])
    to_plan(qtbot, wizard, path, FormKind.REQUESTS)
    assert shown(wizard) == [("2", "Korson koulu", "Planning with the principal",
                              "new request")]
    assert wizard.plan_page.add_unknown.isHidden()
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    assert count(desk, t.visit_requests) == 1
    assert wizard.replies_page.write_button.isHidden()  # no teacher to tell


def test_the_plan_model(qtmodeltester, desk):
    model = FormPlanModel(FormKind.SIGNUPS)
    model.set_lines([FormLine(2, "Aino — Korso", "Padlet", Outcome.ENROLLED),
                     FormLine(3, "Eino", "", problems=["No lesson is chosen."])])
    qtmodeltester.check(model)


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_the_wizard_speaks_the_language(qtbot, desk, world, tmp_path, language):
    app = make_application()
    before = current_language()
    use_language(app, language)
    try:
        wizard = FormImportWizard(desk)
        qtbot.addWidget(wizard)
        wizard.show()
        leaks = {"file": english_in(shown_texts(wizard), language)}
        wizard.file_page.file_edit.setText(str(answers(tmp_path)))
        for step in ("columns", "plan"):
            click(qtbot, wizard, QWizard.WizardButton.NextButton)
            leaks[step] = english_in(shown_texts(wizard), language)
        assert wizard.currentPage() is wizard.plan_page
        wizard.plan_page.add_unknown.setChecked(True)
        click(qtbot, wizard, QWizard.WizardButton.CommitButton)
        leaks["replies"] = english_in(shown_texts(wizard), language)
        wizard.close()
    finally:
        use_language(app, before)
    assert not any(leaks.values()), leaks
