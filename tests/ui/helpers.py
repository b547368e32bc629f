"""Driving modal dialogs: schedule the work on the dialog, then open it."""

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from coachdesk.ui.widgets.form import FormDialog


def with_dialog(open_it: Callable[[], object], handle: Callable[[FormDialog], None]) -> None:
    """Call ``open_it`` (which runs a modal dialog) and let ``handle`` work on that dialog."""
    failures: list[BaseException] = []

    def work() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, work)
            return
        try:
            handle(dialog)
        except BaseException as exc:  # report in the test, not in Qt's event loop
            failures.append(exc)
        if dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(0, work)
    open_it()
    if failures:
        raise failures[0]


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
