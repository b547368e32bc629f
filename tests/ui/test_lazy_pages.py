"""The main window builds each page the first time it is shown or asked for."""

import os
import subprocess
import sys

from coachdesk.domain.kinds import RecordKind
from coachdesk.services import Desk
from coachdesk.ui.pages.catalog import PAGES, page_class, title_of


def test_the_page_table_names_each_page_and_every_kind_has_a_home():
    for row, entry in enumerate(PAGES):
        assert page_class(row).__name__ == entry.class_name
        assert title_of(page_class(row)) == entry.title()
    assert {kind for entry in PAGES for kind in entry.home_of} == set(RecordKind) - {
        RecordKind.SETTING, RecordKind.TEMPLATE, RecordKind.HISTORY}  # no page of their own


def test_only_the_first_page_is_built_at_start(window):
    assert [type(p).__name__ for p in window.pages.built()] == ["DashboardPage"]
    assert window.stack.count() == len(PAGES)


def test_a_page_is_built_when_shown_and_kept(window):
    window._go(2)
    teachers = window.current_page()
    assert type(teachers).__name__ == "TeachersPage"
    assert window.stack.currentWidget().widget() is teachers  # inside its scroller
    window._go(1)
    window._go(2)
    assert window.current_page() is teachers
    assert window.pages.index(teachers) == 2


def test_page_by_class_builds_it_without_showing_it(window):
    from coachdesk.ui.pages.reports_page import ReportsPage

    reports = window.page(ReportsPage)
    assert isinstance(reports, ReportsPage)
    assert window.stack.currentIndex() == 0
    assert type(window.current_page()).__name__ == "DashboardPage"
    assert window.page(ReportsPage) is reports


def test_starting_the_window_imports_neither_alembic_nor_openpyxl(db_path):
    """What start-up on a file at the head revision leaves for later: migrations, Excel,
    calendars, QR codes."""
    Desk.open(db_path).close()  # a new file: created (and stamped) with Alembic
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from coachdesk.ui.app import make_application\n"
        "from coachdesk.services import Desk\n"
        "from coachdesk.ui.main_window import MainWindow\n"
        "app = make_application()\n"
        "desk = Desk.open(Path(sys.argv[1]))\n"
        "window = MainWindow(desk)\n"
        "window.show()\n"
        "app.processEvents()\n"
        "print(sorted({m.split('.')[0] for m in sys.modules}\n"
        "             & {'alembic', 'openpyxl', 'icalendar', 'segno'}))\n"
        "window.close()\n"
        "desk.close()\n"
    )
    done = subprocess.run([sys.executable, "-c", script, str(db_path)], capture_output=True,
                          text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"
