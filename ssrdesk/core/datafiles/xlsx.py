"""Read and write .xlsx workbooks quickly, with the standard library only.

TOMS score files can hold 100,000 rows of 400 columns. openpyxl needs minutes and a lot of
memory for that, so the reader streams the sheet XML in chunks and picks rows and cells out
with compiled regular expressions; no DOM is built. It reads values only: no styles, no
formulas (their cached result is used) and no date formatting (a date typed into Excel
comes back as its serial number; TOMS writes dates as text).

The writer is the mirror image: it streams rows into a minimal one-sheet workbook with
inline strings, which is enough for demo and benchmark files that look like a TOMS download.
"""

from __future__ import annotations

import os
import posixpath
import queue
import re
import secrets
import threading
import time
import zipfile
import zlib
from collections.abc import Iterable, Iterator, Sequence

from ssrdesk.core.errors import DataFileError

__all__ = ["PREFERRED_SHEET", "iter_rows", "sheet_names", "write_xlsx"]

PREFERRED_SHEET = "Score Data"  # the sheet TOMS puts the scores on

_CHUNK = 1 << 20  # bytes per read or write: big enough to amortise, small enough for memory
_MAX_PART_SIZE = 4 << 30  # refuse a sheet that claims to unpack to more than 4 GB...
_MAX_RATIO = 1000  # ... or that packs tighter than any real sheet does (a zip bomb)
_MAX_ROWS = 1_048_576  # Excel's limits
_MAX_COLUMNS = 16_384  # A..XFD
_MAX_NUMBER_DIGITS = 15  # Excel keeps 15 significant digits; longer digit strings stay text

_RESAVE_HINT = "Try opening it in Excel and saving it again as an Excel Workbook (.xlsx)."


def _column_letters(index: int) -> str:
    """0 -> "A", 27 -> "AB"."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


_COLUMN_LETTERS = tuple(_column_letters(i) for i in range(_MAX_COLUMNS))


# ---------------------------------------------------------------------------------------
# Reader
# ---------------------------------------------------------------------------------------


def sheet_names(path: str | os.PathLike) -> list[str]:
    """The names of the workbook's sheets, in the order Excel shows their tabs."""
    with _open_zip(path) as zf:
        return [name for name, _ in _Workbook(zf, path).sheets]


def iter_rows(path: str | os.PathLike, sheet: str | None = None) -> Iterator[list[str]]:
    """Yield each row of a sheet as a list of strings; the Nth item is row N of the sheet.

    ``sheet=None`` picks the "Score Data" sheet if there is one, else the first sheet.
    Missing cells are "" and rows missing from the file are ``[]``, so positions and row
    numbers match what the user sees in Excel. Trailing empty cells are dropped.

    The workbook, sheet and shared strings are read before this returns, so a file that
    cannot be opened raises DataFileError here rather than at the first ``next()``.
    """
    zf = _open_zip(path)
    try:
        workbook = _Workbook(zf, path)
        part = workbook.sheet_part(sheet)
        _check_size(zf.getinfo(part), path)
        shared = workbook.shared_strings()
    except BaseException:
        zf.close()
        raise
    return _iter_sheet_rows(zf, part, shared, path)


# --- errors -----------------------------------------------------------------------------


def _error(path, message: str) -> DataFileError:
    path = os.fspath(path)
    return DataFileError(f"“{os.path.basename(path)}”: {message}", file=path)


def _damaged(path) -> DataFileError:
    return _error(path, "the workbook is damaged and cannot be read. " + _RESAVE_HINT)


# What reading a damaged part can raise (NotImplementedError: an exotic compression method).
_READ_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, OSError, UnicodeDecodeError, NotImplementedError)

