"""Assemble a plan into print files: one PDF per batch file, manifests and a summary, then mark as printed.

Report pages are copied from the library's stored originals (pdfium), never re-rendered. Everything is
written into a hidden folder inside the output folder and moved into place only when all of it is
written, so a cancelled or failed run leaves nothing that looks like a finished batch; the reports are
marked "printed" only after that.
"""

from __future__ import annotations

import csv
import ctypes
import io
import os
import secrets
import shutil
from contextlib import ExitStack, closing
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from .. import distribution
from ..errors import UserError
from ..files import private_folder
from ..ssr.library import open_stored
from ..tasks import Job, Progress
from ..workspace import Workspace
from ..words import counted
from .envelopes import Offset, printer_offset
from .letters import format_date, load_school, templates
from .plan import Batch, Envelope, Plan
from .sheets import SheetWriter, manifest_pdf

POINTS = 72.0
LETTER = (8.5 * POINTS, 11 * POINTS)
MANIFEST_COLUMNS = ["File", "Sequence", "SSID", "Student", "Grade", "Sheets", "First page", "Last page", "Documents",
                    "Address sheet", "Why an address sheet"]


@dataclass
class OutputFile:
    path: Path
    batch: str
    sheets_per_envelope: int
    envelopes: int
    pages: int

    def to_json(self) -> dict:
        return {"file": str(self.path), "batch": self.batch, "sheets_per_envelope": self.sheets_per_envelope,
                "envelopes": self.envelopes, "pages": self.pages}


@dataclass
class PrintResult:
    folder: Path
    run: int
    files: list[OutputFile]
    manifests: list[Path] = field(default_factory=list)  # the CSV, the PDF per batch, the summary


@dataclass
class _Placed:
    """Where an envelope's pages ended up."""

    envelope: Envelope
    file: str
    sequence: int
    first_page: int
    last_page: int


def assemble(workspace: Workspace, plan: Plan, folder: Path) -> Job[PrintResult]:
    if not plan.envelopes:
        raise UserError("No envelope to print: every chosen student was left out (see the reasons listed).")
    if earlier_print_files(folder):
        raise UserError(f"{folder} already holds the print files of an earlier run; ssrdesk does not write over "
                        "them. Choose an empty folder, or move those files away first.")
    staging = _staging(folder)
    try:
        writer, offset = _sheet_writer(workspace, plan)
        sheet_pages = yield from _write_sheets(plan, writer, staging / "sheets.pdf")
        files, placed = yield from _write_batches(workspace, plan, staging, sheet_pages, offset)
        manifests = _write_manifests(plan, staging, placed)
        names = [f.path.name for f in files] + [m.name for m in manifests]
        moved: list[Path] = []
        try:  # all the files and the print run's record, or none of them
            for name in names:
                os.replace(staging / name, folder / name)
                moved.append(folder / name)
            run = _record(workspace, plan, folder, placed)
        except BaseException:
            for path in moved:
                path.unlink(missing_ok=True)
            raise
    except OSError as error:
        raise UserError(f"Could not write the print files to {folder}: {error.strerror or error}. Free some space "
                        "or choose another folder; nothing was marked as printed.") from error
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    for item in files:
        item.path = folder / item.path.name
    return PrintResult(folder, run, files, [folder / m.name for m in manifests])


def _record(workspace: Workspace, plan: Plan, folder: Path, placed: list[_Placed]) -> int:
    with closing(workspace.connect()) as connection:
        return distribution.record_print_run(
            connection, str(folder), asdict(plan.options),
            [(p.envelope.ssid, _batch_of(plan, p.envelope).name, p.envelope.report_ids,
              f"{p.file}, pages {p.first_page}–{p.last_page}") for p in placed],
            plan.sheet_total)


def earlier_print_files(folder: Path) -> list[str]:
    """Files in `folder` that a print run writes: their names would clash."""
    if not folder.is_dir():
        return []
    return sorted(p.name for p in folder.iterdir() if p.name in ("manifest.csv", "summary.txt", "left out.csv")
                  or (p.name.startswith("batch ") and p.suffix == ".pdf"))


