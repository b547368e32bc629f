"""Python's garbage collector runs on the window's thread only.

A collection runs on whichever thread happens to allocate when a threshold is crossed:
with reads and writes on worker threads, that could be a worker, which would then delete
Qt objects caught in reference cycles off the window's thread and crash. So automatic
collection is switched off and a timer on the window's thread collects instead (as Anki
and other PyQt applications do), generation by generation as the counts call for it.
"""

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 500


class Collector(QObject):
    def __init__(self, parent: QObject):
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self, interval=INTERVAL_MS)
        self.timer.timeout.connect(self.collect)
        self.timer.start()

    def collect(self) -> None:
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.thresholds[generation]:
                gc.collect(generation)
                return


def collect_on_the_windows_thread() -> None:
    """Install the collector once, for the application (call on the window's thread)."""
    app = QCoreApplication.instance()
    if app is not None and app.findChild(Collector) is None:
        Collector(app)
