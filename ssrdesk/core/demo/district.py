"""A ready-made demo: one invented district's 2024-25 TOMS downloads and its SIS contacts export."""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from ..datafiles.layouts import Layout, all_layouts
from ..datafiles.report import ImportReport
from ..tasks import Job, Progress
from .contacts import contacts_rows, write_contacts_csv
from .people import District, build_district
from .ssr_pdfs import reports_for, write_grade_batches
from .scorefiles import CAASPP, ELPAC, fixed_width_rows, layout_rows, records, write_toms_zip

SCHOOL_YEAR = "2024-25"


@dataclass(frozen=True)
class DemoFiles:
    score_zips: list[Path]
    contacts: Path
    district: District
    report_pdfs: list[Path]


def build_demo(folder: Path, students: int = 600, seed: int = 2025) -> DemoFiles:
    """Write the CAASPP and ELPAC TOMS zips, an Aeries-style contacts CSV and the SSR PDFs into `folder`.

    The same seed gives the same district and the same file contents. Both zips are named after the
    district's CDS code, as TOMS names them; the second is saved as a browser saves a second download
    of the same name.
    """
    folder = Path(folder)
    rng = random.Random(seed)
    district = build_district(rng, students, SCHOOL_YEAR)
    zips, by_program = [], {}
    for program, name in ((CAASPP, f"{district.code}.zip"), (ELPAC, f"{district.code} (1).zip")):
        layout = layout_for(program, SCHOOL_YEAR)
        found = by_program[program] = records(district, program, layout, rng)
        header, rows = layout_rows(layout, found)
        fixed = fixed_width_rows(layout, found) if layout.fixed_width else None
        write_toms_zip(folder / name, district.code, program, layout, header, rows, fixed)
        zips.append(folder / name)
    contacts = folder / "Aeries_Contacts_Export.csv"
    write_contacts_csv(contacts, *contacts_rows(district, "aeries"))
    # The Student Score Reports, merged by grade as TOMS offers them for download.
    pdfs = write_grade_batches(folder / "Student Score Reports", reports_for(district, by_program, rng), style=rng)
    return DemoFiles(zips, contacts, district, pdfs)


def layout_for(program: str, school_year: str) -> Layout:
    for layout in all_layouts():
        if layout.program == program and layout.school_year == school_year:
            return layout
    raise ValueError(f"no {program} layout for {school_year}")


def fill_workspace(workspace, students: int = 600) -> Job[ImportReport]:
    """Build the demo's files inside `workspace` and import them as a coordinator would: score data,
    then contacts, then the reports. One report for all three."""
    from ..contacts import choose_mapping, import_contacts
    from ..datafiles.importer import import_paths
    from ..files import private_folder

    yield Progress(0, 0, "Making up a district, its students and their reports")
    files = build_demo(private_folder(workspace.folder / "demo-files"), students=students)
    report = yield from import_paths(workspace, files.score_zips)
    mapping = choose_mapping(workspace, files.contacts, None, [])
    report.files += (yield from import_contacts(workspace, files.contacts, mapping)).files
    report.files += (yield from import_paths(workspace, files.report_pdfs)).files
    return report
