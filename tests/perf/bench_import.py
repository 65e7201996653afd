"""Import benchmark: a generated 2024-25 CAASPP file of 100,000 rows × 401 columns.

Targets (issue 2, on a 2-core machine): caret `_DLMTR.CSV` first import ≤ 30 s, xlsx ≤ 60 s, re-import of
the unchanged file in less than half the first import's time, peak memory < 600 MB. Each step runs in a
fresh process so its wall time and peak RSS are its own.
"""

from __future__ import annotations

import json
import random
import shutil
import tempfile
from pathlib import Path

from ssrdesk.core.datafiles.layouts import all_layouts, field_positions
from ssrdesk.core.datafiles.xlsx import write_xlsx

from .measure import in_child, table

LIMIT_MB = 600
IMPORT = """
import json, sys
from ssrdesk.core.workspace import Workspace
from ssrdesk.core.datafiles.importer import import_paths
from ssrdesk.core.tasks import run
with Workspace.open({workspace!r}) as ws:
    report = run(import_paths(ws, [{path!r}]))
print(json.dumps(report.files[0].to_json()["counts"]))
"""

# Values for the columns a generic row fills, by how TOMS files typically look.
FILLERS = ["Y", "N", "1", "2", "3", "0", "2025-04-15", "04"] + [""] * 9


def rows(count: int, seed: int = 25, refreshed: bool = False):
    """Realistic density (about 650 bytes a row) from templates varied per row.

    `refreshed` is the next day's cumulative file: 1% of scores changed and 1% more records.
    """
    layout = next(lay for lay in all_layouts() if lay.name == "CAASPP 2024-25")
    header = list(layout.columns)
    at = field_positions(header)
    rng = random.Random(seed)
    templates = []
    for _ in range(200):
        cells = [rng.choice(FILLERS) for _ in header]
        cells[at["school_name"]] = rng.choice(["Oak Grove Elementary", "Valley Middle", "Mission High School"])
        cells[at["district_name"]] = "Sample Unified"
        cells[at["district_code"]] = "19647330000000"
        cells[at["school_code"]] = "19647336012345"
        cells[at["first_name"]] = rng.choice(["Ana", "José", "Minh", "Grace", "Omar", "Sofía", "Liam"])
        cells[at["last_name"]] = rng.choice(["García", "Nguyen", "Kim", "Peña", "Smith", "Haddad", "Reyes"])
        cells[-1] = "ZZ"
        templates.append(cells)
    yield header
    for n in range(count + (count // 100 if refreshed else 0)):
        cells = list(templates[n % len(templates)])
        student, test = divmod(n, 4)
        cells[at["ssid"]] = str(1_000_000_000 + student * 7919 % 8_999_999_999).zfill(10)
        cells[at["record_type"]] = ("01", "02", "06", "09")[test]
        cells[at["uin"]] = str(500_000_000_000 + n)
        cells[at["grade"]] = cells[at["grade_assessed"]] = ("03", "04", "05", "06", "07", "08", "11")[student % 7]
        cells[at["scale_score"]] = str(2300 + (n * 37) % 500 + (1 if refreshed and n % 100 == 0 else 0))
        cells[at["achievement_level"]] = str(1 + n % 4)
        cells[at["birth_date"]] = f"201{student % 8}-0{1 + student % 9}-1{student % 10}"
        yield cells


def files(count: int, refreshed: bool = False) -> tuple[Path, Path]:
    folder = Path(tempfile.gettempdir()) / f"ssrdesk-bench-{count}{'-refreshed' if refreshed else ''}"
    csv, xlsx = folder / "caaspp_DLMTR.CSV", folder / "caaspp.xlsx"
    if not (csv.exists() and xlsx.exists()):
        folder.mkdir(exist_ok=True)
        print(f"Generating {count:,} rows in {folder} (once) …", flush=True)
        with open(csv, "w", encoding="cp1252", newline="\n") as out:
            for cells in rows(count, refreshed=refreshed):
                out.write("^".join(cells) + "\n")
        write_xlsx(xlsx, rows(count, refreshed=refreshed), "Score Data", merged_title="CAASPP Student Score Data File 2025")
    return csv, xlsx


def main(rows: int) -> None:
    paths = dict(zip(("csv", "xlsx"), files(rows)))
    next_day = dict(zip(("csv", "xlsx"), files(rows, refreshed=True)))
    results, ok = [], True
    scratch = Path(tempfile.mkdtemp(prefix="ssrdesk-bench-ws-"))
    step = lambda workspace, path: in_child(IMPORT.format(workspace=str(workspace), path=str(path)))  # noqa: E731
    try:
        for label, fmt, limit in (("_DLMTR.CSV (caret)", "csv", 30), ("xlsx", "xlsx", 60)):
            workspace = scratch / fmt
            first, again, refreshed = step(workspace, paths[fmt]), step(workspace, paths[fmt]), step(workspace, next_day[fmt])
            counts = [json.loads(m.output) for m in (first, again, refreshed)]
            correct = (counts[0]["new"] == rows and counts[1]["unchanged"] == rows
                       and counts[2] == {"new": rows // 100, "changed": rows // 100, "unchanged": rows - rows // 100, "rejected": 0})
            peak = max(m.peak_mb for m in (first, again, refreshed))
            passed = (first.seconds <= limit * rows / 100_000 and again.seconds < first.seconds / 2
                      and peak < LIMIT_MB and correct)
            ok &= passed
            results.append([label, f"{paths[fmt].stat().st_size / 1e6:.0f} MB", f"{first.seconds:.1f} s", f"≤ {limit} s",
                            f"{again.seconds:.1f} s ({again.seconds / first.seconds:.0%})",
                            f"{refreshed.seconds:.1f} s ({refreshed.seconds / first.seconds:.0%})",
                            f"{peak:.0f} MB", "yes" if correct else "NO", "PASS" if passed else "FAIL"])
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print(table(
        f"Import of a 2024-25 CAASPP file, {rows:,} rows × 401 columns (each step a fresh process; target peak < {LIMIT_MB} MB)",
        ["format", "size", "first import", "target", "same file again", "next day's file (+1%, 1% changed)",
         "peak RSS", "counts right", ""],
        results,
    ))
    if not ok:
        raise SystemExit(1)
