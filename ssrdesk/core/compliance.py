"""Deadlines for getting Student Score Reports to families, and which families have been reached.

CAASPP reports are due within 20 working days of the LEA receiving them (5 CCR §863), ELPAC reports within
30 calendar days (5 CCR §11518.15(c)). Reports received after the last day of instruction are due within the
first 20 (CAASPP) or 15 (ELPAC) working days of the next school year. Working days are Monday to Friday less
the school's holidays. Days are counted from the day after receipt, as California law counts time (Code of
Civil Procedure §12); a 30th calendar day on a weekend is not moved later, so ssrdesk never shows a family
as on time when they might not be.

A family is reached when every current report of theirs was printed (in a print run not undone), handed out,
or e-mailed with its password sent to an address that has not bounced since. A report counts as one whatever
copies it has: the English copy or the translated one reaching the family is enough, and so is an older
version of the same report.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from .distribution import (BOUNCED, EMAIL, EMAILED, EXPORTED, HANDED_OUT, IN_PERSON, PASSWORD_SENT, PRINT, PRINTED,
                           TO_PRINT, mark_handed_out, print_list)
from .db import transaction
from .errors import UserError
from .files import atomic_write
from .ssr.library import ACTIVE
from .ssr.recognise import KIND_LABELS

CAASPP, ELPAC = "CAASPP", "ELPAC"
PROGRAMS = (CAASPP, ELPAC)
CALENDAR_KEY = "deadline_calendar"
DUE_SOON_DAYS = 5
NO_DUE_DATE = ("received after the last day of instruction, so due in the first working days of the next "
               "school year, whose first day is not set")


@dataclass(frozen=True)
class Calendar:
    """What the coordinator says about the school year; the deadlines follow from it."""

    received: dict[str, date] = field(default_factory=dict)  # per program; unset: the day its reports were imported
    holidays: frozenset[date] = frozenset()
    last_day_of_instruction: date | None = None
    first_day_next_year: date | None = None

    def is_working_day(self, day: date) -> bool:
        return day.weekday() < 5 and day not in self.holidays

    def to_json(self) -> dict:
        return {"received": {program: day.isoformat() for program, day in sorted(self.received.items())},
                "holidays": [day.isoformat() for day in sorted(self.holidays)],
                "last_day_of_instruction": _iso(self.last_day_of_instruction),
                "first_day_next_year": _iso(self.first_day_next_year)}


def parse_date(text: str, what: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UserError(f"Write {what} as year-month-day, for example 2026-08-14; '{text}' is not a date.") from None


def load_calendar(connection: sqlite3.Connection) -> Calendar:
    row = connection.execute("SELECT value FROM setting WHERE key = ?", (CALENDAR_KEY,)).fetchone()
    if row is None:
        return Calendar()
    stored = json.loads(row["value"])
    optional = {key: date.fromisoformat(stored[key]) if stored.get(key) else None
                for key in ("last_day_of_instruction", "first_day_next_year")}
    return Calendar(received={program: date.fromisoformat(day) for program, day in stored["received"].items()},
                    holidays=frozenset(date.fromisoformat(day) for day in stored["holidays"]), **optional)


def save_calendar(connection: sqlite3.Connection, calendar: Calendar) -> None:
    unknown = sorted(set(calendar.received) - set(PROGRAMS))
    if unknown:
        raise UserError(f"Received dates are for CAASPP or ELPAC reports; '{unknown[0]}' is neither.")
    last, first = calendar.last_day_of_instruction, calendar.first_day_next_year
    if last and first and first <= last:
        raise UserError(f"The first day of the next school year ({first}) must come after the last day of "
                        f"instruction ({last}).")
    if first and not calendar.is_working_day(first):
        raise UserError(f"The first day of the next school year ({first}) is a weekend day or a holiday; "
                        "give the first day students attend.")
    with transaction(connection):
        connection.execute("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT(key)"
                           " DO UPDATE SET value = excluded.value", (CALENDAR_KEY, json.dumps(calendar.to_json())))


# ---- deadlines ----

def due_date(program: str, received: date, calendar: Calendar) -> date | None:
    """The last day the family may get the report; None (see NO_DUE_DATE) when it falls in a next school year
    whose first day is not set."""
    last, first = calendar.last_day_of_instruction, calendar.first_day_next_year
    # Received once the next year has begun, the ordinary rule applies again: an old last day does not matter.
    if last and received > last and not (first and received >= first):
        if first is None:
            return None
        return _add_working_days(first - timedelta(days=1), 20 if program == CAASPP else 15, calendar)
    if program == CAASPP:
        return _add_working_days(received, 20, calendar)
    if program == ELPAC:
        return received + timedelta(days=30)
    raise ValueError(f"no deadline rule for {program!r}")


def working_days_between(start: date, end: date, calendar: Calendar) -> int:
    """Working days after `start` up to and including `end`; negative when `end` comes first."""
    if end < start:
        return -working_days_between(end, start, calendar)
    return sum(calendar.is_working_day(start + timedelta(days=n)) for n in range(1, (end - start).days + 1))


def _add_working_days(start: date, count: int, calendar: Calendar) -> date:
    day = start
    while count:
        day += timedelta(days=1)
        count -= calendar.is_working_day(day)
    return day


def days_left(program: str, due: date, today: date, calendar: Calendar) -> int:
    """Working days (CAASPP) or calendar days (ELPAC) from today to the due date; negative: overdue."""
    if program == ELPAC:
        return (due - today).days
    left = working_days_between(today, due, calendar)
    return min(left, -1) if today > due else left  # missed on a Friday: overdue over the weekend too


def days_unit(program: str) -> str:
    return "calendar days" if program == ELPAC else "working days"


# ---- who has been reached ----

@dataclass(frozen=True)
class ProgramStatus:
    """One program's reports for one student: when they came, when they are due, whether they got home."""

    program: str
    received: date
    due: date | None
    days_left: int | None  # while not reached and the due date is known; see days_left()
    reached_by: str | None  # the route that got the last of these reports to the family
    reached_at: str | None  # when, as recorded (UTC)

    @property
    def reached(self) -> bool:
        return self.reached_by is not None

    @property
    def overdue(self) -> bool:
        return self.days_left is not None and self.days_left < 0

    @property
    def late(self) -> bool:
        return self.reached and self.due is not None and _local_date(self.reached_at) > self.due

    @property
    def deadline(self) -> str:
        """met, missed (reached late), overdue, open, or unknown (no due date yet)."""
        if self.reached:
            return "missed" if self.late else "met"
        return "unknown" if self.due is None else "overdue" if self.overdue else "open"

    def to_json(self) -> dict:
        return {"program": self.program, "received": self.received.isoformat(), "due": _iso(self.due),
                "due_note": NO_DUE_DATE if self.due is None else None, "days_left": self.days_left,
                "days_counted_in": days_unit(self.program), "deadline": self.deadline, "reached_by": self.reached_by,
                "reached_at": self.reached_at}


