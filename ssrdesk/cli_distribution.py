"""Command-line deadlines and the distribution record: who has their report, what is overdue, what is due soon."""

from __future__ import annotations

import json
from contextlib import closing
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from .core import compliance
from .core.errors import UserError
from .core.workspace import Workspace
from .core.words import counted

EXIT_OK = 0
LONGEST_BREAK = 366  # days in one --holiday range; longer is a typo in a year


def add_commands(commands) -> None:
    dis = commands.add_parser("distribution", help="which families have their reports; what is overdue or due soon")
    out = dis.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="the dashboard and every student's status")
    out.add_argument("--csv", type=Path, metavar="FILE", help="write the whole record for the district to FILE, "
                     "and each student's deadlines to FILE-status.csv beside it")
    dis.add_argument("--today", metavar="DATE", help="count the days left as of this date (default: today)")

    dead = commands.add_parser("deadlines", help="show or set the dates the report deadlines are counted from")
    dead.add_argument("--received", action="append", default=[], metavar="PROGRAM=DATE",
                      help="the day the LEA received the CAASPP or ELPAC reports in TOMS (default: the day they "
                      "were imported); PROGRAM= goes back to the default (repeatable)")
    dead.add_argument("--holiday", action="append", default=[], metavar="DATE",
                      help="a school holiday, not a working day; FIRST..LAST for a break (repeatable)")
    dead.add_argument("--clear-holidays", action="store_true",
                      help="forget the holidays saved before, then add any --holiday given")
    dead.add_argument("--last-day", metavar="DATE", help="the last day of instruction of this school year "
                      "('' to clear)")
    dead.add_argument("--next-year", metavar="DATE", help="the first day of the next school year ('' to clear)")
    dead.add_argument("--json", action="store_true")

    hand = commands.add_parser("handed-out", help="record that students' reports were given to the family in person")
    hand.add_argument("ssids", nargs="+", metavar="SSID")
    hand.add_argument("--note", default="", metavar="TEXT", help="where or how, e.g. 'parent conference'")


def _distribution(workspace: Workspace, args) -> int:
    today = compliance.parse_date(args.today, "--today") if args.today else date.today()
    with closing(workspace.connect()) as connection:
        if args.csv:
            record, deadlines = compliance.export_csv(connection, args.csv, today)
            print(f"Wrote {record} (every event) and {deadlines} (each student's deadlines).")
            return EXIT_OK
        statuses = compliance.status(connection, today)
    numbers = compliance.tally(statuses, today)
    if args.json:
        print(json.dumps({"dashboard": numbers, "students": [s.to_json() for s in statuses]}, indent=2,
                         ensure_ascii=False))
        return EXIT_OK
    print(_dashboard_text(numbers))
    for heading, urgency in (("Overdue", "overdue"), (f"Due within {compliance.DUE_SOON_DAYS} days", "due soon")):
        listed = sorted((s for s in statuses if s.urgency == urgency), key=lambda s: s.open[0].due)
        if listed:
            print(f"\n{heading}:")
            for s in listed:
                print(_student_line(s))
    if numbers["no_due_date"]:
        print(f"\n{counted(numbers['no_due_date'], 'family has', 'families have')} reports received after the last "
              "day of instruction; set the first day of the next school year to see when they are due: "
              "ssrdesk deadlines --next-year DATE")
    return EXIT_OK


def _dashboard_text(n: dict) -> str:
    routes = ", ".join(f"{count:,} {'by ' if route != 'in person' else ''}{route}"
                       for route, count in n["reached_by"].items())
    lines = [
        f"As of {n['today']}: {counted(n['families'], 'family', 'families')} with a report.",
        f"Reached: {n['reached']:,} ({routes})"
        + (f", {n['reached_late']:,} of them after the due date." if n["reached_late"] else "."),
        f"Not reached: {n['not_reached']:,} ({n['overdue']:,} overdue, {n['due_soon']:,} due within "
        f"{n['due_soon_days']} days, {n['due_later']:,} due later, {n['no_due_date']:,} without a due date yet).",
        f"On the print list: {n['on_print_list']:,}. E-mail bounced, not reached another way: {n['bounced']:,}.",
    ]
    if n["earliest_due"]:
        lines.insert(3, f"Earliest due date not yet met: {n['earliest_due']}.")
    return "\n".join(lines)


