"""GUI tests run offscreen against a real temporary workspace and real (small) TOMS files."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt is imported

import csv  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from ssrdesk.core.datafiles.layouts import all_layouts, field_positions  # noqa: E402
from ssrdesk.core.workspace import Workspace  # noqa: E402

# Three grade 3-11 students tested on CAASPP, and an ELPAC file with a kindergartner, by canonical field.
CAASPP_STUDENTS = [
    dict(ssid="1234567890", last_name="García", first_name="José", birth_date="2016-03-04", grade="03",
         school_name="Lincoln Elementary", el_status="Y", elas="EL", primary_language="01", local_student_id="5001",
         tests=[("01", "2", "2390"), ("02", "3", "2441")]),
    dict(ssid="2234567891", last_name="Nguyen", first_name="Anh", birth_date="2008-11-20", grade="11",
         school_name="Roosevelt High", el_status="N", elas="RFEP", primary_language="02", local_student_id="5002",
         tests=[("01", "4", "2701"), ("02", "3", "2655"), ("06", "2", "198")]),
    dict(ssid="3234567892", last_name="Smith", first_name="Zoë", birth_date="2014-07-01", grade="05",
         school_name="Lincoln Elementary", el_status="N", elas="EO", primary_language="00", local_student_id="5003",
         tests=[("01", "3", "2502")]),
]
ELPAC_STUDENTS = [
    dict(ssid="4234567893", last_name="Kim", first_name="Min", birth_date="2019-09-09", grade="KN",
         school_name="Lincoln Elementary", el_status="Y", elas="EL", primary_language="04", local_student_id="5004",
         address_line1="12 Oak St", city="Fresno", state="CA", zip="93701", tests=[("21", "2", "1380")]),
]


def layout(program: str, school_year: str):
    return next(lay for lay in all_layouts() if lay.program == program and lay.school_year == school_year)


def write_score_file(path: Path, students: list[dict], program="CAASPP", school_year="2024-25") -> Path:
    """A caret-delimited TOMS file as TOMS writes it: the layout's exact header, cp1252, CRLF."""
    columns = list(layout(program, school_year).columns)
    at = field_positions(columns)
    lines = ["^".join(columns)]
    for student in students:
        for record_type, level, score in student["tests"]:
            cells = [""] * len(columns)
            for field, value in student.items():
                if field in at:
                    cells[at[field]] = value
            values = dict(record_type=record_type, achievement_level=level, scale_score=score, ssr_eligible="Y",
                          grade_assessed=student["grade"], uin=f"{student['ssid']}{record_type}")
            for field, value in values.items():
                cells[at[field]] = value
            lines.append("^".join(cells))
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path


def write_contacts_file(path: Path, rows: list[dict]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


@pytest.fixture
def workspace(tmp_path):
    opened = Workspace.open(tmp_path / "ws")
    yield opened
    opened.close()


@pytest.fixture
def caaspp_students():
    return [dict(s) for s in CAASPP_STUDENTS]


@pytest.fixture
def score_file(tmp_path):
    return write_score_file(tmp_path / "CAASPP_Student_Score_Data_File_2025.csv", CAASPP_STUDENTS)


@pytest.fixture
def elpac_file(tmp_path):
    return write_score_file(tmp_path / "ELPAC_Student_Score_Data_File_2025.csv", ELPAC_STUDENTS, "ELPAC")


@pytest.fixture
def window(qtbot, workspace):
    from ssrdesk.ui.main_window import MainWindow
    from ssrdesk.ui.tasks import cancel_all_and_wait

    main_window = MainWindow(workspace)
    qtbot.addWidget(main_window)
    main_window.show()
    yield main_window
    cancel_all_and_wait()


@pytest.fixture
def import_files(qtbot, window):
    """import_files(*paths): start an import as the user would; returns its report dialog once shown."""

    def run(*paths):
        before = window.imports.report_dialog
        assert window.import_score_data(list(paths)) is not None
        qtbot.waitUntil(lambda: window.imports.report_dialog is not before, timeout=15000)
        return window.imports.report_dialog

    return run


@pytest.fixture
def imported(window, import_files, score_file, elpac_file):
    """A window whose workspace holds the CAASPP and ELPAC students, imported through the GUI."""
    import_files(score_file, elpac_file)
    return window


@pytest.fixture
def make_score_file(tmp_path):
    return lambda name, students, *layout_name: write_score_file(tmp_path / name, students, *layout_name)


@pytest.fixture
def make_contacts_file(tmp_path):
    return lambda name, rows: write_contacts_file(tmp_path / name, rows)


@pytest.fixture(autouse=True)
def fresh_settings(qapp):
    """Each test starts as a first run in English: no saved language, window state or workspace."""
    from PySide6.QtCore import QSettings

    from ssrdesk.ui import i18n

    qapp.setOrganizationName("ssrdesk")
    qapp.setApplicationName("ssrdesk")
    QSettings().clear()
    i18n.install("en")
    yield
    QSettings().clear()
