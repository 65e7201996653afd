"""E-mail benchmark: protect the reports of 2,000 students (AES-256, each re-opened to prove its password)
and build their 4,000 messages (report, then password), as a dry run: nothing is sent.

Target (issue 5, 2-core machine): at most 60 s. The check column confirms every student got a pair of
messages and every file was built.
"""

from __future__ import annotations

import csv
import json
import shutil
import tempfile
from contextlib import closing
from pathlib import Path

from ssrdesk.core.workspace import Workspace

from .bench_reports import fixture, library_with_contacts
from .measure import in_child, table

STUDENTS = 2000
LIMIT_SECONDS = 60
DRY_RUN = """
import json, time
from contextlib import closing
from ssrdesk.core.workspace import Workspace
from ssrdesk.core.choice import students_in_grades
from ssrdesk.core.delivery import outbox, recipients
from ssrdesk.core.delivery.messages import Sender
from ssrdesk.core.tasks import run
with Workspace.open({workspace!r}) as ws:
    started = time.perf_counter()
    with closing(ws.connect()) as connection:
        ssids = students_in_grades(connection, [])[:{students}]
        made = recipients.plan(connection, ssids, recipients.EmailOptions(), ws.folder)
    planned = time.perf_counter() - started
    result = run(outbox.dry_run(ws, made, Sender("testing@school.example.org", "Benchmark Elementary")))
print(json.dumps({{"plan": planned, "students": made.students, "pairs": len(made.families),
                  "left_out": len(made.left_out) + len(made.to_print), "messages": result.messages,
                  "files": result.attachments, "not_built": len(result.not_built), "bytes": result.bytes}}))
"""


def write_contacts(workspace: Workspace, path: Path) -> None:
    """One guardian e-mail address per student."""
    with closing(workspace.connect()) as connection:
        rows = connection.execute("SELECT ssid, first_name FROM student ORDER BY ssid").fetchall()
    with open(path, "w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(["SSID", "Guardian Name", "Guardian Email"])
        for n, row in enumerate(rows):
            out.writerow([row["ssid"], f"Guardian of {row['first_name']}", f"family{n}@example.org"])


def main(students: int = STUDENTS) -> None:
    folder, _ = fixture(round(students * 1.3))  # about 5 in 6 students of a district have a report
    scratch = Path(tempfile.mkdtemp(prefix="ssrdesk-bench-email-"))
    try:
        library_with_contacts(folder, scratch, write_contacts)  # not timed
        step = in_child(DRY_RUN.format(workspace=str(scratch / "ws"), students=students))
        found = json.loads(step.output)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    limit = LIMIT_SECONDS * students / STUDENTS
    right = found["messages"] == 2 * found["pairs"] == 2 * found["files"] == 2 * students and not found["not_built"]
    passed = step.seconds <= limit and right
    print(table(
        f"E-mail dry run: {students:,} students protected with AES-256 and their messages built "
        f"(a fresh process, both cores; target ≤ {limit:.0f} s)",
        ["students", "left out", "protected PDFs", "messages", "size", "plan", "plan + dry run", "per file",
         "peak RSS", "all built", ""],
        [[f"{found['students']:,}", f"{found['left_out']:,}", f"{found['files']:,}", f"{found['messages']:,}",
          f"{found['bytes'] / 1e6:.0f} MB", f"{found['plan']:.1f} s", f"{step.seconds:.1f} s",
          f"{1000 * step.seconds / max(1, found['files']):.0f} ms", f"{step.peak_mb:.0f} MB", "yes" if right else "NO",
          "PASS" if passed else "FAIL"]],
    ))
    if not passed:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
