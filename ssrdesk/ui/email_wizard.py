"""E-mail reports to families: which families, their passwords, the two messages, how to send, a full check,
then sending with live counts.

Nothing is queued or sent before the confirmation on the check page: until then the plan lives in memory,
and the check builds every protected report and message only to count them and throw them away.
"""

from __future__ import annotations

from contextlib import closing
from dataclasses import replace
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QApplication, QButtonGroup, QCheckBox, QComboBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit, QProgressBar, QPushButton, QRadioButton, QSpinBox,
    QTableWidgetItem, QTabWidget, QTextEdit, QVBoxLayout, QWidget, QWizard, QWizardPage,
)

from ..core import choice, keychain
from ..core.delivery import outbox, recipients
from ..core.delivery.messages import Template
from ..core.delivery.outbox import DryRun, dry_run, preview
from ..core.delivery.passwords import (
    STRONG_BITS, TEMPLATE_FIELDS, Policy, check, password_for, random_password, strength,
)
from ..core.delivery.recipients import SIBLING_CHOICES, EmailOptions, EmailPlan, Family
from ..core.delivery.smtp import SmtpSettings, load_settings, login_password, save_settings
from ..core.errors import UserError
from ..core.printing.letters import blank_letter_fields, load_school
from ..core.workspace import Workspace
from .email_common import (
    Delivered, OutboxCounts, deliver, duration, hint, send_test_message, sent_text, stopped_text, waiting,
)
from .email_texts_dialog import EmailTextsDialog, show_text
from .i18n import core_text, tr
from .icons import GREEN, RED, warning_text, standard
from .letters_dialog import LettersDialog
from .messages import show_message
from .print_wizard import COPIES
from .widgets import (
    choice_box, documents, field_column, field_row, fit_columns, open_folder, plain_table, unused_folder, wrapped_label,
)
from .student_choice import StudentChoice
from .tasks import Task, run_with_progress

TITLE = QT_TRANSLATE_NOOP("", "E-mail reports to families")
SIBLINGS = {"separate": QT_TRANSLATE_NOOP("", "A pair of messages for &each child"),
            "together": QT_TRANSLATE_NOOP("", "&One pair for all the children at one address, with each child's "
                                              "report")}
SECURITY = {"starttls": QT_TRANSLATE_NOOP("", "STARTTLS (usually port 587)"),
            "ssl": QT_TRANSLATE_NOOP("", "SSL/TLS (usually port 465)")}
PORTS = {"starttls": 587, "ssl": 465}
EXAMPLE_TEMPLATE = "{birth_date}{ssid_last4}"
VERDICTS = {  # by the first word of the core's verdict on a password policy
    "strong": QT_TRANSLATE_NOOP("", "strong (about {bits} bits)"),
    "weaker": QT_TRANSLATE_NOOP("", "weaker (about {bits} bits): someone who knows the student could narrow it "
                                    "down"),
    "weak": QT_TRANSLATE_NOOP("", "weak (about {bits} bits): anyone who knows the student's birthday or ID could "
                                  "open the report; use it only if your district requires it"),
}


class EmailWizard(QWizard):
    sending_started = Signal(object)  # the Task that queues and sends: the E-mail page follows it

    def __init__(self, workspace: Workspace, selected: list[str], shown: list[str], parent=None):
        """`selected` and `shown`: SSIDs of the students selected, and shown, on the Students page."""
        super().__init__(parent)
        self.workspace = workspace
        self.plan: EmailPlan | None = None
        self.dry: DryRun | None = None
        self.task: Task | None = None  # the check, or the sending, while it runs
        self.setWindowTitle(tr(TITLE))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setMinimumSize(900, 640)
        screen = (parent.screen() if parent else QApplication.primaryScreen()).availableGeometry()
        self.resize(min(1060, screen.width()), min(760, int(screen.height() * 0.85)))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)  # its Close button stops sending safely
        self.families_page = FamiliesPage(workspace, selected, shown)
        self.passwords_page = PasswordsPage()
        self.messages_page = MessagesPage(workspace)
        self.sending_page = SendingPage(workspace)
        self.check_page = CheckPage()
        self.progress_page = ProgressPage()
        for page in (self.families_page, self.passwords_page, self.messages_page, self.sending_page,
                     self.check_page, self.progress_page):
            self.addPage(page)

    def options(self) -> EmailOptions:
        return replace(self.families_page.options(), policy=self.passwords_page.policy())

    def make_plan(self) -> str:
        """Work out the plan from the pages' choices; "" when made, else why it cannot be."""
        try:
            with closing(self.workspace.connect()) as connection:
                self.plan = recipients.plan(connection, self.families_page.ssids(), self.options(),
                                            self.workspace.folder)
        except UserError as error:
            self.plan = None
            return core_text(str(error))
        return ""

    def done(self, result: int) -> None:
        # Closing while sending stops once the family being sent to has both its messages; the rest stay queued.
        if self.task is not None and self.task.is_running:
            self.task.cancel()
        super().done(result)


