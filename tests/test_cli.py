import os
import stat
import subprocess
import sys

import pytest

from coachdesk import __version__
from coachdesk.cli import main


def test_version(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_console_script_module_entry_point():
    out = subprocess.run(
        [sys.executable, "-m", "coachdesk", "--version"], capture_output=True, text=True,
        check=True,
    )
    assert out.stdout.strip() == f"CoachDesk {__version__}"


def test_demo_data_refuses_a_foreign_file_with_a_clear_message(tmp_path, capsys):
    junk = tmp_path / "notes.sqlite3"
    junk.write_text("not a database")
    assert main(["demo-data", "--db", str(junk)]) == 2
    err = capsys.readouterr().err
    assert "is not a CoachDesk database" in err
    assert "Traceback" not in err
    assert junk.read_text() == "not a database"


def test_demo_data_small_fills_a_new_private_file(tmp_path, capsys):
    target = tmp_path / "new" / "demo.sqlite3"
    assert main(["demo-data", "--db", str(target), "--scale", "small"]) == 0
    out = capsys.readouterr().out
    assert "Schools: " in out
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(target.parent).st_mode) == 0o700


def test_demo_data_counts_in_the_language_chosen(tmp_path, capsys):
    assert main(["--lang", "sv", "demo-data", "--db", str(tmp_path / "demo.sqlite3")]) == 0
    out = capsys.readouterr().out
    assert "Skolor: " in out and "Lärare: " in out and "schools" not in out
