"""A list's columns fit their content when the first rows arrive (every list starts empty on
a new database), even after widths saved while it was empty; a column the user sized keeps
its width; the long free-text column takes the width left over, not the last one."""

from datetime import date

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from coachdesk.domain.topics import TopicDraft
from coachdesk.ui.app import make_application
from coachdesk.ui.main_window import MainWindow
from coachdesk.ui.pages.catalog import PAGES
from coachdesk.ui.pages.topics_page import TopicsPage
from coachdesk.ui.widgets.list_panel import WIDEST_CHARACTERS, ListPanel
from tests.prepared import open_copy

LONG_NAME = "Microsoft Teams -kokousten järjestäminen ja Google Meet"


@pytest.fixture
def open_page(qtbot, desk):
    make_application()
    pages = []

    def build() -> TopicsPage:
        page = TopicsPage(desk)
        qtbot.addWidget(page)
        page.resize(1200, 700)
        page.show()
        qtbot.waitExposed(page)
        page.start()
        pages.append(page)
        return page

    yield build
    for page in pages:
        page.save_state()


def column(panel: ListPanel, key: str) -> int:
    return next(i for i in range(panel.model.columnCount()) if panel.model.column_key(i) == key)


def shown_columns(panel: ListPanel) -> list[int]:
    return [i for i in range(panel.model.columnCount()) if not panel.view.isColumnHidden(i)]


def clipped(panel: ListPanel) -> list[str]:
    """The shown columns narrower than their title or their text (up to the widest a
    column of long text is given)."""
    header = panel.view.horizontalHeader()
    widest = panel.fontMetrics().averageCharWidth() * WIDEST_CHARACTERS
    found = []
    for i in shown_columns(panel):
        needed = max(header.sectionSizeHint(i), min(panel.view.sizeHintForColumn(i), widest))
        if header.sectionSize(i) < needed:
            found.append(f"{panel.model.column_key(i)} is {header.sectionSize(i)} px, "
                         f"needs {needed}")
    return found


def assert_fits(panel: ListPanel) -> None:
    assert clipped(panel) == []


def drag_border(panel: ListPanel, index: int, by: int) -> None:
    """The user drags the right border of a column's title, as a hand does."""
    header = panel.view.horizontalHeader()
    viewport = header.viewport()
    x = header.sectionViewportPosition(index) + header.sectionSize(index) - 1
    y = header.height() // 2
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    for kind, at, button, buttons in (
        (QEvent.Type.MouseMove, x, none, none),
        (QEvent.Type.MouseButtonPress, x, left, left),
        (QEvent.Type.MouseMove, x + by, none, left),
        (QEvent.Type.MouseButtonRelease, x + by, left, none),
    ):
        point = QPointF(QPoint(at, y))
        QApplication.sendEvent(viewport, QMouseEvent(
            kind, point, viewport.mapToGlobal(point), button, buttons,
            Qt.KeyboardModifier.NoModifier))


def test_columns_fit_the_first_rows_even_after_widths_saved_empty(qtbot, desk, open_page):
    empty = open_page()
    assert empty.list.model.total == 0
    empty.save_state()  # the window closed with the list empty: its widths are saved

    desk.topics.add(TopicDraft(name=LONG_NAME, materials_url="https://example.org/m"))
    empty.list.refresh()  # the first row arrives on the open page
    assert_fits(empty.list)

    again = open_page()  # and on the next start, from the widths saved while empty
    assert again.list.model.total == 1
    assert_fits(again.list)


def test_the_free_text_column_takes_the_width_left_over(qtbot, desk, open_page):
    desk.topics.add(TopicDraft(name="Teams"))
    page = open_page()
    panel = page.list
    header = panel.view.horizontalHeader()
    shown = shown_columns(panel)
    name, last = column(panel, "name"), shown[-1]
    assert name != last
    assert sum(header.sectionSize(i) for i in shown) == panel.view.viewport().width()
    assert header.sectionSize(name) > 3 * header.sectionSizeHint(name)  # it took the rest
    assert header.sectionSize(last) == max(header.sectionSizeHint(last),
                                           panel.view.sizeHintForColumn(last))
    assert panel.view.horizontalScrollBar().maximum() == 0

    page.resize(1500, 700)  # a wider window: the free-text column widens with it
    qtbot.wait(20)
    assert sum(header.sectionSize(i) for i in shown) == panel.view.viewport().width()


def test_a_column_the_user_sized_keeps_its_width(qtbot, desk, open_page):
    page = open_page()
    level = column(page.list, "level")
    drag_border(page.list, level, 90)
    width = page.list.view.horizontalHeader().sectionSize(level)
    assert width > page.list.view.horizontalHeader().sectionSizeHint(level) + 60

    desk.topics.add(TopicDraft(name=LONG_NAME))
    page.list.refresh()  # the first rows arrive: the other columns fit them, not this one
    assert page.list.view.horizontalHeader().sectionSize(level) == width
    page.save_state()

    again = open_page()
    assert again.list.view.horizontalHeader().sectionSize(level) == width


def test_no_page_clips_a_column_on_its_first_start(qtbot, db_path, small_demo, answers):
    """Every list of the small demo, shown for the first time at 1200 x 750: no page
    narrows a column below its title or its text."""
    desk = open_copy(small_demo(date(2026, 11, 24)).path, db_path)
    make_application()
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.resize(1200, 750)
    window.show()
    found = {}
    for row in range(len(PAGES)):
        window.nav.setCurrentRow(row)
        qtbot.wait(10)
        for panel in window.pages[row].findChildren(ListPanel):
            if panel.isVisible() and panel.model.total and clipped(panel):
                found[panel.objectName()] = clipped(panel)
    window.close()
    desk.close()
    assert found == {}
