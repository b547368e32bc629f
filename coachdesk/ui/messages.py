"""Every question and message box goes through here (tests replace these functions)."""

from PySide6.QtWidgets import QMessageBox, QWidget

from coachdesk.domain.text import tr


def confirm(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """Ask before doing something; the safe answer (Cancel) is the default."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    go = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is go


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def error(parent: QWidget | None, text: str, title: str | None = None) -> None:
    QMessageBox.warning(parent, title or tr("CoachDesk"), text)


def choose(parent: QWidget | None, title: str, text: str, options: list[str]) -> int | None:
    """Ask which of ``options`` to take; returns its index, or None for Cancel (the
    default)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    buttons = [box.addButton(option, QMessageBox.ButtonRole.AcceptRole) for option in options]
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return buttons.index(clicked) if clicked in buttons else None
