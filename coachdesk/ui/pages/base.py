"""What every page has: a title row with its actions, and a list to refresh."""

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from coachdesk.domain.kinds import Changes, RecordKind
from coachdesk.ui.operations import operations
from coachdesk.ui.pages.catalog import title_of
from coachdesk.ui.widgets.action_button import ActionBar, action_button


class Page(QWidget):
    # The kinds of records the page shows: a change to one of them makes it read again.
    shows: frozenset[RecordKind] = frozenset()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.stale = False  # something it shows changed while it was hidden
        operations().did_execute.connect(self.on_changes)
        heading = QLabel(self.title)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        # The page's actions: those that do not fit the window's width are under "More".
        self.action_bar = ActionBar()
        self._actions_row = QHBoxLayout()
        self._actions_row.addWidget(heading)
        self._actions_row.addStretch(1)
        self._actions_row.addWidget(self.action_bar)
        self.body = QVBoxLayout(self)
        self.body.addLayout(self._actions_row)

    @property
    def title(self) -> str:
        """The page's name in the window's language (from the catalogue of pages)."""
        return title_of(type(self))

    def action(
        self,
        text: str,
        slot: Callable[[], None],
        shortcut: str | QKeySequence.StandardKey | None = None,
        tip: str = "",
    ) -> QAction:
        """A button in the title row, with a keyboard shortcut that works on this page."""
        return action_button(self, self.action_bar, text, slot, shortcut, tip)

    def start(self) -> None:
        """Load the page's data the first time it is shown."""

    def refresh(self) -> None:
        """Read everything the page shows again."""

    def on_changes(self, changes: Changes, initiator: object = None) -> None:
        """An operation committed ``changes``: read again what shows them now, or, for a
        page the window holds out of sight, when it is shown next."""
        if not changes.touches(self.kinds_shown()):
            return
        if self.isVisible() or not self.window().isVisible() or initiator is self:
            self.stale = False
            self.refresh_for(changes)
        else:
            self.stale = True

    def kinds_shown(self) -> frozenset[RecordKind]:
        return self.shows

    def refresh_for(self, changes: Changes) -> None:
        """Read again what shows the ``changes`` (a page with several lists picks)."""
        self.refresh()

    def save_state(self) -> None:
        """Remember column widths and choices when the window closes."""

    def show_target(self, kind: RecordKind, record_id: int | None,
                    filters: dict[str, object]) -> None:
        """What a click on Today asked this page to show: a record of ``kind`` or, with no
        id, the rule's records (``filters``)."""
