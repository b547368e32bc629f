#!/usr/bin/env bash
# Build CoachDesk for Linux with PyInstaller: the folder dist/CoachDesk-VERSION-linux-ARCH/
# (the application, coachdesk.desktop, the AppStream metadata, the icons and install.sh),
# the tarball of it beside it with its SHA-256, and a self-test of the frozen build.
#
#     python3 -m pip install ".[test]"    # CoachDesk and PyInstaller
#     packaging/build_linux.sh
#
# DIST_DIR and BUILD_DIR move the output and work folders, PYTHON picks the interpreter,
# SKIP_SELF_TEST=1 leaves the check out.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
python=${PYTHON:-python3}
dist=${DIST_DIR:-$root/dist}
work=${BUILD_DIR:-$root/build}

if ! "$python" -c "import PyInstaller" 2>/dev/null; then
    echo "build_linux.sh: PyInstaller is missing: python3 -m pip install '.[test]'" >&2
    exit 1
fi
# The bundle carries the libraries of Qt's X11 plugin from this machine: all must be here.
if ! "$python" -c "import sys
from coachdesk.ui.desktop_libraries import missing_library
missing = missing_library()
if missing:
    sys.exit(f'build_linux.sh: {missing} is missing here, and the bundle would lack it: '
             'install the packages the README names under Linux desktop libraries')"; then
    exit 1
fi
version=$("$python" -c 'import sys, tomllib
print(tomllib.load(open(sys.argv[1], "rb"))["project"]["version"])' "$root/pyproject.toml")
name=CoachDesk-$version-linux-$(uname -m)
app=$dist/$name

started=$(date +%s)
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$dist" --workpath "$work" "$root/packaging/coachdesk.spec"
rm -rf "$app"
mv "$dist/CoachDesk" "$app"

install -m 644 "$root/packaging/linux/coachdesk.desktop" \
    "$root/packaging/io.github.coachdesk.CoachDesk.metainfo.xml" "$app/"
install -m 755 "$root/packaging/linux/install.sh" "$app/"
mkdir -p "$app/icons"
install -m 644 "$root/resources/icons/coachdesk.svg" "$root"/resources/icons/coachdesk-*.png \
    "$app/icons/"

if [ "${SKIP_SELF_TEST:-0}" != 1 ]; then
    # No screen needed: the self-test chooses the offscreen platform itself.
    env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM -u PYTHONPATH "$app/coachdesk" \
        --self-test
fi

tar -C "$dist" -czf "$dist/$name.tar.gz" "$name"
(cd "$dist" && sha256sum "$name.tar.gz" > "$name.tar.gz.sha256")
echo "Built $dist/$name.tar.gz ($(du -h "$dist/$name.tar.gz" | cut -f1), unpacked" \
     "$(du -sh "$app" | cut -f1)) in $(( $(date +%s) - started )) s"