def _student_line(s: compliance.StudentStatus) -> str:
    dues = "; ".join(f"{p.program} due {p.due} ({_days_words(p)})" for p in s.open if p.due)
    pending = f"; {'; '.join(s.pending)}" if s.pending else ""
    return f"  {s.ssid}  {s.name[:28]:28}  {s.grade:>2}  {s.school[:24]:24}  {dues}{pending}"


def _days_words(p: compliance.ProgramStatus) -> str:
    unit = compliance.days_unit(p.program).split()[0]
    if p.days_left == 0:
        return "due today"
    if p.days_left < 0:
        return f"{counted(-p.days_left, unit + ' day')} overdue"
    return f"{counted(p.days_left, unit + ' day')} left"


def _deadlines(workspace: Workspace, args) -> int:
    with closing(workspace.connect()) as connection:
        calendar = compliance.load_calendar(connection)
        changed = _changed(calendar, args)
        if changed != calendar:
            compliance.save_calendar(connection, changed)
            calendar = changed
    if args.json:
        print(json.dumps(calendar.to_json(), indent=2))
        return EXIT_OK
    print("Deadlines are counted from the day the LEA received the reports:")
    for program in compliance.PROGRAMS:
        received = calendar.received.get(program)
        if received:
            due = compliance.due_date(program, received, calendar)
            print(f"  {program}: {received} (set by you); due {due or 'not known: ' + compliance.NO_DUE_DATE}")
        else:
            print(f"  {program}: the day its reports were imported")
    print(f"Holidays: {', '.join(str(day) for day in sorted(calendar.holidays)) or 'none'}")
    print(f"Last day of instruction: {calendar.last_day_of_instruction or 'not set'}")
    print(f"First day of the next school year: {calendar.first_day_next_year or 'not set'}")
    return EXIT_OK


def _changed(calendar: compliance.Calendar, args) -> compliance.Calendar:
    received = dict(calendar.received)
    for given in args.received:
        program, equals, day = given.partition("=")
        if not equals:
            raise UserError(f"Give --received as PROGRAM=DATE, for example CAASPP=2026-08-14; '{given}' is not.")
        program = program.strip().upper()
        if day.strip():
            received[program] = compliance.parse_date(day, f"the day the {program} reports were received")
        else:
            received.pop(program, None)
    holidays = set() if args.clear_holidays else set(calendar.holidays)
    for given in args.holiday:
        holidays |= _weekdays(given)
    return replace(calendar, received=received, holidays=frozenset(holidays),
                   last_day_of_instruction=_date_or_keep(args.last_day, calendar.last_day_of_instruction,
                                                         "the last day of instruction"),
                   first_day_next_year=_date_or_keep(args.next_year, calendar.first_day_next_year,
                                                     "the first day of the next school year"))


def _weekdays(given: str) -> set[date]:
    """A holiday, or the weekdays of a break FIRST..LAST: weekends are never working days anyway."""
    first, _, last = given.partition("..")
    start = compliance.parse_date(first, "a holiday")
    if not last:
        return {start}
    end = compliance.parse_date(last, "the last day of a break")
    if not 0 <= (end - start).days < LONGEST_BREAK:
        raise UserError(f"A break runs from its first day to its last, within a year; '{given}' does not.")
    days = (start + timedelta(days=n) for n in range((end - start).days + 1))
    return {day for day in days if day.weekday() < 5}


def _date_or_keep(given: str | None, current: date | None, what: str) -> date | None:
    if given is None:
        return current
    return compliance.parse_date(given, what) if given.strip() else None


def _handed_out(workspace: Workspace, args) -> int:
    with closing(workspace.connect()) as connection:
        compliance.hand_out(connection, args.ssids, args.note)
    print(f"Recorded: the reports of {counted(len(set(args.ssids)), 'student')} were handed out in person.")
    return EXIT_OK


HANDLERS = {"distribution": _distribution, "deadlines": _deadlines, "handed-out": _handed_out}
