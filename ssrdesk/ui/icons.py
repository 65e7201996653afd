"""Small drawn icons, so status colours look the same under every platform style."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

GREEN, AMBER, RED, GREY = "#2e9d4f", "#e0a106", "#d13c3c", "#9a9a9a"


def dark_mode() -> bool:
    return QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def warning_text() -> str:
    """Amber for text: dark on a light background, light on a dark one."""
    return "#f0b429" if dark_mode() else "#8a5a00"


def error_text() -> str:
    return "#ff8080" if dark_mode() else "#b03030"


def banner_background() -> str:
    return "#4a3b12" if dark_mode() else "#fff4d6"


@cache
def dot(color: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size * 2, size * 2)  # drawn at 2x so it stays crisp on high-DPI screens
    pixmap.setDevicePixelRatio(2)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(color).darker(130))
    painter.setBrush(QColor(color))
    painter.drawEllipse(QRectF(1.5, 1.5, size - 3, size - 3))
    painter.end()
    return QIcon(pixmap)


def standard(name: str) -> QIcon:
    """A standard icon of the current style, e.g. standard('SP_DirOpenIcon')."""
    return QApplication.style().standardIcon(getattr(QStyle.StandardPixmap, name))


def themed(theme_icon: str, fallback: str) -> QIcon:
    """The platform's icon (Windows, macOS, a Linux theme) where there is one, else `fallback`:
    a standard icon's name ('SP_FileIcon') or one drawn here ('person', 'envelope', 'printer')."""
    backup = _drawn(fallback) if fallback in _DRAWINGS else standard(fallback)
    return QIcon.fromTheme(getattr(QIcon.ThemeIcon, theme_icon), backup)


def _person(p: QPainter) -> None:
    p.drawEllipse(QRectF(8, 3, 8, 8))
    p.drawArc(QRectF(4, 13, 16, 16), 0, 180 * 16)


def _envelope(p: QPainter) -> None:
    p.drawRoundedRect(QRectF(3, 6, 18, 13), 1.5, 1.5)
    p.drawPolyline([QPointF(3.5, 7), QPointF(12, 14), QPointF(20.5, 7)])


def _printer(p: QPainter) -> None:
    p.drawRect(QRectF(7, 3, 10, 6))  # paper going in
    p.drawRoundedRect(QRectF(3, 9, 18, 8), 1.5, 1.5)
    p.drawRect(QRectF(7, 14, 10, 7))  # paper coming out


_DRAWINGS = {"person": _person, "envelope": _envelope, "printer": _printer}


@cache
def _drawn(name: str) -> QIcon:
    """A 24-unit line drawing in the text colour, for what the standard icons lack."""
    pixmap = QPixmap(48, 48)
    pixmap.setDevicePixelRatio(2)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QApplication.palette().color(QPalette.ColorRole.WindowText), 1.6))
    painter.setBrush(QApplication.palette().color(QPalette.ColorRole.Base))
    _DRAWINGS[name](painter)
    painter.end()
    return QIcon(pixmap)
