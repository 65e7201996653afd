"""The Reports tables: the report library (`library.reports()`), and the two lists of things that need a
look besides reports (`library.attention()`): pages that belong to no report and students owed one."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .i18n import core_text, tr
from .icons import AMBER, GREEN, dot
from .student_detail import school_year
from .tables import Column, RowFilter, RowsModel

MATCHED, NEEDS_ATTENTION = "matched", "needs attention"
STATUSES = {  # status -> (label, colour); the label is shown translated
    NEEDS_ATTENTION: (QT_TRANSLATE_NOOP("", "Needs attention"), AMBER),
    MATCHED: (QT_TRANSLATE_NOOP("", "Matched"), GREEN),
}
STUDENT, SSID, TYPE, LANGUAGE, PAGES, STATUS, SOURCE = range(7)

# The names coordinators use for each kind of report: short enough for a column and a choice box
# (the core's fuller label is the tooltip).
SHORT_TYPES = {
    "SB": "Smarter Balanced", "SB+CAST": "Smarter Balanced + CAST", "CAST": "CAST", "CAA": "CAA",
    "CAA+Science": QT_TRANSLATE_NOOP("", "CAA + CAA Science"), "CAA Science": QT_TRANSLATE_NOOP("", "CAA Science"),
    "CSA": "CSA", "ELPAC": QT_TRANSLATE_NOOP("", "Summative ELPAC"),
    "Alternate ELPAC": QT_TRANSLATE_NOOP("", "Alternate ELPAC"),
}


def type_name(report: dict) -> str:
    short = SHORT_TYPES.get(report["type"])
    return tr(short) if short else core_text(report["type_label"])


def status_label(report: dict) -> str:
    return tr(STATUSES[report["status"]][0])


def student_name(report: dict) -> str:
    """The matched student, else the name as printed on the report."""
    return report["student"] or report["printed_name"] or tr("(no name found on the report)")


def page_range(first: int, last: int) -> str:
    if first == last:
        return tr("p. {page}").format(page=first)
    return tr("p. {first}–{last}").format(first=first, last=last)


def source(report: dict) -> str:
    where = report["source"]
    return f"{where['file']}, {page_range(where['first_page'], where['last_page'])}"


def _student_tip(report: dict) -> str:
    if report["student"]:
        return report["student"]
    return tr("Printed on the report: {name}. Not matched to a student in the score data.").format(
        name=student_name(report))


def _status_tip(report: dict) -> str:
    if report["problem"]:
        return tr("Needs attention: {problem}.").format(problem=report["problem"])
    return tr("Matched to the student with SSID {ssid}.").format(ssid=report["ssid"])


REPORT_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("", "Student"), student_name, tip=_student_tip, muted=lambda r: not r["student"]),
    Column("SSID", lambda r: r["ssid"] or r["printed_ssid"], muted=lambda r: not r["ssid"],
           tip=lambda r: None if r["ssid"] else tr("The SSID printed on the report")),
    Column(QT_TRANSLATE_NOOP("", "Type"), type_name, tip=lambda r: core_text(r["type_label"])),
    Column(QT_TRANSLATE_NOOP("", "Language"), lambda r: core_text(r["language"])),
    Column(QT_TRANSLATE_NOOP("", "Pages"), lambda r: str(r["pages"]), lambda r: r["pages"], centred=True),
    Column(QT_TRANSLATE_NOOP("", "Status"), status_label, lambda r: r["status"] != NEEDS_ATTENTION,
           tip=_status_tip, icon=lambda r: dot(STATUSES[r["status"]][1])),
    Column(QT_TRANSLATE_NOOP("", "Source"), source,
           lambda r: (r["source"]["file"].casefold(), r["source"]["first_page"]), tip=source),
)


class ReportTableModel(RowsModel):
    def __init__(self, parent=None):
        # Searched by the student's name, the name as printed, and either SSID.
        super().__init__(REPORT_COLUMNS, lambda r: " ".join(
            filter(None, (r["student"], r["printed_name"], r["ssid"], r["printed_ssid"]))), parent)

    def report(self, row: int) -> dict:
        return self.row(row)


class ReportFilter(RowFilter):
    """Search (name or SSID) and the Status / Type / Language / Pages choices."""

    def __init__(self, parent=None):
        super().__init__({"status": lambda r: r["status"], "type": lambda r: r["type"],
                          "language": lambda r: r["language"], "pages": lambda r: r["pages"]}, parent)


LOOSE_PAGE_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("", "File"), lambda p: p["file"], tip=lambda p: p["file"]),
    Column(QT_TRANSLATE_NOOP("", "Page"), lambda p: str(p["page"]), lambda p: p["page"], centred=True),
    Column(QT_TRANSLATE_NOOP("", "Why it belongs to no report"), lambda p: core_text(p["reason"]),
           tip=lambda p: core_text(p["reason"])),
)

WITHOUT_REPORT_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("", "Student"), lambda s: s["student"], lambda s: s["student"].casefold()),
    Column("SSID", lambda s: s["ssid"]),
    Column(QT_TRANSLATE_NOOP("", "Program"), lambda s: s["program"]),
    Column(QT_TRANSLATE_NOOP("", "School year"), lambda s: school_year(s["administration_year"]),
           lambda s: s["administration_year"]),
)


def attention_model(columns: tuple[Column, ...], parent=None) -> RowsModel:
    return RowsModel(columns, lambda row: " ".join(str(value) for value in row.values()), parent)
