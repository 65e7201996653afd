"""Every layout year in every format TOMS gives, imported and checked record by record."""

import random

import pytest

from ssrdesk.core import students
from ssrdesk.core.datafiles.importer import import_paths
from ssrdesk.core.datafiles.layouts import all_layouts
from ssrdesk.core.demo.people import build_district
from ssrdesk.core.demo.scorefiles import (
    excel_resave,
    fixed_width_rows,
    layout_rows,
    records,
    write_caret_csv,
    write_comma_csv,
    write_fixed_width,
    write_score_xlsx,
    write_toms_zip,
)
from ssrdesk.core.tasks import run

LAYOUTS = all_layouts()
FIXED = [layout for layout in LAYOUTS if layout.fixed_width]


@pytest.fixture(scope="module")
def district():
    return build_district(random.Random(3), students=150)  # enough for a few Initial ELPAC records


def generated(district, layout):
    found = records(district, layout.program, layout, random.Random(5))
    assert found, f"the district has no {layout.name} records"
    header, rows = layout_rows(layout, found)
    return found, header, rows


def import_one(workspace, path):
    report = run(import_paths(workspace, [path]))
    [result] = [f for f in report.files if f.status != "skipped"]
    assert result.status == "imported", result.reason
    return result


def stored(workspace):
    connection = workspace.connect()
    try:
        return {s["ssid"]: s for s in students.details(connection)}
    finally:
        connection.close()


def assert_faithful(workspace, layout, found):
    """Each generated record is in the workspace under the right student, with its scores."""
    people = stored(workspace)
    for record in found:
        student = people[record["ssid"]]
        assert student["last_name"] == record["last_name"]
        if "grade" in record:
            assert student["grade"] == record["grade"]
        results = {(r["record_type"], r["scale_score"], r["achievement_level"]) for r in student["test_results"]}
        expected = (record["record_type"], record.get("scale_score") or None, record.get("achievement_level") or None)
        assert expected in results
        if record.get("address_line1"):
            assert student["address"]["address_line1"] == record["address_line1"]
            assert student["address"]["zip"] == record.get("zip", "")
    assert len({r["uin"] for r in found}) == sum(len(p["test_results"]) for p in people.values())


@pytest.mark.parametrize("layout", LAYOUTS, ids=lambda layout: layout.name)
@pytest.mark.parametrize("fmt", ["caret", "comma", "xlsx"])
def test_every_layout_year_in_every_delimited_format(workspace, tmp_path, district, layout, fmt):
    found, header, rows = generated(district, layout)
    path = tmp_path / f"data.{fmt}"
    {"caret": write_caret_csv, "comma": write_comma_csv}.get(fmt, lambda p, h, r: write_score_xlsx(p, h, r, "Title"))(
        path, header, rows)
    result = import_one(workspace, path)
    assert (result.program, result.school_year, result.new, result.rejected) == (
        layout.program, layout.school_year, len(found), 0)
    assert_faithful(workspace, layout, found)


@pytest.mark.parametrize("layout", FIXED, ids=lambda layout: layout.name)
def test_fixed_width_files_where_the_layout_is_published(workspace, tmp_path, district, layout):
    found = records(district, layout.program, layout, random.Random(5))
    path = tmp_path / "data.dat"
    write_fixed_width(path, fixed_width_rows(layout, found))
    result = import_one(workspace, path)
    assert (result.format, result.school_year, result.new) == ("fixed-width text", layout.school_year, len(found))
    assert_faithful(workspace, layout, found)


@pytest.mark.parametrize("layout", [lay for lay in LAYOUTS if lay.school_year in ("2022-23", "2024-25")],
                         ids=lambda layout: layout.name)
def test_the_toms_zip_as_downloaded_imports_one_copy(workspace, tmp_path, district, layout):
    found, header, rows = generated(district, layout)
    fixed = fixed_width_rows(layout, found) if layout.fixed_width else None
    path = tmp_path / "01765430000000.zip"
    write_toms_zip(path, "01765430000000", layout.program, layout, header, rows, fixed)
    report = run(import_paths(workspace, [path]))
    [result] = report.files
    assert result.file.endswith("_DLMTR.CSV") and result.new == len(found)
    assert_faithful(workspace, layout, found)


@pytest.mark.parametrize("dates", ["mdy", "dmy"])
def test_a_file_resaved_in_excel_is_repaired(workspace, tmp_path, district, dates):
    layout = next(lay for lay in LAYOUTS if lay.name == "CAASPP 2024-25")
    found, header, rows = generated(district, layout)
    path = tmp_path / "resaved.csv"
    write_comma_csv(path, header, excel_resave(rows, header, dates=dates))
    assert import_one(workspace, path).new == len(found)
    assert_faithful(workspace, layout, found)
    people = stored(workspace)
    for record in found:
        assert people[record["ssid"]]["birth_date"] == record["birth_date"]


def test_a_refreshed_cumulative_file_updates_adds_and_duplicates_nothing(workspace, tmp_path, district):
    layout = next(lay for lay in LAYOUTS if lay.name == "ELPAC 2024-25")
    found, header, rows = generated(district, layout)
    write_caret_csv(tmp_path / "monday.csv", header, rows[:-2])
    first = import_one(workspace, tmp_path / "monday.csv")
    assert first.new == len(found) - 2
    scale = header.index("OverallScaleScore")
    rows[0][scale] = str(int(rows[0][scale] or 1500) + 1)
    write_caret_csv(tmp_path / "tuesday.csv", header, rows)
    second = import_one(workspace, tmp_path / "tuesday.csv")
    assert (second.new, second.changed, second.unchanged) == (2, 1, len(found) - 3)
    third = import_one(workspace, tmp_path / "tuesday.csv")
    assert (third.new, third.changed, third.unchanged) == (0, 0, len(found))
    people = stored(workspace)
    ssid = rows[0][header.index("SSID")]
    assert {r["scale_score"] for r in people[ssid]["test_results"]} >= {rows[0][scale]}
    assert sum(len(p["test_results"]) for p in people.values()) == len(found)


def test_the_latest_year_gives_the_demographics_and_older_years_keep_their_results(workspace, tmp_path, district):
    new, old = (next(lay for lay in LAYOUTS if lay.name == n) for n in ("CAASPP 2024-25", "CAASPP 2023-24"))
    for layout, name in ((new, "2025.csv"), (old, "2024.csv")):  # the older year imported last on purpose
        found, header, rows = generated(district, layout)
        if layout is old:
            rows = [[("Oldschool" if h == "CALPADSSchoolName" else c) for h, c in zip(header, row)] for row in rows]
        write_caret_csv(tmp_path / name, header, rows)
        import_one(workspace, tmp_path / name)
    people = stored(workspace)
    assert "Oldschool" not in {p["school"]["name"] for p in people.values()}
    assert {r["administration_year"] for p in people.values() for r in p["test_results"]} == {2024, 2025}
