"""The xlsx reader gives back what the user sees in Excel, cell for cell, whoever wrote the
file; the writer makes files that Excel's readers (here openpyxl) open as intended."""

from __future__ import annotations

import re
import zipfile

import openpyxl
import pytest
import xlsxwriter

from ssrdesk.core.datafiles.xlsx import iter_rows, sheet_names, write_xlsx
from ssrdesk.core.errors import DataFileError

# What the user typed, row by row. Row 3 is left entirely empty. (The reader drops trailing
# empty cells, so no row here ends with one.)
HEADER = ["SSID", "LocalID", "LastName", "FirstName", "Score", "Ratio", "Note"]
ROWS = [
    HEADER,
    ["6161973069", "0034", "Nguyễn", "José", "2561", "2.5", "Tom & Jerry <\"quoted\"> 'single'"],
    [],
    ["6000000001", "", "O'Brien", "", "2480", "", "王小明"],  # empty cells mid-row
    ["6000000002", "0007", "Muñoz", "Zoë", "", "0.25", "end"],
]


def read(path, sheet=None) -> list[list[str]]:
    return list(iter_rows(path, sheet))


def typed(value: str):
    """The value as a writer that knows types is given it: whole numbers without a leading
    zero, and decimals, as numbers; everything else as text."""
    if re.fullmatch(r"[1-9][0-9]*", value):
        return int(value)
    if re.fullmatch(r"(0|[1-9][0-9]*)\.[0-9]+", value):
        return float(value)
    return value


def write_openpyxl(path, rows, title="Score Data"):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for r, values in enumerate(rows, start=1):
        for c, value in enumerate(values, start=1):
            if value != "":
                ws.cell(row=r, column=c, value=typed(value))
    wb.save(path)


def write_xlsxwriter(path, rows, constant_memory: bool):
    wb = xlsxwriter.Workbook(str(path), {"constant_memory": constant_memory, "strings_to_numbers": False})
    ws = wb.add_worksheet("Score Data")
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            if value == "":
                continue
            v = typed(value)
            if isinstance(v, str):
                ws.write_string(r, c, v)
            else:
                ws.write_number(r, c, v)
    wb.close()


# --- files from other writers -------------------------------------------------------------


def test_openpyxl_file_reads_back_cell_for_cell(tmp_path):
    path = tmp_path / "openpyxl.xlsx"
    write_openpyxl(path, ROWS)  # openpyxl 3.1 writes inline strings and t="n" numbers

    assert read(path) == ROWS


