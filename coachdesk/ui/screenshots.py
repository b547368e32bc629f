"""Render every page and the main dialogs offscreen into PNG files.

    python -m coachdesk.ui.screenshots OUT_DIR [--db PATH] [--lang fi|sv|en]

Without --db, a small demo municipality is generated into a temporary file, in the
language of the window.
"""

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from coachdesk import i18n  # noqa: E402
from coachdesk.domain.language import ENGLISH, LANGUAGES  # noqa: E402
from coachdesk.domain.text import tr  # noqa: E402
from coachdesk.services import Desk  # noqa: E402
from coachdesk.ui.app import make_application  # noqa: E402
from coachdesk.ui.dialogs.about_dialog import AboutDialog  # noqa: E402
from coachdesk.ui.dialogs.school_dialog import school_draft, school_fields  # noqa: E402
from coachdesk.ui.main_window import MainWindow  # noqa: E402
from coachdesk.ui.pages.catalog import PAGES  # noqa: E402
from coachdesk.ui.widgets.form import FormDialog, problems_of  # noqa: E402

SIZE = (1280, 800)


def _grab(widget: QWidget, path: Path) -> None:
    widget.show()
    for _ in range(3):
        QApplication.processEvents()
    widget.grab().save(str(path))
    print(path)


def _wait_loaded(page: QWidget) -> None:
    """A page that reads beside the window (Today) is shot once its figures are in."""
    loaded = getattr(page, "loaded", None)
    if loaded is None or not getattr(page, "is_reading", lambda: False)():
        return
    loop = QEventLoop()
    loaded.connect(loop.quit)
    QTimer.singleShot(30_000, loop.quit)
    loop.exec()


def render_all(desk: Desk, out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    window = MainWindow(desk)
    window.resize(*SIZE)
    shots: list[Path] = []
    for row, page in enumerate(window.pages):
        window.nav.setCurrentRow(row)
        if getattr(page, "list", None) is not None:
            page.list.view.selectRow(0)
        _wait_loaded(page)
        path = out / f"page-{row + 1}-{PAGES[row].slug}.png"
        _grab(window, path)
        shots.append(path)

    form = FormDialog(window, tr("New school"), school_fields(), {},
                      lambda values: desk.schools.add(school_draft(values)), "school_dialog_shot",
                      check=problems_of(school_draft))
    for key, typed in (("principal_email", "rehtori(at)koulu.fi"), ("teacher_count", "-3")):
        form.set_value(key, typed)
    form.accept()  # the real service refuses: the messages appear beside the fields
    shots.append(out / "dialog-school-errors.png")
    _grab(form, shots[-1])
    form.reject()
    about = AboutDialog(desk.label, window)
    shots.append(out / "dialog-about.png")
    _grab(about, shots[-1])
    window.close()
    return shots


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--lang", choices=LANGUAGES, default=ENGLISH,
                        help="the window's language (default: English)")
    args = parser.parse_args(argv)
    os.environ.setdefault("COACHDESK_HOME", tempfile.mkdtemp(prefix="coachdesk-shots-"))
    i18n.install(args.lang)
    make_application()
    if args.db:
        desk = Desk.open(args.db)
    else:
        from coachdesk.services.demo import fill_demo_data

        desk = Desk.open(Path(tempfile.mkdtemp()) / "demo.sqlite3")
        fill_demo_data(desk, "small")
    with desk:
        render_all(desk, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
