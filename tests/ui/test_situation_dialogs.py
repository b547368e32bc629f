"""A school's ICT situation in the window: opened from the Schools page, its devices and
platforms edited, needs noted, resolved and made into a visit request or a lesson; the
visit log notes and resolves needs; every one of these dialogs in Finnish and Swedish
shows no English."""

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from sqlalchemy import text

from coachdesk.domain.calendar import SchoolYearDraft
from coachdesk.domain.situations import DeviceKind, DeviceUser, NeedDraft, NeedStatus
from coachdesk.domain.tutors import TutorDraft
from coachdesk.domain.visits import VisitDraft
from coachdesk.ui.app import make_application
from coachdesk.ui.dialogs.situation_dialog import SituationDialog
from coachdesk.ui.dialogs.situation_form import SituationForm, note_need
from coachdesk.ui.dialogs.visit_log_dialog import log_visit
from coachdesk.ui.pages.schools_page import SchoolsPage
from tests.reports.test_situation_import import KORSO, export
from tests.ui.helpers import errors_shown, fill, with_dialog
from tests.ui.speech import english_in, shown_texts
from tests.ui.test_speaks_the_language import TODAY, speaking  # noqa: F401 (the fixture)

DAY = date(2026, 11, 16)


@pytest.fixture
def tutor(desk, school_id):
    desk.school_years.create(SchoolYearDraft(2026))
    return desk.tutors.add(TutorDraft(
        name="Anna Virtanen", email="anna@vantaa.fi", home_school_id=school_id,
        agreement_start=date(2026, 8, 1), agreement_end=date(2027, 7, 31),
        released_rule="FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", released_from=time(8),
        released_until=time(16)))


@pytest.fixture
def dialog(qtbot, desk, school_id, answers):
    make_application()
    shown = SituationDialog(None, desk, school_id, today=DAY)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def test_the_schools_page_opens_the_situation_of_the_school_chosen(qtbot, desk, school_id,
                                                                  answers):
    make_application()
    page = SchoolsPage(desk)
    qtbot.addWidget(page)
    page.show()
    page.start()
    page.list.select_id(school_id)
    assert page.situation_action.isEnabled()
    seen = {}
    with_dialog(page.situation_action.trigger,
                lambda d: seen.update(title=d.windowTitle(), looked=d.looked.text()))
    assert seen == {"title": "ICT situation: Korson koulu", "looked":
                    "The devices, platforms and network have not been recorded yet."}


def test_the_devices_platforms_and_network_edited_in_the_form(dialog, desk, school_id,
                                                              tutor):
    def edit(form: SituationForm):
        form.findChild(QPushButton, "situation_add_device").click()
        table = form.devices.table
        table.cellWidget(0, 0).setCurrentIndex(table.cellWidget(0, 0).findData("pupils"))
        table.cellWidget(0, 1).setCurrentIndex(table.cellWidget(0, 1).findData("chromebook"))
        table.cellWidget(0, 3).setText("many")  # not a number: named at its row
        fill(form, platforms="Teams; Wilma;teams", network="Wifi weak in the gym",
             tutor_id=tutor)
        form.accept()
        assert "Device row 1" in errors_shown(form)["devices"]
        table.cellWidget(0, 3).setText("120")
        form.accept()
        assert errors_shown(form) == {}

    with_dialog(dialog.edit, edit)
    got = desk.situations.get(school_id)
    assert got.draft.platforms == ("Teams", "Wilma")
    assert [(d.user, d.kind, d.count) for d in got.draft.devices] == [
        (DeviceUser.PUPILS, DeviceKind.CHROMEBOOK, 120)]
    assert (got.draft.looked_on, got.looked_by) == (DAY, "Anna Virtanen")
    assert dialog.looked.text() == "Last looked at on 16.11.2026 by Anna Virtanen."
    assert dialog.platforms.text() == "Teams, Wilma"
    assert "Pupils: Chromebook, 120, Age unknown" in dialog.devices.text()


def test_a_need_noted_resolved_and_opened_again(dialog, desk, school_id, tutor):
    def note(form):
        form.accept()
        assert "description" in errors_shown(form)  # a need must say something
        fill(form, description="Teams assignments for grade 7", tutor_id=tutor)
        form.accept()

    with_dialog(dialog.note, note)
    (need,) = desk.situations.needs(school_id)
    assert (need.noted_on, need.noted_by, need.status) == (DAY, "Anna Virtanen",
                                                           NeedStatus.OPEN)
    assert dialog.needs.item(0, 0).text() == "Teams assignments for grade 7"
    assert dialog.selected().id == need.id  # the need just noted is chosen
    assert not dialog.need_buttons["reopen"].isEnabled()
    qtbot_click(dialog.need_buttons["resolve"])
    assert desk.situations.needs(school_id)[0].status is NeedStatus.RESOLVED
    assert dialog.needs.item(0, 3).text() == "Resolved"
    qtbot_click(dialog.need_buttons["reopen"])
    assert desk.situations.needs(school_id)[0].status is NeedStatus.OPEN
    qtbot_click(dialog.need_buttons["remove"])  # asked first (answered yes)
    assert desk.situations.needs(school_id) == []
    assert dialog.needs.rowCount() == 0 and not dialog.need_buttons["remove"].isEnabled()


