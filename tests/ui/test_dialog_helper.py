"""with_dialog works on the dialog its own call opens, and on no other."""

import contextlib

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog

from coachdesk.ui.app import make_application
from tests.ui import helpers
from tests.ui.helpers import with_dialog


@pytest.fixture
def dialog(qtbot):
    make_application()
    made = QDialog()
    qtbot.addWidget(made)
    return made


def test_the_dialog_opened_is_handled_and_closed(dialog):
    seen = []
    with_dialog(dialog.exec, seen.append)
    assert seen == [dialog] and not dialog.isVisible()


def test_no_dialog_is_a_clear_failure(dialog):
    with pytest.raises(AssertionError, match="without opening a dialog"):
        with_dialog(lambda: None, lambda _dialog: None)


def test_a_dialog_that_never_comes_is_waited_for_a_bounded_time(qtbot, dialog, monkeypatch):
    monkeypatch.setattr(helpers, "DIALOG_WAIT_S", 0.1)
    with pytest.raises(AssertionError, match="no dialog appeared within 0.1 s"):
        with_dialog(lambda: qtbot.wait(400), lambda _dialog: None)


def test_nothing_is_left_polling_to_act_on_a_later_dialog(qtbot, dialog):
    with contextlib.suppress(AssertionError):
        with_dialog(lambda: None, lambda _dialog: None)
    QTimer.singleShot(200, dialog.accept)
    assert dialog.exec() == QDialog.DialogCode.Accepted  # not rejected by a stray poll


def test_a_dialog_opened_from_a_dialog_is_the_one_handled(qtbot, dialog):
    inner = QDialog(dialog)
    seen = []

    def open_inner(_outer):
        with_dialog(inner.exec, seen.append)

    with_dialog(dialog.exec, open_inner)
    assert seen == [inner]
