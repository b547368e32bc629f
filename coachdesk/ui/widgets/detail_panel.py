"""A record at a glance beside or below a list: rich text that can be selected and copied."""

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget

from coachdesk.domain.errors import CoachDeskError
from coachdesk.ui.widgets.named import named

PARAGRAPH = "<p style='margin-top: 2px'>"  # a paragraph close under its heading


def heading(text: str) -> str:
    return f"<h4 style='margin-top: 10px; margin-bottom: 2px'>{escape(text)}</h4>"


def side_by_side(columns: list[str]) -> str:
    """Up to three columns of a record's facts across the panel's width."""
    return "<table width='100%' cellspacing='0' cellpadding='0'><tr>" + "".join(
        f"<td valign='top' width='33%' style='padding-right: 24px'>{column}</td>"
        for column in columns) + "</tr></table>"


class DetailPanel(QScrollArea):
    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setWidgetResizable(True)
        self.text = named(QLabel(), f"{name}_text")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setContentsMargins(12, 8, 12, 8)
        self.setWidget(self.text)

    def show_hint(self, text: str) -> None:
        """What to do when nothing is chosen, in grey."""
        self.text.setText(f"<p style='color: palette(dark)'>{escape(text)}</p>")

    def show_record(self, record_id: int | None, hint: str,
                    html: Callable[[int], str]) -> None:
        """The record's ``html``; ``hint`` when none is chosen; the refusal when it is gone."""
        if record_id is None:
            self.show_hint(hint)
            return
        try:
            self.text.setText(html(record_id))
        except CoachDeskError as exc:
            self.text.setText(f"<p>{escape(str(exc))}</p>")
