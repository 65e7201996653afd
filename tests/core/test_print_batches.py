"""Print batches: each envelope holds exactly its student's pages, in order, duplex-safe, addressed right."""

import csv
import sqlite3
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

from ssrdesk.core import distribution
from ssrdesk.core.contacts import import_contacts, suggest_mapping
from ssrdesk.core.datafiles.importer import import_paths
from ssrdesk.core.demo.ssr_pdfs import SyntheticReport, write_ssr_pdf
from ssrdesk.core.errors import UserError
from ssrdesk.core.printing.assemble import assemble
from ssrdesk.core.printing.envelopes import BUILT_IN, Offset, save_printer_offset
from ssrdesk.core.printing.plan import PrintOptions, plan
from ssrdesk.core.tasks import run
from tests.core.builders import caaspp_2025, score_lines, write_caret

FIRST_SSID = 2_000_000_000
STREET = "12 Oak Street Apt 5"


def ssid(n):
    return str(FIRST_SSID + n).zfill(10)


# last name, report kind, pages, Spanish copy, what the contacts export says (None: no row)
STUDENTS = [
    ("Alvarez", "SB", 4, True, {"street": STREET, "language": "Spanish", "teacher": "Ms. Reyes"}),
    ("Baker", "SB+CAST", 6, False, {"street": "900 Pine Avenue", "language": "English", "teacher": "Mr. Cole"}),
    ("Chen", "CAST", 2, False, None),
    ("Diaz", "SB", 5, False, {"street": "12 OAK ST. #5", "language": "", "teacher": "Ms. Reyes"}),
    ("Evans", None, 0, False, {"street": STREET, "language": "English", "teacher": ""}),
    ("Fox", "SB", 4, False, None),  # the report shows no address and the SIS has none
    ("Garcia", "CSA", 2, True, {"street": STREET, "language": "Spanish", "teacher": "Mr. Cole"}),
]


def report(n, last, kind, pages, language="English", address=True):
    lines = ("To the Parent/Guardian of", f"Ana {last}", STREET, "Hayward, CA 94541") if address else ()
    return SyntheticReport(ssid(n), "Ana", last, "05", "School 0", "Demo Unified", kind, language=language,
                           address_lines=lines, pages=pages)


@pytest.fixture
def printing(workspace, tmp_path):
    layout = caaspp_2025()
    data = write_caret(tmp_path / "scores.txt", layout,
                       score_lines(layout, len(STUDENTS), first_ssid=FIRST_SSID, last_names=[s[0] for s in STUDENTS]))
    reports = []
    for n, (last, kind, pages, spanish, _) in enumerate(STUDENTS):
        if kind is None:
            continue
        reports.append(report(n, last, kind, pages, address=last != "Fox"))
        if spanish:
            reports.append(report(n, last, kind, pages, language="Spanish"))
    write_ssr_pdf(tmp_path / "grade5.pdf", reports)
    contacts = tmp_path / "contacts.csv"
    with open(contacts, "w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(["SSID", "Guardian Name", "Guardian Email", "Mailing Address", "Mailing City", "Mailing State",
                      "Mailing Zip", "Correspondence Language", "Homeroom Teacher"])
        for n, (last, _, _, _, row) in enumerate(STUDENTS):
            if row:
                out.writerow([ssid(n), f"Rosa {last}", "", row["street"], "Hayward", "CA", "94541-2231",
                              row["language"], row["teacher"]])
    run(import_paths(workspace, [data, tmp_path / "grade5.pdf"]))
    run(import_contacts(workspace, contacts, suggest_mapping(next(csv.reader(open(contacts, encoding="utf-8"))))))
    return workspace


def planned(workspace, **options):
    connection = workspace.connect()
    try:
        return plan(connection, [ssid(n) for n in range(len(STUDENTS))], PrintOptions(**options))
    finally:
        connection.close()


def printed(workspace, folder, **options):
    made = planned(workspace, **options)
    return made, run(assemble(workspace, made, folder))


def manifest(folder):
    with open(folder / "manifest.csv", encoding="utf-8-sig") as handle:
        return list(csv.DictReader(handle))