# Old .xls files and password-protected .xlsx files are both OLE compound documents.
_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _open_zip(path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
    except FileNotFoundError:
        raise _error(path, "the file could not be found. Check that it has not been moved or renamed.") from None
    except IsADirectoryError:
        raise _error(path, "this is a folder, not a file. Choose the .xlsx file itself.") from None
    except (zipfile.BadZipFile, EOFError, ValueError):
        if _starts_with(path, _OLE_SIGNATURE):
            raise _error(
                path,
                "this is an older Excel (.xls) file or a password-protected workbook. Open it "
                "in Excel, remove any password, and save it as an Excel Workbook (.xlsx).",
            ) from None
        raise _error(
            path,
            "this is not an Excel .xlsx workbook, or it is damaged or only partly downloaded. "
            "Download it again from TOMS, or open it in Excel and save it as an Excel Workbook (.xlsx).",
        ) from None
    except OSError as exc:
        raise _error(
            path,
            f"the file could not be opened ({exc.strerror or exc}). "
            "Check that it is not open in another program, then try again.",
        ) from None


def _starts_with(path, signature: bytes) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(len(signature)) == signature
    except OSError:
        return False


def _check_size(info: zipfile.ZipInfo, path) -> None:
    if info.file_size > _MAX_PART_SIZE or (
        info.compress_size and info.file_size / info.compress_size > _MAX_RATIO
    ):
        raise _error(
            path,
            "it unpacks to far more data than any real score file, so it was not opened. "
            "Check that this is the file downloaded from TOMS.",
        )


# --- package structure ------------------------------------------------------------------

_ATTRIBUTE = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")


def _attrs(tag: str) -> dict[str, str]:
    """The attributes in (part of) a start tag, keyed by local name: r:id becomes "id"."""
    out = {}
    for key, double_quoted, single_quoted in _ATTRIBUTE.findall(tag):
        prefix, _, local = key.rpartition(":")
        # A bare id and r:id can both appear on a sheet; the relationship id is the one we want.
        if prefix or local not in out:
            out[local] = _unescape(double_quoted or single_quoted)
    return out


def _tags(xml: str, name: str) -> list[dict[str, str]]:
    """The attributes of every <name ...> element (any namespace prefix) in a small part."""
    return [_attrs(tag) for tag in re.findall(rf"<(?:\w+:)?{name}\b[^>]*>", xml)]


class _Workbook:
    """The parts of the package that say where things are."""

    def __init__(self, zf: zipfile.ZipFile, path):
        self.zf = zf
        self.path = path
        # The package's own relationships name the workbook part; it is almost always here.
        root_rels = self._read("_rels/.rels") or ""
        main = next(
            (r["Target"] for r in _tags(root_rels, "Relationship")
             if r.get("Type", "").endswith("/officeDocument") and r.get("Target")),
            "xl/workbook.xml",
        )
        self.part = self._find(posixpath.normpath(main.lstrip("/")))
        xml = self._read(self.part) if self.part else None
        if xml is None:
            raise _error(path, "this zip file is not an Excel workbook (it has no workbook part). "
                         "Choose the .xlsx file downloaded from TOMS.")
        self.sheets = [(s["name"], s["id"]) for s in _tags(xml, "sheet") if "name" in s and "id" in s]
        if not self.sheets:
            raise _error(path, "the workbook has no sheets. " + _RESAVE_HINT)
        folder, name = posixpath.split(self.part)
        self.relationships = _tags(self._read(posixpath.join(folder, "_rels", name + ".rels")) or "", "Relationship")

    def sheet_part(self, sheet: str | None) -> str:
        """The zip member holding a sheet's XML."""
        names = [name for name, _ in self.sheets]
        if sheet is None:
            sheet = PREFERRED_SHEET if PREFERRED_SHEET in names else names[0]
        elif sheet not in names:
            listed = ", ".join(f"“{n}”" for n in names)
            raise _error(self.path, f"there is no sheet named “{sheet}”. The workbook has: {listed}.")
        rel_id = self.sheets[names.index(sheet)][1]
        target = next((r.get("Target") for r in self.relationships if r.get("Id") == rel_id), None)
        part = self._target(target) if target else None
        if part is None:
            raise _error(self.path, f"the data of sheet “{sheet}” is missing from the file. " + _RESAVE_HINT)
        return part

    def shared_strings(self) -> list[str]:
        target = next(
            (r.get("Target") for r in self.relationships if r.get("Type", "").endswith("/sharedStrings")),
            None,
        )
        part = (self._target(target) if target else None) or self._find("xl/sharedStrings.xml")
        return _read_shared_strings(self.zf, part, self.path) if part else []

    def _target(self, target: str) -> str | None:
        """A relationship target as a zip member name. Targets are relative to the
        workbook's folder unless they start with "/" (relative to the package root)."""
        if target.startswith("/"):
            name = target.lstrip("/")
        else:
            name = posixpath.join(posixpath.dirname(self.part), target)
        return self._find(posixpath.normpath(name))

    def _find(self, name: str) -> str | None:
        """The stored name of a part: zip names are case-sensitive, Office's are not."""
        if name in self.zf.NameToInfo:
            return name
        lowered = name.lower()
        return next((n for n in self.zf.NameToInfo if n.lower() == lowered), None)

    def _read(self, name: str) -> str | None:
        """A small XML part as text, or None if there is no such part."""
        found = self._find(name)
        if found is None:
            return None
        info = self.zf.getinfo(found)
        _check_size(info, self.path)
        try:
            return self.zf.read(info).decode("utf-8-sig")
        except _READ_ERRORS:
            raise _damaged(self.path) from None


# --- streaming --------------------------------------------------------------------------


def _namespace_prefix(zf: zipfile.ZipFile, part: str, root: str, path) -> str:
    """The prefix ("" or e.g. "x:") the part gives SpreadsheetML elements. Almost every
    writer uses the default namespace, but the .NET Open XML SDK can write <x:row>."""
    try:
        with zf.open(part) as stream:
            head = stream.read(1 << 16)
    except _READ_ERRORS:
        raise _damaged(path) from None
    m = re.search(rb"<(\w+:)?" + root.encode() + rb"\b", head)
    return m.group(1).decode() if m and m.group(1) else ""


def _iter_chunks(zf: zipfile.ZipFile, part: str, end_tag: str, path) -> Iterator[str]:
    """The part's text in pieces that each end just after an ``end_tag`` (the last piece
    holds whatever follows the final one). Cutting on a closing tag means no element and no
    UTF-8 character is ever split between pieces, and memory stays near one chunk."""
    _check_size(zf.getinfo(part), path)
    end = end_tag.encode()
    try:
        with zf.open(part) as stream:
            head = stream.read(3)
            tail = b"" if head == b"\xef\xbb\xbf" else head  # drop a UTF-8 byte order mark
            while block := stream.read(_CHUNK):
                buf = tail + block
                cut = buf.rfind(end)
                if cut < 0:
                    tail = buf  # one element longer than a chunk: keep reading
                    continue
                cut += len(end)
                tail = buf[cut:]
                yield buf[:cut].decode("utf-8")
        if tail:
            yield tail.decode("utf-8")
    except _READ_ERRORS:
        raise _damaged(path) from None


# --- values -----------------------------------------------------------------------------

_ENTITY = re.compile(r"&(?:#[xX]([0-9a-fA-F]+)|#([0-9]+)|(amp|lt|gt|quot|apos));")
_NAMED_ENTITIES = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
_OOXML_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def _entity(m: re.Match) -> str:
    hex_code, dec_code, name = m.groups()
    if name:
        return _NAMED_ENTITIES[name]
    code = int(hex_code, 16) if hex_code else int(dec_code)
    return chr(code) if code <= 0x10FFFF else m.group(0)


def _unescape(text: str) -> str:
    """XML character and entity references. Not html.unescape: that turns &#150; and
    friends into Windows-1252 characters, which is right for HTML but wrong for XML."""
    return _ENTITY.sub(_entity, text) if "&" in text else text


def _string(raw: str) -> str:
    """A text value: XML references decoded, then Excel's _xHHHH_ escapes (used for control
    characters such as a carriage return, and _x005F_ for a literal underscore)."""
    if "&" in raw:
        raw = _ENTITY.sub(_entity, raw)
    if "_x" in raw:
        raw = _OOXML_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), raw)
    return raw


