"""Building, queueing and sending the e-mails, so that a crash never loses or doubles a message.

Every message is built in full, stored, and written as an outbox row before anything is sent. Sending marks
a row "sending" before talking to the server and "sent" only once the server accepted it; the report's
message always goes first and its password message right after, and a password message whose report went
out is sent before anything new, on resume too.

Pending passwords: a password message is stored encrypted (Fernet) with a key kept in the system's password
store, and its stored copy is deleted once sent. Regenerating file and password on resume was the other
way, but it cannot help the family whose report went out just before the crash: its password must be the
one already used. Without a password store the key lives in memory; should ssrdesk then stop between a
report and its password, that family gets a new report with a new password (see `_lost_pairs`).

A message caught "sending" by a crash may or may not have reached the server. It is sent again with the
same bytes and the same Message-ID: losing a report or a password is worse than a duplicate, and mail
systems that see one Message-ID twice (Gmail, Exchange) keep one copy.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone
from email.policy import SMTP
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken

from .. import distribution, keychain
from ..db import transaction
from ..errors import UserError
from ..files import atomic_write, private_folder
from ..printing.letters import School, load_school
from ..tasks import Job, Progress
from ..words import counted
from ..workspace import Workspace
from . import messages
from .messages import FILE, PASSWORD, GENERIC_GUARDIAN, Sender, Template
from .passwords import password_for
from .protect import Protected, Request, protect_all
from . import recipients
from .recipients import EmailOptions, EmailPlan, Family
from .smtp import Refused, SetupProblem, TryLater

QUEUED, SENDING, SENT, FAILED, CANCELLED, EXPORTED, LOST = ("queued", "sending", "sent", "failed", "cancelled",
                                                             "exported", "lost")
SEND, EML = "send", "eml"


# --- building ---------------------------------------------------------------------------------------

@dataclass
class Built:
    """One family's two messages, as sent (CRLF lines), and their Message-IDs."""

    family: Family
    file: bytes
    password: bytes
    file_id: str
    password_id: str
    passwords: list[str]  # one per child, in order (kept only in memory)

    @property
    def size(self) -> int:
        return len(self.file) + len(self.password)


@dataclass
class NotBuilt:
    family: Family
    reason: str


def build(connection: sqlite3.Connection, plan: EmailPlan, sender: Sender, workers: int | None = None,
          unsent: bool = False) -> Iterator[Built | NotBuilt]:
    """Protect each family's reports (in parallel) and compose its two messages, as each is ready.
    `unsent` marks them for a mail program to open ready to send (.eml files)."""
    texts, school = messages.templates(connection), load_school(connection)
    passwords = {(i, j): password_for(child.student, plan.options.policy)
                 for i, family in enumerate(plan.families) for j, child in enumerate(family.children)}
    requests = (Request((i, j), child.pages, passwords[i, j])
                for i, family in enumerate(plan.families) for j, child in enumerate(family.children))
    ready: dict[int, dict[int, bytes]] = {}
    failed: set[int] = set()
    for result in protect_all(requests, workers):
        if not isinstance(result, Protected):
            (i, _), why = result
            if i not in failed:
                failed.add(i)
                ready.pop(i, None)
                yield NotBuilt(plan.families[i], f"the report could not be protected ({why})")
            continue
        i, j = result.key
        if i in failed:
            continue
        done = ready.setdefault(i, {})
        done[j] = result.pdf
        family = plan.families[i]
        if len(done) == len(family.children):
            del ready[i]
            mine = [passwords[i, k] for k in range(len(family.children))]
            try:
                yield _compose(family, [done[k] for k in range(len(family.children))], mine, texts, school, sender,
                               unsent)
            except (UnicodeError, ValueError) as error:  # a name or address mail headers cannot carry
                yield NotBuilt(family, f"the message could not be written ({error})")


