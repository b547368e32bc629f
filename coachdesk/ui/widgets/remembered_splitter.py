"""A splitter between a list and its detail (or two sections) that comes back where the
coordinator left it."""

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QWidget

from coachdesk.ui.settings import settings


class RememberedSplitter(QSplitter):
    def __init__(self, orientation: Qt.Orientation, key: str, widgets: Sequence[QWidget],
                 stretch: Sequence[int], sizes: Sequence[int]):
        """``key`` names the setting ("lessons/splitter"); ``sizes`` are for the first
        time, until the coordinator moves the handle."""
        super().__init__(orientation)
        self.setObjectName(key.replace("/", "_"))
        self._key = key
        for number, (widget, factor) in enumerate(zip(widgets, stretch, strict=True)):
            self.addWidget(widget)
            self.setStretchFactor(number, factor)
        self.setChildrenCollapsible(False)
        state = settings().value(key)
        if state is None or not self.restoreState(state):
            self.setSizes(list(sizes))

    def save(self) -> None:
        settings().setValue(self._key, self.saveState())
