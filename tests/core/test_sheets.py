"""Cover letters, address sheets, the alignment sheet and the manifest, checked in the PDFs as printed:
where the characters land (pdfium), and which fonts are embedded (pypdf)."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

from ssrdesk.core.errors import UserError
from ssrdesk.core.printing.envelopes import BUILT_IN, Offset, Zone
from ssrdesk.core.printing.fonts import ARABIC, CJK, NOTO_SANS, check_covered, font_for, missing_glyphs
from ssrdesk.core.printing.letters import LANGUAGES, School, default_text
from ssrdesk.core.printing.sheets import (
    AddressDoesNotFit,
    SheetWriter,
    calibration_sheet,
    fit_address,
    manifest_pdf,
)

POINTS = 72.0
SCHOOL = School("Lincoln Elementary School", ("1234 Oak Street", "Sacramento, CA 95814"), "Ms. Jane Rivera",
                "(916) 555-0142")
TEMPLATES = {language: default_text(language) for language in LANGUAGES}
ADDRESS = ["To the Parent/Guardian of Maria Lopez", "4521 Sunflower Avenue Apt 12", "Sacramento, CA 95823"]
VALUES = {"guardian_name": "Rosa Lopez", "student_name": "Maria Lopez", "student_first_name": "Maria", "grade": "5"}
NO10_ZONE = Zone(1.00, 2.40, 4.25, 3.04)  # what the #10 window always shows, measured on the envelope
# A phrase of each letter, as pdfium reads it back.
PHRASES = {
    "English": "achievement level", "Spanish": "nivel de logro", "Filipino": "pagsusulit",
    "Vietnamese": "tiêu chuẩn", "Russian": "уровень достижений", "Simplified Chinese": "学生成绩报告",
    "Traditional Chinese": "學生成績報告", "Korean": "학생 성적 보고서", "Arabic": "تقرير درجات الطالب",
}


@pytest.fixture
def writer():
    return SheetWriter(BUILT_IN["no10"], Offset(), SCHOOL, TEMPLATES)


def letter(tmp_path: Path, language: str = "English", address=ADDRESS, profile: str = "no10",
           offset: Offset = Offset(), values=VALUES) -> Path:
    sheets = SheetWriter(BUILT_IN[profile], offset, SCHOOL, TEMPLATES)
    sheets.cover_letter(address, language, values)
    path = tmp_path / f"letter-{len(list(tmp_path.iterdir()))}.pdf"
    sheets.save(path)
    return path


def page_text(path: Path, index: int = 0) -> str:
    document = pdfium.PdfDocument(path)
    try:
        return unicodedata.normalize("NFC", document[index].get_textpage().get_text_range())
    finally:
        document.close()


def characters(path: Path, index: int = 0) -> list[tuple[str, float, float, float, float]]:
    """Every visible character with its box in inches from the page's top left: (char, left, top, right, bottom)."""
    document = pdfium.PdfDocument(path)
    try:
        page = document[index]
        height = page.get_height()
        textpage = page.get_textpage()
        found = []
        for i in range(textpage.count_chars()):
            char = textpage.get_text_range(i, 1)
            if not char.strip():
                continue
            left, bottom, right, top = textpage.get_charbox(i)
            found.append((char, left / POINTS, (height - top) / POINTS, right / POINTS, (height - bottom) / POINTS))
        return found
    finally:
        document.close()


def page_count(path: Path) -> int:
    document = pdfium.PdfDocument(path)
    try:
        return len(document)
    finally:
        document.close()


def address_characters(path: Path, index: int = 0, above: float = 3.35) -> list[tuple[str, float, float, float, float]]:
    """The characters between the return address and the letter (which starts below `above`): the address."""
    return [c for c in characters(path, index) if 1.5 < (c[2] + c[4]) / 2 < above]


def box_of(chars) -> Zone:
    return Zone(min(c[1] for c in chars), min(c[2] for c in chars), max(c[3] for c in chars), max(c[4] for c in chars))


