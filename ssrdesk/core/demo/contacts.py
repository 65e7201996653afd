"""Guardian contacts of an invented district, as a student information system exports them.

Two shapes are common: "aeries" is wide (one row per student, a second guardian in further columns),
"powerschool" is long (one row per guardian, the student repeated).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from .people import Address, District, Student
from .scorefiles import write_comma_csv

STYLES = ("aeries", "powerschool")

AERIES_HEADER = [
    "Student ID", "Perm ID", "State Student ID", "Grade", "School", "Parent/Guardian Name", "Guardian Email",
    "Guardian 2 Name", "Guardian 2 Email", "Mailing Address", "Mailing City", "Mailing State", "Mailing Zip",
    "Correspondence Language", "Homeroom Teacher",
]
POWERSCHOOL_HEADER = [
    "Student_Number", "State_StudentNumber", "Contact_FirstName", "Contact_LastName", "Relationship", "Email",
    "Phone", "Street", "City", "State", "Zip", "Language",
]


def contacts_rows(district: District, style: str) -> tuple[list[str], list[list[str]]]:
    if style == "aeries":
        return list(AERIES_HEADER), _aeries_rows(district)
    if style == "powerschool":
        return list(POWERSCHOOL_HEADER), _powerschool_rows(district)
    raise ValueError(f"unknown SIS export style {style!r}; known: {', '.join(STYLES)}")


def _aeries_rows(district: District) -> list[list[str]]:
    rows = []
    for student, school_number in _school_numbers(district):
        first, second = (*student.guardians, None)[:2]
        rows.append([
            school_number, student.local_id, student.ssid, _aeries_grade(student.grade), student.school.name,
            first.name, first.email, second.name if second else "", second.email if second else "",
            *_mailing(_current_address(student)), first.language, _homeroom(student),
        ])
    return rows


def _powerschool_rows(district: District) -> list[list[str]]:
    return [
        [student.local_id, student.ssid, guardian.first_name, guardian.last_name, guardian.relationship,
         guardian.email, guardian.phone, *_mailing(_current_address(student)), guardian.language]
        for student in district.students
        for guardian in student.guardians
    ]


def _school_numbers(district: District) -> Iterable[tuple[Student, str]]:
    """Aeries numbers students within each school; the district-wide number is the Perm ID."""
    counters: dict[str, int] = {}
    for student in district.students:
        counters[student.school.code] = counters.get(student.school.code, 0) + 1
        yield student, str(1000 + counters[student.school.code])


def _aeries_grade(grade: str) -> str:
    return "0" if grade == "KN" else str(int(grade))  # Aeries shows kindergarten as grade 0


# About one family in twelve moved since CALPADS was last updated: the SIS has the newer address.
MOVED_EVERY = 12
_TEACHERS = ("Alvarado", "Brennan", "Castillo", "Dang", "Ellison", "Fujimoto", "Greer", "Hadley")


def _current_address(student: Student) -> Address | None:
    if student.address is None or int(student.ssid) % MOVED_EVERY:
        return student.address
    return replace(student.address, line1=f"{100 + int(student.ssid) % 900} Mission Boulevard", line2="")


def _homeroom(student: Student) -> str:
    """Two homerooms a grade in each school, named after their teacher."""
    grade = int(student.grade) if student.grade.isdigit() else 0
    return _TEACHERS[grade % 4 * 2 + int(student.ssid) % 2]


def _mailing(address: Address | None) -> list[str]:
    if address is None:
        return ["", "", "", ""]
    street = f"{address.line1} {address.line2}".strip()
    return [street, address.city, address.state, address.zip]


def write_contacts_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
    """UTF-8 with a byte order mark (so Excel reads the accents), commas, quoted where needed."""
    write_comma_csv(path, header, rows, encoding="utf-8-sig")

