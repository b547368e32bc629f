"""Render the application icon from resources/icons/coachdesk.svg.

    python packaging/make_icons.py

Writes resources/icons/coachdesk-SIZE.png for every size, resources/icons/coachdesk.ico
(the PNGs up to 256 embedded, as Windows Vista and later read them) and copies the SVG
and the PNGs the window uses into coachdesk/resources/icons, where the installed and the
frozen application find them. Run it again after changing the SVG and commit the files.
"""

import os
import shutil
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "icons"
PACKAGE = ROOT / "coachdesk" / "resources" / "icons"
SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 32, 48, 64, 128, 256)  # an .ico entry is at most 256 pixels wide
WINDOW_SIZES = ICO_SIZES  # what QIcon gets in the application


def render(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def ico(pngs: dict[int, bytes]) -> bytes:
    """An ICO file whose images are PNGs: a header, one directory entry per image."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, images = b"", b""
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        images += png
        offset += len(png)
    return header + entries + images


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv)
    renderer = QSvgRenderer(str(SOURCE / "coachdesk.svg"))
    if not renderer.isValid():
        print("coachdesk.svg is not a valid SVG", file=sys.stderr)
        return 1
    pngs = {size: render(renderer, size) for size in SIZES}
    PACKAGE.mkdir(parents=True, exist_ok=True)
    for size, png in pngs.items():
        (SOURCE / f"coachdesk-{size}.png").write_bytes(png)
        if size in WINDOW_SIZES:
            (PACKAGE / f"coachdesk-{size}.png").write_bytes(png)
    (SOURCE / "coachdesk.ico").write_bytes(ico({s: pngs[s] for s in ICO_SIZES}))
    shutil.copyfile(SOURCE / "coachdesk.svg", PACKAGE / "coachdesk.svg")
    print(f"wrote {len(SIZES)} PNGs, coachdesk.ico and the package copies")
    return 0


if __name__ == "__main__":
    sys.exit(main())
