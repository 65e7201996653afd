"""SSR import benchmark: merged grade PDFs for 2,000 students (~10,000+ pages, 2-, 4- and 6-page reports
with translated copies), imported, split into reports and matched.

Target (issue 3, 2-core machine): at most 15 s, peak memory under 500 MB, and every report attributed
correctly — the errors column counts reports whose student, language, type, pages or position differ
from what the generator wrote, and must be 0.
"""

from __future__ import annotations

import csv
import pickle
import random
import shutil
import tempfile
from pathlib import Path

from ssrdesk.core.contacts import import_contacts, suggest_mapping
from ssrdesk.core.datafiles.importer import import_paths
from ssrdesk.core.demo.district import layout_for
from ssrdesk.core.demo.people import build_district
from ssrdesk.core.demo.scorefiles import layout_rows, records, write_caret_csv
from ssrdesk.core.demo.ssr_pdfs import reports_for, write_grade_batches
from ssrdesk.core.ssr import library
from ssrdesk.core.tasks import run
from ssrdesk.core.workspace import Workspace

from .measure import in_child, table

STUDENTS = 2000
LIMIT_SECONDS, LIMIT_MB = 15, 500
IMPORT = """
from pathlib import Path
from ssrdesk.core.workspace import Workspace
from ssrdesk.core.datafiles.importer import import_paths
from ssrdesk.core.tasks import run
with Workspace.open({workspace!r}) as ws:
    report = run(import_paths(ws, [Path({folder!r})]))
print(sum(f.new for f in report.files), sum(f.status != "imported" for f in report.files))
"""


def fixture(students: int) -> tuple[Path, list]:
    """Score data and merged SSR PDFs for an invented district, generated once into /tmp."""
    folder = Path(tempfile.gettempdir()) / f"ssrdesk-bench-ssr-{students}"
    expected_file = folder / "expected.pickle"
    if not expected_file.exists():
        print(f"Generating {students:,} students' reports in {folder} (once) …", flush=True)
        shutil.rmtree(folder, ignore_errors=True)
        rng = random.Random(2025)
        district = build_district(rng, students, "2024-25")
        by_program = {}
        for program in ("CAASPP", "ELPAC"):
            layout = layout_for(program, "2024-25")
            by_program[program] = records(district, program, layout, rng)
            write_caret_csv(folder / "scores" / f"{program}_DLMTR.CSV", *layout_rows(layout, by_program[program]))
        reports = reports_for(district, by_program, rng)
        write_grade_batches(folder / "pdfs", reports, style=rng)
        expected_file.write_bytes(pickle.dumps([(r.grade, r.ssid, r.language, r.kind, r.page_count) for r in reports]))
    return folder, pickle.loads(expected_file.read_bytes())


def library_with_contacts(folder: Path, scratch: Path, write_contacts) -> Path:
    """A workspace in `scratch` holding the fixture's score data and reports, and the contacts that
    `write_contacts(workspace, csv_path)` writes: the untimed start of the print and e-mail benchmarks."""
    with Workspace.open(scratch / "ws") as ws:
        run(import_paths(ws, [folder / "scores", folder / "pdfs"]))
        write_contacts(ws, scratch / "contacts.csv")
        header = next(csv.reader(open(scratch / "contacts.csv", encoding="utf-8")))
        run(import_contacts(ws, scratch / "contacts.csv", suggest_mapping(header)))
    return scratch / "ws"


def errors(workspace: Path, expected: list) -> tuple[int, int]:
    """How many reports differ from what the generator wrote, and how many pages there are."""
    with Workspace.open(workspace) as ws:
        connection = ws.connect()
        found = library.reports(connection)
        connection.close()
    by_file: dict[str, list] = {}
    for r in sorted(found, key=lambda r: (r["source"]["file"], r["source"]["first_page"])):
        by_file.setdefault(r["source"]["file"], []).append(r)
    wanted: dict[str, list] = {}
    for grade, *rest in expected:
        wanted.setdefault(grade, []).append(rest)
    wrong = abs(len(found) - len(expected))
    for name, got in by_file.items():
        grade = name.rsplit("Grade", 1)[-1].removesuffix(".pdf")
        page = 1
        for r, (ssid, language, kind, pages) in zip(got, wanted.get(grade, [])):
            wrong += (r["ssid"], r["language"], r["type"], r["pages"], r["source"]["first_page"]) != (
                ssid, language, kind, pages, page)
            page += pages
    return wrong, sum(p for *_, p in expected)


def main(students: int = STUDENTS) -> None:
    folder, expected = fixture(students)
    scratch = Path(tempfile.mkdtemp(prefix="ssrdesk-bench-ssr-ws-"))
    try:
        with Workspace.open(scratch / "ws") as ws:  # score data first: not timed
            run(import_paths(ws, [folder / "scores"]))
        step = in_child(IMPORT.format(workspace=str(scratch / "ws"), folder=str(folder / "pdfs")))
        new, failed_files = map(int, step.output.split())
        wrong, pages = errors(scratch / "ws", expected)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    limit = LIMIT_SECONDS * students / STUDENTS
    passed = step.seconds <= limit and step.peak_mb < LIMIT_MB and wrong == 0 and failed_files == 0
    size = sum(p.stat().st_size for p in (folder / "pdfs").glob("*.pdf")) / 1e6
    print(table(
        f"SSR import: {students:,} students, merged by grade (a fresh process; targets ≤ {limit:.0f} s, < {LIMIT_MB} MB, 0 errors)",
        ["students", "reports", "pages", "PDF size", "import + split + match", "peak RSS", "errors", ""],
        [[f"{students:,}", f"{new:,}", f"{pages:,}", f"{size:.1f} MB", f"{step.seconds:.1f} s",
          f"{step.peak_mb:.0f} MB", str(wrong), "PASS" if passed else "FAIL"]],
    ))
    if not passed:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
