"""The Students table: the columns over `students.summaries()` and the filter in front of them."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from ..core.students import ADDRESS_ONLY, EMAIL, NO_CONTACT, StudentSummary
from .i18n import core_text, tr
from .icons import AMBER, GREEN, RED, dot
from .tables import Column, RowFilter, RowsModel

NAME, SSID, GRADE, SCHOOL, LANGUAGE, TESTS, CONTACT = range(7)

CONTACTS = {  # status -> (label, colour, what it means for getting the report home); shown through tr()
    EMAIL: (QT_TRANSLATE_NOOP("", "E-mail"), GREEN,
            QT_TRANSLATE_NOOP("", "A guardian has an e-mail address: the report can be sent by e-mail.")),
    ADDRESS_ONLY: (QT_TRANSLATE_NOOP("", "Address only"), AMBER,
                   QT_TRANSLATE_NOOP("", "No guardian e-mail, but a mailing address: the report will be printed "
                                         "and mailed.")),
    NO_CONTACT: (QT_TRANSLATE_NOOP("", "Missing"), RED,
                 QT_TRANSLATE_NOOP("", "No e-mail and no mailing address: import contacts from your SIS, or ask "
                                       "the school.")),
}
_CONTACT_ORDER = {NO_CONTACT: 0, ADDRESS_ONLY: 1, EMAIL: 2}


def grade_label(grade: str) -> str:
    """CALPADS '03' -> '3', 'KN' -> 'K'; other codes (TK, UE …) as they are."""
    if grade.isdigit():
        return str(int(grade))
    return "K" if grade == "KN" else grade


def grade_order(grade: str) -> tuple[int, str]:
    """TK < KN < 01 < … < 12 < anything else."""
    if grade.isdigit():
        return int(grade), ""
    return {"TK": -2, "KN": -1}.get(grade, 99), grade


def language_label(student: StudentSummary) -> str:
    language = core_text(student.language)
    return f"{language} · EL" if student.english_learner else language


def _language_tip(student: StudentSummary) -> str | None:
    if not student.english_learner:
        return None
    return tr("{language}; English learner (EL)").format(language=core_text(student.language))


def _tests_tip(student: StudentSummary) -> str | None:
    if not student.tests:
        return None
    return tr("Latest year's tests and achievement levels: {tests}").format(tests=student.tests)


COLUMNS = (  # headers are shown through tr() by StudentTableModel
    Column(QT_TRANSLATE_NOOP("", "Name"), lambda s: s.name,
           lambda s: (s.last_name.casefold(), s.first_name.casefold()), tip=lambda s: s.name),  # may be cut short
    Column(QT_TRANSLATE_NOOP("", "SSID"), lambda s: s.ssid),
    Column(QT_TRANSLATE_NOOP("", "Grade"), lambda s: grade_label(s.grade), lambda s: grade_order(s.grade),
           centred=True),
    Column(QT_TRANSLATE_NOOP("", "School"), lambda s: s.school, tip=lambda s: s.school),
    Column(QT_TRANSLATE_NOOP("", "Language"), language_label, tip=_language_tip),
    Column(QT_TRANSLATE_NOOP("", "Tests"), lambda s: s.tests, lambda s: s.tests, tip=_tests_tip),
    Column(QT_TRANSLATE_NOOP("", "Contact"), lambda s: tr(CONTACTS[s.contact][0]), lambda s: _CONTACT_ORDER[s.contact],
           tip=lambda s: tr(CONTACTS[s.contact][2]), icon=lambda s: dot(CONTACTS[s.contact][1])),
)
HEADERS = tuple(c.header for c in COLUMNS)


class StudentTableModel(RowsModel):
    def __init__(self, parent=None):
        # Searched by the name either way round and the SSID.
        super().__init__(COLUMNS, lambda s: f"{s.name} {s.first_name} {s.last_name} {s.ssid}", parent)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        header = super().headerData(section, orientation, role)
        return tr(header) if header else header

    def set_students(self, students: list[StudentSummary]) -> None:
        """`students` as the core returns them: by last, first name."""
        self.set_rows(students)

    def student(self, row: int) -> StudentSummary:
        return self.row(row)

    def students(self) -> list[StudentSummary]:
        return self.rows()


class StudentFilter(RowFilter):
    """Search (name or SSID, every word, any case) and the School / Grade / Contact choices."""

    def __init__(self, parent=None):
        super().__init__({"school": lambda s: s.school, "grade": lambda s: s.grade, "contact": lambda s: s.contact},
                         parent)
