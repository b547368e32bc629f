"""The other coordinators' work appears in the window (a shared server): every few
seconds the change counters are read beside the window (``desk.others.poll``), and the
kinds of records the others saved are announced on the operations bus like the window's
own operations, so each page reads again only what it shows, keeping its selection.

A server that cannot be reached is said once in the status bar; the window keeps what it
shows, and says so again when the server answers."""

from collections.abc import Callable
from concurrent.futures import Future
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from coachdesk.domain.kinds import Changes
from coachdesk.domain.text import tr
from coachdesk.ui.background import in_background
from coachdesk.ui.operations import operations

if TYPE_CHECKING:
    from coachdesk.services import Desk

POLL_MS = 3_000


class OthersWatch(QObject):
    def __init__(self, parent: QObject, desk: Callable[[], "Desk | None"],
                 say: Callable[[str], None]):
        """``desk``: the window's open desk now (or None); ``say``: to the status bar."""
        super().__init__(parent)
        self._desk = desk
        self._say = say
        self._pending: Future | None = None
        self._lost = False
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def poll(self) -> None:
        """Ask once (unless a look is still under way, or nothing is shared)."""
        desk = self._desk()
        if desk is None or not desk.others.shared:
            return
        if self._pending is not None and not self._pending.done():
            return
        self._pending = in_background(self, desk.others.poll, self._heard, self._failed)

    def _heard(self, changes: Changes) -> None:
        if self._lost:
            self._lost = False
            self._say(tr("The server answers again."))
        if changes:
            operations().did_execute.emit(changes, self)

    def _failed(self, message: str) -> None:
        if not self._lost:  # said once, not every few seconds
            self._lost = True
            self._say(tr("The server cannot be reached: {reason} The window shows what "
                         "it last read; CoachDesk keeps trying.").format(reason=message))