def _number(raw: str) -> str:
    """A number's text. Writers store whole numbers as 6161973069.0 or 6.161973069E9 but
    the user typed 6161973069, so integral values lose the float dressing. Others stay as
    stored."""
    if raw.isdigit() or not raw:
        return raw
    try:
        value = float(raw)
    except ValueError:
        return raw
    if value.is_integer() and abs(value) < 2**53:  # beyond that a float is not an exact integer
        return str(int(value))
    return raw


# --- shared strings ---------------------------------------------------------------------


def _read_shared_strings(zf: zipfile.ZipFile, part: str, path) -> list[str]:
    prefix = _namespace_prefix(zf, part, "sst", path)
    p = re.escape(prefix)
    item = re.compile(rf"<{p}si\b[^>]*?(?:/>|>(.*?)</{p}si>)", re.S)
    run_text = re.compile(rf"<{p}t(?:\s[^>]*)?>([^<]*)</{p}t>")
    phonetic = re.compile(rf"<{p}rPh\b.*?</{p}rPh>", re.S)

    strings: list[str] = []
    for text in _iter_chunks(zf, part, f"</{prefix}si>", path):
        for body in item.findall(text):
            plain = run_text.fullmatch(body)
            if plain:
                strings.append(_string(plain.group(1)))
            else:
                # Rich text: the runs' texts joined. Phonetic guides (<rPh>, furigana) are
                # not part of the value.
                strings.append(_string("".join(run_text.findall(phonetic.sub("", body)))))
    return strings


