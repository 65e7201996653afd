"""Guardians' names, e-mail addresses, mailing addresses and languages from an SIS contacts export.

Every SIS names its columns differently, so a column mapping says which column holds what. One is
suggested from the header (`suggest_mapping`), can be edited, and saved under a name for next time.
A row may carry several guardians side by side ("Guardian 2 Email"), or a file may hold one row per
guardian; both work. Importing a file replaces the guardians of the students it names, in one
transaction: the SIS is the source of truth for contacts.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from contextlib import closing
from datetime import datetime, timezone
from pathlib import Path

from .codes import language_name
from .datafiles import readers
from .datafiles.layouts import normalise
from .datafiles.report import FileReport, ImportReport, failures_recorded
from .datafiles.values import ssid as as_ssid
from .db import transaction
from .errors import DataFileError, UserError
from .files import sha256_of
from .tasks import Job, Progress
from .workspace import Workspace

GUARDIAN_SLOTS = 3
STUDENT_FIELDS = ("ssid", "local_student_id")
ROW_FIELDS = ("address_line1", "address_line2", "city", "state", "zip", "language", "teacher")
GUARDIAN_FIELDS = ("name", "first_name", "last_name", "relationship", "email", "phone", "language",
                   "address_line1", "address_line2", "city", "state", "zip")
FIELDS = (*STUDENT_FIELDS, *ROW_FIELDS,
          *(f"guardian{slot}_{f}" for slot in range(1, GUARDIAN_SLOTS + 1) for f in GUARDIAN_FIELDS))
FIELD_LABELS = {
    "ssid": "Student SSID", "local_student_id": "Student local ID", "address_line1": "Mailing address",
    "address_line2": "Mailing address line 2", "city": "City", "state": "State", "zip": "ZIP code",
    "language": "Correspondence language", "teacher": "Teacher or homeroom",
}
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_SLOT = re.compile(r"(?:guardian|parent|contact|mother|father)\D{0,3}([1-9])|([1-9])(?:guardian|parent|contact)")
_GUARDIAN_WORDS = ("guardian", "parent", "contact", "mother", "father")


def field_label(name: str) -> str:
    if name in FIELD_LABELS:
        return FIELD_LABELS[name]
    slot, _, what = name.partition("_")
    words = {"email": "e-mail", "address_line1": "address", "address_line2": "address line 2", "zip": "ZIP code"}
    return f"Guardian {slot.removeprefix('guardian')}: {words.get(what, what.replace('_', ' '))}"


def read_header(path: Path) -> list[str]:
    _, rows = readers.table_rows(path, readers.Encoding())
    for _, cells in rows:
        if sum(bool(c.strip()) for c in cells) >= 2:
            return [c.strip() for c in cells]
    raise DataFileError("The contacts file has no header row.")


def suggest_mapping(header: list[str]) -> dict[str, str]:
    """Field -> column, guessed from common SIS header names (Aeries, PowerSchool, Infinite Campus, Synergy …)."""
    mapping: dict[str, str] = {}
    for column in sorted(header, key=_local_id_rank):
        field = _guess(normalise(column))
        if field and field not in mapping:
            mapping[field] = column
    return {field: mapping[field] for field in FIELDS if field in mapping}


def _local_id_rank(column: str) -> int:
    """Aeries' "Student ID" numbers students within a school; the district-wide id is the "Perm ID"."""
    return 0 if "perm" in normalise(column) else 1


def _guess(name: str) -> str | None:
    if not name:
        return None
    if "ssid" in name or ("state" in name and "student" in name) or name in ("statewidestudentidentifier", "stateid"):
        return "ssid"
    if name in ("studentid", "studentnumber", "permid", "permanentid", "localid", "localstudentid", "studentno",
                "studentidnumber", "id") or (("perm" in name or "local" in name) and "id" in name):
        return "local_student_id"
    what = _what(name)
    if what is None:
        return None
    slot_match = _SLOT.search(name)
    # A bare "Last Name" is the student's; a bare "Email" or "Phone" in a contacts export is the family's.
    guardian = any(w in name for w in _GUARDIAN_WORDS) or what in ("relationship", "email", "phone")
    if what in ROW_FIELDS and not slot_match and ("mail" in name or not guardian):
        return what
    if not guardian:
        return None
    slot = next((int(g) for g in slot_match.groups() if g), 1) if slot_match else 1
    return f"guardian{min(slot, GUARDIAN_SLOTS)}_{what}"


