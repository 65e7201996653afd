"""The report library: import SSR PDFs, match each report to a student, keep a queue of what needs a look.

The original PDF is copied into the workspace and each report is stored as a page range of it, so the
library survives the download folder being cleaned and nothing is split until it is needed. Re-importing
the same PDF changes nothing; a different file with the same report (same SSID, kind, language and
administration) either repeats it (left alone) or is a newer version (kept, the older one superseded).
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import sqlite3
from collections.abc import Iterable
from contextlib import closing
from datetime import datetime, timezone
from pathlib import Path

import pypdfium2 as pdfium

from ..datafiles.report import FileReport, failures_recorded
from ..db import transaction
from ..errors import DataFileError, UserError
from ..files import atomic_write, private_folder, sha256_of
from ..tasks import Job, Progress
from ..words import counted
from ..workspace import Workspace
from .pages import open_pdf, read_pages
from .recognise import KIND_LABELS, SSID, FoundReport, name_on_page, plain, split_reports

FORMAT = "PDF"
PROGRESS_EVERY = 250


def import_pdf(workspace: Workspace, path: Path, label: str) -> Job[FileReport]:
    report = FileReport(label, kind="reports", format=FORMAT)
    stored: Path | None = None
    try:
        with closing(workspace.connect()) as connection, failures_recorded(report):
            digest = sha256_of(path)
            known = connection.execute("SELECT id FROM ssr_file WHERE sha256 = ?", (digest,)).fetchone()
            if known:
                report.unchanged = connection.execute(
                    "SELECT COUNT(*) FROM ssr WHERE ssr_file_id = ?", (known["id"],)).fetchone()[0]
                report.warnings.append("This PDF is already in the library; nothing changed.")
                return report
            pages = yield from _read(path, label)
            found, loose = split_reports(pages)
            if not found:
                raise DataFileError(_nothing_found(pages))
            stored = _store_original(workspace, path, digest)
            with transaction(connection):
                _save(connection, Path(label).name, digest, stored.relative_to(workspace.folder), len(pages),
                      found, loose, report)
            stored = None  # kept: it now belongs to the library
    finally:
        if stored is not None:
            stored.unlink(missing_ok=True)
    return report


def _read(path: Path, label: str) -> Job[list]:
    document = open_pdf(path)
    try:
        pages = []
        for page in read_pages(document):
            pages.append(page)
            if page.number % PROGRESS_EVERY == 0:
                yield Progress(page.number, len(document), f"{Path(label).name}: page {page.number:,} read")
        return pages
    finally:
        document.close()


def _nothing_found(pages) -> str:
    if all(not page.text.strip() for page in pages):
        return ("This PDF has no text on any page (a scan?), so ssrdesk cannot tell whose reports they are. "
                "Download the Student Score Reports from TOMS instead of scanning printed ones.")
    return "No Student Score Report was found in this PDF: no page shows a student's SSID."


def _store_original(workspace: Workspace, path: Path, digest: str) -> Path:
    target = private_folder(workspace.folder / "reports") / f"{digest[:20]}.pdf"
    with atomic_write(target) as temporary:
        shutil.copyfile(path, temporary)
    return target


def _save(connection, name: str, digest: str, stored_as: Path, page_total: int,
          found: list[FoundReport], loose: list[tuple[int, str]], report: FileReport) -> None:
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    file_id = connection.execute(
        "INSERT INTO ssr_file (name, sha256, stored_as, pages, imported_at) VALUES (?, ?, ?, ?, ?)",
        (name, digest, str(stored_as), page_total, now),
    ).lastrowid
    students = {r["ssid"]: (r["first_name"], r["last_name"])
                for r in connection.execute("SELECT ssid, first_name, last_name FROM student")}
    resolutions = {(r["printed_ssid"], r["printed_name"]): r["ssid"]
                   for r in connection.execute("SELECT * FROM ssr_resolution")}
    attention = []
    for item in found:
        ssid, printed_name, problem = _match(item, students, resolutions)
        content_hash = hashlib.blake2b("\f".join(item.texts).encode(), digest_size=16).hexdigest()
        same = connection.execute(
            "SELECT id, content_hash FROM ssr WHERE printed_ssid = ? AND kind = ? AND language = ?"
            " AND administration = ? AND superseded_by IS NULL",
            (item.printed_ssid, item.kind, item.language, item.administration),
        ).fetchone()
        if same and same["content_hash"] == content_hash:
            report.unchanged += 1
            continue
        new_id = connection.execute(
            "INSERT INTO ssr (ssr_file_id, first_page, page_count, printed_ssid, printed_name, printed_grade, program,"
            " kind, language, administration, address, address_box, content_hash, ssid, problem)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (file_id, item.first_page, item.page_count, item.printed_ssid, printed_name, item.grade, item.program,
             item.kind, item.language, item.administration, item.address,
             json.dumps(item.address_box) if item.address_box else "", content_hash, ssid, problem),
        ).lastrowid
        if same:
            connection.execute("UPDATE ssr SET superseded_by = ? WHERE id = ?", (new_id, same["id"]))
            report.changed += 1
            report.warnings.append(f"Pages {item.first_page}–{item.last_page} are a newer version of a report already in "
                                   "the library (same SSID, kind and language); the newer one is kept.")
        else:
            report.new += 1
        if problem:
            attention.append(f"pages {item.first_page}–{item.last_page}: {problem}")
    connection.executemany("INSERT INTO ssr_loose_page (ssr_file_id, page, reason) VALUES (?, ?, ?)",
                           [(file_id, page, reason) for page, reason in loose])
    if report.unchanged:
        report.warnings.append(f"{counted(report.unchanged, 'report', 'reports')} in this file were already in the "
                               "library (the same report from another file); left as they were.")
    if attention:
        shown = "; ".join(attention[:5]) + (f"; and {len(attention) - 5} more" if len(attention) > 5 else "")
        report.warnings.append(f"{counted(len(attention), 'report needs', 'reports need')} attention: {shown}.")
    if loose:
        report.warnings.append(f"{counted(len(loose), 'page belongs', 'pages belong')} to no report: "
                               + "; ".join(f"page {page} {reason}" for page, reason in loose[:3])
                               + (" …" if len(loose) > 3 else "") + ".")


def _match(item: FoundReport, students: dict, resolutions: dict) -> tuple[str | None, str, str]:
    """(student SSID or None, the name as printed, what needs attention or '')."""
    if item.printed_ssid in students:
        first, last = students[item.printed_ssid]
        printed = name_on_page(item.front_text, first, last)
        if not printed:
            guess = guess_name(item.front_text)
            problem = (f"the name printed ({guess or 'none found'}) is not {first} {last}, the student with SSID "
                       f"{item.printed_ssid} in the score data")
            resolved = resolutions.get((item.printed_ssid, guess))
            return (resolved, guess, "") if resolved else (item.printed_ssid, guess, problem)
        return item.printed_ssid, printed, "; ".join(item.problems)
    guess = guess_name(item.front_text)
    resolved = resolutions.get((item.printed_ssid, guess))
    if resolved:
        return resolved, guess, ""
    problem = f"no student with SSID {item.printed_ssid} is in the score data"
    return None, guess, "; ".join([*item.problems, problem])


_LABEL_WORDS = re.compile(r"\b(school|district|grade|ssid|test|score|report|dear|parent|guardian|page|level|"
                          r"english|language|arts|literacy|mathematics|science|assessment|"
                          r"escuela|distrito|grado|informe|trường|lớp|paaralan|baitang)\b", re.I)


def guess_name(front_text: str) -> str:
    """The name-like line nearest the SSID on a front page (for reports of unknown students)."""
    lines = [line.strip() for line in front_text.splitlines()]
    at = next((i for i, line in enumerate(lines) if SSID.search(line)), None)
    if at is None:
        return ""
    for offset in (-1, 1, -2, 2, -3, 3):
        if 0 <= at + offset < len(lines):
            line = lines[at + offset]
            if re.fullmatch(r"[^\d:|]{3,60}", line) and len(line.split()) >= 2 and not _LABEL_WORDS.search(line):
                return line
    return ""


# ---- reading the library ----

ACTIVE = "superseded_by IS NULL"


def reports(connection: sqlite3.Connection) -> list[dict]:
    rows = connection.execute(
        "SELECT ssr.*, f.name AS file_name, s.first_name, s.last_name FROM ssr JOIN ssr_file f ON f.id = ssr.ssr_file_id"
        f" LEFT JOIN student s ON s.ssid = ssr.ssid WHERE ssr.{ACTIVE}"
        " ORDER BY COALESCE(s.last_name, ssr.printed_name), s.first_name, ssr.printed_ssid, ssr.program, ssr.kind,"
        " ssr.language != 'English', ssr.language"
    )
    return [_report(row) for row in rows]


def _report(row: sqlite3.Row) -> dict:
    student = f"{row['last_name']}, {row['first_name']}" if row["last_name"] is not None else ""
    return {
        "id": row["id"],
        "ssid": row["ssid"],
        "printed_ssid": row["printed_ssid"],
        "student": student or None,
        "printed_name": row["printed_name"] or None,
        "grade": row["printed_grade"] or None,
        "program": row["program"],
        "type": row["kind"] or None,
        "type_label": KIND_LABELS.get(row["kind"], "Unknown report type"),
        "language": row["language"],
        "pages": row["page_count"],
        "source": {"file": row["file_name"], "first_page": row["first_page"],
                   "last_page": row["first_page"] + row["page_count"] - 1},
        "administration": row["administration"] or None,
        "address": row["address"] or None,
        "address_box_inches": json.loads(row["address_box"]) if row["address_box"] else None,
        "status": "needs attention" if row["problem"] else "matched",
        "problem": row["problem"] or None,
    }


def attention(connection: sqlite3.Connection) -> dict:
    """Everything a coordinator should look at before sending reports home."""
    return {
        "reports": [_report(r) for r in connection.execute(
            "SELECT ssr.*, f.name AS file_name, s.first_name, s.last_name FROM ssr JOIN ssr_file f ON f.id = ssr.ssr_file_id"
            f" LEFT JOIN student s ON s.ssid = ssr.ssid WHERE ssr.{ACTIVE} AND ssr.problem != '' ORDER BY ssr.id")],
        "loose_pages": [
            {"file": r["name"], "page": r["page"], "reason": r["reason"]}
            for r in connection.execute(
                "SELECT f.name, p.page, p.reason FROM ssr_loose_page p JOIN ssr_file f ON f.id = p.ssr_file_id"
                " ORDER BY f.id, p.page")
        ],
        "eligible_without_report": [
            {"ssid": r["ssid"], "student": f"{r['last_name']}, {r['first_name']}", "program": r["program"],
             "administration_year": r["administration_year"]}
            for r in connection.execute(_ELIGIBLE_WITHOUT_REPORT)
        ],
    }


# A student is owed a report for each program with an SSR-eligible record in its latest administration.
_ELIGIBLE_WITHOUT_REPORT = f"""
    SELECT DISTINCT s.ssid, s.last_name, s.first_name, t.program, t.administration_year
    FROM test_result t JOIN student s ON s.ssid = t.ssid
    WHERE t.ssr_eligible = 'Y'
      AND t.administration_year = (SELECT MAX(administration_year) FROM test_result WHERE program = t.program)
      AND NOT EXISTS (SELECT 1 FROM ssr WHERE ssr.ssid = t.ssid AND ssr.program = t.program AND ssr.{ACTIVE})
    ORDER BY s.last_name, s.first_name, t.program