# --- sheet rows -------------------------------------------------------------------------


class _ColumnIndex(dict):
    """Column letters -> 0-based index ("A" -> 0, "AB" -> 27), computed on first use."""

    def __missing__(self, letters: str) -> int:
        index = 0
        for ch in letters.upper():
            index = index * 26 + ord(ch) - 64
        self[letters] = index - 1
        return index - 1


_COLUMNS = _ColumnIndex()


def _cell_pattern(p: str) -> re.Pattern:
    """One match per cell: (column letters, other attributes, <v> text, inline text, body).

    Every writer we know puts r first, so that shape gets its own group; the plain bodies
    <v>..</v> and <is><t>..</t></is> likewise. Anything else (r elsewhere or missing,
    formulas, rich inline text) is left whole in the attributes or body group for
    _UnusualCells. The attributes of a cell (r, s, t, cm, vm, ph) never hold "/" or ">".
    """
    return re.compile(
        rf"<{p}c\b"
        r'(?: r="([A-Z]{1,3})\d+")?'
        r"([^>/]*)"
        rf"(?:/>"
        rf"|><{p}v>([^<]*)</{p}v></{p}c>"
        rf"|><{p}is><{p}t>([^<]*)</{p}t></{p}is></{p}c>"
        rf"|>(.*?)</{p}c>)",
        re.S,
    )


_CELL_TYPES: dict[str, str] = {}


def _cell_type(attributes: str) -> str:
    """The t attribute among a cell's attributes. The same few strings (' t="s"',
    ' s="3" t="n"', ...) recur millions of times, so answers are cached."""
    typ = _CELL_TYPES.get(attributes)
    if typ is None:
        typ = _attrs(attributes).get("t", "")
        if len(_CELL_TYPES) < 10_000:
            _CELL_TYPES[attributes] = typ
    return typ


def _value(typ: str, number: str, text: str, shared: list[str]) -> str:
    """A cell's value from its type, its <v> text and its inline text."""
    if text or typ == "inlineStr":
        return _string(text)
    if not typ or typ == "n":
        return _number(number)
    if typ == "s":
        return _shared_string(shared, number)
    if typ == "str":  # a formula's text result
        return _string(number)
    if typ == "b":
        return "TRUE" if number in ("1", "true") else ("FALSE" if number else "")
    return _unescape(number)  # "e" (errors such as #N/A), "d" (ISO dates): as stored


