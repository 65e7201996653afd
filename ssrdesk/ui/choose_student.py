"""Which student does this report belong to? Search the students, pick one, confirm."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout

from ..core.students import StudentSummary
from .i18n import tr
from .report_table import source, student_name
from .student_table import (
    CONTACT, LANGUAGE, NAME, SCHOOL, TESTS, StudentFilter, StudentTableModel, grade_label,
)
from .tables import fit_columns, table_view

TYPICAL = {"Name": "Hernández, Isabella María", "SSID": "0000000000", "Grade": "Grade",
           "School": "Jefferson Middle Sch"}


class ChooseStudentDialog(QDialog):
    def __init__(self, report: dict, students: list[StudentSummary], parent=None):
        super().__init__(parent)
        self.report = report
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(tr("Choose the student"))
        self.resize(640, 560)

        text = tr("The report on <b>{source}</b> was printed for <b>{name}</b>, SSID {ssid}{grade}. Which of your "
                  "students is it for? ssrdesk remembers your choice when this report is imported again.")
        printed = QLabel(text.format(source=escape(source(report)), name=escape(student_name(report)),
                                     ssid=escape(report["printed_ssid"]), grade=_grade(report)))
        printed.setWordWrap(True)
        self.search = QLineEdit(placeholderText=tr("Search by name or SSID"))
        self.search.setClearButtonEnabled(True)
        self.model = StudentTableModel(self)
        self.model.set_students(students)
        self.proxy = StudentFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search.textChanged.connect(lambda text: self.proxy.set_filter(text))
        self.table = table_view(self.proxy, tr("Students"))
        for column in (LANGUAGE, TESTS, CONTACT):
            self.table.hideColumn(column)
        fit_columns(self.table, TYPICAL, stretch=SCHOOL)
        self.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().currentRowChanged.connect(self._chosen_changed)
        self.table.doubleClicked.connect(lambda _: self.accept())
        self.confirm = QLabel()
        self.confirm.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.match_button = self.buttons.addButton(tr("Match to this student"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(printed)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.confirm)
        layout.addWidget(self.buttons)
        self.search.setFocus()
        self._chosen_changed(QModelIndex(), QModelIndex())

    def chosen(self) -> StudentSummary | None:
        current = self.table.selectionModel().currentIndex()
        return self.model.student(self.proxy.mapToSource(current).row()) if current.isValid() else None

    def accept(self) -> None:
        if self.chosen() is not None:  # a double-click on nothing, or Enter before choosing, does nothing
            super().accept()

    def _chosen_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        student = self.chosen()
        self.match_button.setEnabled(student is not None)
        if student is None:
            hint = tr("Select the student in the list.")
            self.confirm.setText(f"<span style='color:gray'>{hint}</span>")
        else:
            name = f"{student.first_name} {student.last_name}"
            self.confirm.setText(tr("This report will be matched to <b>{name}</b> (SSID {ssid}).").format(
                name=escape(name), ssid=student.ssid))


def _grade(report: dict) -> str:
    return tr(", grade {grade}").format(grade=grade_label(report["grade"])) if report["grade"] else ""
