"""Synthetic Student Score Report PDFs read, page by page, the way the app will read real ones."""

from __future__ import annotations

import dataclasses
import random
import re
import time
import unicodedata
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

from ssrdesk.core.demo import scorefiles as sf
from ssrdesk.core.demo import ssr_pdfs
from ssrdesk.core.demo.district import layout_for
from ssrdesk.core.demo.people import build_district
from ssrdesk.core.demo.ssr_pdfs import (
    ADDRESS_WINDOW,
    BLANK_PAGE_TEXT,
    DEFAULT_STYLE,
    ODD_FILE_PASSWORD,
    ReportStyle,
    SyntheticReport,
    page_plan,
    report_length,
    reports_for,
    write_grade_batches,
    write_odd_files,
    write_ssr_pdf,
)

EXPECTED_LENGTHS = {"SB": 4, "SB+CAST": 6, "CAST": 2, "CAA": 4, "CAA+Science": 4, "CAA Science": 2, "CSA": 2,
                    "ELPAC": 2, "Alternate ELPAC": 2}
TITLES = {"English": "Student Score Report", "Spanish": "Informe de calificaciones del estudiante",
          "Vietnamese": "Báo cáo điểm của học sinh", "Filipino": "Ulat ng Iskor ng Mag-aaral",
          "Korean": "학생 성적 보고서", "Traditional Chinese": "學生成績報告", "Arabic": "تقرير درجات الطالب"}
GRADE_WORDS = {"English": "Grade", "Spanish": "Grado", "Vietnamese": "Lớp", "Filipino": "Baitang"}
KINDERGARTEN = {"English": "Kindergarten", "Spanish": "Kínder", "Vietnamese": "Mẫu giáo", "Filipino": "Kindergarten"}
TEN_DIGITS = re.compile(r"(?<!\d)\d{10}(?!\d)")


def texts(path: Path) -> list[str]:
    document = pdfium.PdfDocument(path)
    try:
        return [document[i].get_textpage().get_text_range() for i in range(len(document))]
    finally:
        document.close()


