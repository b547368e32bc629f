"""The first start on a new laptop: ``python -m coachdesk``, as the README says, from a
home with no CoachDesk folder at all makes the data folder and the database, both
private, and opens the window on them."""

import os
import sqlite3
import stat
import sys

import pytest

from coachdesk.storage import schema
from tests.window_process import WindowProcess, environment

pytestmark = pytest.mark.skipif(sys.platform != "linux",
                                reason="the folders named here are Linux's")


def test_the_first_start_makes_the_private_data_folder_and_database(tmp_path):
    home = tmp_path / "new-laptop"
    home.mkdir()
    env = environment(HOME=str(home))
    for name in list(env):  # nothing chosen for it: the defaults of a new user
        if name.startswith(("COACHDESK_", "XDG_")):
            del env[name]
    data = home / ".local" / "share" / "CoachDesk"
    database = data / "coachdesk.sqlite3"
    log_file = home / ".local" / "state" / "CoachDesk" / "log" / "coachdesk.log"

    window = WindowProcess(log_file, env=env)
    try:
        window.wait_until_open(database)
    finally:
        window.stop()

    assert "already open" not in window.log()
    assert stat.S_IMODE(os.stat(data).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(database).st_mode) == 0o600
    conn = sqlite3.connect(database)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (schema.head_revision(),)]
    finally:
        conn.close()
