"""Read the rows of a data file, whatever its format: xlsx, caret- or comma-delimited text, fixed width.

Rows come out as (row number in the file, list of cell strings), so every message can name the row a
coordinator would find when opening the file. Text is Windows-1252 in TOMS files and UTF-8 in most SIS
exports; each line is read as UTF-8 when it is valid UTF-8 and as Windows-1252 otherwise, so a file that
mixes the two still reads right, and the mix is reported.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import DataFileError
from . import xlsx

Rows = Iterator[tuple[int, list[str]]]

XLSX = "xlsx"
CARET = "caret-delimited text"
COMMA = "comma-delimited text"
TAB = "tab-delimited text"
FIXED = "fixed-width text"

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


def sniff(path: Path) -> str:
    """What a file is by its first bytes: 'zip', 'xlsx', 'pdf', 'text', 'empty' or 'binary'."""
    with open(path, "rb") as handle:
        head = handle.read(4096)
    if not head:
        return "empty"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return "xlsx" if _is_xlsx(path) else "zip"
    if head.startswith(b"%PDF"):
        return "pdf"
    if b"\x00" in head:
        return "binary"
    return "text"


def _is_xlsx(path: Path) -> bool:
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            return "xl/workbook.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError):
        return False


@dataclass
class Encoding:
    """Tracks which lines needed Windows-1252, to report files that mix encodings."""

    utf8_lines: list[int] = field(default_factory=list)
    cp1252_lines: list[int] = field(default_factory=list)
    replaced_lines: list[int] = field(default_factory=list)

    def decode(self, number: int, raw: bytes) -> str:
        if raw.isascii():
            return raw.decode("ascii")
        try:
            text = raw.decode("utf-8")
            self.utf8_lines.append(number)
            return text
        except UnicodeDecodeError:
            pass
        self.cp1252_lines.append(number)
        try:
            return raw.decode("cp1252")
        except UnicodeDecodeError:
            self.replaced_lines.append(number)
            return raw.decode("cp1252", errors="replace")

    def warnings(self) -> list[str]:
        found = []
        if self.utf8_lines and self.cp1252_lines:
            minority = min(self.utf8_lines, self.cp1252_lines, key=len)
            found.append(
                "The file mixes two text encodings (UTF-8 and Windows-1252), as happens when rows are "
                f"pasted in from another file; rows {row_list(minority)} were read in the other encoding. "
                "Check accented names in those rows."
            )
        if self.replaced_lines:
            found.append(
                f"Rows {row_list(self.replaced_lines)} contain bytes that are not text in any encoding "
                "ssrdesk knows; those characters were replaced with '�'."
            )
        return found


def row_list(numbers: list[int], most: int = 5) -> str:
    shown = ", ".join(str(n) for n in numbers[:most])
    return shown + (f" and {len(numbers) - most} more" if len(numbers) > most else "")


def text_lines(path: Path, encoding: Encoding) -> Iterator[str]:
    with open(path, "rb") as handle:
        for number, raw in enumerate(handle, 1):
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            yield encoding.decode(number, raw)


def delimiter_of(first_line: str) -> str:
    """TOMS writes '^'; a comma variant circulates; some SIS exports use tabs."""
    counts = {d: first_line.count(d) for d in ("^", ",", "\t")}
    return max(counts, key=counts.get)


def first_line(path: Path) -> str:
    encoding = Encoding()
    return next(text_lines(path, encoding), "").rstrip("\r\n")


def delimited_rows(path: Path, encoding: Encoding) -> tuple[str, Rows]:
    delimiter = delimiter_of(first_line(path))
    fmt = {"^": CARET, ",": COMMA, "\t": TAB}[delimiter]
    # TOMS caret files have no quoting: a '"' in a name is just a character.
    quoting = csv.QUOTE_NONE if delimiter == "^" else csv.QUOTE_MINIMAL

    def rows() -> Rows:
        reader = csv.reader(text_lines(path, encoding), delimiter=delimiter, quoting=quoting, strict=False)
        try:
            for cells in reader:
                yield reader.line_num, cells
        except csv.Error as error:
            raise DataFileError(f"Row {reader.line_num} cannot be read as delimited text ({error}).")

    return fmt, rows()


def fixed_width_rows(path: Path, spans: list[tuple[int, int]], encoding: Encoding) -> Rows:
    with open(path, "rb") as handle:
        for number, raw in enumerate(handle, 1):
            raw = raw.rstrip(b"\r\n")
            if not raw.strip():
                continue
            if raw.isascii():
                text = raw.decode("ascii")
                yield number, [text[s:e].strip() for s, e in spans]
            else:
                # Positions count bytes; a UTF-8 re-save makes some characters two bytes wide.
                yield number, [encoding.decode(number, raw[s:e]).strip() for s, e in spans]


def xlsx_rows(path: Path) -> Rows:
    for number, cells in enumerate(xlsx.iter_rows(path), 1):
        yield number, cells


def table_rows(path: Path, encoding: Encoding) -> tuple[str, Rows]:
    """Rows of an xlsx or delimited text file (contacts and score data alike)."""
    kind = sniff(path)
    if kind == "xlsx":
        return XLSX, xlsx_rows(path)
    if kind == "text":
        return delimited_rows(path, encoding)
    raise DataFileError(_not_a_table(kind))


def _not_a_table(kind: str) -> str:
    return {
        "empty": "The file is empty.",
        "pdf": "This is a PDF, not a data file.",
        "zip": "This is a zip archive, not a single data file.",
        "binary": "This is not a text or Excel file ssrdesk can read.",
    }.get(kind, "This file cannot be read as a table.")
