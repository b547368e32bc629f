"""The one way the window changes data: :func:`run_op` (after Anki's ``CollectionOp``).

An operation is a call into the services. It runs on the one writer thread while the
window keeps painting (input waits until it is done, so nothing can start twice); a
refusal (a :class:`CoachDeskError`) is shown in one place, an unexpected error is logged
and shown as such, and the kinds of records it committed are broadcast on
:func:`operations` as a :class:`Changes`, so that every page refreshes only what shows
them and Undo knows when there is something new to undo (Anki's
``operation_did_execute``). A page that asked for the change is named as the initiator.

Reads that take a while go through :func:`coachdesk.ui.background.in_background`.
"""

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from contextlib import suppress
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication, QWidget

from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.kinds import Changes
from coachdesk.domain.text import tr
from coachdesk.ui import messages
from coachdesk.ui.collector import collect_on_the_windows_thread

T = TypeVar("T")
log = logging.getLogger(__name__)
QUIET_WAIT_S = 0.08  # below what a person notices as a pause
BUSY_AFTER_MS = 150  # a quick operation shows no busy cursor
# One writer: operations run one after another, in the order they were asked for.
_writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="coachdesk-op")


class OperationBus(QObject):
    """Says what each operation changed: ``did_execute(changes, initiator)``."""

    did_execute = Signal(object, object)
    _finished = Signal()


_bus: OperationBus | None = None


def operations() -> OperationBus:
    """The application's bus (made on first use, on the window's thread)."""
    global _bus
    if _bus is None:
        collect_on_the_windows_thread()  # the writer thread must never collect Qt objects
        _bus = OperationBus()
    return _bus


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """What an operation came to: true when it went through, with its ``value``."""

    ok: bool
    value: T | None = None
    error: Exception | None = None

    def __bool__(self) -> bool:
        return self.ok


def run_op(parent: QWidget | None, op: Callable[[], T], *,
           failure: Callable[[CoachDeskError], None] | None = None,
           initiator: object = None) -> Outcome[T]:
    """Run ``op`` (service calls, no widgets) as an operation. A refusal goes to
    ``failure`` if given, otherwise to a message box over ``parent``; an unexpected error
    is logged and said as such. The outcome is true when it went through."""
    try:
        return Outcome(True, perform(op, initiator=initiator))
    except CoachDeskError as exc:
        if failure is not None:
            failure(exc)
        else:
            messages.error(parent, str(exc))
        return Outcome(False, error=exc)
    except Exception as exc:
        log.error("an operation failed", exc_info=exc)
        messages.error(parent, tr(
            "Something went wrong and the last action did not finish. Your saved data is "
            "safe: a change is either saved whole or not at all. The log file says more "
            "(Help ▸ About shows where it is)."))
        return Outcome(False, error=exc)


def perform(op: Callable[[], T], *, initiator: object = None) -> T:
    """Run ``op`` (service calls, no widgets) on the writer thread, the window painting
    meanwhile, and return its value; an error is raised here, on the window's thread (a
    form shows a refusal beside its fields). What ``op`` committed is broadcast, even
    when a later step of it failed."""
    from coachdesk.services.changes import recording  # loaded once a database is open

    bus = operations()

    def work() -> tuple[T | None, Changes, BaseException | None]:
        with recording() as heard:
            try:
                return op(), heard.changes, None
            except BaseException as exc:  # raised again on the window's thread
                return None, heard.changes, exc

    future = _writer.submit(work)
    _wait(future, bus)
    value, changes, error = future.result()
    if changes:
        bus.did_execute.emit(changes, initiator)
    if error is not None:
        raise error
    return value  # type: ignore[return-value]


def _wait(future: Future, bus: OperationBus) -> None:
    """Wait for ``future``: a short while without the window (most operations take a few
    milliseconds, and a window that does nothing meanwhile cannot be re-entered), then
    with the window painting and its timers running; input waits until it is done."""
    with suppress(FutureTimeout):
        future.exception(timeout=QUIET_WAIT_S)
    if future.done():
        return
    loop = QEventLoop()
    bus._finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    future.add_done_callback(lambda _f: bus._finished.emit())
    busy = QTimer(singleShot=True, interval=BUSY_AFTER_MS)
    busy.timeout.connect(lambda: QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor)))
    busy.start()
    try:
        while not future.done():
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    finally:
        bus._finished.disconnect(loop.quit)
        if not busy.isActive():
            QApplication.restoreOverrideCursor()
        busy.stop()
