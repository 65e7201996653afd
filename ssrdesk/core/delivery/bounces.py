"""Bounced e-mail: read delivery-status notifications, match them to the messages ssrdesk sent, and find
the families whose reports must go out another way.

A notification is matched by the Message-ID of the message it returns: every message ssrdesk sends (or
exports) has its own, kept in the outbox. Standard notifications (RFC 3464, as Postfix, Exchange and
Gmail send them) say per recipient whether delivery failed or is only delayed; for the odd old server
that writes a plain-text bounce, its sender or subject gives it away and the Message-ID is looked for in
the text. Each notification is imported once, keyed by its own Message-ID.
"""

from __future__ import annotations

import email
import email.policy
import hashlib
import json
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from email.errors import HeaderParseError
from email.message import Message
from email.parser import BytesHeaderParser
from email.utils import parseaddr

from .. import distribution
from ..db import transaction
from ..words import counted

# The reason a coordinator reads, by RFC 3463 status code.
REASONS = {
    "5.1.1": "the address does not exist",
    "5.1.10": "the address does not exist",  # Microsoft 365's "recipient not found"
    "5.1.2": "the address's domain (after the @) does not exist",
    "5.1.3": "the address is not written correctly",
    "5.2.1": "the mailbox is closed or not accepting mail",
    "5.2.2": "the mailbox is full",
    "5.2.3": "the message is too large for the mailbox",
    "5.7.1": "the family's mail server refused the message (blocked as unwanted or not allowed)",
}
TEMPORARY = "the family's mail server kept turning it away and the sending server gave up"
UNKNOWN = "the message could not be delivered"

MOVED_TO_PRINT = "e-mail bounced"  # why a family is on the print list

_STATUS = re.compile(r"(?<![\d.])([245]\.\d{1,3}\.\d{1,3})(?![\d.])")
_MESSAGE_ID = re.compile(r"<[^<>\s@]+@[^<>\s@]+>")
_LABELLED_ID = re.compile(r"^[ \t>]*Message-ID:[ \t]*(<[^<>\s@]+@[^<>\s@]+>)", re.IGNORECASE | re.MULTILINE)
# Plain-text bounces from servers that predate RFC 3464.
_BOUNCE_SENDER = re.compile(r"^(mailer-daemon|mailer_daemon|mail-daemon|postmaster)@", re.IGNORECASE)
_BOUNCE_SUBJECT = re.compile(r"undeliver|returned mail|failure notice|delivery (status notification|failure|"
                             r"failed|has failed|problem)|mail delivery failed|could not be delivered|non-?delivery",
                             re.IGNORECASE)
_DELAY_SUBJECT = re.compile(r"delay|warning", re.IGNORECASE)


@dataclass(frozen=True)
class Failure:
    """One recipient the notification says could not be reached."""

    recipient: str
    status: str  # such as 5.1.1; "" when the notification gives none
    diagnostic: str  # the receiving server's own words


@dataclass(frozen=True)
class Notice:
    """One bounce notification (or delay warning) as read from a message."""

    notice_id: str  # its own Message-ID, or a digest of its bytes: imported once
    source: str  # the .eml file or the IMAP folder it came from
    message_ids: tuple[str, ...]  # the Message-ID(s) it names for the message that failed, likeliest first
    failures: tuple[Failure, ...]  # empty for a delay warning
    delays: int  # recipients the server is still trying


@dataclass(frozen=True)
class Matched:
    ssids: list[str]
    students: list[str]
    recipient: str
    reason: str
    status: str
    diagnostic: str
    message: str  # which of the two messages bounced: "file" or "password"
    source: str


@dataclass(frozen=True)
class Unmatched:
    """A bounce about a message ssrdesk did not send (or whose Message-ID the notification left out)."""

    recipient: str
    reason: str
    status: str
    diagnostic: str
    message_id: str
    source: str


