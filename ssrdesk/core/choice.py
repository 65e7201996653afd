"""Which of a student's reports a family gets, and the workspace rows both routes (print, e-mail) read.

Reports come in groups (CAASPP, CSA, ELPAC); each has an English copy and sometimes a translated one. A
family gets the English copy, the copy in its language, or both, as the coordinator chooses.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import groupby

from .codes import language_name
from .printing.letters import letter_language
from .ssr.library import ACTIVE

LANGUAGE_CHOICES = ("english", "translated", "both")
# Which reports go in: the combined CAASPP report (SB, CAA, CAST…), the CSA, and the ELPAC reports.
REPORT_GROUPS = {"CAASPP": "CAASPP results (SB, CAAs, CAST)", "CSA": "California Spanish Assessment",
                 "ELPAC": "ELPAC"}
GROUP_ORDER = tuple(REPORT_GROUPS)


class Skip(Exception):
    """Why a student gets nothing from this run, in words for the left-out list."""


@dataclass(frozen=True)
class LeftOut:
    ssid: str
    student: str
    reason: str


def reports_for_family(reports: list[sqlite3.Row], groups: tuple[str, ...], languages: str,
                       family_language: str) -> list[sqlite3.Row]:
    """The reports of the chosen groups a family gets, in order; Skip says why there are none to give."""
    wanted = [r for r in reports if group(r) in groups]
    flagged = sorted({r["kind"] or r["program"] for r in wanted if r["problem"]})
    if flagged:  # giving the rest would mark the student reached with a report missing
        raise Skip(f"the {' and '.join(flagged)} report needs a look on the Reports page first")
    chosen = chosen_reports(wanted, languages, family_language)
    if not chosen:
        raise Skip(why_no_report(reports))
    return chosen


def chosen_reports(reports: list[sqlite3.Row], languages: str, family_language: str) -> list[sqlite3.Row]:
    """The student's reports in envelope order: by group, then each report's English and translated copies."""
    wanted = sorted(reports, key=lambda r: (GROUP_ORDER.index(group(r)), r["kind"], r["administration"],
                                   r["language"] != "English", r["id"]))
    chosen = []
    for _, copies in groupby(wanted, key=lambda r: (group(r), r["kind"], r["administration"])):
        copies = list(copies)
        english = [r for r in copies if r["language"] == "English"][:1]
        translated = [r for r in copies if r["language"] != "English" and speaks(family_language, r["language"])][:1]
        if not english and not (translated and languages != "english"):
            kind = copies[0]["kind"] or copies[0]["program"]
            raise Skip(f"the library has the {kind} report only in {copies[0]['language']}; import the English copy")
        if languages == "english":
            chosen += english
        elif languages == "translated":
            chosen += translated or english
        else:
            chosen += english + translated
    return chosen


def speaks(family_language: str, report_language: str) -> bool:
    """The state translates for Mandarin and Cantonese speakers alike into Traditional Chinese."""
    family, report = letter_language(family_language), letter_language(report_language)
    if "Chinese" in family and "Chinese" in report:
        return True
    return family == report and family != "English"


def why_no_report(reports: list[sqlite3.Row]) -> str:
    if not reports:
        return "no Student Score Report in the library for this student; import the SSR PDFs"
    return "no report of the kinds chosen; this student's reports are of other kinds"


def family_language(student: sqlite3.Row, guardians: list[sqlite3.Row]) -> str:
    """The correspondence language from the SIS (the addressed guardian's first); failing that, the student's
    primary language."""
    listed = next((g["language"] for g in guardians if g["language"]), "")
    return listed or language_name(student["primary_language"]) or ""


def group(report: sqlite3.Row) -> str:
    if report["kind"] == "CSA":
        return "CSA"
    return "ELPAC" if report["program"] == "ELPAC" or "ELPAC" in report["kind"] else "CAASPP"


# ---- reading the workspace ----

@dataclass(frozen=True)
class Chosen:
    """One chosen student with the rows both routes read: their current reports and guardians."""

    student: sqlite3.Row
    reports: list[sqlite3.Row]
    guardians: list[sqlite3.Row]

    @property
    def ssid(self) -> str:
        return self.student["ssid"]

    @property
    def name(self) -> str:
        return f"{self.student['last_name']}, {self.student['first_name']}"


def each_student(connection: sqlite3.Connection, ssids: list[str], left_out: list[LeftOut]) -> Iterator[Chosen]:
    """The chosen students in the order given, once each; a student not in the score data goes to `left_out`."""
    found, reported, listed = students(connection, ssids), reports(connection, ssids), guardians(connection, ssids)
    for ssid in dict.fromkeys(ssids):
        if ssid not in found:
            left_out.append(LeftOut(ssid, "", "not in the score data"))
            continue
        yield Chosen(found[ssid], reported.get(ssid, []), listed.get(ssid, []))


def _in(ssids: list[str]) -> str:
    return f"({', '.join('?' * len(ssids))})"


def _chunks(ssids: list[str], size: int = 900):
    for start in range(0, len(ssids), size):
        yield ssids[start:start + size]


def students(connection: sqlite3.Connection, ssids: list[str]) -> dict[str, sqlite3.Row]:
    found = {}
    for chunk in _chunks(ssids):
        found.update((r["ssid"], r) for r in connection.execute(f"SELECT * FROM student WHERE ssid IN {_in(chunk)}", chunk))
    return found


def reports(connection: sqlite3.Connection, ssids: list[str]) -> dict[str, list[sqlite3.Row]]:
    """Current reports; those still needing attention are kept out of envelopes by the caller."""
    return by_student(connection, f"SELECT * FROM ssr WHERE {ACTIVE} AND ssid IN {{}} ORDER BY id", ssids)


def guardians(connection: sqlite3.Connection, ssids: list[str]) -> dict[str, list[sqlite3.Row]]:
    return by_student(connection, "SELECT * FROM guardian WHERE ssid IN {} ORDER BY ssid, position", ssids)


def by_student(connection: sqlite3.Connection, query: str, ssids: list[str]) -> dict[str, list[sqlite3.Row]]:
    """The rows of `query` (its {} takes the SSID list) grouped by student, asked in chunks SQLite accepts."""
    found = defaultdict(list)
    for chunk in _chunks(ssids):
        for row in connection.execute(query.format(_in(chunk)), chunk):
            found[row["ssid"]].append(row)
    return found


def students_in_grades(connection: sqlite3.Connection, grades: list[str]) -> list[str]:
    """SSIDs of students with a report, in the given grades (all grades when none are given)."""
    query = f"SELECT DISTINCT s.ssid, s.grade FROM student s JOIN ssr ON ssr.ssid = s.ssid AND ssr.{ACTIVE}"
    rows = list(connection.execute(query))
    wanted = {_grade(g) for g in grades}
    return [r["ssid"] for r in rows if not wanted or _grade(r["grade"]) in wanted]


def _grade(text: str) -> str:
    text = text.strip().upper()
    return "KN" if text in ("K", "KN", "0", "00") else text.zfill(2) if text.isdigit() else text
