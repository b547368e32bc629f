"""A record's history from its page, and Edit ▸ Undo delete."""

from datetime import date

from PySide6.QtGui import QKeySequence

from coachdesk.domain.calendar import BreakDraft, SchoolYearDraft
from coachdesk.domain.kinds import RecordKind
from coachdesk.ui.dialogs.record_history_dialog import RecordHistoryDialog, value_text
from coachdesk.ui.pages.devices_page import DevicesPage
from coachdesk.ui.pages.lessons_page import LessonsPage
from coachdesk.ui.pages.school_calendar_page import SchoolCalendarPage
from coachdesk.ui.pages.schools_page import SchoolsPage
from coachdesk.ui.pages.teachers_page import TeachersPage
from coachdesk.ui.pages.topics_page import TopicsPage
from coachdesk.ui.pages.tutors_page import TutorsPage
from coachdesk.ui.pages.visits_page import VisitsPage
from tests.drafts import edit
from tests.ui.helpers import with_dialog


def _table_rows(dialog: RecordHistoryDialog) -> list[list[str]]:
    table = dialog.table
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def test_history_of_a_school_after_an_edit(window, desk, school_id, tmp_path):
    edit(desk.schools, school_id, name="Korson yhtenäiskoulu", teacher_count=40)
    page = window.page(SchoolsPage)
    window._go(window.pages.index(page))
    page.list.refresh(select_id=None)
    assert not page.record_history_action.isEnabled()  # nothing selected yet
    assert page.list.select_id(school_id)
    assert page.record_history_action.isEnabled()
    seen = {}

    def read(dialog):
        assert isinstance(dialog, RecordHistoryDialog)
        seen["title"] = dialog.windowTitle()
        seen["rows"] = _table_rows(dialog)
        seen["summary"] = dialog.summary.text()
        dialog.grab().save(str(tmp_path / "record_history.png"))

    with_dialog(page.record_history_action.trigger, read)
    assert seen["title"] == "History of the school Korson yhtenäiskoulu"
    assert seen["summary"] == "Changes recorded: 2"
    changed = [row[2:] for row in seen["rows"] if row[2] == "Changed"]
    assert changed == [["Changed", "Name", "Korson koulu → Korson yhtenäiskoulu"],
                       ["Changed", "Teachers in total", "— → 40"]]
    assert ["Created", "Name", "— → Korson koulu"] in [row[2:] for row in seen["rows"]]
    assert {row[1] for row in seen["rows"]} == {desk.db.login}  # who made each change
    assert (tmp_path / "record_history.png").stat().st_size > 0


def test_history_is_offered_on_the_record_pages_only(window):
    K = RecordKind
    for cls, kind in ((SchoolsPage, K.SCHOOL), (TeachersPage, K.TEACHER),
                      (TutorsPage, K.TUTOR), (DevicesPage, K.DEVICE),
                      (LessonsPage, K.LESSON), (VisitsPage, K.VISIT)):
        page = window.page(cls)
        assert page.history_kind is kind
        assert page.record_history_action is not None
    assert window.page(TopicsPage).record_history_action is None


def test_values_read_the_finnish_way():
    assert value_text("2026-10-12") == "12.10.2026"
    assert value_text(None) == "—"
    assert value_text(True) == "Yes"
    assert value_text("tekstiä") == "tekstiä"


def test_undo_delete_restores_a_break_deleted_on_the_school_calendar(window, desk, answers):
    page = window.page(SchoolCalendarPage)
    window._go(window.pages.index(page))
    year_id = desk.school_years.create(SchoolYearDraft(2026))
    page.reload(select_year=year_id)
    window.update_undo()
    assert not window.undo_action.isEnabled()  # nothing deleted yet
    assert window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)

    names = [page.breaks_model.row_object(r).name for r in range(page.breaks_model.rowCount())]
    page.breaks_view.selectRow(names.index("Autumn break"))
    autumn = page.selected_break()
    page.delete_break_action.trigger()
    assert "Autumn break" in answers["confirm"][-1]  # deleting asks first
    assert autumn not in {b.id for b in desk.school_years.get(year_id)[2]}

    window.update_undo()  # what opening the Edit menu (or focus coming back) does
    assert window.undo_action.isEnabled()
    assert "“Autumn break”" in window.undo_action.text()

    answers["answer"] = False  # asked, and the coordinator thinks again
    window.undo_action.trigger()
    assert answers["confirm"][-1].startswith("Restore the break “Autumn break” deleted at ")
    assert autumn not in {b.id for b in desk.school_years.get(year_id)[2]}

    answers["answer"] = True
    window.undo_action.trigger()
    assert autumn in {b.id for b in desk.school_years.get(year_id)[2]}
    shown = {page.breaks_model.row_object(r).id for r in range(page.breaks_model.rowCount())}
    assert autumn in shown  # the page was refreshed
    assert "Restored the break “Autumn break”" in window.statusBar().currentMessage()
    assert not window.undo_action.isEnabled()
    assert answers["errors"] == []


def test_undo_that_cannot_restore_says_why(window, desk, answers):
    year_id = desk.school_years.create(SchoolYearDraft(2026))
    gap = desk.school_years.add_break(year_id, BreakDraft(
        name="Koulutuspäivä", kind="other", starts=date(2026, 10, 2), ends=date(2026, 10, 2)))
    desk.school_years.delete_break(gap)
    desk.school_years.add_break(year_id, BreakDraft(  # takes the id back
        name="Toinen", kind="other", starts=date(2026, 10, 5), ends=date(2026, 10, 5)))
    window.update_undo()
    window.undo_action.trigger()
    assert "cannot be restored" in answers["errors"][-1]
