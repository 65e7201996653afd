"""A real SMTP server for the tests (aiosmtpd) on a loopback port: TLS with a test certificate authority,
a login, and hooks to refuse an address, fail for now, or kill the sending process mid-run."""

from __future__ import annotations

import os
import signal
import time
from dataclasses import dataclass, field
from email import message_from_bytes, policy

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from tests.tls import PASSWORD, USER, Certificates, free_port


@dataclass
class Received:
    sender: str
    recipients: list[str]
    raw: bytes
    at: float
    user: str

    @property
    def message(self):
        return message_from_bytes(self.raw, policy=policy.default)

    @property
    def message_id(self) -> str:
        return self.message["Message-ID"]


@dataclass
class Behaviour:
    refuse: set[str] = field(default_factory=set)  # addresses answered 550 5.1.1
    busy_at: set[int] = field(default_factory=set)  # answer 451 to the n-th DATA (1-based)
    reject_data: dict[int, str] = field(default_factory=dict)  # answer the n-th DATA (0: every one) with this
    kill_pid: int = 0  # this process is killed …
    kill_at_mail: int = 0  # … when the n-th MAIL FROM arrives (after n-1 messages were accepted)
    kill_in_data: int = 0  # … or while the n-th message is received, before it is accepted


class _Handler:
    def __init__(self, behaviour: Behaviour):
        self.behaviour, self.received, self.data_count, self.mail_count = behaviour, [], 0, 0

    async def handle_MAIL(self, server, session, envelope, address, options):
        self.mail_count += 1
        if self.behaviour.kill_pid and self.mail_count == self.behaviour.kill_at_mail:
            os.kill(self.behaviour.kill_pid, signal.SIGKILL)
        envelope.mail_from = address
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, options):
        if address in self.behaviour.refuse:
            return "550 5.1.1 <%s>: Recipient address rejected: User unknown" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.data_count += 1
        if self.data_count in self.behaviour.busy_at:
            return "451 4.3.2 Too many messages, try again later"
        rejected = self.behaviour.reject_data.get(self.data_count) or self.behaviour.reject_data.get(0)
        if rejected:
            return rejected
        if self.behaviour.kill_pid and self.data_count == self.behaviour.kill_in_data:
            self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content,
                                          time.monotonic(), session.auth_data.login.decode() if session.auth_data else ""))
            os.kill(self.behaviour.kill_pid, signal.SIGKILL)
            return "451 4.3.0 gone"
        self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content,
                                      time.monotonic(), session.auth_data.login.decode() if session.auth_data else ""))
        return "250 2.0.0 Ok: queued"


def _authenticator(server, session, envelope, mechanism, auth_data):
    ok = isinstance(auth_data, LoginPassword) and auth_data.login.decode() == USER \
        and auth_data.password.decode() == PASSWORD
    return AuthResult(success=True, auth_data=auth_data) if ok else AuthResult(success=False, handled=False)


class MailServer:
    """`implicit=True`: TLS from the first byte (port 465 style); else STARTTLS required before login."""

    def __init__(self, certificates: Certificates, implicit: bool = False):
        self.behaviour = Behaviour()
        self.handler = _Handler(self.behaviour)
        self.port = free_port()
        context = certificates.server_context()
        tls = {"ssl_context": context, "auth_require_tls": False} if implicit else \
            {"tls_context": context, "require_starttls": True}
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port, authenticator=_authenticator,
                                     auth_required=True, server_hostname="localhost", **tls)
        self.implicit = implicit

    def __enter__(self) -> MailServer:
        self.controller.start()
        return self

    def __exit__(self, *exc) -> None:
        self.controller.stop()

    @property
    def received(self) -> list[Received]:
        return self.handler.received
