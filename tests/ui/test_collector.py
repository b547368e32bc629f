"""Garbage is collected on the window's thread, never on a worker's."""

import gc
import threading

from coachdesk.ui.app import make_application
from coachdesk.ui.collector import Collector
from coachdesk.ui.operations import run_op


def test_collection_happens_on_the_windows_thread_only(qtbot, desk, answers):
    app = make_application()
    assert app.findChild(Collector) is not None
    assert not gc.isenabled()  # no collection can start on a worker thread
    seen = []
    gc.callbacks.append(lambda phase, info: phase == "start" and seen.append(
        threading.current_thread() is threading.main_thread()))
    kept = []
    try:
        for _ in range(3):  # a worker allocates what stays
            kept.append(run_op(None, lambda: [[object()] for _ in range(20_000)]).value)
        qtbot.waitUntil(lambda: bool(seen), timeout=3000)  # the timer collects
    finally:
        gc.callbacks.pop()
    assert all(seen)
