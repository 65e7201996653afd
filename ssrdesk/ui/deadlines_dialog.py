"""The school calendar the deadlines count with: when the reports were received, holidays, the last day
of instruction and the next year's first day."""

from __future__ import annotations

from contextlib import closing
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QPlainTextEdit, QVBoxLayout,
    QWidget,
)

from ..core import compliance
from ..core.errors import UserError
from ..core.workspace import Workspace
from .i18n import tr
from .messages import show_message


class _OptionalDate(QWidget):
    """A date that may be left unset ("use the import date", "not set")."""

    def __init__(self, label: str, value: date | None):
        super().__init__()
        self.check = QCheckBox(label)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setAccessibleName(label)
        self.edit.setDate(QDate(value) if value else QDate.currentDate())
        self.check.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.check.toggled.connect(self.edit.setEnabled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check)
        row.addWidget(self.edit)
        row.addStretch(1)

    def value(self) -> date | None:
        return self.edit.date().toPython() if self.check.isChecked() else None


class DeadlinesDialog(QDialog):
    def __init__(self, workspace: Workspace, parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(tr("School calendar for deadlines"))
        with closing(workspace.connect()) as connection:
            calendar = compliance.load_calendar(connection)
        intro = QLabel(tr("CAASPP reports must reach families within 20 working days of the day the school received "
                          "them, ELPAC reports within 30 calendar days. Reports received after the last day of "
                          "instruction are due in the first working days of the next school year."))
        intro.setWordWrap(True)
        self.received = {program: _OptionalDate(tr("Set a date:"), calendar.received.get(program))
                         for program in compliance.PROGRAMS}
        self.last_day = _OptionalDate(tr("Set:"), calendar.last_day_of_instruction)
        self.next_year = _OptionalDate(tr("Set:"), calendar.first_day_next_year)
        self.holidays = QPlainTextEdit("\n".join(d.isoformat() for d in sorted(calendar.holidays)))
        self.holidays.setAccessibleName(tr("School holidays"))
        self.holidays.setPlaceholderText("2026-11-26\n2026-12-21..2027-01-01")
        self.holidays.setMaximumHeight(120)
        form = QFormLayout()
        for program, field in self.received.items():
            form.addRow(tr("{program} reports received (else the import date):").format(program=program), field)
        form.addRow(tr("Last day of instruction:"), self.last_day)
        form.addRow(tr("First day of the next school year:"), self.next_year)
        form.addRow(tr("School holidays (one date or FIRST..LAST per line):"), self.holidays)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def save(self) -> None:
        try:
            holidays = set()
            for line in self.holidays.toPlainText().split():
                first, _, last = line.partition("..")
                start = compliance.parse_date(first, "a holiday")
                end = compliance.parse_date(last, "a holiday") if last else start
                holidays.update(date.fromordinal(n) for n in range(start.toordinal(), end.toordinal() + 1)
                                if date.fromordinal(n).weekday() < 5)
            received = {p: d for p, field in self.received.items() if (d := field.value())}
            calendar = compliance.Calendar(received, frozenset(holidays), self.last_day.value(), self.next_year.value())
            with closing(self.workspace.connect()) as connection:
                compliance.save_calendar(connection, calendar)
        except UserError as error:
            show_message(self, tr("School calendar"), str(error))
            return
        self.accept()