def _compose(family: Family, pdfs: list[bytes], passwords: list[str], texts: dict, school: School,
             sender: Sender, unsent: bool) -> Built:
    file_text, password_text, names = _texts(family, passwords, texts, school)
    file_id, password_id = messages.new_message_id(sender), messages.new_message_id(sender)
    file = messages.compose(sender, family.address, family.guardian, family.language, file_text, file_id,
                            list(zip(names, pdfs)))
    password = messages.compose(sender, family.address, family.guardian, family.language, password_text, password_id)
    for message in (file, password) if unsent else ():
        message["X-Unsent"] = "1"  # Outlook opens such a file as a message ready to send
    return Built(family, file.as_bytes(policy=SMTP), password.as_bytes(policy=SMTP), file_id, password_id, passwords)


def values_for(family: Family, school: School, attachments: list[str]) -> dict[str, str]:
    """The merge fields of a family's messages, but for the password and the first message's subject."""
    children = [c.student for c in family.children]
    full = _joined([f"{s['first_name']} {s['last_name']}".strip() for s in children])
    return {
        "guardian_name": family.guardian or GENERIC_GUARDIAN[family.language].format(student_name=full),
        "student_name": full,
        "student_first_name": _joined([s["first_name"] for s in children]),
        "grade": _joined(list(dict.fromkeys(_grade(s["grade"]) for s in children))),
        "school": _joined(list(dict.fromkeys(s["school_name"] or school.name for s in children))),
        "contact_name": school.contact_name,
        "contact_phone": school.contact_phone,
        "attachment": ", ".join(attachments),
    }


def _joined(items: list[str]) -> str:
    return " & ".join(item for item in items if item)


def _grade(grade: str) -> str:
    text = grade.strip().upper()
    return "K" if text in ("KN", "K", "0", "00") else text.lstrip("0") or text


def preview(connection: sqlite3.Connection, family: Family, sender: Sender,
            policy_example: str) -> tuple[Template, Template, list[str]]:
    """The two messages one family would get, with an example password, for checking before sending."""
    return _texts(family, [policy_example] * len(family.children), messages.templates(connection),
                  load_school(connection))


def _texts(family: Family, passwords: list[str], texts: dict, school: School) -> tuple[Template, Template, list[str]]:
    """The family's two texts filled in, and the attachments' names (one per child, with its password)."""
    names: list[str] = []
    for child in family.children:
        names.append(messages.attachment_name(child.student["first_name"], set(names)))
    values = values_for(family, school, names)
    file_text = messages.render(texts[family.language, FILE], values)
    values["file_subject"] = file_text.subject
    values["password"] = passwords[0] if len(passwords) == 1 else "\n".join(
        f"{name}: {password}" for name, password in zip(names, passwords))
    return file_text, messages.render(texts[family.language, PASSWORD], values), names


# --- dry run ----------------------------------------------------------------------------------------

@dataclass
class DryRun:
    families: int = 0
    messages: int = 0
    attachments: int = 0
    bytes: int = 0
    seconds: float = 0.0
    not_built: list[NotBuilt] = field(default_factory=list)


def dry_run(workspace: Workspace, plan: EmailPlan, sender: Sender, workers: int | None = None) -> Job[DryRun]:
    """Build every file and message exactly as sending would, then throw them away; nothing is sent or kept."""
    started, result = time.monotonic(), DryRun()
    connection = workspace.connect()
    try:
        for item in build(connection, plan, messages.check_sender(sender), workers):
            if isinstance(item, NotBuilt):
                result.not_built.append(item)
            else:
                result.families += 1
                result.messages += 2
                result.attachments += len(item.passwords)
                result.bytes += item.size
            yield Progress(result.families + len(result.not_built), len(plan.families), "Building the messages")
    finally:
        connection.close()
    result.seconds = time.monotonic() - started
    return result


# --- queueing ---------------------------------------------------------------------------------------

@dataclass
class Queued:
    run: int
    families: int
    to_print: int
    not_built: list[NotBuilt]
    folder: str = ""  # where .eml files went