def test_openpyxl_numbers_booleans_and_whole_floats(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    # 1e20 is past the exact-integer range of a float, so it stays as stored.
    ws.append([6161973069, 6161973069.0, 2.5, -3, 1e15, 1e20, True, False, 0.1])
    path = tmp_path / "numbers.xlsx"
    wb.save(path)

    assert read(path) == [["6161973069", "6161973069", "2.5", "-3", "1000000000000000", "1e+20", "TRUE", "FALSE", "0.1"]]


@pytest.mark.parametrize("constant_memory", [False, True], ids=["shared-strings", "constant-memory"])
def test_xlsxwriter_file_reads_back_cell_for_cell(tmp_path, constant_memory):
    path = tmp_path / "xlsxwriter.xlsx"
    write_xlsxwriter(path, ROWS, constant_memory)
    # Shared strings by default, inline strings in constant-memory mode: both paths.
    assert ("xl/sharedStrings.xml" in zipfile.ZipFile(path).namelist()) is not constant_memory

    assert read(path) == ROWS


@pytest.mark.parametrize("constant_memory", [False, True], ids=["shared-strings", "inline-strings"])
def test_xlsxwriter_rich_text_formulas_and_booleans(tmp_path, constant_memory):
    path = tmp_path / "rich.xlsx"
    wb = xlsxwriter.Workbook(str(path), {"constant_memory": constant_memory})
    ws = wb.add_worksheet()
    bold = wb.add_format({"bold": True})
    ws.write_rich_string(0, 0, "Nguy", bold, "ễn", " & Co")
    ws.write_string(0, 1, "  padded  ")
    ws.write_boolean(0, 2, True)
    ws.write_formula(0, 3, "=1+1", None, 2)
    ws.write_formula(0, 4, '="a"&"b"', None, "ab")
    ws.write_string(0, 5, "line one\r\nline two")
    wb.close()

    assert read(path) == [["Nguyễn & Co", "  padded  ", "TRUE", "2", "ab", "line one\r\nline two"]]


# --- our own writer ----------------------------------------------------------------------


def test_write_xlsx_round_trip(tmp_path):
    path = tmp_path / "ours.xlsx"
    rows = ROWS + [["  leading and trailing  ", "tab\tinside", "line\nbreak"], ["", "", "", "D-only"]]
    write_xlsx(path, rows + [["trailing", "", ""], ["", ""]], "Score Data")

    assert read(path) == rows + [["trailing"], []]


def test_write_xlsx_types_as_toms_does(tmp_path):
    path = tmp_path / "types.xlsx"
    write_xlsx(path, [["0034", "6161973069", "2.5", "0", "-12", "1234567890123456789", "Nguyễn"]])

    ws = openpyxl.load_workbook(path).active
    assert [c.value for c in ws[1]] == ["0034", 6161973069, "2.5", 0, -12, "1234567890123456789", "Nguyễn"]
    assert read(path) == [["0034", "6161973069", "2.5", "0", "-12", "1234567890123456789", "Nguyễn"]]


def test_write_xlsx_drops_characters_xml_cannot_hold(tmp_path):
    path = tmp_path / "control.xlsx"
    write_xlsx(path, [["bell\x07here", "nul\x00here", "ok"]])

    openpyxl.load_workbook(path)  # still a valid workbook
    assert read(path) == [["bellhere", "nulhere", "ok"]]


def test_write_xlsx_merged_title_like_toms(tmp_path):
    path = tmp_path / "toms.xlsx"
    write_xlsx(path, ROWS, "Score Data", merged_title="CAASPP Student Score Data Extract")

    ws = openpyxl.load_workbook(path)["Score Data"]
    assert [str(r) for r in ws.merged_cells.ranges] == ["A1:G1"]
    assert ws["A1"].value == "CAASPP Student Score Data Extract"
    assert [c.value for c in ws[2]] == HEADER
    assert ws["A3"].value == 6161973069 and ws["B3"].value == "0034"

    assert read(path) == [["CAASPP Student Score Data Extract"]] + ROWS


def test_write_xlsx_leaves_no_file_when_rows_fail(tmp_path):
    def rows():
        yield ["a", "b"]
        raise RuntimeError("source broke")

    with pytest.raises(RuntimeError):
        write_xlsx(tmp_path / "half.xlsx", rows())
    assert list(tmp_path.iterdir()) == []


def test_write_xlsx_replaces_an_existing_file(tmp_path):
    path = tmp_path / "again.xlsx"
    write_xlsx(path, [["old"]])
    write_xlsx(path, [["new"]])
    assert read(path) == [["new"]]
    assert [p.name for p in tmp_path.iterdir()] == ["again.xlsx"]


def test_round_trip_20000_rows_by_50_columns(tmp_path):
    path = tmp_path / "big.xlsx"

    def row(i):
        # A mix of numbers, leading-zero codes, text, accents and gaps; rows differ.
        return [
            str(6_000_000_000 + i) if c == 0 else
            "" if (i + c) % 7 == 0 else
            f"{(i * c) % 10000:05d}" if c % 5 == 1 else
            f"Núñez & Sons {i}-{c}" if c % 5 == 2 else
            str(i * 31 + c)
            for c in range(50)
        ]

    write_xlsx(path, (row(i) for i in range(20_000)))

    count = 0
    for i, values in enumerate(iter_rows(path)):
        expected = row(i)
        while expected and not expected[-1]:
            expected.pop()
        assert values == expected, f"row {i + 1}"
        count += 1
    assert count == 20_000


def test_a_row_longer_than_a_read_chunk(tmp_path):
    path = tmp_path / "long.xlsx"
    long_text = "x" * 1_500_000  # more than the 1 MB the reader takes at a time
    write_xlsx(path, [["before"], [long_text, "after"], ["last"]])

    assert read(path) == [["before"], [long_text, "after"], ["last"]]


def test_many_shared_strings(tmp_path):
    # Enough unique strings that sharedStrings.xml (about 2 MB) is read in several chunks.
    path = tmp_path / "shared.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Score Data")
    for i in range(40_000):
        ws.write_string(i, 0, f"Student number {i:06d} – ñ")
        ws.write_number(i, 1, i)
    wb.close()
    with zipfile.ZipFile(path) as zf:
        assert zf.getinfo("xl/sharedStrings.xml").file_size > 1_500_000

    rows = read(path)
    assert len(rows) == 40_000
    assert rows[0] == ["Student number 000000 – ñ", "0"]
    assert rows[39_999] == ["Student number 039999 – ñ", "39999"]


