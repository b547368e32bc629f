"""The system libraries a Linux desktop needs for Qt's X11 platform plugin ("xcb").

Without one of them (libxcb-cursor0 on a fresh Ubuntu, say) Qt aborts at start with
"Could not load the Qt platform plugin "xcb"", which no user can act on. Before the
window starts, the plugin's own library is loaded the way Qt will load it: a missing
library is then named with the package that holds it. The bundle carries these libraries
(PyInstaller collects them from the build machine, which packaging/build_linux.sh checks),
so this speaks only to a `python3 -m coachdesk` on a desktop that lacks them.
"""

import ctypes
import os
import re
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo

from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.text import tr

XCB_LIBRARY = "libQt6XcbQpa.so.6"  # what the xcb plugin links against: its dependencies

# The libraries Qt's xcb plugin loads that a desktop may lack, with the Debian/Ubuntu
# package of each (the README lists them, and the Fedora names).
PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-render.so.0": "libxcb-render0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
}
# What one apt command installs on a Debian or Ubuntu desktop that lacks them.
DEBIAN_PACKAGES = ("libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 "
                   "libxcb-render-util0 libxkbcommon-x11-0 libxcb-xkb1 libxcb-shape0 libegl1")
MISSING = re.compile(r"([\w.+-]+\.so[\w.]*): cannot open shared object file")


def uses_xcb(environ: dict[str, str] | None = None) -> bool:
    """Whether Qt will start on X11 here: Linux, and no other platform asked for (a
    Wayland session picks Wayland first)."""
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux"):
        return False
    asked = env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if asked:
        return asked == "xcb"
    return not env.get("WAYLAND_DISPLAY")


def missing_library() -> str | None:
    """The first system library the xcb plugin cannot load, or None if it loads (or this
    Qt has no such library to try)."""
    library = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.LibrariesPath)) / XCB_LIBRARY
    if not library.is_file():
        return None
    try:
        ctypes.CDLL(str(library))
    except OSError as exc:
        found = MISSING.search(str(exc))
        return found.group(1) if found else str(exc)
    return None


def check_desktop_libraries() -> None:
    """Refuse to start, saying what to install, when Qt would abort for a missing library."""
    if not uses_xcb():
        return
    missing = missing_library()
    if missing is None:
        return
    package = PACKAGES.get(missing)
    raise CoachDeskError(
        (tr("The window cannot start: the system library {library} (package {package}) is "
            "missing.").format(library=missing, package=package) if package else
         tr("The window cannot start: the system library {library} is missing.").format(
             library=missing))
        + " " + tr("On Debian or Ubuntu install what the window needs with: sudo apt install "
                   "{packages} — then start CoachDesk again. The README lists them for "
                   "other systems.").format(packages=DEBIAN_PACKAGES))