def _staging(folder: Path) -> Path:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        return private_folder(folder / f".ssrdesk-unfinished-{secrets.token_hex(4)}")
    except OSError as error:
        raise UserError(f"Could not create the output folder {folder}: {error.strerror or error}. "
                        "Choose a folder you can write to.") from error


def _sheet_writer(workspace: Workspace, plan: Plan) -> tuple[SheetWriter, Offset]:
    with closing(workspace.connect()) as connection:
        offset = printer_offset(connection, plan.options.printer, plan.profile.name)
        return SheetWriter(plan.profile, offset, load_school(connection), templates(connection)), offset


def _write_sheets(plan: Plan, writer: SheetWriter, path: Path) -> Job[dict[str, int]]:
    """Cover letters and address sheets, all in one PDF; returns each envelope's page index in it."""
    pages: dict[str, int] = {}
    needing = [e for e in plan.envelopes if e.address_sheet_reason]
    today = date.today()
    for count, item in enumerate(needing):
        if count % 50 == 0:
            yield Progress(count, len(needing), f"Writing address sheets and letters: {count:,} of {len(needing):,}")
        _add_sheet(plan, writer, item, today)
        pages[item.ssid] = count
    if needing:
        writer.save(path)
    return pages


def _add_sheet(plan: Plan, writer: SheetWriter, item: Envelope, today: date) -> None:
    if plan.options.cover_letter:
        writer.cover_letter(item.address, item.language, _merge_values(item, writer, today))
    else:
        writer.address_sheet(item.address, item.language)


def _merge_values(item: Envelope, writer: SheetWriter, today: date) -> dict[str, str]:
    return {
        "guardian_name": item.addressee, "student_name": f"{item.first_name} {item.last_name}".strip(),
        "student_first_name": item.first_name, "grade": _grade_words(item.grade),
        "school": item.school or writer.school.name,
        "date": format_date(today, item.language), "contact_name": writer.school.contact_name,
        "contact_phone": writer.school.contact_phone,
    }


def _grade_words(grade: str) -> str:
    grade = grade.strip().upper()
    return "K" if grade in ("KN", "K", "00") else grade.lstrip("0") or grade


_SHEETS, _BLANK = "sheets", None


class _Copier:
    """Writes envelopes into an output PDF: sheets from the rendered sheets file, report pages from the
    library's originals, a blank back after an odd document in duplex.

    pdfium copies a page's fonts and images afresh on every import call, so importing envelope by
    envelope made files ten times their source's size. Each source's pages for a file are imported in
    one call instead (shared resources copied once), then put in envelope order in one move."""

    def __init__(self, workspace: Workspace, plan: Plan, envelopes: list[Envelope], sheets: Path | None,
                 offset: Offset):
        self.workspace, self.duplex, self.offset = workspace, plan.options.duplex, offset
        self.ranges = _report_ranges(workspace, envelopes)
        self.stack = ExitStack()
        self.sources: dict[str, pdfium.PdfDocument] = {}
        if sheets:
            self.sources[_SHEETS] = self.stack.enter_context(closing(pdfium.PdfDocument(str(sheets))))

    def __enter__(self) -> _Copier:
        return self

    def __exit__(self, *exc) -> None:
        self.stack.close()

    def write(self, envelopes: list[tuple[Envelope, int | None]], path: Path) -> list[tuple[int, int]]:
        """Envelopes (each with its page in the sheets file) into one PDF; returns each one's page range."""
        slots: list[tuple[str, int] | None] = []  # (source, page index) or a blank page, in print order
        ranges = []
        for item, sheet_page in envelopes:
            first = len(slots) + 1
            for document in item.documents:
                if document.report_id is None:
                    slots.append((_SHEETS, sheet_page))
                else:
                    stored_as, first_page = self.ranges[document.report_id]
                    slots += [(stored_as, first_page - 1 + i) for i in range(document.pages)]
                if self.duplex and document.pages % 2:
                    slots.append(_BLANK)  # the next document starts on a front side
            ranges.append((first, len(slots)))
        with closing(pdfium.PdfDocument.new()) as out:
            order = self._import(out, slots)
            moved = (ctypes.c_int * len(order))(*order)
            if not pdfium_c.FPDF_MovePages(out.raw, moved, len(order), 0):
                raise UserError("Could not put the pages in envelope order; please report this.")
            _shift(out, [i for i, slot in enumerate(slots) if slot and slot[0] != _SHEETS], self.offset)
            out.save(str(path))
        os.chmod(path, 0o600)
        return ranges

    def _import(self, out: pdfium.PdfDocument, slots: list) -> list[int]:
        """Imports every slot's page, one call per source; returns where each slot's page landed."""
        wanted: dict[str, list[int]] = {}
        for slot in slots:
            if slot is not _BLANK:
                wanted.setdefault(slot[0], []).append(slot[1])
        start = {}
        for source, pages in wanted.items():
            start[source] = len(out)
            out.import_pages(self._source(source), pages)
        taken = dict.fromkeys(wanted, 0)
        order = []
        for slot in slots:
            if slot is _BLANK:
                order.append(len(out))
                out.new_page(*LETTER).close()
            else:
                order.append(start[slot[0]] + taken[slot[0]])
                taken[slot[0]] += 1
        return order

    def _source(self, stored_as: str) -> pdfium.PdfDocument:
        if stored_as not in self.sources:
            self.sources[stored_as] = self.stack.enter_context(closing(open_stored(self.workspace.folder / stored_as)))
        return self.sources[stored_as]