def lines_of(chars, gap: float = 0.1) -> list[list[tuple[str, float, float, float, float]]]:
    """Characters grouped into printed lines, top to bottom."""
    lines: list[list] = []
    for char in sorted(chars, key=lambda c: (c[2] + c[4]) / 2):
        middle = (char[2] + char[4]) / 2
        if lines and middle - (lines[-1][-1][2] + lines[-1][-1][4]) / 2 < gap:
            lines[-1].append(char)
        else:
            lines.append([char])
    return lines


def non_space_count(lines: list[str]) -> int:
    return sum(len(re.sub(r"\s", "", line)) for line in lines)


# --- fonts ---------------------------------------------------------------------------------------

def test_each_script_gets_a_font_that_has_it():
    assert font_for("Tiếng Việt, Русский, Español") == NOTO_SANS
    assert font_for("تقرير درجات الطالب") == ARABIC
    assert font_for("학생 성적 보고서 學生成績報告 学生成绩报告") == CJK
    assert missing_glyphs("Hello 你好", NOTO_SANS) == ["你", "好"]
    assert missing_glyphs("\t\n ", NOTO_SANS) == []


def test_a_character_no_font_has_is_an_error_naming_its_code():
    with pytest.raises(UserError) as raised:
        check_covered("नमस्ते क", "the Korean cover letter")
    assert "The Korean cover letter" in str(raised.value) and "U+0915" in str(raised.value)


# --- cover letters in nine languages -------------------------------------------------------------

@pytest.mark.parametrize("language", LANGUAGES)
def test_every_letter_prints_with_the_students_name_and_its_own_words(tmp_path, language):
    path = letter(tmp_path, language)
    text = page_text(path)
    assert page_count(path) == 1
    assert "Maria" in text and "Lopez" in text and "Rosa" in text
    assert PHRASES[language] in " ".join(text.split())
    assert "\ufffd" not in text and "{" not in text


@pytest.mark.parametrize("language", ["Arabic", "Korean", "Traditional Chinese", "Russian"])
def test_every_font_is_embedded_as_a_subset(tmp_path, language):
    path = letter(tmp_path, language)
    fonts = {}
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[str(font["/BaseFont"])] = font["/FontDescriptor"].get_object()
    assert fonts
    for name, descriptor in fonts.items():
        assert "/FontFile2" in descriptor, name
        assert re.fullmatch(r"/[A-Z]{6}\+.+", name), name
    assert path.stat().st_size < 150_000  # the 5 MB Chinese font is not embedded whole


def test_arabic_is_joined_and_right_aligned(tmp_path):
    path = letter(tmp_path, "Arabic")
    extracted = PdfReader(path).pages[0].extract_text()
    assert sum(1 for c in extracted if "\ufe70" <= c <= "\ufefc") > 200  # joined letters' presentation forms
    body = [c for c in characters(path) if c[2] > 3.35]
    lines = lines_of(body)
    assert len(lines) > 15
    for line in lines:
        assert abs(max(c[3] for c in line) - 7.5) < 0.06
        assert min(c[1] for c in line) > 0.97
    assert any(min(c[1] for c in line) > 3 for line in lines)  # short lines start well in from the left


def test_the_phone_number_prints_the_right_way_round_in_arabic(tmp_path):
    # Read from left to right as printed: pdfium's own reordering of a right-to-left line (and its mirroring
    # of brackets) would turn it round, so only the digits are compared.
    printed = ["".join(c[0] for c in sorted(line, key=lambda c: c[1]) if c[0].isdigit() or c[0] == "-")
               for line in lines_of([c for c in characters(letter(tmp_path, "Arabic")) if c[2] > 3.35])]
    assert any("916555-0142" in line for line in printed)


