"""Making a series a training on the Attendance page, and each teacher's completion."""

import email
import email.policy
from datetime import datetime, timedelta

import pytest

from coachdesk.domain.lessons import Attendance
from coachdesk.domain.schools import SchoolDraft, TeacherDraft
from coachdesk.domain.training import TrainingDraft
from coachdesk.ui.app import make_application
from coachdesk.ui.dialogs.training_dialog import source_key
from coachdesk.ui.pages.attendance_page import AttendancePage
from coachdesk.ui.widgets.form import FormDialog
from tests.services.test_enrollments import add_series
from tests.ui.helpers import errors_shown, fill, with_dialog

EARLY = datetime(2026, 8, 25, 8, 0)
STARTS = [datetime(2026, 9, 1, 14, 0) + timedelta(weeks=i) for i in range(4)]
NOW = datetime(2026, 10, 1, 8, 0)


@pytest.fixture
def course(desk):
    korso = desk.schools.add(SchoolDraft(name="Korson koulu"))
    ankkuri = desk.schools.add(SchoolDraft(name="Ankkurin koulu"))
    series_id, lessons = add_series(desk, korso, STARTS, title="Digiloikka")
    people = {name: desk.teachers.add(TeacherDraft(name=name, school_id=school))
              for name, school in [("Aino Aalto", korso), ("Bertta Berg", korso),
                                   ("Cecilia Cronqvist", ankkuri)]}
    for teacher in people.values():
        desk.enrollments.enroll_series(series_id, teacher, now=EARLY)
    marks = {"Aino Aalto": [Attendance.PRESENT] * 3 + [Attendance.LATE],
             "Bertta Berg": [Attendance.PRESENT, Attendance.ABSENT, Attendance.ABSENT,
                             Attendance.PRESENT],
             "Cecilia Cronqvist": [Attendance.PRESENT] * 3 + [None]}
    for i, lesson in enumerate(lessons):
        desk.enrollments.mark_attendance(lesson, {
            desk.enrollments.find(lesson, teacher).id: marks[name][i]
            for name, teacher in people.items()}, now=NOW)
    return series_id, korso, ankkuri


@pytest.fixture
def page(qtbot, desk):
    make_application()
    shown = AttendancePage(desk, today=NOW.date(), now=NOW)
    qtbot.addWidget(shown)
    shown.resize(1200, 700)
    shown.show()
    shown.start()
    shown.show_trainings()
    return shown


def shown_rows(panel) -> dict[str, tuple[str, str, str]]:
    model = panel.model
    keys = [model.column_key(c) for c in range(model.columnCount())]
    rows = {}
    for r in range(model.rowCount()):
        cells = {key: model.index(r, c).data() for c, key in enumerate(keys)}
        rows[cells["teacher"]] = (cells["attended"], cells["status"], cells["reason"])
    return rows


def test_a_series_made_a_training_shows_each_teachers_status_and_why(
        qtbot, desk, course, page):
    series_id, korso, _ankkuri = course
    view = page.trainings
    assert page.stack.currentWidget() is view
    assert view.training_id() is None and not view.edit_button.isEnabled()
    assert view.rule.text().startswith("No training yet")

    def make_it(dialog: FormDialog) -> None:
        fill(dialog, name=" ", min_attendance="eighty")
        dialog.accept()
        assert set(errors_shown(dialog)) == {"name", "source", "min_attendance"}
        fill(dialog, name="Digiloikka", source=source_key("series", series_id),
             min_attendance="75")
        dialog.accept()
        assert errors_shown(dialog) == {}

    with_dialog(view.new_button.click, make_it)
    training = desk.trainings.choices()[0][0]
    assert desk.trainings.draft(training) == TrainingDraft(
        name="Digiloikka", series_id=series_id, min_attendance=75, late_counts=True)
    assert view.training_id() == training
    assert "at least 75 % of the sessions (3 of 4)" in view.rule.text()
    assert shown_rows(view.panel) == {
        "Aino Aalto": ("4 / 4", "Completed", "Attended 4 of 4 sessions."),
        "Bertta Berg": ("2 / 4", "Not completed", "Attended 2 of 4 sessions; 3 needed."),
        "Cecilia Cronqvist": ("3 / 4", "Completed", "Attended 3 of 4 sessions."),
    }

    # A stricter rule: the list reads again after the edit.
    with_dialog(view.edit_button.click, lambda dialog: (
        fill(dialog, min_attendance="100"), dialog.accept()))
    rows = shown_rows(view.panel)
    assert rows["Aino Aalto"][1] == "Completed"
    assert rows["Cecilia Cronqvist"][1:] == (
        "In progress", "Attended 3 of 4 sessions so far; 4 needed.")

    # The school picker narrows the participants too.
    page.school_picker.setCurrentIndex(page.school_picker.findData(korso))
    assert set(shown_rows(view.panel)) == {"Aino Aalto", "Bertta Berg"}