def _write_batches(workspace: Workspace, plan: Plan, staging: Path, sheet_pages: dict[str, int],
                   offset: Offset) -> Job[tuple[list[OutputFile], list[_Placed]]]:
    files, placed = [], []
    done, total = 0, len(plan.envelopes)
    sheets = staging / "sheets.pdf" if sheet_pages else None
    with _Copier(workspace, plan, plan.envelopes, sheets, offset) as copier:
        for number, batch in enumerate(plan.batches, 1):
            for part, envelopes in enumerate(batch.files, 1):
                name = _file_name(number, batch, part)
                ranges = copier.write([(e, sheet_pages.get(e.ssid)) for e in envelopes], staging / name)
                for sequence, (item, (first, last)) in enumerate(zip(envelopes, ranges), 1):
                    placed.append(_Placed(item, name, sequence, first, last))
                files.append(OutputFile(staging / name, batch.name, batch.sheets, len(envelopes), ranges[-1][1]))
                done += len(envelopes)
                yield Progress(done, total, f"Assembling envelopes: {done:,} of {total:,}")
    return files, placed


def preview(workspace: Workspace, plan: Plan, item: Envelope, path: Path) -> Path:
    """One envelope's pages as they will print, for looking at before anything is written for real."""
    writer, offset = _sheet_writer(workspace, plan)
    sheets = path.with_suffix(".sheets.pdf")
    try:
        if item.address_sheet_reason:
            _add_sheet(plan, writer, item, date.today())
            writer.save(sheets)
        with _Copier(workspace, plan, [item], sheets if item.address_sheet_reason else None, offset) as copier:
            copier.write([(item, 0)], path)
    finally:
        sheets.unlink(missing_ok=True)
    return path


def _report_ranges(workspace: Workspace, envelopes: list[Envelope]) -> dict[int, tuple[str, int]]:
    ids = sorted({i for e in envelopes for i in e.report_ids})
    found = {}
    with closing(workspace.connect()) as connection:
        for start in range(0, len(ids), 900):
            chunk = ids[start:start + 900]
            for row in connection.execute(
                    "SELECT ssr.id, ssr.first_page, f.stored_as FROM ssr JOIN ssr_file f ON f.id = ssr.ssr_file_id"
                    f" WHERE ssr.id IN ({', '.join('?' * len(chunk))})", chunk):
                found[row["id"]] = (row["stored_as"], row["first_page"])
    return found