# --- sheets ------------------------------------------------------------------------------


def test_score_data_sheet_is_chosen_even_when_not_first(tmp_path):
    path = tmp_path / "sheets.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "Summary"
    wb.active["A1"] = "summary"
    wb.create_sheet("Score Data")["A1"] = "scores"
    wb.create_sheet("Notes & Such")["A1"] = "notes"
    wb.save(path)

    assert sheet_names(path) == ["Summary", "Score Data", "Notes & Such"]
    assert read(path) == [["scores"]]
    assert read(path, "Notes & Such") == [["notes"]]
    assert read(path, "Summary") == [["summary"]]


def test_first_sheet_is_chosen_without_a_score_data_sheet(tmp_path):
    path = tmp_path / "plain.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "Results"
    wb.active["A1"] = "first"
    wb.create_sheet("Other")["A1"] = "second"
    wb.move_sheet("Other", offset=-1)  # workbook order, not creation order, decides
    wb.save(path)

    assert sheet_names(path) == ["Other", "Results"]
    assert read(path) == [["second"]]


def test_missing_sheet_names_the_sheets_there_are(tmp_path):
    path = tmp_path / "sheets.xlsx"
    write_xlsx(path, [["a"]], "Score Data")

    with pytest.raises(DataFileError) as err:
        iter_rows(path, "Scores")
    assert "Scores" in str(err.value) and "“Score Data”" in str(err.value)


