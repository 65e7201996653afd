"""The demo district's TOMS and SIS files look, byte for byte, like the real ones."""

from __future__ import annotations

import csv
import io
import random
import zipfile
from collections import Counter
from datetime import date

import openpyxl
import pytest

from ssrdesk.core.datafiles import values
from ssrdesk.core.datafiles.layouts import Layout, all_layouts
from ssrdesk.core.demo.contacts import contacts_rows, write_contacts_csv
from ssrdesk.core.demo.district import build_demo, layout_for
from ssrdesk.core.demo.people import CAASPP_GRADES, build_district
from ssrdesk.core.demo.scorefiles import (
    excel_resave,
    fixed_width_rows,
    layout_rows,
    records,
    toms_stem,
    write_caret_csv,
    write_comma_csv,
    write_fixed_width,
    write_score_xlsx,
    write_toms_zip,
)

# Column names as a coordinator sees them in the different layout years.
SSID_COLUMNS = ("SSID", "Statewide Student Identifier (SSID)", "Statewide_Student_Identifier(SSID)")
LEVEL_COLUMNS = ("AchievementLevels", "Achievement Levels", "OverallPL", "Overall Performance Level")
LAST_NAME_COLUMNS = ("StudentLastName", "Student Last Name", "Student_Last_Name")
ADDRESS_COLUMNS = ("StudentAddressLine1", "Student Address Line 1")
FIXED_WIDTH_LAYOUTS = [layout for layout in all_layouts() if layout.fixed_width]


def layout_id(layout: Layout) -> str:
    return layout.name


@pytest.fixture(scope="module")
def district():
    return build_district(random.Random(7), students=200)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    return build_demo(folder)


def rows_for(district, layout: Layout):
    found = records(district, layout.program, layout, random.Random(11))
    assert found, f"no {layout.name} records"
    return found, *layout_rows(layout, found)


def column(header: list[str], names: tuple[str, ...]) -> int:
    return next(header.index(name) for name in names if name in header)


def zip_entry(path, suffix: str) -> bytes:
    with zipfile.ZipFile(path) as archive:
        (name,) = [n for n in archive.namelist() if n.endswith(suffix)]
        return archive.read(name)


# --- delimited files ------------------------------------------------------------------------


@pytest.mark.parametrize("layout", all_layouts(), ids=layout_id)
def test_caret_csv_has_the_layouts_exact_header_and_one_full_row_per_record(district, layout, tmp_path):
    found, header, rows = rows_for(district, layout)
    path = tmp_path / "scores_DLMTR.CSV"
    write_caret_csv(path, header, rows)

    lines = path.read_bytes().decode("cp1252").split("\n")
    assert lines[0].split("^") == list(layout.columns)
    assert lines[-1] == "" and len(lines) == len(found) + 2  # LF after every line, the last one too
    for line in lines[1:-1]:
        cells = line.split("^")
        assert len(cells) == len(layout.columns)
        assert cells[-1] == "ZZ"


@pytest.mark.parametrize("layout", all_layouts(), ids=layout_id)
def test_values_land_under_the_columns_a_coordinator_reads_them_from(district, layout):
    found, header, rows = rows_for(district, layout)
    ssid, level, last_name = (column(header, names) for names in (SSID_COLUMNS, LEVEL_COLUMNS, LAST_NAME_COLUMNS))
    for record, row in zip(found, rows):
        assert row[ssid] == record["ssid"]
        assert row[level] == record["achievement_level"]
        assert row[last_name] == record["last_name"]
    if layout.program != "CAASPP":  # ELPAC files carry the student's home address
        line1 = column(header, ADDRESS_COLUMNS)
        addressed = [(r, row) for r, row in zip(found, rows) if "address_line1" in r]
        assert addressed
        assert all(row[line1] == record["address_line1"] for record, row in addressed)


