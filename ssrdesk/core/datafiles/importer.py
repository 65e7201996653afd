"""Import score data files into the workspace: one transaction per file, idempotent on re-import.

Each record is keyed by program, year and UIN (the state's unique record number). A re-imported row
whose content hash is unchanged is skipped without being parsed further, which makes refreshing a
cumulative file much cheaper than the first import.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable
from contextlib import closing
from datetime import datetime, timezone
from pathlib import Path

from .. import archive
from ..ssr.library import import_pdf
from ..db import transaction
from ..errors import DataFileError
from ..files import sha256_of
from ..tasks import Job, Progress
from ..workspace import Workspace
from . import readers
from .layouts import canonical_fields, field_positions
from .report import IMPORTED, REJECTED, SKIPPED, FileReport, ImportReport, failures_recorded
from .scoredata import ScoreTable, not_score_data, open_score_table
from .values import ssid as values_ssid

STUDENT_FIELDS = (
    "last_name first_name middle_name birth_date gender grade district_code district_name school_code "
    "school_name el_status elas primary_language ceds_language local_student_id"
).split()
ADDRESS_FIELDS = "address_line1 address_line2 city state zip".split()
RESULT_FIELDS = (
    "record_type grade_assessed scale_score achievement_level sem error_band_min error_band_max "
    "condition_code attemptedness score_status include_indicator ssr_eligible ssr_available_date "
    "science_current_year lexile_quantile uin"
).split()
DETAIL_FIELDS = [
    f.name for f in canonical_fields() if f.name not in {"ssid", *STUDENT_FIELDS, *ADDRESS_FIELDS, *RESULT_FIELDS}
]
BATCH = 5000
PROGRESS_EVERY = 2000
# In a TOMS zip the same data comes three times; the delimited copy is the fastest to read.
FORMAT_PREFERENCE = {".csv": 0, ".txt": 0, ".xlsx": 1, ".dat": 2}


def import_paths(workspace: Workspace, paths: Iterable[Path]) -> Job[ImportReport]:
    """Import every file, folder and zip named: score data files and Student Score Report PDFs alike."""
    report = ImportReport()
    for path in map(Path, paths):
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                yield from _import_any(workspace, child, str(child), report, inside_zip=False)
        else:
            yield from _import_any(workspace, path, str(path), report, inside_zip=False)
    return report


def _import_any(workspace, path: Path, label: str, report: ImportReport, inside_zip: bool) -> Job[None]:
    if not path.exists():
        report.files.append(FileReport(label).fail("The file does not exist (was it moved or renamed?)."))
        return
    try:
        kind = readers.sniff(path)
    except OSError as error:
        report.files.append(FileReport(label).fail(f"The file cannot be read: {error.strerror}."))
        return
    if kind == "zip" and not inside_zip:
        yield from _import_zip(workspace, path, label, report)
    elif kind == "pdf":
        report.files.append((yield from import_pdf(workspace, path, label)))
    elif kind in ("text", "xlsx"):
        file_report = yield from import_score_file(workspace, path, label)
        if inside_zip and file_report.status == REJECTED and "not a TOMS" in file_report.reason:
            file_report.status = SKIPPED
        report.files.append(file_report)
    elif inside_zip:
        report.files.append(FileReport(label).fail("Not a score data file; left alone.", SKIPPED))
    else:
        report.files.append(FileReport(label).fail(not_score_data(kind)))


def _import_zip(workspace: Workspace, path: Path, label: str, report: ImportReport) -> Job[None]:
    try:
        found = archive.entries(path)
    except DataFileError as error:
        report.files.append(FileReport(label).fail(str(error)))
        return
    for entry in found:
        if entry.problem:
            report.files.append(FileReport(f"{label} › {entry.name}").fail(f"Not imported: {entry.problem}."))
    usable = _one_copy_per_dataset([e for e in found if not e.problem])
    scratch = workspace.temporary
    for entry in usable:
        entry_label = f"{label} › {entry.name}"
        try:
            extracted = archive.extract(path, entry, scratch)
        except DataFileError as error:
            report.files.append(FileReport(entry_label).fail(str(error)))
            continue
        try:
            yield from _import_any(workspace, extracted, entry_label, report, inside_zip=True)
        finally:
            extracted.unlink(missing_ok=True)


def _one_copy_per_dataset(entries: list[archive.Entry]) -> list[archive.Entry]:
    """TOMS zips hold the same data as .xlsx, _DLMTR.CSV and .dat: keep the fastest copy of each."""
    chosen: dict[str, archive.Entry] = {}
    for entry in entries:
        name = Path(entry.name)
        stem = name.stem.upper().removesuffix("_DLMTR")
        rank = FORMAT_PREFERENCE.get(name.suffix.lower())
        if rank is None:
            chosen[entry.name] = entry
            continue
        current = chosen.get(stem)
        if current is None or rank < FORMAT_PREFERENCE[Path(current.name).suffix.lower()]:
            chosen[stem] = entry
    return list(chosen.values())


def import_score_file(workspace: Workspace, path: Path, label: str) -> Job[FileReport]:
    report = FileReport(label, kind="score data")
    with failures_recorded(report):
        table = open_score_table(path)
    if report.status != IMPORTED:
        return report
    layout = table.layout
    report.program, report.school_year = layout.program, layout.school_year
    report.administration_year, report.format = layout.administration_year, table.format
    with closing(workspace.connect()) as connection, failures_recorded(report):
        digest = sha256_of(path)
        if _already_imported(connection, digest, layout, report):
            return report
        with transaction(connection):
            yield from _write_rows(connection, path, digest, table, report)
            if report.new + report.changed + report.unchanged == 0:
                raise DataFileError(
                    "No row of the file could be imported"
                    + (f" (all {report.rejected:,} were rejected; see the reasons below)." if report.rejected else ": it has a header but no data rows.")
                )
    report.warnings += table.encoding.warnings()
    return report


def _already_imported(connection: sqlite3.Connection, digest: str, layout, report: FileReport) -> bool:
    """The very same file, with no other file of its program and year imported since: nothing can differ.

    Coordinators download the cumulative file again and again; this answers at once instead of re-reading it.
    """
    previous = connection.execute(
        "SELECT * FROM data_file WHERE program = ? AND school_year = ? AND kind = 'score data'"
        " ORDER BY id DESC LIMIT 1",
        (layout.program, layout.school_year),
    ).fetchone()
    if previous is None or previous["sha256"] != digest:
        return False
    report.unchanged = previous["rows_new"] + previous["rows_changed"] + previous["rows_unchanged"]
    for row in connection.execute(
        "SELECT row_number, field, reason FROM rejected_row WHERE data_file_id = ? ORDER BY row_number", (previous["id"],)
    ):
        report.reject_row(*row)
    report.rejected = previous["rows_rejected"]
    report.warnings.append(f"This exact file was already imported ({previous['imported_at'][:10]}); nothing changed.")
    return True


def _write_rows(connection: sqlite3.Connection, path: Path, digest: str, table: ScoreTable, report: FileReport) -> Job[None]:
    layout, header = table.layout, table.header
    data_file_id = connection.execute(
        "INSERT INTO data_file (name, sha256, kind, program, school_year, format, imported_at, header)"
        " VALUES (?, ?, 'score data', ?, ?, ?, ?, ?)",
        (Path(report.file).name, digest, layout.program, layout.school_year, table.format,
         datetime.now(timezone.utc).isoformat(timespec="seconds"), "\x1f".join(header)),
    ).lastrowid
    writer = _Writer(connection, layout, header, data_file_id)
    known = dict(
        connection.execute(
            "SELECT record_key, row_hash FROM test_result WHERE program = ? AND administration_year = ?",
            (layout.program, layout.administration_year),
        )
    )
    positions = field_positions(header)
    extractors = [(f.name, positions[f.name], f.normaliser) for f in canonical_fields() if f.name in positions]
    ssid_at = positions.get("ssid")
    if ssid_at is None:
        raise DataFileError("The file has no SSID column, so its rows cannot be matched to students.")
    uin_at = positions.get("uin")
    width = len(header)
    pad_short_rows = table.format in (readers.XLSX, readers.FIXED)  # these drop trailing empty cells
    seen: dict[str, int] = {}
    key_prefix = f"{layout.program}|{layout.administration_year}|"
    total = max(table.line_count - 1, 0)
    name = report.file.rsplit(" › ", 1)[-1].rsplit("/", 1)[-1]
    for count, (number, cells) in enumerate(table.rows, 1):
        if count % PROGRESS_EVERY == 0:
            yield Progress(count, total, f"{name}: {count:,} rows read")
        if len(cells) != width:
            if not any(c.strip() for c in cells):
                continue
            if len(cells) < width and pad_short_rows:
                cells = cells + [""] * (width - len(cells))
            else:
                report.reject_row(number, "", f"has {len(cells)} fields where the header has {width}: the row "
                                  "is cut short or has an extra delimiter. Fix it or download the file again.")
                continue
        raw = "\x1f".join(cells)
        ssid = values_ssid(cells[ssid_at])
        if not ssid:
            report.reject_row(number, header[ssid_at], f"'{cells[ssid_at].strip()}' is not a 10-digit SSID.")
            continue
        uin = cells[uin_at].strip() if uin_at is not None else ""
        key = key_prefix + (uin or f"{ssid}|{_record_identity(cells, positions)}")
        if key in seen:
            report.reject_row(number, "UIN", f"repeats the record of row {seen[key]}; the later copy was skipped.")
            continue
        seen[key] = number
        row_hash = hashlib.blake2b(raw.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
        previous = known.get(key)
        if previous == row_hash:
            report.unchanged += 1
            continue
        if previous is None:
            report.new += 1
        else:
            report.changed += 1
        values = {name: normalise(cells[at]) for name, at, normalise in extractors}
        values["ssid"] = ssid
        writer.add(key, values, row_hash, raw)
    writer.flush()
    connection.execute(
        "UPDATE data_file SET rows_new = ?, rows_changed = ?, rows_unchanged = ?, rows_rejected = ? WHERE id = ?",
        (report.new, report.changed, report.unchanged, report.rejected, data_file_id),
    )
    connection.executemany(
        "INSERT INTO rejected_row (data_file_id, row_number, field, reason) VALUES (?, ?, ?, ?)",
        [(data_file_id, r.row, r.field, r.reason) for r in report.rejected_rows],
    )
    yield Progress(total, total, f"{name}: saved")


def _record_identity(cells: list[str], positions: dict[str, int]) -> str:
    """Without a UIN, a record is one test (record type) at one grade for one student."""
    return "|".join(cells[positions[f]].strip() for f in ("record_type", "grade_assessed") if f in positions)


class _Writer:
    """Batches student and record upserts; students first, as records refer to them."""

    def __init__(self, connection: sqlite3.Connection, layout, header: list[str], data_file_id: int):
        self.connection = connection
        self.layout = layout
        self.data_file_id = data_file_id
        present = set(field_positions(header))
        self.student_fields = [f for f in STUDENT_FIELDS if f in present]
        self.address_fields = [f for f in ADDRESS_FIELDS if f in present]
        self.detail_fields = [f for f in DETAIL_FIELDS if f in present]
        self.students: dict[str, tuple] = {}
        self.addresses: dict[str, tuple] = {}
        self.results: list[tuple] = []
        columns = ", ".join(self.student_fields)
        updates = ", ".join(f"{f} = excluded.{f}" for f in self.student_fields)
        self.student_sql = (
            f"INSERT INTO student (ssid, {columns}, demographics_year) VALUES ({_marks(len(self.student_fields) + 2)})"
            f" ON CONFLICT(ssid) DO UPDATE SET {updates}, demographics_year = excluded.demographics_year"
            " WHERE excluded.demographics_year >= student.demographics_year"
        )
        sets = ", ".join(f"{f} = ?" for f in self.address_fields)
        self.address_sql = f"UPDATE student SET {sets}, address_year = ? WHERE ssid = ? AND address_year <= ?"
        result_columns = ["record_key", "ssid", "program", "administration_year", *RESULT_FIELDS, "details",
                          "layout", "data_file_id", "row_hash", "raw"]
        self.result_sql = (
            f"INSERT INTO test_result ({', '.join(result_columns)}) VALUES ({_marks(len(result_columns))})"
            " ON CONFLICT(record_key) DO UPDATE SET "
            + ", ".join(f"{c} = excluded.{c}" for c in result_columns[1:])
        )

    def add(self, key: str, values: dict[str, str], row_hash: str, raw: str) -> None:
        year = self.layout.administration_year
        ssid = values["ssid"]
        self.students[ssid] = (ssid, *(values[f] for f in self.student_fields), year)
        if self.address_fields:
            self.addresses[ssid] = (*(values[f] for f in self.address_fields), year, ssid, year)
        details = {f: values[f] for f in self.detail_fields if values[f]}
        self.results.append((
            key, ssid, self.layout.program, year, *(values.get(f, "") for f in RESULT_FIELDS),
            json.dumps(details, separators=(",", ":")), self.layout.name, self.data_file_id, row_hash, raw,
        ))
        if len(self.results) >= BATCH:
            self.flush()

    def flush(self) -> None:
        self.connection.executemany(self.student_sql, self.students.values())
        if self.address_fields:
            self.connection.executemany(self.address_sql, self.addresses.values())
        self.connection.executemany(self.result_sql, self.results)
        self.students.clear()
        self.addresses.clear()
        self.results.clear()


def _marks(count: int) -> str:
    return ", ".join("?" * count)
