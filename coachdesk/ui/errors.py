"""Unexpected errors: written to the log file, shown in a friendly dialog, app keeps going."""

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from coachdesk import paths
from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.text import tr

log = logging.getLogger("coachdesk")


def setup_logging() -> Path:
    """Log to coachdesk.log in the user's log folder (private: it may name people)."""
    folder = paths.log_dir()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    log_file = folder / "coachdesk.log"
    handler = RotatingFileHandler(log_file, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    log_file.touch(mode=0o600, exist_ok=True)
    log_file.chmod(0o600)
    return log_file


class ExceptionHook:
    """Replaces sys.excepthook; Qt passes exceptions raised in slots to it."""

    def __init__(self, log_file: Path):
        self.log_file = log_file
        self._showing = False

    def __call__(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        if isinstance(exc, CoachDeskError):  # a known problem that escaped a page
            log.warning("%s", exc)
            self._show(str(exc), QMessageBox.Icon.Warning)
            return
        log.error("unexpected error\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
        self._show(
            tr("Something went wrong and the last action did not finish. Your saved data is "
               "safe: a change is either saved whole or not at all.\n\n"
               "The details were written to {log}. If it happens again, please send that "
               "file to support.").format(log=self.log_file),
            QMessageBox.Icon.Critical,
            details=f"{exc_type.__name__}: {exc}",
        )

    def _show(self, text: str, icon: QMessageBox.Icon, details: str = "") -> None:
        if self._showing or QApplication.instance() is None:
            return  # an error while the dialog is up: logged, not shown twice
        self._showing = True
        try:
            box = QMessageBox(icon, tr("CoachDesk"), text, QMessageBox.StandardButton.Ok,
                              QApplication.activeWindow())
            if details:
                box.setDetailedText(details)
            box.exec()
        finally:
            self._showing = False


def install_exception_hook(log_file: Path) -> ExceptionHook:
    hook = ExceptionHook(log_file)
    sys.excepthook = hook
    return hook
