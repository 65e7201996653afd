import csv
import json
import subprocess
import sys

import pytest
from pypdf import PdfReader

from ssrdesk.cli import main
from tests.core.builders import caaspp_2025, score_lines, write_caret


def cli(capsys, *args):
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_import_json_report_then_students_and_status(capsys, tmp_path):
    ws = str(tmp_path / "ws")
    lines = score_lines(caaspp_2025(), count=3, local_student_id="L9")
    lines.append(lines[-1].replace(lines[-1].split("^")[1], "BAD", 1))
    path = write_caret(tmp_path / "scores_DLMTR.CSV", None, lines)

    code, out, _ = cli(capsys, "--workspace", ws, "import", str(path), "--json")
    report = json.loads(out)
    assert code == 3  # imported, with a rejected row
    [f] = report["files"]
    assert report["ok"] is True
    assert (f["kind"], f["status"], f["program"], f["layout"], f["school_year"], f["administration_year"], f["format"]) == (
        "score data", "imported", "CAASPP", "CAASPP 2024-25", "2024-25", 2025, "caret-delimited text")
    assert f["counts"] == {"new": 3, "changed": 0, "unchanged": 0, "rejected": 1}
    assert f["rejected_rows"] == [{"row": 5, "field": "SSID", "reason": "'BAD' is not a 10-digit SSID."}]

    code, out, _ = cli(capsys, "--workspace", ws, "students", "--json")
    people = json.loads(out)["students"]
    assert code == 0 and [p["ssid"] for p in people] == ["1000000000", "1000000001", "1000000002"]
    first = people[0]
    assert (first["last_name"], first["birth_date"], first["grade"], first["school"]["name"]) == (
        "Student0", "2014-03-02", "05", "School 0")
    [result] = first["test_results"]
    assert (result["administration_year"], result["record_type"], result["test"], result["scale_score"],
            result["achievement_level"], result["ssr_eligible"]) == (2025, "01", "SB ELA", "2450", "3", "Y")
    assert first["guardians"] == [] and first["address"] is None

    code, out, _ = cli(capsys, "--workspace", ws, "status", "--json")
    status = json.loads(out)
    assert (status["students"], status["test_results"]) == (3, 3)
    assert status["administrations"] == [{"program": "CAASPP", "administration_year": 2025, "test_results": 3}]