def test_elpac_2024_25_rows_carry_the_full_address_and_scores():
    district = build_district(random.Random(3), students=150)
    layout = layout_for("ELPAC", "2024-25")
    found, header, rows = rows_for(district, layout)
    at = {name: header.index(name) for name in (
        "StudentAddressLine1", "StudentAddressLine2", "StudentAddressCityName", "StudentAddressStateCode",
        "StudentAddressZipCode", "RecordType", "OverallScaleScore", "OralLanguagePL", "ListeningPL")}
    students = {s.ssid: s for s in district.students}
    for record, row in zip(found, rows):
        student = students[record["ssid"]]
        assert student.elas == "EL" and row[at["RecordType"]] in ("21", "23")
        if student.address:
            assert row[at["StudentAddressLine1"]] == student.address.line1
            assert row[at["StudentAddressLine2"]] == student.address.line2
            assert row[at["StudentAddressCityName"]] == student.address.city
            assert row[at["StudentAddressStateCode"]] == "US-CA"
            assert row[at["StudentAddressZipCode"]] == student.address.zip
        else:
            assert row[at["StudentAddressLine1"]] == row[at["StudentAddressZipCode"]] == ""
        if row[at["RecordType"]] == "21" and record["condition_code"] == "":
            assert 1150 <= int(row[at["OverallScaleScore"]]) <= 1950
            assert row[at["OralLanguagePL"]] in "1234" and row[at["ListeningPL"]] in "123"


def test_caret_csv_is_windows_1252_and_never_quoted(district, tmp_path):
    layout = layout_for("CAASPP", "2024-25")
    found, header, rows = rows_for(district, layout)
    assert any("ñ" in r["last_name"] for r in found), "the demo district should have a name with ñ"
    path = tmp_path / "scores_DLMTR.CSV"
    write_caret_csv(path, header, rows)
    data = path.read_bytes()
    assert b"\xf1" in data  # ñ in Windows-1252
    assert "ñ".encode("utf-8") not in data
    assert b'"' not in data and b"\r" not in data


def test_comma_csv_reads_back_with_the_csv_module(district, tmp_path):
    layout = layout_for("ELPAC", "2024-25")
    _, header, rows = rows_for(district, layout)
    path = tmp_path / "scores.csv"
    write_comma_csv(path, header, rows)
    with open(path, encoding="cp1252", newline="") as handle:
        assert list(csv.reader(handle)) == [header, *rows]


# --- fixed width ----------------------------------------------------------------------------


@pytest.mark.parametrize("layout", FIXED_WIDTH_LAYOUTS, ids=layout_id)
def test_fixed_width_records_have_the_record_length_and_fields_at_their_positions(district, layout, tmp_path):
    found = records(district, layout.program, layout, random.Random(5))
    lines = fixed_width_rows(layout, found)
    path = tmp_path / "scores.dat"
    write_fixed_width(path, lines)

    written = path.read_bytes().split(b"\n")
    assert written[-1] == b"" and len(written) == len(found) + 1
    assert all(len(line) == layout.record_length for line in written[:-1])

    spans = {f.name: (f.start, f.start + f.length) for f in layout.fixed_width}
    ssid_field = next(name for name in SSID_COLUMNS if name in spans)
    last_name_field = next(name for name in LAST_NAME_COLUMNS if name in spans)
    for record, line in zip(found, lines):
        assert line[slice(*spans[ssid_field])] == record["ssid"]
        assert line[slice(*spans[last_name_field])].rstrip() == record["last_name"]
        assert line.endswith("ZZ")


def test_fixed_width_values_longer_than_their_field_are_cut():
    layout = FIXED_WIDTH_LAYOUTS[0]
    record = {"last_name": "X" * 200, "ssid": "0123456789"}
    (line,) = fixed_width_rows(layout, [record])
    assert len(line) == layout.record_length
    assert "X" * 51 not in line


# --- zip and xlsx ---------------------------------------------------------------------------


def test_toms_zip_holds_the_three_copies_under_their_toms_names(district, tmp_path):
    layout = layout_for("CAASPP", "2022-23")
    found, header, rows = rows_for(district, layout)
    path = tmp_path / f"{district.code}.zip"
    write_toms_zip(path, district.code, "CAASPP", layout, header, rows, fixed_width_rows(layout, found))

    stem = f"{district.code}_CAASPP_Student_Score_Data_File_TestedStudentScoreData_2023"
    assert toms_stem(district.code, "CAASPP", 2023) == stem
    with zipfile.ZipFile(path) as archive:
        assert sorted(archive.namelist()) == sorted([f"{stem}.xlsx", f"{stem}_DLMTR.CSV", f"{stem}.dat"])
    assert zip_entry(path, ".dat").split(b"\n")[0].endswith(b"ZZ")