def _what(name: str) -> str | None:
    if "email" in name:
        return "email"
    if any(w in name for w in ("phone", "cell", "mobile")):
        return "phone"
    if "teacher" in name or "homeroom" in name:
        return "teacher"
    if "relation" in name:
        return "relationship"
    if "language" in name or "correspondence" in name:
        return "language"
    if "zip" in name or "postal" in name:
        return "zip"
    if "city" in name:
        return "city"
    if name.endswith("state") or name == "st":
        return "state"
    if any(w in name for w in ("apt", "unit", "address2", "addressline2", "street2")):
        return "address_line2"
    if "address" in name or "street" in name:
        return "address_line1"
    if "first" in name or "given" in name:
        return "first_name"
    if "last" in name or "surname" in name:
        return "last_name"
    if "name" in name:
        return "name"
    return None


def check_mapping(mapping: dict[str, str], header: list[str]) -> None:
    unknown = [f for f in mapping if f not in FIELDS]
    if unknown:
        raise UserError(f"Unknown contact field(s): {', '.join(unknown)}. Known fields: {', '.join(FIELDS)}.")
    missing = [c for c in mapping.values() if c not in header]
    if missing:
        raise UserError(f"The file has no column named {', '.join(repr(c) for c in missing)}.")
    if not any(f in mapping for f in STUDENT_FIELDS):
        raise UserError(
            "Could not tell which column holds the student's SSID or local ID: map the field "
            "'ssid' (or 'local_student_id') to that column."
        )


def choose_mapping(workspace: Workspace, path: Path, saved: str | None, overrides: list[str]) -> dict[str, str]:
    """The mapping to use: a saved one or the suggestion, with FIELD=COLUMN overrides applied."""
    header = read_header(path)
    mapping = load_mapping(workspace, saved) if saved else suggest_mapping(header)
    for item in overrides:
        field, sep, column = item.partition("=")
        if not sep:
            raise UserError(f"--map takes FIELD=COLUMN, not {item!r}.")
        if column:
            mapping[field.strip()] = column.strip()
        else:
            mapping.pop(field.strip(), None)
    check_mapping(mapping, header)
    return mapping


def saved_mappings(workspace: Workspace) -> dict[str, dict[str, str]]:
    connection = workspace.connect()
    try:
        return {r["name"]: json.loads(r["mapping"]) for r in connection.execute("SELECT * FROM contact_mapping ORDER BY name")}
    finally:
        connection.close()


def load_mapping(workspace: Workspace, name: str) -> dict[str, str]:
    presets = saved_mappings(workspace)
    if name not in presets:
        known = ", ".join(presets) or "none yet"
        raise UserError(f"There is no saved mapping named {name!r} (saved: {known}).")
    return presets[name]


def save_mapping(workspace: Workspace, name: str, mapping: dict[str, str]) -> None:
    connection = workspace.connect()
    try:
        with transaction(connection):
            connection.execute(
                "INSERT INTO contact_mapping (name, mapping, updated_at) VALUES (?, ?, ?) ON CONFLICT(name)"
                " DO UPDATE SET mapping = excluded.mapping, updated_at = excluded.updated_at",
                (name, json.dumps(mapping, sort_keys=True), _now()),
            )
    finally:
        connection.close()


def import_contacts(workspace: Workspace, path: Path, mapping: dict[str, str]) -> Job[ImportReport]:
    report = FileReport(str(path), kind="contacts")
    with closing(workspace.connect()) as connection, failures_recorded(report):
        report.format, rows = readers.table_rows(path, encoding := readers.Encoding())
        with transaction(connection):
            yield from _import_rows(connection, path, rows, mapping, report)
        report.warnings += encoding.warnings()
    return ImportReport([report])


