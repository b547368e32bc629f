from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt

from coachdesk.domain.calendar import Break, BreakKind, SchoolYearDraft
from coachdesk.ui.app import make_application
from coachdesk.ui.dialogs.school_year_dialog import current_start_year
from coachdesk.ui.pages.school_calendar_page import SchoolCalendarPage
from coachdesk.ui.rows_model import Column, RowsModel
from tests.ui.helpers import errors_shown, fill, with_dialog


@pytest.fixture
def page(qtbot, desk, answers):
    make_application()
    p = SchoolCalendarPage(desk)
    qtbot.addWidget(p)
    p.resize(1100, 700)
    p.show()
    p.start()
    return p


def _rows(view) -> list[list[str]]:
    model = view.model()
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def _names(view) -> list[str]:
    return [row[0] for row in _rows(view)]


def _select(view, name: str) -> None:
    view.selectRow(_names(view).index(name))


def _column(view, header: str) -> int:
    model = view.model()
    return next(c for c in range(model.columnCount())
                if model.headerData(c, Qt.Orientation.Horizontal) == header)


def _year(page, desk, start_year: int = 2026) -> int:
    year_id = desk.school_years.create(SchoolYearDraft(start_year))
    page.reload(select_year=year_id)
    return year_id


def test_an_empty_calendar_says_so_and_creates_a_year_with_finnish_defaults(page, desk):
    assert page.stack.currentWidget() is page.empty
    assert "no school year yet" in page.empty_label.text()
    assert not page.new_break_action.isEnabled()
    seen = {}

    def create(dialog):
        seen.update(dialog.values())
        fill(dialog, start_year="2026", winter_week="9")
        dialog.accept()

    with_dialog(page.empty_button.click, create)
    assert seen == {"start_year": str(current_start_year(date.today())), "winter_week": "8"}
    assert page.stack.currentWidget() is page.content
    assert page.year_picker.currentText() == "2026–2027"
    assert _names(page.terms_view) == ["Autumn term 2026", "Spring term 2027"]

    breaks = {row[1]: row for row in _rows(page.breaks_view)}  # by kind
    assert breaks["Autumn break"][2:5] == ["12.10.2026", "18.10.2026", "42"]
    assert breaks["Christmas break"][2:4] == ["20.12.2026", "6.1.2027"]
    assert breaks["Winter break"][2:5] == ["1.3.2027", "7.3.2027", "9"]
    assert breaks["Easter"][2:4] == ["26.3.2027", "29.3.2027"]  # Good Friday – Easter Monday
    assert "Public holiday" in breaks
    assert page.breaks_title.text() == f"Breaks ({len(breaks)})"
    assert "school days" in page.year_summary.text()


def test_the_new_year_form_suggests_the_next_missing_year_and_refuses_bad_input(page, desk):
    this_year = current_start_year(date.today())
    _year(page, desk, this_year)
    seen = {}

    def create(dialog):
        seen["suggested"] = dialog.value("start_year")
        fill(dialog, start_year="next year", winter_week="60")
        dialog.accept()
        seen["first"] = errors_shown(dialog)
        fill(dialog, start_year=str(this_year), winter_week="9")
        dialog.accept()
        seen["then"] = errors_shown(dialog)
        seen["still_open"] = dialog.isVisible()

    with_dialog(page.new_year_action.trigger, create)
    assert seen["suggested"] == str(this_year + 1)
    assert seen["first"] == {
        "start_year": "Starts in autumn of must be a whole number.",  # read by the form
        "winter_week": "Choose a week of the spring term, from 2 to 21.",
    }
    assert seen["then"] == {"start_year": f"The school year {this_year}–{this_year + 1} "
                                          "is already there."}
    assert seen["still_open"] is True
    assert len(desk.school_years.years()) == 1


