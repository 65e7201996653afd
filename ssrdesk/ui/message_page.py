"""Centred message pages: the Students page before any import, and pages for flows that come later
(which say plainly what will be there, so nobody thinks they are broken)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from .icons import standard

COLUMN_WIDTH = 540


def message_page(title: str, text: str, *, icon: QIcon | None = None, button: QPushButton | None = None,
                 note: str = "") -> QWidget:
    column = QVBoxLayout()
    column.setSpacing(12)
    if icon is not None:
        picture = QLabel()
        picture.setPixmap(icon.pixmap(64, 64))
        column.addWidget(_centred(picture))
    heading = _centred(QLabel(title))
    heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
    column.addWidget(heading)
    column.addWidget(_centred(QLabel(text)))
    if button is not None:
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(button)
        row.addStretch()
        column.addLayout(row)
    if note:
        hint = _centred(QLabel(note))
        hint.setStyleSheet("color: gray;")
        column.addWidget(hint)

    # No alignment flags around wrapped labels: Qt then gives them the height their width needs.
    holder = QWidget()
    holder.setFixedWidth(COLUMN_WIDTH)
    holder.setLayout(column)
    across = QHBoxLayout()
    across.addStretch()
    across.addWidget(holder)
    across.addStretch()
    page = QWidget()
    down = QVBoxLayout(page)
    down.addStretch(1)
    down.addLayout(across)
    down.addStretch(2)
    return page


def action_button(text: str, signal) -> QPushButton:
    """The one prominent button of an empty page: opens files to import."""
    button = QPushButton(standard("SP_DialogOpenButton"), text)
    button.setDefault(True)
    button.clicked.connect(signal)
    return button


def _centred(label: QLabel) -> QLabel:
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label