# --- hand-made parts: what other writers may do --------------------------------------------

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/></Types>'
)
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"'
    ' Target="xl/workbook.xml"/></Relationships>'
)
MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def make_xlsx(path, sheet_data: str, shared: str | None = None, *, target="worksheets/sheet1.xml",
              prefix: str = "", sheet_name: str = "Score Data"):
    """A workbook whose one sheet holds ``sheet_data`` (the XML inside <sheetData>)."""
    x = f"{prefix}:" if prefix else ""
    ns = f'xmlns:{prefix}="{MAIN_NS}"' if prefix else f'xmlns="{MAIN_NS}"'
    workbook = (
        f'<?xml version="1.0" encoding="UTF-8"?><{x}workbook {ns} xmlns:r="{REL_NS}">'
        f'<{x}sheets><{x}sheet name="{sheet_name}" sheetId="1" r:id="rId7"/></{x}sheets></{x}workbook>'
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId7" Type="{REL_NS}/worksheet" Target="{target}"/>'
        f'<Relationship Id="rId8" Type="{REL_NS}/sharedStrings" Target="sharedStrings.xml"/>'
        "</Relationships>"
    )
    sheet = (
        f'<?xml version="1.0" encoding="UTF-8"?><{x}worksheet {ns}><{x}dimension ref="A1"/>'
        f"<{x}sheetData>{sheet_data}</{x}sheetData></{x}worksheet>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        zf.writestr("_rels/.rels", ROOT_RELS)
        zf.writestr("xl/workbook.xml", workbook)
        zf.writestr("xl/_rels/workbook.xml.rels", rels)
        zf.writestr("xl/worksheets/sheet1.xml", sheet)
        if shared is not None:
            zf.writestr("xl/sharedStrings.xml", f'<?xml version="1.0"?><sst xmlns="{MAIN_NS}">{shared}</sst>')
    return path


def test_rich_text_and_phonetic_shared_strings(tmp_path):
    shared = (
        "<si><t>plain</t></si>"
        '<si><r><rPr><b/></rPr><t>Nguy</t></r><r><t xml:space="preserve">ễn &amp; Co</t></r></si>'
        '<si><r><t>東京</t></r><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>'
        '<si><t xml:space="preserve">  spaced  </t></si>'
        "<si><t/></si>"
        "<si><t>carriage_x000D_return and _x005F_x000D_ kept</t></si>"
    )
    cells = "".join(f'<c r="{col}1" t="s"><v>{i}</v></c>' for i, col in enumerate("ABCDEF"))
    path = make_xlsx(tmp_path / "rich.xlsx", f'<row r="1">{cells}</row>', shared)

    assert read(path) == [["plain", "Nguyễn & Co", "東京", "  spaced  ", "", "carriage\rreturn and _x000D_ kept"]]


def test_cell_shapes_other_writers_use(tmp_path):
    data = (
        '<row r="2" spans="1:9">'
        '<c r="A2" t="inlineStr"><is><t>inline &#x4E2D;&#25991; &quot;q&quot; &apos;a&apos;</t></is></c>'
        '<c r="B2" t="inlineStr"><is><r><t>ri</t></r><r><rPr><i/></rPr><t>ch</t></r></is></c>'
        '<c r="C2" t="str"><f>CONCAT("a","b")</f><v>a&amp;b</v></c>'
        '<c r="D2" t="e"><v>#N/A</v></c>'
        '<c r="E2" t="b"><v>0</v></c>'
        '<c r="F2" s="3"><v>6.161973069E9</v></c>'
        '<c r="G2" t="n"><v>6161973069.0</v></c>'
        '<c r="H2" s="1"/>'  # styled but empty
        '<c r="I2"><v>2.5</v></c>'
        "</row>"
        '<row r="4"/>'  # self-closing, and row 3 is missing altogether
        '<row r="5"><c t="inlineStr"><is><t>no r</t></is></c><c><v>7</v></c>'
        "<c s=\"2\" r='E5' t=\"inlineStr\"><is><t>r not first</t></is></c></row>"
        "<row><c r=\"B6\"><v>42</v></c></row>"  # a row without r follows the previous one
    )
    path = make_xlsx(tmp_path / "shapes.xlsx", data)

    assert read(path) == [
        [],
        ["inline 中文 \"q\" 'a'", "rich", "a&b", "#N/A", "FALSE", "6161973069", "6161973069", "", "2.5"],
        [],
        [],
        ["no r", "7", "", "", "r not first"],
        ["", "42"],
    ]


def test_empty_rows_at_the_end_are_kept(tmp_path):
    path = make_xlsx(tmp_path / "tail.xlsx", '<row r="1"><c r="A1"><v>1</v></c></row><row r="3" ht="20"/>')
    assert read(path) == [["1"], [], []]


def test_namespace_prefix_and_absolute_target(tmp_path):
    data = '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>hello</x:t></x:is></x:c><x:c r="C1"><x:v>5</x:v></x:c></x:row>'
    path = make_xlsx(tmp_path / "prefixed.xlsx", data, prefix="x", target="/xl/worksheets/sheet1.xml")

    assert sheet_names(path) == ["Score Data"]
    assert read(path) == [["hello", "", "5"]]


# --- files that cannot be read -------------------------------------------------------------


def assert_helpful(err: pytest.ExceptionInfo, path, *words):
    message = str(err.value)
    assert path.name in message
    for word in words:
        assert word.lower() in message.lower()
    assert err.value.file == str(path)


def test_not_a_zip(tmp_path):
    path = tmp_path / "scores.xlsx"
    path.write_text("SSID,Name\n6161973069,Ana\n")

    with pytest.raises(DataFileError) as err:
        iter_rows(path)
    assert_helpful(err, path, "not an Excel", "TOMS")

    with pytest.raises(DataFileError):
        sheet_names(path)


def test_old_xls_or_password_protected(tmp_path):
    path = tmp_path / "locked.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))

    with pytest.raises(DataFileError) as err:
        iter_rows(path)
    assert_helpful(err, path, "password", ".xlsx")


def test_zip_without_a_workbook(tmp_path):
    path = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("photo.txt", "not a workbook")

    with pytest.raises(DataFileError) as err:
        iter_rows(path)
    assert_helpful(err, path, "not an Excel workbook")


def test_truncated_download(tmp_path):
    path = tmp_path / "partial.xlsx"
    write_xlsx(path, ([str(i), f"name {i}"] for i in range(5000)))
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])

    with pytest.raises(DataFileError) as err:
        read(path)
    assert_helpful(err, path, "partly downloaded", "Download it again")