@dataclass(frozen=True)
class StudentStatus:
    ssid: str
    name: str  # "Last, First"
    grade: str
    school: str
    programs: tuple[ProgramStatus, ...]
    pending: tuple[str, ...]  # what is under way while not reached, in words
    latest: str  # the latest event, in words; "" when nothing has happened yet
    on_print_list: bool
    bounced: bool  # not reached, and the last e-mail to one of the family's addresses bounced

    @property
    def reached(self) -> bool:
        return all(p.reached for p in self.programs)

    @property
    def open(self) -> list[ProgramStatus]:
        """The programs not reached, soonest due first (unknown due dates last)."""
        return sorted((p for p in self.programs if not p.reached), key=lambda p: (p.due is None, p.due))

    @property
    def reached_by(self) -> str | None:
        return self._last_reached.reached_by if self.reached else None

    @property
    def reached_at(self) -> str | None:
        return self._last_reached.reached_at if self.reached else None

    @property
    def _last_reached(self) -> ProgramStatus:
        return max(self.programs, key=lambda p: p.reached_at or "")

    @property
    def urgency(self) -> str:
        """reached, overdue, due soon (within DUE_SOON_DAYS), due later, or no due date."""
        waiting = self.open
        if not waiting:
            return "reached"
        if any(p.overdue for p in waiting):
            return "overdue"
        if any(p.days_left is not None and p.days_left <= DUE_SOON_DAYS for p in waiting):
            return "due soon"
        return "due later" if waiting[0].due else "no due date"

    def to_json(self) -> dict:
        first = self.open[0] if self.open else None
        return {"ssid": self.ssid, "name": self.name, "grade": self.grade, "school": self.school,
                "reached": self.reached, "reached_by": self.reached_by, "reached_at": self.reached_at,
                "late": any(p.late for p in self.programs), "urgency": self.urgency,
                "next_due": first and {"program": first.program, "due": _iso(first.due), "days_left": first.days_left,
                                       "days_counted_in": days_unit(first.program)},
                "pending": list(self.pending), "on_print_list": self.on_print_list, "bounced": self.bounced,
                "latest": self.latest or None, "programs": [p.to_json() for p in self.programs]}


