"""Every form names every field's mistake at the first Save: a number that cannot be read
is shown together with the other fields' mistakes (the draft's own rules), and nothing
reaches the service while one cannot be read.

One test per form: each fills some fields wrong (a number that does not parse where the
form has one) and presses Save once.
"""

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit

from coachdesk.domain.calendar import SchoolYearDraft
from coachdesk.domain.devices import BorrowerKind, CategoryDraft, DeviceDraft, LoanRequest
from coachdesk.domain.recruitment import CandidateDraft, RoundDraft
from coachdesk.domain.schools import TeacherDraft
from coachdesk.domain.topics import TopicDraft
from coachdesk.domain.tutors import TutorDraft
from coachdesk.domain.visits import VisitDraft
from coachdesk.ui.app import make_application
from coachdesk.ui.dialogs.appoint_dialog import appoint
from coachdesk.ui.dialogs.break_dialog import edit_break
from coachdesk.ui.dialogs.candidate_dialog import edit_candidate
from coachdesk.ui.dialogs.category_dialog import edit_category
from coachdesk.ui.dialogs.device_dialog import edit_device
from coachdesk.ui.dialogs.lesson_dialog import edit_lesson
from coachdesk.ui.dialogs.loan_dialog import lend_device
from coachdesk.ui.dialogs.request_dialog import edit_request
from coachdesk.ui.dialogs.reservation_dialog import reserve_device
from coachdesk.ui.dialogs.round_dialog import edit_round
from coachdesk.ui.dialogs.school_dialog import edit_school
from coachdesk.ui.dialogs.school_year_dialog import new_school_year
from coachdesk.ui.dialogs.series_dialog import new_series
from coachdesk.ui.dialogs.teacher_dialog import edit_teacher
from coachdesk.ui.dialogs.term_dialog import edit_term
from coachdesk.ui.dialogs.topic_dialog import edit_topic
from coachdesk.ui.dialogs.tutor_dialog import edit_tutor
from coachdesk.ui.dialogs.visit_dialog import edit_visit
from coachdesk.ui.dialogs.visit_log_dialog import log_visit
from coachdesk.ui.dialogs.visit_series_dialog import new_visit_series
from tests.ui.helpers import errors_shown, fill, with_dialog

TODAY = date(2026, 11, 26)
NOW = datetime(2026, 11, 26, 12, 0)
AGREEMENT = {"agreement_start": date(2026, 8, 1), "agreement_end": date(2027, 7, 31)}
WEEKDAYS = {"released_rule": "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "released_from": time(8),
            "released_until": time(17)}


@pytest.fixture
def world(desk, school_id, answers):
    """One of everything a form can be opened on."""
    make_application()
    year = desk.school_years.create(SchoolYearDraft(2026))
    tutor = desk.tutors.add(TutorDraft(name="Anna Virtanen", home_school_id=school_id,
                                       **AGREEMENT, **WEEKDAYS))
    desk.topics.add(TopicDraft(name="Scratch"))
    teacher = desk.teachers.add(TeacherDraft(name="Liisa Laine", school_id=school_id))
    round_id = desk.recruitment.add_round(RoundDraft(
        "Tutor call", date(2026, 9, 1), date(2026, 12, 31)))
    candidate = desk.recruitment.add_candidate(round_id, CandidateDraft(
        name="Olli Oja", home_school_id=school_id))
    desk.devices.add_category(CategoryDraft("Tablet", 14))
    device = desk.devices.add(DeviceDraft("VTU-1", "Tablet"))
    lent = desk.devices.add(DeviceDraft("VTU-2", "Tablet"))
    desk.loans.check_out(LoanRequest(lent, BorrowerKind.TEACHER, teacher), today=TODAY)
    visit = desk.visits.book(VisitDraft(school_id, tutor, datetime(2026, 11, 24, 9),
                                        datetime(2026, 11, 24, 10, 30)),
                             now=datetime(2026, 11, 20, 12))
    term = desk.school_years.terms()[0][0]
    return {"desk": desk, "year": year, "tutor": tutor, "round": round_id,
            "candidate": candidate, "device": device, "visit": visit, "term": term,
            "school": school_id}


def save_once(dialog) -> dict[str, str]:
    """Press Save once; the errors shown then (the dialog must stay open)."""
    dialog.accept()
    QApplication.processEvents()
    assert dialog.isVisible(), "the form saved although fields were wrong"
    return errors_shown(dialog)


def shows_all(open_it, values: dict, wanted: set[str], before=None) -> dict[str, str]:
    """Open the form, fill ``values``, Save once: every key of ``wanted`` has its error."""
    seen: dict[str, str] = {}

    def handle(dialog) -> None:
        if before is not None:
            before(dialog)
        fill(dialog, **values)
        seen.update(save_once(dialog))

    with_dialog(open_it, handle)
    assert wanted <= set(seen), f"shown: {seen}"
    return seen


def clear_date(dialog, key: str) -> None:
    editor = dialog.editors[key]
    editor.setDate(editor.minimumDate())


# -- the forms with numbers ---------------------------------------------------------------


def test_school(world):
    shows_all(lambda: edit_school(None, world["desk"]),
              {"name": "", "teacher_count": "many", "principal_email": "not an address"},
              {"name", "teacher_count", "principal_email"})


def test_category(world):
    shows_all(lambda: edit_category(None, world["desk"]),
              {"name": "", "loan_days": "two weeks"}, {"name", "loan_days"})


def test_device(world):
    shows_all(lambda: edit_device(None, world["desk"]),
              {"asset_tag": "", "price": "cheap", "content_count": "some"},
              {"asset_tag", "price", "content_count"})