def page_texts(path):
    document = pdfium.PdfDocument(str(path))
    try:
        return [document[i].get_textpage().get_text_range() for i in range(len(document))]
    finally:
        document.close()


def library_pages(workspace, report_id):
    connection = workspace.connect()
    row = connection.execute("SELECT ssr.first_page, ssr.page_count, f.stored_as FROM ssr JOIN ssr_file f"
                             " ON f.id = ssr.ssr_file_id WHERE ssr.id = ?", (report_id,)).fetchone()
    connection.close()
    texts = page_texts(workspace.folder / row["stored_as"])
    return texts[row["first_page"] - 1: row["first_page"] - 1 + row["page_count"]]


def test_each_envelope_holds_exactly_its_students_pages_in_order(printing, tmp_path):
    made, result = printed(printing, tmp_path / "out", duplex=True)
    texts = {f.path.name: page_texts(f.path) for f in result.files}
    rows = manifest(tmp_path / "out")
    assert [r["SSID"] for r in rows] == [e.ssid for e in made.envelopes]
    for row, envelope in zip(rows, made.envelopes):
        pages = texts[row["File"]][int(row["First page"]) - 1: int(row["Last page"])]
        expected = []
        for document in envelope.documents:
            if document.report_id:
                content = library_pages(printing, document.report_id)
            else:  # the address sheet: this family's address, nothing else of anyone's
                content = [pages[len(expected)]]
                assert all(line in content[0] for line in envelope.address) and "SSID" not in content[0]
            expected += content + [""] * (len(content) % 2)  # duplex: a blank back after an odd document
        assert pages == expected, envelope.student
        assert all(envelope.ssid in page or envelope.address_sheet_reason for page in pages if "SSID" in page)
        assert len(pages) == 2 * envelope.sheets


@pytest.mark.parametrize("pages, duplex_pages, sheets", [(2, 2, 1), (4, 4, 2), (5, 6, 3), (6, 6, 3)])
def test_duplex_pads_odd_reports_and_simplex_never_adds_a_blank(printing, tmp_path, pages, duplex_pages, sheets):
    last = {2: "Chen", 4: "Alvarez", 5: "Diaz", 6: "Baker"}[pages]
    n = next(i for i, s in enumerate(STUDENTS) if s[0] == last)
    for duplex in (True, False):
        connection = printing.connect()
        made = plan(connection, [ssid(n)], PrintOptions(duplex=duplex, address_sheet="never", languages="english",
                                                        reprint=True))
        connection.close()
        result = run(assemble(printing, made, tmp_path / f"out-{pages}-{duplex}"))
        [output] = result.files
        texts = page_texts(output.path)
        assert len(texts) == (duplex_pages if duplex else pages)
        assert output.sheets_per_envelope == (sheets if duplex else pages)
        blanks = [i for i, t in enumerate(texts) if not t.strip()]
        assert blanks == ([pages] if duplex and pages % 2 else [])


def test_the_auto_address_sheet_goes_where_the_address_differs_or_is_missing(printing):
    made = planned(printing, address_sheet="auto")
    reasons = {e.student.split(",")[0]: e.address_sheet_reason for e in made.envelopes}
    assert reasons["Alvarez"] == ""  # the SIS has the address the report prints
    assert reasons["Diaz"] == ""  # "12 OAK ST. #5" with ZIP+4 is the same place as "12 Oak Street Apt 5"
    assert reasons["Baker"] == "the contacts export has a different address"
    assert reasons["Chen"] == ""  # no contacts row: the report's own address is used
    assert reasons["Garcia"] == ""
    left = {x.student.split(",")[0]: x.reason for x in made.left_out}
    assert "no Student Score Report" in left["Evans"]
    assert "no mailing address" in left["Fox"]
    baker = next(e for e in made.envelopes if e.student.startswith("Baker"))
    assert baker.address == ["Rosa Baker", "900 Pine Avenue", "Hayward, CA 94541-2231"]
    never = planned(printing, address_sheet="never")
    assert not any(e.address_sheet_reason for e in never.envelopes)
    always = planned(printing, address_sheet="always")
    assert all(e.address_sheet_reason for e in always.envelopes)