def status(connection: sqlite3.Connection, today: date) -> list[StudentStatus]:
    """Every student with at least one current report, by name."""
    calendar = load_calendar(connection)
    reports = defaultdict(dict)  # ssid -> (program, kind, administration) -> first import of its current copies
    for r in connection.execute(
            "SELECT ssr.ssid, ssr.program, ssr.kind, ssr.administration, MIN(f.imported_at) AS imported_at FROM ssr"
            f" JOIN ssr_file f ON f.id = ssr.ssr_file_id WHERE ssr.{ACTIVE} AND ssr.ssid IS NOT NULL"
            " GROUP BY ssr.ssid, ssr.program, ssr.kind, ssr.administration"):
        reports[r["ssid"]][(r["program"], r["kind"], r["administration"])] = r["imported_at"]
    events = defaultdict(list)
    for e in connection.execute(
            "SELECT d.*, r.program, r.kind, r.administration FROM distribution d LEFT JOIN ssr r ON r.id = d.ssr_id"
            " WHERE d.undone_at IS NULL ORDER BY d.id"):
        events[e["ssid"]].append(e)
    listed = print_list(connection)
    deadlines = {}  # (program, received) -> (due, days left): most students share a few received dates
    found = []
    for s in connection.execute(
            "SELECT DISTINCT ssr.ssid, s.last_name, s.first_name, s.grade, s.school_name FROM ssr"
            f" LEFT JOIN student s ON s.ssid = ssr.ssid WHERE ssr.{ACTIVE} AND ssr.ssid IS NOT NULL"
            " ORDER BY s.last_name, s.first_name, ssr.ssid"):
        ssid, mine = s["ssid"], events[s["ssid"]]
        reaching = _reaching(mine)
        programs = []
        for program in sorted({key[0] for key in reports[ssid]}):
            imports = {key: at for key, at in reports[ssid].items() if key[0] == program}
            received = calendar.received.get(program) or min(_local_date(at) for at in imports.values())
            if (program, received) not in deadlines:
                due = due_date(program, received, calendar)
                deadlines[program, received] = due, due and days_left(program, due, today, calendar)
            due, left = deadlines[program, received]
            firsts = [next((e for e in reaching if _covers(e, key, at)), None) for key, at in imports.items()]
            last = None if None in firsts else max(firsts, key=lambda e: e["id"])
            programs.append(ProgramStatus(program, received, due, None if last else left,
                                          last and last["route"], last and last["at"]))
        reached = all(p.reached for p in programs)
        pending = () if reached else _pending(mine, listed.get(ssid))
        found.append(StudentStatus(
            ssid, _name(s), s["grade"] or "", s["school_name"] or "", tuple(programs), pending,
            _in_words(mine[-1]) if mine else "", ssid in listed,
            not reached and any(state == BOUNCED for state in _last_email_events(mine).values())))
    return found


