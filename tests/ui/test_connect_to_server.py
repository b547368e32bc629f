"""File → Connect to server…: host, port, database and user open a shared database in the
window; they are remembered for next time, a password never is."""

from sqlalchemy import make_url

from coachdesk import paths
from coachdesk.ui.dialogs.server_dialog import remembered
from tests.ui.helpers import errors_shown, fill, with_dialog


def test_the_window_connects_to_a_server_and_remembers_it_without_a_password(
        qtbot, window, pg_desk_url):
    url = make_url(pg_desk_url)
    seen = {}

    def connect(dialog):
        fill(dialog, host="", database=url.database, user="postgres", port=str(url.port))
        dialog.accept()  # no host: refused beside the field
        seen["errors"] = errors_shown(dialog)
        fill(dialog, host=url.host)
        dialog.accept()

    with_dialog(window.connect_action.trigger, connect)
    assert set(seen["errors"]) == {"host"}
    qtbot.waitUntil(lambda: window.desk.path is None, timeout=10_000)
    assert window.desk.label == pg_desk_url
    assert window.desk.others.shared
    assert remembered() == {"host": url.host, "port": str(url.port),
                            "database": url.database, "user": "postgres"}
    assert "password" not in (paths.config_dir() / "coachdesk.ini").read_text().lower()
    window.close()
    pool = window.desk.db.engine.pool  # the pages' reading beside the window is given back
    qtbot.waitUntil(lambda: pool.checkedout() == 0, timeout=10_000)
    window.desk.close()


def test_a_server_that_cannot_be_used_leaves_the_file_open(qtbot, window, desk, answers,
                                                            pg_desk_url):
    url = make_url(pg_desk_url)

    def connect(dialog):
        fill(dialog, host=url.host, port=str(url.port), database="no_such_database",
             user="postgres")
        dialog.accept()

    with_dialog(window.connect_action.trigger, connect)
    qtbot.waitUntil(lambda: bool(answers["errors"]), timeout=10_000)
    assert "no_such_database" in answers["errors"][-1]
    assert window.desk is desk
