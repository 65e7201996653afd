"""Edit the two e-mails a family gets, the report's and the password's, in each of the nine languages.

As with the cover letters, edits to every text are kept while the dialog is open and saved together; the
core checks each as it is saved (known merge fields, the password only in the password's message and never
in a subject), and the first text it refuses is shown with the reason.
"""

from __future__ import annotations

from contextlib import closing

from PySide6.QtCore import QEvent, QObject, Qt, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QTextEdit, QVBoxLayout,
)

from ..core.delivery.messages import (
    FILE, MERGE_FIELDS, PASSWORD, Template, default_template, reset_template, save_template, templates,
)
from ..core.errors import UserError
from ..core.printing.letters import LANGUAGES
from ..core.workspace import Workspace
from .i18n import core_text, tr
from .widgets import merge_field_column, problem_label, save_or_cancel

RIGHT_TO_LEFT = ("Arabic",)
KIND_LABELS = {FILE: QT_TRANSLATE_NOOP("", "The message with the report"),
               PASSWORD: QT_TRANSLATE_NOOP("", "The message with the password")}


def show_text(editor: QTextEdit, text: str, language: str) -> None:
    """Put `text` in the editor laid out in the language's direction (Arabic from the right)."""
    # Set before the text, so each paragraph is laid out in that direction.
    direction = Qt.LayoutDirection.RightToLeft if language in RIGHT_TO_LEFT else Qt.LayoutDirection.LeftToRight
    editor.setLayoutDirection(direction)
    option = editor.document().defaultTextOption()
    option.setTextDirection(direction)
    editor.document().setDefaultTextOption(option)
    editor.setPlainText(text)


def _tidy(template: Template) -> Template:
    """As the core stores it, so an unchanged text is recognised as unchanged."""
    return Template(" ".join(template.subject.split()), template.body.strip())


class EmailTextsDialog(QDialog):
    def __init__(self, workspace: Workspace, parent=None, language: str = LANGUAGES[0], kind: str = FILE):
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(tr("E-mail messages"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # opened afresh each time; none pile up
        self.setMinimumSize(820, 640)
        with closing(workspace.connect()) as connection:
            self.saved = {key: _tidy(text) for key, text in templates(connection).items()}  # the texts in use
        self.texts = dict(self.saved)  # (language, kind) -> the text being edited
        self._shown = (language, kind)

        self.language = QComboBox()
        for name in LANGUAGES:
            self.language.addItem(core_text(name), name)
        self.language.setCurrentIndex(self.language.findData(language))
        self.language.setAccessibleName(tr("Language"))
        self.kind = QComboBox()
        for value, label in KIND_LABELS.items():
            self.kind.addItem(tr(label), value)
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.kind.setAccessibleName(tr("Which message"))
        self.subject = QLineEdit()
        self.subject.setAccessibleName(tr("Subject"))
        # A QTextEdit, not a QPlainTextEdit: only it lays out right-to-left paragraphs from the right.
        self.body = QTextEdit()
        self.body.setAcceptRichText(False)
        self.body.setTabChangesFocus(True)
        self.body.setAccessibleName(tr("Message text"))
        self._target: QObject = self.body  # where Insert field puts a field: the subject or the text, last focused
        for editor in (self.subject, self.body):
            editor.installEventFilter(self)

        fields = tuple((name, core_text(label)) for name, label in MERGE_FIELDS)
        self.fields, fields_column = merge_field_column(fields, self.insert_field, tr("in the subject or the text"))
        reset = QPushButton(tr("&Reset to built-in text"))
        reset.setToolTip(tr("Replace this message, in this language, with ssrdesk's own text"))
        reset.clicked.connect(self.reset_to_default)

        self.problem = problem_label()
        self.buttons = save_or_cancel(self)

        choosing = QHBoxLayout()
        for text, combo in ((tr("&Language:"), self.language), (tr("&Message:"), self.kind)):
            label = QLabel(text)
            label.setBuddy(combo)
            choosing.addWidget(label)
            choosing.addWidget(combo)
            choosing.addSpacing(12)
        choosing.addStretch(1)
        choosing.addWidget(reset)
        hint = QLabel(tr("Families get the messages in their language where there is one, else in English. Merge "
                         "fields, in braces, are filled in for each family. {password} goes only in the message "
                         "with the password, and never in a subject: subjects show in notifications."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: gray;")
        form = QFormLayout()
        form.addRow(tr("&Subject:"), self.subject)
        text_label = QLabel(tr("&Text:"))
        text_label.setBuddy(self.body)
        form.addRow(text_label, self.body)
        editing = QHBoxLayout()
        editing.addLayout(form, 1)
        editing.addLayout(fields_column)

        layout = QVBoxLayout(self)
        layout.addLayout(choosing)
        layout.addWidget(hint)
        layout.addLayout(editing, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._show(self._shown)
        self.language.currentIndexChanged.connect(lambda _: self._switch())
        self.kind.currentIndexChanged.connect(lambda _: self._switch())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            self._target = watched
        return False

    def insert_field(self, name: str) -> None:
        if self._target is self.subject:
            self.subject.insert(f"{{{name}}}")
        else:
            self.body.insertPlainText(f"{{{name}}}")
        self._target.setFocus()

    def reset_to_default(self) -> None:
        """Shows the built-in text; it replaces the edited one when the dialog is saved."""
        self._fill(default_template(*self._shown))

    def accept(self) -> None:
        if self.save():
            super().accept()

    def save(self) -> bool:
        """Save every text that changed; False (showing the first refused, with the reason) if one is refused."""
        self._keep()
        with closing(self.workspace.connect()) as connection:
            for (language, kind), text in self.texts.items():
                try:
                    self._save_one(connection, language, kind, _tidy(text))
                except UserError as error:
                    self.language.setCurrentIndex(self.language.findData(language))
                    self.kind.setCurrentIndex(self.kind.findData(kind))
                    self.problem.setText(str(error))
                    return False
        self.problem.clear()
        return True

    def _save_one(self, connection, language: str, kind: str, text: Template) -> None:
        if text == self.saved[language, kind]:
            return
        if text == _tidy(default_template(language, kind)):
            reset_template(connection, language, kind)
        else:
            save_template(connection, language, kind, text)
        self.saved[language, kind] = text

    def _keep(self) -> None:
        self.texts[self._shown] = Template(self.subject.text(), self.body.toPlainText())

    def _switch(self) -> None:
        self._keep()
        self._show((self.language.currentData(), self.kind.currentData()))

    def _show(self, key: tuple[str, str]) -> None:
        self._shown = key
        self._fill(self.texts[key])

    def _fill(self, text: Template) -> None:
        self.subject.setText(text.subject)
        show_text(self.body, text.body, self._shown[0])
