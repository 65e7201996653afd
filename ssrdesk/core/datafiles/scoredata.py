"""Recognise a TOMS Student Score Data File by its content and open its rows.

Program, layout version and format come from what is inside the file, never from its name: the header
row of an xlsx (below the merged title row) or delimited file must equal a known layout's header, and a
fixed-width file must have a known layout's record length.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import DataFileError
from . import readers
from .layouts import Layout, closest_layout, layout_for_header, layout_for_record_length, normalise

HEADER_SEARCH_ROWS = 10


@dataclass
class ScoreTable:
    layout: Layout
    format: str
    header: list[str]
    rows: readers.Rows
    encoding: readers.Encoding
    line_count: int  # 0 when not known up front (xlsx)


def open_score_table(path: Path) -> ScoreTable:
    kind = readers.sniff(path)
    encoding = readers.Encoding()
    if kind == "xlsx":
        rows = readers.xlsx_rows(path)
        seen = []
        for number, cells in rows:
            layout = layout_for_header(cells)
            if layout:
                return ScoreTable(layout, readers.XLSX, _fit(cells, layout), rows, encoding, 0)
            seen.append(cells)
            if number >= HEADER_SEARCH_ROWS:
                break
        raise DataFileError(_diagnose(max(seen, key=lambda c: sum(bool(x) for x in c), default=[])))
    if kind != "text":
        raise DataFileError(not_score_data(kind))
    first = readers.first_line(path)
    cells = first.split(readers.delimiter_of(first))
    lines = _count_lines(path)
    layout = layout_for_header(cells)
    if layout:
        fmt, rows = readers.delimited_rows(path, encoding)
        _, header = next(rows)
        return ScoreTable(layout, fmt, _fit(header, layout), rows, encoding, lines)
    layout = layout_for_record_length(len(_first_raw_line(path)))
    if layout:
        spans = [(f.start, f.start + f.length) for f in layout.fixed_width]
        header = [f.name for f in layout.fixed_width]
        return ScoreTable(layout, readers.FIXED, header, readers.fixed_width_rows(path, spans, encoding), encoding, lines)
    raise DataFileError(_diagnose(cells))


def _fit(cells: list[str], layout: Layout) -> list[str]:
    return list(cells[: len(layout.columns)])


def _first_raw_line(path: Path) -> bytes:
    with open(path, "rb") as handle:
        return handle.readline().rstrip(b"\r\n")


def _count_lines(path: Path) -> int:
    count = 0
    with open(path, "rb") as handle:
        while chunk := handle.read(4 * 1024 * 1024):
            count += chunk.count(b"\n")
    return count


def _diagnose(cells: list[str]) -> str:
    names = {normalise(c) for c in cells}
    if {"studentidentifier", "assessmentname"} <= names:
        return (
            "This is a CERS export, which ssrdesk does not import. Download the Student Score Data File "
            "from TOMS (Reports → Student Score Data Extracts) and import that."
        )
    near = closest_layout(cells)
    if near and ({"ssid", "statewidestudentidentifierssid"} & names):
        layout, differing = near
        return (
            f"This looks like a {layout.program} Student Score Data File, but its header ({len(cells)} "
            f"columns) matches no layout ssrdesk knows; the closest is {layout.name} ({len(layout.columns)} "
            f"columns, {differing} names differ). If it is a new school year's file, update ssrdesk; if "
            "columns were added or removed in Excel, import the original file from the TOMS download."
        )
    return (
        "This is not a TOMS Student Score Data File: none of its first rows is a score data header "
        "(RecordType, SSID, StudentLastName …). If it is a contacts export from your student information "
        "system, use Import contacts instead."
    )


def not_score_data(kind: str) -> str:
    return {
        "empty": "The file is empty. Download it again from TOMS.",
        "pdf": "This is a PDF. Student Score Report PDFs are handled in the Reports section, not here.",
        "binary": "This is not a score data file (it is not text, Excel or zip).",
        "zip": "This zip holds no workbook.",
    }.get(kind, "This is not a score data file.")
