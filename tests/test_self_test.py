"""``coachdesk self-test`` / ``--self-test``: a round of the services and the window that
passes on a whole installation, names what failed otherwise, and leaves no files behind."""

import os
import subprocess
import sys
from pathlib import Path

from coachdesk import self_test
from coachdesk.cli import _parser, main

ROOT = Path(__file__).resolve().parents[1]
PNG = b"\x89PNG\r\n\x1a\n"


def test_self_test_passes_and_keeps_its_files_when_asked(tmp_path, capsys, coachdesk_home):
    assert main(["self-test", "--out", str(tmp_path / "out")]) == 0
    report = capsys.readouterr().out
    assert "Self-test passed: 9 checks" in report
    assert "FAILED" not in report
    out = tmp_path / "out"
    assert (out / "main-window.png").read_bytes().startswith(PNG)
    assert (out / "school-report.xlsx").stat().st_size > 0
    assert b"BEGIN:VCALENDAR" in (out / "tutor.ics").read_bytes()
    assert os.environ["COACHDESK_HOME"] == str(coachdesk_home)  # put back as it was


def test_the_flag_and_the_sub_command_run_the_same_check():
    assert _parser().parse_args(["--self-test"]).run is self_test.run_self_test
    assert _parser().parse_args(["self-test"]).run is self_test.run_self_test


def test_a_failure_is_named_and_exits_1(monkeypatch, capsys, tmp_path):
    def broken(self):
        raise OSError("disk full")

    monkeypatch.setattr(self_test.SelfTest, "excel_report", broken)
    monkeypatch.setattr(self_test.tempfile, "mkdtemp", lambda prefix: str(tmp_path / "t"))
    assert main(["--self-test"]) == 1
    report = capsys.readouterr().out
    assert "FAILED  an Excel report: OSError: disk full" in report
    assert "Self-test FAILED: an Excel report" in report
    assert "the main window" not in report  # the round stops at the first failure
    assert not (tmp_path / "t").exists()  # the temporary folder is removed


def test_without_a_screen_it_chooses_offscreen_itself(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["COACHDESK_HOME"] = str(tmp_path / "home")
    env["PYTHONPATH"] = str(ROOT)  # this checkout, whatever else is installed
    result = subprocess.run([sys.executable, "-m", "coachdesk", "--self-test"], env=env,
                            cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Qt platform: offscreen" in result.stdout
    assert "platform offscreen" in result.stdout
    assert not (tmp_path / "home").exists()  # the user's home is never touched
