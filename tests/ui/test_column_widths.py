"""A list's columns fit their content when the first rows arrive (every list starts empty on
a new database), even after widths saved while it was empty; a column the user sized keeps
its width; the long free-text column takes the width left over, not the last one."""

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from coachdesk.domain.topics import TopicDraft
from coachdesk.ui.app import make_application
from coachdesk.ui.pages.topics_page import TopicsPage
from coachdesk.ui.widgets.list_panel import ListPanel

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


def assert_fits(panel: ListPanel) -> None:
    header = panel.view.horizontalHeader()
    for i in shown_columns(panel):
        needed = max(header.sectionSizeHint(i), panel.view.sizeHintForColumn(i))
        assert header.sectionSize(i) >= needed, (
            f"{panel.model.column_key(i)} is {header.sectionSize(i)} px, its text needs {needed}")


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
