"""SSR PDFs: every report found, attributed to the right student, classified, stored and extractable."""

import random

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

from ssrdesk.core.datafiles.importer import import_paths
from ssrdesk.core.demo import ssr_pdfs
from ssrdesk.core.demo.district import build_demo
from ssrdesk.core.ssr import library
from ssrdesk.core.tasks import run
from tests.conftest import dump

WINDOW = (0.75, 2.1, 4.5, 3.35)  # inches: where a #10 left window shows the address


@pytest.fixture(scope="module")
def demo_files(tmp_path_factory):
    return build_demo(tmp_path_factory.mktemp("demo"), students=150, seed=11)


@pytest.fixture
def district_workspace(workspace, demo_files):
    run(import_paths(workspace, demo_files.score_zips))
    return workspace




def library_rows(workspace):
    connection = workspace.connect()
    try:
        return library.reports(connection), library.attention(connection), library.counts(connection)
    finally:
        connection.close()


def text_of(path, page_index):
    document = pdfium.PdfDocument(str(path))
    try:
        return document[page_index].get_textpage().get_text_range()
    finally:
        document.close()


def test_a_merged_grade_file_with_mixed_types_and_languages(district_workspace, tmp_path):
    reports = ssr_pdfs.sample_reports(students=40, seed=4)
    style = random.Random(9)
    path = tmp_path / "merged.pdf"
    ssr_pdfs.write_ssr_pdf(path, reports, style=style)
    [result] = run(import_paths(district_workspace, [path])).files
    assert (result.kind, result.status, result.new) == ("reports", "imported", len(reports))
    found, _, _ = library_rows(district_workspace)
    found.sort(key=lambda r: r["source"]["first_page"])
    page = 1
    for want, got in zip(reports, found):
        assert (got["printed_ssid"], got["language"], got["type"], got["pages"]) == (
            want.ssid, want.language, want.kind, want.page_count)
        assert got["source"]["first_page"] == page
        page += want.page_count
        if want.address_lines:
            assert got["address"].splitlines()[-1].upper() == want.address_lines[-1].upper()
            left, top, right, bottom = got["address_box_inches"]
            assert WINDOW[0] <= left and right <= WINDOW[2] and WINDOW[1] <= top and bottom <= WINDOW[3]
    kinds = {r["type"] for r in found}
    languages = {r["language"] for r in found}
    assert len(kinds) >= 3 and len(languages) >= 3


def test_the_demo_district_reports_all_match_their_students(workspace, demo_files):
    run(import_paths(workspace, demo_files.score_zips))
    report = run(import_paths(workspace, demo_files.report_pdfs))
    assert not report.any_file_rejected
    found, attention, counts = library_rows(workspace)
    assert counts["found"] == counts["matched"] == len(found) > 100
    assert attention == {"reports": [], "loose_pages": [], "eligible_without_report": []}
    for r in found:
        assert r["ssid"] == r["printed_ssid"] and r["student"]


def test_reimporting_the_same_pdf_changes_nothing(district_workspace, demo_files):
    run(import_paths(district_workspace, demo_files.report_pdfs[:2]))
    before = dump(district_workspace)
    again = run(import_paths(district_workspace, demo_files.report_pdfs[:2])).files
    assert all(f.new == f.changed == 0 and f.unchanged > 0 for f in again)
    assert dump(district_workspace) == before


def test_a_newer_version_replaces_the_older_and_says_so(district_workspace, tmp_path):
    [first] = ssr_pdfs.sample_reports(students=3, seed=1)[:1]
    ssr_pdfs.write_ssr_pdf(tmp_path / "old.pdf", [first])
    newer = ssr_pdfs.SyntheticReport(**{**first.__dict__, "scores": {
        k: {**v, "scale_score": str(int(v.get("scale_score") or 2400) + 5)} for k, v in first.scores.items()}})
    ssr_pdfs.write_ssr_pdf(tmp_path / "new.pdf", [newer])
    run(import_paths(district_workspace, [tmp_path / "old.pdf"]))
    [result] = run(import_paths(district_workspace, [tmp_path / "new.pdf"])).files
    assert result.changed == 1 and any("newer version" in w for w in result.warnings)
    found, _, _ = library_rows(district_workspace)
    [only] = [r for r in found if r["printed_ssid"] == first.ssid and r["language"] == first.language]
    assert only["source"]["file"] == "new.pdf"


