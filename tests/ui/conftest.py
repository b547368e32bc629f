import pytest

from coachdesk.ui import messages
from coachdesk.ui.app import make_application
from coachdesk.ui.main_window import MainWindow


@pytest.fixture
def answers(monkeypatch):
    """Questions are answered from this list (default: yes); errors are collected."""
    state = {"confirm": [], "errors": [], "answer": True}

    def confirm(parent, title, text, action):
        state["confirm"].append(text)
        return state["answer"]

    monkeypatch.setattr(messages, "confirm", confirm)
    monkeypatch.setattr(messages, "error", lambda p, text, title=None: state["errors"].append(text))
    monkeypatch.setattr(messages, "inform", lambda p, title, text: None)
    return state


@pytest.fixture
def window(qtbot, desk, answers):
    make_application()
    win = MainWindow(desk)
    qtbot.addWidget(win)
    win.show()
    return win
