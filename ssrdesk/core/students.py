"""Read students, their test results and guardians out of the workspace, for the GUI and the CLI."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from dataclasses import dataclass

from .codes import language_name, test_name
from .ssr.library import counts as report_counts

NO_CONTACT, ADDRESS_ONLY, EMAIL = "missing", "address only", "e-mail"


@dataclass(frozen=True)
class StudentSummary:
    """One line of the Students table."""

    ssid: str
    last_name: str
    first_name: str
    grade: str
    school: str
    language: str
    english_learner: bool
    tests: str  # "SB ELA 3 · SB Math 2"
    contact: str  # EMAIL, ADDRESS_ONLY or NO_CONTACT

    @property
    def name(self) -> str:
        return f"{self.last_name}, {self.first_name}".strip(", ")


def summaries(connection: sqlite3.Connection) -> list[StudentSummary]:
    latest_year = {}
    tests = defaultdict(list)
    for row in connection.execute(
        "SELECT ssid, administration_year, record_type, achievement_level, condition_code FROM test_result"
        " ORDER BY ssid, administration_year DESC, record_type"
    ):
        year = latest_year.setdefault(row["ssid"], row["administration_year"])
        if row["administration_year"] == year:
            tests[row["ssid"]].append(f"{test_name(row['record_type'])} {_outcome(row)}".strip())
    contact = dict(
        connection.execute(
            "SELECT s.ssid, CASE WHEN EXISTS (SELECT 1 FROM guardian g WHERE g.ssid = s.ssid AND g.email != '')"
            f" THEN '{EMAIL}' WHEN s.address_line1 != '' OR EXISTS (SELECT 1 FROM guardian g WHERE"
            f" g.ssid = s.ssid AND g.address_line1 != '') THEN '{ADDRESS_ONLY}' ELSE '{NO_CONTACT}' END"
            " FROM student s"
        )
    )
    return [
        StudentSummary(
            ssid=row["ssid"],
            last_name=row["last_name"],
            first_name=row["first_name"],
            grade=row["grade"],
            school=row["school_name"],
            language=language_name(row["primary_language"] or row["ceds_language"]),
            english_learner=row["el_status"] == "Y" or row["elas"] == "EL",
            tests=" · ".join(tests.get(row["ssid"], [])),
            contact=contact[row["ssid"]],
        )
        for row in connection.execute("SELECT * FROM student ORDER BY last_name, first_name, ssid")
    ]


def _outcome(result: sqlite3.Row) -> str:
    """The achievement level, or the condition code when there is no score (level 9 means none)."""
    level = result["achievement_level"]
    return result["condition_code"] if level in ("", "9") else level


def details(connection: sqlite3.Connection, ssids: list[str] | None = None) -> list[dict]:
    """Everything known about students, in the documented shape of `ssrdesk students --json`."""
    where, params = "", ()
    if ssids is not None:
        where, params = f"WHERE ssid IN ({', '.join('?' * len(ssids))})", tuple(ssids)
    results = defaultdict(list)
    for row in connection.execute(
        f"SELECT * FROM test_result {where} ORDER BY administration_year DESC, record_type", params
    ):
        results[row["ssid"]].append(_result(row))
    guardians = defaultdict(list)
    for row in connection.execute(f"SELECT * FROM guardian {where} ORDER BY position", params):
        guardians[row["ssid"]].append(_guardian(row))
    students = []
    for row in connection.execute(f"SELECT * FROM student {where} ORDER BY last_name, first_name, ssid", params):
        students.append({
            "ssid": row["ssid"],
            "last_name": row["last_name"],
            "first_name": row["first_name"],
            "middle_name": row["middle_name"],
            "birth_date": row["birth_date"] or None,
            "gender": row["gender"],
            "grade": row["grade"],
            "local_student_id": row["local_student_id"] or None,
            "district": {"code": row["district_code"], "name": row["district_name"]},
            "school": {"code": row["school_code"], "name": row["school_name"]},
            "english_learner_status": row["el_status"],
            "elas": row["elas"],
            "primary_language": {
                "code": row["primary_language"] or row["ceds_language"],
                "name": language_name(row["primary_language"] or row["ceds_language"]),
            },
            "address": _address(row),
            "guardians": guardians.get(row["ssid"], []),
            "test_results": results.get(row["ssid"], []),
        })
    return students


def _address(row: sqlite3.Row) -> dict | None:
    if not row["address_line1"]:
        return None
    return {k: row[k] for k in ("address_line1", "address_line2", "city", "state", "zip")}


def _guardian(row: sqlite3.Row) -> dict:
    return {
        "name": row["name"],
        "relationship": row["relationship"] or None,
        "email": row["email"] or None,
        "phone": row["phone"] or None,
        "language": row["language"] or None,
        "address": _address(row),
    }


def _result(row: sqlite3.Row) -> dict:
    return {
        "program": row["program"],
        "administration_year": row["administration_year"],
        "record_type": row["record_type"],
        "test": test_name(row["record_type"]),
        "grade_assessed": row["grade_assessed"],
        "scale_score": row["scale_score"] or None,
        "achievement_level": row["achievement_level"] or None,
        "standard_error": row["sem"] or None,
        "error_band": [row["error_band_min"] or None, row["error_band_max"] or None],
        "condition_code": row["condition_code"] or None,
        "include_indicator": row["include_indicator"] or None,
        "score_status": row["score_status"] or None,
        "ssr_eligible": row["ssr_eligible"] or None,
        "ssr_available_date": row["ssr_available_date"] or None,
        "lexile_quantile": row["lexile_quantile"] or None,
        "details": json.loads(row["details"]),
    }


def status(connection: sqlite3.Connection) -> dict:
    one = lambda sql: connection.execute(sql).fetchone()[0]  # noqa: E731
    return {
        "students": one("SELECT COUNT(*) FROM student"),
        "test_results": one("SELECT COUNT(*) FROM test_result"),
        "ssr_eligible_results": one("SELECT COUNT(*) FROM test_result WHERE ssr_eligible = 'Y'"),
        "students_with_email": one(
            "SELECT COUNT(*) FROM student s WHERE EXISTS (SELECT 1 FROM guardian g WHERE g.ssid = s.ssid AND g.email != '')"
        ),
        "students_without_contact": one(
            "SELECT COUNT(*) FROM student s WHERE s.address_line1 = '' AND NOT EXISTS (SELECT 1 FROM guardian g"
            " WHERE g.ssid = s.ssid AND (g.email != '' OR g.address_line1 != ''))"
        ),
        "guardians": one("SELECT COUNT(*) FROM guardian"),
        "administrations": [
            {"program": r[0], "administration_year": r[1], "test_results": r[2]}
            for r in connection.execute(
                "SELECT program, administration_year, COUNT(*) FROM test_result"
                " GROUP BY program, administration_year ORDER BY administration_year DESC, program"
            )
        ],
        "reports": report_counts(connection),
        "imports": [
            {"file": r["name"], "kind": r["kind"], "layout": f"{r['program']} {r['school_year']}".strip(),
             "imported_at": r["imported_at"],
             "counts": {"new": r["rows_new"], "changed": r["rows_changed"], "unchanged": r["rows_unchanged"],
                        "rejected": r["rows_rejected"]}}
            for r in connection.execute("SELECT * FROM data_file ORDER BY id DESC LIMIT 20")
        ],
    }