def test_damaged_sheet_data_is_reported_while_reading(tmp_path):
    path = tmp_path / "damaged.xlsx"
    write_xlsx(path, ([str(i), f"name {i}"] for i in range(20_000)))
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("xl/worksheets/sheet1.xml")
    data = bytearray(path.read_bytes())
    middle = info.header_offset + 100 + info.compress_size // 2
    data[middle : middle + 64] = bytes(64)
    path.write_bytes(bytes(data))

    with pytest.raises(DataFileError) as err:
        read(path)
    assert_helpful(err, path, "damaged")


def test_missing_file(tmp_path):
    path = tmp_path / "nowhere.xlsx"
    with pytest.raises(DataFileError) as err:
        iter_rows(path)
    assert_helpful(err, path, "could not be found")


def test_shared_string_index_out_of_range(tmp_path):
    path = make_xlsx(tmp_path / "bad-index.xlsx",
                     '<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>5</v></c></row>',
                     "<si><t>only one</t></si>")

    rows = iter_rows(path)
    assert next(rows) == ["only one"]
    with pytest.raises(DataFileError) as err:
        next(rows)
    assert_helpful(err, path, "row 2", "damaged")


def test_rows_out_of_order(tmp_path):
    path = make_xlsx(tmp_path / "order.xlsx", '<row r="2"><c r="A2"><v>1</v></c></row><row r="1"/>')
    with pytest.raises(DataFileError) as err:
        read(path)
    assert_helpful(err, path, "out of order")


def test_sheet_listed_but_missing(tmp_path):
    path = make_xlsx(tmp_path / "lost.xlsx", "", target="worksheets/gone.xml")
    with pytest.raises(DataFileError) as err:
        iter_rows(path)
    assert_helpful(err, path, "missing")


def test_zip_bomb_is_refused(tmp_path):
    path = make_xlsx(tmp_path / "bomb.xlsx", "")
    # Rewrite the sheet as 50 MB of padding, which deflates more than 1000 to 1.
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp_path / "bomb2.xlsx", "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            if item.filename == "xl/worksheets/sheet1.xml":
                dst.writestr(item.filename, b"<worksheet>" + b" " * 50_000_000 + b"</worksheet>", compresslevel=9)
            else:
                dst.writestr(item, src.read(item))
    bomb = tmp_path / "bomb2.xlsx"
    info = zipfile.ZipFile(bomb).getinfo("xl/worksheets/sheet1.xml")
    assert info.file_size / info.compress_size > 1000

    with pytest.raises(DataFileError) as err:
        iter_rows(bomb)
    assert_helpful(err, bomb, "TOMS")
