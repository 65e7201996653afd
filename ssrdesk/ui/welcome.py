"""The first thing a new coordinator sees: how families will get their reports, where the workspace goes,
and the demo to try first. The Start page then walks through the three imports."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QRadioButton, QVBoxLayout, QWidget,
)

from ..core.workspace import DATABASE
from . import i18n
from .i18n import tr
from .icons import themed
from .widgets import field_column, field_row, problem_label, section_heading, wrapped_label

PRINT, EMAIL, BOTH = "print", "email", "both"


def chosen_route() -> str:
    value = QSettings().value("route", BOTH)
    return value if value in (PRINT, EMAIL, BOTH) else BOTH


def choose_route(route: str) -> None:
    QSettings().setValue("route", route)


def route_names() -> dict[str, str]:
    return {PRINT: tr("Print and mail"), EMAIL: tr("E-mail"), BOTH: tr("Both: e-mail, and print the rest")}


def _route_texts() -> dict[str, str]:
    return {
        PRINT: tr("Each report is printed with a cover letter in the family's language, folded into a left-window "
                  "envelope and mailed."),
        EMAIL: tr("Each family gets its report as a file locked with a password, and the password in a second "
                  "e-mail. Reports for families without an e-mail address are printed."),
        BOTH: tr("E-mail the families whose address you have, print for the rest. What most schools do."),
    }


class WelcomeDialog(QDialog):
    """Accepted with `folder` set: create (or open) that workspace; `demo` says to fill it with the demo."""

    def __init__(self, folder: Path, demo_folder: Path, parent: QWidget | None = None):
        """With a parent (File > New workspace) it is a dialog of the running app: Cancel, not Quit."""
        super().__init__(parent)
        self.folder = folder
        self.demo_folder = demo_folder
        self.demo = False
        self.route = chosen_route()
        self.content: QWidget | None = None
        QVBoxLayout(self).setContentsMargins(0, 0, 0, 0)
        self._build()

    def _build(self) -> None:
        """(Re)builds every text, so choosing a language shows it at once."""
        if self.content is not None:
            self.folder = Path(self.folder_edit.text().strip() or self.folder)
            self.layout().removeWidget(self.content)
            self.content.setParent(None)  # gone at once; deleted once the combo box's signal has returned
            self.content.deleteLater()
        self.content = QWidget()
        self.layout().addWidget(self.content)
        self.setWindowTitle(tr("Welcome to ssrdesk"))
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(10)

        title = QLabel(tr("Welcome to ssrdesk"))
        title.setStyleSheet("font-size: 20pt; font-weight: 600;")
        self.language = QComboBox()
        self.language.setAccessibleName(tr("Language"))
        self.language.addItem(tr("Language of the system"), i18n.SYSTEM)
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.chosen_language())))
        self.language.currentIndexChanged.connect(self._change_language)
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(QLabel(tr("Language:")))
        top.addWidget(self.language)
        layout.addLayout(top)
        intro = wrapped_label()
        intro.setText(tr("ssrdesk gets every family its Student Score Report on time. It splits the merged PDFs "
                         "from TOMS into one report per student, then prints them for window envelopes or e-mails "
                         "them locked with a password, and keeps track of the deadlines."))
        layout.addWidget(intro)

        layout.addWidget(section_heading(tr("How will families get their reports?")))
        self.routes = QButtonGroup(self)
        texts = _route_texts()
        for route, name in route_names().items():
            button = QRadioButton(name)
            button.setChecked(route == self.route)
            button.toggled.connect(lambda on, route=route: on and self._set_route(route))
            self.routes.addButton(button)
            button.setAccessibleDescription(texts[route])
            explained = wrapped_label()
            explained.setText(texts[route])
            explained.setContentsMargins(24, 0, 0, 0)  # under the button's text, not its circle
            explained.setBuddy(button)
            layout.addWidget(field_column(button, explained))
        layout.addWidget(QLabel(tr("You can change this at any time on the Start page.")))

        layout.addWidget(section_heading(tr("Where to keep your workspace")))
        where = wrapped_label()
        where.setText(tr("The workspace holds the students' data and their reports. It stays on this computer and "
                         "only your account can read it. Keep it off shared drives; the user guide says how to back "
                         "it up and move it."))
        layout.addWidget(where)
        self.folder_edit = QLineEdit(str(self.folder))
        self.folder_edit.setAccessibleName(tr("Workspace folder"))
        self.folder_edit.setMinimumWidth(420)
        self.folder_edit.textChanged.connect(lambda: self.problem.clear())
        choose = QPushButton(themed("FolderOpen", "SP_DirOpenIcon"), tr("Choose…"))
        choose.setAccessibleName(tr("Choose the workspace folder"))
        choose.clicked.connect(self._choose_folder)
        layout.addWidget(field_row(self.folder_edit, choose))
        self.problem = problem_label()
        layout.addWidget(self.problem)
        layout.addStretch(1)

        buttons = QDialogButtonBox()
        self.create_button = buttons.addButton(tr("Create the workspace"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setDefault(True)
        self.demo_button = buttons.addButton(tr("Try the demo first"), QDialogButtonBox.ButtonRole.ActionRole)
        self.demo_button.setToolTip(tr("An invented district of 600 students in a separate workspace, to try every "
                                       "step safely. Create your own workspace when you are ready."))
        quit_button = buttons.addButton(tr("Cancel") if self.parent() else tr("Quit"),
                                        QDialogButtonBox.ButtonRole.RejectRole)
        self.create_button.clicked.connect(self._create)
        self.demo_button.clicked.connect(self._try_demo)
        quit_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.content.show()  # a widget added to a dialog already on screen would only show later
        # Qt sizes a new dialog below its wrapped labels' needs: give them their height, in any language.
        self.resize(self.sizeHint().expandedTo(self.size()))
        self.create_button.setFocus()

    def _set_route(self, route: str) -> None:
        self.route = route

    def _change_language(self) -> None:
        i18n.choose_language(self.language.currentData())
        i18n.install()
        self._build()
        self.language.setFocus()

    def _choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, tr("Where to keep your workspace"), self.folder_edit.text())
        if name:
            self.folder_edit.setText(name)

    def _create(self) -> None:
        folder = Path(self.folder_edit.text().strip()).expanduser()
        if not self.folder_edit.text().strip() or not folder.is_absolute():
            self.problem.setText(tr("Name the folder for the workspace in full, or choose it with Choose…."))
            return
        if folder.exists() and not folder.is_dir():
            self.problem.setText(tr("This is a file, not a folder. Choose a folder for the workspace."))
            return
        if folder.is_dir() and not (folder / DATABASE).exists() and any(folder.iterdir()):
            self.problem.setText(tr("This folder already holds other files. Choose an empty or new folder, "
                                    "for example one named ssrdesk inside it."))
            return
        self._finish(folder, demo=False)

    def _try_demo(self) -> None:
        self._finish(self.demo_folder, demo=True)  # filled unless already complete

    def _finish(self, folder: Path, demo: bool) -> None:
        self.folder, self.demo = folder, demo
        choose_route(self.route)
        self.accept()