@dataclass
class BounceReport:
    matched: list[Matched] = field(default_factory=list)
    unmatched: list[Unmatched] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)  # sources of notifications imported before
    delays: int = 0  # delay warnings skipped
    not_bounces: int = 0  # messages that were not bounce notifications

    def to_json(self) -> dict:
        return {"matched": [asdict(m) for m in self.matched], "unmatched": [asdict(u) for u in self.unmatched],
                "duplicates": self.duplicates, "delays": self.delays, "not_bounces": self.not_bounces}

    def text(self) -> str:
        lines = []
        if self.matched:
            lines.append(f"{counted(len(self.matched), 'bounced message')} matched to families:")
            for m in self.matched:
                who = ", ".join(f"{name} ({ssid})" if name else ssid for ssid, name in zip(m.ssids, m.students))
                lines.append(f"  {who}: {detail(m.recipient, m.status)}")
        if self.unmatched:
            lines.append(f"{counted(len(self.unmatched), 'bounce')} about messages ssrdesk did not send, left alone:")
            lines += [f"  {u.source}: {detail(u.recipient or '(address not given)', u.status)}" for u in self.unmatched]
        if self.duplicates:
            lines.append(f"{counted(len(self.duplicates), 'notice')} imported before, skipped.")
        if self.delays:
            lines.append(f"{counted(self.delays, 'delay warning')} skipped: the mail server is still trying, "
                         "and sends a bounce if it gives up.")
        if self.not_bounces:
            lines.append(f"{counted(self.not_bounces, 'message')} that {'is' if self.not_bounces == 1 else 'are'} "
                         "not a bounce notice, skipped.")
        return "\n".join(lines) or "No bounce notices found."


def reason(status: str) -> str:
    if status in REASONS:
        return REASONS[status]
    return TEMPORARY if status.startswith("4.") else UNKNOWN


def detail(recipient: str, status: str) -> str:
    """The distribution record's words: "maria@example.org: the address does not exist (5.1.1)"."""
    return f"{recipient}: {reason(status)}" + (f" ({status})" if status else "")


def read_notice(raw: bytes, source: str) -> Notice | None:
    """The bounce notification in `raw` (a delay warning is one with no failures), or None for other mail."""
    message = email.message_from_bytes(raw, policy=email.policy.default)
    own_ids = _ids(_header(message, "Message-ID"))
    notice_id = own_ids[0] if own_ids else "sha256:" + hashlib.sha256(raw).hexdigest()
    report = _delivery_status(message)
    if report is not None:
        failures, delays = _recipients(report)
    elif _looks_like_bounce(message):
        status = _status(_text(message.get_body(("plain",)) or message))
        recipient = parseaddr(_header(message, "X-Failed-Recipients"))[1]
        if _DELAY_SUBJECT.search(_header(message, "Subject")):
            failures, delays = [], 1
        else:
            failures, delays = [Failure(recipient, status, "")], 0
    else:
        return None
    if not failures and not delays:
        return None  # a "delivered" or "relayed" report: good news
    message_ids = [i for i in _original_ids(message) if i not in own_ids]
    return Notice(notice_id, source, tuple(dict.fromkeys(message_ids)), tuple(failures), delays)


def import_notices(connection: sqlite3.Connection, notices: Iterable[Notice | None]) -> BounceReport:
    """Record each notice once, all in one transaction: a bounce row, and for a message ssrdesk sent a "bounced"
    event per report in it. Delay warnings and Nones (messages read_notice found not to be bounces) are counted."""
    report = BounceReport()
    at = distribution.now()
    with transaction(connection):
        for notice in notices:
            if notice is None:
                report.not_bounces += 1
                continue
            report.delays += notice.delays
            if not notice.failures:
                continue
            sent = _sent_message(connection, notice.message_ids)
            # Each message ssrdesk sends has one recipient, so a notification about it is one bounce, and the
            # family's address is the one it was sent to (a forwarding server may name another).
            failure = notice.failures[0]
            recipient = sent["recipient"] if sent else failure.recipient
            message_id = sent["message_id"] if sent else next(iter(notice.message_ids), "")
            inserted = connection.execute(
                "INSERT INTO bounce (notice_id, message_id, outbox_id, recipient, status, diagnostic, source,"
                " imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (notice_id) DO NOTHING",
                (notice.notice_id, message_id, sent["id"] if sent else None, recipient, failure.status,
                 failure.diagnostic, notice.source, at)).rowcount
            if not inserted:
                report.duplicates.append(notice.source)
            elif sent is None:
                report.unmatched.append(Unmatched(recipient, reason(failure.status), failure.status,
                                                  failure.diagnostic, message_id, notice.source))
            else:
                ssids = json.loads(sent["ssids"])
                words = detail(recipient, failure.status)
                distribution.record(connection, [(ssid, report_id, distribution.BOUNCED, distribution.EMAIL, words,
                                                  sent["id"]) for ssid, report_id in _reports(connection, sent)])
                report.matched.append(Matched(ssids, [_student_name(connection, s) for s in ssids], recipient,
                                              reason(failure.status), failure.status, failure.diagnostic,
                                              sent["kind"], notice.source))
    return report


