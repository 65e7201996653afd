"""What an import did: one line per file, and for the selected file why it was rejected, which rows
were left out and any notes. Shown after score data and contacts imports alike."""

from __future__ import annotations

from collections import Counter
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QSplitter, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from ..core.datafiles.report import CANCELLED, IMPORTED, REJECTED, SKIPPED, FileReport, ImportReport
from .icons import AMBER, GREEN, GREY, RED, dot

FILE_HEADERS = ("File", "Layout", "Format", "Status", "New", "Changed", "Unchanged", "Rejected rows")
ROW_HEADERS = ("Row", "Field", "Why the row was rejected")


def status_of(f: FileReport) -> tuple[str, str]:
    """(words, colour) for a file's outcome."""
    if f.status == IMPORTED:
        if f.rejected:
            return "Imported, some rows rejected", AMBER
        return ("Imported, with notes", AMBER) if f.warnings else ("Imported", GREEN)
    return {REJECTED: ("Not imported", RED), SKIPPED: ("Skipped", GREY), CANCELLED: ("Cancelled", GREY)}.get(
        f.status, (f.status.capitalize(), GREY))


def short_name(label: str) -> str:
    """'/long/path/2025_CAASPP.zip › inner.csv' -> '2025_CAASPP.zip › inner.csv'."""
    outer, sep, inner = label.partition(" › ")
    return Path(outer).name + sep + inner


def summary_of(report: ImportReport) -> str:
    counted = Counter(status_of(f)[0].split(",")[0] for f in report.files)  # "Imported, …" counts as imported
    files = f"{len(report.files)} file{'s' if len(report.files) != 1 else ''}"
    parts = ", ".join(f"{n} {what.lower()}" for what, n in counted.items())
    new = sum(f.new for f in report.files)
    changed = sum(f.changed for f in report.files)
    return f"{files}: {parts}. {new:,} new and {changed:,} changed records saved."


class ImportReportDialog(QDialog):
    def __init__(self, report: ImportReport, parent=None, title: str = "Import report"):
        super().__init__(parent)
        self.report = report
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one per import; none pile up
        self.setWindowTitle(title)
        self.resize(1000, 560)
        self.summary = QLabel(summary_of(report))
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: 600;")
        self.files = _table(FILE_HEADERS)
        self.files.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.files.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rows = _table(ROW_HEADERS)
        self.rows.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.rows.setWordWrap(True)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.reason)
        detail_layout.addWidget(self.rows, 1)
        detail_layout.addWidget(self.warnings)
        detail_layout.addStretch()  # keeps the reason at the top when there is no row table
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.files)
        splitter.addWidget(detail)
        splitter.setSizes([200, 300])
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

        self._fill_files()
        self.files.itemSelectionChanged.connect(self._show_selected)
        self.files.selectRow(self._first_worth_reading())

    def _fill_files(self) -> None:
        self.files.setRowCount(len(self.report.files))
        for row, f in enumerate(self.report.files):
            words, colour = status_of(f)
            cells = [short_name(f.file), f.layout, f.format, words,
                     *(f"{n:,}" if f.status == IMPORTED else "" for n in (f.new, f.changed, f.unchanged, f.rejected))]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.files.setItem(row, column, item)
            self.files.item(row, 0).setToolTip(f.file)
            self.files.item(row, 3).setIcon(dot(colour))
        self.files.resizeColumnsToContents()
        self.files.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _first_worth_reading(self) -> int:
        """Open on the first rejected file, else the first with rejected rows or notes, else the first."""
        files = list(enumerate(self.report.files))
        rejected = (i for i, f in files if f.status == REJECTED)
        noted = (i for i, f in files if f.rejected or f.warnings)
        return next(rejected, next(noted, 0))

    def selected_file(self) -> FileReport | None:
        rows = self.files.selectionModel().selectedRows()
        return self.report.files[rows[0].row()] if rows else None

    def _show_selected(self) -> None:
        f = self.selected_file()
        if f is None:
            return
        if f.status == REJECTED:
            self.reason.setText(f"<b style='color:#b03030'>Not imported:</b> {escape(f.reason)}<br>"
                                "Nothing from this file was saved; the workspace is as it was.")
        elif f.status != IMPORTED:
            self.reason.setText(f"<b>{f.status.capitalize()}:</b> {escape(f.reason)}")
        else:
            self.reason.setText(f"<b>{short_name(f.file)}</b>: {f.summary()}.")
        self.rows.setVisible(bool(f.rejected_rows))
        self.rows.setRowCount(len(f.rejected_rows))
        for row, r in enumerate(f.rejected_rows):
            for column, text in enumerate((str(r.row), r.field, r.reason)):
                self.rows.setItem(row, column, QTableWidgetItem(text))
        self.rows.resizeColumnToContents(0)
        self.rows.resizeColumnToContents(1)
        self.rows.resizeRowsToContents()
        notes = list(f.warnings)
        if f.rejected > len(f.rejected_rows):
            notes.insert(0, f"{f.rejected - len(f.rejected_rows):,} more rejected rows are not listed here.")
        self.warnings.setVisible(bool(notes))
        self.warnings.setText("<b>Notes</b><ul>" + "".join(f"<li>{escape(n)}</li>" for n in notes) + "</ul>")


def _table(headers: tuple[str, ...]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    return table
