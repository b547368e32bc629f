"""Driving modal dialogs: schedule the work on the dialog, then open it."""

import time
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from coachdesk.ui.widgets.form import FormDialog

DIALOG_WAIT_S = 10.0  # the longest a dialog may take to appear once open_it has started


def with_dialog(open_it: Callable[[], object], handle: Callable[[FormDialog], None]) -> None:
    """Call ``open_it`` (which runs a modal dialog) and let ``handle`` work on that dialog.

    The dialog is looked for only while ``open_it`` runs, at most DIALOG_WAIT_S, and only
    a new one (not a dialog that was already open, as when this is called from another
    dialog's handler): no polling outlives this call to act on a later test's dialog.
    """
    before = QApplication.activeModalWidget()
    failures: list[BaseException] = []
    handled: list[QWidget] = []
    deadline = time.monotonic() + DIALOG_WAIT_S
    poll = QTimer()
    poll.setInterval(10)

    def work() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog is before:
            if time.monotonic() > deadline:
                poll.stop()
                failures.append(AssertionError(
                    f"no dialog appeared within {DIALOG_WAIT_S:g} s of {open_it!r}"))
            return
        poll.stop()
        handled.append(dialog)
        try:
            handle(dialog)
        except BaseException as exc:  # report in the test, not in Qt's event loop
            failures.append(exc)
        if dialog.isVisible():
            dialog.reject()

    poll.timeout.connect(work)
    poll.start()
    try:
        open_it()
    finally:
        poll.stop()
    if failures:
        raise failures[0]
    assert handled, f"{open_it!r} returned without opening a dialog"


def fill(dialog: FormDialog, **values) -> None:
    for key, value in values.items():
        editor: QWidget = dialog.editors[key]
        if isinstance(editor, QComboBox):
            index = editor.findData(value)
            if index < 0:
                index = editor.findText(str(value))
            assert index >= 0, f"{value!r} is not a choice of {key}"
            editor.setCurrentIndex(index)
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText(value)
        else:
            assert isinstance(editor, QLineEdit)
            editor.clear()
            editor.setText(str(value))


def errors_shown(dialog: FormDialog) -> dict[str, str]:
    return {k: label.text() for k, label in dialog.errors.items() if not label.isHidden()}