def bounced_families(connection: sqlite3.Connection) -> list[dict]:
    """Students whose latest bounce is not yet sorted out: by a printed or handed-out report since, or by a
    password delivered in a message written after the one that bounced (a resend, to the same address once
    its mailbox has room, or to a better one; a bounce can come back after that was sent), or sent since
    to another address."""
    waiting = distribution.print_list(connection)
    rows = connection.execute(
        "SELECT d.ssid, d.at, d.detail, o.recipient, b.id AS bounce, b.status, s.first_name, s.last_name"
        " FROM distribution d"
        " JOIN outbox o ON o.id = d.outbox_id"
        " LEFT JOIN bounce b ON b.id = (SELECT MAX(id) FROM bounce WHERE outbox_id = d.outbox_id)"
        " LEFT JOIN student s ON s.ssid = d.ssid"
        " WHERE d.event = :bounced AND d.undone_at IS NULL"
        " AND d.id = (SELECT MAX(id) FROM distribution WHERE ssid = d.ssid AND event = :bounced"
        " AND undone_at IS NULL)"
        " AND NOT EXISTS (SELECT 1 FROM distribution later LEFT JOIN outbox lo ON lo.id = later.outbox_id"
        " WHERE later.ssid = d.ssid AND later.undone_at IS NULL AND ("
        " (later.event IN (:printed, :handed_out) AND later.id > d.id)"
        " OR (later.event = :password_sent AND (lo.pair > o.pair OR (later.id > d.id"
        " AND lower(COALESCE(lo.recipient, later.detail)) <> lower(o.recipient))))))"
        " ORDER BY s.last_name, s.first_name, d.ssid",
        {"bounced": distribution.BOUNCED, "printed": distribution.PRINTED, "handed_out": distribution.HANDED_OUT,
         "password_sent": distribution.PASSWORD_SENT})
    families = []
    for r in rows:
        # A message the mail server refused outright, while sending, has no notice: its event says why.
        status = r["status"] if r["bounce"] else _status(r["detail"])
        words = reason(status) if r["bounce"] or status else r["detail"].split(": ", 1)[-1]
        families.append({"ssid": r["ssid"], "student": _name(r["last_name"], r["first_name"]),
                         "address": r["recipient"], "reason": words, "status": status, "when": r["at"],
                         "on_print_list": r["ssid"] in waiting})
    return families


def move_bounced_to_print(connection: sqlite3.Connection) -> int:
    """The one-click "move to print list" for every bounced family; returns how many were added."""
    return distribution.move_to_print(connection, [f["ssid"] for f in bounced_families(connection)], MOVED_TO_PRINT)


def _header(message: Message, name: str) -> str:
    """A header's text; one malformed enough to trip the stdlib's parser, as it was written."""
    try:
        return str(message.get(name) or "")
    except (HeaderParseError, IndexError, TypeError, ValueError):
        return next((str(value) for key, value in message.raw_items() if key.lower() == name.lower()), "")


def _ids(text: str) -> list[str]:
    return _MESSAGE_ID.findall(text)


def _status(text: str) -> str:
    found = _STATUS.search(text)
    return found.group(1) if found else ""


