"""The Activity page: which files were imported into this workspace, when, and what each changed."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

HEADERS = ("When", "File", "Kind", "Layout", "New", "Changed", "Unchanged", "Rejected rows")
COUNTS = ("new", "changed", "unchanged", "rejected")


def local_time(iso_utc: str) -> str:
    try:
        return datetime.fromisoformat(iso_utc).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso_utc


class ActivityPage(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        title = QLabel("Import history")
        title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.hint = QLabel()
        self.hint.setStyleSheet("color: gray;")
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setHorizontalHeaderLabels(HEADERS)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)

    def show_imports(self, imports: list[dict]) -> None:
        """`imports` as in `students.status()["imports"]`, newest first."""
        self.hint.setText(
            "Files imported into this workspace, newest first. Files that were not imported (rejected or "
            "cancelled) left nothing behind and are not listed."
            if imports else "Nothing has been imported into this workspace yet."
        )
        self.table.setRowCount(len(imports))
        for row, entry in enumerate(imports):
            counts = entry["counts"]
            cells = (local_time(entry["imported_at"]), entry["file"], entry["kind"].capitalize(), entry["layout"],
                     *(f"{counts[c]:,}" for c in COUNTS))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
