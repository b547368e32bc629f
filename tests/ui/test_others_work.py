"""On a shared server the other coordinators' saves appear in the window within a few
seconds, keeping what the user selected; a server gone away is said once."""

from coachdesk.domain.schools import SchoolDraft
from coachdesk.services import Desk
from coachdesk.ui.app import make_application
from coachdesk.ui.main_window import MainWindow
from coachdesk.ui.pages.schools_page import SchoolsPage


def names(page) -> list[str]:
    model = page.list.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def looked(qtbot, window) -> None:
    """One look at the others' work, done and delivered."""
    window.others_watch.poll()
    pending = window.others_watch._pending
    qtbot.waitUntil(lambda: pending.done(), timeout=5000)
    qtbot.wait(50)  # the result reaches the window through its event loop


def test_another_coordinators_school_appears_and_my_selection_stays(qtbot, pg_desk_url):
    make_application()
    with Desk.open_url(pg_desk_url) as mine, Desk.open_url(pg_desk_url) as theirs:
        kept = mine.schools.add(SchoolDraft(name="Korson koulu", kind="primary",
                                            language="fi"))
        window = MainWindow(mine)
        qtbot.addWidget(window)
        window.show()
        page = window.page(SchoolsPage)
        window.nav.setCurrentRow(window.pages.index(page))
        qtbot.waitUntil(lambda: names(page) == ["Korson koulu"])
        assert page.list.select_id(kept)
        looked(qtbot, window)  # the first look only counts

        theirs.schools.add(SchoolDraft(name="Ankkurin koulu", kind="primary", language="fi"))
        looked(qtbot, window)
        qtbot.waitUntil(lambda: names(page) == ["Ankkurin koulu", "Korson koulu"])
        assert page.list.selected_id() == kept
        window.close()
        pool = mine.db.engine.pool  # the pages' reading beside the window is given back
        qtbot.waitUntil(lambda: pool.checkedout() == 0, timeout=10_000)


def test_a_file_is_not_watched(qtbot, desk):
    make_application()
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.others_watch.poll()
    assert window.others_watch._pending is None
    window.close()
