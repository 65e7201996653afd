"""Render the app icon from resources/ssrdesk.svg into every file a platform wants.

    .venv/bin/python resources/make_icons.py

writes
  ssrdesk/icons/ssrdesk-<N>.png   N = 16 … 512: the window icon (ssrdesk.resources.app_icon_paths())
                                  and Linux's hicolor theme sizes
  ssrdesk/icons/ssrdesk.svg       the scalable icon (hicolor/scalable)
  resources/ssrdesk.ico           Windows: the .exe, the installer and its shortcuts (16 … 256)
  resources/ssrdesk.icns          macOS: the .app bundle (16 … 1024, Retina sizes included)

The SVG is drawn by Qt's own SVG renderer (QtSvg is part of PySide6-Essentials); Pillow (installed with
reportlab) packs the .ico and .icns. On a Mac, `iconutil` gives the same .icns from an .iconset folder
of these PNGs; Pillow's is used so that any platform can rebuild every file.
"""

from __future__ import annotations

import io
import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SOURCE = HERE / "ssrdesk.svg"
PACKAGE_ICONS = ROOT / "ssrdesk" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return Image.open(io.BytesIO(bytes(data))).convert("RGBA")


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (QPainter needs it)
    app.setApplicationName("ssrdesk")
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"cannot read {SOURCE}", file=sys.stderr)
        return 1
    images = {size: render(renderer, size) for size in sorted({*PNG_SIZES, *ICO_SIZES, *ICNS_SIZES})}
    PACKAGE_ICONS.mkdir(exist_ok=True)
    for size in PNG_SIZES:
        images[size].save(PACKAGE_ICONS / f"ssrdesk-{size}.png", optimize=True)
    shutil.copyfile(SOURCE, PACKAGE_ICONS / "ssrdesk.svg")
    largest = images[max(ICO_SIZES)]
    largest.save(HERE / "ssrdesk.ico", sizes=[(s, s) for s in ICO_SIZES],
                 append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)])
    images[1024].save(HERE / "ssrdesk.icns", append_images=[images[s] for s in ICNS_SIZES if s != 1024])
    for path in [*sorted(PACKAGE_ICONS.iterdir()), HERE / "ssrdesk.ico", HERE / "ssrdesk.icns"]:
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
