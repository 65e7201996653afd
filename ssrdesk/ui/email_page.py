"""The E-mail page: e-mail reports to families, what the outbox holds (resume or cancel what waits), the
e-mail runs so far, and the families whose e-mail bounced (to the print list, or to a corrected address)."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication, QFileDialog, QFrame, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QMessageBox,
    QPushButton, QTableWidgetItem, QVBoxLayout, QWidget,
)

from ..core import distribution, keychain
from ..core.delivery import bounces, outbox, recipients
from ..core.delivery.outbox import Sent
from ..core.delivery.recipients import EmailOptions
from ..core.delivery.smtp import SmtpSettings, load_settings, login_password
from ..core.errors import UserError
from ..core.ssr import library
from ..core.workspace import Workspace
from .activity_page import local_time
from .email_common import OutboxCounts, deliver, hint, send_queued, sent_text, stopped_text, waiting
from .email_texts_dialog import EmailTextsDialog
from .email_wizard import EmailWizard
from .i18n import core_text, tr
from .icons import AMBER, banner_background, themed
from .message_page import action_button, message_page
from .messages import show_message
from .widgets import documents, empty_or_content, field_column, fit_columns, page_top, plain_table, section_heading
from .tasks import Task, run_with_progress

RUN_HEADERS = (QT_TRANSLATE_NOOP("", "When"), QT_TRANSLATE_NOOP("", "How"), QT_TRANSLATE_NOOP("", "Messages"),
               QT_TRANSLATE_NOOP("", "What happened"))
BOUNCE_HEADERS = (QT_TRANSLATE_NOOP("", "Student"), QT_TRANSLATE_NOOP("", "Address"), QT_TRANSLATE_NOOP("", "When"),
                  QT_TRANSLATE_NOOP("", "Print list"), QT_TRANSLATE_NOOP("", "Why"))
STATES = ("sent", "queued", "failed", "cancelled", "exported")
SENDING_TITLE = QT_TRANSLATE_NOOP("", "Sending e-mail")


class EmailPage(QWidget):
    import_requested = Signal()  # the empty state's "Import Student Score Reports…" button
    waiting_changed = Signal(int)  # messages waiting in the outbox, after each refresh

    def __init__(self, workspace: Workspace, students: Callable[[], tuple[list[str], list[str]]], parent=None):
        """`students()`: the SSIDs selected on the Students page, and those it shows."""
        super().__init__(parent)
        self.workspace = workspace
        self.students = students
        self.wizard: EmailWizard | None = None
        self.sending: Task | None = None  # queueing or sending, wherever it was started
        self.dialog: QMessageBox | QInputDialog | None = None  # the last question asked, for tests
        self._bounced: list[dict] = []

        self.email_button = QPushButton(themed("MailSend", "envelope"), tr("E-mail reports…"))
        self.email_button.setDefault(True)
        self.email_button.setIconSize(QSize(24, 24))
        self.email_button.setStyleSheet("font-size: 12pt; font-weight: 600; padding: 6px 18px;")
        self.email_button.setToolTip(tr("Choose families, passwords and how to send, check everything, then send"))
        self.email_button.clicked.connect(lambda: self.open_wizard())
        texts = QPushButton(tr("Edit messages…"))
        texts.setToolTip(tr("The two messages each family gets, in each language"))
        texts.clicked.connect(lambda: EmailTextsDialog(self.workspace, self).open())

        self.waiting_label = QLabel()
        self.waiting_label.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.waiting_detail = QLabel()
        self.waiting_detail.setWordWrap(True)
        self.resume_button = QPushButton(tr("Resume sending"))
        self.resume_button.clicked.connect(lambda: self.resume())
        self.cancel_button = QPushButton(tr("Cancel queued…"))
        self.cancel_button.setToolTip(tr("Take the reports not sent yet out of the outbox"))
        self.cancel_button.clicked.connect(lambda: self.confirm_cancel_queued())
        self.banner = QFrame()
        self.banner.setObjectName("waitingBanner")
        self.banner.setStyleSheet(f"#waitingBanner {{ background: {banner_background()}; border: 1px solid {AMBER}; "
                                  "border-radius: 4px; }")
        banner = QHBoxLayout(self.banner)
        banner.addWidget(field_column(self.waiting_label, self.waiting_detail), 1)
        banner.addWidget(self.resume_button)
        banner.addWidget(self.cancel_button)
        self.counts = OutboxCounts()

        self.runs = plain_table(tuple(tr(header) for header in RUN_HEADERS), tr("E-mail runs"))
        self.runs_hint = hint()
        import_bounces = QPushButton(tr("Import bounces…"))
        import_bounces.setToolTip(tr("Read bounce notices saved from your mailbox as .eml files"))
        import_bounces.clicked.connect(lambda: self.import_bounces())
        self.bounced = plain_table(tuple(tr(header) for header in BOUNCE_HEADERS), tr("Families whose e-mail bounced"))
        self.bounced.itemSelectionChanged.connect(self._update_bounce_buttons)
        self.bounce_hint = hint()
        self.move_button = QPushButton()
        self.move_button.setToolTip(tr("Their reports are then printed and mailed, from the Print page"))
        self.move_button.clicked.connect(lambda: self.move_to_print())
        self.resend_button = QPushButton(tr("Resend to a corrected address…"))
        self.resend_button.clicked.connect(lambda: self.ask_corrected_address())

        self.empty_state = message_page(
            tr("Nothing to e-mail yet"),
            tr("Import the Student Score Report PDFs you downloaded from TOMS, and your SIS contacts export with the "
               "guardians' e-mail addresses. Then e-mail each family its report here: locked with a password that "
               "goes in a separate message, in the family's language, with a record of what was sent and what "
               "bounced."), icon=themed("MailSend", "envelope"),
            button=action_button(tr("Import Student Score Reports…"), self.import_requested))
        self.pages = empty_or_content(self, self.empty_state, self._content(texts, import_bounces))

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()  # bounces may have been sorted out elsewhere: printed, handed out
        super().showEvent(event)

    def refresh(self) -> None:
        with closing(self.workspace.connect()) as connection:
            reports = library.counts(connection)["found"]
            found = outbox.counts(connection)
            runs = outbox.runs(connection)
            self._bounced = bounces.bounced_families(connection)
        self.pages.setCurrentIndex(1 if reports or runs else 0)
        self._fill_runs(runs)
        self._fill_bounced()
        self._show_counts(found)

    def _show_counts(self, found: dict[str, int] | None = None) -> None:
        """The outbox counts and what waits; cheap enough to follow every message sent."""
        if found is None:
            with closing(self.workspace.connect()) as connection:
                found = outbox.counts(connection)
        self.counts.show_counts(found)
        left = waiting(found)
        busy = self.sending is not None
        self.banner.setVisible(bool(left) or busy)
        if busy:
            self.waiting_label.setText(tr("Sending…"))
            self.waiting_detail.setText(tr("%Ln message(s) still to send. If sending stops, the rest wait in the "
                                           "outbox until you resume.", "", left))
        else:
            self.waiting_label.setText(tr("%Ln message(s) are waiting to be sent.", "", left))
            self.waiting_detail.setText(tr("They stay in the outbox until you resume sending, or cancel them. Reports "
                                           "always go first, each followed by its password."))
        for button in (self.email_button, self.resume_button, self.cancel_button):
            button.setEnabled(not busy)  # one sending at a time
        self._update_bounce_buttons()
        self.waiting_changed.emit(left)

    # --- sending ---

    def open_wizard(self) -> EmailWizard:
        selected, shown = self.students()
        if self.wizard is not None:
            self.wizard.deleteLater()
        self.wizard = EmailWizard(self.workspace, selected, shown, self)
        self.wizard.sending_started.connect(self._follow)
        self.wizard.open()
        return self.wizard

    def resume(self) -> QInputDialog | None:
        """Send what waits in the outbox; asks for the login password only when none is stored."""
        return self._with_login(lambda settings, password: self._send(send_queued(self.workspace, settings, password)))

    def confirm_cancel_queued(self) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Question, tr("Cancel queued messages"),
                          tr("Take every report not sent yet out of the outbox? Those families get nothing by e-mail; "
                             "you can e-mail them again later. A password whose report already went out is still "
                             "sent, so that family can open it."), QMessageBox.StandardButton.No, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.cancel_button = box.addButton(tr("Cancel queued messages"), QMessageBox.ButtonRole.DestructiveRole)
        box.cancel_button.clicked.connect(self._cancel_queued)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        self.dialog = box
        box.open()
        return box

    def _cancel_queued(self) -> None:
        families, passwords = outbox.cancel(self.workspace)
        text = tr("Took %Ln family(ies) out of the outbox.", "", families)
        if passwords:
            text += " " + tr("%Ln password message(s) still go out when you resume sending: their reports were already "
                             "sent.", "", passwords)
        self.refresh()
        show_message(self, tr("Cancel queued messages"), text, QMessageBox.Icon.Information)

    def _with_login(self, then: Callable[[SmtpSettings, str | None], object]) -> QInputDialog | None:
        """Call `then(settings, password)` with the saved mail settings and the stored password, asking for the
        password first when none is stored."""
        with closing(self.workspace.connect()) as connection:
            settings = load_settings(connection)
        if not settings.host:
            show_message(self, tr(SENDING_TITLE),
                         tr("Set up the mail server first: choose E-mail reports… and fill in How to send."))
            return None
        password = login_password(settings) if settings.user else None
        if password or not settings.user:
            then(settings, password)
            return None
        dialog = QInputDialog(self)
        dialog.setWindowTitle(tr("Mail server password"))
        dialog.setLabelText(tr("Password for {user} on {host}:").format(user=settings.user, host=settings.host))
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(lambda typed: self._logged_in(settings, typed, then))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _logged_in(self, settings: SmtpSettings, password: str, then: Callable) -> None:
        if not keychain.store(settings.account, password):
            show_message(self, tr("Mail server password"), core_text(keychain.NOT_REMEMBERED),
                         QMessageBox.Icon.Information)
        then(settings, password)

    def _send(self, job, sent_of: Callable[[object], Sent] = lambda sent: sent) -> Task:
        """Run a job that sends; `sent_of(result)`: what it sent, to say so."""
        task = run_with_progress(self, job, tr(SENDING_TITLE), lambda result: self._sent(sent_of(result)),
                                 self._stopped)
        self._follow(task)
        return task

    def _follow(self, task: Task) -> None:
        """Show the counts as `task` queues and sends, and what is left once it ends."""
        self.sending = task
        task.progress.connect(lambda *_: self._show_counts())
        for signal in (task.finished, task.failed, task.cancelled):
            signal.connect(self._sending_ended)
        self.refresh()

    def _sending_ended(self, *_) -> None:
        self.sending = None
        self.refresh()

    def _sent(self, sent: Sent) -> None:
        show_message(self, tr(SENDING_TITLE), sent_text(sent), QMessageBox.Icon.Information)

    def _stopped(self) -> None:
        with closing(self.workspace.connect()) as connection:
            left = waiting(outbox.counts(connection))
        show_message(self, tr(SENDING_TITLE), stopped_text(left), QMessageBox.Icon.Information)

    # --- bounces ---

    def import_bounces(self, paths: list[Path] | None = None) -> QMessageBox | None:
        """Read bounce notices saved as .eml files; asks for the files when none are given."""
        if paths is None:
            names, _ = QFileDialog.getOpenFileNames(self, tr("Import bounce notices"), str(documents()),
                                                    tr("Saved e-mail (*.eml);;All files (*)"))
            paths = [Path(name) for name in names]
        if not paths:
            return None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            notices = [bounces.read_notice(path.read_bytes(), path.name) for path in paths]
            with closing(self.workspace.connect()) as connection:
                report = bounces.import_notices(connection, notices)
        except OSError as error:
            return show_message(self, tr("Import bounces"), tr("Cannot read {file}: {error}.").format(
                file=error.filename, error=error.strerror))
        finally:
            QApplication.restoreOverrideCursor()
        self.refresh()
        return show_message(self, tr("Import bounces"), report.text(), QMessageBox.Icon.Information)

    def chosen_bounces(self) -> list[dict]:
        """The bounced families selected in the table, else all of them."""
        rows = sorted(index.row() for index in self.bounced.selectionModel().selectedRows())
        return [self._bounced[row] for row in rows] if rows else self._bounced

    def move_to_print(self) -> int:
        ssids = [family["ssid"] for family in self.chosen_bounces()]
        with closing(self.workspace.connect()) as connection:
            moved = distribution.move_to_print(connection, ssids, bounces.MOVED_TO_PRINT)
        self.refresh()
        self.bounce_hint.setText(tr("Moved %Ln student(s) to the print list: print their reports from the Print "
                                    "page.", "", moved))
        return moved

    def ask_corrected_address(self) -> QInputDialog | None:
        rows = self.bounced.selectionModel().selectedRows()
        if len(rows) != 1:
            return None
        family = self._bounced[rows[0].row()]
        dialog = QInputDialog(self)
        dialog.setWindowTitle(tr("Resend to a corrected address"))
        dialog.setLabelText(tr("The e-mail address for {student}'s family (it bounced: {reason}):").format(
            student=family["student"], reason=core_text(family["reason"])))
        dialog.setTextValue(family["address"])
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(lambda address: self.resend(family["ssid"], address))
        self.dialog = dialog
        dialog.open()
        return dialog

    def resend(self, ssid: str, address: str) -> QInputDialog | None:
        """Queue a new report and password for the student to `address`, and send them."""
        try:
            with closing(self.workspace.connect()) as connection:
                made = recipients.plan(connection, [ssid], EmailOptions(resend=True, address=address.strip()),
                                       self.workspace.folder)
        except UserError as error:
            show_message(self, tr("Resend"), str(error))
            return None
        if not made.families:
            why = (made.left_out or made.to_print)[0].reason
            show_message(self, tr("Resend"), tr("Nothing was sent: {reason}.").format(reason=core_text(why)))
            return None
        return self._with_login(lambda settings, password: self._send(
            deliver(self.workspace, made, settings, password, outbox.SEND), lambda delivered: delivered.sent))

    # --- filling in ---

    def _fill_runs(self, runs: list[dict]) -> None:
        self.runs.setRowCount(len(runs))
        for row, run in enumerate(runs):
            how = (tr(".eml files in {folder}").format(folder=run["folder"]) if run["mode"] == outbox.EML
                   else tr("Through the mail server"))
            states = run["states"]
            happened = ", ".join(_in_words(states)) or tr("nothing built")
            cells = (local_time(run["created_at"]), how, f"{sum(states.values()):,}", happened)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.runs.setItem(row, column, item)
        fit_columns(self.runs)
        self.runs_hint.setText(tr("Newest first.") if runs else tr("No e-mail sent yet: each time you e-mail reports, "
                                                                   "the run appears here."))

    def _fill_bounced(self) -> None:
        self.bounced.setRowCount(len(self._bounced))
        for row, family in enumerate(self._bounced):
            cells = (family["student"] or family["ssid"], family["address"], local_time(family["when"]),
                     tr("On it") if family["on_print_list"] else "", core_text(family["reason"]))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.bounced.setItem(row, column, item)
        fit_columns(self.bounced)
        self.bounce_hint.setText(
            tr("Families whose report or password came back. Move them to the print list to mail their reports, or "
               "resend to an address that works.") if self._bounced else
            tr("No bounced e-mail waiting to be sorted out. Import the bounce notices your mailbox gets back, saved as "
               ".eml files."))
        self._update_bounce_buttons()

    def _update_bounce_buttons(self) -> None:
        selected = len(self.bounced.selectionModel().selectedRows())
        self.move_button.setText(tr("Move selected to the print list") if selected else
                                 tr("Move all to the print list"))
        self.move_button.setEnabled(any(not f["on_print_list"] for f in self.chosen_bounces()))
        self.resend_button.setEnabled(selected == 1 and self.sending is None)

    def _content(self, texts: QPushButton, import_bounces: QPushButton) -> QWidget:
        top = page_top(
            tr("E-mail to families"),
            tr("E-mail each family its Student Score Report, locked with a password that goes in a separate message "
               "right after, in the family's language. Students without a usable address go to the print list. You "
               "check every message before anything is sent, and sending can stop and resume without sending "
               "anything twice."),
            self.email_button, texts)
        bounce_buttons = QHBoxLayout()
        bounce_buttons.addWidget(self.bounce_hint, 1)
        bounce_buttons.addWidget(self.move_button)
        bounce_buttons.addWidget(self.resend_button)
        bounce_heading = QHBoxLayout()
        bounce_heading.addWidget(section_heading(tr("Bounced e-mail")))
        bounce_heading.addStretch(1)
        bounce_heading.addWidget(import_bounces)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(top)
        layout.addWidget(self.banner)
        layout.addSpacing(6)
        layout.addWidget(self.counts)
        layout.addSpacing(12)
        layout.addWidget(section_heading(tr("E-mail runs")))
        layout.addWidget(self.runs, 1)
        layout.addWidget(self.runs_hint)
        layout.addSpacing(12)
        layout.addLayout(bounce_heading)
        layout.addWidget(self.bounced, 1)
        layout.addLayout(bounce_buttons)
        return content


def _in_words(states: dict[str, int]) -> list[str]:
    """How many in each state present, in words, queued and sending counted together as waiting."""
    merged = {**states, outbox.QUEUED: states.get(outbox.QUEUED, 0) + states.get(outbox.SENDING, 0)}
    return [_state_words(state, merged[state]) for state in STATES if merged.get(state)]


def _state_words(state: str, count: int) -> str:
    return {"sent": tr("%Ln sent", "", count), "queued": tr("%Ln waiting", "", count),
            "failed": tr("%Ln refused", "", count), "cancelled": tr("%Ln cancelled", "", count),
            "exported": tr("%Ln written as .eml file(s)", "", count)}[state]


