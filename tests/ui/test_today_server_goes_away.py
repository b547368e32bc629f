"""Today while the server goes away: no error box, however often it reads; it says once,
in its own note, that the server cannot be reached, keeps what it shows, and reads again
by itself when the server is back. The server is one of the test's own."""

from datetime import date

from coachdesk.domain.calendar import SchoolYearDraft
from coachdesk.domain.schools import SchoolDraft
from coachdesk.services import Desk
from coachdesk.services.server import init_server
from coachdesk.ui.app import make_application
from coachdesk.ui.main_window import MainWindow
from coachdesk.ui.pages.dashboard_page import DashboardPage
from tests.ui.test_server_goes_away import own_server, start_again, stop  # noqa: F401


def shown(page) -> tuple:
    """What Today shows: the attention rules and the setup steps' texts."""
    return ([item.title for item in page.model.items], page.calm.text(),
            page.setup_box.isVisibleTo(page))


def test_today_outlives_the_server_going_away_and_reads_again_when_it_is_back(
        qtbot, own_server, answers):  # noqa: F811
    make_application()
    url = own_server.url(own_server.create())
    init_server(url)
    desk = Desk.open_url(url)
    desk.schools.add(SchoolDraft(name="Korson koulu", kind="primary", language="fi"))
    desk.school_years.create(SchoolYearDraft(2026))  # a term: the charts show
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.others_watch.stop()  # Today's own doing is tested, not the status bar's
    page = window.page(DashboardPage)
    page.pinned_today = date(2026, 10, 1)
    window.show()
    window.nav.setCurrentRow(window.pages.index(page))
    qtbot.waitUntil(lambda: page.charts.isVisibleTo(page) and not page.is_reading(),
                    timeout=30_000)
    before = shown(page)
    note = page.unreachable
    assert not note.isVisibleTo(page)
    pool = desk.db.engine.pool
    qtbot.waitUntil(lambda: pool.checkedout() == 0, timeout=10_000)
    loaded = []
    page.loaded.connect(lambda: loaded.append(True))

    stop(own_server)
    for _ in range(3):  # Refresh pressed again and again: one note, no box
        page.refresh()
        qtbot.waitUntil(lambda: not page.is_reading(), timeout=30_000)
    qtbot.waitUntil(lambda: note.isVisibleTo(page), timeout=30_000)
    assert answers["errors"] == []
    assert "cannot be reached" in note.text()
    assert shown(page) == before and page.charts.isVisibleTo(page)  # what it showed stays
    assert not loaded

    start_again(own_server)
    qtbot.waitUntil(lambda: not note.isVisibleTo(page), timeout=30_000)  # by itself
    qtbot.waitUntil(lambda: bool(loaded), timeout=30_000)
    assert answers["errors"] == [] and shown(page) == before
    window.close()
    qtbot.waitUntil(lambda: pool.checkedout() == 0, timeout=10_000)
    desk.close()