"""


def counts(connection: sqlite3.Connection) -> dict:
    one = lambda sql: connection.execute(sql).fetchone()[0]  # noqa: E731
    return {
        "found": one(f"SELECT COUNT(*) FROM ssr WHERE {ACTIVE}"),
        "matched": one(f"SELECT COUNT(*) FROM ssr WHERE {ACTIVE} AND ssid IS NOT NULL AND problem = ''"),
        "needing_attention": one(f"SELECT COUNT(*) FROM ssr WHERE {ACTIVE} AND problem != ''"),
        "pages_in_no_report": one("SELECT COUNT(*) FROM ssr_loose_page"),
        "students_eligible_without_report": one(f"SELECT COUNT(DISTINCT ssid) FROM ({_ELIGIBLE_WITHOUT_REPORT})"),
    }


def resolve(workspace: Workspace, report_id: int, ssid: str) -> None:
    """The coordinator says this report is this student's; remembered for future imports of it."""
    connection = workspace.connect()
    try:
        with transaction(connection):
            row = connection.execute("SELECT printed_ssid, printed_name FROM ssr WHERE id = ?", (report_id,)).fetchone()
            if row is None:
                raise UserError(f"There is no report number {report_id}.")
            if not connection.execute("SELECT 1 FROM student WHERE ssid = ?", (ssid,)).fetchone():
                raise UserError(f"There is no student with SSID {ssid} in the score data.")
            connection.execute("UPDATE ssr SET ssid = ?, problem = '' WHERE id = ?", (ssid, report_id))
            connection.execute(
                "INSERT INTO ssr_resolution (printed_ssid, printed_name, ssid, resolved_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT DO UPDATE SET ssid = excluded.ssid, resolved_at = excluded.resolved_at",
                (row["printed_ssid"], row["printed_name"], ssid, datetime.now(timezone.utc).isoformat(timespec="seconds")),
            )
    finally:
        connection.close()


