"""Every dialog in Finnish and in Swedish on the demo data: no English source text shows.

Each dialog is opened as the window opens it (the modal ones through ``with_dialog``), its
visible texts read, then it is closed without saving. Questions asked on the way
(``messages.confirm``) are read too and answered no."""

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget, QWizard
from sqlalchemy import text

from coachdesk.domain.kinds import RecordKind
from coachdesk.reports.messages import SCHOOL, visit_confirmation
from coachdesk.ui.dialogs.about_dialog import AboutDialog
from coachdesk.ui.dialogs.announcement_dialog import AnnouncementDialog
from coachdesk.ui.dialogs.appoint_dialog import appoint
from coachdesk.ui.dialogs.attendance_dialog import AttendanceDialog
from coachdesk.ui.dialogs.break_dialog import edit_break
from coachdesk.ui.dialogs.candidate_dialog import edit_candidate
from coachdesk.ui.dialogs.category_dialog import CategoriesDialog, edit_category
from coachdesk.ui.dialogs.conflicts_dialog import ConflictsDialog
from coachdesk.ui.dialogs.decline_dialog import decline
from coachdesk.ui.dialogs.device_dialog import edit_device
from coachdesk.ui.dialogs.end_agreement_dialog import EndAgreementDialog
from coachdesk.ui.dialogs.enrollments_dialog import EnrollmentsDialog
from coachdesk.ui.dialogs.history_dialog import HistoryDialog
from coachdesk.ui.dialogs.import_wizard import ImportWizard
from coachdesk.ui.dialogs.lesson_dialog import edit_lesson
from coachdesk.ui.dialogs.loan_dialog import lend_device
from coachdesk.ui.dialogs.mail_dialog import MailDialog
from coachdesk.ui.dialogs.privacy_actions import erase_person
from coachdesk.ui.dialogs.proposal_dialog import propose_tutors
from coachdesk.ui.dialogs.record_history_dialog import RecordHistoryDialog
from coachdesk.ui.dialogs.renew_dialog import renew_loan
from coachdesk.ui.dialogs.request_dialog import edit_request
from coachdesk.ui.dialogs.reservation_dialog import collect_reservation, reserve_device
from coachdesk.ui.dialogs.restore_dialog import RestoreDialog
from coachdesk.ui.dialogs.return_dialog import return_device
from coachdesk.ui.dialogs.round_dialog import edit_round
from coachdesk.ui.dialogs.school_dialog import edit_school
from coachdesk.ui.dialogs.school_year_dialog import new_school_year
from coachdesk.ui.dialogs.series_dialog import new_series
from coachdesk.ui.dialogs.served_schools_dialog import ServedSchoolsDialog
from coachdesk.ui.dialogs.strengths_dialog import StrengthsDialog
from coachdesk.ui.dialogs.teacher_dialog import edit_teacher, move_teacher
from coachdesk.ui.dialogs.templates_dialog import TemplatesDialog
from coachdesk.ui.dialogs.term_dialog import edit_term
from coachdesk.ui.dialogs.topic_dialog import edit_topic
from coachdesk.ui.dialogs.tutor_dialog import edit_tutor
from coachdesk.ui.dialogs.visit_dialog import edit_visit
from coachdesk.ui.dialogs.visit_log_dialog import log_visit
from coachdesk.ui.dialogs.visit_series_dialog import new_visit_series
from tests.ui.helpers import with_dialog
from tests.ui.speech import english_in, shown_texts
from tests.ui.test_import_wizard import BAD, GOOD, write_list
from tests.ui.test_speaks_the_language import TODAY, speaking  # noqa: F401 (the fixture)

NOW = datetime(2026, 11, 16, 10, 0)


def _first(desk, sql: str) -> int:
    with desk.db.engine.connect() as conn:
        found = conn.execute(text(sql)).scalar()
    assert found is not None, f"the demo data has none: {sql}"
    return found


def _ids(desk) -> dict[str, int]:
    one = lambda sql: _first(desk, sql)  # noqa: E731
    return {
        "school": one("SELECT min(id) FROM schools"),
        "teacher": one("SELECT min(id) FROM teachers"),
        "topic": one("SELECT min(id) FROM topics"),
        "tutor": one("SELECT min(id) FROM tutors"),
        "lesson": one("SELECT min(id) FROM lessons"),
        "visit": one("SELECT min(id) FROM visits WHERE status = 'booked'"),
        "request": one("SELECT min(id) FROM visit_requests WHERE status = 'new'"),
        "available": one("SELECT min(id) FROM devices WHERE status = 'available'"),
        "on_loan": one("SELECT min(id) FROM devices WHERE status = 'on_loan'"),
        "category": one("SELECT min(id) FROM device_categories"),
        "reservation": one("SELECT min(id) FROM reservations WHERE status = 'active'"),
        "round": one("SELECT min(id) FROM recruitment_rounds"),
        "candidate": one("SELECT min(id) FROM candidates"),
        "year": one("SELECT min(id) FROM school_years"),
        "term": one("SELECT min(id) FROM terms"),
        "break": one("SELECT min(id) FROM breaks"),
    }