def test_add_a_break_through_the_form(page, desk):
    year_id = _year(page, desk)

    def add(dialog):
        fill(dialog, kind="winter")
        assert dialog.value("name") == "Winter break"  # the name follows the kind
        fill(dialog, kind="other", name="Teachers' planning days")
        dialog.set_value("starts", date(2026, 11, 16))
        dialog.set_value("ends", date(2026, 11, 17))
        dialog.accept()

    with_dialog(page.new_break_action.trigger, add)
    _year_row, _terms, breaks = desk.school_years.get(year_id)
    added = next(b for b in breaks if b.name == "Teachers' planning days")
    assert (added.kind, added.starts, added.ends) == (
        BreakKind.OTHER, date(2026, 11, 16), date(2026, 11, 17))
    assert page.selected_break() == added.id  # the new row is selected
    row = _rows(page.breaks_view)[_names(page.breaks_view).index("Teachers' planning days")]
    assert row[1:] == ["Other break", "16.11.2026", "17.11.2026", "47", "2"]


def test_a_break_outside_the_school_year_is_refused_beside_the_field(page, desk):
    year_id = _year(page, desk)
    before = len(desk.school_years.get(year_id)[2])
    seen = {}

    def add(dialog):
        fill(dialog, kind="other", name="Summer camp")
        dialog.set_value("starts", date(2027, 8, 2))
        dialog.set_value("ends", date(2027, 8, 6))
        dialog.accept()
        seen.update(errors_shown(dialog))
        seen["still_open"] = dialog.isVisible()

    with_dialog(page.new_break_action.trigger, add)
    assert seen == {"starts": "A break must lie inside its school year.", "still_open": True}
    assert len(desk.school_years.get(year_id)[2]) == before
    assert "Summer camp" not in _names(page.breaks_view)


def test_edit_a_break(page, desk):
    _year(page, desk)
    _select(page.breaks_view, "Autumn break")

    def move(dialog):
        assert dialog.value("starts") == date(2026, 10, 12)
        dialog.set_value("starts", date(2026, 10, 19))
        dialog.set_value("ends", date(2026, 10, 25))
        dialog.accept()

    with_dialog(page.edit_break_action.trigger, move)
    row = _rows(page.breaks_view)[_names(page.breaks_view).index("Autumn break")]
    assert row[2:5] == ["19.10.2026", "25.10.2026", "43"]


def test_delete_a_break_after_confirming(page, desk, answers, qtbot):
    year_id = _year(page, desk)
    _select(page.breaks_view, "Autumn break")

    answers["answer"] = False
    page.delete_break_action.trigger()
    assert "“Autumn break”" in answers["confirm"][-1]
    assert "12.10.2026" in answers["confirm"][-1]
    assert "Autumn break" in _names(page.breaks_view)

    answers["answer"] = True
    page.breaks_view.setFocus()
    qtbot.keyClick(page.breaks_view, Qt.Key.Key_Delete)
    assert len(answers["confirm"]) == 2
    assert "Autumn break" not in _names(page.breaks_view)
    assert all(b.kind != BreakKind.AUTUMN for b in desk.school_years.get(year_id)[2])
    assert page.selected_break() is not None  # the next row, ready for the next action


def test_editing_a_term_to_overlap_the_other_shows_the_error(page, desk):
    year_id = _year(page, desk)
    _select(page.terms_view, "Autumn term 2026")
    seen = {}

    def stretch(dialog):
        dialog.set_value("ends", date(2027, 2, 1))
        dialog.accept()
        seen.update(errors_shown(dialog))
        seen["still_open"] = dialog.isVisible()

    with_dialog(page.edit_term_action.trigger, stretch)
    assert seen == {"starts": "This term overlaps Spring term 2027.", "still_open": True}
    assert desk.school_years.get(year_id)[1][0].ends == date(2026, 12, 19)


def test_edit_a_term_with_f2(page, desk, qtbot):
    _year(page, desk)
    _select(page.terms_view, "Spring term 2027")

    def rename(dialog):
        fill(dialog, name="Kevätlukukausi 2027")
        dialog.set_value("ends", date(2027, 6, 4))
        dialog.accept()

    page.terms_view.setFocus()
    with_dialog(lambda: qtbot.keyClick(page.terms_view, Qt.Key.Key_F2), rename)
    assert _rows(page.terms_view)[1][:3] == ["Kevätlukukausi 2027", "7.1.2027", "4.6.2027"]


