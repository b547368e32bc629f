"""Start the window: application object, translator, error hook, the first database."""

import logging
import sys
from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QFileDialog

from coachdesk import __version__
from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.text import set_translator, tr
from coachdesk.services import Desk
from coachdesk.ui import messages
from coachdesk.ui.db_lock import DatabaseLock
from coachdesk.ui.errors import install_exception_hook, setup_logging
from coachdesk.ui.main_window import FILE_FILTER, MainWindow
from coachdesk.ui.settings import remember_file

log = logging.getLogger(__name__)


def make_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("CoachDesk")
    app.setOrganizationName("CoachDesk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("coachdesk")  # Wayland finds the icon through coachdesk.desktop
    app.setWindowIcon(app_icon())
    set_translator(QCoreApplication.translate)
    return app


def app_icon() -> QIcon:
    """The icon in every size, from the package (installed, editable or frozen)."""
    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        icon.addFile(str(files("coachdesk") / "resources" / "icons" / f"coachdesk-{size}.png"))
    return icon


def open_desk(db_path: Path | None, url: str | None
              ) -> tuple[Desk, DatabaseLock | None] | None:
    """Open the database (and lock a file against a second CoachDesk); if it cannot be
    used, say why and offer to choose another."""
    path = db_path
    while True:
        lock = None if url else DatabaseLock(Path(path).expanduser().resolve())
        try:
            if lock is not None:
                lock.acquire()
            desk = Desk.open_url(url) if url else Desk.open(path)
        except (CoachDeskError, OSError) as exc:
            if lock is not None:
                lock.release()
            log.warning("cannot open %s: %s", url or path, exc)
            messages.error(None, str(exc), tr("Cannot open the database"))
            url = None
            chosen, _ = QFileDialog.getOpenFileName(
                None, tr("Open another database"), str(Path(path or Path.home()).parent),
                FILE_FILTER
            )
            if not chosen:
                return None
            path = Path(chosen)
            continue
        if desk.path is not None:
            remember_file(str(desk.path))
        return desk, lock


def run(db_path: Path | None, url: str | None = None) -> int:
    log_file = setup_logging()
    app = make_application()
    install_exception_hook(log_file)
    opened = open_desk(db_path, url)
    if opened is None:
        return 1
    window = MainWindow(*opened)
    window.show()
    try:
        return app.exec()
    finally:
        window.desk.close()
        if window.lock is not None:
            window.lock.release()