def test_xlsx_has_the_title_in_row_1_and_the_header_in_row_2(district, tmp_path):
    layout = layout_for("CAASPP", "2024-25")
    _, header, rows = rows_for(district, layout)
    path = tmp_path / "scores.xlsx"
    title = "CAASPP Student Score Data File — Tested Student Score Data — 2025"
    write_score_xlsx(path, header, rows[:20], title)

    workbook = openpyxl.load_workbook(path)
    sheet = workbook["Score Data"]
    cells = list(sheet.iter_rows(values_only=True))
    assert cells[0][0] == title
    assert "A1" in {str(r).split(":")[0] for r in sheet.merged_cells.ranges}
    assert list(cells[1]) == header
    ssid = header.index("SSID")
    assert [str(row[ssid]).zfill(10) for row in cells[2:]] == [row[ssid] for row in rows[:20]]


# --- Excel re-save --------------------------------------------------------------------------


@pytest.mark.parametrize("dates, birth_date", [("mdy", "03/09/2014"), ("dmy", "09-03-2014")])
def test_excel_resave_drops_leading_zeros_and_rewrites_dates(dates, birth_date):
    header = ["RecordType", "SSID", "CALPADSGrade", "CALPADSDistrictCode", "DateofBirth", "StudentLastName", "Blank"]
    rows = [["01", "0123456789", "03", "01765430000000", "2014-03-09", "Muñoz"]]
    (resaved,) = excel_resave(rows, header, dates=dates)
    assert resaved == ["1", "123456789", "3", "1765430000000", birth_date, "Muñoz", ""]
    assert rows[0][1] == "0123456789"  # the input is left alone
    # What the importer makes of it again:
    assert values.ssid(resaved[1]) == "0123456789" and values.grade(resaved[2]) == "03"
    assert values.iso_date(resaved[4]) == "2014-03-09"


def test_excel_resave_of_a_whole_file_keeps_every_ssid_recoverable(district):
    layout = layout_for("CAASPP", "2024-25")
    found, header, rows = rows_for(district, layout)
    resaved = excel_resave(rows, header, dates="dmy")
    ssid, birth = header.index("SSID"), header.index("DateofBirth")
    assert any(r["ssid"].startswith("0") for r in found)
    assert any(row[ssid] != r["ssid"] for r, row in zip(found, resaved))
    for record, row in zip(found, resaved):
        assert values.ssid(row[ssid]) == record["ssid"]
        assert values.iso_date(row[birth]) == record["birth_date"]


# --- the district ---------------------------------------------------------------------------


def test_demo_district_is_a_plausible_california_district(demo):
    students = demo.district.students
    assert len(students) == 600
    grades = Counter(s.grade for s in students)
    assert set(CAASPP_GRADES) <= set(grades)
    assert sum(grades[g] for g in CAASPP_GRADES) > 400

    assert len({s.ssid for s in students}) == 600
    assert all(len(s.ssid) == 10 and s.ssid.isdigit() for s in students)
    assert any(s.ssid.startswith("0") for s in students)

    english_learners = [s for s in students if s.elas == "EL"]
    assert 0.15 <= len(english_learners) / len(students) <= 0.30
    assert all(s.el_status == "Y" for s in english_learners)
    languages = Counter(s.language.name for s in english_learners)
    assert languages.most_common(1)[0][0] == "Spanish" and len(languages) >= 5

    assert any(s.address is None for s in students)
    assert any(all(not g.email for g in s.guardians) for s in students)
    assert all(1 <= len(s.guardians) <= 2 for s in students)
    assert all(g.email.endswith((".org", ".net", ".com")) for s in students for g in s.guardians if g.email)
    for s in students:
        f"{s.first_name} {s.middle_name} {s.last_name}".encode("cp1252")  # TOMS files are Windows-1252
    assert_ages_fit_grades(students, 2024)


