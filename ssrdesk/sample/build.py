"""Rebuild the self-test's sample files: `python -m ssrdesk.sample.build` (writes them beside this file).

Four invented students (ssrdesk/core/demo: nobody real) picked from a seeded demo district so that the
families' correspondence languages are Arabic, Chinese (Mandarin or Cantonese), Spanish and English,
each in a CAASPP-tested grade, with a mailing address and a Smarter Balanced report:

  scores.zip     the CAASPP Student Score Data File as TOMS delivers it (xlsx, ^-CSV, .dat)
  contacts.csv   the SIS contacts export (Aeries style) with each guardian's language
  reports.pdf    the merged Student Score Reports, English copies, two pages each

The same seed always gives the same students; the files are committed so the frozen app needs no
generator at run time. Keep them small: they ship in every installer.
"""

from __future__ import annotations

import random
import shutil
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

from ..core.demo.contacts import contacts_rows, write_contacts_csv
from ..core.demo.district import SCHOOL_YEAR, layout_for
from ..core.demo.people import CAASPP_GRADES, District, build_district
from ..core.demo.scorefiles import CAASPP, fixed_width_rows, layout_rows, records, write_toms_zip
from ..core.demo.ssr_pdfs import DEFAULT_STYLE, reports_for, write_ssr_pdf

HERE = Path(__file__).resolve().parent
SEED = 2025
POOL = 600  # students drawn, to find one family of each language below
# The guardian's correspondence language each sample family must have (Chinese: either spoken form).
WANTED = (("Arabic",), ("Mandarin", "Cantonese"), ("Spanish",), ("English",))
REPORT_PAGES = 2  # the front page (address in the window) and one score page: enough to find and print


def sample_district(seed: int = SEED) -> District:
    rng = random.Random(seed)
    pool = build_district(rng, POOL, SCHOOL_YEAR)
    chosen = []
    for languages in WANTED:
        found = next(s for s in pool.students
                     if s.grade in CAASPP_GRADES and s.address is not None and not s.alternate_assessments
                     and s.guardians and s.guardians[0].language in languages and s not in chosen)
        chosen.append(found)
    schools = tuple(dict.fromkeys(s.school for s in chosen))
    return replace(pool, schools=schools, students=tuple(chosen))


def build(folder: Path = HERE, seed: int = SEED) -> list[Path]:
    folder = Path(folder)
    district = sample_district(seed)
    rng = random.Random(seed)
    layout = layout_for(CAASPP, SCHOOL_YEAR)
    found = records(district, CAASPP, layout, rng)
    header, rows = layout_rows(layout, found)
    with tempfile.TemporaryDirectory() as scratch:
        zipped = Path(scratch) / "scores.zip"
        write_toms_zip(zipped, district.code, CAASPP, layout, header, rows,
                       fixed_width_rows(layout, found) if layout.fixed_width else None)
        shutil.copyfile(zipped, folder / "scores.zip")
    write_contacts_csv(folder / "contacts.csv", *contacts_rows(district, "aeries"))
    reports = [replace(r, pages=REPORT_PAGES) for r in reports_for(district, {CAASPP: found}, rng)
               if r.language == "English"]
    missing = {s.ssid for s in district.students} - {r.ssid for r in reports}
    if missing:
        raise SystemExit(f"{len(missing)} sample student(s) got no report; try another seed")
    write_ssr_pdf(folder / "reports.pdf", reports, style=DEFAULT_STYLE)
    return [folder / "scores.zip", folder / "contacts.csv", folder / "reports.pdf"]


if __name__ == "__main__":
    for path in build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE):
        print(f"{path}  {path.stat().st_size:,} bytes")
