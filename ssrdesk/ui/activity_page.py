"""The Activity page: how many families have their report and how close the deadlines are (the dashboard a
coordinator checks each morning), who is still waiting, and which files were imported when."""

from __future__ import annotations

from contextlib import closing
from datetime import date, datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox, QFileDialog, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QMessageBox,
    QPushButton, QSplitter, QTableWidgetItem, QVBoxLayout, QWidget,
)

from ..core import compliance
from ..core.errors import UserError
from ..core.workspace import Workspace
from ..core.words import counted
from .deadlines_dialog import DeadlinesDialog
from .icons import AMBER, GREEN, RED, WARNING_TEXT
from .messages import show_message
from .widgets import plain_table, section_heading

HEADERS = ("When", "File", "Kind", "Layout", "New", "Changed", "Unchanged", "Rejected rows")
COUNTS = ("new", "changed", "unchanged", "rejected")
WAITING_HEADERS = ("Student", "Grade", "School", "Due", "Days left", "Under way", "Latest")
_ROUTES = {"print": "by mail", "e-mail": "by e-mail", "in person": "in person"}


def local_time(iso_utc: str) -> str:
    try:
        return datetime.fromisoformat(iso_utc).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso_utc


class ActivityPage(QWidget):
    def __init__(self, workspace: Workspace | None = None, parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self.statuses: list[compliance.StudentStatus] = []
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.everyone = QCheckBox("Show families already reached")
        self.everyone.toggled.connect(self._show_waiting)
        self.calendar_button = QPushButton("School calendar…")
        self.calendar_button.setToolTip("When the reports were received, holidays, the last day of instruction")
        self.calendar_button.clicked.connect(self._edit_calendar)
        self.export_button = QPushButton("Export the record (CSV)…")
        self.export_button.clicked.connect(self._export)
        self.hand_out_button = QPushButton("Mark handed out…")
        self.hand_out_button.setToolTip("The selected families got their reports in person")
        self.hand_out_button.clicked.connect(self._hand_out)
        self.waiting = plain_table(WAITING_HEADERS, "Families still waiting for their reports")
        self.waiting.itemSelectionChanged.connect(self._selection_changed)

        self.hint = QLabel()
        self.hint.setStyleSheet("color: gray;")
        self.table = plain_table(HEADERS, "Import history")

        buttons = QHBoxLayout()
        for button in (self.calendar_button, self.export_button, self.hand_out_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.everyone)
        top = QWidget()
        upper = QVBoxLayout(top)
        upper.setContentsMargins(0, 0, 0, 0)
        upper.addWidget(section_heading("Getting reports to families"))
        upper.addWidget(self.summary)
        upper.addLayout(buttons)
        upper.addWidget(self.waiting, 1)
        bottom = QWidget()
        lower = QVBoxLayout(bottom)
        lower.setContentsMargins(0, 0, 0, 0)
        lower.addWidget(section_heading("Import history"))
        lower.addWidget(self.hint)
        lower.addWidget(self.table, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self._selection_changed()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh_distribution()

    # ---- the dashboard ----

    def refresh_distribution(self) -> None:
        if self.workspace is None:
            return
        today = date.today()
        with closing(self.workspace.connect()) as connection:
            self.statuses = compliance.status(connection, today)
        self.summary.setText(_summary(compliance.tally(self.statuses, today)))
        self._show_waiting()

    def _show_waiting(self) -> None:
        order = {"overdue": 0, "due soon": 1, "due later": 2, "no due date": 3, "reached": 4}
        shown = sorted((s for s in self.statuses if self.everyone.isChecked() or not s.reached),
                       key=lambda s: (order[s.urgency], s.open[0].due if s.open and s.open[0].due else date.max, s.name))
        self.waiting.setSortingEnabled(False)
        self.waiting.setRowCount(len(shown))
        for row, student in enumerate(shown):
            first = student.open[0] if student.open else None
            due = (f"{first.program} {first.due:%b %d}" if first and first.due else
                   f"{first.program}: next year" if first else "")
            left = "" if first is None or first.days_left is None else _days(first)
            if student.reached:
                left = f"reached {_ROUTES.get(student.reached_by, student.reached_by)}"
            cells = (student.name, student.grade, student.school, due, left, "; ".join(student.pending), student.latest)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text if column >= 5 else "")
                if column == 0:
                    item.setData(Qt.ItemDataRole.UserRole, student.ssid)
                if column == 4 and student.urgency in ("overdue", "due soon"):
                    item.setForeground(QColor(RED if student.urgency == "overdue" else WARNING_TEXT))
                self.waiting.setItem(row, column, item)
        self.waiting.resizeColumnsToContents()
        self.waiting.setColumnWidth(5, min(self.waiting.columnWidth(5), 320))  # the full text is in the tooltip
        self.waiting.horizontalHeader().setSectionResizeMode(len(WAITING_HEADERS) - 1, QHeaderView.ResizeMode.Stretch)

    def selected_ssids(self) -> list[str]:
        rows = sorted({index.row() for index in self.waiting.selectedIndexes()})
        return [self.waiting.item(row, 0).data(Qt.ItemDataRole.UserRole) for row in rows]

    def _selection_changed(self) -> None:
        self.hand_out_button.setEnabled(bool(self.selected_ssids()))

    def _edit_calendar(self) -> None:
        dialog = DeadlinesDialog(self.workspace, self)
        dialog.accepted.connect(self.refresh_distribution)
        dialog.open()

    def _export(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name, _ = QFileDialog.getSaveFileName(self, "Export the distribution record",
                                              str(Path(folder) / f"distribution {date.today()}.csv"),
                                              "CSV files (*.csv)")
        if not name:
            return
        try:
            with closing(self.workspace.connect()) as connection:
                events, statuses = compliance.export_csv(connection, Path(name), date.today())
        except (UserError, OSError) as error:
            show_message(self, "Export the distribution record", f"The record could not be written: {error}")
            return
        show_message(self, "Export the distribution record",
                     f"Wrote every event to {events.name} and each student's status to {statuses.name}, in "
                     f"{events.parent}.", QMessageBox.Icon.Information)

    def _hand_out(self) -> None:
        ssids = self.selected_ssids()
        note, ok = QInputDialog.getText(
            self, "Mark handed out", f"{counted(len(ssids), 'family', 'families')} got their reports in person. "
            "A note for the record (optional, e.g. “parent conference”):")
        if not ok:
            return
        try:
            with closing(self.workspace.connect()) as connection:
                compliance.hand_out(connection, ssids, note.strip())
        except UserError as error:
            show_message(self, "Mark handed out", str(error))
            return
        self.refresh_distribution()

    # ---- imports ----

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


def _days(program: compliance.ProgramStatus) -> str:
    unit = "working day" if program.program == compliance.CAASPP else "day"
    if program.days_left < 0:
        return f"{counted(-program.days_left, unit)} overdue"
    return f"{counted(program.days_left, unit)} left"


def _summary(numbers: dict) -> str:
    """The morning numbers in a few lines: reached by which route, what is overdue or due soon."""
    if not numbers["families"]:
        return "No family has a report yet: import the Student Score Reports first."
    by = ", ".join(f"{n:,} {_ROUTES[route]}" for route, n in numbers["reached_by"].items() if n) or "none yet"
    lines = [f"<span style='font-size: 13pt; color: {GREEN}'><b>{numbers['reached']:,}</b> of "
             f"{counted(numbers['families'], 'family', 'families')} reached</span> ({by})"]
    waiting = [f"<b style='color: {RED}'>{numbers['overdue']:,} overdue</b>" if numbers["overdue"] else "none overdue",
               f"<b style='color: {AMBER}'>{numbers['due_soon']:,} due within {numbers['due_soon_days']} days</b>"
               if numbers["due_soon"] else f"none due within {numbers['due_soon_days']} days",
               f"{numbers['due_later']:,} due later"]
    if numbers["no_due_date"]:
        waiting.append(f"{numbers['no_due_date']:,} due next school year (set its first day in School calendar)")
    lines.append(f"{numbers['not_reached']:,} still waiting: " + ", ".join(waiting) + ".")
    if numbers["earliest_due"]:
        lines.append(f"Earliest deadline not yet met: {date.fromisoformat(numbers['earliest_due']):%A, %B %d, %Y}.")
    extra = []
    if numbers["on_print_list"]:
        extra.append(f"{counted(numbers['on_print_list'], 'student')} on the print list")
    if numbers["bounced"]:
        extra.append(f"{counted(numbers['bounced'], 'family', 'families')} whose e-mail bounced")
    if extra:
        lines.append(escape("; ".join(extra).capitalize()) + " (see the Print and E-mail pages).")
    return "<br>".join(lines)
