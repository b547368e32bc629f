"""Saving would clash: show every conflict and go ahead only with a reason, which is kept."""

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.conflicts import Conflict
from coachdesk.domain.text import tr
from coachdesk.ui.widgets.form import ERROR_STYLE, INVALID_STYLE

WARNING_STYLE = ("background-color: #fff1c7; color: #5c3a00; border: 1px solid #e0b44a;"
                 " border-radius: 3px; padding: 6px;")


def conflicts_html(conflicts: Sequence[Conflict]) -> str:
    """The conflicts as a bulleted list, for a rich-text label."""
    return "<ul style='margin: 0px; -qt-list-indent: 1'>" + "".join(
        f"<li>{escape(c.message)}</li>" for c in conflicts) + "</ul>"


class ConflictsDialog(QDialog):
    """The conflicts, and the reason to go ahead. ``what`` says what would clash, ``ask``
    where the reason is kept and ``example`` gives an example of one (a lesson's words
    unless given)."""

    def __init__(self, parent: QWidget | None, conflicts: Sequence[Conflict], what: str = "",
                 ask: str = "", example: str = ""):
        super().__init__(parent)
        self.setObjectName("conflicts_dialog")
        self.setWindowTitle(tr("Conflicts"))
        self.reason_value: str | None = None

        intro = QLabel(wordWrap=True)
        intro.setText(what or tr("Saving this lesson would clash:"))
        self.list = QLabel(conflicts_html(conflicts), objectName="conflicts_list",
                           wordWrap=True, styleSheet=WARNING_STYLE)
        self.list.setTextFormat(Qt.TextFormat.RichText)
        self.list.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        ask = QLabel(ask or tr("To go ahead anyway, say why. The reason is kept with the "
                               "lesson."), wordWrap=True)
        self.reason = QPlainTextEdit(objectName="conflicts_reason")
        self.reason.setPlaceholderText(example or tr(
            "e.g. The only evening the school's staff can come; agreed with the principal"))
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        ask.setBuddy(self.reason)
        self.error = QLabel(wordWrap=True, styleSheet=ERROR_STYLE, objectName="conflicts_error")
        self.error.hide()

        buttons = QDialogButtonBox()
        self.go_button = buttons.addButton(tr("Save anyway"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(tr("Back to the form"))
        cancel.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addSpacing(6)
        layout.addWidget(ask)
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def accept(self) -> None:
        reason = self.reason.toPlainText().strip()
        if not reason:
            self.error.setText(tr("Write the reason to go ahead, or go back and change the "
                                  "time, the tutors or the place."))
            self.error.show()
            self.reason.setStyleSheet(INVALID_STYLE)
            self.reason.setFocus()
            return
        self.reason_value = reason
        super().accept()


def ask_reason(parent: QWidget | None, conflicts: Sequence[Conflict],
               what: str = "") -> str | None:
    """Show the conflicts; the coordinator's reason to go ahead, or None to go back."""
    dialog = ConflictsDialog(parent, conflicts, what)
    return dialog.reason_value if dialog.exec() else None
