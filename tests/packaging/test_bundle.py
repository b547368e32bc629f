"""The installable application: the icon files, the .desktop file, the AppStream metadata,
the Inno Setup script, and the Linux bundle itself, built with PyInstaller by
packaging/build_linux.sh, unpacked elsewhere and checked with its own self-test.

The build takes about a minute (PyInstaller, then a 80 MB tarball), so the tests that need
it are marked ``bundle``: a plain ``python -m pytest`` leaves them out (pyproject.toml's
addopts); ``python -m pytest -m bundle`` runs them alone, ``-m ""`` with every other test
(the README's command and .ci/run's).
"""

import configparser
import hashlib
import os
import re
import shutil
import struct
import subprocess
import sys
import tarfile
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from coachdesk.ui.pages.catalog import PAGES

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
METAINFO = PACKAGING / "io.github.coachdesk.CoachDesk.metainfo.xml"
DESKTOP = PACKAGING / "linux" / "coachdesk.desktop"
MIGRATIONS = sorted(p.name for p in (ROOT / "coachdesk/storage/migrations/versions").glob("*.py"))


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def no_screen_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in (
        "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "PYTHONPATH", "COACHDESK_DB")}
    return {**env, **extra}


# -- the files, without building ------------------------------------------------------------

def test_icons_come_in_every_size_and_the_package_carries_the_same_ones():
    for size in (16, 32, 48, 64, 128, 256, 512):
        assert png_size((ICONS / f"coachdesk-{size}.png").read_bytes()) == (size, size)
    ET.parse(ICONS / "coachdesk.svg")  # well-formed
    package = ROOT / "coachdesk" / "resources" / "icons"
    for path in package.iterdir():
        assert path.read_bytes() == (ICONS / path.name).read_bytes(), (
            f"{path.name} differs: run python packaging/make_icons.py")


def test_the_ico_holds_png_images_up_to_256():
    data = (ICONS / "coachdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for n in range(count):
        width, height, _, _, planes, bits, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * n: 22 + 16 * n])
        image = data[offset: offset + length]
        assert png_size(image) == (width or 256, height or 256)
        assert (planes, bits) == (1, 32)
        sizes.append(width or 256)
    assert sizes == [16, 32, 48, 64, 128, 256]


def test_the_desktop_file_names_the_command_and_the_icon():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(DESKTOP, encoding="utf-8")
    app = entry["Desktop Entry"]
    assert (app["Type"], app["Name"], app["Exec"], app["Icon"]) == (
        "Application", "CoachDesk", "coachdesk", "coachdesk")
    assert app["Terminal"] == "false"
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(["desktop-file-validate", str(DESKTOP)],
                                capture_output=True, text=True)
        assert result.returncode == 0 and "error" not in result.stdout, result.stdout


def test_the_appstream_metadata_is_valid_and_matches_the_release():
    component = ET.parse(METAINFO).getroot()
    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == "io.github.coachdesk.CoachDesk"
    assert component.findtext("launchable") == DESKTOP.name
    assert component.findtext("icon") == "coachdesk"
    for tag in ("name", "summary", "metadata_license", "project_license", "description"):
        assert component.find(tag) is not None, tag
    assert component.find("releases/release").get("version") == VERSION
    if shutil.which("appstreamcli"):
        result = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)],
                                capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr


def test_the_inno_setup_script_wraps_the_pyinstaller_folder():
    script = (PACKAGING / "windows" / "coachdesk.iss").read_text()
    assert f'#define MyAppVersion "{VERSION}"' in script
    assert r'Source: "{#Root}\dist\CoachDesk\*"' in script
    assert r"SetupIconFile={#Root}\resources\icons\coachdesk.ico" in script
    assert re.search(r'^Name: "\{group\}\\\{#MyAppName\}"; Filename: "\{app\}\\\{#MyAppExe\}"',
                     script, re.M)
    assert "{uninstallexe}" in script
    assert '#define MyAppExe "CoachDesk.exe"' in script
    assert 'executable("CoachDesk", console=False)' in (PACKAGING / "coachdesk.spec").read_text()


REQUIRE_DESKTOP = "COACHDESK_REQUIRE_DESKTOP_LIBRARIES"


# -- the bundle -----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    """Build with packaging/build_linux.sh into a temporary folder; the tarball's path."""
    if not sys.platform.startswith("linux"):
        pytest.skip("the Linux bundle builds on Linux; for Windows see packaging/README.md")
    from coachdesk.ui.desktop_libraries import missing_library

    missing = missing_library()
    if missing and os.environ.get(REQUIRE_DESKTOP) != "1":  # CI installs them: fails there
        pytest.skip(f"{missing} is missing, and the bundle carries this machine's: install "
                    "the packages the README names under Linux desktop libraries")
    out = tmp_path_factory.mktemp("build")
    env = no_screen_env(DIST_DIR=str(out / "dist"), BUILD_DIR=str(out / "work"),
                        PYTHON=sys.executable)
    result = subprocess.run(["bash", str(PACKAGING / "build_linux.sh")], env=env, cwd=ROOT,
                            capture_output=True, text=True, timeout=1200)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    print(result.stdout.splitlines()[-1])  # "Built … in N s"
    tarball = out / "dist" / f"CoachDesk-{VERSION}-linux-x86_64.tar.gz"
    # Half a gigabyte that the checks below do not need: they use the tarball.
    shutil.rmtree(out / "work")
    shutil.rmtree(out / "dist" / tarball.name.removesuffix(".tar.gz"))
    return tarball


