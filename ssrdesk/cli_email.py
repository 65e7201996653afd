"""Command-line e-mail: protect the reports, and send each with its password in a separate message."""

from __future__ import annotations

import getpass
import json
import os
import sys
from contextlib import closing
from dataclasses import asdict, replace
from pathlib import Path

from .core import choice, distribution, keychain
from .core.delivery import outbox, recipients
from .core.delivery.passwords import Policy, strength
from .core.delivery.smtp import SetupProblem, SmtpSettings, SmtpTransport, load_settings, save_settings, send_test
from .core.errors import UserError
from .core.tasks import run
from .core.words import counted
from .core.workspace import Workspace

EXIT_OK, EXIT_USAGE, EXIT_NOT_DONE = 0, 2, 5


def add_commands(commands) -> None:
    em = commands.add_parser("email", help="e-mail each family its protected report, then the password separately")
    what = em.add_mutually_exclusive_group(required=True)
    what.add_argument("--dry-run", action="store_true", help="build every file and message; send nothing")
    what.add_argument("--send", action="store_true", help="queue the messages and send them (and anything queued)")
    what.add_argument("--eml-dir", type=Path, metavar="DIR", help="write .eml files to send from your own mail program")
    what.add_argument("--resume", action="store_true", help="send what is waiting in the outbox")
    what.add_argument("--cancel", action="store_true", help="take reports not sent yet out of the outbox")
    what.add_argument("--status", action="store_true", help="what the outbox holds")
    what.add_argument("--test-to", metavar="ADDR", help="send one test message to this address (yours)")
    server = em.add_argument_group("mail server (remembered for next time)")
    server.add_argument("--smtp-host", metavar="H")
    server.add_argument("--smtp-port", type=int, metavar="P")
    security = server.add_mutually_exclusive_group()
    security.add_argument("--starttls", dest="security", action="store_const", const="starttls")
    security.add_argument("--ssl", dest="security", action="store_const", const="ssl", help="implicit TLS (port 465)")
    server.add_argument("--user", metavar="U", help="login name; the password is asked once and kept in the "
                        "system's password store (or set SSRDESK_SMTP_PASSWORD)")
    server.add_argument("--cafile", metavar="FILE", help="your district's own certificate authority")
    server.add_argument("--from", dest="sender", metavar="ADDR", help="the address the messages come from")
    server.add_argument("--from-name", metavar="NAME", help="shown as the sender, e.g. the school's name")
    server.add_argument("--rate", type=int, metavar="N", help="at most N messages a minute (default 30)")
    server.add_argument("--daily-cap", type=int, metavar="N", help="at most N messages in 24 hours (default 2000)")
    who = em.add_argument_group("which families")
    who.add_argument("--grade", action="append", default=[], metavar="G", help="only this grade (repeatable)")
    who.add_argument("--ssid", action="append", default=[], metavar="SSID", help="only this student (repeatable)")
    who.add_argument("--languages", choices=choice.LANGUAGE_CHOICES, default="both",
                     help="which copy of a translated report to attach")
    who.add_argument("--reports", default=",".join(choice.REPORT_GROUPS), metavar="LIST",
                     help=f"which reports, from {','.join(choice.REPORT_GROUPS)} (default: all)")
    who.add_argument("--siblings", choices=recipients.SIBLING_CHOICES, default="separate",
                     help="siblings at one address: a pair of messages each (default), or together in one")
    who.add_argument("--password-template", metavar="T", help="build passwords from student data, e.g. "
                     "'{birth_date}{ssid_last4}' (weaker than the random default)")
    who.add_argument("--resend", action="store_true", help="include families already e-mailed (new passwords)")
    who.add_argument("--to", metavar="ADDR", help="with --ssid: send to this corrected address instead")
    em.add_argument("--json", action="store_true")


