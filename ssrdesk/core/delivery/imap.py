"""Fetch bounce notifications from the sending account's mailbox over IMAP, leaving every message unread.

The folder is opened read-only and messages are read with BODY.PEEK[], so nothing in the coordinator's
mail changes. The server's certificate is always checked (the stdlib's imaplib does not by default); a
district with its own certificate authority gives its certificate file.
"""

from __future__ import annotations

import imaplib
import socket
import ssl
from contextlib import suppress
from dataclasses import dataclass
from datetime import date

from ..errors import UserError
from ..tasks import Job, Progress

SSL, STARTTLS = "ssl", "starttls"
PORTS = {SSL: 993, STARTTLS: 143}
TIMEOUT = 30  # seconds for one answer from the server
BATCH = 25  # messages per FETCH: progress moves, and no answer gets huge
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


class LoginRefused(UserError):
    """The server said no to the user name and password (so a saved password can be forgotten)."""


@dataclass(frozen=True)
class ImapSettings:
    host: str
    user: str
    port: int | None = None  # None: the usual port for `security`
    folder: str = "INBOX"
    security: str = SSL  # SSL (TLS from the start) or STARTTLS
    ca_file: str | None = None  # a district's own certificate authority, in PEM

    @property
    def account(self) -> str:
        """The keychain account the password is kept under."""
        return f"imap {self.user}@{self.host}"

    @property
    def mailbox(self) -> str:
        """Where notices came from, in words (the `source` of each)."""
        return f"{self.folder} of {self.user} on {self.host}"


def fetch_imap(settings: ImapSettings, password: str, since: date | None = None) -> Job[list[bytes]]:
    """The likely bounce notifications in the folder (since `since`), as raw messages."""
    if not settings.folder.isascii():
        raise UserError(f"ssrdesk can only read folders whose names use plain English letters; {settings.folder!r} "
                        "does not. Use INBOX, or rename the folder.")
    yield Progress(0, 0, f"Connecting to {settings.host}")
    imap = _connect(settings)
    try:
        _log_in(imap, settings, password)
        status, _ = imap.select(_quoted(settings.folder), readonly=True)
        if status != "OK":
            raise UserError(f"There is no folder {settings.folder!r} in {settings.user}'s mail on {settings.host}. "
                            "Check its name (the inbox is INBOX).")
        uids = _search(imap, since)
        messages = []
        for start in range(0, len(uids), BATCH):
            yield Progress(start, len(uids), "Reading bounce notices")
            _, data = imap.uid("FETCH", b",".join(uids[start:start + BATCH]), "(BODY.PEEK[])")
            messages += [item[1] for item in data if isinstance(item, tuple)]
        return messages
    except (imaplib.IMAP4.abort, OSError):
        raise UserError(f"The connection to {settings.host} broke while reading mail. Try again.") from None
    except imaplib.IMAP4.error as error:
        raise UserError(f"The mail server {settings.host} refused a request while reading {settings.folder} "
                        f"({error}).") from None
    finally:
        with suppress(imaplib.IMAP4.error, OSError):  # already gone: nothing to tidy
            imap.logout()


def _connect(settings: ImapSettings) -> imaplib.IMAP4:
    port = settings.port or PORTS[settings.security]
    where = f"{settings.host} port {port}"
    try:
        context = ssl.create_default_context(cafile=settings.ca_file)
    except OSError as error:  # ssl.SSLError included
        raise UserError(f"The certificate file {settings.ca_file} cannot be used: {error.strerror or error}.") from None
    try:
        return _open(settings.host, port, settings.security, context)
    except ssl.SSLCertVerificationError as error:
        raise UserError(f"The mail server {where} could not prove it is {settings.host}: its certificate is not "
                        f"trusted ({error.verify_message}). If your district uses its own certificate authority, "
                        "give its certificate file (--cafile).") from None
    except ssl.SSLError:
        other = STARTTLS if settings.security == SSL else SSL
        raise UserError(f"Could not start a secure connection with {where}. Check the port, and whether the server "
                        f"wants {other.upper()} instead (usually port {PORTS[other]}).") from None
    except socket.gaierror:
        raise UserError(f"Cannot find the mail server {settings.host}. Check its name.") from None
    except OSError as error:
        raise UserError(f"Cannot connect to the mail server {where}: {error.strerror or 'no answer'}. Check the "
                        "server name and port (IMAP is usually port 993 with SSL, 143 with STARTTLS).") from None
    except imaplib.IMAP4.error:
        raise UserError(f"The mail server {where} does not answer as an IMAP server"
                        f"{' with STARTTLS' if settings.security == STARTTLS else ''}. Check the server name and "
                        "port (IMAP is usually port 993 with SSL, 143 with STARTTLS).") from None


def _open(host: str, port: int, security: str, context: ssl.SSLContext) -> imaplib.IMAP4:
    if security == SSL:
        return imaplib.IMAP4_SSL(host, port, ssl_context=context, timeout=TIMEOUT)
    imap = imaplib.IMAP4(host, port, timeout=TIMEOUT)
    try:
        imap.starttls(ssl_context=context)
    except (OSError, imaplib.IMAP4.error):
        with suppress(OSError):  # a failed handshake has closed the socket already
            imap.shutdown()
        raise
    return imap


def _log_in(imap: imaplib.IMAP4, settings: ImapSettings, password: str) -> None:
    try:
        imap.login(settings.user, password)
    except imaplib.IMAP4.abort:
        raise  # the connection broke: not a verdict on the password
    except UnicodeEncodeError:
        raise UserError("ssrdesk can only send IMAP user names and passwords written in plain English letters, "
                        "digits and punctuation.") from None
    except imaplib.IMAP4.error:
        raise LoginRefused(f"The mail server {settings.host} refused the login for {settings.user}. Check the user "
                           "name and password (Gmail and Microsoft 365 may need an app password for IMAP).") from None


def _search(imap: imaplib.IMAP4, since: date | None) -> list[bytes]:
    # From a mail system, or shaped as a delivery-status report: what a bounce looks like, and little else.
    criteria = ["OR", "OR", "FROM", '"mailer-daemon"', "FROM", '"postmaster"',
                "HEADER", "Content-Type", '"delivery-status"']
    if since:
        criteria = ["SINCE", f"{since.day}-{MONTHS[since.month - 1]}-{since.year}", *criteria]
    status, data = imap.uid("SEARCH", *criteria)
    if status != "OK":
        raise UserError("The mail server could not search the folder for bounce notices.")
    return data[0].split() if data and data[0] else []


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
