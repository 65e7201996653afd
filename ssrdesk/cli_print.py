"""Command-line printing: print batches, the alignment sheet, printer offsets, envelopes and print runs."""

from __future__ import annotations

import json
import sys
from contextlib import closing
from dataclasses import replace
from pathlib import Path

from .core import choice, distribution
from .core.printing import envelopes, letters, plan
from .core.printing.assemble import assemble, summary_text
from .core.errors import UserError
from .core.printing.sheets import calibration_sheet
from .core.tasks import run
from .core.workspace import Workspace
from .core.words import counted

EXIT_OK = 0


def add_commands(commands) -> None:
    pb = commands.add_parser("print-batches", help="plan and write print-ready PDFs of reports for window envelopes")
    pb.add_argument("--out", type=Path, metavar="DIR", help="where to write the batch PDFs and manifests")
    pb.add_argument("--plan-only", action="store_true", help="show the plan; write nothing")
    pb.add_argument("--envelope", default="no10", metavar="NAME", help="no10 (default), 6x9 or a profile you saved")
    sides = pb.add_mutually_exclusive_group()
    sides.add_argument("--duplex", dest="duplex", action="store_true", default=True, help="two-sided (default)")
    sides.add_argument("--simplex", dest="duplex", action="store_false", help="one-sided")
    pb.add_argument("--address-sheet", choices=plan.ADDRESS_SHEET_CHOICES, default="auto",
                    help="add a sheet with the SIS address: when it differs from the report's (auto), always, never")
    pb.add_argument("--cover-letter", action="store_true", help="start each envelope with a cover letter carrying "
                    "the address, in the family's language")
    pb.add_argument("--languages", choices=choice.LANGUAGE_CHOICES, default="both",
                    help="which copy of a translated report to include")
    pb.add_argument("--reports", default=",".join(choice.REPORT_GROUPS), metavar="LIST",
                    help=f"which reports to include, from {','.join(choice.REPORT_GROUPS)} (default: all)")
    pb.add_argument("--sort", choices=plan.SORT_CHOICES, default="name")
    pb.add_argument("--max-sheets", type=int, default=plan.PrintOptions.max_sheets, metavar="N",
                    help="most sheets per PDF file, what your printer's tray holds")
    pb.add_argument("--grade", action="append", default=[], metavar="G", help="only this grade (repeatable)")
    pb.add_argument("--ssid", action="append", default=[], metavar="SSID", help="only this student (repeatable)")
    pb.add_argument("--print-list", action="store_true", help="only the students on the print list (no e-mail "
                    "address, or their e-mail bounced)")
    pb.add_argument("--printer", default=envelopes.DEFAULT_PRINTER, metavar="NAME",
                    help="apply this printer's saved offset")
    pb.add_argument("--reprint", action="store_true", help="include students whose reports were already printed")
    pb.add_argument("--json", action="store_true")

    cal = commands.add_parser("calibration-sheet", help="write the printable alignment sheet for an envelope")
    cal.add_argument("--envelope", default="no10", metavar="NAME")
    cal.add_argument("--out", required=True, type=Path, metavar="FILE")
    cal.add_argument("--printer", default=envelopes.DEFAULT_PRINTER, metavar="NAME")

    off = commands.add_parser("printer-offset", help="show or save how far a printer shifts what it prints")
    off.add_argument("--envelope", default="no10", metavar="NAME")
    off.add_argument("--printer", default=envelopes.DEFAULT_PRINTER, metavar="NAME")
    off.add_argument("--right", type=float, metavar="INCHES", help="move everything right by this (negative: left)")
    off.add_argument("--down", type=float, metavar="INCHES", help="move everything down by this (negative: up)")

    env = commands.add_parser("envelopes", help="list envelope profiles, or save one of your own")
    env.add_argument("--add", metavar="NAME", help="save a profile under this name")
    env.add_argument("--size", metavar="WxH", help="envelope width x height in inches, e.g. 9.5x4.125")
    env.add_argument("--window", metavar="L,B,W,H", help="window: from the left, from the bottom, width, height")
    env.add_argument("--fold", choices=tuple(envelopes.FOLDS), default="tri")
    env.add_argument("--capacity", type=int, default=5, metavar="SHEETS")
    env.add_argument("--json", action="store_true")

    let = commands.add_parser("letters", help="the school's details on letters, and each language's letter text")
    let.add_argument("--school-name", metavar="NAME")
    let.add_argument("--return-address", action="append", metavar="LINE", help="a line of the return address "
                     "(repeat for each line)")
    let.add_argument("--contact-name", metavar="NAME", help="whom families contact with questions")
    let.add_argument("--contact-phone", metavar="PHONE")
    let.add_argument("--language", metavar="L", help="show this language's letter text (English, Spanish …)")
    change = let.add_mutually_exclusive_group()
    change.add_argument("--set", type=Path, metavar="FILE", help="with --language: use the text in FILE (UTF-8)")
    change.add_argument("--reset", action="store_true", help="with --language: back to ssrdesk's own text")

    runs = commands.add_parser("print-runs", help="list print runs, or undo one that was lost")
    runs.add_argument("--undo", type=int, metavar="RUN", help="the reports of this run count as not printed again")
    runs.add_argument("--json", action="store_true")