def _email(workspace: Workspace, args) -> int:
    with closing(workspace.connect()) as connection:
        settings = _settings(connection, args)
    if args.status:
        return _status(workspace, args)
    if args.cancel:
        cancelled, kept = outbox.cancel(workspace)
        print(f"Took {counted(cancelled, 'family', 'families')} out of the outbox."
              + (f" {counted(kept, 'password message')} still go out: their reports were already sent." if kept else ""))
        return EXIT_OK
    if args.test_to:
        transport = _connected(settings)  # asks for the password once, and keeps it when the login works
        transport.close()
        send_test(settings, transport.password, args.test_to)
        print(f"Sent a test message to {args.test_to}; check that it arrived.")
        return EXIT_OK
    options = _options(args)
    if args.resume:
        return _send(workspace, settings, options, args, queued=None)
    with closing(workspace.connect()) as connection:
        ssids = args.ssid or choice.students_in_grades(connection, args.grade)
        made = recipients.plan(connection, ssids, options, workspace.folder)
    if not made.families:
        if made.to_print and not args.dry_run:
            with closing(workspace.connect()) as connection:
                for left in made.to_print:
                    distribution.move_to_print(connection, [left.ssid], left.reason)
        return _show(args, {"plan": _plan_json(made)}, _plan_text(made) + "No message to send.\n")
    if args.dry_run:
        result = run(outbox.dry_run(workspace, made, settings.from_), _progress(args))
        return _show(args, {"plan": _plan_json(made), "dry_run": {**asdict(result), "not_built": _not_built(result)}},
                     _plan_text(made) + f"Dry run: built {counted(result.attachments, 'protected PDF')} and "
                     f"{counted(result.messages, 'message')} ({result.bytes / 1e6:.1f} MB) in {result.seconds:.1f} s. "
                     "Nothing was sent.\n")
    if args.eml_dir:
        queued = run(outbox.queue(workspace, made, settings.from_, outbox.EML, args.eml_dir), _progress(args))
        return _show(args, {"plan": _plan_json(made), "exported": _queued_json(queued)},
                     _plan_text(made) + f"Wrote {counted(queued.families * 2, '.eml file')} to {args.eml_dir}: send "
                     "everything in “1 - send first - reports”, then everything in “2 - send second - passwords”. The "
                     "password messages are readable files: delete the folder once they are sent.\n")
    transport = _connected(settings)  # wrong settings stop here, before anything is queued
    queued = run(outbox.queue(workspace, made, settings.from_), _progress(args))
    return _send(workspace, settings, options, args, queued, transport, made)


def _send(workspace, settings, options, args, queued, transport=None, made=None) -> int:
    transport = transport or _connected(settings)
    limits = outbox.Limits(settings.per_minute, settings.per_day)
    result = run(outbox.send(workspace, transport, settings.from_, options, limits), _progress(args))
    facts = {"sent": asdict(result)}
    text = ""
    if made is not None:
        facts = {"plan": _plan_json(made), "queued": _queued_json(queued), **facts}
        text = _plan_text(made)
    text += f"Sent {counted(result.sent, 'message')}"
    text += f"; {counted(result.refused, 'message')} refused by the server (see `ssrdesk bounces`)" if result.refused else ""
    text += f"; {counted(result.waiting, 'message')} still waiting in the outbox.\n" if result.waiting else ".\n"
    if result.requeued:
        text += (f"{counted(result.requeued, 'family', 'families')} got a new report and password: a stored message "
                 "could not be read back (without a password store, its key is lost when ssrdesk closes).\n")
    for problem in result.not_requeued:
        text += f"Could not queue a new report and password for {problem}. Resolve it, then resume.\n"
    if result.stopped:
        text += result.stopped + " Run `ssrdesk email --resume` to go on.\n"
    _show(args, facts, text)
    return EXIT_NOT_DONE if result.waiting else EXIT_OK


def _status(workspace: Workspace, args) -> int:
    with closing(workspace.connect()) as connection:
        found = outbox.counts(connection)
    return _show(args, {"outbox": found}, "Outbox: " + ", ".join(f"{n:,} {state}" for state, n in found.items()) + "\n")