def test_models(qtmodeltester, desk, course, page):
    series_id = course[0]
    desk.trainings.add(TrainingDraft(name="Digiloikka", series_id=series_id))
    page.trainings.reload()
    assert page.trainings.panel.model.rowCount() == 3
    qtmodeltester.check(page.trainings.panel.model)


def test_certificates_from_the_window_and_a_code_checked(qtbot, desk, course, page,
                                                         answers, tmp_path, monkeypatch):
    from coachdesk.ui.pages import training_view

    series_id = course[0]
    training = desk.trainings.add(TrainingDraft(name="Digiloikka", series_id=series_id,
                                                min_attendance=75))
    page.trainings.reload()
    view = page.trainings
    monkeypatch.setattr(training_view, "ask_folder", lambda parent, title: str(tmp_path))
    view.certificates_button.click()
    assert answers["errors"] == []
    written = sorted(p.name for p in tmp_path.glob("*.pdf"))
    assert written == ["Digiloikka – Aino Aalto.pdf", "Digiloikka – Cecilia Cronqvist.pdf",
                       "Digiloikka.pdf"]
    codes = {c.teacher: c.code for c in desk.certificates.of_training(training)}
    # An e-mail draft per teacher in their school's language, the certificate attached.
    drafts = sorted(tmp_path.glob("*.eml"))
    assert [p.name for p in drafts] == ["Digiloikka – Aino Aalto.eml",
                                        "Digiloikka – Cecilia Cronqvist.eml"]
    mail = email.message_from_bytes(drafts[0].read_bytes(), policy=email.policy.default)
    assert mail["Subject"] == "Osallistumistodistus: Digiloikka"
    assert codes["Aino Aalto"] in mail.get_body().get_content()
    (attached,) = list(mail.iter_attachments())
    assert attached.get_filename() == "Digiloikka – Aino Aalto.pdf"
    assert attached.get_content().startswith(b"%PDF")
    # The list shows the codes (it read again after the operation).
    rows = {view.panel.model.value(r, "teacher"): view.panel.model.index(
        r, [view.panel.model.column_key(c) for c in range(
            view.panel.model.columnCount())].index("certificate")).data()
        for r in range(view.panel.model.rowCount())}
    assert rows == {"Aino Aalto": codes["Aino Aalto"], "Bertta Berg": "",
                    "Cecilia Cronqvist": codes["Cecilia Cronqvist"]}

    view.code.setText(codes["Aino Aalto"].lower())
    view.code.returnPressed.emit()
    assert view.verdict.text().startswith("Genuine. " + codes["Aino Aalto"])
    view.code.setText(codes["Aino Aalto"][:-1] + ("0" if codes["Aino Aalto"][-1] != "0"
                                                    else "1"))
    view.code.returnPressed.emit()
    assert "is not a certificate code" in view.verdict.text()

    # Revoking Cecilia's: the register keeps it, the list and the check say so.
    monkeypatch.setattr(training_view, "ask_reason", lambda *args: "Wrong person")
    view.panel.select_id(desk.certificates.find(codes["Cecilia Cronqvist"]).teacher_id)
    view.revoke_button.click()
    assert answers["errors"] == []
    assert desk.certificates.find(codes["Cecilia Cronqvist"]).revoke_reason == "Wrong person"
    model = view.panel.model
    column = [model.column_key(c) for c in range(model.columnCount())].index("certificate")
    assert model.index(view.panel.selected_row(), column).data() == (
        codes["Cecilia Cronqvist"] + " (revoked)")
    view.code.setText(codes["Cecilia Cronqvist"])
    view.code.returnPressed.emit()
    assert view.verdict.text().startswith("Revoked on")


def test_a_training_or_a_certificate_asked_for_is_shown(desk, course, page):
    from coachdesk.domain.kinds import RecordKind

    series_id = course[0]
    training = desk.trainings.add(TrainingDraft(name="Digiloikka", series_id=series_id,
                                                min_attendance=75))
    other_series = add_series(desk, course[1], [datetime(2026, 11, 2, 14, 0)],
                              title="Later")[0]
    later = desk.trainings.add(TrainingDraft(name="Later", series_id=other_series))
    issued = desk.certificates.issue(training, now=NOW)
    page.show_teachers()
    page.trainings.reload()
    page.show_target(RecordKind.TRAINING, later, {})
    assert page.stack.currentWidget() is page.trainings
    assert page.trainings.training_id() == later
    cecilia = next(c for c in issued if c.teacher == "Cecilia Cronqvist")
    page.show_target(RecordKind.CERTIFICATE, cecilia.id, {})
    assert page.trainings.training_id() == training
    assert page.trainings.panel.selected_id() == cecilia.teacher_id
