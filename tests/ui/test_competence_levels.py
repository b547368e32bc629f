"""Digital-competence levels in the window: a teacher's levels recorded on the Teachers
page (the history shown, a new row each time), and the Attendance page's competence view
with its scale and targets."""

from datetime import date

import pytest
from PySide6.QtWidgets import QTableWidget

from coachdesk.domain.competence import LevelDraft, LevelSource, Scale
from coachdesk.domain.schools import SchoolDraft, TeacherDraft
from coachdesk.ui.app import make_application
from coachdesk.ui.pages.attendance_page import AttendancePage
from coachdesk.ui.pages.teachers_page import TeachersPage
from tests.ui.helpers import errors_shown, fill, with_dialog

TODAY = date(2026, 10, 1)


@pytest.fixture
def staff(desk):
    korso = desk.schools.add(SchoolDraft(name="Korson koulu"))
    ankkuri = desk.schools.add(SchoolDraft(name="Ankkurin koulu"))
    aino = desk.teachers.add(TeacherDraft(name="Aino Aalto", school_id=korso))
    desk.teachers.add(TeacherDraft(name="Bertta Berg", school_id=korso))
    desk.teachers.add(TeacherDraft(name="Cecilia Cronqvist", school_id=ankkuri))
    desk.levels.record(LevelDraft(aino, 1, date(2025, 9, 1), LevelSource.SELF, "kysely"))
    return korso, ankkuri, aino


def test_a_teachers_level_is_recorded_beside_its_history(window, desk, staff):
    _korso, _ankkuri, aino = staff
    page = window.page(TeachersPage)
    window.nav.setCurrentRow(window.pages.index(page))
    page.refresh()
    page.list.select_id(aino)
    seen = {}

    def wrong_then_right(dialog):
        history = dialog.findChild(QTableWidget, "level_history")
        seen["rows"] = history.rowCount()
        seen["first"] = history.item(0, 2).text()
        dialog.set_value("assessed_on", None)
        dialog.accept()  # no date: said at the field, nothing saved
        seen["errors"] = errors_shown(dialog)
        seen["saved"] = len(desk.levels.history(aino))
        dialog.set_value("assessed_on", date(2026, 9, 20))
        fill(dialog, level=2, source=LevelSource.CONFIRMED, note="rehtori vahvisti")
        dialog.accept()

    with_dialog(page.level_action.trigger, wrong_then_right)
    assert (seen["rows"], seen["first"]) == (1, "Self-assessment")
    assert list(seen["errors"]) == ["assessed_on"] and seen["saved"] == 1
    history = desk.levels.history(aino)
    assert [(h.level, h.source, h.note) for h in history] == [
        (2, LevelSource.CONFIRMED, "rehtori vahvisti"), (1, LevelSource.SELF, "kysely")]


@pytest.fixture
def page(qtbot, desk, staff):
    make_application()
    shown = AttendancePage(desk, today=TODAY)
    qtbot.addWidget(shown)
    shown.resize(1200, 600)
    shown.show()
    shown.start()
    shown.show_competence()
    return shown


def texts(model) -> list[list[str]]:
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_the_competence_view_shows_the_gap_and_edits_targets(page, desk, staff, qtmodeltester):
    korso, _ankkuri, _aino = staff
    model = page.competence.model
    qtmodeltester.check(model)
    rows = texts(model)
    assert [r[0] for r in rows] == ["The city", "Ankkurin koulu", "Korson koulu"]
    # Korso: two teachers, one at level 1: 50 % at level 1 or above against 100 %
    assert rows[2][1:7] == ["2", "1", "1", "0", "0", "50 % (target 100 %)"]
    assert rows[2][-1] == "2"  # 90 % of two at level 2 asks for both
    assert "Schools below their targets: 2" in page.competence.scale_label.text()

    page.competence.table.selectRow(2)

    def own_targets(dialog):
        fill(dialog, level_1=60, level_2=70, level_3=0)
        dialog.set_value("follow_city", False)
        dialog.accept()  # level 2 above level 1: refused at the field
        assert list(errors_shown(dialog)) == ["level_2"]
        fill(dialog, level_2=50)
        dialog.accept()

    with_dialog(page.competence.edit_targets, own_targets)
    assert desk.levels.own_targets(korso) == {1: 60, 2: 50, 3: 0}
    assert texts(model)[2][-1] == "1"  # 50 % of two at level 2: one more teacher
    qtmodeltester.check(model)


def test_another_scale_shows_four_levels(page, desk, qtmodeltester):
    def opeka(dialog):
        fill(dialog, scale=Scale.OPEKA)
        dialog.accept()

    with_dialog(page.competence.choose_scale, opeka)
    assert desk.levels.scale() is Scale.OPEKA
    model = page.competence.model
    assert model.columnCount() == 3 + 4 + 4 + 1
    assert "Opeka's four levels" in page.competence.scale_label.text()
    qtmodeltester.check(model)


def test_today_leads_to_the_school_below_its_targets(window, desk, staff):
    from coachdesk.services.dashboard import AttentionKind

    korso = staff[0]
    item = {i.kind: i for i in desk.dashboard.attention(TODAY)}[AttentionKind.COMPETENCE]
    line = next(x for x in item.lines if x.text == "Korson koulu")
    window.open_target(line.target)
    page = window.page(AttendancePage)
    assert window.current_page() is page and page.competence_button.isChecked()
    assert page.competence.chosen_school() == korso