# ---- 1. families ----

PRINT_TAB, LEFT_OUT_TAB, WARNINGS_TAB = range(3)
LEFT_OUT_HEADERS = (QT_TRANSLATE_NOOP("", "Student"), "SSID", QT_TRANSLATE_NOOP("", "Why"))


class FamiliesPage(QWizardPage):
    def __init__(self, workspace: Workspace, selected: list[str], shown: list[str]):
        super().__init__()
        self.setTitle(tr("Which families?"))
        self.setSubTitle(tr("Each guardian e-mail address gets two messages: the report, protected by a password, "
                            "then the password in a separate message. Students without a usable address go to the "
                            "print list."))
        self.students = StudentChoice(workspace, selected, shown)
        tip = hint(tr("To e-mail a few families, select their students on the Students page first: Ctrl-click or "
                      "Shift-click selects several. To e-mail a school or grade, choose it there."))
        self.reports = {code: QCheckBox(core_text(label)) for code, label in choice.REPORT_GROUPS.items()}
        for box in self.reports.values():
            box.setChecked(True)
        self.copies = choice_box({value: tr(label) for value, label in COPIES.items()}, EmailOptions().languages,
                                 tr("Copies of translated reports"))
        self.siblings = QButtonGroup(self)
        for number, value in enumerate(SIBLING_CHOICES):
            self.siblings.addButton(QRadioButton(tr(SIBLINGS[value])), number)
        self.siblings.button(SIBLING_CHOICES.index(EmailOptions().siblings)).setChecked(True)
        self.resend = QCheckBox(tr("Include families already e-mailed (they get a new password)"))

        self.summary = wrapped_label()
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        headers = tuple(tr(header) for header in LEFT_OUT_HEADERS)
        self.to_print = plain_table(headers, tr("Students who go to the print list"))
        self.left_out = plain_table(headers, tr("Students left out"))
        self.warnings = QListWidget()
        self.warnings.setAccessibleName(tr("Warnings"))
        self.warnings.setWordWrap(True)
        self.notes = QTabWidget()
        self.notes.addTab(self.to_print, "")
        self.notes.addTab(self.left_out, "")
        self.notes.addTab(self.warnings, standard("SP_MessageBoxWarning"), "")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(tr("Students:"), field_column(self.students, tip))
        form.addRow(tr("Reports:"), field_row(*self.reports.values()))
        form.addRow(tr("Tr&anslated reports:"), self.copies)
        form.addRow(tr("Brothers and sisters:"), field_column(*self.siblings.buttons()))
        form.addRow(tr("E-mailed before:"), self.resend)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.notes, 1)

        self.students.changed.connect(self.refresh_plan)
        for box in self.reports.values():
            box.toggled.connect(self.refresh_plan)
        self.copies.currentIndexChanged.connect(self.refresh_plan)
        self.siblings.idToggled.connect(lambda _, on: on and self.refresh_plan())
        self.resend.toggled.connect(self.refresh_plan)

    def options(self) -> EmailOptions:
        return EmailOptions(languages=self.copies.currentData(),
                            reports=tuple(code for code, box in self.reports.items() if box.isChecked()),
                            siblings=SIBLING_CHOICES[self.siblings.checkedId()], resend=self.resend.isChecked())

    def ssids(self) -> list[str]:
        return self.students.ssids()

    def initializePage(self) -> None:
        self.refresh_plan()

    def refresh_plan(self) -> None:
        problem = self.wizard().make_plan()
        made = self.wizard().plan
        if made is None:
            self.summary.setText(f"<span style='color:{RED}'>{escape(problem)}</span>")
            made = EmailPlan(self.wizard().options(), [], [], [], [])
        else:
            self.summary.setText(_plan_summary(made) + " " + tr("Nothing is sent yet."))
        _fill(self.to_print, made.to_print)
        _fill(self.left_out, made.left_out)
        self.warnings.clear()
        for warning in made.warnings:
            self.warnings.addItem(QListWidgetItem(standard("SP_MessageBoxWarning"), warning))
        self.notes.setTabText(PRINT_TAB, tr("To the print list ({count})").format(count=_number(len(made.to_print))))
        self.notes.setTabText(LEFT_OUT_TAB, tr("Left out ({count})").format(count=_number(len(made.left_out))))
        self.notes.setTabText(WARNINGS_TAB, tr("Warnings ({count})").format(count=_number(len(made.warnings))))
        self.notes.setTabVisible(WARNINGS_TAB, bool(made.warnings))
        self.notes.setCurrentIndex(WARNINGS_TAB if made.warnings else PRINT_TAB if made.to_print else LEFT_OUT_TAB)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        made = self.wizard().plan if self.wizard() else None
        return bool(made and made.families)