@pytest.mark.parametrize("language", ["Simplified Chinese", "Traditional Chinese"])
def test_chinese_wraps_between_characters_never_before_a_closing_mark(tmp_path, language):
    path = letter(tmp_path, language)
    lines = [line for line in page_text(path).split("\r\n") if line.strip()]
    assert not [line for line in lines if line[0] in "，。、；：！？）」"]
    body = [c for c in characters(path) if c[2] > 3.35]
    assert max(c[3] for c in body) <= 7.5 + 0.02
    full = [line for line in lines_of(body) if max(c[3] for c in line) > 7.3]
    assert len(full) >= 4  # paragraphs run to the right margin: broken between characters, not at spaces


def test_letter_text_stays_inside_the_margins_and_below_the_window(tmp_path):
    for language in ("English", "Vietnamese", "Korean"):
        body = [c for c in characters(letter(tmp_path, language)) if c[2] > 3.35]
        assert box_of(body).left >= 0.98 and box_of(body).right <= 7.52
        assert box_of(body).top >= 3.417 and box_of(body).bottom <= 10.25  # 3.417: the window's lowest reach


# --- the address in the window -------------------------------------------------------------------

@pytest.mark.parametrize("language", ["English", "Arabic", "Korean"])
def test_the_address_on_a_letter_lies_in_the_no10_window_zone(tmp_path, language):
    chars = address_characters(letter(tmp_path, language))
    assert len(chars) == non_space_count(ADDRESS)
    assert NO10_ZONE.contains(box_of(chars))
    assert abs(box_of(chars).left - 1.0) < 0.03  # left-aligned, also in an Arabic letter


def test_the_address_on_an_address_sheet_lies_in_the_window_zone(tmp_path, writer):
    writer.address_sheet(ADDRESS, "Spanish")
    path = tmp_path / "address.pdf"
    writer.save(path)
    chars = address_characters(path)
    assert len(chars) == non_space_count(ADDRESS)
    assert NO10_ZONE.contains(box_of(chars))
    text = page_text(path)
    assert "Enclosed: Student Score Report" in text and "Informe de Calificaciones del Estudiante" in text


def test_an_english_address_sheet_says_what_is_enclosed_once(tmp_path, writer):
    writer.address_sheet(ADDRESS, "English")
    path = tmp_path / "address.pdf"
    writer.save(path)
    assert page_text(path).count("Enclosed: Student Score Report") == 1


def test_the_address_lies_in_the_6x9_zone_for_that_envelope(tmp_path):
    zone = BUILT_IN["6x9"].address_zone()
    chars = address_characters(letter(tmp_path, "English", profile="6x9"), above=zone.bottom + 0.05)
    assert len(chars) == non_space_count(ADDRESS)
    assert zone.contains(box_of(chars))
    sheets = SheetWriter(BUILT_IN["6x9"], Offset(), SCHOOL, TEMPLATES)
    sheets.address_sheet(ADDRESS, "Korean")
    sheets.save(tmp_path / "6x9.pdf")
    assert zone.contains(box_of(address_characters(tmp_path / "6x9.pdf", above=zone.bottom + 0.05)))


def test_a_printer_offset_moves_everything_by_that_much(tmp_path):
    plain = box_of(address_characters(letter(tmp_path)))
    moved = box_of(address_characters(letter(tmp_path, offset=Offset(0.2, -0.1))))
    assert moved.left - plain.left == pytest.approx(0.2, abs=0.005)
    assert moved.top - plain.top == pytest.approx(-0.1, abs=0.005)


def test_the_fit_box_is_where_the_address_prints(tmp_path):
    fit = fit_address(ADDRESS, BUILT_IN["no10"].address_zone())
    assert fit.size == 10
    printed = box_of(address_characters(letter(tmp_path)))
    assert printed.left >= fit.box.left - 0.01 and printed.right <= fit.box.right + 0.01
    assert printed.top >= fit.box.top - 0.01 and printed.bottom <= fit.box.bottom + 0.01
    assert BUILT_IN["no10"].address_zone().contains(fit.box)