def _shared_string(shared: list[str], number: str) -> str:
    i = int(number)  # a bad index raises ValueError or IndexError for the caller to report
    if i < 0:
        raise IndexError(i)
    return shared[i]


class _UnusualCells:
    """Reads the cells the fast pattern leaves partly whole."""

    def __init__(self, p: str):
        self.value = re.compile(rf"<{p}v(?:\s[^>]*)?>([^<]*)</{p}v>")
        self.text = re.compile(rf"<{p}t(?:\s[^>]*)?>([^<]*)</{p}t>")
        self.phonetic = re.compile(rf"<{p}rPh\b.*?</{p}rPh>", re.S)

    def read(self, cell: tuple[str, str, str, str, str], previous: int, shared: list[str]) -> tuple[int, str]:
        """(column index, value) of a cell without a leading r, or with a body such as
        <f>A1*2</f><v>6</v> or rich inline text."""
        col, attributes, number, text, body = cell
        attrs = _attrs(attributes)
        typ = attrs.get("t", "")
        if not col:
            letters = attrs.get("r", "").rstrip("0123456789")
            if letters.isascii() and letters.isalpha() and len(letters) <= 3:
                col = letters  # with no usable reference the cell follows the previous one
        if body:
            if typ == "inlineStr":
                text = "".join(self.text.findall(self.phonetic.sub("", body)))
            else:
                m = self.value.search(body)  # a formula's cached result is the value
                number = m.group(1) if m else ""
        return (_COLUMNS[col] if col else previous + 1), _value(typ, number, text, shared)


_ROW_NUMBER = re.compile(r"""\sr\s*=\s*["'](\d+)["']""")


def _iter_sheet_rows(zf: zipfile.ZipFile, part: str, shared: list[str], path) -> Iterator[list[str]]:
    try:
        prefix = _namespace_prefix(zf, part, "worksheet", path)
        p = re.escape(prefix)
        cell_pattern = _cell_pattern(p)
        row_tag = re.compile(rf"<{p}row\b([^>]*?)(/?)>")
        row_open, row_close = f"<{prefix}row", f"</{prefix}row>"
        unusual = _UnusualCells(p)
        row_number = 0  # of the last row yielded

        for text in _iter_chunks(zf, part, row_close, path):
            # Splitting on </row> is done in C; each piece ends with one row's start tag and
            # cells, possibly after some self-closing (empty) rows.
            for piece in text.split(row_close):
                start = piece.find(row_open)
                if start < 0:
                    continue  # the text before the first row or after the last
                for tag in row_tag.finditer(piece, start):
                    attrs, self_closing = tag.groups()
                    m = _ROW_NUMBER.search(attrs)
                    number = int(m.group(1)) if m else row_number + 1
                    if number <= row_number:
                        raise _error(path, f"the rows of the sheet are out of order near row {number}, "
                                     "so the file looks damaged. " + _RESAVE_HINT)
                    if number > _MAX_ROWS:
                        raise _error(path, f"the sheet has a row {number}, more than Excel allows, "
                                     "so the file looks damaged. " + _RESAVE_HINT)
                    while row_number + 1 < number:  # rows the file leaves out are empty
                        row_number += 1
                        yield []
                    row_number = number
                    if self_closing:
                        yield []
                        continue
                    # An open row's cells run to the end of the piece.
                    cells = cell_pattern.findall(piece, tag.end())
                    escaped = "&" in piece or "_x" in piece  # most rows need no decoding at all
                    try:
                        values = _row_values(cells, shared, unusual, escaped)
                    except (ValueError, IndexError):
                        raise _error(path, f"row {number} refers to text that is missing from the "
                                     "workbook, so the file looks damaged. " + _RESAVE_HINT) from None
                    yield values
                    break
    finally:
        zf.close()


