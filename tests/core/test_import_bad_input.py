"""Bad input never crashes, never half-imports, and always says which file, row and field, and why."""

import io
import zipfile

import pytest

from ssrdesk.core.datafiles.importer import import_paths
from ssrdesk.core.tasks import run
from tests.conftest import dump
from tests.core.builders import caaspp_2025, score_lines, write_caret


def imported(workspace, *paths):
    return run(import_paths(workspace, list(paths)))


@pytest.fixture
def populated(workspace, tmp_path):
    """A workspace that already holds students, so we can prove failures leave it untouched."""
    path = write_caret(tmp_path / "good.csv", caaspp_2025(), score_lines(caaspp_2025(), count=5))
    assert imported(workspace, path).files[0].new == 5
    return workspace


def only(report):
    assert len(report.files) == 1
    return report.files[0]


def test_a_file_that_is_not_score_data_is_rejected_with_a_reason(populated, tmp_path):
    before = dump(populated)
    path = tmp_path / "notes.csv"
    path.write_text("Name,Favourite colour\nAna,blue\n")
    result = only(imported(populated, path))
    assert result.status == "rejected"
    assert "not a TOMS Student Score Data File" in result.reason
    assert dump(populated) == before


@pytest.mark.parametrize(
    "content, words",
    [(b"", "empty"), (b"%PDF-1.7\n...", "PDF"), (b"\x00\x01\x02binary", "not a score data file")],
)
def test_empty_pdf_and_binary_files_are_named_for_what_they_are(workspace, tmp_path, content, words):
    path = tmp_path / "download.csv"
    path.write_bytes(content)
    assert words in only(imported(workspace, path)).reason


def test_a_missing_file_is_reported(workspace, tmp_path):
    assert "does not exist" in only(imported(workspace, tmp_path / "gone.zip")).reason


def test_an_unknown_layout_names_the_closest_one(populated, tmp_path):
    layout = caaspp_2025()
    lines = score_lines(layout, count=3)
    lines[0] += "^NewColumnFor2026"
    lines[1:] = [line + "^x" for line in lines[1:]]
    before = dump(populated)
    result = only(imported(populated, write_caret(tmp_path / "next_year.csv", None, lines)))
    assert result.status == "rejected"
    assert "CAASPP 2024-25" in result.reason and "update ssrdesk" in result.reason
    assert dump(populated) == before


def test_a_row_with_a_broken_ssid_is_rejected_and_the_rest_imported(workspace, tmp_path):
    layout = caaspp_2025()
    lines = score_lines(layout, count=4)
    lines[3] = lines[3].replace(lines[3].split("^")[1], "12345X7890", 1)
    result = only(imported(workspace, write_caret(tmp_path / "f.csv", None, lines)))
    assert (result.status, result.new, result.rejected) == ("imported", 3, 1)
    [bad] = result.rejected_rows
    assert (bad.row, bad.field) == (4, "SSID") and "12345X7890" in bad.reason


def test_a_row_cut_short_is_rejected_by_its_row_number(workspace, tmp_path):
    lines = score_lines(caaspp_2025(), count=3)
    lines[2] = lines[2][:400]
    result = only(imported(workspace, write_caret(tmp_path / "f.csv", None, lines)))
    assert result.new == 2 and result.rejected_rows[0].row == 3
    assert "cut short" in result.rejected_rows[0].reason


def test_a_file_whose_every_row_is_broken_imports_nothing(populated, tmp_path):
    lines = score_lines(caaspp_2025(), count=3)
    lines[1:] = [line.replace(line.split("^")[1], "bad", 1) for line in lines[1:]]
    before = dump(populated)
    result = only(imported(populated, write_caret(tmp_path / "f.csv", None, lines)))
    assert result.status == "rejected" and "No row" in result.reason
    assert [r.row for r in result.rejected_rows] == [2, 3, 4]
    assert dump(populated) == before


