"""Starting the window on a Linux desktop that lacks a library of Qt's X11 plugin: a clear
message naming the package to install, not Qt's abort."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from coachdesk.ui.desktop_libraries import DEBIAN_PACKAGES, PACKAGES, missing_library, uses_xcb

ROOT = Path(__file__).resolve().parents[1]


def test_the_check_runs_only_where_qt_starts_on_x11(monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    assert uses_xcb({"DISPLAY": ":0"})
    assert uses_xcb({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"})
    assert not uses_xcb({"QT_QPA_PLATFORM": "offscreen"})
    assert not uses_xcb({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"})
    assert not uses_xcb({"QT_QPA_PLATFORM": "wayland;xcb"})
    monkeypatch.setattr(sys, "platform", "win32")
    assert not uses_xcb({"DISPLAY": ":0"})


def test_every_package_the_readme_names_is_known():
    readme = (ROOT / "README.md").read_text()
    assert f"sudo apt install {DEBIAN_PACKAGES}" in readme
    assert set(DEBIAN_PACKAGES.split()) <= set(PACKAGES.values())


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux desktops only")
def test_a_missing_library_is_named_with_its_package(tmp_path):
    missing = missing_library()
    if missing is None:
        pytest.skip("every library of Qt's X11 plugin is installed here: none is missing "
                    "to start without (a container without libxcb-icccm4 has one)")
    env = {k: v for k, v in os.environ.items()
           if k not in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "COACHDESK_DB")}
    env.update(DISPLAY=":0", QT_QPA_PLATFORM="xcb", COACHDESK_HOME=str(tmp_path),
               PYTHONPATH=str(ROOT), LANGUAGE="en")
    result = subprocess.run(
        [sys.executable, "-m", "coachdesk", "--lang", "en", "--db",
         str(tmp_path / "coachdesk.sqlite3")],
        env=env, cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2, result.stderr
    said = result.stderr.strip()
    assert said.startswith(f"coachdesk: The window cannot start: the system library {missing}")
    assert f"(package {PACKAGES[missing]})" in said
    assert f"sudo apt install {DEBIAN_PACKAGES}" in said
    assert "platform plugin" not in said and "Traceback" not in said
    assert not (tmp_path / "coachdesk.sqlite3").exists()  # nothing was started
