"""Small widgets and helpers the wizards, pages and dialogs share: page tops, tables, rows and columns of
fields, choices, merge fields, the Documents folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QListWidget,
    QListWidgetItem, QPushButton, QStackedWidget, QTableWidget, QVBoxLayout, QWidget,
)

from .i18n import tr
from .icons import RED


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


def merge_field_column(fields: tuple[tuple[str, str], ...], insert: Callable[[str], None],
                       where: str) -> tuple[QListWidget, QVBoxLayout]:
    """The merge fields to pick from, each shown as its {name} and what it holds, with an Insert button;
    activating one, or Insert, calls `insert` with its name. `where`: where it goes, for the tooltip."""
    listed = QListWidget()
    listed.setAccessibleName(tr("Merge fields"))
    listed.setAlternatingRowColors(True)  # each field is two lines: its name and what it holds
    listed.setSpacing(1)
    for name, label in fields:
        item = QListWidgetItem(f"{{{name}}}\n{label}")
        item.setData(Qt.ItemDataRole.UserRole, name)
        item.setToolTip(label)
        listed.addItem(item)
    listed.setCurrentRow(0)
    listed.itemActivated.connect(lambda item: insert(item.data(Qt.ItemDataRole.UserRole)))
    listed.setFixedWidth(max(listed.fontMetrics().horizontalAdvance(label) for _, label in fields) + 36)
    button = QPushButton(tr("&Insert field"))
    button.setToolTip(tr("Put the selected merge field where the cursor is, {where}").format(where=where))
    button.clicked.connect(lambda: insert(listed.currentItem().data(Qt.ItemDataRole.UserRole)))
    title = QLabel(tr("Merge &fields:"))
    title.setBuddy(listed)
    column = QVBoxLayout()
    column.addWidget(title)
    column.addWidget(listed, 1)
    column.addWidget(button)
    return listed, column


def problem_label() -> QLabel:
    """Where an editor says, in red, why what was typed cannot be saved."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {RED};")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def save_or_cancel(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def page_top(title: str, text: str, main: QWidget, *others: QWidget) -> QWidget:
    """A page's title, the sentences saying what it is for, and its buttons: the main one, then the others."""
    heading = QLabel(title)
    heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
    explanation = QLabel(text)
    explanation.setWordWrap(True)
    actions = QHBoxLayout()
    actions.addWidget(main)
    actions.addSpacing(12)
    for button in others:
        actions.addWidget(button)
    actions.addStretch(1)
    top = field_column(heading, explanation)
    top.layout().addSpacing(6)
    top.layout().addLayout(actions)
    return top


def empty_or_content(page: QWidget, empty: QWidget, content: QWidget) -> QStackedWidget:
    """Fills `page` with two views: what to do first while the workspace has nothing for it, and the page
    itself. Show one with setCurrentWidget."""
    views = QStackedWidget()
    views.addWidget(empty)
    views.addWidget(content)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(views)
    return views


def section_heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-size: 13pt; font-weight: 600;")
    return label