def _settings(connection, args) -> SmtpSettings:
    """The saved settings with this command's changes, saved again when any were given."""
    saved = load_settings(connection)
    given = {"host": args.smtp_host, "port": args.smtp_port, "security": args.security, "user": args.user,
             "ca_file": args.cafile, "sender": args.sender, "sender_name": args.from_name, "per_minute": args.rate,
             "per_day": args.daily_cap}
    given = {k: v for k, v in given.items() if v is not None}
    if given.get("security") == "ssl" and "port" not in given:
        given["port"] = 465
    settings = replace(saved, **given)
    if given:
        save_settings(connection, settings)
    return settings


def _connected(settings: SmtpSettings) -> SmtpTransport:
    """A logged-in connection. A password typed at the prompt is kept (in the system's password store) only
    once the server accepted it; a stored one the server refuses is forgotten, so the next run asks again."""
    typed = None
    password = os.environ.get("SSRDESK_SMTP_PASSWORD") or keychain.load(settings.account) if settings.user else None
    if settings.user and password is None:
        if not sys.stdin.isatty():
            raise UserError(f"No password is stored for {settings.user} on {settings.host}. Run the command in a "
                            "terminal to be asked for it, or set SSRDESK_SMTP_PASSWORD.")
        password = typed = getpass.getpass(f"Password for {settings.user} on {settings.host}: ")
    transport = SmtpTransport(settings, password)
    try:
        transport.open()
    except SetupProblem:
        if typed is None and settings.user:
            keychain.forget(settings.account)
        raise
    if typed is not None and not keychain.store(settings.account, typed):
        print(keychain.NOT_REMEMBERED, file=sys.stderr)
    return transport


def _options(args) -> recipients.EmailOptions:
    if args.to and len(args.ssid) != 1:
        raise UserError("--to sends to a corrected address: name exactly one student with --ssid.")
    policy = Policy("template", args.password_template) if args.password_template else Policy()
    return recipients.EmailOptions(
        languages=args.languages, reports=tuple(r.strip().upper() for r in args.reports.split(",") if r.strip()),
        siblings=args.siblings, policy=policy, resend=args.resend or bool(args.to), address=args.to or "")


def _plan_text(made: recipients.EmailPlan) -> str:
    lines = [f"{counted(made.students, 'student')} in {counted(len(made.families), 'pair')} of messages "
             f"({counted(made.messages, 'message')}); passwords: {made.options.policy.describe()}, "
             f"{strength(made.options.policy)[1]}."]
    if made.to_print:
        lines.append(f"{counted(len(made.to_print), 'student')} go to the print list (no usable e-mail address).")
    for left in made.left_out:
        lines.append(f"  Left out: {left.student or left.ssid}: {left.reason}")
    lines += made.warnings
    return "\n".join(lines) + "\n"


def _plan_json(made: recipients.EmailPlan) -> dict:
    return {
        "students": made.students, "pairs": len(made.families), "messages": made.messages,
        "password": {"policy": made.options.policy.describe(), "bits": round(strength(made.options.policy)[0])},
        "families": [{"address": f.address, "language": f.language, "ssids": f.ssids, "reports": f.report_ids}
                     for f in made.families],
        "to_print": [asdict(left) for left in made.to_print],
        "left_out": [asdict(left) for left in made.left_out],
        "warnings": made.warnings,
    }


def _queued_json(queued: outbox.Queued) -> dict:
    return {"run": queued.run, "families": queued.families, "to_print": queued.to_print, "folder": queued.folder,
            "not_built": _not_built(queued)}


def _not_built(result) -> list[dict]:
    return [{"address": n.family.address, "ssids": n.family.ssids, "reason": n.reason} for n in result.not_built]


def _show(args, facts: dict, text: str) -> int:
    print(json.dumps(facts, indent=2, ensure_ascii=False) if args.json else text, end="" if not args.json else "\n")
    return EXIT_OK


def _progress(args):
    if args.json or not sys.stderr.isatty():
        return None
    return lambda step: print(f"\r\033[K{step.text} ({step.done}/{step.total})", end="", file=sys.stderr, flush=True)


HANDLERS = {"email": _email}
