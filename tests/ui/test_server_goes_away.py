"""A server that goes away in the middle of the window's work: said once in the status
bar and at the action that failed, nothing half-written, the window keeps what it shows,
and CoachDesk reconnects by itself when the server is back. The server here is one of
the test's own (the shared test server stays up for the others)."""

import os
import pwd
import shutil
import tempfile
from dataclasses import replace
from pathlib import Path

import pytest

from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.schools import SchoolDraft
from coachdesk.services import Desk
from coachdesk.services.server import init_server
from coachdesk.ui.app import make_application
from coachdesk.ui.main_window import MainWindow
from coachdesk.ui.operations import perform
from coachdesk.ui.pages.schools_page import SchoolsPage
from tests.postgres import PostgresServer


@pytest.fixture
def own_server(postgres):
    """A second PostgreSQL server (the session's one proves PostgreSQL is there)."""
    user = pwd.getpwnam("postgres") if os.geteuid() == 0 else None
    folder = Path(tempfile.mkdtemp(prefix="coachdesk-pg-away-"))
    if user is not None:
        os.chown(folder, user.pw_uid, user.pw_gid)
    server = PostgresServer(postgres.bin_dir, folder, user.pw_name if user else None)
    server.start()
    yield server
    server.stop()
    shutil.rmtree(folder, ignore_errors=True)


def stop(server: PostgresServer) -> None:
    server._run("pg_ctl", "-D", str(server.data), "-m", "fast", "-w", "stop")


def start_again(server: PostgresServer) -> None:
    server._run("pg_ctl", "-D", str(server.data), "-l", str(server.folder / "server.log"),
                "-o", f"-p {server.port}", "-w", "-t", "60", "start")


def names(page) -> list[str]:
    model = page.list.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_the_window_outlives_the_server_going_away_and_coming_back(qtbot, own_server,
                                                                   answers):
    # answers: a page reading beside the window meanwhile (Today) says its own failure
    make_application()
    url = own_server.url(own_server.create())
    init_server(url)
    desk = Desk.open_url(url)
    school = desk.schools.add(SchoolDraft(name="Korson koulu", kind="primary", language="fi"))
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    page = window.page(SchoolsPage)
    window.nav.setCurrentRow(window.pages.index(page))
    qtbot.waitUntil(lambda: names(page) == ["Korson koulu"])
    pool = desk.db.engine.pool
    qtbot.waitUntil(lambda: pool.checkedout() == 0, timeout=10_000)
    said = []
    window.statusBar().messageChanged.connect(lambda text: text and said.append(text))

    stop(own_server)
    for _ in range(2):  # said once, however often the window looks
        window.others_watch.poll()
        pending = window.others_watch._pending
        qtbot.waitUntil(pending.done, timeout=30_000)
        qtbot.wait(50)
    assert len([s for s in said if "cannot be reached" in s]) == 1
    draft = desk.schools.draft  # read before: the form's values stay in the form
    with pytest.raises(CoachDeskError) as failed:
        perform(lambda: desk.schools.update(school, SchoolDraft(
            name="Korson koulu", kind="primary", language="fi", notes="kesken")))
    assert "cannot use the database server" in str(failed.value)
    assert names(page) == ["Korson koulu"]  # what was shown stays

    start_again(own_server)
    window.others_watch.poll()
    qtbot.waitUntil(window.others_watch._pending.done, timeout=30_000)
    qtbot.waitUntil(lambda: any("answers again" in s for s in said), timeout=5_000)
    assert draft(school).notes == ""  # nothing half-written
    desk.schools.update(school, replace(draft(school), notes="valmis"))  # reconnected
    assert desk.schools.draft(school).notes == "valmis"
    window.close()
    qtbot.waitUntil(lambda: pool.checkedout() == 0, timeout=10_000)
    desk.close()