def test_a_long_line_shrinks_the_address_and_it_still_fits(tmp_path):
    long = ["To the Parent/Guardian of Maximiliana Hernández-Villaseñor", "4521 North Sunflower Avenue Apt 12",
            "Sacramento, CA 95823-1234"]
    fit = fit_address(long, BUILT_IN["no10"].address_zone())
    assert 7 <= fit.size < 10
    chars = address_characters(letter(tmp_path, address=long))
    assert len(chars) == non_space_count(long)
    assert NO10_ZONE.contains(box_of(chars))
    heights = {round(c[4] - c[2], 3) for c in chars if c[0] == "S"}
    normal = {round(c[4] - c[2], 3) for c in address_characters(letter(tmp_path)) if c[0] == "S"}
    assert max(heights) < min(normal)


def test_four_lines_fit_and_blank_lines_are_dropped(tmp_path):
    four = ["To the Parent/Guardian of Maria Lopez", "", "Building 7", "4521 Sunflower Avenue Apt 12",
            "Sacramento, CA 95823"]
    fit = fit_address(four, BUILT_IN["no10"].address_zone())
    assert len(fit.lines) == 4
    assert NO10_ZONE.contains(box_of(address_characters(letter(tmp_path, address=four))))


def test_a_line_too_long_even_at_7_pt_is_refused():
    with pytest.raises(AddressDoesNotFit) as raised:
        fit_address(["To the Parent/Guardian of " + "Hernández-Villaseñor " * 4, "Sacramento, CA 95823"],
                    BUILT_IN["no10"].address_zone())
    assert "too long for the window even at 7 pt" in raised.value.reason


def test_five_lines_are_refused():
    with pytest.raises(AddressDoesNotFit) as raised:
        fit_address(["Parent of Maria", "c/o Rosa", "Building 7", "4521 Sunflower Ave", "Sacramento, CA 95823"],
                    BUILT_IN["no10"].address_zone())
    assert raised.value.reason == "the address has 5 lines; the window shows 4"
    assert isinstance(raised.value, UserError)


def test_an_address_with_a_character_no_font_has_is_refused(writer):
    with pytest.raises(AddressDoesNotFit, match="U\\+0915"):
        writer.cover_letter(["क Lopez", "4521 Sunflower Avenue", "Sacramento, CA 95823"], "English", VALUES)
    assert writer.pages == 0


def test_a_name_no_font_has_is_refused_by_its_code(writer):
    with pytest.raises(UserError, match="U\\+0915"):
        writer.cover_letter(ADDRESS, "English", {**VALUES, "guardian_name": "क Lopez"})
    assert writer.pages == 0


# --- letters that do not fit, and many letters ---------------------------------------------------

def test_a_letter_too_long_for_the_page_is_an_error_not_cut_short(tmp_path):
    long = "Dear {guardian_name},\n\n" + "\n\n".join(["The report gives a score for each subject tested. " * 8] * 9)
    sheets = SheetWriter(BUILT_IN["no10"], Offset(), SCHOOL, {**TEMPLATES, "English": long})
    with pytest.raises(UserError) as raised:
        sheets.cover_letter(ADDRESS, "English", VALUES)
    assert "English" in str(raised.value) and "shorten" in str(raised.value)
    sheets.cover_letter(ADDRESS, "Spanish", VALUES)  # the writer carries on with the next family
    sheets.save(tmp_path / "after.pdf")
    assert page_count(tmp_path / "after.pdf") == 1


def test_one_pdf_holds_every_sheet_in_order(tmp_path, writer):
    for index, language in enumerate(LANGUAGES * 3):
        address = [f"To the Parent/Guardian of Student {index}", "4521 Sunflower Avenue", "Sacramento, CA 95823"]
        if index % 2:
            writer.address_sheet(address, language)
        else:
            writer.cover_letter(address, language, {**VALUES, "student_first_name": f"Student{index}"})
    path = tmp_path / "sheets.pdf"
    writer.save(path)
    assert writer.pages == 27 and page_count(path) == 27
    assert path.stat().st_mode & 0o777 == 0o600  # it holds families' addresses
    assert f"Student {26}" in page_text(path, 26) and "Student 5" in page_text(path, 5)


