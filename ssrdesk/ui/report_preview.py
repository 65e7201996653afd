"""The right-hand pane of the Reports page: the selected report's pages next to what it says about whom.

The report's pages are cut from the stored original into a private scratch file (pdfium takes a few
milliseconds, so it is done on the spot) and shown with QtPdf; the file is deleted once another report,
or none, is shown.
"""

from __future__ import annotations

from contextlib import closing
from html import escape
from pathlib import Path

from PySide6.QtCore import QMargins, QPointF, Qt, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from ..core import students
from ..core.errors import UserError
from ..core.ssr import library
from ..core.ssr.pages import WINDOW_ZONE_INCHES
from ..core.workspace import Workspace
from .i18n import core_text, tr
from .icons import GREEN, RED, warning_text
from .report_table import NEEDS_ATTENTION, source
from .student_table import grade_label


def address_placement(box: list[float] | None) -> tuple[str, bool]:
    """Where the printed address sits, in words, and whether it shows through a #10 envelope's window."""
    if box is None:
        return (tr("No address was found where a #10 envelope's window shows it: mailed in a window envelope "
                   "as it is, this report would show no address."), False)
    left, top, right, bottom = box
    zone_left, zone_top, zone_right, zone_bottom = WINDOW_ZONE_INCHES
    where = tr("{left}–{right} in from the left, {top}–{bottom} in from the top").format(
        left=f"{left:.2f}", right=f"{right:.2f}", top=f"{top:.2f}", bottom=f"{bottom:.2f}")
    if zone_left <= left and right <= zone_right and zone_top <= top and bottom <= zone_bottom:
        return tr("Inside the #10 envelope window ({where}).").format(where=where), True
    return tr("Outside the #10 envelope window ({where}): it would not show through the window.").format(
        where=where), False


class ReportPreview(QWidget):
    choose_student_requested = Signal(dict)  # the report shown: its "Choose student…" button

    def __init__(self, workspace: Workspace, parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self.report: dict | None = None
        self._file: Path | None = None

        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.heading.setWordWrap(True)
        self.kind = _label()
        self.status = _label()
        self.choose_button = QPushButton(tr("Choose student…"))
        self.choose_button.setToolTip(tr("Say which student this report belongs to; remembered for future imports"))
        self.choose_button.clicked.connect(lambda: self.choose_student_requested.emit(self.report))
        self.facts = _label()
        self.address = _label()
        self.page_label = QLabel()
        self.page_label.setStyleSheet("color: gray;")
        self.page_label.setWordWrap(True)  # long file names must not widen the pane
        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocumentMargins(QMargins(2, 2, 2, 2))  # every pixel of width makes the page easier to read
        self.view.pageNavigator().currentPageChanged.connect(lambda _: self._show_page_number())
        self.larger_button = QPushButton(tr("Larger view…"))
        self.larger_button.setToolTip(tr("Show the pages in a window of their own, large enough to read"))
        self.larger_button.clicked.connect(self.open_larger_view)
        self.larger_view: QDialog | None = None

        self.hint = QLabel(tr("Select a report to see its pages."))
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: gray;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.hint)
        self.stack.addWidget(self._content())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def show_report(self, report: dict | None) -> None:
        """`report` as `library.reports()` gives it; None shows a hint instead."""
        self._discard_file()
        self.report = report
        if report is None:
            self.stack.setCurrentWidget(self.hint)
            return
        student = self._student(report["ssid"])
        self.heading.setText(_heading(report, student))
        kind = (core_text(report["type_label"]), core_text(report["language"]), report["administration"])
        self.kind.setText(escape(" · ".join(filter(None, kind))))
        self.status.setText(_status_html(report))
        self.choose_button.setVisible(report["status"] == NEEDS_ATTENTION)
        self.facts.setText(_facts_html(report, student))
        self.address.setText(_address_html(report))
        self.stack.setCurrentIndex(1)
        if self.larger_view is not None:
            self.larger_view.setWindowTitle(self._larger_view_title())
        self._load_pages(report)

    def _student(self, ssid: str | None) -> dict | None:
        if not ssid:
            return None
        with closing(self.workspace.connect()) as connection:
            found = students.details(connection, [ssid])
        return found[0] if found else None

    def _load_pages(self, report: dict) -> None:
        target = self.workspace.temporary / f"preview-{report['id']}.pdf"
        try:
            library.write_pdf(self.workspace, [report["id"]], target)
        except (UserError, OSError) as error:
            problem = tr("The pages cannot be shown: {error}").format(error=escape(str(error)))
            self.page_label.setText(f"<span style='color:{RED}'>{problem}</span>")
            return
        self._file = target
        self.document.load(str(target))
        self.view.pageNavigator().jump(0, QPointF(0, 0))
        self._show_page_number()

    def open_larger_view(self) -> QDialog:
        """A window showing the same pages, big; it follows the selection while open."""
        if self.larger_view is None:
            self.larger_view = _larger_view(self.document, self)
            self.larger_view.setWindowTitle(self._larger_view_title())
            self.larger_view.destroyed.connect(lambda: setattr(self, "larger_view", None))
        self.larger_view.show()
        self.larger_view.raise_()
        return self.larger_view

    def _larger_view_title(self) -> str:
        return tr("Report preview — {name}").format(name=self.heading.text())

    def _show_page_number(self) -> None:
        total = self.document.pageCount()
        current = self.view.pageNavigator().currentPage() + 1
        where = source(self.report) if self.report else ""
        shown = tr("Page {current} of {total} · {source}").format(current=current, total=total, source=where)
        self.page_label.setText(shown if total else "")

    def _discard_file(self) -> None:
        self.document.close()
        if self._file is not None:
            self._file.unlink(missing_ok=True)
            self._file = None

    def _content(self) -> QWidget:
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignTop)
        facts_row = QHBoxLayout()
        facts_row.addWidget(self.facts, 3)
        facts_row.addSpacing(12)
        facts_row.addWidget(self.address, 2)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.kind)
        layout.addLayout(status_row)
        layout.addLayout(facts_row)
        page_row = QHBoxLayout()
        page_row.addWidget(self.page_label, 1)
        page_row.addWidget(self.larger_button)
        layout.addLayout(page_row)
        layout.addWidget(self.view, 1)
        return content


