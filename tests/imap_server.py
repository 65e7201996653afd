"""A real IMAP server for tests: Dovecot on loopback, with its own test CA, one user and a Maildir.

Needs Debian's `dovecot-imapd` (it brings `dovecot-core`); `dovecot_server` skips the test without it.
Everything Dovecot writes stays in the test's folders, and its processes run as the user running the tests
(but for the login processes under root, which Dovecot insists on running unprivileged), so it works as
root in a sandbox and as an ordinary developer alike.
"""

from __future__ import annotations

import grp
import imaplib
import os
import pwd
import shutil
import socket
import ssl
import subprocess
import tempfile
import time
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest
from tests.tls import PASSWORD, USER, free_port, make_certificates


@dataclass(frozen=True)
class DovecotServer:
    host: str
    ssl_port: int  # implicit TLS
    starttls_port: int
    user: str
    password: str
    ca_file: Path
    maildir: Path
    mail_uid: int  # who owns the Maildir: Dovecot's mail sessions run as this account
    mail_gid: int

    def deliver(self, raw: bytes, folder: str = "INBOX", received: datetime | None = None) -> None:
        """Drop a message into a folder as a mail server's delivery agent would: a new, unread file.
        `received` sets when it arrived (a Maildir file's time is the message's IMAP internal date)."""
        box = self.maildir if folder == "INBOX" else self.maildir / f".{folder}"
        for sub in ("", "tmp", "new", "cur"):
            (box / sub).mkdir(exist_ok=True)
            os.chown(box / sub, self.mail_uid, self.mail_gid)
        name = f"{time.time_ns()}.{uuid.uuid4().hex}.test"
        (box / "tmp" / name).write_bytes(raw)
        os.chown(box / "tmp" / name, self.mail_uid, self.mail_gid)
        if received:
            os.utime(box / "tmp" / name, (received.timestamp(), received.timestamp()))
        (box / "tmp" / name).rename(box / "new" / name)

    def flags(self, folder: str = "INBOX") -> list[str]:
        """Each message's flags, as the server keeps them."""
        imap = imaplib.IMAP4_SSL(self.host, self.ssl_port, ssl_context=ssl.create_default_context(cafile=self.ca_file))
        try:
            imap.login(self.user, self.password)
            imap.select(folder, readonly=True)
            _, data = imap.fetch("1:*", "(FLAGS)")
            return [line.decode() for line in data if line]
        finally:
            imap.logout()


@contextmanager
def dovecot_server(folder: Path):
    """Dovecot serving `folder`'s Maildir on two free loopback ports; stopped when the block ends."""
    binary = shutil.which("dovecot") or ("/usr/sbin/dovecot" if os.path.exists("/usr/sbin/dovecot") else None)
    if binary is None:
        pytest.skip("Dovecot is not installed (Debian package: dovecot-imapd)")
    folder.mkdir(parents=True, exist_ok=True)
    certificates = make_certificates(folder)
    ca_file, cert, key = certificates.authority, certificates.certificate, certificates.key
    passwd = folder / "passwd"
    passwd.write_text(f"{USER}:{{PLAIN}}{PASSWORD}::::::\n")
    account = pwd.getpwuid(os.getuid()).pw_name
    group = grp.getgrgid(os.getgid()).gr_name
    # Under root, Dovecot runs logins and mail sessions as unprivileged accounts (it refuses root for both);
    # those must reach the sockets and the Maildir, which pytest's private folders would hide, and the
    # socket paths must stay under ~100 characters: both live in a short, world-readable folder in /tmp.
    login = account if os.getuid() else _existing_account("dovenull", "nobody")
    mail = pwd.getpwuid(os.getuid()) if os.getuid() else pwd.getpwnam(_existing_account("nobody"))
    outside = Path(tempfile.mkdtemp(prefix="dovecot-"))
    outside.chmod(0o755)
    run, home = outside / "run", outside / "home"
    for sub in ("tmp", "new", "cur"):
        (home / "Maildir" / sub).mkdir(parents=True)
    for path in (home, *home.rglob("*")):
        os.chown(path, mail.pw_uid, mail.pw_gid)
    ssl_port, starttls_port = free_port(), free_port()
    log = folder / "dovecot.log"
    config = folder / "dovecot.conf"
    config.write_text(f"""
protocols = imap
listen = 127.0.0.1
base_dir = {run}
state_dir = {folder / "state"}
log_path = {log}
info_log_path = {log}
default_internal_user = {account}
default_internal_group = {group}
default_login_user = {login}
first_valid_uid = 0
first_valid_gid = 0
ssl = required
ssl_cert = <{cert}
ssl_key = <{key}
ssl_min_protocol = TLSv1.2
auth_mechanisms = plain login
disable_plaintext_auth = yes
mail_location = maildir:~/Maildir
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {passwd}
}}
userdb {{
  driver = static
  args = uid={mail.pw_uid} gid={mail.pw_gid} home={home}
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {starttls_port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {ssl_port}
    ssl = yes
  }}
}}
""")
    (folder / "state").mkdir()
    process = subprocess.Popen([binary, "-F", "-c", str(config)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        _wait_for(process, [ssl_port, starttls_port], log)
        yield DovecotServer("127.0.0.1", ssl_port, starttls_port, USER, PASSWORD, ca_file, home / "Maildir",
                            mail.pw_uid, mail.pw_gid)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        process.stdout.close()
        shutil.rmtree(outside, ignore_errors=True)


def _existing_account(*names: str) -> str:
    for name in names:
        try:
            return pwd.getpwnam(name).pw_name
        except KeyError:
            pass
    raise RuntimeError(f"None of the accounts {names} exists for Dovecot's login processes")


def _wait_for(process: subprocess.Popen, ports: list[int], log: Path) -> None:
    deadline = time.monotonic() + 20
    waiting = list(ports)
    while waiting:
        if process.poll() is not None:
            output = process.stdout.read().decode(errors="replace")
            logged = log.read_text(errors="replace") if log.exists() else ""
            raise RuntimeError(f"Dovecot stopped (exit {process.returncode}):\n{output}\n{logged}")
        if time.monotonic() > deadline:
            raise RuntimeError(f"Dovecot did not open ports {waiting} within 20 s")
        try:
            socket.create_connection(("127.0.0.1", waiting[0]), timeout=1).close()
            waiting.pop(0)
        except OSError:
            time.sleep(0.05)