def _modal(desk, ids):
    """The dialogs a function opens and runs itself: name -> how to open it."""
    p = None
    return {
        "new school": lambda: edit_school(p, desk),
        "edit school": lambda: edit_school(p, desk, ids["school"]),
        "new teacher": lambda: edit_teacher(p, desk),
        "edit teacher": lambda: edit_teacher(p, desk, ids["teacher"]),
        "move teacher": lambda: move_teacher(p, desk, ids["teacher"]),
        "new topic": lambda: edit_topic(p, desk),
        "edit topic": lambda: edit_topic(p, desk, ids["topic"]),
        "new tutor": lambda: edit_tutor(p, desk, today=TODAY),
        "edit tutor": lambda: edit_tutor(p, desk, ids["tutor"], today=TODAY),
        "new lesson": lambda: edit_lesson(p, desk),
        "edit lesson": lambda: edit_lesson(p, desk, ids["lesson"]),
        "new series": lambda: new_series(p, desk, today=TODAY),
        "new visit": lambda: edit_visit(p, desk),
        "edit visit": lambda: edit_visit(p, desk, ids["visit"]),
        "new visit series": lambda: new_visit_series(p, desk, now=NOW),
        "log visit": lambda: log_visit(p, desk, ids["visit"], now=NOW),
        "new request": lambda: edit_request(p, desk, today=TODAY),
        "edit request": lambda: edit_request(p, desk, ids["request"], today=TODAY),
        "propose tutors": lambda: propose_tutors(p, desk, ids["request"], today=TODAY,
                                                 now=NOW),
        "new device": lambda: edit_device(p, desk),
        "edit device": lambda: edit_device(p, desk, ids["available"]),
        "new category": lambda: edit_category(p, desk),
        "edit category": lambda: edit_category(p, desk, ids["category"]),
        "lend": lambda: lend_device(p, desk, ids["available"]),
        "reserve": lambda: reserve_device(p, desk, ids["available"]),
        "renew": lambda: renew_loan(p, desk, ids["on_loan"], today=TODAY),
        "return": lambda: return_device(p, desk, ids["on_loan"], today=TODAY),
        "collect reservation": lambda: collect_reservation(
            p, desk, ids["reservation"], "Aino Virtanen", "CD-0001", TODAY, today=TODAY),
        "new round": lambda: edit_round(p, desk),
        "edit round": lambda: edit_round(p, desk, ids["round"]),
        "new candidate": lambda: edit_candidate(p, desk, ids["round"]),
        "edit candidate": lambda: edit_candidate(p, desk, ids["round"], ids["candidate"]),
        "appoint": lambda: appoint(p, desk, ids["candidate"]),
        "decline": lambda: decline(p, desk, ids["candidate"]),
        "new school year": lambda: new_school_year(p, desk),
        "edit term": lambda: edit_term(p, desk, ids["term"]),
        "edit break": lambda: edit_break(p, desk, ids["year"], ids["break"], today=TODAY),
    }


def _modeless(desk, ids, database, language):
    """The dialog classes the window builds and opens: name -> the dialog."""
    p = None
    # The visit again, at its own time: a real clash (the tutor is busy).
    clashes = desk.visits.conflicts(desk.visits.draft(ids["visit"]))
    return {
        "conflicts": lambda: ConflictsDialog(p, clashes),
        "visit confirmation": lambda: MailDialog(
            p, desk, "—", lambda lang: visit_confirmation(desk, ids["visit"], SCHOOL, lang),
            language),
        "about": lambda: AboutDialog(str(database), p),
        "announcement": lambda: AnnouncementDialog(p, desk, [ids["lesson"]], today=TODAY),
        "attendance": lambda: AttendanceDialog(p, desk, ids["lesson"], now=NOW),
        "categories": lambda: CategoriesDialog(p, desk),
        "end agreement": lambda: EndAgreementDialog(p, desk, ids["tutor"], today=TODAY),
        "enrollments": lambda: EnrollmentsDialog(p, desk, ids["lesson"], now=NOW),
        "candidate history": lambda: HistoryDialog(p, desk, ids["candidate"]),
        "import": lambda: ImportWizard(desk, p),
        "record history": lambda: RecordHistoryDialog(p, desk, RecordKind.SCHOOL,
                                                      ids["school"]),
        "restore": lambda: RestoreDialog(database, p),
        "served schools": lambda: ServedSchoolsDialog(p, desk, ids["tutor"]),
        "strengths": lambda: StrengthsDialog(p, desk, ids["tutor"]),
        "templates": lambda: TemplatesDialog(p, desk),
    }


def test_every_dialog_speaks_the_language(speaking, qtbot, answers, tmp_path):  # noqa: F811
    language, desk = speaking
    answers["answer"] = False  # read each question, change nothing
    ids = _ids(desk)
    leaks = {}

    def read(name: str, dialog: QWidget) -> None:
        english = english_in(shown_texts(dialog), language)
        if english:
            leaks[name] = english

    for name, open_it in _modal(desk, ids).items():
        with_dialog(open_it, lambda dialog, name=name: read(name, dialog))
    for name, make in _modeless(desk, ids, tmp_path / "demo.sqlite3", language).items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        read(name, dialog)
        dialog.close()
    wizard = ImportWizard(desk)  # every step, on a list with a row that has a problem
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.set_kind("teachers")
    wizard.file_page.file_edit.setText(str(write_list(tmp_path / "list.xlsx", [*GOOD, BAD])))
    for step in ("import: columns", "import: preview"):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton),
                         Qt.MouseButton.LeftButton)
        read(step, wizard)
    assert wizard.currentPage() is wizard.preview_page
    wizard.close()
    erase_person(None, desk, "teacher", ids["teacher"])  # asks first (answered no)
    asked = english_in(answers["confirm"], language)
    if asked:
        leaks["questions"] = asked
    assert not leaks, leaks
