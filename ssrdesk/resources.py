"""Files shipped inside the package that the app shows: the app icon (built by resources/make_icons.py)."""

from __future__ import annotations

from pathlib import Path

ICONS = Path(__file__).resolve().parent / "icons"


def app_icon_paths() -> list[Path]:
    """The app icon's PNG files, smallest first (16 … 512 px): add each to one QIcon for the window icon."""
    return sorted(ICONS.glob("ssrdesk-*.png"), key=lambda p: int(p.stem.rpartition("-")[2]))


def app_icon_svg() -> Path:
    return ICONS / "ssrdesk.svg"