def _row_values(cells: list[tuple], shared: list[str], unusual: _UnusualCells, escaped: bool) -> list[str]:
    """The row's values, each at its column's index. This loop runs for every cell of the
    sheet, so the three common shapes (inline string, plain number, shared string) are
    handled in place and the rest goes through _UnusualCells and _value."""
    if not cells:
        return []
    columns = _COLUMNS
    last = cells[-1][0]
    # Start from a row of empties as wide as the last cell's column, so gaps cost nothing.
    row = [""] * (columns[last] + 1 if last else len(cells))
    index = -1
    for cell in cells:
        col, attributes, number, text, body = cell
        if col and not body:
            index = columns[col]
            if text:
                value = _string(text) if escaped else text
            elif not attributes:
                value = number if number.isdigit() or not number else _number(number)
            else:
                typ = _cell_type(attributes)
                if typ == "s":
                    value = _shared_string(shared, number)
                else:
                    value = _value(typ, number, text, shared)
        else:
            index, value = unusual.read(cell, index, shared)

        if index < len(row):
            row[index] = value
        else:  # only in odd files, where the last cell is not the rightmost
            row.extend([""] * (index - len(row)))
            row.append(value)
    while row and not row[-1]:
        row.pop()
    return row


# ---------------------------------------------------------------------------------------
# Writer
# ---------------------------------------------------------------------------------------

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/styles.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    "</Types>"
)
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="xl/workbook.xml"/>'
    "</Relationships>"
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="{name}" sheetId="1" r:id="rId1"/></sheets>'
    "</workbook>"
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
    'Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" '
    'Target="styles.xml"/>'
    "</Relationships>"
)
# Some readers insist on a style sheet; this is the smallest valid one.
_STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)
_SHEET_START = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    "<sheetData>"
)