def test_refusals_from_the_service_are_shown(page, desk, answers):
    year_id = _year(page, desk)
    _select(page.breaks_view, "Easter")
    gone = next(b.id for b in desk.school_years.get(year_id)[2] if b.name == "Easter")
    desk.school_years.delete_break(gone)  # behind the page's back
    page.delete_break_action.trigger()
    assert answers["errors"] == ["That break no longer exists."]
    assert "Easter" not in _names(page.breaks_view)


def test_sorting_by_clicking_a_header(page, desk, qtbot):
    _year(page, desk)
    assert _names(page.breaks_view)[:2] == ["Autumn break", "Christmas break"]  # by date
    header = page.breaks_view.horizontalHeader()
    days = _column(page.breaks_view, "Days")
    centre = QPoint(header.sectionViewportPosition(days) + header.sectionSize(days) // 2,
                    header.height() // 2)
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        if header.sortIndicatorSection() == days and header.sortIndicatorOrder() == order:
            continue
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=centre)
        assert header.sortIndicatorSection() == days
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    lengths = [int(row[days]) for row in _rows(page.breaks_view)]
    assert lengths == sorted(lengths, reverse=True)
    assert _names(page.breaks_view)[0] == "Christmas break"


def test_the_chosen_year_and_sort_order_are_remembered(page, desk, qtbot):
    older = desk.school_years.create(SchoolYearDraft(2025))
    desk.school_years.create(SchoolYearDraft(2026))
    page.refresh()
    assert [page.year_picker.itemText(i) for i in range(page.year_picker.count())] == [
        "2026–2027", "2025–2026"]  # the newest first
    page.year_picker.setCurrentIndex(page.year_picker.findData(older))
    assert _names(page.terms_view) == ["Autumn term 2025", "Spring term 2026"]
    page.breaks_view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    page.save_state()

    again = SchoolCalendarPage(desk)
    qtbot.addWidget(again)
    again.start()
    assert again.year_id() == older
    header = again.breaks_view.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        0, Qt.SortOrder.DescendingOrder)


def test_the_rows_model(qtmodeltester):
    model = RowsModel([Column("Name", lambda b: b.name),
                       Column("Starts", lambda b: b.starts),
                       Column("Days", lambda b: (b.ends - b.starts).days + 1, numeric=True)])
    model.set_rows([
        Break(1, "Syysloma", BreakKind.AUTUMN, date(2026, 10, 12), date(2026, 10, 18), id=1),
        Break(1, "Joululoma", BreakKind.CHRISTMAS, date(2026, 12, 20), date(2027, 1, 6), id=2),
        Break(1, "Itsenäisyyspäivä", BreakKind.PUBLIC_HOLIDAY, date(2026, 12, 7),
              date(2026, 12, 7), id=3),
    ])
    qtmodeltester.check(model)
    model.sort(2, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, 0).data() for r in range(3)] == [
        "Joululoma", "Syysloma", "Itsenäisyyspäivä"]
    assert model.index(1, 1).data() == "12.10.2026"
    qtmodeltester.check(model)


def test_enter_on_a_break_opens_it(page, desk, qtbot):
    _year(page, desk)
    _select(page.breaks_view, "Easter")
    page.breaks_view.setFocus()
    seen = {}
    with_dialog(lambda: qtbot.keyClick(page.breaks_view, Qt.Key.Key_Return),
                lambda dialog: seen.update(dialog.values()))
    assert seen["name"] == "Easter" and seen["kind"] == "easter"


def test_close_and_reopen_a_school_year(page, desk, answers):
    """Issue 25: the year shown is closed (asked first) and reopened from its row."""
    year_id = desk.school_years.create(SchoolYearDraft(2025))
    page.reload(select_year=year_id)
    assert page.close_button.text() == "Close school year…"
    answers["answer"] = False
    page.close_button.click()
    assert "Close the school year 2025–2026?" in answers["confirm"][-1]
    assert desk.school_years.closed() == set()

    answers["answer"] = True
    page.close_button.click()
    assert desk.school_years.closed() == {year_id}
    assert page.close_button.text() == "Reopen school year"
    assert "closed" in page.year_summary.text()
    page.close_button.click()
    assert desk.school_years.closed() == set()
    assert page.close_button.text() == "Close school year…"