def flat(text: str) -> str:
    """Page text with pdfium's line breaks as spaces, NFKC (Arabic presentation forms as letters)."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def scores(kind: str) -> dict[str, dict[str, str]]:
    sb = {"scale_score": "2510", "achievement_level": "3", "claim1_level": "2", "claim2_level": "3",
          "claim3_level": "1", "claim4_level": "2", "error_band_min": "2490", "error_band_max": "2530",
          "scale_score_minus1": "2466", "grade_assessed_minus1": "04", "achievement_level_minus1": "2"}
    science = {"scale_score": "221", "achievement_level": "3", "domain1_level": "2", "domain2_level": "3",
               "domain3_level": "2"}
    band = {"scale_score": "560", "achievement_level": "2"}
    return {
        "SB": {"ELA": sb, "Mathematics": {**sb, "scale_score": "2470", "achievement_level": "2"}},
        "SB+CAST": {"ELA": sb, "Mathematics": sb, "Science": science},
        "CAST": {"Science": science},
        "CAA": {"ELA": band, "Mathematics": band},
        "CAA+Science": {"ELA": band, "Mathematics": band, "Science": {"scale_score": "200", "achievement_level": "2"}},
        "CAA Science": {"Science": {"scale_score": "200", "achievement_level": "2"}},
        "CSA": {"CSA": {"scale_score": "560", "achievement_level": "3", "domain1_level": "3"}},
        "ELPAC": {"ELPAC": {"scale_score": "1500", "achievement_level": "3", "oral_scale_score": "1510",
                            "oral_level": "3", "written_scale_score": "1490", "written_level": "2",
                            "listening_level": "2", "speaking_level": "3", "reading_level": "2",
                            "writing_level": "1"}},
        "Alternate ELPAC": {"ELPAC": {"scale_score": "205", "achievement_level": "2"}},
    }[kind]


def report(kind: str = "SB", language: str = "English", **changes) -> SyntheticReport:
    values = dict(
        ssid="0123456789", first_name="Sofía", last_name="Muñoz", grade="05", school="Las Palmas Elementary",
        district="Arroyo Verde Unified", kind=kind, language=language,
        address_lines=("To the Parent/Guardian of", "Sofía Muñoz", "1234 Paloma Ct Apt 3B", "Hayward, CA 94541"),
        scores=scores(kind),
    )
    values.update(changes)
    return SyntheticReport(**values)


def front_pages(reports: list[SyntheticReport]) -> list[int]:
    """The 0-based page index each report starts at in a file of `reports`."""
    starts, at = [], 0
    for item in reports:
        starts.append(at)
        at += item.page_count
    return starts


@pytest.fixture(scope="module")
def district_reports():
    rng = random.Random(11)
    district = build_district(rng, 140, "2024-25")
    records = {program: sf.records(district, program, layout_for(program, "2024-25"), rng)
               for program in (sf.CAASPP, sf.ELPAC)}
    return district, records, reports_for(district, records, random.Random(4))


@pytest.fixture(scope="module")
def batches(district_reports, tmp_path_factory):
    folder = tmp_path_factory.mktemp("batches")
    return write_grade_batches(folder, district_reports[2])


# --- lengths -----------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", sorted(EXPECTED_LENGTHS))
def test_each_kind_of_report_has_its_published_length(tmp_path, kind):
    path = write_ssr_pdf(tmp_path / "one.pdf", [report(kind)])
    pages = texts(path)
    assert len(pages) == EXPECTED_LENGTHS[kind] == report_length(kind)
    assert "Student Score Report" in pages[0] and "0123456789" in pages[0]
    assert all(page.strip() for page in pages), "every page has text"
    if kind == "SB+CAST":
        assert pages[5].strip() == BLANK_PAGE_TEXT
        assert all(BLANK_PAGE_TEXT not in page for page in pages[:5])


def test_2023_24_lengths_and_forced_lengths(tmp_path):
    older = [report("SB+CAST", administration="2023–24"), report("CAST", administration="2023–24"),
             report("SB", pages=5), report("SB+CAST", pages=3), report("CSA", pages=3)]
    assert [r.page_count for r in older] == [5, 3, 5, 3, 3]
    assert page_plan(older[0])[-1] == "guide"
    path = write_ssr_pdf(tmp_path / "older.pdf", older)
    pages = texts(path)
    assert len(pages) == 19
    assert "2023–24" in pages[0] and "2022–23" in pages[1], "prior years count back from the administration"
    assert pages[12].strip() == BLANK_PAGE_TEXT, "a forced longer report ends with blank pages"
    assert pages[14].strip() != BLANK_PAGE_TEXT and "Student Score Report" in pages[16]
    assert "Understanding the Scores" in pages[18], "…after a guide page where the plan had none"
    with pytest.raises(ValueError):
        dataclasses.replace(report(), kind="Smarter Balanced")


# --- a district's merged files -----------------------------------------------------------------


def test_reports_follow_the_students_records(district_reports):
    district, records, reports = district_reports
    students = {s.ssid: s for s in district.students}
    kinds = {r.kind for r in reports}
    assert {"SB", "SB+CAST", "ELPAC"} <= kinds
    eligible = {r["ssid"] for program in records.values() for r in program if r.get("ssr_eligible") == "Y"}
    assert {r.ssid for r in reports} <= eligible
    for item in reports:
        assert item.ssid in students and item.first_name == students[item.ssid].first_name
        if item.kind == "SB+CAST":
            # A subject without a score (a condition code) still has its page: "No score reported".
            assert item.grade in ("05", "08", "11") and "Science" in item.scores
            assert set(item.scores) <= {"ELA", "Mathematics", "Science"}
        assert len(item.address_lines) <= 4
    # English first, then the translation of the same document, and only into TOMS's languages.
    for index, item in enumerate(reports):
        if item.language != "English":
            before = reports[index - 1]
            assert (before.language, before.ssid, before.kind) == ("English", item.ssid, item.kind)
            assert item.language in ssr_pdfs.TRANSLATED_LANGUAGES
            assert item.kind != "CSA" or item.language == "Spanish"
    spanish = [s for s in district.students if s.language.name == "Spanish"]
    english = [s for s in district.students if s.language.name == "English"]
    languages = {(r.ssid, r.language) for r in reports}
    assert any((s.ssid, "Spanish") in languages for s in spanish)
    assert not any((s.ssid, lang) in languages for s in english for lang in ssr_pdfs.TRANSLATED_LANGUAGES)


def test_no_report_for_ineligible_or_earlier_science_records(district_reports):
    district, records, _ = district_reports
    student = next(s for s in district.students if s.grade == "05" and s.language.name == "English")
    mine = [dict(r) for r in records[sf.CAASPP] if r["ssid"] == student.ssid]
    assert mine
    base = dict(mine[0])
    cases = [
        dict(base, record_type=sf.SB_ELA, ssr_eligible="N"),
        dict(base, record_type=sf.CAST, grade="12", science_current_year="N", ssr_eligible="Y"),
    ]
    assert reports_for(district, {sf.CAASPP: cases}, random.Random(1)) == []
    kept = reports_for(district, {sf.CAASPP: [dict(base, record_type=sf.CAST, ssr_eligible="Y",
                                                 science_current_year="Y")]}, random.Random(1))
    assert [r.kind for r in kept] == ["CAST"]


def test_one_file_per_grade_named_by_grade_only(district_reports, batches):
    reports = district_reports[2]
    grades = sorted({r.grade for r in reports})
    assert len(batches) == len(grades)
    for path in batches:
        match = re.fullmatch(r"StudentScoreReports_Grade(KN|\d\d)\.pdf", path.name)
        assert match, path.name
        mine = [r for r in reports if r.grade == match.group(1)]
        assert len(pdfium.PdfDocument(path)) == sum(r.page_count for r in mine)
    assert not list(batches[0].parent.glob(".*")), "no temporary files left behind"


def test_front_pages_show_the_student(district_reports, batches):
    reports = district_reports[2]
    checked = 0
    for path in batches:
        grade = path.stem[-2:]
        mine = [r for r in reports if r.grade == grade]
        pages = texts(path)
        starts = front_pages(mine)
        for item, start in zip(mine, starts):
            front = flat(pages[start])
            assert item.ssid in front
            assert f"{item.first_name} {item.last_name}" in front
            assert TITLES[item.language] in front or f"{item.language} translation" in front
            if item.language in GRADE_WORDS:
                words = KINDERGARTEN if grade == "KN" else {k: f"{v} {int(grade)}" for k, v in GRADE_WORDS.items()}
                assert words[item.language] in front
            if item.language != "Arabic":
                # pdfium reorders digit runs on right-to-left lines ("25–2024"), as in any Arabic PDF;
                # the SSID and the name line, alone on theirs, come back as they are.
                assert item.administration in front
            for line in item.address_lines:
                assert line.upper() in front
            # The pages after the front page belong to the same student.
            for page in pages[start + 1: start + item.page_count]:
                assert not TEN_DIGITS.search(page) or item.ssid in page
            checked += 1
    assert checked == len(reports)


def test_translated_copy_follows_its_english_report(district_reports, batches):
    reports = district_reports[2]
    seen = set()
    for path in batches:
        mine = [r for r in reports if r.grade == path.stem[-2:]]
        pages = texts(path)
        for index, (item, start) in enumerate(zip(mine, front_pages(mine))):
            if item.language == "English":
                continue
            english_start = front_pages(mine)[index - 1]
            assert mine[index - 1].language == "English"
            assert start == english_start + mine[index - 1].page_count
            assert item.page_count == mine[index - 1].page_count, "same length as the English report"
            english, translated = flat(pages[english_start]), flat(pages[start])
            assert TEN_DIGITS.findall(english) == TEN_DIGITS.findall(translated) == [item.ssid]
            if ssr_pdfs.language_supported(item.language):
                assert TITLES[item.language] in translated and "Student Score Report" not in translated
            seen.add(item.language)
    assert {"Spanish", "Vietnamese"} <= seen


# --- languages and fonts ---------------------------------------------------------------------


@pytest.mark.parametrize("font", ["Helvetica", "DejaVu"])
def test_vietnamese_comes_back_exactly(tmp_path, font):
    name = unicodedata.normalize("NFC", "Nguyễn Thị Ánh")
    item = report("SB", "Vietnamese", first_name="Thị Ánh", last_name="Nguyễn", address_lines=("Ánh Nguyễn",))
    path = write_ssr_pdf(tmp_path / "vi.pdf", [report("SB", first_name="Thị Ánh", last_name="Nguyễn"), item],
                         style=dataclasses.replace(DEFAULT_STYLE, font=font))
    pages = texts(path)
    front = pages[4]
    for expected in ("Báo cáo điểm của học sinh", "Lớp 5", "Trường:", "Học khu:", "Thị Ánh Nguyễn",
                     "0123456789", "ÁNH NGUYỄN"):
        assert expected in front
    assert "Thị Ánh Nguyễn" in pages[0]
    assert unicodedata.normalize("NFC", front) == front
    assert name.split()[0] in front
    assert "Đạt tiêu chuẩn" in pages[4] or "Đạt tiêu chuẩn" in pages[5]


def test_other_languages_front_pages(tmp_path):
    languages = ("Spanish", "Filipino", "Arabic", "Korean", "Traditional Chinese")
    path = write_ssr_pdf(tmp_path / "all.pdf", [report("ELPAC", language) for language in languages])
    pages = texts(path)
    assert len(pages) == 2 * len(languages)
    for index, language in enumerate(languages):
        front = flat(pages[2 * index])
        assert "0123456789" in front and "Sofía Muñoz" in front
        if ssr_pdfs.language_supported(language):
            assert TITLES[language] in front
        else:
            assert f"{language} translation" in front and "Student Score Report" in front
    assert "Grado 5" in flat(pages[0]) and "Escuela:" in flat(pages[0]) and "Distrito:" in flat(pages[0])
    assert "Baitang 5" in flat(pages[2]) and "Paaralan:" in flat(pages[2])
    assert "المدرسة" in flat(pages[4]), "Arabic is shaped but extracts as plain letters in logical order"


def test_missing_cjk_font_gives_a_labelled_english_copy(tmp_path, monkeypatch):
    monkeypatch.setattr(ssr_pdfs, "cjk_face", lambda language: None)
    ssr_pdfs._faces_for.cache_clear()
    try:
        path = write_ssr_pdf(tmp_path / "ko.pdf", [report("SB"), report("SB", "Korean"),
                                                   report("SB+CAST", "Traditional Chinese")])
        pages = texts(path)
    finally:
        ssr_pdfs._faces_for.cache_clear()
    assert len(pages) == 4 + 4 + 6
    korean, chinese = flat(pages[4]), flat(pages[8])
    assert "Korean translation" in korean and "0123456789" in korean and "Student Score Report" in korean
    assert "Traditional Chinese translation" in chinese and pages[13].strip() == BLANK_PAGE_TEXT
    assert not any("\ufffd" in page for page in pages)


def test_fonts_are_embedded_truetype(tmp_path):
    path = write_ssr_pdf(tmp_path / "fonts.pdf", [report("SB", "Vietnamese")])
    fonts = set()
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            embedded = descriptor is not None and "/FontFile2" in descriptor.get_object()
            fonts.add((str(font["/BaseFont"]).lstrip("/").split("+")[-1], embedded, "/ToUnicode" in font))
    assert any(embedded and unicode for _, embedded, unicode in fonts)
    assert all(embedded for name, embedded, _ in fonts if not name.startswith("Helvetica"))


# --- layout ----------------------------------------------------------------------------------


def window_chars(path: Path, page_index: int) -> tuple[str, list[str], list[str]]:
    """Text pdfium finds inside the address window; the characters wholly inside it; any partly inside."""
    left, bottom, right, top = ADDRESS_WINDOW
    document = pdfium.PdfDocument(path)
    textpage = document[page_index].get_textpage()
    inside, straddling = [], []
    for index in range(textpage.count_chars()):
        char = textpage.get_text_range(index, 1)
        if not char.strip():
            continue
        x0, y0, x1, y1 = textpage.get_charbox(index)
        if x1 < left or x0 > right or y1 < bottom or y0 > top:
            continue
        if x0 >= left and x1 <= right and y0 >= bottom and y1 <= top:
            inside.append(char)
        else:
            straddling.append(char)
    bounded = textpage.get_text_bounded(left, bottom, right, top)
    document.close()
    return bounded, inside, straddling


@pytest.mark.parametrize("style", [
    DEFAULT_STYLE,
    ReportStyle(shift=(6, 4), address_shift=(6, 1.5), font="DejaVu", address_upper=False),
    ReportStyle(shift=(-6, -4), address_shift=(-10, -10), name_format="last_first"),
    ReportStyle(address_shift=(40, 40)),  # out-of-range shifts are clamped into the window
])
def test_address_block_sits_in_the_envelope_window(tmp_path, style):
    long_street = ("To the Parent/Guardian of", "Maximiliano Dimaculangan-Villanueva",
                   "12345 Fairmont Hills Blvd Apt 318", "San Lorenzo, CA 94580")
    items = [report("SB"), report("ELPAC", "Vietnamese"), report("CSA", address_lines=long_street)]
    path = write_ssr_pdf(tmp_path / "window.pdf", items, style=style)
    for item, start in zip(items, front_pages(items)):
        bounded, inside, straddling = window_chars(path, start)
        assert straddling == [], f"characters cut by the window edge: {straddling}"
        lines = [line.upper() if style.address_upper else line for line in item.address_lines]
        assert "".join(inside) == "".join(lines).replace(" ", ""), "the window shows the address, nothing else"
        assert bounded.split() == " ".join(lines).split()


def test_styles_vary_labels_and_order(tmp_path):
    styles = [
        ReportStyle(ssid_label="SSID:", grade_format="padded", name_format="last_first",
                    identity_order=("ssid", "name", "grade")),
        ReportStyle(ssid_label="Student ID (SSID):", grade_format="word", identity_order=("grade", "name", "ssid")),
    ]
    fronts = []
    for number, style in enumerate(styles):
        path = write_ssr_pdf(tmp_path / f"style{number}.pdf", [report("CAST")], style=style)
        fronts.append(texts(path)[0])
    first, second = (flat(t) for t in fronts)
    assert "SSID: 0123456789" in first and "MUÑOZ, SOFÍA" in first and "Grade: 05" in first
    assert first.index("0123456789") < first.index("MUÑOZ, SOFÍA") < first.index("Grade: 05")
    assert "Student ID (SSID): 0123456789" in second and "Grade 5" in second and "Sofía Muñoz" in second
    assert second.index("Grade 5") < second.index("Sofía Muñoz") < second.index("Student ID (SSID)")
    random_styles = {ssr_pdfs.random_style(random.Random(n)) for n in range(30)}
    assert len({s.ssid_label for s in random_styles}) == 3 and len({s.font for s in random_styles}) == 2


def test_random_style_per_report_keeps_a_translation_like_its_english_report(tmp_path):
    items = [report("SB", ssid=f"10000000{n:02d}") for n in range(6)]
    items.insert(1, report("SB", "Spanish", ssid="1000000000"))
    path = write_ssr_pdf(tmp_path / "mixed.pdf", items, style=random.Random(8))
    pages = texts(path)
    english, spanish = flat(pages[0]), flat(pages[4])
    named_last_first = "MUÑOZ, SOFÍA" in english
    assert named_last_first == ("MUÑOZ, SOFÍA" in spanish)
    assert len({("MUÑOZ, SOFÍA" in flat(pages[start])) for start in front_pages(items)}) == 2


def test_same_input_same_bytes(tmp_path):
    items = [report("SB+CAST"), report("SB+CAST", "Spanish")]
    first = write_ssr_pdf(tmp_path / "a.pdf", items).read_bytes()
    assert write_ssr_pdf(tmp_path / "b.pdf", items).read_bytes() == first


def test_a_failed_write_leaves_nothing(tmp_path):
    def broken():
        yield report("SB")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        write_ssr_pdf(tmp_path / "broken.pdf", broken())
    assert list(tmp_path.iterdir()) == []


# --- odd files -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def odd(tmp_path_factory):
    return write_odd_files(tmp_path_factory.mktemp("odd"))


def test_odd_files_are_what_they_claim(odd):
    assert {"encrypted", "truncated", "not_a_pdf", "no_ssr", "scanned", "short_ssid", "two_fronts",
            "stray_page"} <= set(odd)

    reader = PdfReader(odd["encrypted"])
    assert reader.is_encrypted
    with pytest.raises(Exception):
        reader.pages[0].extract_text()
    assert reader.decrypt(ODD_FILE_PASSWORD)
    assert "Student Score Report" in reader.pages[0].extract_text()
    with pytest.raises(pdfium.PdfiumError):
        pdfium.PdfDocument(odd["encrypted"])
    assert len(pdfium.PdfDocument(odd["encrypted"], password=ODD_FILE_PASSWORD)) > 0

    with pytest.raises(pdfium.PdfiumError):
        pdfium.PdfDocument(odd["truncated"])
    assert odd["truncated"].read_bytes().startswith(b"%PDF")

    assert not odd["not_a_pdf"].read_bytes().startswith(b"%PDF") and odd["not_a_pdf"].suffix == ".pdf"
    with pytest.raises(pdfium.PdfiumError):
        pdfium.PdfDocument(odd["not_a_pdf"])

    letter = flat(" ".join(texts(odd["no_ssr"])))
    assert "Dear Families" in letter and "SSID" not in letter and not TEN_DIGITS.search(letter)

    scanned = texts(odd["scanned"])
    assert len(scanned) >= 2 and all(page == "" for page in scanned)


def test_odd_reports(odd):
    short = flat(texts(odd["short_ssid"])[0])
    assert re.search(r"SSID\)?:? (\d{9})(?!\d)", short) and not TEN_DIGITS.search(short)

    two = texts(odd["two_fronts"])
    assert len(TEN_DIGITS.findall(two[0])) == 2 and two[0].count("Student Score Report") == 2
    assert len(set(TEN_DIGITS.findall(two[0]))) == 2
    assert all("Dear Parent/Guardian" not in page for page in two[1:]), "no other front page follows"
    assert len(two) >= 1 + 3 + 3, "both students' score pages follow the shared page"

    stray = texts(odd["stray_page"])
    assert "Student Score Reports — Grade 5 — printed 2025-08-14" in stray[0]
    assert not TEN_DIGITS.search(stray[0])
    assert "Student Score Report" in stray[1] and TEN_DIGITS.search(stray[1])


# --- speed -----------------------------------------------------------------------------------


def test_two_hundred_students_generate_quickly(tmp_path):
    rng = random.Random(3)
    district = build_district(rng, 200, "2024-25")
    records = {program: sf.records(district, program, layout_for(program, "2024-25"), rng)
               for program in (sf.CAASPP, sf.ELPAC)}
    started = time.perf_counter()
    reports = reports_for(district, records, rng)
    paths = write_grade_batches(tmp_path, reports, style=random.Random(5))
    elapsed = time.perf_counter() - started
    pages = sum(r.page_count for r in reports)
    print(f"\n200 students: {len(reports)} reports, {pages} pages in {elapsed:.2f} s")
    assert sum(len(pdfium.PdfDocument(p)) for p in paths) == pages
    assert elapsed < 60, "far slower than expected (about 2 s on a developer machine)"
