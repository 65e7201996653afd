"""Secrets (mail logins, the outbox key) live only in the system's password store, through `keyring`.

Where no store works (a Linux desktop without a secret service, a locked-down school PC), a secret is
kept in memory until ssrdesk closes, and `remembered()` says so, so the user can be told rather than
finding the password gone tomorrow. Nothing here ever writes a secret to a file.
"""

from __future__ import annotations

import keyring
from keyring.errors import KeyringError

SERVICE = "ssrdesk"

_session: dict[str, str] = {}  # the fallback: this process only


def remembered() -> bool:
    """True when secrets outlive this session (a working system password store)."""
    try:
        return keyring.get_keyring().priority > 0
    except Exception:  # a broken backend must not stop the app
        return False


def store(account: str, secret: str) -> bool:
    """Keep `secret` under `account`; returns True when it is in the system store, False when only in memory."""
    if remembered():
        try:
            keyring.set_password(SERVICE, account, secret)
            _session.pop(account, None)
            return True
        except KeyringError:
            pass
    _session[account] = secret
    return False


def load(account: str) -> str | None:
    if account in _session:
        return _session[account]
    if remembered():
        try:
            return keyring.get_password(SERVICE, account)
        except KeyringError:
            return None
    return None


def forget(account: str) -> None:
    _session.pop(account, None)
    if remembered():
        try:
            keyring.delete_password(SERVICE, account)
        except KeyringError:
            pass


NOT_REMEMBERED = ("This computer has no password store ssrdesk can use, so the password is kept only until "
                  "ssrdesk closes; you will be asked again next time.")
