"""Talking to the school's mail server: STARTTLS or implicit TLS with the certificate checked, a login
whose password lives only in the system's password store, and each server answer sorted into what the
outbox must do: sent, refused for good (this address), try again later, or stop (the setup is wrong).
"""

from __future__ import annotations

import json
import smtplib
import socket
import ssl
import sqlite3
from dataclasses import asdict, dataclass
from email.message import EmailMessage
from email.policy import SMTP

from .. import keychain
from ..db import transaction
from ..errors import UserError
from .messages import Sender, check_sender

SECURITY_CHOICES = ("starttls", "ssl")
_SETTINGS_KEY = "smtp"


@dataclass(frozen=True)
class SmtpSettings:
    host: str = ""
    port: int = 587
    security: str = "starttls"  # or "ssl" (implicit TLS, usually port 465)
    user: str = ""
    sender: str = ""  # the From address
    sender_name: str = ""  # shown as who the mail is from
    ca_file: str = ""  # a district's own certificate authority, when its server uses one
    per_minute: int = 30  # school mail systems cut off accounts that send faster
    per_day: int = 2000

    @property
    def account(self) -> str:
        """Where the login password is kept in the system's password store."""
        return f"smtp {self.user}@{self.host}"

    @property
    def from_(self) -> Sender:
        return Sender(self.sender, self.sender_name)

    def problems(self) -> list[str]:
        found = []
        if not 0 < self.port < 65536:
            found.append(f"{self.port} is not a port number")
        if self.security not in SECURITY_CHOICES:
            found.append("security must be STARTTLS or SSL/TLS")
        if self.per_minute < 1 or self.per_day < 2:
            found.append("the sending limits must allow at least 1 message a minute and 2 a day")
        return found


def load_settings(connection: sqlite3.Connection) -> SmtpSettings:
    row = connection.execute("SELECT value FROM setting WHERE key = ?", (_SETTINGS_KEY,)).fetchone()
    if row is None:
        return SmtpSettings()
    known = SmtpSettings.__dataclass_fields__
    return SmtpSettings(**{k: v for k, v in json.loads(row["value"]).items() if k in known})


def save_settings(connection: sqlite3.Connection, settings: SmtpSettings) -> None:
    """Everything but the password, which goes to the system's password store (see keychain)."""
    problems = settings.problems()
    if problems:
        raise UserError(f"These mail server settings cannot be used: {'; '.join(problems)}.")
    check_sender(settings.from_)
    with transaction(connection):
        connection.execute("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET"
                           " value = excluded.value", (_SETTINGS_KEY, json.dumps(asdict(settings))))


class Refused(Exception):
    """The server refused this message for good (a wrong address, a message too large): do not retry it."""


class TryLater(Exception):
    """The server or the network failed for now: the message stays queued, and sending stops."""


class SetupProblem(UserError):
    """The settings are wrong (login, certificate, sender): nothing can be sent until they are fixed."""


