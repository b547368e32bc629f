"""Buttons for actions, with the shortcut in their tooltips; pages and sections use them.

A row of them can be an :class:`ActionBar`: it fits any width (a window 1200 pixels wide,
Finnish words), putting the buttons that do not fit into a "More" menu at its end.
"""

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QBoxLayout, QMenu, QSizePolicy, QToolButton, QWidget

from coachdesk.domain.text import tr
from coachdesk.ui.widgets.named import named

SPACING = 6  # between two buttons of a bar


def action_button(
    owner: QWidget,
    row: "QBoxLayout | ActionBar",
    text: str,
    slot: Callable[[], None],
    shortcut: str | QKeySequence.StandardKey | None = None,
    tip: str = "",
) -> QAction:
    """Put a button for a new action in ``row``; its shortcut works where ``owner`` (or a
    widget inside it) has the focus, so that two sections can both use F2, and whether
    its button is shown or in the bar's "More" menu."""
    act = QAction(text, owner)
    if shortcut is not None:
        act.setShortcut(QKeySequence(shortcut))
        act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shown = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        tip = f"{tip or text} ({shown})"
    act.setToolTip(tip or text)
    act.triggered.connect(slot)
    owner.addAction(act)
    if isinstance(row, ActionBar):
        row.add(act)
    else:
        row.addWidget(_button(act))
    return act


def key_shortcut(widget: QWidget, key: str, slot: Callable[[], None],
                 context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut
                 ) -> QShortcut:
    """A key that calls ``slot`` where ``context`` says (by default: while ``widget`` or a
    widget inside it has the focus). Not QShortcut(key, widget, slot, context=...): given
    a slot, PySide6 drops the context and the key acts in the whole window."""
    shortcut = QShortcut(QKeySequence(key), widget, context=context)
    shortcut.activated.connect(slot)
    return shortcut


def _button(act: QAction, parent: QWidget | None = None) -> QToolButton:
    button = QToolButton(parent)
    button.setDefaultAction(act)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return button


class ActionBar(QWidget):
    """Buttons in a row, as many as the width allows; the rest, in their order, are in
    the "More" menu at the end. The bar asks only for the room of that menu button, so a
    long row never makes a page wider than the window."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("action_bar")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._buttons: list[QToolButton] = []
        self.more = named(QToolButton(self), "more_actions")
        # The arrow in the text: the style's own indicator is drawn over a short word
        # ("Mer", "Lisää") instead of beside it.
        self.more.setText(tr("More") + " ▾")
        self.more.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0; }")
        self.more.setToolTip(tr("The actions that do not fit in the window's width"))
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.menu = QMenu(self.more)
        self.menu.setToolTipsVisible(True)
        self.menu.aboutToShow.connect(self._fill_menu)
        self.more.setMenu(self.menu)
        self.more.hide()

    def add(self, act: QAction) -> QToolButton:
        button = _button(act, self)
        self._buttons.append(button)
        act.changed.connect(self._changed)  # a new text ("Restore") needs another width
        self._changed()
        return button

    def overflow(self) -> list[QAction]:
        """The actions in the "More" menu now."""
        return [b.defaultAction() for b in self._shown() if b.isHidden()]

    # -- sizes --------------------------------------------------------------------------
    def _shown(self) -> list[QToolButton]:
        return [b for b in self._buttons if b.defaultAction().isVisible()]

    def _height(self) -> int:
        return max(b.sizeHint().height() for b in [*self._buttons, self.more])

    def sizeHint(self) -> QSize:
        widths = [b.sizeHint().width() for b in self._shown()]
        return QSize(sum(widths) + SPACING * max(0, len(widths) - 1), self._height())

    def minimumSizeHint(self) -> QSize:
        if not self._shown():
            return QSize(0, 0)
        return QSize(min(self.more.sizeHint().width(), self.sizeHint().width()),
                     self._height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place()

    def _changed(self) -> None:
        self.updateGeometry()
        self._place()

    def _place(self) -> None:
        """Show the buttons that fit from the left, then "More" if any did not."""
        shown = self._shown()
        for button in self._buttons:
            if button not in shown:
                button.hide()
        widths = [b.sizeHint().width() for b in shown]
        fitting = len(shown)
        if sum(widths) + SPACING * max(0, len(widths) - 1) > self.width():
            room = self.width() - self.more.sizeHint().width() - SPACING
            used = fitting = 0
            for width in widths:
                if used + width > room:
                    break
                used += width + SPACING
                fitting += 1
        x, height = 0, self.height()
        for number, (button, width) in enumerate(zip(shown, widths, strict=True)):
            button.setVisible(number < fitting)
            if number < fitting:
                hint = button.sizeHint().height()
                button.setGeometry(x, (height - hint) // 2, width, hint)
                x += width + SPACING
        self.more.setVisible(fitting < len(shown))
        if fitting < len(shown):
            size = self.more.sizeHint()
            self.more.setGeometry(x, (height - size.height()) // 2, size.width(),
                                  size.height())

    def _fill_menu(self) -> None:
        self.menu.clear()
        for act in self.overflow():
            self.menu.addAction(act)