def _reaching(events: list[sqlite3.Row]) -> list[sqlite3.Row]:
    """Events that got reports home: printed, handed out, or a password sent to an address not bounced since."""
    last_bounce = {_address(e["detail"]): e["id"] for e in events if e["event"] == BOUNCED}
    return [e for e in events if e["event"] in (PRINTED, HANDED_OUT)
            or (e["event"] == PASSWORD_SENT and last_bounce.get(_address(e["detail"]), 0) < e["id"])]


def _covers(event: sqlite3.Row, report: tuple[str, str, str], imported_at: str) -> bool:
    """An event names the report it carried (any copy or version of it); one naming none (handed out) covers
    whatever the student's reports were at the time."""
    if event["ssr_id"] is None:
        return event["at"] >= imported_at
    return (event["program"], event["kind"], event["administration"]) == report


def _last_email_events(events: list[sqlite3.Row]) -> dict[str, str]:
    """Each e-mail address of the family and the last thing that happened to it."""
    return {_address(e["detail"]): e["event"] for e in events
            if e["event"] in (EMAILED, PASSWORD_SENT, EXPORTED, BOUNCED)}


def _pending(events: list[sqlite3.Row], listed_because: str | None) -> tuple[str, ...]:
    waiting = []
    if listed_because is not None:
        waiting.append(f"on the print list ({listed_because})" if listed_because else "on the print list")
    for address, event in _last_email_events(events).items():
        if event == BOUNCED:
            waiting.append(f"e-mail to {address} bounced")
        elif event == EXPORTED:
            waiting.append(f"e-mail to {address} written as a file, not confirmed sent")
        elif event == EMAILED:
            waiting.append(f"report e-mailed to {address}, its password not sent yet")
    return tuple(waiting)


def _address(detail: str) -> str:
    """A bounce's detail starts with the address, then says why."""
    words = detail.split()
    return words[0].strip("<>:;,").lower() if words else ""


_WORDS = {EMAILED: "report e-mailed to", PASSWORD_SENT: "password sent to",
          EXPORTED: "e-mail written as a file (not confirmed sent) for", BOUNCED: "e-mail bounced:",
          TO_PRINT: "put on the print list:", HANDED_OUT: "handed out in person:"}


def _in_words(event: sqlite3.Row) -> str:
    if event["event"] == PRINTED:
        what = f"printed in batch {event['batch']}" if event["batch"] else "printed"
    else:
        what = f"{_WORDS.get(event['event'], event['event'])} {event['detail']}".strip().rstrip(":")
    return f"{what} on {_local_date(event['at'])}"


# ---- what the coordinator checks each morning ----

def dashboard(connection: sqlite3.Connection, today: date) -> dict:
    return tally(status(connection, today), today)


def tally(statuses: list[StudentStatus], today: date) -> dict:
    """The dashboard's numbers from statuses already read; each group of counts adds up to its total."""
    reached = [s for s in statuses if s.reached]
    waiting = [s for s in statuses if not s.reached]
    urgency = [s.urgency for s in waiting]
    dues = [p.due for s in waiting for p in s.open if p.due]
    return {
        "today": today.isoformat(),
        "families": len(statuses),
        "reached": len(reached),
        "reached_by": {route: sum(s.reached_by == route for s in reached) for route in (PRINT, EMAIL, IN_PERSON)},
        "reached_late": sum(any(p.late for p in s.programs) for s in reached),
        "not_reached": len(waiting),
        **{kind.replace(" ", "_"): urgency.count(kind) for kind in ("overdue", "due soon", "due later", "no due date")},
        "due_soon_days": DUE_SOON_DAYS,
        "earliest_due": _iso(min(dues, default=None)),
        "on_print_list": sum(s.on_print_list for s in statuses),
        "bounced": sum(s.bounced for s in statuses),
    }


