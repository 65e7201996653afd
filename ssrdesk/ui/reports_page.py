"""The Reports page: every Student Score Report found in the imported PDFs, what needs a look before
reports go home, and the selected report's pages."""

from __future__ import annotations

from contextlib import closing

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QSplitter, QStyledItemDelegate, QTabWidget,
    QVBoxLayout, QWidget,
)

from ..core import students
from ..core.errors import UserError
from ..core.ssr import library
from ..core.workspace import Workspace
from .choose_student import ChooseStudentDialog
from .i18n import core_text, tr
from .icons import warning_text, dot, themed
from .message_page import action_button, message_page
from .widgets import empty_or_content
from .messages import show_message
from .report_preview import ReportPreview
from .report_table import (
    LOOSE_PAGE_COLUMNS, NEEDS_ATTENTION, SOURCE, STATUSES, STUDENT, STATUS, WITHOUT_REPORT_COLUMNS, ReportFilter,
    ReportTableModel, attention_model, type_name,
)
from .tables import RowFilter, fit_columns, filter_choice, refill, reset_choices, search_box, table_view

# Source, last, takes what is left: its file name gives way first (see _PagesFirst). Keyed by the
# columns' headers as written in report_table; the Status example is translated where it is used.
TYPICAL = {"Student": "Hernández, Isabella", "SSID": "0000000000", "Type": "Smarter Balanced + CAST",
           "Language": "Vietnamese", "Pages": "Pages", "Status": "Needs attention"}
LOOSE_PAGES_TYPICAL = {"File": "StudentScoreReports_Grade05_with_cover.pdf", "Page": "Page"}
WITHOUT_REPORT_TYPICAL = {"Student": "Hernández, Isabella", "SSID": "0000000000", "Program": "CAASPP"}
REPORTS_TAB, LOOSE_PAGES_TAB, WITHOUT_REPORT_TAB = range(3)