def _text(part: Message) -> str:
    # Status codes and Message-IDs are ASCII, so an odd charset needs no more care than this.
    return (part.get_payload(decode=True) or b"").decode("utf-8", "replace")


def _parts(message: Message) -> Iterable[Message]:
    """Every part, but not the status blocks inside a message/delivery-status (they are not MIME parts)."""
    yield message
    if message.is_multipart() and message.get_content_type() != "message/delivery-status":
        for part in message.get_payload():
            yield from _parts(part)


def _delivery_status(message: Message) -> Message | None:
    if message.get_content_type() != "multipart/report":
        return None
    return next((p for p in _parts(message) if p.get_content_type() == "message/delivery-status"), None)


def _recipients(report: Message) -> tuple[list[Failure], int]:
    """The failed recipients and how many are only delayed; the first block is about the message."""
    failures, delays = [], 0
    for block in report.get_payload()[1:]:
        diagnostic = " ".join(_header(block, "Diagnostic-Code").split())
        status = _status(_header(block, "Status")) or _status(diagnostic)
        action = _header(block, "Action").strip().lower() or ("failed" if status.startswith("5.") else "")
        if action == "failed":
            address = _header(block, "Original-Recipient") or _header(block, "Final-Recipient")
            recipient = address.split(";", 1)[-1].strip().strip("<>")
            failures.append(Failure(recipient, status, diagnostic.split(";", 1)[-1].strip()))
        elif action == "delayed":
            delays += 1
    return failures, delays


def _looks_like_bounce(message: Message) -> bool:
    sender = parseaddr(_header(message, "From"))[1]
    return bool(_BOUNCE_SENDER.match(sender) or _BOUNCE_SUBJECT.search(_header(message, "Subject")))


def _original_ids(notice: Message) -> list[str]:
    """Message-IDs of the returned message: from its returned headers, the notification's own In-Reply-To and
    References, headers quoted in its text; failing all of those, anything in the text that looks like one."""
    found, texts = [], []
    for part in _parts(notice):
        if part is not notice and part.get_content_type() == "message/rfc822":
            found += _ids(_header(part.get_payload(0), "Message-ID"))
        elif part.get_content_subtype() == "rfc822-headers":
            found += _ids(_header(BytesHeaderParser(policy=email.policy.default).parsebytes(
                part.get_payload(decode=True) or b""), "Message-ID"))
        elif part.get_content_maintype() == "text":
            texts.append(_text(part))
    found += _ids(_header(notice, "In-Reply-To")) + _ids(_header(notice, "References"))[::-1]
    found += [i for text in texts for i in _LABELLED_ID.findall(text)]
    return found or [i for text in texts for i in _ids(text)]


def _sent_message(connection: sqlite3.Connection, message_ids: tuple[str, ...]) -> sqlite3.Row | None:
    for message_id in message_ids:
        row = connection.execute("SELECT * FROM outbox WHERE message_id = ?", (message_id,)).fetchone()
        if row:
            return row
    return None


def _reports(connection: sqlite3.Connection, sent: sqlite3.Row) -> list[tuple[str, int | None]]:
    """(ssid, report id) for each report in the message; a student with none listed gets one event of its own.
    Siblings can share a message, so each report is given to the student it belongs to."""
    ssids = json.loads(sent["ssids"])
    report_ids = json.loads(sent["report_ids"])
    marks = ",".join("?" * len(report_ids))
    pairs = [(r["ssid"], r["id"]) for r in connection.execute(
        f"SELECT id, ssid FROM ssr WHERE id IN ({marks}) ORDER BY id", report_ids) if r["ssid"] in ssids]
    covered = {ssid for ssid, _ in pairs}
    return pairs + [(ssid, None) for ssid in ssids if ssid not in covered]


def _student_name(connection: sqlite3.Connection, ssid: str) -> str:
    row = connection.execute("SELECT last_name, first_name FROM student WHERE ssid = ?", (ssid,)).fetchone()
    return _name(row["last_name"], row["first_name"]) if row else ""


def _name(last: str | None, first: str | None) -> str:
    return f"{last or ''}, {first or ''}".strip(", ")
