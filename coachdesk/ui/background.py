"""Reading beside the window: work that takes a while on a big database (the Today page's
figures, a report) runs on a worker thread, and its result comes back to the window's
thread, so the window never stops answering meanwhile. Work that counts its steps and can
stop early gets a :class:`Task`: its progress reaches the window, the window's Cancel
reaches it."""

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import suppress
from typing import TypeVar

from PySide6.QtCore import QObject, Qt, Signal, Slot
from shiboken6 import isValid

from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.text import tr
from coachdesk.ui.collector import collect_on_the_windows_thread

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


def _the_relay() -> _Relay:
    """The relay, made on first use: call it on the window's thread."""
    global _relay
    if _relay is None:
        collect_on_the_windows_thread()  # workers must never collect Qt objects
        _relay = _Relay()
    return _relay


def _call_on_window_thread(relay: _Relay, deliver: Callable[[], None]) -> None:
    """Have ``deliver`` called on the window's thread (from any thread); nothing once the
    application has closed."""
    with suppress(RuntimeError):  # the application has closed meanwhile
        relay.call.emit(deliver)


class Task:
    """Between work in the background and the page that started it: the work calls
    :meth:`report` after each step (``progress(done, total)`` then runs on the window's
    thread, unless ``owner`` is gone) and reads :attr:`cancelled` between steps; the
    page's Cancel calls :meth:`cancel`. Make it on the window's thread."""

    def __init__(self, owner: QObject,
                 progress: Callable[[int, int], None] | None = None):
        self._owner = owner
        self._progress = progress
        self._stop = threading.Event()
        self._relay = _the_relay()

    def report(self, done: int, total: int) -> None:
        owner, progress = self._owner, self._progress
        if progress is not None:
            _call_on_window_thread(
                self._relay, lambda: progress(done, total) if isValid(owner) else None)

    def cancel(self) -> None:
        self._stop.set()

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()


def in_background(owner: QObject, work: Callable[[], T], done: Callable[[T], None],
                  failed: Callable[[str], None]) -> Future:
    """Run ``work`` on a worker thread; then, on the window's thread, ``done(result)`` or
    ``failed(message)``, unless ``owner`` (the page that asked) is gone by then. Call it
    from the window's thread."""
    relay = _the_relay()

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

        _call_on_window_thread(relay, deliver)

    future = _workers.submit(work)
    future.add_done_callback(finished)
    return future