def qtbot_click(button) -> None:
    assert button.isEnabled()
    button.click()


def test_a_need_made_into_a_visit_request_and_a_lesson(dialog, desk, school_id, tutor):
    need = desk.situations.note(school_id, NeedDraft("Seppo games for subject teachers"))
    dialog.reload(need)
    seen = {}

    def request(form):
        seen["description"] = form.value("description")
        seen["school"] = form.value("school_id")
        form.accept()

    with_dialog(dialog.need_buttons["request"].click, request)
    assert seen == {"description": "Seppo games for subject teachers", "school": school_id}
    (got,) = desk.situations.needs(school_id)
    assert got.status is NeedStatus.PLANNED and got.request_id is not None
    assert desk.requests.get(got.request_id).description == seen["description"]
    assert dialog.needs.item(0, 4).text() == "Visit request"

    def lesson(form):
        seen["title"] = form.value("title")
        form.reject()  # not saved: the need stays as it was

    with_dialog(dialog.need_buttons["lesson"].click, lesson)
    assert seen["title"] == "Seppo games for subject teachers"
    assert desk.situations.needs(school_id)[0].lesson_id is None


def test_the_visit_log_notes_new_needs_and_resolves_old_ones(qtbot, desk, school_id, tutor,
                                                              answers):
    make_application()
    desk.situations.note(school_id, NeedDraft("Projector in A12", date(2026, 9, 1)))
    visit = desk.visits.book(VisitDraft(school_id, tutor, datetime(2026, 11, 10, 9),
                                        datetime(2026, 11, 10, 10)),
                             now=datetime(2026, 11, 2, 12))

    def log(form):
        checks = form.editors["resolved_need_ids"]
        assert [checks.item(i).text() for i in range(checks.count())] == ["Projector in A12"]
        checks.item(0).setCheckState(Qt.CheckState.Checked)
        fill(form, status="done", new_needs="Wifi weak in the gym\n\nSeppo logins\n")
        form.accept()
        assert errors_shown(form) == {}

    with_dialog(lambda: log_visit(None, desk, visit, now=datetime(2026, 11, 10, 12)), log)
    needs = {n.description: n for n in desk.situations.needs(school_id)}
    assert set(needs) == {"Wifi weak in the gym", "Seppo logins", "Projector in A12"}
    assert needs["Seppo logins"].noted_by == "Anna Virtanen"
    assert needs["Seppo logins"].noted_on == date(2026, 11, 10)
    assert needs["Projector in A12"].status is NeedStatus.RESOLVED


def test_the_situation_dialogs_speak_the_language(speaking, qtbot, answers):  # noqa: F811
    language, desk = speaking
    school_id = desk.schools.choices()[0][0]
    leaks = {}

    def read(name, shown) -> None:
        english = english_in(shown_texts(shown), language)
        if english:
            leaks[name] = english

    shown = SituationDialog(None, desk, school_id, today=TODAY)
    qtbot.addWidget(shown)
    shown.show()
    assert shown.needs.rowCount() > 0  # the demo noted needs here
    read("situation", shown)
    with_dialog(shown.edit, lambda form: read("situation form", form))
    with_dialog(lambda: note_need(None, desk, school_id, TODAY),
                lambda form: read("need form", form))
    shown.needs.selectRow(0)
    with_dialog(shown.need_buttons["request"].click, lambda form: read("request", form))
    shown.close()
    with desk.db.engine.connect() as conn:  # a visit at a school with needs still open
        visit = conn.execute(text(
            "SELECT min(v.id) FROM visits v JOIN school_needs n ON n.school_id = v.school_id"
            " WHERE n.status = 'open'")).scalar()
    with_dialog(lambda: log_visit(None, desk, visit, now=datetime(2027, 7, 1)),
                lambda form: read("visit log", form))
    assert not leaks, leaks


def test_a_survey_imported_from_the_schools_page_all_or_nothing(qtbot, desk, school_id,
                                                                answers, tmp_path):
    make_application()
    page = SchoolsPage(desk)
    qtbot.addWidget(page)
    page.show()
    bad = [*KORSO[:5], "Hakunilan koulu", *KORSO[6:]]
    page.import_survey(export(tmp_path / "bad.xlsx", [KORSO, bad]))
    assert "Row 3: There is no school called “Hakunilan koulu”." in answers["errors"][0]
    assert desk.situations.needs(school_id) == []
    fixed = [*KORSO[:9], "Kannettava tietokone 35", *KORSO[10:]]
    page.import_survey(export(tmp_path / "good.xlsx", [fixed]))
    assert len(answers["errors"]) == 1
    assert len(desk.situations.needs(school_id)) == 2
    page.import_survey(tmp_path / "missing.xlsx")
    assert "There is no file" in answers["errors"][1]
