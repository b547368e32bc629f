"""Every page fits the first-run window (1200 × 750) and a full-HD one without a horizontal
scroll bar, in English and in Finnish (the longer words), on the small demo with a row
selected (its details shown, wrapping at their narrowest); the actions that do not fit
are under "More"."""

from datetime import date

import pytest
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QScrollBar

from coachdesk.domain.language import current_language
from coachdesk.ui.app import make_application, use_language
from coachdesk.ui.main_window import MainWindow
from coachdesk.ui.pages.catalog import PAGES
from coachdesk.ui.widgets.action_button import ActionBar
from coachdesk.ui.widgets.detail_panel import DetailPanel
from coachdesk.ui.widgets.list_panel import ListPanel
from tests.prepared import open_copy

TODAY = date(2026, 11, 24)
SIZES = [(1200, 750), (1920, 1080)]


@pytest.fixture(params=["en", "fi"])
def demo_window(request, qtbot, db_path, small_demo, answers):
    desk = open_copy(small_demo(TODAY).path, db_path)
    app = make_application()
    before = current_language()
    use_language(app, request.param)
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    desk.close()
    use_language(app, before)


def scrolled_sideways(page) -> list[str]:
    """The scroll areas on the page (and the page's own) that scroll sideways, but the
    lists' tables, whose many columns may."""
    found = []
    scroller = page.parentWidget().parentWidget()  # the window's PageScroller
    areas = [scroller, *page.findChildren(QAbstractScrollArea)]
    for area in areas:
        if not area.isVisible() or any(isinstance(p, ListPanel) for p in ancestors(area)):
            continue
        if type(area).__name__ in ("QTableView", "QTreeView", "WeekView", "MonthView"):
            continue
        bar: QScrollBar = area.horizontalScrollBar()
        if bar.maximum() > 0:
            found.append(f"{area.objectName() or type(area).__name__} by {bar.maximum()} px")
    return found


def narrow_details(page) -> list[str]:
    """The details beside a list that scroll sideways at the narrowest the splitter lets
    them be (a long history must wrap, not run off to the right)."""
    found = []
    for panel in page.findChildren(DetailPanel):
        if not panel.isVisible() or not panel.minimumWidth():
            continue  # (details under a list are as wide as the page)
        narrowest = panel.minimumWidth()
        panel.resize(narrowest, panel.height())
        QApplication.processEvents()
        if panel.horizontalScrollBar().maximum() > 0:
            found.append(f"{panel.objectName()} {narrowest} px wide by "
                         f"{panel.horizontalScrollBar().maximum()} px")
    return found


def ancestors(widget):
    widget = widget.parentWidget()
    while widget is not None:
        yield widget
        widget = widget.parentWidget()


def cut_off(page) -> list[str]:
    """Buttons of the page that are shown but lie (partly) outside the window."""
    window = page.window()
    found = []
    for bar in page.findChildren(ActionBar):
        if not bar.isVisible():
            continue
        right = bar.mapTo(window, bar.rect().topRight()).x()
        if right > window.width():
            found.append(f"an action bar ending at {right}")
    return found


@pytest.mark.parametrize("size", SIZES, ids=["1200x750", "1920x1080"])
def test_every_page_fits_without_a_horizontal_scroll_bar(qtbot, demo_window, size):
    demo_window.resize(*size)
    problems = {}
    for row, entry in enumerate(PAGES):
        demo_window.nav.setCurrentRow(row)
        page = demo_window.pages[row]
        for panel in page.findChildren(ListPanel):
            if panel.isVisible() and panel.model.total:
                panel.view.selectRow(0)  # the details beside the list
        qtbot.wait(30)
        found = scrolled_sideways(page) + cut_off(page) + narrow_details(page)
        if found:
            problems[entry.slug] = found
    assert problems == {}
