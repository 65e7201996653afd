"""The Start page: the three imports in order, each with what it brought in, then what is still missing
for the route the coordinator chose, and the way on to printing or e-mailing."""

from __future__ import annotations

from contextlib import closing

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from ..core.readiness import Readiness, readiness
from ..core.workspace import Workspace
from .i18n import tr
from .icons import AMBER, GREEN, GREY, dot, themed
from .welcome import BOTH, EMAIL, PRINT, choose_route, chosen_route, route_names
from .widgets import field_row, section_heading, wrapped_label

SCORE_DATA, REPORTS, CONTACTS = "score data", "reports", "contacts"


class StartPage(QWidget):
    import_requested = Signal(str)  # SCORE_DATA, REPORTS or CONTACTS
    print_requested = Signal()
    email_requested = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.facts: Readiness | None = None

        title = QLabel(tr("Get started"))
        title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        intro = wrapped_label()
        intro.setText(tr("Each year: import the three downloads below, check what is missing, then print or "
                         "e-mail. Files can also be dropped anywhere on this window."))
        self.route = QComboBox()
        self.route.setAccessibleName(tr("How families get their reports"))
        for value, name in route_names().items():
            self.route.addItem(name, value)
        self.route.setCurrentIndex(self.route.findData(chosen_route()))
        self.route.currentIndexChanged.connect(self._change_route)
        route_label = QLabel(tr("Families get their reports by:"))
        route_label.setBuddy(self.route)

        steps = QGridLayout()
        steps.setColumnStretch(2, 1)
        steps.setHorizontalSpacing(12)
        steps.setVerticalSpacing(14)
        self.steps: dict[str, tuple[QLabel, QLabel, QPushButton]] = {}
        rows = (
            (SCORE_DATA, tr("1. Score data files from TOMS"), tr("Import score data…")),
            (REPORTS, tr("2. Student Score Reports (PDF) from TOMS"), tr("Import Student Score Reports…")),
            (CONTACTS, tr("3. Contacts export from your SIS"), tr("Import contacts…")),
        )
        for row, (step, heading, action) in enumerate(rows):
            mark, text = QLabel(), wrapped_label()
            name = QLabel(f"<b>{heading}</b>")
            button = QPushButton(action)
            button.clicked.connect(lambda _=False, step=step: self.import_requested.emit(step))
            steps.addWidget(mark, 2 * row, 0, Qt.AlignmentFlag.AlignTop)
            steps.addWidget(name, 2 * row, 1, 1, 2)
            steps.addWidget(button, 2 * row, 3, 2, 1, Qt.AlignmentFlag.AlignTop)
            steps.addWidget(text, 2 * row + 1, 1, 1, 2)
            self.steps[step] = (mark, text, button)

        self.missing = QVBoxLayout()
        self.print_button = QPushButton(themed("DocumentPrint", "printer"), tr("Print reports for mailing…"))
        self.print_button.clicked.connect(self.print_requested)
        self.email_button = QPushButton(themed("MailSend", "envelope"), tr("E-mail reports to families…"))
        self.email_button.clicked.connect(self.email_requested)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(12, 8, 12, 12)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(field_row(route_label, self.route))
        layout.addWidget(section_heading(tr("Imports")))
        layout.addLayout(steps)
        layout.addWidget(section_heading(tr("Still missing")))
        layout.addLayout(self.missing)
        layout.addWidget(section_heading(tr("Then")))
        layout.addWidget(field_row(self.print_button, self.email_button))
        layout.addStretch(1)
        content.setMaximumWidth(900)
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        QVBoxLayout(self).addWidget(scroll)
        self.refresh()

    def refresh(self) -> None:
        with closing(self.workspace.connect()) as connection:
            self.facts = facts = readiness(connection)
        self._show_step(SCORE_DATA, facts.score_files, tr(
            "In TOMS, download the Student Score Data Files for your school or district (CAASPP and ELPAC) and "
            "import the zips just as they were downloaded."),
            tr("{students} from %Ln file(s)", "", facts.score_files).format(
                students=tr("%Ln student(s)", "", facts.students)))
        self._show_step(REPORTS, facts.reports, tr(
            "In TOMS, download the Student Score Reports as merged PDFs (by grade or school) and import them: "
            "ssrdesk splits them into one report per student."),
            tr("%Ln report(s)", "", facts.reports))
        self._show_step(CONTACTS, facts.contact_files, tr(
            "From your student information system (Aeries, PowerSchool, Synergy…), export each student's guardians "
            "with their e-mail addresses, mailing addresses and languages, as CSV or Excel."),
            tr("Imported %Ln time(s); the latest import is used", "", facts.contact_files))
        self._show_missing(facts)
        route = self.route.currentData()
        self.print_button.setVisible(route in (PRINT, BOTH) or bool(facts.students_without_email))
        self.email_button.setVisible(route in (EMAIL, BOTH))
        self.print_button.setEnabled(bool(facts.reports))
        self.email_button.setEnabled(bool(facts.reports and facts.contact_files))

    def _show_step(self, step: str, done: int, how: str, what: str) -> None:
        mark, text, button = self.steps[step]
        mark.setPixmap(dot(GREEN if done else GREY, 16).pixmap(16, 16))
        mark.setAccessibleName(tr("Done") if done else tr("Not yet"))
        text.setText(what if done else how)
        button.setDefault(not done and self._first_to_do() == step)

    def _first_to_do(self) -> str | None:
        facts = self.facts
        for step, done in ((SCORE_DATA, facts.score_files), (REPORTS, facts.reports), (CONTACTS, facts.contact_files)):
            if not done:
                return step
        return None

    def _show_missing(self, facts: Readiness) -> None:
        while self.missing.count():
            old = self.missing.takeAt(0).widget()
            old.hide()  # deleteLater alone would leave it painted until the event loop runs
            old.deleteLater()
        for line in self.missing_lines(facts):
            self.missing.addWidget(_marked(AMBER, line))
        if not self.missing.count():
            self.missing.addWidget(_marked(GREEN, tr("Nothing: every student has a report and a way to get it.")))

    def missing_lines(self, facts: Readiness) -> list[str]:
        """What stands between the imports and every family getting its report, in the route's terms."""
        route = self.route.currentData()
        lines = []
        if not facts.score_files:
            lines.append(tr("No score data yet: ssrdesk learns who the students are from it."))
        if not facts.reports:
            lines.append(tr("No Student Score Reports yet."))
        elif facts.students_without_report:
            lines.append(tr("%Ln student(s) should have a report but none was imported: download the rest from "
                            "TOMS.", "", facts.students_without_report))
        if facts.reports_needing_attention:
            lines.append(tr("%Ln report(s) need attention on the Reports page.", "", facts.reports_needing_attention))
        if not facts.contact_files:
            lines.append(tr("No contacts yet: without them, reports can only be printed for the address TOMS "
                            "printed on them.") if route == PRINT else
                         tr("No contacts yet: ssrdesk needs the guardians' e-mail addresses."))
        elif route != PRINT and facts.students_without_email:
            lines.append(tr("%Ln student(s) have no e-mail: they will go to print.", "", facts.students_without_email))
        if route == PRINT and facts.reports and facts.students_without_mailing_address:
            lines.append(tr("%Ln student(s) have no mailing address, in the contacts or on the report: add it in "
                            "your SIS and import the contacts again, or hand the report out at school.", "",
                            facts.students_without_mailing_address))
        elif route != PRINT and facts.contact_files and facts.students_without_address:
            lines.append(tr("%Ln student(s) have neither an e-mail nor a mailing address: hand their reports out "
                            "at school, or add the address in your SIS and import the contacts again.", "",
                            facts.students_without_address))
        return lines

    def _change_route(self) -> None:
        choose_route(self.route.currentData())
        self.refresh()


def _marked(color: str, text: str) -> QWidget:
    """A sentence after a coloured dot; the sentence wraps."""
    mark, sentence = QLabel(), wrapped_label()
    mark.setPixmap(dot(color, 12).pixmap(12, 12))
    sentence.setText(text)
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
    layout.addWidget(sentence, 1)
    return row