class ReportsPage(QWidget):
    import_requested = Signal()  # the empty state's "Import Student Score Reports…" button
    changed = Signal()  # a report was matched to a student: other pages and the counts should reload

    def __init__(self, workspace: Workspace, parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self.choose_dialog: ChooseStudentDialog | None = None
        self._by_ssid: dict[str, list[dict]] = {}
        self.model = ReportTableModel(self)
        self.proxy = ReportFilter(self)
        self.proxy.setSourceModel(self.model)

        self.search = search_box(self.proxy, 200)
        # No labels in front of the choices: "All statuses", "All types" … say what each one is.
        self.status_filter = filter_choice(self.proxy, "status", tr("All statuses"), tr("Status"))
        for status, (label, colour) in STATUSES.items():
            self.status_filter.addItem(dot(colour), tr(label), status)
        self.type_filter = filter_choice(self.proxy, "type", tr("All types"), tr("Type"))
        self.language_filter = filter_choice(self.proxy, "language", tr("All languages"), tr("Language"))
        self.pages_filter = filter_choice(self.proxy, "pages", tr("Any length"), tr("Pages"))
        self.count_label = QLabel()
        self.count_label.setStyleSheet("color: gray;")

        self.table = table_view(self.proxy, tr("Student Score Reports"))
        # Narrow margins and room for the status dot: next to the preview, every pixel counts.
        typical = dict(TYPICAL, Status=tr(STATUSES[NEEDS_ATTENTION][0]))
        fit_columns(self.table, typical, stretch=SOURCE, padding={STATUS: 36}, margin=12)
        self._source_delegate = _PagesFirst(self.table)
        self.table.setItemDelegateForColumn(SOURCE, self._source_delegate)
        self.table.sortByColumn(STUDENT, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        proxy = self.proxy
        for signal in (proxy.rowsInserted, proxy.rowsRemoved, proxy.modelReset, proxy.layoutChanged):
            signal.connect(self._update_count)

        self.loose_pages = attention_model(LOOSE_PAGE_COLUMNS, self)
        self.without_report = attention_model(WITHOUT_REPORT_COLUMNS, self)
        self.attention = QLabel()
        self.attention.linkActivated.connect(self.show_attention)
        self.preview = ReportPreview(workspace)
        self.preview.choose_student_requested.connect(self.choose_student)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._reports_tab(), tr("Reports"))
        self.tabs.addTab(self._list_tab(self.loose_pages, LOOSE_PAGES_TYPICAL, tr("Pages in no report"), tr(
            "Pages of the imported PDFs that are part of no report: a cover sheet, a scanned page, a page before "
            "the first report. They are never printed or e-mailed; check them in the original file.")), "")
        self.tabs.addTab(self._list_tab(self.without_report, WITHOUT_REPORT_TYPICAL, tr("Students without a report"), tr(
            "Students with an SSR-eligible test in the latest administration whose report was not in any "
            "imported PDF. Download their reports from TOMS (a grade or school may be missing) and import them.")),
            "")

        # The lists of pages and students have no pages to show: they get the width instead.
        self.tabs.currentChanged.connect(lambda tab: self.preview.setVisible(tab == REPORTS_TAB))

        self.empty_state = self._empty_state()
        self.pages = empty_or_content(self, self.empty_state, self._content())

    def refresh(self) -> None:
        """Reload from the workspace (after an import, or a report matched to a student)."""
        current = self.table.selectionModel().currentIndex()
        was = (self.current_report() or {}).get("id"), current.row()
        with closing(self.workspace.connect()) as connection:
            reports = library.reports(connection)
            queue = library.attention(connection)
        self.model.set_rows(reports)
        self._by_ssid = {}
        for report in reports:
            if report["ssid"]:
                self._by_ssid.setdefault(report["ssid"], []).append(report)
        names = {r["type"]: type_name(r) for r in reports}
        labels = {r["type"]: r["type_label"] for r in reports}
        refill(self.type_filter, sorted(names, key=lambda kind: names[kind].casefold()), names.get, labels.get)
        languages = sorted({r["language"] for r in reports}, key=lambda language: (language != "English", language))
        refill(self.language_filter, languages, core_text)
        refill(self.pages_filter, sorted({r["pages"] for r in reports}), lambda n: tr("%Ln page(s)", "", n))
        self._show_attention_lists(queue)
        self.pages.setCurrentIndex(1 if reports else 0)
        self._update_count()
        self._reselect(*was)

    def reports_of(self, ssid: str) -> list[dict]:
        """A student's reports, as loaded by the last refresh."""
        return self._by_ssid.get(ssid, [])

    def current_report(self) -> dict | None:
        current = self.table.selectionModel().currentIndex()
        return self.model.report(self.proxy.mapToSource(current).row()) if current.isValid() else None

    def select_report(self, report_id: int) -> None:
        """Show the report in the table and preview it; clears the search and choices if they hide it."""
        self.tabs.setCurrentIndex(REPORTS_TAB)
        row = self._shown_row(report_id)
        if row is None:
            self.search.clear()
            reset_choices(self.status_filter, self.type_filter, self.language_filter, self.pages_filter)
            row = self._shown_row(report_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.proxy.index(row, 0))

    def show_attention(self, which: str) -> None:
        """The attention line's links: 'reports', 'pages' or 'students'."""
        if which == "reports":
            self.tabs.setCurrentIndex(REPORTS_TAB)
            self.status_filter.setCurrentIndex(self.status_filter.findData(NEEDS_ATTENTION))
        else:
            self.tabs.setCurrentIndex(LOOSE_PAGES_TAB if which == "pages" else WITHOUT_REPORT_TAB)

    def choose_student(self, report: dict) -> ChooseStudentDialog:
        """Ask which student `report` belongs to; matching it is remembered for future imports."""
        with closing(self.workspace.connect()) as connection:
            everyone = students.summaries(connection)
        self.choose_dialog = ChooseStudentDialog(report, everyone, self)
        self.choose_dialog.accepted.connect(
            lambda dialog=self.choose_dialog: self._resolve(report["id"], dialog.chosen().ssid))
        self.choose_dialog.open()
        return self.choose_dialog

    def _resolve(self, report_id: int, ssid: str) -> None:
        try:
            library.resolve(self.workspace, report_id, ssid)
        except UserError as error:
            show_message(self, tr("Choose the student"), str(error))
            return
        self.refresh()
        self.changed.emit()

    def _shown_row(self, report_id: int) -> int | None:
        row = self.model.row_number(lambda r: r["id"] == report_id)
        shown = self.proxy.mapFromSource(self.model.index(row, 0)) if row is not None else QModelIndex()
        return shown.row() if shown.isValid() else None

    def _reselect(self, report_id: int | None, row: int) -> None:
        """After a reload: the same report if it is still shown, else the one now in its place (so a
        queue of reports needing attention can be worked through), else none."""
        shown = self._shown_row(report_id) if report_id is not None else None
        if shown is None and row >= 0 and self.proxy.rowCount():
            shown = min(row, self.proxy.rowCount() - 1)
        if shown is None:
            self.preview.show_report(None)
        else:
            self.table.selectRow(shown)

    def _show_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.preview.show_report(self.current_report() if current.isValid() else None)

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(tr("{shown} of %Ln report(s)", "", total).format(shown=f"{shown:,}"))

    def _show_attention_lists(self, queue: dict) -> None:
        self.loose_pages.set_rows(queue["loose_pages"])
        self.without_report.set_rows(queue["eligible_without_report"])
        loose, owed = len(queue["loose_pages"]), len({s["ssid"] for s in queue["eligible_without_report"]})
        self.tabs.setTabText(LOOSE_PAGES_TAB, tr("Pages in no report ({count})").format(count=f"{loose:,}"))
        self.tabs.setTabText(WITHOUT_REPORT_TAB, tr("Students without a report ({count})").format(count=f"{owed:,}"))
        self.tabs.setTabVisible(LOOSE_PAGES_TAB, bool(loose))
        self.tabs.setTabVisible(WITHOUT_REPORT_TAB, bool(owed))
        waiting = len(queue["reports"])
        links = [
            (waiting, "reports", tr("%Ln report(s) need attention", "", waiting)),
            (loose, "pages", tr("%Ln page(s) belong to no report", "", loose)),
            (owed, "students", tr("%Ln student(s) have no report", "", owed)),
        ]
        shown = [f"<a href='{target}'>{text}</a>" for n, target, text in links if n]
        before = tr("Before sending reports home:")
        heading = f"<b style='color:{warning_text()}'>{before}</b> "
        self.attention.setText(heading + " · ".join(shown))
        self.attention.setVisible(bool(shown))

    def _reports_tab(self) -> QWidget:
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        for combo in (self.status_filter, self.type_filter, self.language_filter, self.pages_filter):
            filters.addWidget(combo)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(4, 6, 4, 4)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        return tab

    def _list_tab(self, model, typical: dict[str, str], name: str, explanation: str) -> QWidget:
        hint = QLabel(explanation)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: gray;")
        proxy = RowFilter(parent=self)  # sorting only: these lists need no search
        proxy.setSourceModel(model)
        table = table_view(proxy, name)
        fit_columns(table, typical, stretch=model.columnCount() - 1)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(4, 6, 4, 4)
        layout.addWidget(hint)
        layout.addWidget(table, 1)
        return tab

    def _content(self) -> QWidget:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([770, 440])
        splitter.setChildrenCollapsible(False)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.attention)
        layout.addWidget(splitter, 1)
        return content

    def _empty_state(self) -> QWidget:
        button = action_button(tr("Import Student Score Reports…"), self.import_requested)
        return message_page(
            tr("No Student Score Reports yet"),
            tr("Import the Student Score Report PDFs you downloaded from TOMS — a merged PDF of a grade or school, "
               "a folder of PDFs, or the zip as it came. Each report is found, matched to its student by SSID, "
               "and shown here with its pages."),
            icon=themed("DocumentOpen", "SP_FileIcon"), button=button,
            note=tr("Import score data first, so each report can be matched to its student."))


class _PagesFirst(QStyledItemDelegate):
    """In a narrow Source column the file name is shortened in the middle ("Stu…05.pdf, p. 1–4"), then
    left out, so the page numbers stay readable (the whole source is in the tooltip and the preview)."""

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        metrics, room = option.fontMetrics, option.rect.width() - 10  # less the cell's text margins
        if metrics.horizontalAdvance(option.text) <= room:
            return
        file, comma, pages = option.text.rpartition(", ")
        file = metrics.elidedText(file, Qt.TextElideMode.ElideMiddle, room - metrics.horizontalAdvance(comma + pages))
        option.text = file + comma + pages if len(file) >= 8 else pages  # "S…f" would only be noise