def test_caaspp_records_follow_who_takes_which_test(district):
    layout = layout_for("CAASPP", "2024-25")
    found = records(district, "CAASPP", layout, random.Random(1))
    by_student = {}
    for record in found:
        by_student.setdefault(record["ssid"], set()).add(record["record_type"])
    for student in district.students:
        tests = by_student.get(student.ssid, set())
        if student.grade in CAASPP_GRADES:
            assert {"01", "02"} <= tests or {"03", "04"} <= tests
        if student.grade in ("05", "08", "11"):
            assert tests & {"05", "06"}
    for record in found:
        if record["condition_code"] in ("NT", "PGE", "NTE", "NEL"):
            assert record["achievement_level"] == "9" and not record.get("scale_score")
            assert record["ssr_eligible"] == "N"
        elif record["record_type"] in ("01", "02"):
            score, sem = int(record["scale_score"]), int(record["sem"])
            assert 2100 <= score <= 2900 and 15 <= sem <= 40
            assert record["achievement_level"] in "1234"
        if record["grade"] == "12" and record["record_type"] in ("05", "06"):
            assert record["science_current_year"] == "N" and record["ssr_eligible"] == "N"
    codes = Counter(r["condition_code"] for r in found)
    assert 0 < sum(n for code, n in codes.items() if code) < 0.1 * len(found)


def test_build_demo_writes_the_2024_25_toms_zips_and_contacts(demo):
    caaspp, elpac = demo.score_zips
    assert caaspp.name == f"{demo.district.code}.zip"
    for path, program in ((caaspp, "CAASPP"), (elpac, "ELPAC")):
        stem = toms_stem(demo.district.code, program, 2025)
        with zipfile.ZipFile(path) as archive:
            assert sorted(archive.namelist()) == [f"{stem}.xlsx", f"{stem}_DLMTR.CSV"]  # 2024-25: no .dat
        header = zip_entry(path, "_DLMTR.CSV").decode("cp1252").split("\n")[0].split("^")
        assert header == list(layout_for(program, "2024-25").columns)

    text = demo.contacts.read_bytes()
    assert text.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(text.decode("utf-8-sig"))))
    assert rows[0][:3] == ["Student ID", "Perm ID", "State Student ID"] and len(rows) == 601


def test_build_demo_is_deterministic(demo, tmp_path):
    again = build_demo(tmp_path)
    for first, second in zip(demo.score_zips, again.score_zips):
        assert zip_entry(first, "_DLMTR.CSV") == zip_entry(second, "_DLMTR.CSV")
    assert demo.contacts.read_bytes() == again.contacts.read_bytes()
    other = build_demo(tmp_path / "other", seed=7)
    assert zip_entry(other.score_zips[0], "_DLMTR.CSV") != zip_entry(demo.score_zips[0], "_DLMTR.CSV")


# --- contacts -------------------------------------------------------------------------------


def test_contacts_exports_wide_and_long(district, tmp_path):
    header, wide = contacts_rows(district, "aeries")
    assert len(wide) == len(district.students)
    assert header.index("State Student ID") == 2 and header[-2:] == ["Correspondence Language", "Homeroom Teacher"]
    street = header.index("Mailing Address")
    moved = [s for s, row in zip(district.students, wide) if s.address and not row[street].startswith(s.address.line1)]
    assert 0 < len(moved) < len(wide) / 5  # some families moved since CALPADS: the SIS has their new address

    header, long = contacts_rows(district, "powerschool")
    assert len(long) == sum(len(s.guardians) for s in district.students)
    first = district.students[0]
    assert long[0][:5] == [first.local_id, first.ssid, first.guardians[0].first_name,
                           first.guardians[0].last_name, first.guardians[0].relationship]

    path = tmp_path / "contacts.csv"
    write_contacts_csv(path, header, long)
    with open(path, encoding="utf-8-sig", newline="") as handle:
        assert list(csv.reader(handle)) == [header, *long]
    with pytest.raises(ValueError):
        contacts_rows(district, "synergy")


def test_birth_dates_follow_the_school_year():
    older = build_district(random.Random(1), students=50, school_year="2018-19")
    assert_ages_fit_grades(older.students, 2018)


def assert_ages_fit_grades(students, first_year: int) -> None:
    """Kindergartners are five on September 1; a few students are a year older than their grade."""
    for s in students:
        age = first_year - s.birth_date.year - (s.birth_date > date(s.birth_date.year, 9, 1))
        assert age - (0 if s.grade == "KN" else int(s.grade)) in (5, 6), s