def queue(workspace: Workspace, plan: EmailPlan, sender: Sender, mode: str = SEND, folder: Path | None = None,
          workers: int | None = None, replaces: int | None = None) -> Job[Queued]:
    """Build and store every message as an outbox row (to send), or write them as .eml files (to send from
    the district's own mail program). Students without an address are put on the print list. `replaces`:
    the lost pair these messages replace (cancelled when they are stored)."""
    messages.check_sender(sender)
    connection = workspace.connect()
    try:
        options = _options_json(plan.options)
        eml_folders = _eml_folders(folder) if mode == EML else None
        with transaction(connection):
            run = connection.execute(
                "INSERT INTO email_run (created_at, mode, sender, options, folder) VALUES (?, ?, ?, ?, ?)",
                (distribution.now(), mode, sender.address, options, str(folder or ""))).lastrowid
            listed = distribution.print_list(connection)
            distribution.record(connection, [(left.ssid, None, distribution.TO_PRINT, distribution.PRINT, left.reason,
                                              None) for left in plan.to_print if left.ssid not in listed])
        key = _outbox_key(connection) if mode == SEND else None
        done, not_built = 0, []
        for item in build(connection, plan, sender, workers, unsent=mode == EML):
            if isinstance(item, NotBuilt):
                not_built.append(item)
            elif mode == SEND:
                _store(workspace, connection, run, item, key, replaces)
            else:
                _export(connection, run, item, eml_folders, done + 1)
            done += 1
            yield Progress(done, len(plan.families), "Protecting the reports and writing the messages")
        with transaction(connection):
            if mode == EML:
                connection.execute("UPDATE email_run SET finished_at = ? WHERE id = ?", (distribution.now(), run))
        return Queued(run, done - len(not_built), len(plan.to_print), not_built, str(folder or ""))
    finally:
        connection.close()


def _options_json(options: EmailOptions) -> str:
    return json.dumps({"languages": options.languages, "reports": list(options.reports), "siblings": options.siblings,
                       "password": options.policy.describe(), "resend": options.resend,
                       "address": bool(options.address)})


def spool_folder(workspace: Workspace) -> Path:
    return private_folder(workspace.folder / "outbox")


def _store(workspace: Workspace, connection: sqlite3.Connection, run: int, item: Built, key: Fernet,
           replaces: int | None) -> None:
    """The family's two stored messages, on the disk for sure, then their rows in one transaction."""
    spool = spool_folder(workspace)
    names = []
    for raw, message_id, locked in ((item.file, item.file_id, False), (item.password, item.password_id, True)):
        name = message_id.strip("<>").split(".")[0] + (".eml.locked" if locked else ".eml")
        with atomic_write(spool / name, durable=True) as temporary:
            temporary.write_bytes(key.encrypt(raw) if locked else raw)
        names.append(name)
    _insert_pair(connection, run, item, QUEUED, names, replaces)


