"""Edit letters: who the cover letters come from, and the letter in each of the nine languages.

Edits to every language are kept while the dialog is open and saved together; the core checks each
letter as it is saved (merge fields, characters the fonts can print, fitting on one page), so a letter
that could not be printed for every family is refused here rather than halfway through a print run.
"""

from __future__ import annotations

from contextlib import closing

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QTextEdit, QVBoxLayout,
)

from ..core.errors import UserError
from ..core.printing.letters import (
    LANGUAGES, MERGE_FIELDS, School, default_text, load_school, reset_template, save_school, save_template,
    templates,
)
from ..core.workspace import Workspace
from .i18n import core_text, tr
from .widgets import merge_field_column, problem_label, save_or_cancel

ADDRESS_LINES = 4  # what the letterhead has room for (the core refuses more)
RIGHT_TO_LEFT = ("Arabic",)


class LettersDialog(QDialog):
    def __init__(self, workspace: Workspace, parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(tr("Cover letters"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # opened afresh each time; none pile up
        self.setMinimumSize(820, 700)
        with closing(workspace.connect()) as connection:
            school = load_school(connection)
            self.saved = templates(connection)  # language -> the text in use
        self.texts = dict(self.saved)  # language -> the text being edited
        self._shown = LANGUAGES[0]

        self.school_name = _line(school.name, tr("School name"))
        self.return_address = QPlainTextEdit("\n".join(school.address_lines))
        self.return_address.setAccessibleName(tr("Return address"))
        self.return_address.setTabChangesFocus(True)
        lines = self.return_address.fontMetrics().lineSpacing()
        self.return_address.setFixedHeight(lines * ADDRESS_LINES + 14)
        self.contact_name = _line(school.contact_name, tr("Contact person"))
        self.contact_phone = _line(school.contact_phone, tr("Contact phone number"))

        self.language = QComboBox()
        for language in LANGUAGES:
            self.language.addItem(core_text(language), language)
        self.language.setAccessibleName(tr("Letter language"))
        self.language.currentIndexChanged.connect(lambda index: self._show_language(self.language.itemData(index)))
        # A QTextEdit, not a QPlainTextEdit: only it lays out right-to-left paragraphs from the right.
        self.editor = QTextEdit()
        self.editor.setAcceptRichText(False)
        self.editor.setPlainText(self.texts[self._shown])
        self.editor.setAccessibleName(tr("Letter text"))
        self.editor.setTabChangesFocus(True)
        fields = tuple((name, core_text(label)) for name, label in MERGE_FIELDS)
        self.fields, fields_column = merge_field_column(fields, self.insert_field, tr("in the letter"))
        reset = QPushButton(tr("&Reset to default"))
        reset.setToolTip(tr("Replace this language's letter with ssrdesk's built-in text"))
        reset.clicked.connect(self.reset_to_default)

        self.problem = problem_label()
        self.buttons = save_or_cancel(self)

        school_box = QGroupBox(tr("Who the letters come from"))
        form = QFormLayout(school_box)
        form.addRow(tr("School &name:"), self.school_name)
        form.addRow(tr("Return &address:"), self.return_address)
        form.addRow(tr("Contact &person:"), self.contact_name)
        form.addRow(tr("Contact p&hone:"), self.contact_phone)

        letter_box = QGroupBox(tr("The letter"))
        language_row = QHBoxLayout()
        language_label = QLabel(tr("&Language:"))
        language_label.setBuddy(self.language)
        language_row.addWidget(language_label)
        language_row.addWidget(self.language)
        language_row.addStretch(1)
        language_row.addWidget(reset)
        hint = QLabel(tr("Families get the letter in their language when there is one, else the English letter. "
                         "Merge fields, in braces, are filled in for each family."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: gray;")
        editing = QHBoxLayout()
        editing.addWidget(self.editor, 1)
        editing.addLayout(fields_column)
        letter_layout = QVBoxLayout(letter_box)
        letter_layout.addLayout(language_row)
        letter_layout.addWidget(hint)
        letter_layout.addLayout(editing, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(school_box)
        layout.addWidget(letter_box, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def insert_field(self, name: str) -> None:
        self.editor.insertPlainText(f"{{{name}}}")
        self.editor.setFocus()

    def reset_to_default(self) -> None:
        """Shows the built-in text; it replaces the edited letter when the dialog is saved."""
        self.editor.setPlainText(default_text(self._shown))

    def accept(self) -> None:
        if self.save():
            super().accept()

    def save(self) -> bool:
        """Save the school's details and every letter that changed; False (with the reason shown) if refused."""
        self.texts[self._shown] = self.editor.toPlainText()
        with closing(self.workspace.connect()) as connection:
            try:
                save_school(connection, self._entered_school())
            except UserError as error:
                self.problem.setText(str(error))
                return False
            for language in LANGUAGES:
                try:
                    self._save_letter(connection, language)
                except UserError as error:
                    self.language.setCurrentIndex(self.language.findData(language))
                    self.problem.setText(str(error))
                    return False
        self.problem.clear()
        return True

    def _save_letter(self, connection, language: str) -> None:
        text = self.texts[language].strip()
        if text == self.saved[language].strip():
            return
        if text == default_text(language):
            reset_template(connection, language)
        else:
            save_template(connection, language, text)
        self.saved[language] = text

    def _entered_school(self) -> School:
        return School(self.school_name.text(), tuple(self.return_address.toPlainText().splitlines()),
                      self.contact_name.text(), self.contact_phone.text())

    def _show_language(self, language: str) -> None:
        self.texts[self._shown] = self.editor.toPlainText()
        self._shown = language
        # Set before the text, so each paragraph is laid out in the letter's direction.
        direction = Qt.LayoutDirection.RightToLeft if language in RIGHT_TO_LEFT else Qt.LayoutDirection.LeftToRight
        self.editor.setLayoutDirection(direction)
        option = self.editor.document().defaultTextOption()
        option.setTextDirection(direction)
        self.editor.document().setDefaultTextOption(option)
        self.editor.setPlainText(self.texts[language])


def _line(text: str, name: str) -> QLineEdit:
    edit = QLineEdit(text)
    edit.setAccessibleName(name)
    return edit
