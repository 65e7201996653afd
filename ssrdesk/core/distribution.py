"""The distribution record: what happened to each student's report, and when.

Each event is a row (printed in a batch, e-mailed, handed out …), never overwritten. A print run that
was lost is undone rather than deleted, so the record still shows it happened and was taken back.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timezone

from .db import transaction
from .errors import UserError

# Events, in the coordinator's words.
PRINTED = "printed"  # in a print run (batch: the batch name)
EMAILED = "e-mailed"  # the mail server accepted the message with the report (detail: the address)
PASSWORD_SENT = "password sent"  # … and the separate message with its password
EXPORTED = "exported"  # written as .eml files for the district's own mail system (detail: the address)
BOUNCED = "bounced"  # a delivery-status notification came back (detail: the address and why)
TO_PRINT = "to print"  # put on the print list (detail: why: no e-mail, bounced, …)
HANDED_OUT = "handed out"  # given to the family in person: a manual mark

# Routes.
PRINT = "print"
EMAIL = "e-mail"
IN_PERSON = "in person"


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def record_print_run(connection: sqlite3.Connection, folder: str, options: dict,
                     envelopes: list[tuple[str, str, list[int], str]], sheets: int) -> int:
    """One print run and a "printed" event per report: envelopes are (ssid, batch, report ids, detail)."""
    at = now()
    with transaction(connection):
        run = connection.execute(
            "INSERT INTO print_run (created_at, folder, options, envelopes, sheets) VALUES (?, ?, ?, ?, ?)",
            (at, folder, json.dumps(options, sort_keys=True), len(envelopes), sheets)).lastrowid
        connection.executemany(
            "INSERT INTO distribution (ssid, ssr_id, event, route, print_run_id, batch, detail, at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(ssid, report, PRINTED, PRINT, run, batch, detail, at)
             for ssid, batch, reports, detail in envelopes for report in reports])
    return run


def undo_print_run(connection: sqlite3.Connection, run: int) -> int:
    """The print run was lost: its reports count as not printed again. Returns how many envelopes."""
    with transaction(connection):
        row = connection.execute("SELECT envelopes, undone_at FROM print_run WHERE id = ?", (run,)).fetchone()
        if row is None:
            raise UserError(f"There is no print run number {run}.")
        if row["undone_at"]:
            raise UserError(f"Print run {run} was already undone on {row['undone_at'][:10]}.")
        at = now()
        connection.execute("UPDATE print_run SET undone_at = ? WHERE id = ?", (at, run))
        connection.execute("UPDATE distribution SET undone_at = ? WHERE print_run_id = ?", (at, run))
    return row["envelopes"]


def print_runs(connection: sqlite3.Connection) -> list[dict]:
    return [
        {"id": r["id"], "created_at": r["created_at"], "folder": r["folder"], "envelopes": r["envelopes"],
         "sheets": r["sheets"], "undone_at": r["undone_at"], "options": json.loads(r["options"])}
        for r in connection.execute("SELECT * FROM print_run ORDER BY id DESC")
    ]


def printed_on(connection: sqlite3.Connection) -> dict[str, str]:
    """When each student's reports were last printed, in print runs not undone."""
    return dict(connection.execute(
        "SELECT ssid, MAX(at) FROM distribution WHERE event = ? AND undone_at IS NULL GROUP BY ssid", (PRINTED,)))


def events(connection: sqlite3.Connection, ssid: str) -> list[dict]:
    return [
        {"event": r["event"], "route": r["route"], "report": r["ssr_id"], "batch": r["batch"], "detail": r["detail"],
         "at": r["at"], "undone_at": r["undone_at"]}
        for r in connection.execute("SELECT * FROM distribution WHERE ssid = ? ORDER BY id", (ssid,))
    ]


def record(connection: sqlite3.Connection, rows: list[tuple[str, int | None, str, str, str, int | None]],
           batch: str = "") -> None:
    """Events (ssid, report id, event, route, detail, outbox id), all at this moment; the caller holds the
    transaction so events land together with what they record."""
    at = now()
    connection.executemany(
        "INSERT INTO distribution (ssid, ssr_id, event, route, batch, detail, outbox_id, at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(ssid, report, event, route, batch, detail, outbox, at) for ssid, report, event, route, detail, outbox in rows])


def move_to_print(connection: sqlite3.Connection, ssids: list[str], why: str) -> int:
    """Put students on the print list (their e-mail bounced, they have none …); returns how many were added."""
    waiting = set(print_list(connection))
    added = [ssid for ssid in dict.fromkeys(ssids) if ssid not in waiting]
    with transaction(connection):
        record(connection, [(ssid, None, TO_PRINT, PRINT, why, None) for ssid in added])
    return len(added)


def print_list(connection: sqlite3.Connection) -> dict[str, str]:
    """Students put on the print list and not printed or handed out since, with why they are on it."""
    rows = connection.execute(
        "SELECT d.ssid, d.detail FROM distribution d WHERE d.event = ? AND d.undone_at IS NULL"
        " AND d.id = (SELECT MAX(id) FROM distribution WHERE ssid = d.ssid AND event = ? AND undone_at IS NULL)"
        " AND NOT EXISTS (SELECT 1 FROM distribution later WHERE later.ssid = d.ssid AND later.id > d.id"
        " AND later.event IN (?, ?) AND later.undone_at IS NULL) ORDER BY d.ssid",
        (TO_PRINT, TO_PRINT, PRINTED, HANDED_OUT))
    return {row["ssid"]: row["detail"] for row in rows}


def mark_handed_out(connection: sqlite3.Connection, ssids: list[str], detail: str = "") -> None:
    """The coordinator gave these students' reports to the family in person (a conference, the office)."""
    with transaction(connection):
        record(connection, [(ssid, None, HANDED_OUT, IN_PERSON, detail, None) for ssid in dict.fromkeys(ssids)])
