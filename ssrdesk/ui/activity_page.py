"""The Activity page: how many families have their report and how close the deadlines are (the dashboard a
coordinator checks each morning), who is still waiting, and which files were imported when."""

from __future__ import annotations

from contextlib import closing
from datetime import date, datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale, QStandardPaths, Qt
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox, QFileDialog, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QMessageBox,
    QPushButton, QSplitter, QTableWidgetItem, QVBoxLayout, QWidget,
)

from ..core import compliance
from ..core.errors import UserError
from ..core.workspace import Workspace
from .deadlines_dialog import DeadlinesDialog
from .i18n import core_text, tr
from .icons import AMBER, GREEN, RED, warning_text
from .messages import show_message
from .widgets import plain_table, section_heading

HEADERS = (QT_TRANSLATE_NOOP("", "When"), QT_TRANSLATE_NOOP("", "File"), QT_TRANSLATE_NOOP("", "Kind"),
           QT_TRANSLATE_NOOP("", "Layout"), QT_TRANSLATE_NOOP("", "New"), QT_TRANSLATE_NOOP("", "Changed"),
           QT_TRANSLATE_NOOP("", "Unchanged"), QT_TRANSLATE_NOOP("", "Rejected rows"))
COUNTS = ("new", "changed", "unchanged", "rejected")
WAITING_HEADERS = (QT_TRANSLATE_NOOP("", "Student"), QT_TRANSLATE_NOOP("", "Grade"), QT_TRANSLATE_NOOP("", "School"),
                   QT_TRANSLATE_NOOP("", "Due"), QT_TRANSLATE_NOOP("", "Days left"), QT_TRANSLATE_NOOP("", "Under way"),
                   QT_TRANSLATE_NOOP("", "Latest"))
_ROUTES = {"print": QT_TRANSLATE_NOOP("", "by mail"), "e-mail": QT_TRANSLATE_NOOP("", "by e-mail"),
           "in person": QT_TRANSLATE_NOOP("", "in person")}
_KINDS = {"score data": QT_TRANSLATE_NOOP("", "Score data"), "contacts": QT_TRANSLATE_NOOP("", "Contacts")}


def local_time(iso_utc: str) -> str:
    try:
        return datetime.fromisoformat(iso_utc).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso_utc


def _route(route: str) -> str:
    return tr(_ROUTES[route]) if route in _ROUTES else route


class ActivityPage(QWidget):
    def __init__(self, workspace: Workspace | None = None, parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self.statuses: list[compliance.StudentStatus] = []
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.everyone = QCheckBox(tr("Show families already reached"))
        self.everyone.toggled.connect(self._show_waiting)
        self.calendar_button = QPushButton(tr("School calendar…"))
        self.calendar_button.setToolTip(tr("When the reports were received, holidays, the last day of instruction"))
        self.calendar_button.clicked.connect(self._edit_calendar)
        self.export_button = QPushButton(tr("Export the record (CSV)…"))
        self.export_button.clicked.connect(self._export)
        self.hand_out_button = QPushButton(tr("Mark handed out…"))
        self.hand_out_button.setToolTip(tr("The selected families got their reports in person"))
        self.hand_out_button.clicked.connect(self._hand_out)
        self.waiting = plain_table(tuple(tr(header) for header in WAITING_HEADERS),
                                   tr("Families still waiting for their reports"))
        self.waiting.itemSelectionChanged.connect(self._selection_changed)

        self.hint = QLabel()
        self.hint.setStyleSheet("color: gray;")
        self.table = plain_table(tuple(tr(header) for header in HEADERS), tr("Import history"))

        buttons = QHBoxLayout()
        for button in (self.calendar_button, self.export_button, self.hand_out_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.everyone)
        top = QWidget()
        upper = QVBoxLayout(top)
        upper.setContentsMargins(0, 0, 0, 0)
        upper.addWidget(section_heading(tr("Getting reports to families")))
        upper.addWidget(self.summary)
        upper.addLayout(buttons)
        upper.addWidget(self.waiting, 1)
        bottom = QWidget()
        lower = QVBoxLayout(bottom)
        lower.setContentsMargins(0, 0, 0, 0)
        lower.addWidget(section_heading(tr("Import history")))
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
            due = _due(first) if first else ""
            left = "" if first is None or first.days_left is None else _days(first)
            if student.reached:
                left = tr("reached {route}").format(route=_route(student.reached_by))
            pending = "; ".join(core_text(words) for words in student.pending)
            cells = (student.name, student.grade, student.school, due, left, pending, student.latest)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text if column >= 5 else "")
                if column == 0:
                    item.setData(Qt.ItemDataRole.UserRole, student.ssid)
                if column == 4 and student.urgency in ("overdue", "due soon"):
                    item.setForeground(QColor(RED if student.urgency == "overdue" else warning_text()))
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
        suggested = Path(folder) / tr("distribution {date}.csv").format(date=date.today())
        name, _ = QFileDialog.getSaveFileName(self, tr("Export the distribution record"), str(suggested),
                                              tr("CSV files (*.csv)"))
        if not name:
            return
        try:
            with closing(self.workspace.connect()) as connection:
                events, statuses = compliance.export_csv(connection, Path(name), date.today())
        except (UserError, OSError) as error:
            show_message(self, tr("Export the distribution record"),
                         tr("The record could not be written: {error}").format(error=error))
            return
        show_message(self, tr("Export the distribution record"),
                     tr("Wrote every event to {events} and each student's status to {statuses}, in {folder}.").format(
                         events=events.name, statuses=statuses.name, folder=events.parent),
                     QMessageBox.Icon.Information)

    def _hand_out(self) -> None:
        ssids = self.selected_ssids()
        note, ok = QInputDialog.getText(
            self, tr("Mark handed out"), tr("%Ln family(ies) got their reports in person. A note for the record "
                                            "(optional, e.g. “parent conference”):", "", len(ssids)))
        if not ok:
            return
        try:
            with closing(self.workspace.connect()) as connection:
                compliance.hand_out(connection, ssids, note.strip())
        except UserError as error:
            show_message(self, tr("Mark handed out"), str(error))
            return
        self.refresh_distribution()

    # ---- imports ----

    def show_imports(self, imports: list[dict]) -> None:
        """`imports` as in `students.status()["imports"]`, newest first."""
        self.hint.setText(
            tr("Files imported into this workspace, newest first. Files that were not imported (rejected or "
               "cancelled) left nothing behind and are not listed.")
            if imports else tr("Nothing has been imported into this workspace yet.")
        )
        self.table.setRowCount(len(imports))
        for row, entry in enumerate(imports):
            counts = entry["counts"]
            kind = tr(_KINDS[entry["kind"]]) if entry["kind"] in _KINDS else entry["kind"].capitalize()
            cells = (local_time(entry["imported_at"]), entry["file"], kind, entry["layout"],
                     *(f"{counts[c]:,}" for c in COUNTS))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)