# Characters XML 1.0 forbids. NUL is checked apart: it separates values in a joined row.
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_ILLEGAL_XML_NOT_NUL = re.compile("[\x01-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_XML_SPACE = " \t\r\n"  # a value starting or ending with one needs xml:space="preserve"
# Whole numbers as TOMS writes them: no leading zero (so "0034" stays text), and short
# enough that Excel keeps every digit.
_IS_INTEGER = re.compile(rf"-?[1-9][0-9]{{0,{_MAX_NUMBER_DIGITS - 1}}}|0").fullmatch
_BAD_SHEET_NAME = re.compile(r"[\[\]:*?/\\]")


def _escape(text: str) -> str:
    text = _ILLEGAL_XML.sub("", text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _row_xml(number: int, values: Sequence) -> str:
    """One <row> element. Runs for every row, so escaping is done on the whole row at once."""
    if len(values) > _MAX_COLUMNS and any(values[_MAX_COLUMNS:]):
        raise ValueError(f"row {number} has more than {_MAX_COLUMNS} columns")
    try:
        joined = "\x00".join(values)
    except TypeError:  # not all str: None is empty, anything else is written as its text
        values = ["" if v is None else str(v) for v in values]
        joined = "\x00".join(values)
    if joined.count("\x00") != len(values) - 1 or _ILLEGAL_XML_NOT_NUL.search(joined):
        values = [_ILLEGAL_XML.sub("", v) for v in values]
        joined = "\x00".join(values)
    if "&" in joined or "<" in joined or ">" in joined:
        values = joined.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").split("\x00")

    suffix = str(number)
    cells = [
        f'<c r="{col}{suffix}"><v>{v}</v></c>'
        if _IS_INTEGER(v)
        else f'<c r="{col}{suffix}" t="inlineStr"><is><t>{v}</t></is></c>'
        if v.strip(_XML_SPACE) == v
        else f'<c r="{col}{suffix}" t="inlineStr"><is><t xml:space="preserve">{v}</t></is></c>'
        for col, v in zip(_COLUMN_LETTERS, values)
        if v
    ]
    return f'<row r="{number}">{"".join(cells)}</row>'


def write_xlsx(
    path: str | os.PathLike,
    rows: Iterable[Sequence[str]],
    sheet_name: str = "Sheet1",
    *,
    merged_title: str | None = None,
) -> None:
    """Write rows of strings to a one-sheet .xlsx, streaming (rows are not kept in memory).

    Whole numbers without a leading zero are stored as numbers, everything else as text, and
    empty strings as no cell. With ``merged_title`` the sheet starts like a TOMS file: the
    title in A1 merged across the width of the first given row, which becomes row 2.
    The file appears under ``path`` only once it is complete.
    """
    if not sheet_name or len(sheet_name) > 31 or _BAD_SHEET_NAME.search(sheet_name):
        raise ValueError(f"invalid sheet name {sheet_name!r}")
    path = os.path.abspath(os.fspath(path))
    folder, name = os.path.split(path)
    # A hidden name in the same folder, so the final rename cannot cross file systems.
    tmp = os.path.join(folder, f".~{name}.{secrets.token_hex(4)}.tmp")
    try:
        with zipfile.ZipFile(tmp, "x", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("[Content_Types].xml", _CONTENT_TYPES)
            zf.writestr("_rels/.rels", _ROOT_RELS)
            zf.writestr("xl/workbook.xml", _WORKBOOK.format(name=_escape(sheet_name).replace('"', "&quot;")))
            zf.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
            zf.writestr("xl/styles.xml", _STYLES)
            info = zipfile.ZipInfo("xl/worksheets/sheet1.xml", date_time=time.localtime()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            with zf.open(info, "w", force_zip64=True) as sheet:
                _write_in_background(sheet, _sheet_xml(rows, merged_title))
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _sheet_xml(rows: Iterable[Sequence[str]], merged_title: str | None) -> Iterator[bytes]:
    """The sheet XML in blocks."""
    yield _SHEET_START.encode()
    rows = iter(rows)
    number = 1
    merge_ref = None
    if merged_title is not None:
        first = next(rows, None)
        yield _row_xml(1, [merged_title]).encode()
        number = 2
        if first is not None:
            yield _row_xml(2, first).encode()
            number = 3
            width = min(len(first), _MAX_COLUMNS)
            if width > 1:  # merging a single cell would be pointless
                merge_ref = f"A1:{_COLUMN_LETTERS[width - 1]}1"
    # About 1 MB per block: big blocks keep the compressing thread busy between hand-overs.
    batch: list[str] = []
    size = 0
    for values in rows:
        if number > _MAX_ROWS:
            raise ValueError(f"more than {_MAX_ROWS} rows do not fit in a sheet")
        xml = _row_xml(number, values)
        number += 1
        batch.append(xml)
        size += len(xml)
        if size >= _CHUNK:
            yield "".join(batch).encode()
            batch.clear()
            size = 0
    if batch:
        yield "".join(batch).encode()
    tail = "</sheetData>"
    if merge_ref:
        tail += f'<mergeCells count="1"><mergeCell ref="{merge_ref}"/></mergeCells>'
    yield (tail + "</worksheet>").encode()


def _write_in_background(out, blocks: Iterable[bytes]) -> None:
    """Write blocks to out from a helper thread. zlib lets go of the GIL while it
    compresses, so compressing one block overlaps building the next (measured: a fifth
    less time on two cores)."""
    pending: queue.Queue = queue.Queue(maxsize=4)
    failures: list[BaseException] = []

    def drain() -> None:
        try:
            while (block := pending.get()) is not None:
                out.write(block)
        except BaseException as exc:
            failures.append(exc)
            while pending.get() is not None:  # keep the producer from blocking
                pass

    worker = threading.Thread(target=drain, name="xlsx-writer", daemon=True)
    worker.start()
    try:
        for block in blocks:
            if failures:
                break
            pending.put(block)
    finally:
        pending.put(None)
        worker.join()
    if failures:
        raise failures[0]