def _import_rows(connection, path: Path, rows, mapping: dict[str, str], report: FileReport) -> Job[None]:
    header = None
    for _, cells in rows:
        if sum(bool(c.strip()) for c in cells) >= 2:
            header = [c.strip() for c in cells]
            break
    if header is None:
        raise DataFileError("The contacts file has no header row.")
    check_mapping(mapping, header)
    at = {field: header.index(column) for field, column in mapping.items()}
    by_local_id = dict(connection.execute("SELECT local_student_id, ssid FROM student WHERE local_student_id != ''"))
    known = {r[0] for r in connection.execute("SELECT ssid FROM student")}
    guardians: dict[str, list[tuple]] = defaultdict(list)
    teachers: dict[str, str] = {}
    bad_emails, unknown_students = [], set()
    for count, (number, cells) in enumerate(rows, 1):
        if count % 2000 == 0:
            yield Progress(count, 0, f"{path.name}: {count:,} rows read")
        value = lambda field: cells[at[field]].strip() if field in at and at[field] < len(cells) else ""  # noqa: E731
        if not any(c.strip() for c in cells):
            continue
        ssid = _student(value, by_local_id, report, number)
        if not ssid:
            continue
        if ssid not in known:
            unknown_students.add(ssid)
        household = {f: value(f) for f in ROW_FIELDS}
        if "teacher" in at:  # the file's word on the teacher, even none, replaces what an older file said
            teachers[ssid] = household["teacher"]
        for slot in range(1, GUARDIAN_SLOTS + 1):
            g = {f: value(f"guardian{slot}_{f}") for f in GUARDIAN_FIELDS}
            name = g["name"] or " ".join(p for p in (g["first_name"], g["last_name"]) if p)
            if not (name or g["email"] or g["phone"]):
                continue
            if g["email"] and not EMAIL.match(g["email"]):
                bad_emails.append(number)
                g["email"] = ""
            address = g if g["address_line1"] else household
            guardians[ssid].append((
                name, g["relationship"], g["email"].lower(), g["phone"], language_name(g["language"] or household["language"]),
                *(address[f] for f in ("address_line1", "address_line2", "city", "state", "zip")),
            ))
    _replace_guardians(connection, path, guardians, report)
    connection.executemany("UPDATE student SET teacher = ? WHERE ssid = ?", [(t, s) for s, t in teachers.items()])
    if bad_emails:
        report.warnings.append(f"Rows {readers.row_list(bad_emails)} have an e-mail address that is not valid; those "
                               "guardians were kept without it. Correct them in your SIS and export again.")
    if unknown_students:
        report.warnings.append(f"{len(unknown_students):,} students in this file are not in the score data yet; "
                               "their contacts are kept and appear once their score data is imported.")


def _student(value, by_local_id: dict[str, str], report: FileReport, number: int) -> str:
    if value("ssid"):
        ssid = as_ssid(value("ssid"))
        if not ssid:
            report.reject_row(number, "SSID", f"'{value('ssid')}' is not a 10-digit SSID.")
        return ssid
    local = value("local_student_id")
    if local and local in by_local_id:
        return by_local_id[local]
    if local:
        report.reject_row(number, "local ID", f"no student with local ID '{local}' is in the score data; import "
                          "the score data file first, or map the SSID column.")
    else:
        report.reject_row(number, "student", "the row has no SSID or local student ID.")
    return ""


def _replace_guardians(connection, path: Path, guardians: dict[str, list[tuple]], report: FileReport) -> None:
    data_file_id = connection.execute(
        "INSERT INTO data_file (name, sha256, kind, format, imported_at) VALUES (?, ?, 'contacts', ?, ?)",
        (path.name, sha256_of(path), report.format, _now()),
    ).lastrowid
    columns = "name, relationship, email, phone, language, address_line1, address_line2, city, state, zip"
    for ssid, found in guardians.items():
        found = list(dict.fromkeys(found))  # the same guardian listed twice (one row per student sibling)
        before = [tuple(r) for r in connection.execute(f"SELECT {columns} FROM guardian WHERE ssid = ? ORDER BY position", (ssid,))]
        if before == found:
            report.unchanged += 1
            continue
        report.new += not before
        report.changed += bool(before)
        connection.execute("DELETE FROM guardian WHERE ssid = ?", (ssid,))
        connection.executemany(
            f"INSERT INTO guardian (ssid, position, data_file_id, {columns}) VALUES (?, ?, ?, {', '.join('?' * 10)})",
            [(ssid, position, data_file_id, *g) for position, g in enumerate(found, 1)],
        )
    connection.execute(
        "UPDATE data_file SET rows_new = ?, rows_changed = ?, rows_unchanged = ?, rows_rejected = ? WHERE id = ?",
        (report.new, report.changed, report.unchanged, report.rejected, data_file_id),
    )


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
