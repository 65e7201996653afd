"""Importing, from the user's side: pick files, watch progress, read the report, see the pages refresh."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from ..core.datafiles.importer import import_paths
from ..core.tasks import Job
from ..core.workspace import Workspace
from .i18n import tr
from .import_report import ImportReportDialog
from .messages import show_message
from .tasks import Task, run_with_progress

SCORE_DATA_FILES = QT_TRANSLATE_NOOP("", "TOMS score data (*.zip *.xlsx *.csv *.txt *.dat);;All files (*)")
REPORT_FILES = QT_TRANSLATE_NOOP("", "Student Score Reports (*.pdf *.zip);;All files (*)")


def choose_score_files(parent: QWidget) -> list[Path]:
    names, _ = QFileDialog.getOpenFileNames(parent, tr("Import score data"), "", tr(SCORE_DATA_FILES))
    return [Path(n) for n in names]


def choose_report_files(parent: QWidget) -> list[Path]:
    names, _ = QFileDialog.getOpenFileNames(parent, tr("Import Student Score Reports"), "", tr(REPORT_FILES))
    return [Path(n) for n in names]


def choose_score_folder(parent: QWidget) -> list[Path]:
    name = QFileDialog.getExistingDirectory(parent, tr("Import every score data file in a folder"))
    return [Path(name)] if name else []


class ImportFlow(QObject):
    imported = Signal()  # the workspace may have changed: pages should reload
    status = Signal(str)  # a one-line note for the status bar

    def __init__(self, workspace: Workspace, window: QWidget):
        super().__init__(window)
        self.workspace = workspace
        self.window = window
        self.task: Task | None = None
        self.report_dialog: ImportReportDialog | None = None

    def import_score_data(self, paths: list[Path]) -> Task | None:
        if not paths:
            return None
        return self.run(import_paths(self.workspace, paths), tr("Importing score data"))

    def import_dropped(self, paths: list[Path]) -> Task | None:
        """Dropped files may be score data, reports or both; the import tells them apart."""
        return self.run(import_paths(self.workspace, paths), tr("Importing")) if paths else None

    def import_reports(self, paths: list[Path]) -> Task | None:
        """The same import as score data (it tells PDFs apart itself), under the name the user chose."""
        if not paths:
            return None
        return self.run(import_paths(self.workspace, paths), tr("Importing Student Score Reports"))

    def run(self, job: Job, title: str) -> Task | None:
        """Run any import job (score data or contacts) and show its report."""
        if self.task is not None and self.task.is_running:
            job.close()
            show_message(self.window, title, tr("An import is already running. Wait for it to finish, then try again."))
            return None
        self.task = run_with_progress(self.window, job, title, self._show_report, self._cancelled)
        return self.task

    def _show_report(self, report) -> None:
        self.report_dialog = ImportReportDialog(report, self.window)
        self.report_dialog.open()
        self.imported.emit()

    def _cancelled(self) -> None:
        # One transaction per file: files finished before Cancel are kept, the one being read is not.
        self.status.emit(tr("Import cancelled: nothing from the file being read was saved "
                            "(files finished before it were kept; see Activity)."))
        self.imported.emit()