def _larger_view(document: QPdfDocument, parent: QWidget) -> QDialog:
    window = QDialog(parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    view = QPdfView()
    view.setDocument(document)
    view.setPageMode(QPdfView.PageMode.MultiPage)
    view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
    layout = QVBoxLayout(window)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(view)
    screen = parent.screen().availableGeometry()
    window.resize(min(900, screen.width()), int(screen.height() * 0.9))  # a Letter page at about 100%
    return window


def _label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return label


def _heading(report: dict, student: dict | None) -> str:
    if student:
        return " ".join(n for n in (student["first_name"], student["middle_name"], student["last_name"]) if n)
    return report["printed_name"] or tr("Report of an unknown student")


def _status_html(report: dict) -> str:
    if report["status"] == NEEDS_ATTENTION:
        return tr("<b style='color:{colour}'>Needs attention:</b> {problem}.").format(
            colour=warning_text(), problem=escape(report["problem"] or ""))
    return tr("<b style='color:{colour}'>Matched</b> to the student with SSID {ssid}.").format(
        colour=GREEN, ssid=escape(report["ssid"]))


def _facts_html(report: dict, student: dict | None) -> str:
    ssid = report["ssid"] or report["printed_ssid"]
    if report["ssid"] and report["printed_ssid"] != report["ssid"]:
        ssid = tr("{ssid} (printed: {printed})").format(ssid=ssid, printed=report["printed_ssid"])
    grade = student["grade"] if student else report["grade"]
    rows = [
        (tr("Name on the report"), report["printed_name"] or tr("none found")),
        ("SSID", ssid if report["ssid"] else tr("{ssid} (printed; no such student)").format(ssid=ssid)),
        (tr("Grade"), grade_label(grade or "")),
        (tr("School"), student["school"]["name"] if student else ""),
    ]
    cells = "".join(
        f"<tr><td style='color:gray; padding-right:10px'>{label}</td><td>{escape(value)}</td></tr>"
        for label, value in rows if value
    )
    return f"<table cellspacing='2'>{cells}</table>"


def _address_html(report: dict) -> str:
    placement, fits = address_placement(report["address_box_inches"])
    lines = "<br>".join(map(escape, (report["address"] or "").splitlines()))
    colour = "gray" if fits else warning_text()
    address = f"{lines}<br>" if lines else ""
    heading = tr("Address printed on the report")
    return f"<b>{heading}</b><br>{address}<span style='color:{colour}'>{escape(placement)}</span>"