def test_an_unknown_ssid_waits_for_the_coordinator_and_the_fix_is_remembered(district_workspace, tmp_path):
    stranger = ssr_pdfs.SyntheticReport(
        ssid="9999999999", first_name="Nadia", last_name="Qureshi", grade="05", school="Las Palmas Elementary",
        district="Arroyo Verde Unified", kind="SB", address_lines=("NADIA QURESHI", "1 MAIN ST", "HAYWARD, CA 94541"),
        scores={"ELA": {"scale_score": "2500", "achievement_level": "3"},
                "Mathematics": {"scale_score": "2480", "achievement_level": "2"}})
    ssr_pdfs.write_ssr_pdf(tmp_path / "stranger.pdf", [stranger])
    run(import_paths(district_workspace, [tmp_path / "stranger.pdf"]))
    _, attention, counts = library_rows(district_workspace)
    [waiting] = attention["reports"]
    assert "no student with SSID 9999999999" in waiting["problem"] and counts["needing_attention"] == 1
    assert waiting["printed_name"] and "QURESHI" in waiting["printed_name"].upper()
    connection = district_workspace.connect()
    real = connection.execute("SELECT ssid FROM student ORDER BY ssid LIMIT 1").fetchone()[0]
    connection.close()
    library.resolve(district_workspace, waiting["id"], real)
    _, attention, _ = library_rows(district_workspace)
    assert attention["reports"] == []
    # The same report downloaded again later (a new file): the fix applies by itself.
    ssr_pdfs.write_ssr_pdf(tmp_path / "again.pdf", [stranger], style=ssr_pdfs.DEFAULT_STYLE)
    (tmp_path / "again.pdf").write_bytes((tmp_path / "again.pdf").read_bytes() + b"\n% downloaded again\n")
    run(import_paths(district_workspace, [tmp_path / "again.pdf"]))
    found, attention, _ = library_rows(district_workspace)
    assert attention["reports"] == []


def test_one_students_report_is_written_with_its_pages_in_order(district_workspace, demo_files, tmp_path):
    run(import_paths(district_workspace, demo_files.report_pdfs))
    found, _, _ = library_rows(district_workspace)
    translated = next(r for r in found if r["language"] != "English" and r["type"] == "SB+CAST")
    ssid = translated["ssid"]
    ids = library.student_report_ids(district_workspace, ssid, translated["language"])
    out = library.write_pdf(district_workspace, ids, tmp_path / "one.pdf")
    in_language = [r for r in found if r["ssid"] == ssid and r["language"] == translated["language"]]
    assert len(PdfReader(out).pages) == sum(r["pages"] for r in in_language)
    assert in_language[0]["type"] == "SB+CAST" and in_language[0]["pages"] == 6  # the combined report first
    assert ssid in text_of(out, 0) and ssid in text_of(out, 1)
    assert text_of(out, 5).strip()  # page 6: "this page is intentionally left blank", translated
    everything = library.write_pdf(district_workspace, library.student_report_ids(district_workspace, ssid), tmp_path / "all.pdf")
    assert len(PdfReader(everything).pages) == sum(r["pages"] for r in found if r["ssid"] == ssid)


@pytest.fixture(scope="module")
def odd(tmp_path_factory):
    return ssr_pdfs.write_odd_files(tmp_path_factory.mktemp("odd"))


@pytest.mark.parametrize("name, words", [
    ("encrypted", "password-protected"),
    ("not_a_pdf", "not a TOMS Student Score Data File"),
    ("no_ssr", "No Student Score Report was found"),
    ("scanned", "no text on any page"),
])
def test_files_that_cannot_be_imported_say_why_and_change_nothing(district_workspace, odd, name, words):
    before = dump(district_workspace)
    [result] = run(import_paths(district_workspace, [odd[name]])).files
    assert result.status == "rejected" and words in result.reason, result.reason
    assert dump(district_workspace) == before


def test_a_truncated_pdf_is_called_damaged_and_changes_nothing(district_workspace, odd):
    before = dump(district_workspace)
    [result] = run(import_paths(district_workspace, [odd["truncated"]])).files
    assert result.status == "rejected" and "not completely downloaded" in result.reason
    assert dump(district_workspace) == before


def test_odd_but_readable_files_land_in_the_attention_queue(district_workspace, odd):
    run(import_paths(district_workspace, [odd["two_fronts"]]))
    _, attention, _ = library_rows(district_workspace)
    assert "two students' SSIDs" in " ".join(r["problem"] for r in attention["reports"])
    run(import_paths(district_workspace, [odd["short_ssid"], odd["stray_page"]]))
    _, attention, _ = library_rows(district_workspace)
    assert "not 10 digits" in " ".join(r["problem"] for r in attention["reports"])
    assert [p["page"] for p in attention["loose_pages"]] == [1]
    assert "before the first report" in attention["loose_pages"][0]["reason"]


def test_students_eligible_without_a_report_are_listed(district_workspace):
    _, attention, counts = library_rows(district_workspace)
    assert counts["students_eligible_without_report"] == len({s["ssid"] for s in attention["eligible_without_report"]}) > 0


def test_a_zip_of_pdfs(district_workspace, demo_files, tmp_path):
    import zipfile

    path = tmp_path / "SSRs.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for pdf in demo_files.report_pdfs[:3]:
            archive.write(pdf, f"Reports/{pdf.name}")
    report = run(import_paths(district_workspace, [path]))
    assert [f.kind for f in report.files] == ["reports"] * 3 and all(f.new for f in report.files)
