"""Reading beside the window: work that takes a while on a big database (the Today page's
figures) runs on a worker thread, and its result comes back to the window's thread, so
the window never stops answering meanwhile."""

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import suppress
from typing import TypeVar

from PySide6.QtCore import QObject, Qt, Signal, Slot
from shiboken6 import isValid

from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.text import tr

T = TypeVar("T")
log = logging.getLogger(__name__)
_workers = ThreadPoolExecutor(max_workers=2, thread_name_prefix="coachdesk-read")


class _Relay(QObject):
    """Lives on the window's thread for the whole run: a worker hands it what to call
    there (a queued signal, so the call waits for the window's event loop)."""

    call = Signal(object)

    def __init__(self):
        super().__init__()
        self.call.connect(self._run, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _run(self, deliver: Callable[[], None]) -> None:
        deliver()


_relay: _Relay | None = None


def in_background(owner: QObject, work: Callable[[], T], done: Callable[[T], None],
                  failed: Callable[[str], None]) -> Future:
    """Run ``work`` on a worker thread; then, on the window's thread, ``done(result)`` or
    ``failed(message)``, unless ``owner`` (the page that asked) is gone by then. Call it
    from the window's thread."""
    global _relay
    if _relay is None:
        _relay = _Relay()
    relay = _relay

    def finished(future: Future) -> None:
        def deliver() -> None:
            if not isValid(owner):
                return
            error = future.exception()
            if error is None:
                done(future.result())
            elif isinstance(error, CoachDeskError):
                failed(str(error))
            else:
                log.error("work in the background failed", exc_info=error)
                failed(tr("Something went wrong ({error}). The log file says more "
                          "(Help ▸ About shows where it is).").format(
                    error=type(error).__name__))

        with suppress(RuntimeError):  # the application has closed meanwhile
            relay.call.emit(deliver)

    future = _workers.submit(work)
    future.add_done_callback(finished)
    return future