class SmtpTransport:
    """One connection, opened on first use and reopened once if the server drops it between messages."""

    def __init__(self, settings: SmtpSettings, password: str | None, timeout: float = 60):
        problems = settings.problems() + ([] if settings.host.strip() else ["the mail server's name is missing"])
        if problems:
            raise UserError(f"These mail server settings cannot be used: {'; '.join(problems)}.")
        self.settings, self.password, self.timeout = settings, password, timeout
        self._smtp: smtplib.SMTP | None = None

    def send(self, raw: bytes, sender: str, recipient: str) -> None:
        for attempt in (1, 2):
            try:
                self._connected().sendmail(sender, [recipient], raw)
                return
            except smtplib.SMTPServerDisconnected:
                self._smtp = None
                if attempt == 2:
                    raise TryLater("the mail server closed the connection.")
            except smtplib.SMTPRecipientsRefused as error:
                code, text = next(iter(error.recipients.values()))
                _sort(code, text, f"the server refused the address {recipient}")
            except smtplib.SMTPSenderRefused as error:
                _sort(error.smtp_code, error.smtp_error, f"the server would not send as {sender}")
            except smtplib.SMTPDataError as error:
                _sort(error.smtp_code, error.smtp_error, "the server refused the message")
            except (OSError, smtplib.SMTPException) as error:
                self._smtp = None
                raise TryLater(f"the connection to {self.settings.host} failed ({error}).")

    def open(self) -> None:
        """Connect and log in now, so wrong settings are said before anything is queued."""
        try:
            self._connected()
        except TryLater as error:
            raise UserError(f"The mail server cannot be used now: {error} Check its name and port, and the "
                            "network connection.")

    def send_message(self, message: EmailMessage) -> None:
        self.send(message.as_bytes(policy=SMTP), self.settings.sender, message["To"].addresses[0].addr_spec)

    def close(self) -> None:
        if self._smtp is not None:
            try:
                self._smtp.quit()
            except (OSError, smtplib.SMTPException):
                pass
            self._smtp = None

    def _connected(self) -> smtplib.SMTP:
        if self._smtp is None:
            self._smtp = self._connect()
        return self._smtp

    def _connect(self) -> smtplib.SMTP:
        s = self.settings
        where = f"{s.host} port {s.port}"
        try:
            context = ssl.create_default_context(cafile=s.ca_file or None)
        except (OSError, ssl.SSLError) as error:
            raise SetupProblem(f"The certificate file {s.ca_file} cannot be read ({error}). Choose your district's "
                               "certificate authority file (PEM), or clear the setting.")
        try:
            if s.security == "ssl":
                smtp = smtplib.SMTP_SSL(s.host, s.port, timeout=self.timeout, context=context)
            else:
                smtp = smtplib.SMTP(s.host, s.port, timeout=self.timeout)
                smtp.ehlo()
                if not smtp.has_extn("starttls"):
                    smtp.close()
                    raise SetupProblem(f"The mail server at {where} does not offer STARTTLS, so the login and the "
                                       "reports would travel unencrypted. Choose SSL/TLS, or ask for the right port.")
                smtp.starttls(context=context)
                smtp.ehlo()
            if s.user:
                smtp.login(s.user, self.password or "")
            return smtp
        except ssl.SSLCertVerificationError as error:
            raise SetupProblem(f"The mail server at {where} showed a certificate this computer does not trust "
                               f"({error.verify_message}). Check the server name; if your district uses its own "
                               "certificate authority, choose its certificate file.")
        except ssl.SSLError as error:
            raise SetupProblem(f"A secure connection to {where} failed ({error.reason}). Check the port and the "
                               "security setting: STARTTLS usually uses port 587, SSL/TLS port 465.")
        except smtplib.SMTPAuthenticationError:
            raise SetupProblem(f"The mail server refused the login for {s.user}. Check the user name and password; "
                               "some districts require an app password for programs like this one.")
        except smtplib.SMTPNotSupportedError:
            raise SetupProblem(f"The mail server at {where} does not accept logins on this connection. Check the "
                               "security setting and the port.")
        except (socket.gaierror, ConnectionRefusedError, TimeoutError, socket.timeout) as error:
            raise TryLater(f"cannot reach the mail server at {where} ({error}).")
        except (OSError, smtplib.SMTPException) as error:
            raise TryLater(f"the mail server at {where} did not answer as expected ({error}).")


def _said(text: bytes | str) -> str:
    return (text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)).strip()


def _sort(code: int, text: bytes | str, what: str) -> None:
    """Only an answer about this address or this message refuses it for good; any other refusal (relaying
    denied, sending as another address, a quota) would refuse every family alike, so sending stops."""
    said = _said(text)
    if code < 500:
        raise TryLater(f"{what} for now ({code} {said}).")
    if code == 552 or said.startswith("5.3.4"):
        raise Refused(f"the message is too large for the mail server ({code} {said})")
    if said.startswith("5.1.") or (code in (550, 551, 553) and not said.startswith("5.")):
        raise Refused(f"{what}: {code} {said}")
    raise SetupProblem(f"The mail server refused to send ({code} {said}). This looks like a setting of the account "
                       "or the server, not a wrong address: ask your mail administrator, then resume sending.")


def login_password(settings: SmtpSettings) -> str | None:
    return keychain.load(settings.account)


def send_test(settings: SmtpSettings, password: str | None, to: str) -> None:
    """One message without student data: proves the server, the login and the certificate work."""
    from .messages import Template, compose, new_message_id

    check_sender(settings.from_)
    text = Template("ssrdesk test message", f"This test message shows that ssrdesk can send through {settings.host}. "
                                            "No student data is in it.")
    transport = SmtpTransport(settings, password)
    try:
        transport.send_message(compose(settings.from_, to, "", "English", text, new_message_id(settings.from_)))
    except (TryLater, Refused) as error:
        raise UserError(f"The test message was not sent: {str(error).rstrip('.')}.") from None
    finally:
        transport.close()
