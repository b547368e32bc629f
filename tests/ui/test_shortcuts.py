"""No key does two things: on every page, wherever the focus is, each shortcut that can act
there belongs to one action (Qt does nothing for a key that two active shortcuts share:
"Ambiguous shortcut overload").

Which shortcuts can act follows Qt's own rules (qWidgetShortcutContextMatcher): a window
shortcut acts while its widget is shown in the active window, a widget-with-children one
while the focus is in its widget, an action in a menu through the menu's own action. An
action's enabled state does not count: one disabled until a row is selected clashes then.
"""

from collections import defaultdict
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from coachdesk.ui.app import make_application
from coachdesk.ui.main_window import MainWindow
from coachdesk.ui.pages.catalog import PAGES
from coachdesk.ui.widgets.list_panel import ListPanel
from tests.prepared import open_copy

TODAY = date(2026, 11, 24)
Context = Qt.ShortcutContext


def within(focus: QWidget, owner: QWidget) -> bool:
    widget = focus
    while widget is not None and widget is not owner and not widget.isWindow():
        widget = widget.parentWidget()
    return widget is owner


def widget_matches(context: Context, widget: QWidget, window: QWidget, focus: QWidget) -> bool:
    if not widget.isVisible() and not isinstance(widget, QMenuBar):
        return False
    if context == Context.ApplicationShortcut:
        return True
    if context == Context.WidgetShortcut:
        return widget is focus
    if context == Context.WidgetWithChildrenShortcut:
        return within(focus, widget)
    return widget.window() is window


def action_matches(action: QAction, window: QWidget, focus: QWidget) -> bool:
    if not action.isVisible():
        return False
    for owner in action.associatedObjects():
        if isinstance(owner, QMenu):
            if action_matches(owner.menuAction(), window, focus):
                return True
        elif isinstance(owner, QWidget) and widget_matches(
                action.shortcutContext(), owner, window, focus):
            return True
    return False


def clashes(window: QWidget, focus: QWidget) -> dict[str, list[str]]:
    """The keys that more than one shortcut answers with the focus on ``focus``."""
    found: dict[str, list[str]] = defaultdict(list)
    for action in window.findChildren(QAction):
        if action_matches(action, window, focus):
            for key in action.shortcuts():
                found[key.toString()].append(action.text() or action.objectName())
    for shortcut in window.findChildren(QShortcut):
        parent = shortcut.parent()
        if (shortcut.isEnabled() and not shortcut.key().isEmpty() and isinstance(parent, QWidget)
                and widget_matches(shortcut.context(), parent, window, focus)):
            found[shortcut.key().toString()].append(
                f"QShortcut on {parent.objectName() or type(parent).__name__}")
    return {key: names for key, names in found.items() if len(names) > 1}


def focus_places(page: QWidget) -> list[QWidget]:
    """Where the focus can be on the page: every widget that takes it and is shown."""
    return [page, *(w for w in page.findChildren(QWidget)
                    if w.isVisible() and w.focusPolicy() != Qt.FocusPolicy.NoFocus)]


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


def test_the_matcher_sees_a_clash(qtbot, demo_window):
    """The rules above find what Qt refuses: a second shortcut for Ctrl+O (the menu's
    "Open database") on a page, acting where the focus is in the page."""
    assert clashes(demo_window, demo_window.nav) == {}
    page = demo_window.current_page()
    extra = QAction("Open something", page, shortcut=QKeySequence("Ctrl+O"),
                    shortcutContext=Context.WidgetWithChildrenShortcut)
    page.addAction(extra)
    assert "Ctrl+O" in clashes(demo_window, page)
    assert "Ctrl+O" not in clashes(demo_window, demo_window.nav)


@pytest.mark.parametrize("slug", [entry.slug for entry in PAGES])
def test_no_key_does_two_things_on_any_page(qtbot, demo_window, slug):
    row = next(row for row, entry in enumerate(PAGES) if entry.slug == slug)
    demo_window.nav.setCurrentRow(row)
    page = demo_window.pages[row]
    qtbot.wait(20)
    for panel in page.findChildren(ListPanel):
        if panel.isVisible() and panel.model.total:
            panel.view.selectRow(0)  # the actions a selection enables
    found = {}
    for focus in [demo_window.nav, *focus_places(page)]:
        for key, names in clashes(demo_window, focus).items():
            found.setdefault(key, (focus.objectName() or type(focus).__name__, names))
    assert found == {}, f"ambiguous shortcuts on {slug}: {found}"