def _shift(document: pdfium.PdfDocument, pages: list[int], offset: Offset) -> None:
    """Move a copied page's content right/down on paper by moving its page box the other way."""
    if offset == Offset():
        return
    dx, dy = offset.right * POINTS, offset.down * POINTS
    for index in pages:
        page = document[index]
        try:
            left, bottom, right, top = page.get_cropbox()
            page.set_mediabox(left - dx, bottom + dy, right - dx, top + dy)
            page.set_cropbox(left - dx, bottom + dy, right - dx, top + dy)
        finally:
            page.close()


def _file_name(number: int, batch: Batch, part: int) -> str:
    base = f"batch {number} - {counted(batch.sheets, 'sheet')} per envelope"
    return f"{base} - part {part} of {len(batch.files)}.pdf" if len(batch.files) > 1 else f"{base}.pdf"


def _batch_of(plan: Plan, item: Envelope) -> Batch:
    return next(b for b in plan.batches if b.sheets == item.sheets)


# ---- manifests ----

def _manifest_row(p: _Placed) -> list[str]:
    e = p.envelope
    documents = "; ".join(d.label for d in e.documents)
    return [p.file, str(p.sequence), e.ssid, e.student, e.grade, str(e.sheets), str(p.first_page), str(p.last_page),
            documents, "yes" if e.address_sheet_reason else "no", e.address_sheet_reason]


def _write_manifests(plan: Plan, staging: Path, placed: list[_Placed]) -> list[Path]:
    written = [_write_csv(staging / "manifest.csv", MANIFEST_COLUMNS, [_manifest_row(p) for p in placed])]
    if plan.left_out:
        written.append(_write_csv(staging / "left out.csv", ["SSID", "Student", "Why"],
                                  [[x.ssid, x.student, x.reason] for x in plan.left_out]))
    for number, batch in enumerate(plan.batches, 1):
        rows = [_manifest_row(p) for p in placed if p.envelope.sheets == batch.sheets]
        path = staging / f"batch {number} - manifest.pdf"
        subtitle = (f"{counted(len(batch.envelopes), 'envelope')} of {counted(batch.sheets, 'sheet')}, "
                    f"{'two-sided' if plan.options.duplex else 'one-sided'}, {plan.profile.label}")
        manifest_pdf(path, f"Batch {number}: {batch.sheets} sheets per envelope", subtitle, MANIFEST_COLUMNS, rows)
        written.append(path)
    summary = staging / "summary.txt"
    summary.write_text(summary_text(plan), encoding="utf-8")
    written.append(summary)
    for path in written:
        os.chmod(path, 0o600)
    return written


def _write_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8-sig")  # Excel reads the accents with the BOM
    return path


def summary_text(plan: Plan) -> str:
    """What a coordinator reads before printing: batches, sheets, and who was left out and why."""
    o = plan.options
    lines = [
        f"Print plan: {counted(len(plan.envelopes), 'envelope')}, {counted(plan.sheet_total, 'sheet')} "
        f"({'two-sided' if o.duplex else 'one-sided'}, {plan.profile.label}).", "",
    ]
    for number, batch in enumerate(plan.batches, 1):
        lines.append(f"Batch {number}: {counted(len(batch.envelopes), 'envelope')} × {counted(batch.sheets, 'sheet')} = "
                     f"{counted(len(batch.envelopes) * batch.sheets, 'sheet')}"
                     f"{f' in {len(batch.files)} files' if len(batch.files) > 1 else ''}.")
    sheets_added = sum(1 for e in plan.envelopes if e.address_sheet_reason)
    if sheets_added:
        lines += ["", f"{counted(sheets_added, 'envelope')} start with {'a cover letter' if o.cover_letter else 'an address sheet'}."]
    for warning in plan.warnings:
        lines += ["", warning]
    if plan.left_out:
        lines += ["", f"Left out ({counted(len(plan.left_out), 'student')}, listed in 'left out.csv'):"]
        reasons: dict[str, int] = {}
        for item in plan.left_out:
            reasons[item.reason] = reasons.get(item.reason, 0) + 1
        lines += [f"  {count:,} × {reason}" for reason, count in sorted(reasons.items(), key=lambda x: -x[1])]
    return "\n".join(lines) + "\n"