def test_languages_choose_the_english_the_translated_or_both_copies(printing):
    def documents(languages):
        made = planned(printing, languages=languages, address_sheet="never")
        return {e.student.split(",")[0]: [d.label for d in e.documents] for e in made.envelopes}

    assert documents("both")["Alvarez"] == ["SB", "SB (Spanish)"]
    assert documents("english")["Alvarez"] == ["SB"]
    assert documents("translated")["Alvarez"] == ["SB (Spanish)"]
    assert documents("translated")["Chen"] == ["CAST"]  # no translation: the English copy, never nothing
    assert documents("both")["Garcia"] == ["CSA", "CSA (Spanish)"]
    made = planned(printing, reports=("CAASPP",))
    assert "Garcia" in {x.student.split(",")[0] for x in made.left_out}


def test_batches_have_equal_sheets_are_sorted_and_split_for_the_tray(printing, tmp_path):
    made = planned(printing, duplex=True, address_sheet="always", sort="zip", max_sheets=6)
    assert [b.sheets for b in made.batches] == sorted(b.sheets for b in made.batches)
    for batch in made.batches:
        assert {e.sheets for e in batch.envelopes} == {batch.sheets}
        assert all(len(f) * batch.sheets <= 6 for f in batch.files)
    teacher = planned(printing, sort="teacher")
    order = [(e.teacher, e.student) for b in teacher.batches for e in b.envelopes if b.sheets == 2]
    assert order == sorted(order, key=lambda x: (not x[0], x[0], x[1]))
    result = run(assemble(printing, made, tmp_path / "out"))
    assert sum(f.envelopes for f in result.files) == len(made.envelopes)
    assert all(f.pages == 2 * f.sheets_per_envelope * f.envelopes for f in result.files)
    names = {p.name for p in (tmp_path / "out").iterdir()}
    assert {"manifest.csv", "summary.txt", "left out.csv"} <= names
    assert not [n for n in names if n.startswith(".")]  # no unfinished folder left behind
    summary = (tmp_path / "out" / "summary.txt").read_text()
    assert "Left out (2 students" in summary


def test_the_address_sheet_shows_the_address_inside_the_window(printing, tmp_path):
    made, result = printed(printing, tmp_path / "out", address_sheet="auto")
    row = next(r for r in manifest(tmp_path / "out") if r["Address sheet"] == "yes")
    document = pdfium.PdfDocument(str(tmp_path / "out" / row["File"]))
    page = document[int(row["First page"]) - 1]
    textpage = page.get_textpage()
    zone = BUILT_IN["no10"].address_zone()
    found = []
    for i in range(textpage.count_rects()):
        left, bottom, right, top = (v / 72 for v in textpage.get_rect(i))
        text = textpage.get_text_bounded(*textpage.get_rect(i)).strip()
        if text in ("Rosa Baker", "900 Pine Avenue", "Hayward, CA 94541-2231"):
            found.append(text)
            assert zone.left <= left and right <= zone.right and zone.top <= 11 - top and 11 - bottom <= zone.bottom
    assert sorted(found) == sorted(["Rosa Baker", "900 Pine Avenue", "Hayward, CA 94541-2231"])
    document.close()


def test_a_printer_offset_moves_the_copied_report_pages_too(printing, tmp_path):
    connection = printing.connect()
    save_printer_offset(connection, "Office", "no10", Offset(0.25, 0.125))
    connection.close()
    made, result = printed(printing, tmp_path / "out", address_sheet="never", printer="Office")
    document = pdfium.PdfDocument(str(result.files[0].path))
    left, bottom, right, top = document[0].get_mediabox()
    assert (left, bottom) == pytest.approx((-18, 9))  # content lands 1/4 in right and 1/8 in down
    document.close()


