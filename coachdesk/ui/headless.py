"""A Qt application for a command that draws PDFs without a screen (Qt needs one for
its fonts): the offscreen platform unless another is chosen, made once per process."""

import os

from PySide6.QtWidgets import QApplication

_app: QApplication | None = None  # kept while the command runs


def headless_application() -> QApplication:
    """The process's Qt application, made offscreen if there is none yet (a widget
    application, as the window makes, so that the two never clash in one process)."""
    global _app
    found = QApplication.instance()
    if isinstance(found, QApplication):
        return found
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QApplication(["coachdesk"])
    return _app
