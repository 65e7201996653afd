"""What an import did: one line per file, and for the selected file why it was rejected, which rows
were left out and any notes. Shown after score data and contacts imports alike."""

from __future__ import annotations

from collections import Counter
from html import escape
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QSplitter, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from ..core.datafiles.report import CANCELLED, IMPORTED, REJECTED, SKIPPED, FileReport, ImportReport
from .i18n import core_text, tr
from .icons import AMBER, GREEN, GREY, RED, dot, error_text

FILE_HEADERS = (
    QT_TRANSLATE_NOOP("", "File"), QT_TRANSLATE_NOOP("", "Layout"), QT_TRANSLATE_NOOP("", "Format"),
    QT_TRANSLATE_NOOP("", "Status"), QT_TRANSLATE_NOOP("", "New"), QT_TRANSLATE_NOOP("", "Changed"),
    QT_TRANSLATE_NOOP("", "Unchanged"), QT_TRANSLATE_NOOP("", "Rejected rows"),
)
ROW_HEADERS = (QT_TRANSLATE_NOOP("", "Row"), QT_TRANSLATE_NOOP("", "Field"),
               QT_TRANSLATE_NOOP("", "Why the row was rejected"))


def status_of(f: FileReport) -> tuple[str, str]:
    """(words, colour) for a file's outcome."""
    if f.status == IMPORTED:
        if f.rejected:
            return tr("Imported, some rows rejected"), AMBER
        return (tr("Imported, with notes"), AMBER) if f.warnings else (tr("Imported"), GREEN)
    return {
        REJECTED: (tr("Not imported"), RED), SKIPPED: (tr("Skipped"), GREY), CANCELLED: (tr("Cancelled"), GREY),
    }.get(f.status, (f.status.capitalize(), GREY))


def short_name(label: str) -> str:
    """'/long/path/2025_CAASPP.zip › inner.csv' -> '2025_CAASPP.zip › inner.csv'."""
    outer, sep, inner = label.partition(" › ")
    return Path(outer).name + sep + inner


def _outcome(status: str, count: int) -> str:
    """'2 imported', '1 not imported' …"""
    if status == IMPORTED:
        return tr("%Ln imported", "", count)
    if status == REJECTED:
        return tr("%Ln not imported", "", count)
    if status == SKIPPED:
        return tr("%Ln skipped", "", count)
    if status == CANCELLED:
        return tr("%Ln cancelled", "", count)
    return f"{count} {status}"


def summary_of(report: ImportReport) -> str:
    counted = Counter(f.status for f in report.files)
    parts = ", ".join(_outcome(status, n) for status, n in counted.items())
    new = sum(f.new for f in report.files)
    changed = sum(f.changed for f in report.files)
    return tr("{files}: {outcomes}. {new} new and {changed} changed records saved.").format(
        files=tr("%Ln file(s)", "", len(report.files)), outcomes=parts, new=f"{new:,}", changed=f"{changed:,}")


def counts_of(f: FileReport) -> str:
    """What an imported file added and changed."""
    return tr("{new} new, {changed} changed, {unchanged} unchanged, {rejected} rejected").format(
        new=f"{f.new:,}", changed=f"{f.changed:,}", unchanged=f"{f.unchanged:,}", rejected=f"{f.rejected:,}")


class ImportReportDialog(QDialog):
    def __init__(self, report: ImportReport, parent=None, title: str | None = None):
        super().__init__(parent)
        self.report = report
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one per import; none pile up
        self.setWindowTitle(title or tr("Import report"))
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
            cells = [short_name(f.file), f.layout, core_text(f.format), words,
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
        reason = escape(core_text(f.reason))
        if f.status == REJECTED:
            text = tr("<b style='color:{colour}'>Not imported:</b> {reason}<br>"
                      "Nothing from this file was saved; the workspace is as it was.")
            self.reason.setText(text.format(reason=reason, colour=error_text()))
        elif f.status != IMPORTED:
            self.reason.setText(f"<b>{escape(status_of(f)[0])}:</b> {reason}")
        else:
            self.reason.setText(f"<b>{short_name(f.file)}</b>: {counts_of(f)}.")
        self.rows.setVisible(bool(f.rejected_rows))
        self.rows.setRowCount(len(f.rejected_rows))
        for row, r in enumerate(f.rejected_rows):
            for column, text in enumerate((str(r.row), r.field, r.reason)):
                self.rows.setItem(row, column, QTableWidgetItem(text))
        self.rows.resizeColumnToContents(0)
        self.rows.resizeColumnToContents(1)
        self.rows.resizeRowsToContents()
        notes = [core_text(warning) for warning in f.warnings]
        if f.rejected > len(f.rejected_rows):
            notes.insert(0, tr("%Ln more rejected row(s) are not listed here.", "", f.rejected - len(f.rejected_rows)))
        self.warnings.setVisible(bool(notes))
        heading = tr("Notes")
        self.warnings.setText(f"<b>{heading}</b><ul>" + "".join(f"<li>{escape(n)}</li>" for n in notes) + "</ul>")


def _table(headers: tuple[str, ...]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels([tr(header) for header in headers])
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    return table