def test_fold_marks_are_in_the_margins_at_each_fold(tmp_path):
    path = letter(tmp_path)
    document = pdfium.PdfDocument(path)
    try:
        page = document[0]
        marks = []
        for item in page.get_objects():
            if item.type == pdfium.raw.FPDF_PAGEOBJ_PATH:
                left, bottom, right, top = item.get_bounds()
                marks.append((left / POINTS, (page.get_height() - top) / POINTS, right / POINTS))
    finally:
        document.close()
    for fold in BUILT_IN["no10"].folds:
        at_fold = [m for m in marks if abs(m[1] - fold) < 0.02]
        assert any(m[2] <= 0.6 for m in at_fold) and any(m[0] >= 7.9 for m in at_fold)


# --- the alignment sheet and the manifest --------------------------------------------------------

@pytest.mark.parametrize("profile", ["no10", "6x9"])
def test_the_alignment_sheet_shows_the_zone_and_says_what_to_do(tmp_path, profile):
    path = tmp_path / "align.pdf"
    calibration_sheet(BUILT_IN[profile], Offset(0.1, -0.05), path)
    assert page_count(path) == 1
    text = " ".join(page_text(path).split())
    assert "Actual size" in text and "100 %" in text and "offset" in text
    assert f"profile: {BUILT_IN[profile].label}, offset: right 0.1 in, down -0.05 in" in text
    zone = BUILT_IN[profile].address_zone()
    label = [c for c in characters(path) if c[0] in "ADRESZON" and zone.top < c[2] - (-0.05) < zone.bottom]
    assert label and min(c[1] for c in label) == pytest.approx(zone.left + 0.08 + 0.1, abs=0.03)
    numbers = re.findall(r"\b(\d+)\b", page_text(path).split("Printer alignment sheet")[0])
    assert {str(n) for n in range(1, 11)} <= set(numbers)  # the rulers are numbered every inch


def test_the_manifest_repeats_its_header_and_numbers_its_pages(tmp_path):
    columns = ["File", "Sequence", "SSID", "Student", "Grade", "Sheets", "Documents", "Why an address sheet"]
    rows = [["batch 1 - part 1.pdf", str(n), f"{1000000000 + n}", f"Hernández-Villaseñor, Maximiliana {n}", "05",
             "3", "SB ELA and Mathematics (English); SB ELA and Mathematics (Spanish); CAST Science", "no guardian "
             "address in the contacts file, so the report's own address is not usable " * 2] for n in range(1, 121)]
    path = tmp_path / "manifest.pdf"
    manifest_pdf(path, "Batch 1: 3 sheets per envelope", "120 envelopes, one-sided", columns, rows)
    count = page_count(path)
    assert count >= 2
    for index in range(count):
        text = page_text(path, index)
        assert "SSID" in text and "Sequence" in text and "Why an address sheet" in text
        assert f"Page {index + 1} of {count}" in text
        printed = box_of(characters(path, index))
        assert printed.left > 0.4 and printed.top > 0.4 and printed.right < 10.6 and printed.bottom < 8.25
    everything = "".join(page_text(path, i) for i in range(count))
    assert all(f"{1000000000 + n}" in everything for n in range(1, 121))
    assert "…" in everything  # the long reasons are cut, visibly
    document = pdfium.PdfDocument(path)
    try:
        assert document[0].get_width() > document[0].get_height()  # eight columns: landscape
    finally:
        document.close()


def test_a_narrow_manifest_is_portrait(tmp_path):
    path = tmp_path / "left out.pdf"
    manifest_pdf(path, "Left out", "2 students", ["SSID", "Student", "Why"],
                 [["1000000001", "Lopez, Maria", "not in the score data"], ["1000000002", "Tran, Anh", ""]])
    document = pdfium.PdfDocument(path)
    try:
        assert len(document) == 1 and document[0].get_width() < document[0].get_height()
    finally:
        document.close()
    assert "Page 1 of 1" in page_text(path) and "…" not in page_text(path)