def test_the_reports_are_marked_printed_and_the_run_can_be_undone(printing, tmp_path):
    made, result = printed(printing, tmp_path / "out")
    again = planned(printing)
    reasons = {x.ssid: x.reason for x in again.left_out}
    assert not again.envelopes and all("already printed on" in reasons[e.ssid] for e in made.envelopes)
    assert len(planned(printing, reprint=True).envelopes) == len(made.envelopes)
    connection = printing.connect()
    try:
        assert set(distribution.printed_on(connection)) == {e.ssid for e in made.envelopes}
        events = distribution.events(connection, made.envelopes[0].ssid)
        assert events and all(e["event"] == "printed" and e["batch"] for e in events)
        assert distribution.undo_print_run(connection, result.run) == len(made.envelopes)
        assert distribution.printed_on(connection) == {}
        with pytest.raises(UserError, match="already undone"):
            distribution.undo_print_run(connection, result.run)
    finally:
        connection.close()


def test_a_cancelled_run_leaves_no_files_and_marks_nothing(printing, tmp_path):
    made = planned(printing, address_sheet="always")
    job = assemble(printing, made, tmp_path / "out")
    next(job)
    job.close()  # the user pressed Cancel
    assert list((tmp_path / "out").iterdir()) == []
    connection = sqlite3.connect(printing.database)
    assert connection.execute("SELECT COUNT(*) FROM print_run").fetchone()[0] == 0
    connection.close()


def test_an_unwritable_folder_is_said_plainly(printing, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(UserError, match="Could not create the output folder"):
        printed(printing, blocker / "out")


def test_an_earlier_runs_files_are_never_written_over(printing, tmp_path):
    printed(printing, tmp_path / "out")
    before = {p.name: p.stat().st_mtime_ns for p in (tmp_path / "out").iterdir()}
    with pytest.raises(UserError, match="already holds the print files of an earlier run"):
        printed(printing, tmp_path / "out", reprint=True)
    assert {p.name: p.stat().st_mtime_ns for p in (tmp_path / "out").iterdir()} == before


def test_nothing_chosen_is_said_plainly(printing):
    connection = printing.connect()
    with pytest.raises(UserError, match="No students are chosen"):
        plan(connection, [], PrintOptions())
    with pytest.raises(UserError, match="address sheets must be one of"):
        plan(connection, [ssid(0)], PrintOptions(address_sheet="sometimes"))
    connection.close()


def test_output_files_are_real_pdfs_a_reader_opens(printing, tmp_path):
    _, result = printed(printing, tmp_path / "out", cover_letter=True)
    for item in result.files:
        assert len(PdfReader(item.path).pages) == item.pages
        assert oct(Path(item.path).stat().st_mode & 0o777) == "0o600"


def test_a_flagged_report_or_a_missing_english_copy_leaves_the_student_out(printing):
    connection = sqlite3.connect(printing.database)
    alvarez, garcia = ssid(0), ssid(6)
    connection.execute("UPDATE ssr SET problem = 'the printed name differs' WHERE ssid = ? AND language = 'Spanish'",
                       (alvarez,))
    connection.execute("DELETE FROM ssr WHERE ssid = ? AND language = 'English'", (garcia,))
    connection.commit()
    connection.close()
    left = {x.ssid: x.reason for x in planned(printing, languages="english").left_out}
    assert "SB report needs a look on the Reports page" in left[alvarez]
    assert "only in Spanish; import the English copy" in left[garcia]
    garcia_envelope = next(e for e in planned(printing, languages="translated").envelopes if e.ssid == garcia)
    assert [d.label for d in garcia_envelope.documents] == ["CSA (Spanish)"]  # the family reads Spanish


def test_a_name_no_font_can_print_leaves_that_student_out_not_the_run(printing, tmp_path):
    connection = sqlite3.connect(printing.database)
    connection.execute("UPDATE student SET first_name = 'Ana \U0001F600' WHERE ssid = ?", (ssid(1),))
    connection.commit()
    connection.close()
    made, result = printed(printing, tmp_path / "out", cover_letter=True)
    [(who, why)] = [(x.ssid, x.reason) for x in made.left_out if x.ssid == ssid(1)]
    assert "U+1F600" in why and result.files
