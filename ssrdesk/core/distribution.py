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

PRINTED = "printed"
PRINT = "print"


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
