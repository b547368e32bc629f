"""The keys of every list, page by page, in the real window on the small demo: Enter in a
filter box goes to the list (it opens nothing), Enter or a double click on a row opens it."""

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from coachdesk.ui.app import make_application
from coachdesk.ui.main_window import MainWindow
from coachdesk.ui.pages.catalog import PAGES
from coachdesk.ui.widgets.list_panel import ListPanel
from tests.prepared import open_copy

TODAY = date(2026, 11, 24)
LIST_PAGES = ["schools", "teachers", "tutors", "recruitment", "training-topics", "lessons",
              "visits", "attendance", "devices", "scan-desk"]


@pytest.fixture
def demo_window(qtbot, db_path, small_demo, answers):
    desk = open_copy(small_demo(TODAY).path, db_path)
    make_application()
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.resize(1200, 750)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    yield window
    window.close()
    desk.close()


def show_page(qtbot, window: MainWindow, slug: str):
    row = next(row for row, entry in enumerate(PAGES) if entry.slug == slug)
    window.nav.setCurrentRow(row)
    page = window.pages[row]
    if slug == "scan-desk":
        page.bulk.setChecked(True)  # its list of the devices still out
    qtbot.wait(10)
    return page


class DialogCloser:
    """Closes every modal dialog that opens (what a row opens), keeping its class name."""

    def __init__(self):
        self.seen: list[str] = []
        self.timer = QTimer(interval=10)
        self.timer.timeout.connect(self._close)

    def _close(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            self.seen.append(type(dialog).__name__)
            dialog.reject()

    def __enter__(self):
        self.timer.start()
        return self

    def __exit__(self, *_exc):
        self.timer.stop()


def double_click(panel: ListPanel) -> None:
    where = panel.view.visualRect(panel.model.index(0, 0)).center()
    # (a click first, as a hand does: Qt's test double click alone does not open)
    QTest.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    QTest.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=where)


def shown_panels(page) -> list[ListPanel]:
    return [panel for panel in page.findChildren(ListPanel) if panel.isVisible()]


@pytest.mark.parametrize("slug", LIST_PAGES)
def test_enter_in_a_filter_goes_to_the_list_and_opens_nothing(qtbot, demo_window, slug):
    page = show_page(qtbot, demo_window, slug)
    panels = shown_panels(page)
    assert panels, f"{slug} shows no list"
    for panel in panels:
        qtbot.waitUntil(lambda p=panel: p.model.total > 0, timeout=5000)
        panel.view.selectRow(0)
        panel.focus_filter()
        assert QApplication.focusWidget() is panel.filter_box
        with DialogCloser() as closer, qtbot.assertNotEmitted(panel.activated, wait=50):
            QTest.keyClick(panel.filter_box, Qt.Key.Key_Return)
        assert closer.seen == [], f"Enter in {panel.objectName()}'s filter opened a dialog"
        assert QApplication.focusWidget() is panel.view, panel.objectName()


@pytest.mark.parametrize("slug", LIST_PAGES)
def test_enter_and_a_double_click_on_a_row_open_it(qtbot, demo_window, slug):
    page = show_page(qtbot, demo_window, slug)
    for panel in shown_panels(page):
        qtbot.waitUntil(lambda p=panel: p.model.total > 0, timeout=5000)
        # the page opens what a row is: something listens to the list's activation
        assert panel.receivers("2activated(int)") > 0, f"{panel.objectName()} opens nothing"
        for press in (
            lambda p: QTest.keyClick(p.view, Qt.Key.Key_Return),
            lambda p: QTest.keyClick(p.view, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier),
            double_click,
        ):
            panel.view.selectRow(0)
            panel.view.setFocus()
            with DialogCloser(), qtbot.waitSignal(panel.activated, timeout=1000) as opened:
                press(panel)
            assert opened.args == [panel.selected_id()], panel.objectName()  # the row's
            if not panel.isVisible():  # it opened the record on another list or page
                break