def _plan_summary(made: EmailPlan) -> str:
    text = tr("<b>{families}, {messages}</b> (a report, then its password) for {students}.").format(
        families=tr("%Ln family(ies)", "", len(made.families)), messages=tr("%Ln message(s)", "", made.messages),
        students=tr("%Ln student(s)", "", made.students))
    if made.to_print:
        text += " " + tr("%Ln student(s) go to the print list: no usable e-mail address.", "", len(made.to_print))
    if made.left_out:
        text += " " + tr("%Ln student(s) are left out, for the reasons below.", "", len(made.left_out))
    return text


def _fill(table, rows: list[choice.LeftOut]) -> None:
    table.setRowCount(len(rows))
    for row, item in enumerate(rows):
        for column, text in enumerate((item.student or tr("(not in the score data)"), item.ssid,
                                       core_text(item.reason))):
            cell = QTableWidgetItem(text)
            cell.setToolTip(text)
            table.setItem(row, column, cell)
    fit_columns(table)


# ---- 2. passwords ----

class PasswordsPage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setTitle(tr("Passwords"))
        self.setSubTitle(tr("Each report is locked with its own password, which goes in a separate message right "
                            "after the report."))
        self.random = QRadioButton(tr("&Random (recommended)"))
        self.random.setChecked(True)
        self.random_note = wrapped_label()
        self.random_note.setText(tr("{strength}. For example: <b>{password}</b><br>Lowercase letters and digits "
                                    "without look-alikes (no l, 1, o or 0): easy to read out over the phone and to "
                                    "type on one.").format(strength=_strength(Policy())[1].capitalize(),
                                                           password=random_password()))
        self.from_data = QRadioButton(tr("From &student data"))
        self.template = QLineEdit(EXAMPLE_TEMPLATE)
        self.template.setAccessibleName(tr("Password template"))
        self.field = QComboBox()
        for name, (label, _) in TEMPLATE_FIELDS.items():
            self.field.addItem(f"{core_text(label)}: {{{name}}}", name)
        self.field.setAccessibleName(tr("Field to insert"))
        self.insert = QPushButton(tr("&Insert field"))
        self.insert.clicked.connect(self.insert_field)
        self.verdict = wrapped_label()
        template_note = hint(tr("Each field in braces is filled in from the student's data; a student whose data "
                                "lacks a field is left out."))
        self.template_box = field_column(field_row(self.template, self.field, self.insert), self.verdict, template_note)
        self.template.setMinimumWidth(260)

        layout = QVBoxLayout(self)
        layout.addWidget(self.random)
        layout.addWidget(_indented(self.random_note))
        layout.addSpacing(12)
        layout.addWidget(self.from_data)
        layout.addWidget(_indented(self.template_box))
        layout.addStretch(1)
        self.from_data.toggled.connect(self._show_verdict)
        self.template.textChanged.connect(self._show_verdict)
        self._show_verdict()

    def policy(self) -> Policy:
        return Policy("template", self.template.text().strip()) if self.from_data.isChecked() else Policy()

    def insert_field(self) -> None:
        self.template.insert(f"{{{self.field.currentData()}}}")
        self.template.setFocus()

    def validatePage(self) -> bool:
        wizard = self.wizard()
        problem = wizard.make_plan()
        if not problem and not wizard.plan.families:
            problem = tr("Every chosen student is left out with these passwords: their data lacks a field the "
                         "template needs. Go back to see why, or choose random passwords.")
        if problem:
            show_message(self, tr(TITLE), problem)
        return not problem

    def _show_verdict(self, *_) -> None:
        self.template_box.setEnabled(self.from_data.isChecked())
        try:
            bits, verdict = _strength(check(Policy("template", self.template.text().strip())))
        except UserError as error:
            self.verdict.setText(f"<span style='color:{RED}'>{escape(core_text(str(error)))}</span>")
            return
        colour = GREEN if bits >= STRONG_BITS else warning_text()
        self.verdict.setText(f"<span style='color:{colour}'>{escape(verdict.capitalize())}.</span>")


# ---- 3. messages ----

class MessageView(QGroupBox):
    """One message as the family will see it: who it goes to, the subject, attachments and the text."""

    def __init__(self, title: str):
        super().__init__(title)
        self.header = wrapped_label()
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body = QTextEdit()
        self.body.setReadOnly(True)
        self.body.setAccessibleName(title)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.body, 1)

    def show_message(self, to: str, text: Template, language: str, attachments: list[str] = ()) -> None:
        rows = [(tr("To:"), to), (tr("Subject:"), text.subject)]
        if attachments:
            rows.append((tr("Attached:"), tr("{files} (opens only with the password)").format(
                files=", ".join(attachments))))
        self.header.setText("<table>" + "".join(f"<tr><td style='color:gray; padding-right:8px'>{name}</td>"
                                                f"<td>{escape(value)}</td></tr>" for name, value in rows) + "</table>")
        show_text(self.body, text.body, language)


