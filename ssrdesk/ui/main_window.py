"""The main window: page list on the left, the page on the right, imports from the menu, toolbar or a drop."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QStackedWidget, QWidget,
)

from ..core import students
from ..core.words import counted
from ..core.workspace import Workspace
from .activity_page import ActivityPage
from .contacts_dialog import MappingDialog, start_contacts_import
from .email_page import EmailPage
from .icons import WARNING_TEXT, themed
from .import_flow import ImportFlow, choose_report_files, choose_score_files, choose_score_folder
from .print_page import PrintPage
from .reports_page import ReportsPage
from .students_page import StudentsPage
from .tasks import Task


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace):
        super().__init__()
        self.workspace = workspace
        self.setWindowTitle(f"ssrdesk — {workspace.folder.name}")
        self._default_size()
        self.setAcceptDrops(True)
        self.mapping_dialog: MappingDialog | None = None

        self.imports = ImportFlow(workspace, self)
        self.imports.imported.connect(self.refresh)
        self.imports.status.connect(lambda text: self.statusBar().showMessage(text, 20000))

        self.reports_page = ReportsPage(workspace)
        self.reports_page.import_requested.connect(lambda: self.import_reports())
        self.reports_page.changed.connect(self._refresh_after_reports_changed)
        self.students_page = StudentsPage(workspace, self.reports_page.reports_of)
        self.students_page.import_requested.connect(lambda: self.import_score_data())
        self.students_page.preview_requested.connect(self.preview_report)
        self.print_page = PrintPage(workspace, self.chosen_students)
        self.print_page.import_requested.connect(lambda: self.import_reports())
        self.email_page = EmailPage(workspace, self.chosen_students)
        self.email_page.import_requested.connect(lambda: self.import_reports())
        self.email_page.waiting_changed.connect(self._show_waiting)
        self.activity_page = ActivityPage(workspace)
        self.pages = QStackedWidget()
        self.navigation = QListWidget()
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setSpacing(2)
        self.navigation.setFixedWidth(118)
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        pages = [("Students", themed("AddressBookNew", "SP_FileDialogDetailedView"), self.students_page),
                 ("Reports", themed("DocumentOpen", "SP_FileIcon"), self.reports_page),
                 ("Print", themed("DocumentPrint", "printer"), self.print_page),
                 ("E-mail", themed("MailSend", "envelope"), self.email_page),
                 ("Activity", themed("DocumentOpenRecent", "SP_FileDialogInfoView"), self.activity_page)]
        for name, icon, page in pages:
            self.navigation.addItem(QListWidgetItem(icon, name))
            self.pages.addWidget(page)
        self.navigation.setCurrentRow(0)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self._make_actions()
        self.counts = QLabel()
        self.waiting = QLabel()
        self.waiting.setStyleSheet(f"color: {WARNING_TEXT}; font-weight: 600;")
        self.waiting.hide()
        self.statusBar().addPermanentWidget(self.waiting)
        self.statusBar().addPermanentWidget(self.counts)
        self.refresh()

    def _default_size(self) -> None:
        """1440×900 shows every column and the detail pane; smaller screens get most of the screen."""
        screen = self.screen().availableGeometry()
        self.resize(min(1440, int(screen.width() * 0.94)), min(900, int(screen.height() * 0.94)))

    def _make_actions(self) -> None:
        self.import_score_action = QAction(
            themed("DocumentOpen", "SP_DialogOpenButton"), "Import score data…", self)
        self.import_score_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_score_action.setStatusTip("Import TOMS Student Score Data Files: zips, .xlsx, .csv, .txt or .dat")
        self.import_score_action.triggered.connect(lambda: self.import_score_data())
        self.import_folder_action = QAction(
            themed("FolderOpen", "SP_DirOpenIcon"), "Import a folder of score data…", self)
        self.import_folder_action.setStatusTip("Import every score data file and zip in a folder and its subfolders")
        self.import_folder_action.triggered.connect(lambda: self.import_score_data(choose_score_folder(self)))
        self.import_reports_action = QAction(
            themed("DocumentOpen", "SP_FileIcon"), "Import Student Score Reports…", self)
        self.import_reports_action.setStatusTip("Import Student Score Report PDFs from TOMS: merged PDFs or a zip")
        self.import_reports_action.triggered.connect(lambda: self.import_reports())
        self.import_contacts_action = QAction(themed("AddressBookNew", "person"), "Import contacts…", self)
        self.import_contacts_action.setStatusTip("Import guardians' e-mail addresses and mailing addresses from your SIS")
        self.import_contacts_action.triggered.connect(lambda: self.import_contacts())
        self.print_action = QAction(themed("DocumentPrint", "printer"), "Print reports for mailing…", self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.setStatusTip("Print the reports of families who get them by mail, for window envelopes")
        self.print_action.triggered.connect(self.print_reports)
        self.email_action = QAction(themed("MailSend", "envelope"), "E-mail reports to families…", self)
        self.email_action.setShortcut(QKeySequence("Ctrl+E"))
        self.email_action.setStatusTip("E-mail each family its report, locked with a password sent separately")
        self.email_action.triggered.connect(self.email_reports)
        quit_action = QAction(themed("ApplicationExit", "SP_DialogCloseButton"), "Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(QApplication.quit)

        file_menu = self.menuBar().addMenu("&File")
        for action in (self.import_score_action, self.import_folder_action, self.import_reports_action,
                       self.import_contacts_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.print_action)
        file_menu.addAction(self.email_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        toolbar = self.addToolBar("Import")
        toolbar.setObjectName("importToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.import_score_action)
        toolbar.addAction(self.import_reports_action)
        toolbar.addAction(self.import_contacts_action)

    def import_score_data(self, paths: list[Path] | None = None) -> Task | None:
        """Import files, folders or zips; asks for files when none are given. Returns the running task."""
        if paths is None:
            paths = choose_score_files(self)
        return self.imports.import_score_data(paths)

    def import_reports(self, paths: list[Path] | None = None) -> Task | None:
        """Import Student Score Report PDFs (or zips of them); asks for files when none are given."""
        if paths is None:
            paths = choose_report_files(self)
        return self.imports.import_reports(paths)

    def import_contacts(self, path: Path | None = None) -> MappingDialog | None:
        self.mapping_dialog = start_contacts_import(self, self.workspace, self.imports, path)
        return self.mapping_dialog

    def print_reports(self) -> None:
        """The Print page, with the wizard open on the Students page's selection and filter."""
        self.navigation.setCurrentRow(self.pages.indexOf(self.print_page))
        self.print_page.open_wizard()

    def email_reports(self) -> None:
        """The E-mail page, with the wizard open on the Students page's selection and filter."""
        self.navigation.setCurrentRow(self.pages.indexOf(self.email_page))
        self.email_page.open_wizard()

    def refresh(self) -> None:
        """Reload every page from the workspace (after an import)."""
        self.reports_page.refresh()  # first: the Students page shows each student's reports from it
        self._refresh_after_reports_changed()

    def _refresh_after_reports_changed(self) -> None:
        with closing(self.workspace.connect()) as connection:
            facts = students.status(connection)
        self.students_page.refresh()
        self.print_page.refresh()
        self.email_page.refresh()
        self.activity_page.show_imports(facts["imports"])
        self.counts.setText(" · ".join([
            f"{facts['students']:,} students", f"{facts['test_results']:,} test results", *_report_counts(facts),
            f"workspace: {self.workspace.folder}"]))

    def chosen_students(self) -> tuple[list[str], list[str]]:
        """The students selected on the Students page, and those it shows: where the wizards start."""
        return self.students_page.selected_ssids(), self.students_page.shown_ssids()

    def _show_waiting(self, left: int) -> None:
        """Messages left in the outbox (ssrdesk closed while sending, or the server stopped it) are named
        whatever page is shown, so they are not forgotten."""
        self.waiting.setText(f"{counted(left, 'e-mail message', 'e-mail messages')} waiting to be sent: see the "
                             "E-mail page" if left else "")
        self.waiting.setVisible(bool(left))

    def preview_report(self, report_id: int) -> None:
        """The Reports page, with the report selected and its pages shown."""
        self.navigation.setCurrentRow(self.pages.indexOf(self.reports_page))
        self.reports_page.select_report(report_id)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.reports_page.preview.show_report(None)  # deletes the preview's scratch file
        super().closeEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_paths(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _dropped_paths(event)
        if paths:
            event.acceptProposedAction()
            self.imports.import_dropped(paths)


def _report_counts(facts: dict) -> list[str]:
    """'925 reports', '3 need attention': only once reports are imported."""
    found, waiting = facts["reports"]["found"], facts["reports"]["needing_attention"]
    if not found:
        return []
    return [f"{found:,} reports"] + ([f"{waiting:,} need attention"] if waiting else [])


def _dropped_paths(event) -> list[Path]:
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    return [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
