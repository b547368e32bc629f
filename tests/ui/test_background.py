"""Work beside the window: a Task's progress reaches the window's thread, its Cancel
reaches the work, and nothing reaches a page that is gone."""

import threading

from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from coachdesk.ui.app import make_application
from coachdesk.ui.background import Task, in_background

WAIT = 10_000


def test_progress_reaches_the_window_thread_and_cancel_stops_the_work(qtbot):
    make_application()
    owner = QWidget()
    qtbot.addWidget(owner)
    seen, done = [], []
    go_on = threading.Event()
    task = Task(owner, lambda n, total: seen.append((n, total, threading.current_thread())))

    def work() -> int:
        steps = 0
        while not task.cancelled and steps < 1000:
            steps += 1
            task.report(steps, 1000)
            go_on.wait(WAIT / 1000)
        return steps

    in_background(owner, work, done.append, lambda message: done.append(message))
    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT)
    task.cancel()
    go_on.set()
    qtbot.waitUntil(lambda: bool(done), timeout=WAIT)
    assert done == [1]  # stopped after the step under way
    assert seen == [(1, 1000, threading.main_thread())]


def test_a_page_gone_meanwhile_hears_nothing(qtbot):
    make_application()
    owner = QWidget()
    heard = []
    task = Task(owner, lambda n, total: heard.append(n))
    go_on, finished = threading.Event(), threading.Event()

    def work() -> None:
        go_on.wait(WAIT / 1000)
        task.report(1, 1)

    future = in_background(owner, work, heard.append, heard.append)
    future.add_done_callback(lambda _f: finished.set())
    owner.deleteLater()
    qtbot.waitUntil(lambda: not isValid(owner), timeout=WAIT)
    go_on.set()
    assert finished.wait(WAIT / 1000)
    qtbot.wait(50)  # the relay delivers what it was given
    assert heard == []