class MessagesPage(QWizardPage):
    def __init__(self, workspace: Workspace):
        super().__init__()
        self.workspace = workspace
        self.example = ""
        self.setTitle(tr("The two messages"))
        self.setSubTitle(tr("What one family gets, in its language: first the report, then its password in a "
                            "separate message. Edit the texts for every family with Edit messages…"))
        self.family = QComboBox()
        self.family.setAccessibleName(tr("Family to preview"))
        self.family.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.family.setMinimumContentsLength(40)
        self.family.currentIndexChanged.connect(lambda _: self.show_family())
        edit = QPushButton(tr("&Edit messages…"))
        edit.setToolTip(tr("The subject and text of both messages, in each language"))
        edit.clicked.connect(lambda: self.open_texts())
        self.file_view = MessageView(tr("1. The message with the report"))
        self.password_view = MessageView(tr("2. The message with the password, sent right after"))
        self.example_note = wrapped_label()
        self.example_note.setStyleSheet(f"color: {warning_text()};")
        self.school_note = wrapped_label()
        self.school_note.setStyleSheet(f"color: {warning_text()};")
        school = QPushButton(tr("S&chool details…"))
        school.setToolTip(tr("The school's name, contact person and phone number, shared with the cover letters"))
        school.clicked.connect(lambda: self.open_school())

        top = QHBoxLayout()
        label = QLabel(tr("&Family:"))
        label.setBuddy(self.family)
        top.addWidget(label)
        top.addWidget(self.family, 1)
        top.addWidget(edit)
        top.addWidget(school)
        views = QHBoxLayout()
        views.addWidget(self.file_view, 1)
        views.addWidget(self.password_view, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(views, 1)
        layout.addWidget(self.example_note)
        layout.addWidget(self.school_note)

    def initializePage(self) -> None:
        made = self.wizard().plan
        self.family.blockSignals(True)
        self.family.clear()
        for family in made.families:
            names = " & ".join(f"{c.student['first_name']} {c.student['last_name']}" for c in family.children)
            self.family.addItem(f"{names} — {family.address} ({core_text(family.language)})")
        self.family.setCurrentIndex(0)
        self.family.blockSignals(False)
        random = made.options.policy.kind == "random"
        self.example = random_password() if random else ""
        if random:
            self.example_note.setText(tr("The password shown is an example: each family gets its own random "
                                         "password, made as the messages are built."))
            self.password_view.setTitle(tr("2. The message with the password, sent right after (an example "
                                           "password)"))
        else:
            self.example_note.setText(tr("The password shown is made from the first student's data with your "
                                         "template, as the family will get it."))
            self.password_view.setTitle(tr("2. The message with the password, sent right after"))
        self.show_family()

    def current(self) -> Family:
        return self.wizard().plan.families[max(self.family.currentIndex(), 0)]

    def show_family(self) -> None:
        family, policy = self.current(), self.wizard().plan.options.policy
        example = self.example or password_for(family.children[0].student, policy)
        with closing(self.workspace.connect()) as connection:
            file_text, password_text, attachments = preview(connection, family, load_settings(connection).from_,
                                                            example)
            blank = blank_letter_fields(load_school(connection))
        self.school_note.setText(tr("The school details have no {missing} yet, so the messages may leave those "
                                    "places blank. Fill them in with School details…").format(
            missing=core_text(blank)) if blank else "")
        self.school_note.setVisible(bool(blank))
        to = f"{family.guardian} <{family.address}>" if family.guardian else family.address
        self.file_view.show_message(to, file_text, family.language, attachments)
        self.password_view.show_message(to, password_text, family.language)

    def open_texts(self) -> EmailTextsDialog:
        dialog = EmailTextsDialog(self.workspace, self, self.current().language)
        dialog.accepted.connect(self.show_family)
        dialog.open()
        return dialog

    def open_school(self) -> LettersDialog:
        dialog = LettersDialog(self.workspace, self)
        dialog.accepted.connect(self.show_family)
        dialog.open()
        return dialog


# ---- 4. how to send ----

class SendingPage(QWizardPage):
    def __init__(self, workspace: Workspace):
        super().__init__()
        self.workspace = workspace
        self.test_task: Task | None = None
        self.setTitle(tr("How to send"))
        self.setSubTitle(tr("Through the school's mail server, or as .eml files that your own mail program sends. "
                            "The settings are remembered for next time; the password only in this computer's "
                            "password store."))
        with closing(workspace.connect()) as connection:
            saved = load_settings(connection)
        self.through_server = QRadioButton(tr("Send through the &mail server"))
        self.as_files = QRadioButton(tr("&Write .eml files to a folder (for mail systems that allow no login)"))
        self.through_server.setChecked(True)
        self.sender = _line(saved.sender, tr("From address"))
        self.sender.setPlaceholderText("testing@school.org")
        self.sender_name = _line(saved.sender_name, tr("From name"))
        self.sender_name.setPlaceholderText(tr("the school's name, shown as who the messages are from"))

        self.host = _line(saved.host, tr("Mail server"))
        self.host.setPlaceholderText("smtp.school.org")
        self.port = _spin(1, 65535, saved.port, tr("Port"))
        self.security = choice_box({value: tr(label) for value, label in SECURITY.items()}, saved.security,
                                   tr("Security"))
        self.security.currentIndexChanged.connect(self._security_changed)
        self.user = _line(saved.user, tr("User name"))
        self.password = _line("", tr("Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.editingFinished.connect(self.remember_password)
        self.password_note = hint()
        self.password_note.hide()
        self.ca_file = _line(saved.ca_file, tr("Certificate authority file"))
        self.ca_file.setPlaceholderText(tr("optional: only if your district uses its own"))
        choose_ca = QPushButton(tr("C&hoose…"))
        choose_ca.setAccessibleName(tr("Choose the certificate authority file"))
        choose_ca.clicked.connect(self.choose_ca_file)
        self.per_minute = _spin(1, 1000, saved.per_minute, tr("Messages a minute"), tr(" a minute"))
        self.per_day = _spin(2, 100_000, saved.per_day, tr("Messages a day"), tr(" a day"))
        self.test_button = QPushButton(tr("Send a &test message to me"))
        self.test_button.setToolTip(tr("One message without student data, to the From address, through this "
                                       "server"))
        self.test_button.clicked.connect(lambda: self.send_test())
        self.test_result = wrapped_label()
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.test_result.hide()
        for edit in (self.host, self.user):
            edit.editingFinished.connect(self._show_saved_password)

        self.server_box = QGroupBox(tr("Mail server"))
        server = QFormLayout()
        port = QLabel(tr("P&ort:"))
        port.setBuddy(self.port)
        server.addRow(tr("&Server:"), field_row(self.host, port, self.port, self.security))
        server.addRow(tr("&User name:"), self.user)
        server.addRow(tr("&Password:"), field_column(self.password, self.password_note))
        server.addRow(tr("&Certificate authority:"), field_row(self.ca_file, choose_ca))
        limits_note = hint(tr("school mail systems block accounts that send faster"))
        limits_note.setWordWrap(False)
        server.addRow(tr("Sending &limits:"), field_row(self.per_minute, self.per_day, limits_note))
        server.addRow("", field_row(self.test_button))
        # Below the form, not in it: a form row would be as tall as the wrapped text at its narrowest.
        box = QVBoxLayout(self.server_box)
        box.addLayout(server)
        box.addWidget(self.test_result)
        self.host.setMinimumWidth(240)
        self.ca_file.setMinimumWidth(300)

        self.folder = _line(str(unused_folder(documents() / f"ssrdesk e-mail {date.today():%Y-%m-%d}")),
                            tr("Folder"))
        choose_folder = QPushButton(tr("Ch&oose…"))
        choose_folder.setAccessibleName(tr("Choose the folder"))
        choose_folder.clicked.connect(self.choose_folder)
        self.files_box = QGroupBox(tr(".eml files"))
        files = QFormLayout(self.files_box)
        files.addRow(tr("&Folder:"), field_row(self.folder, choose_folder))
        files.addRow("", hint(tr("Two folders are written: “1 - send first - reports” and “2 - send second - "
                                 "passwords”. Open and send every report first, then every password. The password "
                                 "messages are readable files: delete the folder once they are sent.")))
        self.folder.setMinimumWidth(420)

        sender_box = QGroupBox(tr("Who the messages come from"))
        sender = QFormLayout(sender_box)
        sender.addRow(tr("&From address:"), self.sender)
        sender.addRow(tr("From &name:"), self.sender_name)
        layout = QVBoxLayout(self)
        layout.addWidget(self.through_server)
        layout.addWidget(self.as_files)
        layout.addWidget(sender_box)
        layout.addWidget(self.server_box)
        layout.addWidget(self.files_box)
        layout.addStretch(1)
        self.as_files.toggled.connect(self._mode_changed)
        self._mode_changed()
        self._show_saved_password()

    def mode(self) -> str:
        return outbox.EML if self.as_files.isChecked() else outbox.SEND

    def settings(self) -> SmtpSettings:
        return SmtpSettings(
            host=self.host.text().strip(), port=self.port.value(), security=self.security.currentData(),
            user=self.user.text().strip(), sender=self.sender.text().strip(),
            sender_name=self.sender_name.text().strip(), ca_file=self.ca_file.text().strip(),
            per_minute=self.per_minute.value(), per_day=self.per_day.value())

    def login(self) -> str | None:
        """The password typed here, else the one in the password store."""
        settings = self.settings()
        return (self.password.text() or login_password(settings)) if settings.user else None

    def remember_password(self) -> None:
        if not self.password.text() or not self.settings().user:
            return
        remembered = keychain.store(self.settings().account, self.password.text())
        self.password_note.setText(tr("Kept in this computer's password store.") if remembered
                                   else core_text(keychain.NOT_REMEMBERED))
        self.password_note.show()

    def save(self) -> str:
        """Save the settings for next time; why they cannot be used yet, in words ("" when they can)."""
        try:
            with closing(self.workspace.connect()) as connection:
                save_settings(connection, self.settings())
        except UserError as error:
            return str(error)
        if self.mode() == outbox.EML:
            return "" if self.folder.text().strip() else tr("Choose a folder for the .eml files.")
        if not self.settings().host:
            return tr("Enter the name of the school's mail server, such as smtp.school.org.")
        if self.settings().user and not self.login():
            return tr("Enter the password for {user}.").format(user=self.settings().user)
        return ""

    def validatePage(self) -> bool:
        self.remember_password()
        problem = self.save()
        if problem:
            show_message(self, tr(TITLE), problem)
        return not problem

    def send_test(self) -> Task | None:
        if self.test_task is not None and self.test_task.is_running:
            return None
        self.remember_password()
        problem = self.save()
        if problem:
            self._test_failed(problem)
            return None
        self.test_task = Task(send_test_message(self.settings(), self.login()), tr("The test message"))
        self.test_task.finished.connect(self._test_sent)
        self.test_task.failed.connect(self._test_failed)
        self.test_button.setEnabled(False)
        self.test_result.setText(tr("Sending a test message…"))
        self.test_result.show()
        return self.test_task.start()

    def choose_ca_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, tr("Your district's certificate authority"),
                                                self.ca_file.text(),
                                                tr("Certificates (*.pem *.crt *.cer);;All files (*)"))
        if chosen:
            self.ca_file.setText(chosen)

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, tr("Write the .eml files to"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def _test_sent(self, address: str) -> None:
        self._test_outcome(GREEN, tr("Sent a test message to {address}. Check that it arrived.").format(
            address=address))

    def _test_failed(self, message: str) -> None:
        self._test_outcome(RED, message)

    def _test_outcome(self, colour: str, text: str) -> None:
        self.test_button.setEnabled(True)
        self.test_result.setText(f"<span style='color:{colour}'>{escape(text)}</span>")
        self.test_result.show()

    def _mode_changed(self, *_) -> None:
        self.server_box.setVisible(self.mode() == outbox.SEND)
        self.files_box.setVisible(self.mode() == outbox.EML)

    def _security_changed(self, *_) -> None:
        """Follow the usual port of the other kind of security, unless the port is an unusual one."""
        if self.port.value() in PORTS.values():
            self.port.setValue(PORTS[self.security.currentData()])

    def _show_saved_password(self) -> None:
        settings = self.settings()
        saved = bool(settings.user and settings.host and login_password(settings))
        self.password.setPlaceholderText(tr("saved: leave empty to use it") if saved else "")


# ---- 5. check and confirm ----

class CheckPage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setTitle(tr("Check and send"))
        self.setSubTitle(tr("ssrdesk builds every protected report and message exactly as it will send them, then "
                            "throws them away. Nothing is sent until you confirm."))
        self.setCommitPage(True)
        self.summary = QPlainTextEdit()
        self.summary.setReadOnly(True)
        self.summary.setAccessibleName(tr("What will be sent"))
        self.question = wrapped_label()
        self.question.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.again = QPushButton(tr("Check &again"))
        self.again.clicked.connect(lambda: self.check())
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.question)
        layout.addWidget(field_row(self.again))

    def initializePage(self) -> None:
        self.check()

    def check(self) -> Task:
        wizard = self.wizard()
        wizard.dry = None
        self.summary.setPlainText(tr("Checking…"))
        self.question.clear()
        self.again.hide()
        self.completeChanged.emit()
        sender = wizard.sending_page.settings().from_
        wizard.task = run_with_progress(wizard, dry_run(wizard.workspace, wizard.plan, sender),
                                        tr("Checking every message"), self._checked, self._cancelled)
        wizard.task.failed.connect(self._cancelled)
        return wizard.task

    def isComplete(self) -> bool:
        dry = self.wizard().dry if self.wizard() else None
        return bool(dry and dry.families)

    def _checked(self, dry: DryRun) -> None:
        wizard = self.wizard()
        wizard.dry = dry
        made, sending = wizard.plan, wizard.sending_page
        built = [f for f in made.families if all(f is not n.family for n in dry.not_built)]
        addresses = len({f.address.casefold() for f in built})
        with closing(wizard.workspace.connect()) as connection:
            already = waiting(outbox.counts(connection))
        self.summary.setPlainText(_check_text(made, dry, sending.settings(), sending.mode(), already))
        if sending.mode() == outbox.EML:
            self.question.setText(tr("Write %Ln .eml file(s) to {folder}?", "", dry.messages).format(
                folder=sending.folder.text().strip()))
            self.setButtonText(QWizard.WizardButton.CommitButton, tr("&Write the files"))
        else:
            self.question.setText(tr("Send {messages} to {addresses}?").format(
                messages=tr("%Ln message(s)", "", dry.messages), addresses=tr("%Ln address(es)", "", addresses)))
            self.setButtonText(QWizard.WizardButton.CommitButton, tr("&Send now"))
        self.question.setVisible(bool(dry.families))
        self.completeChanged.emit()

    def _cancelled(self, *_) -> None:
        self.summary.setPlainText(tr("The check did not finish, so nothing can be sent yet. Check again to go on."))
        self.again.show()


def _check_text(made: EmailPlan, dry: DryRun, settings: SmtpSettings, mode: str, already: int) -> str:
    policy = made.options.policy
    lines = [tr("Messages: {count}, a report and its password for each of {families}.").format(
                 count=_number(dry.messages), families=tr("%Ln family(ies)", "", dry.families)),
             tr("Protected PDFs: {count}, {megabytes} MB of messages in all (built in {duration}).").format(
                 count=_number(dry.attachments), megabytes=QLocale().toString(dry.bytes / 1e6, "f", 1),
                 duration=duration(dry.seconds)),
             tr("Passwords: {policy}, {strength}.").format(policy=_describe(policy), strength=_strength(policy)[1])]
    if mode == outbox.SEND:
        who = f"{settings.sender_name} <{settings.sender}>" if settings.sender_name else settings.sender
        days = -(-dry.messages // settings.per_day)
        takes = duration(dry.messages * 60 / settings.per_minute)
        lines.append(tr("From: {sender}, through {host} port {port}.").format(
            sender=who, host=settings.host, port=settings.port))
        if days > 1:
            lines.append(tr("Sending takes {duration} at %Ln message(s) a minute, over {days} days at {per_day} a "
                            "day.", "", settings.per_minute).format(
                duration=takes, days=_number(days), per_day=_number(settings.per_day)))
        else:
            lines.append(tr("Sending takes {duration} at %Ln message(s) a minute.", "", settings.per_minute).format(
                duration=takes))
        if already:
            lines.append(tr("%Ln message(s) already waiting in the outbox go out first.", "", already))
    if dry.not_built:
        lines.append("\n" + tr("Not built, so not sent ({count}):").format(count=_number(len(dry.not_built))))
        lines += [f"  {', '.join(c.student['last_name'] + ', ' + c.student['first_name'] for c in n.family.children)}"
                  f" ({n.family.address}): {n.reason}" for n in dry.not_built]
    if made.to_print:
        lines.append("\n" + tr("To the print list, no usable e-mail address ({count}):").format(
            count=_number(len(made.to_print))))
        lines += [f"  {left.student or left.ssid}: {core_text(left.reason)}" for left in made.to_print]
    if made.left_out:
        lines.append("\n" + tr("Left out ({count}):").format(count=_number(len(made.left_out))))
        lines += [f"  {left.student or left.ssid}: {core_text(left.reason)}" for left in made.left_out]
    if made.warnings:
        lines.append("\n" + tr("Warnings:"))
        lines += [f"  {warning}" for warning in made.warnings]
    lines.append("\n" + tr("Nothing has been sent."))
    return "\n".join(lines)


# ---- 6. sending ----

class ProgressPage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.baseline: dict[str, int] = {}
        self.folder: Path | None = None
        self.step = wrapped_label()
        self.bar = QProgressBar()
        self.bar.setAccessibleName(tr("Progress"))
        self.counts = OutboxCounts(("sent", "waiting", "failed", "bounced"))
        self.stop = QPushButton(tr("&Stop sending"))
        self.stop.setToolTip(tr("Stop once the family being sent to has both its messages; the rest stay queued "
                                "to resume later"))
        self.stop.clicked.connect(self.stop_sending)
        self.result = wrapped_label()
        self.result.setTextFormat(Qt.TextFormat.RichText)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(tr("&Open folder"))
        self.open_button.clicked.connect(lambda: open_folder(self.folder))
        layout = QVBoxLayout(self)
        layout.addWidget(self.step)
        layout.addWidget(self.bar)
        layout.addWidget(self.counts)
        layout.addWidget(field_row(self.stop, self.open_button))
        layout.addWidget(self.result)
        layout.addStretch(1)

    def initializePage(self) -> None:
        wizard = self.wizard()
        sending = wizard.sending_page
        eml = sending.mode() == outbox.EML
        self.folder = Path(sending.folder.text().strip()).expanduser() if eml else None
        self.setTitle(tr("Writing the .eml files") if eml else tr("Sending"))
        self.setSubTitle(tr("Closing this window stops sending once the family being sent to has both its "
                            "messages. What is not sent yet stays in the outbox, to resume from the E-mail page."))
        wizard.setButtonText(QWizard.WizardButton.FinishButton, tr("Close"))
        self.stop.setText(tr("&Stop writing") if eml else tr("&Stop sending"))
        self.open_button.hide()
        self.counts.setVisible(not eml)
        with closing(wizard.workspace.connect()) as connection:
            self.baseline = outbox.counts(connection)
        job = deliver(wizard.workspace, wizard.plan, sending.settings(), sending.login(), sending.mode(), self.folder)
        wizard.task = Task(job, tr("Sending") if not eml else tr("Writing the .eml files"))
        wizard.task.progress.connect(self._progress)
        wizard.task.finished.connect(self._done)
        wizard.task.failed.connect(self._failed)
        wizard.task.cancelled.connect(self._stopped)
        wizard.sending_started.emit(wizard.task)
        wizard.task.start()

    def stop_sending(self) -> None:
        self.wizard().task.cancel()
        self.stop.setEnabled(False)
        self.step.setText(tr("Stopping once this family has both its messages…"))

    def _progress(self, done: int, total: int, text: str) -> None:
        self.step.setText(text)
        self.bar.setMaximum(total)
        self.bar.setValue(min(done, total))
        self._show_counts()

    def _show_counts(self) -> dict[str, int]:
        """The counts since this sending began, but for the messages waiting, which are counted whole."""
        with closing(self.wizard().workspace.connect()) as connection:
            now = outbox.counts(connection)
        since = {key: now[key] - self.baseline[key] for key in now}
        since.update({outbox.QUEUED: now[outbox.QUEUED], outbox.SENDING: now[outbox.SENDING]})
        self.counts.show_counts(since)
        return now

    def _done(self, delivered: Delivered) -> None:
        queued = delivered.queued
        if delivered.sent is None:
            text = tr("Wrote %Ln .eml file(s) to {folder}: send everything in “1 - send first - reports”, then "
                      "everything in “2 - send second - passwords”. The password messages are readable files: "
                      "delete the folder once they are sent.", "", queued.families * 2).format(folder=self.folder)
            self.open_button.show()
        else:
            text = sent_text(delivered.sent)
        finished = delivered.sent is None or not delivered.sent.waiting
        if queued.to_print:
            text += " " + tr("%Ln student(s) were put on the print list.", "", queued.to_print)
        if queued.not_built:
            text += " " + tr("%Ln family(ies) could not be built and were left out: {reason}.", "",
                             len(queued.not_built)).format(reason=queued.not_built[0].reason)
        self._end(tr("Done.") if finished else tr("Stopped."), escape(text))

    def _failed(self, message: str) -> None:
        self._end(tr("Stopped."), f"<span style='color:{RED}'>{escape(core_text(message))}</span>")

    def _stopped(self) -> None:
        if self.folder is not None:
            self._end(tr("Stopped."), escape(tr("The .eml files already written are in {folder}.").format(
                folder=self.folder)))
        else:
            self._end(tr("Stopped."), escape(stopped_text(waiting(self._show_counts()))))

    def _end(self, step: str, html: str) -> None:
        self.setSubTitle(tr("The E-mail page keeps the record: what was sent, what waits, and what bounces."))
        self.step.setText(step)
        self._show_counts()
        self.bar.setMaximum(max(self.bar.maximum(), 1))  # no busy indicator once it is over
        self.stop.hide()
        self.result.setText(html)


# ---- small pieces ----

def _number(value: int) -> str:
    """A count in the user's language's way of writing numbers."""
    return QLocale().toString(value)


def _strength(policy: Policy) -> tuple[float, str]:
    """The core's estimate of the bits to guess, with its verdict in the user's language."""
    bits, verdict = strength(policy)
    return bits, tr(VERDICTS[verdict.split()[0]]).format(bits=f"{bits:.0f}")


def _describe(policy: Policy) -> str:
    if policy.kind == "random":
        return core_text(policy.describe())
    return tr("From student data: {template}").format(template=policy.template)


def _indented(widget: QWidget) -> QWidget:
    """Under its radio button, lined up with the button's text."""
    holder = field_column(widget)
    holder.layout().setContentsMargins(24, 0, 0, 0)
    return holder


def _line(text: str, name: str) -> QLineEdit:
    edit = QLineEdit(text)
    edit.setAccessibleName(name)
    return edit


def _spin(low: int, high: int, value: int, name: str, suffix: str = "") -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setValue(value)
    box.setSuffix(suffix)
    box.setGroupSeparatorShown(True)
    box.setAccessibleName(name)
    return box
