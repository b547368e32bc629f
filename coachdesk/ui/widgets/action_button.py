"""A button for an action, with the shortcut in its tooltip; pages and sections use it."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QBoxLayout, QToolButton, QWidget


def action_button(
    owner: QWidget,
    row: QBoxLayout,
    text: str,
    slot: Callable[[], None],
    shortcut: str | QKeySequence.StandardKey | None = None,
    tip: str = "",
) -> QAction:
    """Put a button for a new action in ``row``; its shortcut works where ``owner`` (or a
    widget inside it) has the focus, so that two sections can both use F2."""
    act = QAction(text, owner)
    if shortcut is not None:
        act.setShortcut(QKeySequence(shortcut))
        act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shown = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        tip = f"{tip or text} ({shown})"
    act.setToolTip(tip or text)
    act.triggered.connect(slot)
    owner.addAction(act)
    button = QToolButton()
    button.setDefaultAction(act)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    row.addWidget(button)
    return act
