"""The main window: page list on the left, the page on the right, imports from the menu, toolbar or a drop."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

import platformdirs

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QMessageBox,
    QStackedWidget, QWidget,
)

from ..core import students
from ..core.workspace import DATABASE, Workspace, default_location
from . import i18n
from .activity_page import ActivityPage
from .contacts_dialog import MappingDialog, start_contacts_import
from .email_page import EmailPage
from .help_window import show_about, show_guide
from .i18n import tr
from .icons import warning_text, themed
from .import_flow import ImportFlow, choose_report_files, choose_score_files, choose_score_folder
from .print_page import PrintPage
from .widgets import open_folder, unused_folder
from .reports_page import ReportsPage
from .start_page import CONTACTS, REPORTS, SCORE_DATA, StartPage
from .students_page import StudentsPage
from .tasks import Task, run_with_progress


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace):
        super().__init__()
        self.workspace = workspace
        self.setWindowTitle(f"ssrdesk — {workspace.folder.name}")
        self._default_size()
        self.setAcceptDrops(True)
        self.mapping_dialog: MappingDialog | None = None
        self.next_workspace: Path | None = None  # chosen from the File menu: the app opens it once this closes
        self.next_is_demo = False
        self.demo_task: Task | None = None

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
        self.start_page = StartPage(workspace)
        self.start_page.import_requested.connect(self._import_step)
        self.start_page.print_requested.connect(self.print_reports)
        self.start_page.email_requested.connect(self.email_reports)
        self.pages = QStackedWidget()
        self.navigation = QListWidget()
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setSpacing(2)
        self.navigation.setAccessibleName(tr("Pages"))
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        pages = [(tr("Start"), themed("GoHome", "SP_DirHomeIcon"), self.start_page),
                 (tr("Students"), themed("AddressBookNew", "SP_FileDialogDetailedView"), self.students_page),
                 (tr("Reports"), themed("DocumentOpen", "SP_FileIcon"), self.reports_page),
                 (tr("Print", "page name"), themed("DocumentPrint", "printer"), self.print_page),
                 (tr("E-mail", "page name"), themed("MailSend", "envelope"), self.email_page),
                 (tr("Activity"), themed("DocumentOpenRecent", "SP_FileDialogInfoView"), self.activity_page)]
        for name, icon, page in pages:
            self.navigation.addItem(QListWidgetItem(icon, name))
            self.pages.addWidget(page)
        for row in range(self.navigation.count()):  # Ctrl+1 … Ctrl+6: each page from the keyboard
            shortcut = QShortcut(QKeySequence(f"Ctrl+{row + 1}"), self)
            shortcut.activated.connect(lambda row=row: self.navigation.setCurrentRow(row))
            self.navigation.item(row).setToolTip(shortcut.key().toString(QKeySequence.SequenceFormat.NativeText))
        # As wide as the longest page name in the language in use.
        self.navigation.setFixedWidth(max(118, self.navigation.sizeHintForColumn(0) + 24))
        # Until all three imports are in, the Start page says what to do next.
        self.navigation.setCurrentRow(0 if not self.start_page.facts.imported_everything else 1)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self._make_actions()
        self.counts = QLabel()
        self.waiting = QLabel()
        self.waiting.setStyleSheet(f"color: {warning_text()}; font-weight: 600;")
        self.waiting.hide()
        self.statusBar().addPermanentWidget(self.waiting)
        self.statusBar().addPermanentWidget(self.counts)
        self.refresh()
        self._restore_state()

    def _default_size(self) -> None:
        """1440×900 shows every column and the detail pane; smaller screens get most of the screen."""
        screen = self.screen().availableGeometry()
        self.resize(min(1440, int(screen.width() * 0.94)), min(900, int(screen.height() * 0.94)))

    def _action(self, icon, text: str, tip: str, slot, shortcut=None) -> QAction:
        action = QAction(icon, text, self)
        action.setStatusTip(tip)
        action.triggered.connect(lambda: slot())
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _make_actions(self) -> None:
        self.import_score_action = self._action(
            themed("DocumentOpen", "SP_DialogOpenButton"), tr("Import score data…"),
            tr("Import TOMS Student Score Data Files: zips, .xlsx, .csv, .txt or .dat"), self.import_score_data, "Ctrl+I")
        import_folder = self._action(
            themed("FolderOpen", "SP_DirOpenIcon"), tr("Import a folder of score data…"),
            tr("Import every score data file and zip in a folder and its subfolders"),
            lambda: self.import_score_data(choose_score_folder(self)))
        self.import_reports_action = self._action(
            themed("DocumentOpen", "SP_FileIcon"), tr("Import Student Score Reports…"),
            tr("Import Student Score Report PDFs from TOMS: merged PDFs or a zip"), self.import_reports)
        self.import_contacts_action = self._action(
            themed("AddressBookNew", "person"), tr("Import contacts…"),
            tr("Import guardians' e-mail addresses and mailing addresses from your SIS"), self.import_contacts)
        self.print_action = self._action(
            themed("DocumentPrint", "printer"), tr("Print reports for mailing…"),
            tr("Print the reports of families who get them by mail, for window envelopes"), self.print_reports,
            QKeySequence.StandardKey.Print)
        self.email_action = self._action(
            themed("MailSend", "envelope"), tr("E-mail reports to families…"),
            tr("E-mail each family its report, locked with a password sent separately"), self.email_reports, "Ctrl+E")
        new_workspace = self._action(
            themed("FolderNew", "SP_FileDialogNewFolder"), tr("New workspace…"),
            tr("Start a workspace in another folder, or try the demo"), self.new_workspace)
        open_workspace = self._action(
            themed("FolderOpen", "SP_DirOpenIcon"), tr("Open workspace…"),
            tr("Open a workspace folder moved or restored from a backup"), self.open_workspace)
        show_folder = self._action(
            themed("FolderOpen", "SP_DirIcon"), tr("Show the workspace folder"),
            tr("Open the folder that holds this workspace, to back it up"), lambda: open_folder(self.workspace.folder))
        quit_action = self._action(
            themed("ApplicationExit", "SP_DialogCloseButton"), tr("Quit"), tr("Close ssrdesk"), self.close,
            QKeySequence.StandardKey.Quit)

        file_menu = self.menuBar().addMenu(tr("&File"))
        for action in (self.import_score_action, import_folder, self.import_reports_action,
                       self.import_contacts_action, None, self.print_action, self.email_action, None,
                       new_workspace, open_workspace, show_folder, None, quit_action):
            file_menu.addAction(action) if action else file_menu.addSeparator()
        self._language_menu(self.menuBar().addMenu(tr("&Settings")).addMenu(tr("&Language")))
        help_menu = self.menuBar().addMenu(tr("&Help"))
        help_menu.addAction(self._action(themed("HelpFaq", "SP_DialogHelpButton"), tr("User guide"),
                                         tr("How to use ssrdesk, step by step"), lambda: show_guide(self),
                                         QKeySequence.StandardKey.HelpContents))
        help_menu.addAction(self._action(themed("HelpAbout", "SP_MessageBoxInformation"), tr("About ssrdesk"),
                                         tr("The version, and where ssrdesk keeps its files"), lambda: show_about(self)))
        toolbar = self.addToolBar(tr("Import"))
        toolbar.setObjectName("importToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.import_score_action)
        toolbar.addAction(self.import_reports_action)
        toolbar.addAction(self.import_contacts_action)

    def _language_menu(self, menu) -> None:
        """The language takes effect at the next start: every window is built in one language."""
        choices = QActionGroup(self)
        for code, name in {i18n.SYSTEM: tr("Language of the system"), **i18n.LANGUAGES}.items():
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == i18n.chosen_language())
            action.triggered.connect(lambda _=False, code=code: self._choose_language(code))
            choices.addAction(action)

    def _choose_language(self, code: str) -> None:
        if code == i18n.chosen_language():
            return
        i18n.choose_language(code)
        QMessageBox.information(self, tr("Language"), tr("ssrdesk will use the new language the next time it starts."))

    def new_workspace(self) -> None:
        """The welcome screen again; the chosen workspace opens in place of this one."""
        from .welcome import WelcomeDialog

        default = default_location()
        if (default / DATABASE).exists():
            default = unused_folder(default.parent / "ssrdesk")
        welcome = WelcomeDialog(default, demo_location(), self)
        if welcome.exec():
            self._switch_to(welcome.folder, welcome.demo)

    def open_workspace(self) -> None:
        name = QFileDialog.getExistingDirectory(self, tr("Open workspace"), str(self.workspace.folder.parent))
        if not name:
            return
        if not (Path(name) / DATABASE).exists():
            QMessageBox.warning(self, tr("Open workspace"), tr(
                "This folder is not an ssrdesk workspace: it has no {database} file. Choose the folder that holds "
                "it.").format(database=DATABASE))
            return
        self._switch_to(Path(name), demo=False)

    def _switch_to(self, folder: Path, demo: bool) -> None:
        if folder.resolve() == self.workspace.folder:
            if demo:
                self.load_demo()
            return
        self.next_workspace, self.next_is_demo = folder, demo
        self.close()

    def load_demo(self) -> Task | None:
        """Fill this workspace with the demo district, behind a progress dialog, unless a demo already did
        (a demo cancelled half-way is filled again)."""
        from ..core.demo.district import fill_workspace

        if self.start_page.facts.imported_everything:
            return None
        def done(report) -> None:
            self.imports.imported.emit()
            self.statusBar().showMessage(tr("The demo is ready: an invented district, to try everything safely."), 20000)

        self.demo_task = run_with_progress(self, fill_workspace(self.workspace), tr("Preparing the demo"), done,
                                           self.refresh)
        return self.demo_task

    def _import_step(self, step: str) -> None:
        {SCORE_DATA: self.import_score_data, REPORTS: self.import_reports, CONTACTS: self.import_contacts}[step]()

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
        self.start_page.refresh()
        self.students_page.refresh()
        self.print_page.refresh()
        self.email_page.refresh()
        self.activity_page.show_imports(facts["imports"])
        self.counts.setText(" · ".join([
            tr("%Ln student(s)", "", facts["students"]), tr("%Ln test result(s)", "", facts["test_results"]),
            *_report_counts(facts), tr("workspace: {folder}").format(folder=self.workspace.folder)]))

    def chosen_students(self) -> tuple[list[str], list[str]]:
        """The students selected on the Students page, and those it shows: where the wizards start."""
        return self.students_page.selected_ssids(), self.students_page.shown_ssids()

    def _show_waiting(self, left: int) -> None:
        """Messages left in the outbox (ssrdesk closed while sending, or the server stopped it) are named
        whatever page is shown, so they are not forgotten."""
        self.waiting.setText(tr("%Ln e-mail message(s) waiting to be sent: see the E-mail page", "", left))
        self.waiting.setVisible(bool(left))

    def preview_report(self, report_id: int) -> None:
        """The Reports page, with the report selected and its pages shown."""
        self.navigation.setCurrentRow(self.pages.indexOf(self.reports_page))
        self.reports_page.select_report(report_id)

    def _restore_state(self) -> None:
        settings = QSettings()
        geometry, state = settings.value("window/geometry"), settings.value("window/state")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.demo_task is not None and self.demo_task.is_running:
            self.demo_task.cancel()
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
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
    return [tr("%Ln report(s)", "", found)] + ([tr("%Ln need attention", "", waiting)] if waiting else [])


def demo_location() -> Path:
    """The demo gets a workspace of its own in the user's data folder, so it never mixes with real data."""
    return platformdirs.user_data_path("ssrdesk", appauthor=False) / "demo"


def _dropped_paths(event) -> list[Path]:
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    return [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