# ---- the record for the district ----

EVENT_COLUMNS = ["SSID", "Student", "Grade", "School", "Program", "Report", "Event", "Route", "Address or detail",
                 "Batch", "Print run", "When", "Undone"]
STATUS_COLUMNS = ["SSID", "Student", "Grade", "School", "Program", "Received", "Due", "Days left", "Counted in",
                  "Deadline", "Reached", "Route", "Reached on", "Pending", "Latest event"]


def export_csv(connection: sqlite3.Connection, target: Path, today: date) -> tuple[Path, Path]:
    """The whole distribution record, one row per event (undone ones too, marked), at `target`; and beside it
    "<name>-status.csv", one row per student and program with its deadline and whether it was met."""
    events = [
        [e["ssid"], _name(e), e["grade"] or "", e["school_name"] or "", e["program"] or "",
         _report_label(e), e["event"], e["route"], e["detail"], e["batch"], e["print_run_id"] or "",
         _local_time(e["at"]), _local_time(e["undone_at"]) if e["undone_at"] else ""]
        for e in connection.execute(
            "SELECT d.*, s.last_name, s.first_name, s.grade, s.school_name, r.program, r.kind, r.language"
            " FROM distribution d LEFT JOIN student s ON s.ssid = d.ssid LEFT JOIN ssr r ON r.id = d.ssr_id"
            " ORDER BY d.id")]
    rows = [[s.ssid, s.name, s.grade, s.school, p.program, p.received.isoformat(), _iso(p.due) or "",
             "" if p.days_left is None else p.days_left, days_unit(p.program), p.deadline, "yes" if p.reached else "no",
             p.reached_by or "", _local_date(p.reached_at).isoformat() if p.reached_at else "",
             "; ".join(s.pending), s.latest]
            for s in status(connection, today) for p in s.programs]
    status_file = target.with_name(f"{target.stem}-status{target.suffix or '.csv'}")
    _write_csv(target, EVENT_COLUMNS, events)
    _write_csv(status_file, STATUS_COLUMNS, rows)
    return target, status_file


def _write_csv(target: Path, header: list[str], rows: list[list]) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(rows)
    try:
        with atomic_write(target) as temporary:
            temporary.write_text(buffer.getvalue(), encoding="utf-8-sig")  # Excel reads the accents with the BOM
    except OSError as error:
        raise UserError(f"Could not write {target}: {error.strerror or error}. Free some space or choose another "
                        "folder.") from error


def _name(row: sqlite3.Row) -> str:
    return f"{row['last_name']}, {row['first_name']}" if row["last_name"] is not None else ""


def _report_label(row: sqlite3.Row) -> str:
    if row["kind"] is None:
        return ""
    return f"{KIND_LABELS.get(row['kind'], 'Unknown report type')} ({row['language']})"


# ---- one student ----

def hand_out(connection: sqlite3.Connection, ssids: list[str], note: str = "") -> None:
    """The coordinator gave these students' reports to their families in person."""
    ssids = [ssid.strip() for ssid in ssids if ssid.strip()]
    if not ssids:
        raise UserError("Name the students (by SSID) whose reports were handed out.")
    known = {r["ssid"] for r in connection.execute(f"SELECT DISTINCT ssid FROM ssr WHERE {ACTIVE} AND ssid IS NOT NULL")}
    unknown = [ssid for ssid in ssids if ssid not in known]
    if unknown:
        raise UserError(f"No report in the library belongs to SSID {', '.join(unknown)}; nothing was marked. "
                        "Check the number, or import the student's reports first.")
    mark_handed_out(connection, ssids, note.strip())


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _local_date(at: str) -> date:
    """Times are recorded in UTC; the coordinator's day is the local one."""
    return datetime.fromisoformat(at).astimezone().date()


def _local_time(at: str) -> str:
    return datetime.fromisoformat(at).astimezone().isoformat(timespec="seconds")
