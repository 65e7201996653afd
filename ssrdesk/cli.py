"""The command line: the same services as the GUI, scriptable, with stable --json output.

Exit codes: 0 done; 1 a file was rejected (nothing from it was saved); 2 wrong usage; 3 imported,
but some rows were rejected; 4 the workspace could not be opened.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from . import cli_bounces, cli_distribution, cli_email, cli_print
from .core import students
from .core.errors import UserError, WorkspaceError
from .core.ssr import library
from .core.tasks import Progress, run
from .core.workspace import Workspace

EXIT_OK, EXIT_FILE_REJECTED, EXIT_USAGE, EXIT_ROWS_REJECTED, EXIT_WORKSPACE = 0, 1, 2, 3, 4


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="ssrdesk",
        description="Student Score Reports for California test coordinators. Without a command, opens the app.",
    )
    top.add_argument("--workspace", metavar="DIR", help="workspace folder (default: $SSRDESK_WORKSPACE or your data folder)")
    top.add_argument("--self-test", action="store_true", help="check this installation on invented sample data "
                     "in a temporary workspace (yours is not touched); exit code 0 when all is well")
    commands = top.add_subparsers(dest="command", metavar="COMMAND")

    imp = commands.add_parser("import", help="import TOMS score data files, zips or folders; or an SIS contacts export")
    imp.add_argument("paths", nargs="*", type=Path, metavar="PATH")
    imp.add_argument("--contacts", type=Path, metavar="FILE", help="a contacts export (CSV or xlsx) from your SIS")
    imp.add_argument("--mapping", metavar="NAME", help="with --contacts: use this saved column mapping")
    imp.add_argument("--map", action="append", default=[], metavar="FIELD=COLUMN",
                     help="with --contacts: map one field to a column, e.g. email1='Parent Email' (repeatable)")
    imp.add_argument("--save-mapping", metavar="NAME", help="with --contacts: save the mapping used under this name")
    imp.add_argument("--json", action="store_true", help="print the import report as JSON")

    stu = commands.add_parser("students", help="list students with their tests and guardians")
    stu.add_argument("--json", action="store_true", help="every detail, as JSON")

    sta = commands.add_parser("status", help="what the workspace holds")
    sta.add_argument("--json", action="store_true")

    demo = commands.add_parser("demo", help="build a synthetic district's TOMS files and import them into a workspace")
    demo.add_argument("folder", nargs="?", type=Path, metavar="DIR", help="the demo workspace (default: --workspace)")
    demo.add_argument("--students", type=int, default=600, help=argparse.SUPPRESS)
    demo.add_argument("--json", action="store_true")

    rep = commands.add_parser("reports", help="list the Student Score Reports in the library")
    rep.add_argument("--json", action="store_true")
    rep.add_argument("--attention", action="store_true", help="only what needs attention")

    pdf = commands.add_parser("report-pdf", help="write one student's Student Score Report(s) to a PDF")
    pdf.add_argument("ssid", metavar="SSID")
    pdf.add_argument("--out", required=True, type=Path, metavar="FILE")
    pdf.add_argument("--language", metavar="L", help="only the copy in this language (English, Spanish …)")

    res = commands.add_parser("resolve", help="say which student a report needing attention belongs to")
    res.add_argument("report", type=int, metavar="REPORT_ID", help="the id shown by `ssrdesk reports`")
    res.add_argument("ssid", metavar="SSID")

    cli_print.add_commands(commands)
    cli_email.add_commands(commands)
    cli_distribution.add_commands(commands)
    cli_bounces.add_commands(commands)
    commands.add_parser("gui", help="open the app (the default)")
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.self_test:
        from .selftest import main as self_test

        return self_test()
    if args.command in (None, "gui"):
        from .app import main as gui

        return gui(args.workspace)
    try:
        folder = args.folder if args.command == "demo" and args.folder else args.workspace
        with Workspace.open(folder) as workspace:
            return COMMANDS[args.command](workspace, args)
    except WorkspaceError as error:
        print(f"ssrdesk: {error}", file=sys.stderr)
        return EXIT_WORKSPACE
    except UserError as error:
        print(f"ssrdesk: {error}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # `ssrdesk students | head`
        sys.stdout = open(os.devnull, "w")
        return EXIT_OK
    except KeyboardInterrupt:
        print("\nssrdesk: stopped; nothing half-done was saved.", file=sys.stderr)
        return 130


def _import(workspace: Workspace, args) -> int:
    if args.contacts:
        return _import_contacts(workspace, args)
    if not args.paths:
        print("ssrdesk import: name at least one file, folder or zip (or --contacts FILE).", file=sys.stderr)
        return EXIT_USAGE
    from .core.datafiles.importer import import_paths

    return _show_report(run(import_paths(workspace, args.paths), _progress_line(args.json)), args)


def _import_contacts(workspace: Workspace, args) -> int:
    from .core import contacts

    mapping = contacts.choose_mapping(workspace, args.contacts, args.mapping, args.map)
    if args.save_mapping:
        contacts.save_mapping(workspace, args.save_mapping, mapping)
    return _show_report(run(contacts.import_contacts(workspace, args.contacts, mapping), _progress_line(args.json)), args)


def _show_report(report, args) -> int:
    _clear_progress(args.json)
    print(json.dumps(report.to_json(), indent=2, ensure_ascii=False) if args.json else report.text())
    if report.any_file_rejected:
        return EXIT_FILE_REJECTED
    return EXIT_ROWS_REJECTED if report.any_row_rejected else EXIT_OK


def _students(workspace: Workspace, args) -> int:
    connection = workspace.connect()
    try:
        if args.json:
            print(json.dumps({"students": students.details(connection)}, indent=2, ensure_ascii=False))
            return EXIT_OK
        rows = students.summaries(connection)
    finally:
        connection.close()
    for s in rows:
        print(f"{s.ssid}  {s.name[:28]:28}  {s.grade:>2}  {s.school[:26]:26}  {s.language[:12]:12}  "
              f"{s.contact:12}  {s.tests}")
    print(f"{len(rows):,} students")
    return EXIT_OK


def _status(workspace: Workspace, args) -> int:
    connection = workspace.connect()
    try:
        facts = students.status(connection)
    finally:
        connection.close()
    facts = {"workspace": str(workspace.folder), **facts}
    if args.json:
        print(json.dumps(facts, indent=2, ensure_ascii=False))
        return EXIT_OK
    print(f"Workspace: {facts['workspace']}")
    print(f"Students: {facts['students']:,} ({facts['students_with_email']:,} with a guardian e-mail, "
          f"{facts['students_without_contact']:,} with no address or e-mail)")
    print(f"Test results: {facts['test_results']:,} ({facts['ssr_eligible_results']:,} with a Student Score Report)")
    for a in facts["administrations"]:
        print(f"  {a['program']} {a['administration_year']}: {a['test_results']:,} results")
    r = facts["reports"]
    print(f"Student Score Reports: {r['found']:,} ({r['matched']:,} matched, {r['needing_attention']:,} need attention; "
          f"{r['students_eligible_without_report']:,} eligible students have none yet)")
    return EXIT_OK


def _demo(workspace: Workspace, args) -> int:
    from .core.demo.district import fill_workspace

    report = run(fill_workspace(workspace, args.students), _progress_line(args.json))
    _clear_progress(args.json)
    if args.json:
        print(json.dumps({"workspace": str(workspace.folder), **report.to_json()}, indent=2, ensure_ascii=False))
    else:
        print(report.text())
        print(f"\nDemo workspace ready: {workspace.folder}\nOpen it with: ssrdesk --workspace {workspace.folder}")
    return EXIT_FILE_REJECTED if report.any_file_rejected else EXIT_OK


def _reports(workspace: Workspace, args) -> int:
    connection = workspace.connect()
    try:
        found = library.attention(connection) if args.attention else {"reports": library.reports(connection)}
    finally:
        connection.close()
    if args.json:
        print(json.dumps(found, indent=2, ensure_ascii=False))
        return EXIT_OK
    for r in found["reports"]:
        who = r["student"] or f"({r['printed_name'] or 'unknown'})"
        print(f"{r['id']:>6}  {r['printed_ssid']:10}  {who[:28]:28}  {r['type'] or '?':15}  {r['language'][:10]:10}  "
              f"{r['pages']:>2} p  {r['source']['file'][:30]:30} p.{r['source']['first_page']:<5}  "
              f"{r['problem'] or r['status']}")
    for page in found.get("loose_pages", []):
        print(f"{page['file']} page {page['page']}: {page['reason']}")
    for student in found.get("eligible_without_report", []):
        print(f"{student['ssid']}  {student['student']}: SSR-eligible for {student['program']} but no report yet")
    if not args.attention:
        print(f"{len(found['reports']):,} reports")
    return EXIT_OK


def _report_pdf(workspace: Workspace, args) -> int:
    ids = library.student_report_ids(workspace, args.ssid, args.language)
    if not ids:
        what = f" in {args.language}" if args.language else ""
        print(f"ssrdesk: no report{what} for SSID {args.ssid} is in the library.", file=sys.stderr)
        return EXIT_FILE_REJECTED
    library.write_pdf(workspace, ids, args.out)
    print(f"Wrote {args.out} ({len(ids)} report{'s' if len(ids) > 1 else ''}).")
    return EXIT_OK


def _resolve(workspace: Workspace, args) -> int:
    library.resolve(workspace, args.report, args.ssid)
    print(f"Report {args.report} now belongs to SSID {args.ssid}; a re-import of it will remember this.")
    return EXIT_OK


COMMANDS = {"import": _import, "students": _students, "status": _status, "demo": _demo, "reports": _reports,
            "report-pdf": _report_pdf, "resolve": _resolve, **cli_print.HANDLERS,
            **cli_email.HANDLERS, **cli_distribution.HANDLERS,
            **cli_bounces.HANDLERS}


def _progress_line(quiet: bool):
    if quiet or not sys.stderr.isatty():
        return None

    def show(step: Progress) -> None:
        share = f" {100 * step.done // step.total}%" if step.total else ""
        print(f"\r\033[K{step.text}{share}", end="", file=sys.stderr, flush=True)

    return show


def _clear_progress(quiet: bool) -> None:
    if not quiet and sys.stderr.isatty():
        print("\r\033[K", end="", file=sys.stderr, flush=True)