@pytest.fixture(scope="module")
def unpacked(bundle, tmp_path_factory) -> Path:
    """The tarball unpacked where nothing of the build is, in a folder with a space."""
    place = tmp_path_factory.mktemp("unpacked") / "my apps"
    place.mkdir()
    with tarfile.open(bundle) as tar:
        tar.extractall(place, filter="tar")
    return place / bundle.name.removesuffix(".tar.gz")


@pytest.mark.bundle
def test_the_tarball_has_its_checksum_and_one_folder(bundle):
    digest, name = Path(f"{bundle}.sha256").read_text().split()
    assert (name, digest) == (bundle.name, hashlib.sha256(bundle.read_bytes()).hexdigest())
    with tarfile.open(bundle) as tar:
        tops = {member.name.split("/")[0] for member in tar.getmembers()}
    assert tops == {bundle.name.removesuffix(".tar.gz")}


@pytest.mark.bundle
def test_the_bundle_carries_the_application_and_what_installs_it(unpacked):
    for name in ("coachdesk", "install.sh", "coachdesk.desktop", METAINFO.name,
                 "icons/coachdesk.svg", "icons/coachdesk-256.png"):
        assert (unpacked / name).is_file(), name
    assert os.access(unpacked / "coachdesk", os.X_OK)
    internal = unpacked / "_internal"
    shipped = sorted(p.name for p in (internal / "coachdesk/storage/migrations/versions")
                     .glob("*.py"))
    assert shipped == [m for m in MIGRATIONS if m != "__init__.py"]
    assert (internal / "coachdesk/storage/migrations/env.py").is_file()
    assert (internal / "coachdesk/resources/icons/coachdesk-32.png").is_file()
    assert (internal / "coachdesk/resources/translations/coachdesk_fi.qm").is_file()
    assert (internal / "coachdesk/resources/translations/coachdesk_sv.qm").is_file()
    assert list((internal / "holidays").rglob("*.mo")), "the holiday names' translations"
    for library in ("libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxkbcommon-x11.so.0"):
        assert list(internal.rglob(library)), f"{library}: Qt's X11 window needs it"


@pytest.mark.bundle
def test_the_frozen_build_passes_its_self_test_without_a_screen(unpacked, tmp_path):
    env = no_screen_env(HOME=str(tmp_path))
    version = subprocess.run([str(unpacked / "coachdesk"), "--version"], env=env,
                             cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert version.stdout.strip() == f"CoachDesk {VERSION}"
    result = subprocess.run([str(unpacked / "coachdesk"), "--self-test"], env=env,
                            cwd=tmp_path, capture_output=True, text=True, timeout=300)
    report = result.stdout + result.stderr
    assert result.returncode == 0, report
    assert "frozen: True, Qt platform: offscreen" in report
    assert "Self-test passed: 9 checks" in report
    assert f"{len(PAGES)} pages" in report  # each page is imported by name: all shipped
    assert not (tmp_path / ".local").exists()  # it never touched the user's data


@pytest.mark.bundle
def test_install_sh_puts_the_menu_entry_icon_and_command_in_place(unpacked, tmp_path):
    env = no_screen_env(HOME=str(tmp_path))
    env.pop("XDG_DATA_HOME", None)
    subprocess.run([str(unpacked / "install.sh")], env=env, check=True, capture_output=True)
    share = tmp_path / ".local" / "share"
    entry = (share / "applications" / "coachdesk.desktop").read_text()
    assert f'Exec="{unpacked}/coachdesk"' in entry
    assert (share / "icons/hicolor/48x48/apps/coachdesk.png").is_file()
    assert (share / "icons/hicolor/scalable/apps/coachdesk.svg").is_file()
    assert (share / "metainfo" / METAINFO.name).is_file()
    command = tmp_path / ".local" / "bin" / "coachdesk"
    result = subprocess.run([str(command), "--version"], env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.stdout.strip() == f"CoachDesk {VERSION}"

    subprocess.run([str(unpacked / "install.sh"), "--uninstall"], env=env, check=True,
                   capture_output=True)
    assert not (share / "applications" / "coachdesk.desktop").exists()
    assert not command.exists()
    assert (unpacked / "coachdesk").is_file()