def write_pdf(workspace: Workspace, report_ids: Iterable[int], target: Path) -> Path:
    """One PDF of the given reports' pages, in order, cut from the stored originals (pdfium: fast)."""
    connection = workspace.connect()
    try:
        rows = [connection.execute(
            "SELECT ssr.first_page, ssr.page_count, f.stored_as FROM ssr JOIN ssr_file f ON f.id = ssr.ssr_file_id"
            " WHERE ssr.id = ?", (report_id,)).fetchone() for report_id in report_ids]
    finally:
        connection.close()
    if not rows or None in rows:
        raise UserError("No such report in the library.")
    out = pdfium.PdfDocument.new()
    sources = {}
    try:
        for row in rows:
            if row["stored_as"] not in sources:
                sources[row["stored_as"]] = open_stored(workspace.folder / row["stored_as"])
            first = row["first_page"] - 1
            out.import_pages(sources[row["stored_as"]], list(range(first, first + row["page_count"])))
        with atomic_write(Path(target)) as temporary:
            out.save(str(temporary))
    finally:
        out.close()
        for source in sources.values():
            source.close()
    return Path(target)


def student_report_ids(workspace: Workspace, ssid: str, language: str | None = None) -> list[int]:
    connection = workspace.connect()
    try:
        query = f"SELECT id, language FROM ssr WHERE ssid = ? AND {ACTIVE} ORDER BY program, kind, language != 'English', id"
        rows = list(connection.execute(query, (ssid,)))
    finally:
        connection.close()
    if language:
        rows = [r for r in rows if plain(r["language"]).startswith(plain(language))]
    return [r["id"] for r in rows]


def open_stored(path: Path) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(str(path))
    except (pdfium.PdfiumError, FileNotFoundError):
        raise UserError(f"The library's copy of a report PDF ({path.name}) is missing or damaged. "
                        "Import the Student Score Report PDF again to restore it.")