def test_mixed_encodings_are_read_line_by_line_and_reported(workspace, tmp_path):
    layout = caaspp_2025()
    lines = score_lines(layout, count=3, last_names=["Peña", "Muñoz", "Ibáñez"])
    path = tmp_path / "mixed.csv"
    # Rows 2 and 4 as TOMS writes them (Windows-1252), row 3 pasted in from a UTF-8 file.
    path.write_bytes(b"".join((line.encode("utf-8" if i == 2 else "cp1252") + b"\n") for i, line in enumerate(lines)))
    result = only(imported(workspace, path))
    assert result.new == 3
    assert any("mixes two text encodings" in w and "3" in w for w in result.warnings)
    connection = workspace.connect()
    assert sorted(r[0] for r in connection.execute("SELECT last_name FROM student")) == ["Ibáñez", "Muñoz", "Peña"]
    connection.close()


def zip_with(path, entries):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return path


def test_a_truncated_zip_is_rejected_and_nothing_changes(populated, tmp_path):
    good = zip_with(tmp_path / "full.zip", {"a_DLMTR.CSV": "\n".join(score_lines(caaspp_2025(), count=50))})
    cut = tmp_path / "19647330000000.zip"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    before = dump(populated)
    result = only(imported(populated, cut))
    assert result.status == "rejected" and "not completely downloaded" in result.reason
    assert dump(populated) == before


def test_a_zip_entry_pointing_outside_the_archive_is_never_extracted(workspace, tmp_path):
    path = zip_with(tmp_path / "evil.zip", {
        "../../outside.csv": "\n".join(score_lines(caaspp_2025(), count=2)),
        "ok_DLMTR.CSV": "\n".join(score_lines(caaspp_2025(), count=2)),
    })
    report = imported(workspace, path)
    statuses = {f.file.split(" › ")[1]: f for f in report.files}
    assert statuses["../../outside.csv"].status == "rejected"
    assert "outside the archive" in statuses["../../outside.csv"].reason
    assert statuses["ok_DLMTR.CSV"].new == 2
    assert not (tmp_path.parent / "outside.csv").exists() and not (tmp_path / "outside.csv").exists()


def test_a_zip_bomb_is_refused(workspace, tmp_path):
    path = tmp_path / "bomb.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        with archive.open("huge_DLMTR.CSV", "w", force_zip64=True) as entry:
            block = b"0" * (1024 * 1024)
            for _ in range(64):
                entry.write(block)
    result = only(imported(workspace, path))
    assert result.status == "rejected" and "zip bomb" in result.reason


def test_a_cancelled_import_saves_nothing(populated, tmp_path):
    path = write_caret(tmp_path / "big.csv", caaspp_2025(), score_lines(caaspp_2025(), count=5000, first_ssid=7_000_000_000))
    before = dump(populated)
    job = import_paths(populated, [path])
    next(job)  # the first progress step: rows are being written inside the open transaction
    job.close()
    assert dump(populated) == before


def test_a_readme_inside_a_toms_zip_is_skipped_quietly(workspace, tmp_path):
    path = zip_with(tmp_path / "19647330000000.zip", {
        "README.txt": "Files for LEA 1964733",
        "x_DLMTR.CSV": "\n".join(score_lines(caaspp_2025(), count=2)),
    })
    report = imported(workspace, path)
    assert {f.status for f in report.files} == {"skipped", "imported"}
    assert not report.any_file_rejected


def test_an_encrypted_or_unreadable_zip_entry(workspace, tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("x_DLMTR.CSV", "RecordType^SSID")
    data = bytearray(buffer.getvalue())
    # Mark the entry encrypted in both headers, as a password-protected zip would.
    data[6] |= 0x1
    data[data.index(b"PK\x01\x02") + 8] |= 0x1
    path = tmp_path / "locked.zip"
    path.write_bytes(bytes(data))
    report = imported(workspace, path)
    assert any("encrypted" in f.reason for f in report.files)