def _print_batches(workspace: Workspace, args) -> int:
    if not args.out and not args.plan_only:
        print("ssrdesk print-batches: say where to write the files with --out DIR (or use --plan-only).",
              file=sys.stderr)
        return 2
    options = plan.PrintOptions(
        envelope=args.envelope, duplex=args.duplex, address_sheet=args.address_sheet, cover_letter=args.cover_letter,
        languages=args.languages, reports=tuple(r.strip().upper() for r in args.reports.split(",") if r.strip()),
        sort=args.sort, max_sheets=args.max_sheets, printer=args.printer, reprint=args.reprint)
    with closing(workspace.connect()) as connection:
        ssids = list(distribution.print_list(connection)) if args.print_list else \
            args.ssid or choice.students_in_grades(connection, args.grade)
        made = plan.plan(connection, ssids, options)
    result = None if args.plan_only else run(assemble(workspace, made, args.out))
    if args.json:
        print(json.dumps(_plan_json(made, result), indent=2, ensure_ascii=False))
        return EXIT_OK
    print(summary_text(made), end="")
    if result:
        print(f"\nWrote {counted(len(result.files), 'PDF file')} to {result.folder}"
              f" (print run {result.run}):")
        for item in result.files:
            print(f"  {item.path.name}: {counted(item.envelopes, 'envelope')}, {counted(item.pages, 'page')}")
        print("Read manifest.csv or each batch's manifest PDF to check the stack as it comes out of the printer.")
    return EXIT_OK


def _plan_json(made: plan.Plan, result) -> dict:
    return {
        "envelopes": len(made.envelopes), "sheets": made.sheet_total, "ssids": [e.ssid for e in made.envelopes],
        "batches": [{"sheets_per_envelope": b.sheets, "envelopes": len(b.envelopes), "files": len(b.files)}
                    for b in made.batches],
        "files": [f.to_json() for f in result.files] if result else [],
        "manifests": [str(p) for p in result.manifests] if result else [],
        "print_run": result.run if result else None,
        "address_sheets": [{"ssid": e.ssid, "why": e.address_sheet_reason}
                           for e in made.envelopes if e.address_sheet_reason],
        "left_out": [{"ssid": x.ssid, "student": x.student, "reason": x.reason} for x in made.left_out],
        "warnings": made.warnings,
    }


def _calibration_sheet(workspace: Workspace, args) -> int:
    with closing(workspace.connect()) as connection:
        envelope = envelopes.profile(connection, args.envelope)
        offset = envelopes.printer_offset(connection, args.printer, envelope.name)
    calibration_sheet(envelope, offset, args.out)
    print(f"Wrote {args.out}. Print it at actual size (100 %), fold it, put it in a {envelope.label.split(' (')[0]} "
          "envelope and check the box shows completely in the window; if not, measure how far it must move and "
          f"save that with: ssrdesk printer-offset --envelope {envelope.name} --right X --down Y")
    return EXIT_OK


def _printer_offset(workspace: Workspace, args) -> int:
    with closing(workspace.connect()) as connection:
        envelope = envelopes.profile(connection, args.envelope)
        if args.right is not None or args.down is not None:
            current = envelopes.printer_offset(connection, args.printer, envelope.name)
            envelopes.save_printer_offset(connection, args.printer, envelope.name, envelopes.Offset(
                current.right if args.right is None else args.right, current.down if args.down is None else args.down))
        offset = envelopes.printer_offset(connection, args.printer, envelope.name)
    print(f"{args.printer}, {envelope.name}: everything printed moves {offset.right:+.3f} in right, "
          f"{offset.down:+.3f} in down.")
    return EXIT_OK