def _due(program: compliance.ProgramStatus) -> str:
    if program.due is None:
        return tr("{program}: next year").format(program=program.program)
    day = QLocale().toString(QDate(program.due), tr("MMM dd", "date format"))
    return f"{program.program} {day}"


def _days(program: compliance.ProgramStatus) -> str:
    if program.program == compliance.CAASPP:
        if program.days_left < 0:
            return tr("%Ln working day(s) overdue", "", -program.days_left)
        return tr("%Ln working day(s) left", "", program.days_left)
    if program.days_left < 0:
        return tr("%Ln day(s) overdue", "", -program.days_left)
    return tr("%Ln day(s) left", "", program.days_left)


def _summary(numbers: dict) -> str:
    """The morning numbers in a few lines: reached by which route, what is overdue or due soon."""
    if not numbers["families"]:
        return tr("No family has a report yet: import the Student Score Reports first.")
    by = ", ".join(f"{n:,} {_route(route)}" for route, n in numbers["reached_by"].items() if n) or tr("none yet")
    reached = tr("<b>{reached}</b> of %Ln family(ies) reached", "", numbers["families"]).format(
        reached=f"{numbers['reached']:,}")
    lines = [f"<span style='font-size: 13pt; color: {GREEN}'>{reached}</span> ({by})"]
    days = numbers["due_soon_days"]
    overdue = tr("%Ln overdue", "", numbers["overdue"])
    due_soon = tr("%Ln due within {days} days", "", numbers["due_soon"]).format(days=days)
    waiting = [f"<b style='color: {RED}'>{overdue}</b>" if numbers["overdue"] else tr("none overdue"),
               f"<b style='color: {AMBER}'>{due_soon}</b>" if numbers["due_soon"]
               else tr("none due within {days} days").format(days=days),
               tr("%Ln due later", "", numbers["due_later"])]
    if numbers["no_due_date"]:
        waiting.append(tr("%Ln due next school year (set its first day in School calendar)", "",
                          numbers["no_due_date"]))
    lines.append(tr("%Ln still waiting: {list}.", "", numbers["not_reached"]).format(list=", ".join(waiting)))
    if numbers["earliest_due"]:
        earliest = QLocale().toString(QDate(date.fromisoformat(numbers["earliest_due"])),
                                      tr("dddd, MMMM dd, yyyy", "date format"))
        lines.append(tr("Earliest deadline not yet met: {date}.").format(date=earliest))
    extra = []
    if numbers["on_print_list"]:
        extra.append(tr("%Ln student(s) on the print list", "", numbers["on_print_list"]))
    if numbers["bounced"]:
        extra.append(tr("%Ln family(ies) whose e-mail bounced", "", numbers["bounced"]))
    if extra:
        lines.append(tr("{list} (see the Print and E-mail pages).").format(list=escape("; ".join(extra))))
    return "<br>".join(lines)
