"""The Students table: a model over `students.summaries()` and the filter in front of it.

Built for 50,000 students: summaries are loaded once, nothing is queried per row, and sorting is a
Python key sort inside the model (a proxy calling back into Python per comparison takes seconds).
The proxy only filters.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QMetaObject, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from ..core.students import ADDRESS_ONLY, EMAIL, NO_CONTACT, StudentSummary
from .icons import AMBER, GREEN, RED, dot

NAME, SSID, GRADE, SCHOOL, LANGUAGE, TESTS, CONTACT = range(7)
HEADERS = ("Name", "SSID", "Grade", "School", "Language", "Tests", "Contact")

CONTACTS = {  # status -> (label, colour, what it means for getting the report home)
    EMAIL: ("E-mail", GREEN, "A guardian has an e-mail address: the report can be sent by e-mail."),
    ADDRESS_ONLY: ("Address only", AMBER,
                   "No guardian e-mail, but a mailing address: the report will be printed and mailed."),
    NO_CONTACT: ("Missing", RED, "No e-mail and no mailing address: import contacts from your SIS, or ask the school."),
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
    return f"{student.language} · EL" if student.english_learner else student.language


_TEXT = {
    NAME: lambda s: s.name,
    SSID: lambda s: s.ssid,
    GRADE: lambda s: grade_label(s.grade),
    SCHOOL: lambda s: s.school,
    LANGUAGE: language_label,
    TESTS: lambda s: s.tests,
    CONTACT: lambda s: CONTACTS[s.contact][0],
}
_SORT_KEY = {
    NAME: lambda s: (s.last_name.casefold(), s.first_name.casefold()),
    SSID: lambda s: s.ssid,
    GRADE: lambda s: grade_order(s.grade),
    SCHOOL: lambda s: s.school.casefold(),
    LANGUAGE: lambda s: language_label(s).casefold(),
    TESTS: lambda s: s.tests,
    CONTACT: lambda s: _CONTACT_ORDER[s.contact],
}


class StudentTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._by_name: list[StudentSummary] = []  # as the core returns them: by last, first name
        self._rows: list[StudentSummary] = []  # in the order shown
        self._sorted_by: tuple[int, Qt.SortOrder] = (NAME, Qt.SortOrder.AscendingOrder)
        self._search_text: dict[str, str] = {}

    def set_students(self, students: list[StudentSummary]) -> None:
        self.beginResetModel()
        self._by_name = list(students)
        self._search_text = {s.ssid: f"{s.name} {s.first_name} {s.last_name} {s.ssid}".casefold() for s in students}
        self._rows = self._ordered(*self._sorted_by)
        self.endResetModel()

    def student(self, row: int) -> StudentSummary:
        return self._rows[row]

    def students(self) -> list[StudentSummary]:
        return self._by_name

    def search_text(self, student: StudentSummary) -> str:
        """What the search box looks in: the name either way round and the SSID, in lower case."""
        return self._search_text[student.ssid]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        student, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _TEXT[column](student)
        if column == CONTACT and role == Qt.ItemDataRole.DecorationRole:
            return dot(CONTACTS[student.contact][1])
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == CONTACT:
                return CONTACTS[student.contact][2]
            if column in (NAME, SCHOOL):  # may be cut short in the column
                return _TEXT[column](student)
            if column == LANGUAGE and student.english_learner:
                return f"{student.language}; English learner (EL)"
            if column == TESTS and student.tests:
                return f"Latest year's tests and achievement levels: {student.tests}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column == GRADE:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if column not in _SORT_KEY:
            return
        self._signal("layoutAboutToBeChanged")
        before = {id(s): row for row, s in enumerate(self._rows)}
        self._sorted_by = (column, order)
        self._rows = self._ordered(column, order)
        now = {before[id(s)]: row for row, s in enumerate(self._rows)}
        old = self.persistentIndexList()  # keeps the selection on the same student
        self.changePersistentIndexList(old, [self.index(now[i.row()], i.column()) for i in old])
        self._signal("layoutChanged")

    def _signal(self, name: str) -> None:
        # Not `self.layoutChanged.emit()`: in PySide6 6.12 each such emit drops a reference to True,
        # which crashes the interpreter after a few thousand sorts. Invoking it through Qt does not.
        QMetaObject.invokeMethod(self, name, Qt.ConnectionType.DirectConnection)

    def _ordered(self, column: int, order: Qt.SortOrder) -> list[StudentSummary]:
        # Stable sort from name order, so equal grades (schools …) stay in name order either way.
        descending = order == Qt.SortOrder.DescendingOrder
        return sorted(self._by_name, key=_SORT_KEY[column], reverse=descending)


class StudentFilter(QSortFilterProxyModel):
    """Search (name or SSID, every word, any case) and the School / Grade / Contact choices."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._words: list[str] = []
        self._school = self._grade = self._contact = None

    def set_filter(self, search: str | None = None, *, school=..., grade=..., contact=...) -> None:
        """Change some criteria; None means "any" for the choices."""
        self.beginFilterChange()
        if search is not None:
            self._words = search.casefold().split()
        if school is not ...:
            self._school = school
        if grade is not ...:
            self._grade = grade
        if contact is not ...:
            self._contact = contact
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        s = model.student(source_row)
        if self._school is not None and s.school != self._school:
            return False
        if self._grade is not None and s.grade != self._grade:
            return False
        if self._contact is not None and s.contact != self._contact:
            return False
        haystack = model.search_text(s)
        return all(word in haystack for word in self._words)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)  # see the module docstring