def test_a_rejected_file_gives_exit_code_1_and_a_plain_reason(capsys, tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("hello\n")
    code, out, _ = cli(capsys, "--workspace", str(tmp_path / "ws"), "import", str(path))
    assert code == 1
    assert "Rejected: This is not a TOMS Student Score Data File" in out
    assert "Traceback" not in out


def test_a_locked_workspace_gives_exit_code_4(capsys, tmp_path):
    from ssrdesk.core.workspace import Workspace

    with Workspace.open(tmp_path / "ws"):
        code, _, err = cli(capsys, "--workspace", str(tmp_path / "ws"), "status")
    assert code == 4 and "already open" in err


def test_the_console_command_runs_as_a_module(tmp_path):
    done = subprocess.run([sys.executable, "-m", "ssrdesk", "--workspace", str(tmp_path / "ws"), "status"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and "Students: 0" in done.stdout


def test_demo_builds_a_district_and_imports_it(capsys, tmp_path):
    import stat

    code, out, _ = cli(capsys, "demo", str(tmp_path / "demo"), "--json")
    report = json.loads(out)
    assert code == 0 and report["ok"]
    kinds = [(f["kind"], f["program"]) for f in report["files"]]
    assert kinds[:3] == [("score data", "CAASPP"), ("score data", "ELPAC"), ("contacts", None)]
    assert {k for k, _ in kinds[3:]} == {"reports"}  # one merged SSR PDF per grade
    assert stat.S_IMODE((tmp_path / "demo" / "demo-files").stat().st_mode) == 0o700
    code, out, _ = cli(capsys, "--workspace", str(tmp_path / "demo"), "students", "--json")
    people = json.loads(out)["students"]
    assert 450 <= len(people) <= 600
    assert {p["grade"] for p in people} >= {"03", "04", "05", "06", "07", "08", "11"}
    assert {p["primary_language"]["name"] for p in people} >= {"English", "Spanish", "Vietnamese"}
    assert any(p["guardians"] and p["guardians"][0]["email"] for p in people)
    assert any(p["address"] for p in people)  # from the ELPAC file
    assert any(not any(g["email"] for g in p["guardians"]) for p in people)  # families to reach by mail
    code, out, _ = cli(capsys, "--workspace", str(tmp_path / "demo"), "status", "--json")
    reports = json.loads(out)["reports"]
    assert reports["found"] == reports["matched"] > 500 and reports["students_eligible_without_report"] == 0


def test_reports_and_one_students_pdf(capsys, tmp_path):
    ws = str(tmp_path / "demo")
    cli(capsys, "demo", ws, "--json")
    code, out, _ = cli(capsys, "--workspace", ws, "reports", "--json")
    found = json.loads(out)["reports"]
    first = found[0]
    assert code == 0 and set(first) >= {"id", "ssid", "student", "type", "language", "pages", "source", "status"}
    code, out, _ = cli(capsys, "--workspace", ws, "report-pdf", first["ssid"], "--out", str(tmp_path / "r.pdf"),
                       "--language", "english")
    from pypdf import PdfReader

    expected = sum(r["pages"] for r in found if r["ssid"] == first["ssid"] and r["language"] == "English")
    assert code == 0 and len(PdfReader(tmp_path / "r.pdf").pages) == expected
    code, _, err = cli(capsys, "--workspace", ws, "report-pdf", "0000000000", "--out", str(tmp_path / "x.pdf"))
    assert code == 1 and "no report" in err and not (tmp_path / "x.pdf").exists()


@pytest.fixture(scope="module")
def demo_workspace(tmp_path_factory):
    folder = tmp_path_factory.mktemp("print") / "demo"
    assert main(["demo", str(folder), "--students", "120", "--json"]) == 0
    return str(folder)


def test_print_batches_json_lists_files_envelopes_and_who_was_left_out(capsys, demo_workspace, tmp_path):
    capsys.readouterr()
    code, out, _ = cli(capsys, "--workspace", demo_workspace, "print-batches", "--out", str(tmp_path / "out"),
                       "--cover-letter", "--sort", "zip", "--max-sheets", "40", "--json")
    result = json.loads(out)
    assert code == 0 and result["files"] and result["print_run"]
    for item in result["files"]:
        pages = len(PdfReader(item["file"]).pages)
        assert pages == item["pages"] == 2 * item["sheets_per_envelope"] * item["envelopes"]
        assert item["sheets_per_envelope"] * item["envelopes"] <= 40
    assert sum(f["envelopes"] for f in result["files"]) == result["envelopes"]
    assert all(x["reason"] for x in result["left_out"])
    with open(tmp_path / "out" / "manifest.csv", encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == result["envelopes"] and all(len(r["SSID"]) == 10 for r in rows)
    for name in {r["File"] for r in rows}:
        first = next(r for r in rows if r["File"] == name)
        assert (first["Sequence"], first["First page"]) == ("1", "1")  # in print order, from each file's page 1

    code, out, _ = cli(capsys, "--workspace", demo_workspace, "print-runs", "--undo", str(result["print_run"]))
    assert code == 0 and "undone" in out


def test_the_calibration_sheet_and_a_printer_offset(capsys, demo_workspace, tmp_path):
    code, out, _ = cli(capsys, "--workspace", demo_workspace, "printer-offset", "--printer", "Office",
                       "--right", "0.06", "--down", "-0.03")
    assert code == 0 and "+0.060 in right, -0.030 in down" in out
    code, _, err = cli(capsys, "--workspace", demo_workspace, "printer-offset", "--right", "2")
    assert code == 2 and "measure the alignment sheet again" in err
    code, out, _ = cli(capsys, "--workspace", demo_workspace, "calibration-sheet", "--envelope", "6x9",
                       "--printer", "Office", "--out", str(tmp_path / "align.pdf"))
    assert code == 0 and len(PdfReader(tmp_path / "align.pdf").pages) == 1
    code, _, err = cli(capsys, "--workspace", demo_workspace, "calibration-sheet", "--envelope", "no9",
                       "--out", str(tmp_path / "x.pdf"))
    assert code == 2 and "no envelope profile named 'no9'" in err and not (tmp_path / "x.pdf").exists()


def test_a_saved_envelope_profile_is_listed_with_its_address_zone(capsys, demo_workspace):
    code, _, _ = cli(capsys, "--workspace", demo_workspace, "envelopes", "--add", "deep", "--size", "9.5x4.125",
                     "--window", "0.875,0.5,4.5,1.5")
    code, out, _ = cli(capsys, "--workspace", demo_workspace, "envelopes", "--json")
    found = {p["name"]: p for p in json.loads(out)}
    assert code == 0 and set(found) >= {"no10", "6x9", "deep"}
    assert found["no10"]["address_zone_inches"] == {"left": 1.0, "top": 2.42, "right": 4.25, "bottom": 3.04}
    code, _, err = cli(capsys, "--workspace", demo_workspace, "envelopes", "--add", "bad", "--size", "nine")
    assert code == 2 and "--size WIDTHxHEIGHT" in err


def test_letters_school_details_and_a_languages_text(capsys, demo_workspace, tmp_path):
    code, out, _ = cli(capsys, "--workspace", demo_workspace, "letters", "--school-name", "Lincoln Elementary",
                       "--return-address", "1234 Oak Street", "--return-address", "Sacramento, CA 95814",
                       "--contact-name", "Ms. Rivera", "--contact-phone", "(916) 555-0142")
    assert code == 0 and out.startswith("Lincoln Elementary\n1234 Oak Street\nSacramento, CA 95814\n")
    mine = tmp_path / "es.txt"
    mine.write_text("Estimada familia {guardian_name}:\n\nAdjunto el informe de {student_first_name}.\n", "utf-8")
    code, out, _ = cli(capsys, "--workspace", demo_workspace, "letters", "--language", "spanish", "--set", str(mine))
    assert code == 0 and out.startswith("Estimada familia {guardian_name}:")
    mine.write_text("Hola {nombre}", "utf-8")
    code, _, err = cli(capsys, "--workspace", demo_workspace, "letters", "--language", "Spanish", "--set", str(mine))
    assert code == 2 and "{nombre}" in err
    code, out, _ = cli(capsys, "--workspace", demo_workspace, "letters", "--language", "Spanish", "--reset")
    assert code == 0 and "Estimada familia" not in out
