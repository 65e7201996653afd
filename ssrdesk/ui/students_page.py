"""The Students page: search and filter the table on the left, the selected student on the right."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import closing

from PySide6.QtCore import QLocale, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget,
)

from ..core import students
from ..core.workspace import Workspace
from .i18n import core_text, tr
from .icons import dot
from .message_page import action_button, message_page
from .widgets import empty_or_content
from .student_detail import StudentDetail
from .student_table import CONTACT, CONTACTS, NAME, TESTS, StudentFilter, StudentTableModel, grade_label, grade_order
from .tables import fit_columns, filter_choice, refill, search_box, table_view


def typical() -> dict[str, str]:
    """Typical content under each column header. Tests takes what is left, so Contact stays in view on a small
    screen."""
    return {tr("Name"): "Hernández, Isabella", tr("SSID"): "0000000000", tr("Grade"): tr("Grade"),
            tr("School"): "Jefferson Middle Sch", tr("Language"): f"{core_text('Vietnamese')} · EL",
            tr("Tests"): "SB ELA 3 · SB Math 2 · CAST 2", tr("Contact"): tr("Address only")}


class StudentsPage(QWidget):
    import_requested = Signal()  # the empty state's "Import score data…" button
    preview_requested = Signal(int)  # a report's id, from the detail pane's "Preview"

    def __init__(self, workspace: Workspace, reports_of: Callable[[str], list[dict]] = lambda ssid: [],
                 parent=None):
        """`reports_of(ssid)`: the student's reports, as `library.reports()` gives them."""
        super().__init__(parent)
        self.workspace = workspace
        self.reports_of = reports_of
        self.model = StudentTableModel(self)
        self.proxy = StudentFilter(self)
        self.proxy.setSourceModel(self.model)

        self.search = search_box(self.proxy, 240)
        self.school_filter = filter_choice(self.proxy, "school", tr("All schools"), tr("School"))
        self.grade_filter = filter_choice(self.proxy, "grade", tr("All grades"), tr("Grade"))
        self.contact_filter = filter_choice(self.proxy, "contact", tr("Any contact"), tr("Contact"))
        for status, (label, colour, _) in CONTACTS.items():
            self.contact_filter.addItem(dot(colour), tr(label), status)
        self.count_label = QLabel()

        self.table = table_view(self.proxy, tr("Students"))
        fit_columns(self.table, typical(), stretch=TESTS, padding={CONTACT: 40})  # room for the contact dot
        self.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        # Several students can be chosen (Ctrl/Shift-click) to print their reports; the pane shows the current one.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        proxy = self.proxy
        for signal in (proxy.rowsInserted, proxy.rowsRemoved, proxy.modelReset, proxy.layoutChanged):
            signal.connect(self._update_count)

        self.detail = StudentDetail()
        self.detail.preview_requested.connect(self.preview_requested)
        self.empty_state = self._empty_state()
        self.pages = empty_or_content(self, self.empty_state, self._content())

    def refresh(self) -> None:
        """Reload from the workspace (after an import)."""
        with closing(self.workspace.connect()) as connection:
            rows = students.summaries(connection)
        self.model.set_students(rows)
        refill(self.school_filter, sorted({s.school for s in rows if s.school}, key=str.casefold))
        refill(self.grade_filter, sorted({s.grade for s in rows if s.grade}, key=grade_order), grade_label)
        self.pages.setCurrentIndex(1 if rows else 0)
        self.detail.show_student(None)
        self._update_count()

    def selected_ssids(self) -> list[str]:
        """The selected students, in the order shown."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self._ssid_at(row) for row in rows]

    def shown_ssids(self) -> list[str]:
        """The students the search and choices let through, in the order shown."""
        return [self._ssid_at(row) for row in range(self.proxy.rowCount())]

    def _ssid_at(self, shown_row: int) -> str:
        return self.model.student(self.proxy.mapToSource(self.proxy.index(shown_row, 0)).row()).ssid

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(tr("{shown} of %Ln student(s)", "", total).format(shown=QLocale().toString(shown)))

    def _show_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.detail.show_student(None)
            return
        ssid = self.model.student(self.proxy.mapToSource(current).row()).ssid
        with closing(self.workspace.connect()) as connection:
            found = students.details(connection, [ssid])
        self.detail.show_student(found[0] if found else None, self.reports_of(ssid))

    def _content(self) -> QWidget:
        filters = QHBoxLayout()
        filters.addWidget(self.search)
        for label, combo in ((tr("School"), self.school_filter), (tr("Grade"), self.grade_filter),
                             (tr("Contact"), self.contact_filter)):
            filters.addSpacing(8)
            filters.addWidget(QLabel(label))
            filters.addWidget(combo)
        filters.addStretch(1)
        filters.addWidget(self.count_label)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)  # a wider window widens the table; the pane keeps its width
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([1000, 330])
        splitter.setChildrenCollapsible(False)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        return content

    def _empty_state(self) -> QWidget:
        button = action_button(tr("Import score data…"), self.import_requested)
        return message_page(
            tr("No students yet"),
            tr("Import the Student Score Data Files you downloaded from TOMS — the zip as it came, or the "
               ".xlsx, caret-delimited .csv/.txt or fixed-width .dat inside it."),
            button=button, note=tr("You can also drag files or folders onto this window."))
