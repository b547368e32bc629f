"""``coachdesk server init`` and ``coachdesk copy`` as a coordinator types them."""

import os
import subprocess
import sys
from pathlib import Path

from coachdesk.cli import main
from coachdesk.domain.schools import SchoolDraft
from coachdesk.services import Desk

ROOT = Path(__file__).resolve().parents[1]


def test_server_init_sets_up_once_and_says_so(pg_url, capsys):
    assert main(["server", "init", "--url", pg_url]) == 0
    assert "set up for CoachDesk" in capsys.readouterr().out
    assert main(["server", "init", "--url", pg_url]) == 0
    assert "nothing to do" in capsys.readouterr().out


def test_a_laptop_moves_to_the_server_and_back(pg_url, tmp_path, capsys):
    laptop = tmp_path / "laptop.sqlite3"
    with Desk.open(laptop) as desk:
        desk.schools.add(SchoolDraft(name="Korson koulu"))
    assert main(["copy", "--from", str(laptop), "--to", pg_url]) == 0
    out = capsys.readouterr().out
    assert "schools: 1" in out and f"to {pg_url}" in out
    offline = tmp_path / "offline.sqlite3"
    assert main(["copy", "--from", pg_url, "--to", str(offline)]) == 0
    with Desk.open_for_reading(offline) as desk:
        assert [name for _, name in desk.schools.choices()] == ["Korson koulu"]
    # once more into the same server: refused, it is not empty
    assert main(["copy", "--from", str(laptop), "--to", pg_url]) == 2
    assert "already holds CoachDesk data" in capsys.readouterr().err


def test_a_password_on_the_command_line_is_refused(capsys):
    assert main(["server", "init", "--url", "postgresql://pia:kahvi@db.vantaa.fi/cd"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("coachdesk: Leave the password out of the URL")
    assert "Traceback" not in err


def test_without_the_driver_the_message_says_what_to_install(tmp_path):
    # A Python where psycopg cannot be imported, as after a plain "pip install coachdesk".
    script = ("import sys; sys.modules['psycopg'] = None; from coachdesk.cli import main; "
              "sys.exit(main(['server', 'init', '--url', 'postgresql://pia@localhost/cd']))")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          cwd=ROOT, env={**os.environ, "COACHDESK_HOME": str(tmp_path)},
                          timeout=60)
    assert done.returncode == 2
    assert 'pip install "coachdesk[server]"' in done.stderr
    assert "Traceback" not in done.stderr
