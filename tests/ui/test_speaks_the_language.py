"""Every page in Finnish and in Swedish on the demo data: no English source text shows."""

from datetime import date

import pytest
from PySide6.QtCore import QEventLoop, QTimer

from coachdesk.domain.language import current_language
from coachdesk.services.demo import fill_demo_data
from coachdesk.ui.app import make_application, use_language
from coachdesk.ui.language_menu import NAMES
from coachdesk.ui.main_window import MainWindow
from coachdesk.ui.pages.catalog import PAGES
from tests.prepared import open_copy
from tests.ui.speech import english_in, shown_texts

TODAY = date(2026, 11, 16)


@pytest.fixture(params=["fi", "sv"])
def speaking(request, qtbot, migrated_template, tmp_path, answers):
    app = make_application()
    before = current_language()
    use_language(app, request.param)
    desk = open_copy(migrated_template, tmp_path / "demo.sqlite3")
    fill_demo_data(desk, "small", today=TODAY, language=request.param)
    yield request.param, desk
    desk.close()
    use_language(app, before)


def _settled(page) -> None:
    if getattr(page, "is_reading", lambda: False)():
        loop = QEventLoop()
        page.loaded.connect(loop.quit)
        QTimer.singleShot(10_000, loop.quit)
        loop.exec()


def test_every_page_speaks_the_language(speaking, qtbot):
    language, desk = speaking
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    leaks = {}
    for row, entry in enumerate(PAGES):
        window.nav.setCurrentRow(row)
        page = window.current_page()
        _settled(page)
        if getattr(page, "list", None) is not None:
            page.list.view.selectRow(0)
        # File ▸ Language names each language in itself ("English" in a Finnish window).
        texts = [t for t in shown_texts(window) if t not in NAMES.values()]
        english = english_in(texts, language)
        if english:
            leaks[entry.slug] = english
    assert not leaks, leaks