def test_round(world):
    shows_all(lambda: edit_round(None, world["desk"]),
              {"name": "", "tutors_sought": "a few"}, {"name", "tutors_sought"})


def test_school_year(world):
    shows_all(lambda: new_school_year(None, world["desk"]),
              {"start_year": "next", "winter_week": "60"}, {"start_year", "winter_week"})


def test_tutor(world):
    def before(dialog) -> None:
        dialog.plan.pattern.setCurrentIndex(dialog.plan.pattern.findData("hours"))
        dialog.plan.weekly_hours.setText("lots")

    shows_all(lambda: edit_tutor(None, world["desk"], today=TODAY),
              {"name": "", "email": "nobody", "allotted_hours_per_term": "many"},
              {"name", "email", "allotted_hours_per_term", "weekly_hours"}, before)


def test_appointment(world):
    def before(dialog) -> None:
        clear_date(dialog, "agreement_start")
        dialog.plan.pattern.setCurrentIndex(dialog.plan.pattern.findData("hours"))
        dialog.plan.weekly_hours.setText("lots")

    shows_all(lambda: appoint(None, world["desk"], world["candidate"], today=TODAY), {},
              {"agreement_start", "weekly_hours"}, before)


def test_lesson(world):
    shows_all(lambda: edit_lesson(None, world["desk"], today=TODAY),
              {"title": "", "capacity": "twenty"}, {"title", "capacity", "tutor_ids"})


def test_series(world):
    def before(dialog) -> None:
        for box in dialog.plan.day_boxes.values():
            box.setChecked(False)

    shows_all(lambda: new_series(None, world["desk"], TODAY),
              {"title": "", "capacity": "twenty"}, {"title", "capacity", "tutor_ids", "rule"},
              before)


def test_request(world):
    shows_all(lambda: edit_request(None, world["desk"], today=TODAY),
              {"minutes": "an hour", "teachers_count": "all"},
              {"school_id", "minutes", "teachers_count"})


def test_visit_log(world):
    shows_all(lambda: log_visit(None, world["desk"], world["visit"], now=NOW),
              {"teachers_reached": "many", "hours_spent": "long"},
              {"teachers_reached", "hours_spent"})


# -- the forms without numbers: every field's mistake at once all the same ------------------


def test_topic(world):
    shows_all(lambda: edit_topic(None, world["desk"]),
              {"name": "", "materials_url": "not a link"}, {"name", "materials_url"})


def test_break(world):
    def before(dialog) -> None:
        dialog.set_value("ends", date(2026, 10, 1))
        dialog.set_value("starts", date(2026, 10, 9))

    shows_all(lambda: edit_break(None, world["desk"], world["year"], today=TODAY),
              {"name": ""}, {"name", "ends"}, before)


def test_term(world):
    def before(dialog) -> None:
        dialog.set_value("ends", date(2026, 8, 1))

    shows_all(lambda: edit_term(None, world["desk"], world["term"]), {"name": ""},
              {"name", "ends"}, before)


def test_teacher(world):
    shows_all(lambda: edit_teacher(None, world["desk"]),
              {"name": "", "email": "nobody"}, {"name", "email", "school_id"},
              lambda dialog: dialog.set_value("school_id", None))


def test_candidate(world):
    def before(dialog) -> None:
        dialog.editors["teacher_id"].setEditText("Nobody Known")

    shows_all(lambda: edit_candidate(None, world["desk"], world["round"]),
              {"email": "nobody"}, {"teacher_id", "email"}, before)


def test_visit(world):
    shows_all(lambda: edit_visit(None, world["desk"], now=NOW), {"notes": "x"},
              {"school_id", "tutor_id"})


def test_visit_series(world):
    def before(dialog) -> None:
        for box in dialog.plan.day_boxes.values():
            box.setChecked(False)

    shows_all(lambda: new_visit_series(None, world["desk"], now=NOW), {},
              {"school_id", "tutor_id", "rule"}, before)


def test_loan(world):
    def before(dialog) -> None:
        dialog.set_value("due_on", TODAY - timedelta(days=3))
        dialog.editors["borrower"].setEditText("")

    shows_all(lambda: lend_device(None, world["desk"], world["device"], today=TODAY), {},
              {"borrower", "due_on"}, before)


def test_loan_with_an_unknown_borrower(world):
    def before(dialog) -> None:
        dialog.set_value("due_on", TODAY - timedelta(days=3))
        dialog.editors["borrower"].setEditText("Nobody Known")

    seen = shows_all(lambda: lend_device(None, world["desk"], world["device"], today=TODAY),
                     {}, {"borrower", "due_on"}, before)
    assert "Nobody Known" in seen["borrower"]


def test_reservation(world):
    def before(dialog) -> None:
        dialog.set_value("ends", TODAY)
        dialog.set_value("starts", TODAY + timedelta(days=5))
        dialog.editors["borrower"].setEditText("")

    shows_all(lambda: reserve_device(None, world["desk"], world["device"], today=TODAY), {},
              {"borrower", "ends"}, before)


def test_no_form_sends_unreadable_text_to_the_service(world, monkeypatch):
    """Without a check of its own a form still keeps a number it cannot read away from the
    service: its save is not called."""
    from coachdesk.ui.widgets.form import Field, FormDialog

    saved = []
    make_application()
    dialog = FormDialog(None, "x", [Field("n", "N", "count")], {}, saved.append, "probe")
    editor = dialog.editors["n"]
    assert isinstance(editor, QLineEdit)
    editor.setText("seven")
    dialog.accept()
    assert saved == [] and errors_shown(dialog).keys() == {"n"}
    dialog.reject()