def _insert_pair(connection: sqlite3.Connection, run: int, item: Built, state: str, spools: list[str],
                 replaces: int | None = None) -> tuple[int, int]:
    family, at = item.family, distribution.now()
    common = (family.address, family.language, json.dumps(family.ssids), json.dumps(family.report_ids))
    with transaction(connection):
        file_row = connection.execute(
            "INSERT INTO outbox (run_id, pair, kind, recipient, language, ssids, report_ids, message_id, spool, state,"
            " queued_at) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (run, FILE, *common, item.file_id, spools[0], state, at)).lastrowid
        connection.execute("UPDATE outbox SET pair = ? WHERE id = ?", (file_row, file_row))
        password_row = connection.execute(
            "INSERT INTO outbox (run_id, pair, kind, recipient, language, ssids, report_ids, message_id, spool, state,"
            " queued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (run, file_row, PASSWORD, *common, item.password_id, spools[1], state, at)).lastrowid
        if state == EXPORTED:
            _record(connection, file_row, distribution.EXPORTED, family.address)
        if replaces is not None:
            connection.execute("UPDATE outbox SET state = ?, error = ? WHERE pair = ? AND state = ?",
                               (CANCELLED, "replaced by a new report and password", replaces, LOST))
    return file_row, password_row


def _eml_folders(folder: Path | None) -> tuple[Path, Path]:
    if folder is None:
        raise UserError("Choose a folder for the .eml files.")
    first, second = Path(folder) / "1 - send first - reports", Path(folder) / "2 - send second - passwords"
    for path in (first, second):
        if path.exists() and any(path.iterdir()):
            raise UserError(f"{path} already holds messages from an earlier export. Choose an empty folder, so "
                            "no family gets a report twice or a password that does not match.")
        private_folder(path)
    return first, second


def _export(connection: sqlite3.Connection, run: int, item: Built, folders: tuple[Path, Path], number: int) -> None:
    """Two .eml files that Outlook and Thunderbird open ready to send (X-Unsent); numbered so the n-th
    password goes with the n-th report."""
    for raw, where in ((item.file, folders[0]), (item.password, folders[1])):
        with atomic_write(where / f"{number:04d}.eml") as temporary:
            temporary.write_bytes(raw)
    _insert_pair(connection, run, item, EXPORTED, ["", ""])


# --- sending ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Limits:
    per_minute: int = 30
    per_day: int = 2000


@dataclass
class Sent:
    sent: int = 0
    refused: int = 0  # addresses the server refused for good (marked bounced)
    waiting: int = 0  # still queued when sending stopped
    stopped: str = ""  # why sending stopped early, in words; "" when the outbox is empty
    requeued: int = 0  # families whose stored message was lost and who get a new report and password
    not_requeued: list[str] = field(default_factory=list)  # … and those who could not, with why


class Transport:
    """What `send` needs of a mail connection (SmtpTransport, or a test's)."""

    def send(self, raw: bytes, sender: str, recipient: str) -> None: ...

    def close(self) -> None: ...


def send(workspace: Workspace, transport: Transport, sender: Sender, options: EmailOptions,
         limits: Limits = Limits(), clock: Callable[[], float] = time.monotonic,
         sleep: Callable[[float], None] = time.sleep) -> Job[Sent]:
    """Send everything queued, oldest first, each report followed by its password, within the limits.

    Stops (keeping the rest queued) when the server or network fails for now, the daily limit is reached,
    or the caller stops iterating (Cancel, honoured between pairs only: a report is never left without
    its password by a Cancel). Run it again to resume. `options` make the new report and password for a
    family whose stored messages were lost.
    """
    connection = workspace.connect()
    result, spool = Sent(), spool_folder(workspace)
    interval, last = 60.0 / limits.per_minute, None

    def pace():
        nonlocal last
        while last is not None and (wait := last + interval - clock()) > 0:
            sleep(min(wait, 0.5))
        last = clock()

    try:
        _recover(connection, spool)
        key = _outbox_key(connection)
        lost = _lost_pairs(connection, spool, key)
        if lost:
            requeued = yield from requeue(workspace, lost, sender, options)
            result.requeued, result.not_requeued = requeued.families, requeued.not_requeued
        total = _count(connection, QUEUED)
        while (rows := _next_pair(connection)):
            if _sent_today(connection) + len(rows) > limits.per_day:
                result.stopped = (f"The daily limit of {counted(limits.per_day, 'message')} is reached. The rest "
                                  "stay in the outbox: resume sending tomorrow.")
                break
            if last is not None and last + interval > clock():  # the only wait that may be cancelled
                yield Progress(result.sent, total, f"Waiting: at most {limits.per_minute} messages a minute")
            for row in rows:
                pace()
                outcome = _send_one(connection, transport, spool, key, row, sender.address)
                if outcome is SENT:
                    result.sent += 1
                    continue
                if isinstance(outcome, Refused):
                    result.refused += 1
                else:
                    result.stopped = f"Sending stopped: {outcome} The messages not sent yet stay in the outbox."
                break
            yield Progress(result.sent + result.refused, total, f"Sent {result.sent} of {total}")
            if result.stopped:
                break
    except SetupProblem as problem:
        result.stopped = str(problem)
    finally:
        transport.close()
        result.waiting = _count(connection, QUEUED)
        connection.close()
    return result


def _send_one(connection: sqlite3.Connection, transport: Transport, spool: Path, key: Fernet, row: sqlite3.Row,
              sender: str):
    """SENT, a Refused (the address, for good), or a TryLater/SetupProblem (stop; the row stays queued)."""
    raw = _stored(spool, key, row)
    with transaction(connection):
        connection.execute("UPDATE outbox SET state = ?, attempts = attempts + 1 WHERE id = ?", (SENDING, row["id"]))
    try:
        transport.send(raw, sender, row["recipient"])
    except (Refused, TryLater, SetupProblem) as problem:
        if row["kind"] == PASSWORD:  # its report went: the password must follow, so it waits, never dropped
            return _keep_queued(connection, row, TryLater(
                f"the report to {row['recipient']} went out, but the server did not take its password message "
                f"({str(problem).rstrip('.')}). It stays queued and goes first when sending resumes."))
        if not isinstance(problem, Refused):
            return _keep_queued(connection, row, problem)
        refused = problem
        with transaction(connection):
            connection.execute("UPDATE outbox SET state = ?, error = ? WHERE id = ?", (FAILED, str(refused), row["id"]))
            connection.execute("UPDATE outbox SET state = ?, error = 'its report was refused' WHERE pair = ? AND kind = ?",
                               (CANCELLED, row["pair"], PASSWORD))  # no password for a report that did not go
            _record(connection, row["id"], distribution.BOUNCED, f"{row['recipient']}: {refused}")
        _delete_spool(connection, spool, row["pair"])
        return refused
    with transaction(connection):
        connection.execute("UPDATE outbox SET state = ?, sent_at = ?, error = '' WHERE id = ?",
                           (SENT, distribution.now(), row["id"]))
        event = distribution.EMAILED if row["kind"] == FILE else distribution.PASSWORD_SENT
        _record(connection, row["id"], event, row["recipient"])
    (spool / row["spool"]).unlink(missing_ok=True)  # a sent password is kept nowhere
    return SENT


def _keep_queued(connection: sqlite3.Connection, row: sqlite3.Row, why: Exception) -> Exception:
    with transaction(connection):
        connection.execute("UPDATE outbox SET state = ?, error = ? WHERE id = ?", (QUEUED, str(why), row["id"]))
    return why


def _stored(spool: Path, key: Fernet, row: sqlite3.Row) -> bytes:
    """The message as stored; LostMessage when the file is gone, empty or cannot be unlocked."""
    try:
        stored = (spool / row["spool"]).read_bytes()
        raw = key.decrypt(stored) if row["kind"] == PASSWORD else stored
    except (OSError, InvalidToken):
        raise LostMessage(row["pair"])
    if not raw.strip():
        raise LostMessage(row["pair"])
    return raw


class LostMessage(Exception):
    """A queued message whose stored copy is gone (deleted, quarantined, never written to disk)."""


def _record(connection: sqlite3.Connection, outbox_id: int, event: str, detail: str) -> None:
    row = connection.execute("SELECT run_id, ssids, report_ids FROM outbox WHERE id = ?", (outbox_id,)).fetchone()
    reports = json.loads(row["report_ids"])
    owners = _report_owners(connection, reports)
    distribution.record(connection, [(owners.get(report, ""), report, event, distribution.EMAIL, detail, outbox_id)
                                     for report in reports], batch=f"e-mail run {row['run_id']}")
    for ssid in set(json.loads(row["ssids"])) - set(owners.values()):  # a student whose reports left the library
        distribution.record(connection, [(ssid, None, event, distribution.EMAIL, detail, outbox_id)])


def _report_owners(connection: sqlite3.Connection, reports: list[int]) -> dict[int, str]:
    marks = ", ".join("?" * len(reports))
    return dict(connection.execute(f"SELECT id, ssid FROM ssr WHERE id IN ({marks})", reports).fetchall())


def _next_pair(connection: sqlite3.Connection) -> list[sqlite3.Row]:
    """A password whose report went out comes first; then the oldest report with its password."""
    orphan = connection.execute(
        "SELECT p.* FROM outbox p JOIN outbox f ON f.id = p.pair WHERE p.kind = ? AND p.state = ? AND f.state = ?"
        " ORDER BY p.id LIMIT 1", (PASSWORD, QUEUED, SENT)).fetchone()
    if orphan is not None:
        return [orphan]
    first = connection.execute("SELECT * FROM outbox WHERE kind = ? AND state = ? ORDER BY id LIMIT 1",
                               (FILE, QUEUED)).fetchone()
    if first is None:
        return []
    return [first, connection.execute("SELECT * FROM outbox WHERE pair = ? AND kind = ?", (first["id"], PASSWORD)).fetchone()]


def _recover(connection: sqlite3.Connection, spool: Path) -> None:
    """Messages a crash caught mid-send go back in the queue (see the module's note on duplicates), and
    stored copies no queued row names (a crash between storing and recording) are deleted."""
    with transaction(connection):
        connection.execute("UPDATE outbox SET state = ?, error = 'ssrdesk stopped while sending it' WHERE state = ?",
                           (QUEUED, SENDING))
    wanted = {r[0] for r in connection.execute("SELECT spool FROM outbox WHERE state IN (?, ?)", (QUEUED, LOST))}
    for stored in spool.iterdir():
        if stored.name not in wanted:
            stored.unlink(missing_ok=True)


def _lost_pairs(connection: sqlite3.Connection, spool: Path, key: Fernet) -> list[sqlite3.Row]:
    """Queued pairs with a message that cannot be read back (the key lived only in memory and ssrdesk closed;
    a file was deleted or never reached the disk). They are marked lost, not cancelled, until a new report
    and password are queued for the same address: a crash in between finds them again."""
    for row in connection.execute("SELECT * FROM outbox WHERE state = ?", (QUEUED,)).fetchall():
        try:
            _stored(spool, key, row)
        except LostMessage:
            with transaction(connection):
                connection.execute(
                    "UPDATE outbox SET state = ?, error = 'its stored copy could not be read back' WHERE pair = ?"
                    " AND state = ?", (LOST, row["pair"], QUEUED))
    return connection.execute("SELECT * FROM outbox WHERE state = ? AND kind = ? ORDER BY id", (LOST, PASSWORD)).fetchall()


def _delete_spool(connection: sqlite3.Connection, spool: Path, pair: int) -> None:
    for row in connection.execute("SELECT spool FROM outbox WHERE pair = ? AND state != ?", (pair, QUEUED)):
        if row["spool"]:
            (spool / row["spool"]).unlink(missing_ok=True)


def _count(connection: sqlite3.Connection, state: str) -> int:
    return connection.execute("SELECT COUNT(*) FROM outbox WHERE state = ?", (state,)).fetchone()[0]


def _sent_today(connection: sqlite3.Connection) -> int:
    """Messages sent in the last 24 hours, the way mail services count their daily limits."""
    since = (datetime.now(timezone.utc) - timedelta(days=1)).isoformat(timespec="seconds")
    return connection.execute("SELECT COUNT(*) FROM outbox WHERE state = ? AND sent_at >= ?", (SENT, since)).fetchone()[0]


def _outbox_key(connection: sqlite3.Connection) -> Fernet:
    """The key that locks stored password messages, kept in the system's password store for this workspace."""
    row = connection.execute("SELECT value FROM setting WHERE key = 'workspace_id'").fetchone()
    if row is None:
        with transaction(connection):
            connection.execute("INSERT OR IGNORE INTO setting (key, value) VALUES ('workspace_id', ?)",
                               (json.dumps(os.urandom(16).hex()),))
        row = connection.execute("SELECT value FROM setting WHERE key = 'workspace_id'").fetchone()
    account = f"outbox {json.loads(row['value'])}"
    key = keychain.load(account)
    if key is None:
        key = Fernet.generate_key().decode()
        keychain.store(account, key)
    return Fernet(key.encode())


@dataclass
class Requeued:
    families: int = 0
    not_requeued: list[str] = field(default_factory=list)


def requeue(workspace: Workspace, lost: list[sqlite3.Row], sender: Sender, options: EmailOptions) -> Job[Requeued]:
    """A new report and password for each lost pair's address and students; the lost pair is cancelled in the
    same transaction that queues its replacement. A pair that cannot be replaced stays lost, and said."""
    result = Requeued()
    for row in lost:
        ssids = json.loads(row["ssids"])
        connection = workspace.connect()
        try:
            made = recipients.plan(connection, ssids, replace(options, resend=True, address=row["recipient"]),
                                   workspace.folder)
        finally:
            connection.close()
        if not made.families:
            reasons = "; ".join(left.reason for left in made.left_out + made.to_print) or "no report to send"
            result.not_requeued.append(f"{row['recipient']}: {reasons}")
            continue
        queued = yield from queue(workspace, made, sender, replaces=row["pair"])
        if queued.not_built:
            result.not_requeued.append(f"{row['recipient']}: {queued.not_built[0].reason}")
        result.families += queued.families
    return result


# --- what the outbox holds --------------------------------------------------------------------------

def counts(connection: sqlite3.Connection) -> dict[str, int]:
    """Messages by state, plus how many bounced, for the progress shown while sending and after reopening."""
    found = {state: 0 for state in (QUEUED, SENDING, SENT, FAILED, CANCELLED, EXPORTED, LOST)}
    found.update(connection.execute("SELECT state, COUNT(*) FROM outbox GROUP BY state").fetchall())
    found["bounced"] = connection.execute("SELECT COUNT(DISTINCT outbox_id) FROM bounce WHERE outbox_id IS NOT NULL"
                                          ).fetchone()[0]
    return found


def runs(connection: sqlite3.Connection) -> list[dict]:
    """Each e-mail run, newest first, with how many of its messages are in each state."""
    found: dict[int, dict] = {}
    for row in connection.execute(
            "SELECT r.id, r.created_at, r.mode, r.folder, o.state, COUNT(o.id) AS messages FROM email_run r"
            " LEFT JOIN outbox o ON o.run_id = r.id GROUP BY r.id, o.state ORDER BY r.id DESC"):
        run = found.setdefault(row["id"], {"id": row["id"], "created_at": row["created_at"], "mode": row["mode"],
                                           "folder": row["folder"], "states": {}})
        if row["state"]:
            run["states"][row["state"]] = row["messages"]
    return list(found.values())


def cancel(workspace: Workspace) -> tuple[int, int]:
    """Take every report not sent yet out of the outbox. A password whose report already went stays queued
    (the family needs it). Returns (families cancelled, passwords still to send)."""
    connection = workspace.connect()
    try:
        _recover(connection, spool_folder(workspace))
        with transaction(connection):
            pairs = [r[0] for r in connection.execute("SELECT pair FROM outbox WHERE kind = ? AND state = ?",
                                                      (FILE, QUEUED))]
            connection.execute(
                "UPDATE outbox SET state = ?, error = 'cancelled before sending' WHERE state = ? AND pair IN"
                " (SELECT pair FROM outbox WHERE kind = ? AND state = ?)", (CANCELLED, QUEUED, FILE, QUEUED))
        for pair in pairs:
            _delete_spool(connection, spool_folder(workspace), pair)
        return len(pairs), _count(connection, QUEUED)
    finally:
        connection.close()
