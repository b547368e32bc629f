"""What every page has: a title row with its actions, and a list to refresh."""

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from coachdesk.domain.text import tr
from coachdesk.ui.widgets.action_button import action_button


class Page(QWidget):
    title = ""  # in English; shown through tr() so that it can be translated

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        heading = QLabel(tr(self.title))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        self._actions_row = QHBoxLayout()
        self._actions_row.addWidget(heading)
        self._actions_row.addStretch(1)
        self.body = QVBoxLayout(self)
        self.body.addLayout(self._actions_row)

    def action(
        self,
        text: str,
        slot: Callable[[], None],
        shortcut: str | QKeySequence.StandardKey | None = None,
        tip: str = "",
    ) -> QAction:
        """A button in the title row, with a keyboard shortcut that works on this page."""
        return action_button(self, self._actions_row, text, slot, shortcut, tip)

    def start(self) -> None:
        """Load the page's data the first time it is shown."""

    def refresh(self) -> None:
        """Read the data again when the page is shown another time."""

    def save_state(self) -> None:
        """Remember column widths and choices when the window closes."""

    def show_target(self, record: str, record_id: int | None,
                    filters: dict[str, object]) -> None:
        """What a click on Today asked this page to show: a record (``record`` names its
        kind: "visit", "request", …) or, with no id, the rule's records (``filters``)."""
