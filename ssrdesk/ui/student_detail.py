"""The right-hand pane of the Students page: everything known about one student."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QGridLayout, QHeaderView, QLabel, QPushButton, QScrollArea, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from .i18n import core_text, tr
from .icons import error_text, warning_text
from .student_table import grade_label

# Shown through tr().
RESULT_HEADERS = (QT_TRANSLATE_NOOP("", "Year"), QT_TRANSLATE_NOOP("", "Test"), QT_TRANSLATE_NOOP("", "Grade"),
                  QT_TRANSLATE_NOOP("", "Score"), QT_TRANSLATE_NOOP("", "Level"), QT_TRANSLATE_NOOP("", "Cond."),
                  QT_TRANSLATE_NOOP("", "SSR"))
RESULT_TIPS = (QT_TRANSLATE_NOOP("", "School year"), QT_TRANSLATE_NOOP("", "Test"),
               QT_TRANSLATE_NOOP("", "Grade assessed"), QT_TRANSLATE_NOOP("", "Scale score"),
               QT_TRANSLATE_NOOP("", "Achievement level"), QT_TRANSLATE_NOOP("", "Condition code"),
               QT_TRANSLATE_NOOP("", "SSR eligible: whether a Student Score Report is produced for this test"))


def school_year(administration_year: int) -> str:
    """2025 -> '2024–25', as coordinators name test years."""
    return f"{administration_year - 1}–{administration_year % 100:02d}"


def readable_date(iso: str | None) -> str:
    """'2016-03-04' -> 'Mar 4, 2016' (in Spanish '4 mar 2016'): no day/month order to get wrong."""
    try:
        day = date.fromisoformat(iso or "")
    except ValueError:
        return iso or ""
    return QLocale().toString(QDate(day.year, day.month, day.day), tr("MMM d, yyyy", "date format"))


def address_lines(address: dict | None) -> list[str]:
    if not address:
        return []
    city = f"{address['city']}," if address["city"] else ""
    city_line = " ".join(part for part in (city, address["state"], address["zip"]) if part)
    return [line for line in (address["address_line1"], address["address_line2"], city_line) if line]


class StudentDetail(QWidget):
    preview_requested = Signal(int)  # a report's id: its "Preview" button

    def __init__(self, parent=None):
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setObjectName("studentHeading")
        self.heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.heading.setWordWrap(True)
        self.facts = _rich_label()
        self.contacts = _rich_label()
        self.results = QTableWidget(0, len(RESULT_HEADERS))
        self.results.setHorizontalHeaderLabels([tr(header) for header in RESULT_HEADERS])
        for column, tip in enumerate(RESULT_TIPS):
            self.results.horizontalHeaderItem(column).setToolTip(tr(tip))
        self.results.verticalHeader().hide()
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        # Fits the pane: the Test column gives way; the pane scrolls, not the table.
        self.results.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.results.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.results.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setWordWrap(False)
        self.reports = QWidget()  # rebuilt for each student: one line per report
        self.preview_buttons: dict[int, QPushButton] = {}

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 0, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.facts)
        layout.addWidget(_section(tr("Family contact")))
        layout.addWidget(self.contacts)
        layout.addWidget(_section(tr("Test results")))
        layout.addWidget(self.results)
        layout.addWidget(_section(tr("Student Score Reports")))
        layout.addWidget(self.reports)
        layout.addStretch(1)
        self.body_layout = layout
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.show_student(None)

    def show_student(self, student: dict | None, reports: list[dict] = ()) -> None:
        """`student` is one entry of `students.details()`, `reports` theirs from `library.reports()`;
        None shows a hint instead."""
        self._fill_reports(reports)
        self._body_visible(student is not None)
        if student is None:
            self.heading.setText("")
            hint = tr("Select a student to see their details.")
            self.facts.setText(f"<span style='color:gray'>{hint}</span>")
            return
        names = (student["first_name"], student["middle_name"], student["last_name"])
        self.heading.setText(" ".join(n for n in names if n))
        self.facts.setText(_facts_html(student))
        self.contacts.setText(_contacts_html(student))
        self._fill_results(student["test_results"])

    def _body_visible(self, visible: bool) -> None:
        for widget in self.findChildren(QLabel, "section") + [self.contacts, self.results, self.reports]:
            widget.setVisible(visible)

    def _fill_reports(self, reports: list[dict]) -> None:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 4, 0, 0)
        grid.setColumnStretch(0, 1)
        self.preview_buttons = {}
        for row, report in enumerate(reports):
            grid.addWidget(_rich_label(_report_html(report)), row, 0)
            button = QPushButton(tr("Preview"))
            button.setToolTip(tr("Show this report's pages on the Reports page"))
            button.clicked.connect(lambda _=False, report_id=report["id"]: self.preview_requested.emit(report_id))
            grid.addWidget(button, row, 1, Qt.AlignmentFlag.AlignTop)
            self.preview_buttons[report["id"]] = button
        if not reports:
            none = tr("No report imported for this student.")
            grid.addWidget(_rich_label(f"<span style='color:gray'>{none}</span>"), 0, 0)
        self.body_layout.replaceWidget(self.reports, box)
        self.reports.deleteLater()
        self.reports = box

    def _fill_results(self, results: list[dict]) -> None:
        self.results.setRowCount(len(results))
        for row, r in enumerate(results):
            cells = (
                school_year(r["administration_year"]), r["test"], grade_label(r["grade_assessed"]),
                r["scale_score"] or "", r["achievement_level"] or "", r["condition_code"] or "",
                {"Y": tr("Yes"), "N": tr("No")}.get(r["ssr_eligible"] or "", r["ssr_eligible"] or ""),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 1:
                    item.setToolTip(text)  # the column may be too narrow for "Initial Alternate ELPAC"
                else:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.results.setItem(row, column, item)
        # Tall enough for every row: the pane scrolls, not the table.
        height = self.results.horizontalHeader().height() + 2 * self.results.frameWidth()
        rows = sum(self.results.rowHeight(r) for r in range(len(results)))
        height += rows or self.results.verticalHeader().defaultSectionSize()
        self.results.setFixedHeight(height)


def _rich_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return label


def _section(title: str) -> QLabel:
    label = QLabel(title)
    label.setObjectName("section")
    label.setStyleSheet("font-weight: 600; margin-top: 10px;")
    return label


def _facts_html(s: dict) -> str:
    name = s["primary_language"]["name"]
    language = core_text(name) if name else "—"
    if s["english_learner_status"] == "Y" or s["elas"] == "EL":
        language = tr("{language} · English learner (EL)").format(language=language)
    rows = [
        (tr("SSID"), s["ssid"]),
        (tr("Local ID"), s["local_student_id"] or ""),
        (tr("Birth date"), readable_date(s["birth_date"])),
        (tr("Grade"), grade_label(s["grade"])),
        (tr("School"), s["school"]["name"]),
        (tr("District"), s["district"]["name"]),
        (tr("Language"), language),
    ]
    cells = "".join(
        f"<tr><td style='color:gray; padding-right:12px'>{label}</td><td>{escape(value)}</td></tr>"
        for label, value in rows if value
    )
    return f"<table cellspacing='2'>{cells}</table>"


def _report_html(report: dict) -> str:
    facts = [core_text(report["language"]), tr("%Ln page(s)", "", report["pages"])]
    if report["administration"]:
        facts.insert(0, report["administration"])
    html = (f"<b>{escape(core_text(report['type_label']))}</b><br>"
            f"<span style='color:gray'>{escape(' · '.join(facts))}</span>")
    if report["status"] != "matched":
        html += f"<br><span style='color:{warning_text()}'>" + tr("Needs attention") + "</span>"
    return html


def _contacts_html(s: dict) -> str:
    parts = []
    address = address_lines(s["address"])
    if address:
        parts.append("<b>" + tr("Mailing address") + "</b><br>" + "<br>".join(map(escape, address)))
    for g in s["guardians"]:
        title = "<b>" + escape(g["name"] or tr("Guardian")) + "</b>"
        if g["relationship"]:
            title += f" ({escape(g['relationship'])})"
        lines = [title]
        if g["email"]:
            lines.append(f"✉ {escape(g['email'])}")
        if g["phone"]:
            lines.append(f"☎ {escape(g['phone'])}")
        if g["language"]:
            lines.append(tr("Language: {language}").format(language=escape(core_text(g["language"]))))
        if g["address"] and address_lines(g["address"]) != address:
            lines.append(escape(", ".join(address_lines(g["address"]))))
        parts.append("<br>".join(lines))
    if not s["guardians"]:
        parts.append(f"<span style='color:{error_text()}'>" + tr("No guardians on file.") + "</span> <span style='color:gray'>"
                     + tr("Import contacts from your SIS to add e-mail addresses.") + "</span>")
    return "<p style='margin-top:6px'>" + "</p><p style='margin-top:6px'>".join(parts) + "</p>"
