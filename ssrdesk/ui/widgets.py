"""Small widgets and helpers the wizards and pages share: tables, rows and columns of fields, choices,
the Documents folder."""

from __future__ import annotations

from pathlib import Path

from collections.abc import Callable

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QListWidget, QListWidgetItem, QTableWidget,
    QVBoxLayout, QWidget,
)


def documents() -> Path:
    """The user's Documents folder, wherever the platform keeps it (OneDrive on many school PCs)."""
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))


def open_folder(folder: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def choice_box(labels: dict[str, str], chosen: str, name: str) -> QComboBox:
    combo = QComboBox()
    for value, label in labels.items():
        combo.addItem(label, value)
    combo.setCurrentIndex(combo.findData(chosen))
    combo.setAccessibleName(name)
    return combo


def field_row(*widgets: QWidget) -> QWidget:
    holder = field_column(*widgets, direction=QHBoxLayout)
    holder.layout().addStretch(1)
    return holder


def field_column(*widgets: QWidget, direction=QVBoxLayout) -> QWidget:
    """The widgets stacked (or side by side, with QHBoxLayout) without margins, as one form field."""
    holder = QWidget()
    layout = direction(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    return holder


def wrapped_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    return label


def plain_table(headers: tuple[str, ...], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    return table


def fit_columns(table: QTableWidget) -> None:
    """Columns as wide as their content; the last takes what is left."""
    table.resizeColumnsToContents()
    table.horizontalHeader().setSectionResizeMode(table.columnCount() - 1, QHeaderView.ResizeMode.Stretch)


def unused_folder(folder: Path) -> Path:
    """`folder`, or "folder 2", "folder 3" … when it already holds files (a second run on the same day)."""
    candidate, number = folder, 1
    while candidate.is_dir() and any(candidate.iterdir()):
        number += 1
        candidate = folder.with_name(f"{folder.name} {number}")
    return candidate


def merge_field_list(fields: tuple[tuple[str, str], ...], insert: Callable[[str], None]) -> QListWidget:
    """The merge fields to pick from, each shown as its {name} and what it holds; activating one inserts it."""
    listed = QListWidget()
    listed.setAccessibleName("Merge fields")
    listed.setAlternatingRowColors(True)  # each field is two lines: its name and what it holds
    listed.setSpacing(1)
    for name, label in fields:
        item = QListWidgetItem(f"{{{name}}}\n{label}")
        item.setData(Qt.ItemDataRole.UserRole, name)
        item.setToolTip(label)
        listed.addItem(item)
    listed.setCurrentRow(0)
    listed.itemActivated.connect(lambda item: insert(item.data(Qt.ItemDataRole.UserRole)))
    return listed


def page_heading(title: str, text: str) -> tuple[QLabel, QLabel]:
    """A page's title and the sentences under it saying what the page is for."""
    heading = QLabel(title)
    heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
    explanation = QLabel(text)
    explanation.setWordWrap(True)
    return heading, explanation
