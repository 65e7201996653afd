"""The Reports tables: the report library (`library.reports()`), and the two lists of things that need a
look besides reports (`library.attention()`): pages that belong to no report and students owed one."""

from __future__ import annotations

from .icons import AMBER, GREEN, dot
from .student_detail import school_year
from .tables import Column, RowFilter, RowsModel

MATCHED, NEEDS_ATTENTION = "matched", "needs attention"
STATUSES = {  # status -> (label, colour)
    NEEDS_ATTENTION: ("Needs attention", AMBER),
    MATCHED: ("Matched", GREEN),
}
STUDENT, SSID, TYPE, LANGUAGE, PAGES, STATUS, SOURCE = range(7)

# The names coordinators use for each kind of report: short enough for a column and a choice box
# (the core's fuller label is the tooltip).
SHORT_TYPES = {
    "SB": "Smarter Balanced", "SB+CAST": "Smarter Balanced + CAST", "CAST": "CAST", "CAA": "CAA",
    "CAA+Science": "CAA + CAA Science", "CAA Science": "CAA Science", "CSA": "CSA", "ELPAC": "Summative ELPAC",
    "Alternate ELPAC": "Alternate ELPAC",
}


def type_name(report: dict) -> str:
    return SHORT_TYPES.get(report["type"], report["type_label"])


def student_name(report: dict) -> str:
    """The matched student, else the name as printed on the report."""
    return report["student"] or report["printed_name"] or "(no name found on the report)"


def page_range(first: int, last: int) -> str:
    return f"p. {first}" if first == last else f"p. {first}–{last}"


def source(report: dict) -> str:
    where = report["source"]
    return f"{where['file']}, {page_range(where['first_page'], where['last_page'])}"


def _student_tip(report: dict) -> str:
    if report["student"]:
        return report["student"]
    return f"Printed on the report: {student_name(report)}. Not matched to a student in the score data."


def _status_tip(report: dict) -> str:
    if report["problem"]:
        return f"Needs attention: {report['problem']}."
    return f"Matched to the student with SSID {report['ssid']}."


REPORT_COLUMNS = (
    Column("Student", student_name, tip=_student_tip, muted=lambda r: not r["student"]),
    Column("SSID", lambda r: r["ssid"] or r["printed_ssid"], muted=lambda r: not r["ssid"],
           tip=lambda r: None if r["ssid"] else "The SSID printed on the report"),
    Column("Type", type_name, tip=lambda r: r["type_label"]),
    Column("Language", lambda r: r["language"]),
    Column("Pages", lambda r: str(r["pages"]), lambda r: r["pages"], centred=True),
    Column("Status", lambda r: STATUSES[r["status"]][0], lambda r: r["status"] != NEEDS_ATTENTION,
           tip=_status_tip, icon=lambda r: dot(STATUSES[r["status"]][1])),
    Column("Source", source, lambda r: (r["source"]["file"].casefold(), r["source"]["first_page"]), tip=source),
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
    Column("File", lambda p: p["file"], tip=lambda p: p["file"]),
    Column("Page", lambda p: str(p["page"]), lambda p: p["page"], centred=True),
    Column("Why it belongs to no report", lambda p: p["reason"], tip=lambda p: p["reason"]),
)

WITHOUT_REPORT_COLUMNS = (
    Column("Student", lambda s: s["student"], lambda s: s["student"].casefold()),
    Column("SSID", lambda s: s["ssid"]),
    Column("Program", lambda s: s["program"]),
    Column("School year", lambda s: school_year(s["administration_year"]), lambda s: s["administration_year"]),
)


def attention_model(columns: tuple[Column, ...], parent=None) -> RowsModel:
    return RowsModel(columns, lambda row: " ".join(str(value) for value in row.values()), parent)