def _envelopes(workspace: Workspace, args) -> int:
    with closing(workspace.connect()) as connection:
        if args.add:
            envelopes.save_profile(connection, _profile_from(args))
        found = envelopes.profiles(connection)
    if args.json:
        print(json.dumps([_profile_json(p) for p in found.values()], indent=2))
        return EXIT_OK
    for p in found.values():
        z = p.address_zone()
        print(f"{p.name:10} {p.label}\n{'':10} address zone {z.left:.2f}–{z.right:.2f} in from the left, "
              f"{z.top:.2f}–{z.bottom:.2f} in from the top; holds {p.capacity} sheets")
    return EXIT_OK


def _profile_from(args) -> envelopes.EnvelopeProfile:
    try:
        width, height = (float(v) for v in (args.size or "").lower().split("x"))
        left, bottom, w, h = (float(v) for v in (args.window or "").split(","))
    except ValueError:
        raise UserError("Give the envelope as --size WIDTHxHEIGHT and its window as --window LEFT,BOTTOM,WIDTH,HEIGHT, "
                        "in inches (for example --size 9.5x4.125 --window 0.875,0.5,4.5,1.125).") from None
    return envelopes.EnvelopeProfile(args.add, f"{args.add} ({width:g} × {height:g} in)", width, height, left, bottom,
                                     w, h, args.fold, capacity=args.capacity)


def _profile_json(p: envelopes.EnvelopeProfile) -> dict:
    z = p.address_zone()
    return {"name": p.name, "label": p.label, "size_inches": [p.width, p.height],
            "window_inches": {"left": p.window_left, "bottom": p.window_bottom, "width": p.window_width,
                              "height": p.window_height},
            "fold": p.fold, "capacity_sheets": p.capacity, "built_in": p.built_in,
            "address_zone_inches": {"left": z.left, "top": z.top, "right": z.right, "bottom": z.bottom}}


def _print_runs(workspace: Workspace, args) -> int:
    with closing(workspace.connect()) as connection:
        if args.undo is not None:
            count = distribution.undo_print_run(connection, args.undo)
            print(f"Print run {args.undo} undone: its {count} envelopes' reports count as not printed.")
        runs = distribution.print_runs(connection)
    if args.json:
        print(json.dumps(runs, indent=2))
    elif args.undo is None:
        for r in runs:
            state = f"undone {r['undone_at'][:10]}" if r["undone_at"] else ""
            print(f"{r['id']:>4}  {r['created_at'][:16].replace('T', ' ')}  {r['envelopes']:>5} envelopes  "
                  f"{r['sheets']:>6} sheets  {r['folder']}  {state}")
        print(counted(len(runs), "print run"))
    return EXIT_OK


def _letters(workspace: Workspace, args) -> int:
    with closing(workspace.connect()) as connection:
        school = letters.load_school(connection)
        given = {"name": args.school_name, "contact_name": args.contact_name, "contact_phone": args.contact_phone,
                 "address_lines": tuple(args.return_address) if args.return_address else None}
        if any(v is not None for v in given.values()):
            school = replace(school, **{k: v for k, v in given.items() if v is not None})
            letters.save_school(connection, school)
        if args.language:
            language = letters.check_language(args.language.strip().title())
            if args.set:
                letters.save_template(connection, language, args.set.read_text(encoding="utf-8"))
            elif args.reset:
                letters.reset_template(connection, language)
            print(letters.templates(connection)[language])
            return EXIT_OK
    print("\n".join([school.name or "(no school name)", *school.address_lines,
                     f"Contact: {school.contact_name or '-'}, {school.contact_phone or '-'}"]))
    print(f"Letters in: {', '.join(letters.LANGUAGES)}; fields: "
          f"{', '.join('{' + field + '}' for field, _ in letters.MERGE_FIELDS)}")
    return EXIT_OK


HANDLERS = {"print-batches": _print_batches, "calibration-sheet": _calibration_sheet, "printer-offset": _printer_offset,
            "envelopes": _envelopes, "print-runs": _print_runs, "letters": _letters}
