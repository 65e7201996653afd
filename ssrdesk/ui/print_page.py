"""The Print page: print reports for families who get them by mail, and the print runs made so far."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from ..core import distribution
from ..core.errors import UserError
from ..core.ssr import library
from ..core.workspace import Workspace
from .activity_page import local_time
from .i18n import tr
from .icons import themed
from .letters_dialog import LettersDialog
from .message_page import action_button, message_page
from .messages import show_message
from .print_wizard import AlignmentDialog, PrintWizard
from .widgets import empty_or_content, open_folder, page_top, section_heading

RUN_HEADERS = (QT_TRANSLATE_NOOP("", "When"), QT_TRANSLATE_NOOP("", "Envelopes"), QT_TRANSLATE_NOOP("", "Sheets"),
               QT_TRANSLATE_NOOP("", "Folder"), QT_TRANSLATE_NOOP("", "State"))
FOLDER = 3


class PrintPage(QWidget):
    import_requested = Signal()  # the empty state's "Import Student Score Reports…" button

    def __init__(self, workspace: Workspace, students: Callable[[], tuple[list[str], list[str]]], parent=None):
        """`students()`: the SSIDs selected on the Students page, and those it shows."""
        super().__init__(parent)
        self.workspace = workspace
        self.students = students
        self.wizard: PrintWizard | None = None
        self.confirm_box: QMessageBox | None = None
        self._runs: list[dict] = []

        self.print_button = QPushButton(themed("DocumentPrint", "printer"), tr("Print reports…"))
        self.print_button.setDefault(True)
        self.print_button.setIconSize(QSize(24, 24))
        self.print_button.setStyleSheet("font-size: 12pt; font-weight: 600; padding: 6px 18px;")
        self.print_button.setToolTip(tr("Choose students and options, check the plan, then write the print files"))
        self.print_button.clicked.connect(lambda: self.open_wizard())
        alignment = QPushButton(tr("Alignment sheet…"))
        alignment.setToolTip(tr("Check where your printer puts the address, and save its offset"))
        alignment.clicked.connect(lambda: AlignmentDialog(self.workspace, parent=self).open())
        letters = QPushButton(tr("Edit letters…"))
        letters.setToolTip(tr("The school's details and the cover letter in each language"))
        letters.clicked.connect(lambda: LettersDialog(self.workspace, self).open())

        self.runs = QTableWidget(0, len(RUN_HEADERS))
        self.runs.setHorizontalHeaderLabels([tr(header) for header in RUN_HEADERS])
        self.runs.setAccessibleName(tr("Print runs"))
        self.runs.verticalHeader().hide()
        self.runs.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.runs.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.runs.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.runs.setAlternatingRowColors(True)
        self.runs.itemSelectionChanged.connect(self._update_buttons)
        self.runs.doubleClicked.connect(lambda _: self.open_run_folder())
        self.runs_hint = QLabel()
        self.runs_hint.setStyleSheet("color: gray;")
        self.runs_hint.setWordWrap(True)
        self.open_button = QPushButton(tr("Open folder"))
        self.open_button.clicked.connect(self.open_run_folder)
        self.undo_button = QPushButton(tr("Undo print run…"))
        self.undo_button.setToolTip(tr("The printed pages were lost: their reports count as not printed again"))
        self.undo_button.clicked.connect(lambda: self.confirm_undo())

        self.empty_state = message_page(
            tr("Nothing to print yet"),
            tr("Import the Student Score Report PDFs you downloaded from TOMS. Then print them here for families "
               "who get their reports by mail: in mailing order, batched for window envelopes."),
            icon=themed("DocumentPrint", "printer"),
            button=action_button(tr("Import Student Score Reports…"), self.import_requested))
        self.pages = empty_or_content(self, self.empty_state, self._content(alignment, letters))

    def refresh(self) -> None:
        """Reload from the workspace (after an import or a print run)."""
        with closing(self.workspace.connect()) as connection:
            reports = library.counts(connection)["found"]
            self._runs = distribution.print_runs(connection)
        self.pages.setCurrentIndex(1 if reports or self._runs else 0)
        self.runs.setRowCount(len(self._runs))
        for row, run in enumerate(self._runs):
            state = (tr("Undone {time}").format(time=local_time(run["undone_at"])) if run["undone_at"]
                     else tr("Printed", "print run state"))
            cells = (local_time(run["created_at"]), f"{run['envelopes']:,}", f"{run['sheets']:,}", run["folder"], state)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column in (1, 2):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.runs.setItem(row, column, item)
        self.runs.resizeColumnsToContents()
        self.runs.horizontalHeader().setSectionResizeMode(FOLDER, QHeaderView.ResizeMode.Stretch)
        self.runs_hint.setText(
            tr("Newest first. Undo a print run if its printed pages were lost: its reports then count as not printed.")
            if self._runs else tr("No print runs yet: the reports you print appear here."))
        self._update_buttons()

    def open_wizard(self) -> PrintWizard:
        selected, shown = self.students()
        if self.wizard is not None:
            self.wizard.deleteLater()
        self.wizard = PrintWizard(self.workspace, selected, shown, self)
        self.wizard.printed.connect(lambda _: self.refresh())
        self.wizard.open()
        return self.wizard

    def current_run(self) -> dict | None:
        rows = self.runs.selectionModel().selectedRows()
        return self._runs[rows[0].row()] if rows else None

    def open_run_folder(self) -> None:
        run = self.current_run()
        if run is None:
            return
        folder = Path(run["folder"])
        if not folder.is_dir():
            show_message(self, tr("Open folder"), tr("The folder {folder} no longer exists. It may have been moved, "
                                                     "renamed or deleted.").format(folder=folder))
            return
        open_folder(folder)

    def confirm_undo(self) -> QMessageBox | None:
        run = self.current_run()
        if run is None or run["undone_at"]:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question, tr("Undo print run"),
            tr("Undo the print run of {time}? The reports of these %Ln envelope(s) will count as not printed, so "
               "they are printed again next time. Do this only if the printed pages were lost; the files in the "
               "folder are not deleted.", "", run["envelopes"]).format(time=local_time(run["created_at"])),
            QMessageBox.StandardButton.Cancel, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.undo_button = box.addButton(tr("Undo print run"), QMessageBox.ButtonRole.DestructiveRole)
        box.undo_button.clicked.connect(lambda: self._undo(run["id"]))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.confirm_box = box
        box.open()
        return box

    def _undo(self, run: int) -> None:
        try:
            with closing(self.workspace.connect()) as connection:
                distribution.undo_print_run(connection, run)
        except UserError as error:
            show_message(self, tr("Undo print run"), str(error))
        self.refresh()

    def _update_buttons(self) -> None:
        run = self.current_run()
        self.open_button.setEnabled(run is not None)
        self.undo_button.setEnabled(run is not None and not run["undone_at"])

    def _content(self, alignment: QPushButton, letters: QPushButton) -> QWidget:
        top = page_top(
            tr("Print and mail"),
            tr("Print the Student Score Reports of families who get them by mail. ssrdesk puts each student's "
               "reports in envelope order — with an address sheet or a cover letter in the family's language where "
               "needed — and writes print-ready PDFs, one batch per number of sheets, so the address shows through "
               "a window envelope. You check the plan before anything is written."),
            self.print_button, alignment, letters)
        run_buttons = QHBoxLayout()
        run_buttons.addWidget(self.runs_hint, 1)
        run_buttons.addWidget(self.open_button)
        run_buttons.addWidget(self.undo_button)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(top)
        layout.addSpacing(18)
        layout.addWidget(section_heading(tr("Print runs")))
        layout.addWidget(self.runs, 1)
        layout.addLayout(run_buttons)
        return content
