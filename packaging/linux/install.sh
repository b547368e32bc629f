#!/bin/sh
# Install CoachDesk for this user, from the unpacked folder (which stays where it is):
# the menu entry, the icon, the AppStream metadata and the `coachdesk` command.
#
#     ./install.sh              install (again after moving the folder)
#     ./install.sh --uninstall  remove them again; your data file is not touched
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
bin=$HOME/.local/bin
sizes="16 32 48 64 128 256 512"

refresh() {
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$data/applications" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -f -t "$data/icons/hicolor" 2>/dev/null || true
    fi
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$data/applications/coachdesk.desktop" \
          "$data/metainfo/io.github.coachdesk.CoachDesk.metainfo.xml" \
          "$data/icons/hicolor/scalable/apps/coachdesk.svg"
    for size in $sizes; do
        rm -f "$data/icons/hicolor/${size}x${size}/apps/coachdesk.png"
    done
    if [ -L "$bin/coachdesk" ]; then
        rm -f "$bin/coachdesk"
    fi
    refresh
    echo "CoachDesk is removed from the menu. Your data is where it was."
    exit 0
fi

if [ ! -x "$here/coachdesk" ]; then
    echo "install.sh: run me from the unpacked CoachDesk folder ($here/coachdesk is missing)" >&2
    exit 1
fi

# The menu entry starts this folder's coachdesk; Exec quotes the path as the spec asks.
quoted=$(printf '%s' "$here/coachdesk" | sed -e 's/[\\"`$]/\\\\&/g')
mkdir -p "$data/applications"
sed -e "s|^Exec=.*|Exec=\"$(printf '%s' "$quoted" | sed -e 's/[|&]/\\&/g')\"|" \
    "$here/coachdesk.desktop" > "$data/applications/coachdesk.desktop"
chmod 644 "$data/applications/coachdesk.desktop"

for size in $sizes; do
    mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
    cp "$here/icons/coachdesk-$size.png" "$data/icons/hicolor/${size}x${size}/apps/coachdesk.png"
done
mkdir -p "$data/icons/hicolor/scalable/apps" "$data/metainfo"
cp "$here/icons/coachdesk.svg" "$data/icons/hicolor/scalable/apps/coachdesk.svg"
cp "$here/io.github.coachdesk.CoachDesk.metainfo.xml" "$data/metainfo/"

# The command, for the sub-commands (coachdesk --help), unless another one is there.
mkdir -p "$bin"
if [ ! -e "$bin/coachdesk" ] || [ -L "$bin/coachdesk" ]; then
    ln -sf "$here/coachdesk" "$bin/coachdesk"
fi
refresh
echo "CoachDesk is in your applications menu; the command is $bin/coachdesk."
