"""Command-line bounces: import bounce notices (.eml files or an IMAP folder), list the families whose
e-mail bounced, and move them to the print list."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from contextlib import closing
from datetime import date
from pathlib import Path

from .core import keychain
from .core.delivery import bounces, imap
from .core.errors import UserError
from .core.tasks import run
from .core.words import counted
from .core.workspace import Workspace

EXIT_OK = 0
PASSWORD_VARIABLE = "SSRDESK_IMAP_PASSWORD"


def add_commands(commands) -> None:
    b = commands.add_parser("bounces", help="import bounce notices, list families whose e-mail bounced, "
                            "move them to the print list")
    source = b.add_mutually_exclusive_group()
    source.add_argument("--import", dest="files", nargs="+", type=Path, metavar="FILE",
                        help="bounce notices saved as .eml files (or folders of them)")
    source.add_argument("--imap-host", metavar="HOST", help="read bounce notices from this IMAP server; "
                        f"the password comes from the saved one, ${PASSWORD_VARIABLE}, or a prompt")
    b.add_argument("--imap-port", type=int, metavar="PORT", help="default 993 (SSL) or 143 (STARTTLS)")
    b.add_argument("--imap-user", metavar="USER", help="the mailbox's login, usually the sending address")
    b.add_argument("--imap-folder", default="INBOX", metavar="FOLDER")
    security = b.add_mutually_exclusive_group()
    security.add_argument("--ssl", dest="security", action="store_const", const=imap.SSL, default=imap.SSL,
                          help="TLS from the start (default)")
    security.add_argument("--starttls", dest="security", action="store_const", const=imap.STARTTLS)
    b.add_argument("--cafile", metavar="FILE", help="your district's own certificate authority (PEM), if the "
                   "mail server's certificate comes from it")
    b.add_argument("--since", type=_date, metavar="YYYY-MM-DD", help="with --imap-host: only notices that arrived "
                   "from this day on")
    b.add_argument("--to-print", action="store_true", help="move every family whose e-mail bounced to the print list")
    b.add_argument("--json", action="store_true")


def _bounces(workspace: Workspace, args) -> int:
    if args.imap_host and not args.imap_user:
        print("ssrdesk bounces: say whose mailbox to read with --imap-user USER.", file=sys.stderr)
        return 2
    if args.files:
        imported = _import(workspace, _read_files(args.files))
    elif args.imap_host:
        settings = imap.ImapSettings(args.imap_host, args.imap_user, args.imap_port, args.imap_folder, args.security,
                                     args.cafile)
        imported = _import(workspace, [(raw, settings.mailbox) for raw in _fetch(settings, args.since)])
    else:
        imported = None
    with closing(workspace.connect()) as connection:
        moved = bounces.move_bounced_to_print(connection) if args.to_print else None
        families = bounces.bounced_families(connection)
    if args.json:
        print(json.dumps({"imported": imported.to_json() if imported is not None else None,
                          "bounced_families": families, "moved_to_print": moved}, indent=2, ensure_ascii=False))
        return EXIT_OK
    if imported is not None:
        print(imported.text())
    else:
        _print_families(families)
    waiting = sum(not f["on_print_list"] for f in families)
    if moved is not None:
        print(f"Moved {counted(moved, 'family', 'families')} to the print list.")
    elif waiting:
        print(f"{counted(waiting, 'family', 'families')} whose e-mail bounced {'is' if waiting == 1 else 'are'} not "
              "on the print list yet; move them with: ssrdesk bounces --to-print")
    return EXIT_OK


def _import(workspace: Workspace, messages: list[tuple[bytes, str]]) -> bounces.BounceReport:
    with closing(workspace.connect()) as connection:
        return bounces.import_notices(connection, (bounces.read_notice(raw, source) for raw, source in messages))


def _read_files(paths: list[Path]) -> list[tuple[bytes, str]]:
    files = [f for p in paths for f in (sorted(p.glob("*.eml")) if p.is_dir() else [p])]
    try:
        return [(f.read_bytes(), f.name) for f in files]
    except OSError as error:
        raise UserError(f"Cannot read {error.filename}: {error.strerror}.") from None


def _fetch(settings: imap.ImapSettings, since: date | None) -> list[bytes]:
    """Log in with the password from the environment, the keychain or a prompt; a typed one is saved once it
    worked, a saved one that stopped working is forgotten."""
    from_environment = os.environ.get(PASSWORD_VARIABLE)
    saved = None if from_environment else keychain.load(settings.account)
    password = from_environment or saved
    if not password:
        if not sys.stdin.isatty():
            raise UserError(f"No IMAP password: set {PASSWORD_VARIABLE}, or run ssrdesk bounces in a terminal "
                            "to be asked for it.")
        password = getpass.getpass(f"IMAP password for {settings.user} on {settings.host}: ")
    try:
        messages = run(imap.fetch_imap(settings, password, since))
    except imap.LoginRefused as refused:
        if not saved:
            raise
        keychain.forget(settings.account)
        raise UserError(f"{refused} The saved password was removed; you will be asked for it next time.") from None
    if not (from_environment or saved) and not keychain.store(settings.account, password):
        print(keychain.NOT_REMEMBERED, file=sys.stderr)
    return messages


def _print_families(families: list[dict]) -> None:
    if not families:
        print("No family has bounced e-mail waiting to be sorted out.")
        return
    print(f"{counted(len(families), 'family', 'families')} whose e-mail bounced:")
    for f in families:
        where = "  (on the print list)" if f["on_print_list"] else ""
        print(f"  {f['ssid']}  {f['student'][:28]:28}  {bounces.detail(f['address'], f['status'])}  "
              f"{f['when'][:10]}{where}")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date written as YYYY-MM-DD") from None


HANDLERS = {"bounces": _bounces}
