"""Import contacts: pick the SIS export, say which column holds what, import.

The mapping is suggested from the file's column names by the core; a coordinator checks it, fixes it,
and can save it as a preset for next year's export of the same SIS.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QHeaderView, QInputDialog,
    QLabel, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from ..core import contacts
from ..core.errors import UserError
from ..core.workspace import Workspace
from .i18n import core_text, tr
from .icons import error_text
from .import_flow import ImportFlow
from .messages import show_message

# Shown through tr().
CONTACT_FILES = QT_TRANSLATE_NOOP("", "Contacts export (*.csv *.xlsx *.txt);;All files (*)")
NOT_IN_FILE = QT_TRANSLATE_NOOP("", "— not in file —")
SUGGESTED = QT_TRANSLATE_NOOP("", "Suggested from the column names")


def start_contacts_import(parent: QWidget, workspace: Workspace, flow: ImportFlow,
                          path: Path | None = None) -> MappingDialog | None:
    """Ask for the file (unless given), then open the mapping dialog; Import runs it through `flow`."""
    if path is None:
        name, _ = QFileDialog.getOpenFileName(parent, tr("Import contacts"), "", tr(CONTACT_FILES))
        if not name:
            return None
        path = Path(name)
    try:
        header = contacts.read_header(path)
    except UserError as error:
        show_message(parent, tr("Import contacts"), f"{path.name}: {core_text(str(error))}")
        return None
    except OSError as error:
        show_message(parent, tr("Import contacts"),
                     tr("{file} cannot be read: {reason}.").format(file=path.name, reason=error.strerror))
        return None
    dialog = MappingDialog(workspace, path, header, parent)
    dialog.accepted.connect(
        lambda: flow.run(contacts.import_contacts(workspace, path, dialog.mapping()), tr("Importing contacts")))
    dialog.open()
    return dialog


class MappingDialog(QDialog):
    def __init__(self, workspace: Workspace, path: Path, header: list[str], parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self.header = header
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one per import; none pile up
        self.setWindowTitle(tr("Import contacts — {file}").format(file=path.name))
        self.resize(640, 720)

        intro = QLabel(tr("Which column of <b>{file}</b> holds each piece of contact information? The choices below "
                          "are suggested from the column names; check them before importing.").format(file=path.name))
        intro.setWordWrap(True)
        self.presets = QComboBox()
        self.presets.currentIndexChanged.connect(self._preset_chosen)
        save = QPushButton(tr("Save as preset…"))
        save.clicked.connect(self._ask_preset_name)
        preset_row = QHBoxLayout()
        preset_row.addWidget(QLabel(tr("Mapping:")))
        preset_row.addWidget(self.presets, 1)
        preset_row.addWidget(save)

        self.table = QTableWidget(len(contacts.FIELDS), 2)
        self.table.setHorizontalHeaderLabels((tr("Contact information"), tr("Column in the file")))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.combos: dict[str, QComboBox] = {}
        for row, field in enumerate(contacts.FIELDS):
            self.table.setItem(row, 0, QTableWidgetItem(field_label(field)))
            combo = QComboBox()
            combo.addItem(tr(NOT_IN_FILE), None)
            for column in header:
                combo.addItem(column, column)
            combo.currentIndexChanged.connect(self._validate)
            self.table.setCellWidget(row, 1, combo)
            self.combos[field] = combo

        self.found = QLabel()
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {error_text()};")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(tr("Import contacts"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(preset_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.found)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._fill_presets()  # selects the suggestion, which fills the combos

    def mapping(self) -> dict[str, str]:
        """Field -> column, for the fields that are in the file."""
        return {field: combo.currentData() for field, combo in self.combos.items() if combo.currentData()}

    def set_mapping(self, mapping: dict[str, str]) -> list[str]:
        """Show `mapping`; returns the columns it names that this file does not have."""
        missing = [column for column in mapping.values() if column not in self.header]
        for field, combo in self.combos.items():
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(mapping.get(field)), 0))
            combo.blockSignals(False)
        self._validate()
        return missing

    def save_preset(self, name: str) -> None:
        contacts.save_mapping(self.workspace, name, self.mapping())
        self._fill_presets(select=name)

    def _ask_preset_name(self) -> None:
        name, ok = QInputDialog.getText(self, tr("Save as preset"),
                                        tr("A name for this column mapping (e.g. \"Aeries export\"):"))
        if ok and name.strip():
            self.save_preset(name.strip())

    def _fill_presets(self, select: str | None = None) -> None:
        self.saved = contacts.saved_mappings(self.workspace)
        self.presets.blockSignals(True)
        self.presets.clear()
        self.presets.addItem(tr(SUGGESTED), None)
        for name in self.saved:
            self.presets.addItem(name, name)
        self.presets.setCurrentIndex(max(self.presets.findData(select), 0))
        self.presets.blockSignals(False)
        if select is None:
            self._preset_chosen()

    def _preset_chosen(self, *_) -> None:
        name = self.presets.currentData()
        missing = self.set_mapping(self.saved[name] if name else contacts.suggest_mapping(self.header))
        if missing:
            self.problem.setText(tr("This file has no column named {columns}; those fields are left out. Pick their "
                                    "columns below.").format(columns=", ".join(repr(c) for c in missing)))

    def _validate(self, *_) -> None:
        mapping = self.mapping()
        faint = QBrush(self.palette().color(QPalette.ColorRole.PlaceholderText))
        for row, field in enumerate(contacts.FIELDS):  # fields not in the file are greyed out
            self.table.item(row, 0).setForeground(QBrush() if field in mapping else faint)
        self.found.setText(tr("{found} of {total} kinds of contact information found in the file.").format(
            found=len(mapping), total=len(contacts.FIELDS)))
        try:
            contacts.check_mapping(mapping, self.header)
        except UserError as error:
            self.problem.setText(core_text(str(error)))
            self.import_button.setEnabled(False)
            return
        self.problem.clear()
        self.import_button.setEnabled(True)


# What each guardian column holds, as "Guardian 2: e-mail" says it.
GUARDIAN_PARTS = {
    "name": QT_TRANSLATE_NOOP("", "name"), "first_name": QT_TRANSLATE_NOOP("", "first name"),
    "last_name": QT_TRANSLATE_NOOP("", "last name"), "relationship": QT_TRANSLATE_NOOP("", "relationship"),
    "email": QT_TRANSLATE_NOOP("", "e-mail"), "phone": QT_TRANSLATE_NOOP("", "phone"),
    "language": QT_TRANSLATE_NOOP("", "language"), "address_line1": QT_TRANSLATE_NOOP("", "address"),
    "address_line2": QT_TRANSLATE_NOOP("", "address line 2"), "city": QT_TRANSLATE_NOOP("", "city"),
    "state": QT_TRANSLATE_NOOP("", "state"), "zip": QT_TRANSLATE_NOOP("", "ZIP code"),
}


def field_label(field: str) -> str:
    """The core's label for a contacts field, in the user's language."""
    slot, _, part = field.partition("_")
    if slot.startswith("guardian") and part in GUARDIAN_PARTS:
        return tr("Guardian {number}: {part}").format(number=slot.removeprefix("guardian"), part=tr(GUARDIAN_PARTS[part]))
    return core_text(contacts.field_label(field))
