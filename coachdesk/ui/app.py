"""Start the window: application object, translator, error hook, the first database."""

import sys
from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from coachdesk import __version__, i18n
from coachdesk.domain.language import current_language
from coachdesk.ui.collector import collect_on_the_windows_thread
from coachdesk.ui.desktop_libraries import check_desktop_libraries
from coachdesk.ui.errors import install_exception_hook, setup_logging
from coachdesk.ui.formatting import install_formats
from coachdesk.ui.main_window import MainWindow


def make_application() -> QApplication:
    running = QApplication.instance()
    app = running if isinstance(running, QApplication) else QApplication(sys.argv)
    app.setApplicationName("CoachDesk")
    app.setOrganizationName("CoachDesk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("coachdesk")  # Wayland finds the icon through coachdesk.desktop
    app.setWindowIcon(app_icon())
    use_language(app, current_language())
    install_formats()
    collect_on_the_windows_thread()
    return app


# Finland's Finnish and Swedish: the window's month and day names, weeks from Monday.
LOCALES = {"fi": "fi_FI", "sv": "sv_FI"}
_translators: list[QTranslator] = []  # installed now, kept alive while they are


def use_language(app: QApplication, language: str) -> None:
    """Speak ``language`` in every layer, Qt's own buttons, dialogs, month and day names
    included (widgets made from now on)."""
    i18n.install(language)
    QLocale.setDefault(QLocale(LOCALES[language]) if language in LOCALES
                       else QLocale.system())
    for translator in _translators:
        app.removeTranslator(translator)
    _translators[:] = i18n.qt_translators(language)
    for translator in _translators:
        app.installTranslator(translator)


def app_icon() -> QIcon:
    """The icon in every size, from the package (installed, editable or frozen)."""
    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        icon.addFile(str(files("coachdesk") / "resources" / "icons" / f"coachdesk-{size}.png"))
    return icon


def start_window(db_path: Path | None, url: str | None = None) -> MainWindow:
    """The main window on screen at once, the database opening beside it."""
    window = MainWindow()
    window.show()
    window.open_file(db_path, url)
    return window


def run(db_path: Path | None, url: str | None = None) -> int:
    check_desktop_libraries()  # before Qt, which would abort with a message nobody can use
    log_file = setup_logging()
    app = make_application()
    install_exception_hook(log_file)
    window = start_window(db_path, url)
    try:
        code = app.exec()
    finally:
        if window.desk is not None:
            window.desk.close()
        if window.lock is not None:
            window.lock.release()
    return code if window.desk is not None else 1  # no database could be opened
