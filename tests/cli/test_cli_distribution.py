"""`ssrdesk distribution`, `deadlines` and `handed-out`: what a coordinator types each morning."""

import argparse
import csv
import json
import os
from contextlib import closing
from datetime import date

import pytest

from ssrdesk import cli_distribution
from ssrdesk.core import compliance, distribution
from ssrdesk.core.errors import UserError
from tests.core.test_compliance import add_event, add_reports, add_student


def ssrdesk(workspace, capsys, *argv):
    top = argparse.ArgumentParser(prog="ssrdesk")
    cli_distribution.add_commands(top.add_subparsers(dest="command"))
    args = top.parse_args(list(argv))
    code = cli_distribution.HANDLERS[args.command](workspace, args)
    return code, capsys.readouterr().out


@pytest.fixture
def school(workspace):
    """Three students whose CAASPP reports came Friday 2026-08-14; one printed, one e-mail bounced, one waiting."""
    with closing(workspace.connect()) as connection:
        for n, last in enumerate(["Adams", "Baker", "Cruz"], 1):
            add_student(connection, f"300000000{n}", last)
            add_reports(connection, f"300000000{n}")
        add_event(connection, "3000000001", distribution.PRINTED, distribution.PRINT, "2026-08-20", report=1, batch="B1")
        add_event(connection, "3000000002", distribution.PASSWORD_SENT, distribution.EMAIL, "2026-08-20", "b@example.org", 2)
        add_event(connection, "3000000002", distribution.BOUNCED, distribution.EMAIL, "2026-08-21", "b@example.org 550", 2)
    return workspace


def test_deadlines_are_set_shown_and_saved(workspace, capsys):
    code, out = ssrdesk(workspace, capsys, "deadlines", "--received", "caaspp=2026-08-14", "--holiday", "2026-09-07",
                        "--holiday", "2026-12-21..2027-01-01", "--last-day", "2026-06-04", "--next-year", "2026-08-13",
                        "--json")
    assert code == 0
    assert json.loads(out) == {
        "received": {"CAASPP": "2026-08-14"},
        "holidays": ["2026-09-07", "2026-12-21", "2026-12-22", "2026-12-23", "2026-12-24", "2026-12-25", "2026-12-28",
                     "2026-12-29", "2026-12-30", "2026-12-31", "2027-01-01"],  # the break's weekdays
        "last_day_of_instruction": "2026-06-04", "first_day_next_year": "2026-08-13"}

    code, out = ssrdesk(workspace, capsys, "deadlines")
    assert "CAASPP: 2026-08-14 (set by you); due 2026-09-14" in out
    assert "ELPAC: the day its reports were imported" in out
    assert "Last day of instruction: 2026-06-04" in out and "First day of the next school year: 2026-08-13" in out

    ssrdesk(workspace, capsys, "deadlines", "--received", "CAASPP=", "--clear-holidays", "--holiday", "2026-11-11",
            "--next-year", "")
    with closing(workspace.connect()) as connection:
        assert compliance.load_calendar(connection) == compliance.Calendar(
            holidays=frozenset({date(2026, 11, 11)}), last_day_of_instruction=date(2026, 6, 4))


@pytest.mark.parametrize("argv, says", [
    (["--received", "CAASPP 2026-08-14"], "Give --received as PROGRAM=DATE"),
    (["--received", "CSA=2026-08-14"], "CAASPP or ELPAC"),
    (["--holiday", "Sept 7"], "Write a holiday as year-month-day"),
    (["--holiday", "2027-01-01..2026-12-21"], "A break runs from its first day to its last"),
    (["--last-day", "2026-06-04", "--next-year", "2026-06-01"], "must come after the last day of instruction"),
])
def test_deadlines_refuses_what_cannot_be_right_and_saves_nothing(workspace, capsys, argv, says):
    with pytest.raises(UserError, match=says):
        ssrdesk(workspace, capsys, "deadlines", *argv)
    with closing(workspace.connect()) as connection:
        assert compliance.load_calendar(connection) == compliance.Calendar()


def test_distribution_json_has_the_dashboard_and_each_students_status(school, capsys):
    code, out = ssrdesk(school, capsys, "distribution", "--json", "--today", "2026-09-15")
    found = json.loads(out)
    assert code == 0
    assert found["dashboard"] == {
        "today": "2026-09-15", "families": 3, "reached": 1, "reached_by": {"print": 1, "e-mail": 0, "in person": 0},
        "reached_late": 0, "not_reached": 2, "overdue": 2, "due_soon": 0, "due_later": 0, "no_due_date": 0,
        "due_soon_days": 5, "earliest_due": "2026-09-11", "on_print_list": 0, "bounced": 1}
    adams, baker, cruz = found["students"]
    assert adams == {
        "ssid": "3000000001", "name": "Adams, Ana", "grade": "05", "school": "Hillside Elementary", "reached": True,
        "reached_by": "print", "reached_at": "2026-08-20T19:00:00+00:00", "late": False, "urgency": "reached",
        "next_due": None, "pending": [], "on_print_list": False, "bounced": False,
        "latest": "printed in batch B1 on 2026-08-20",
        "programs": [{"program": "CAASPP", "received": "2026-08-14", "due": "2026-09-11", "due_note": None,
                      "days_left": None, "days_counted_in": "working days", "deadline": "met", "reached_by": "print",
                      "reached_at": "2026-08-20T19:00:00+00:00"}]}
    assert (baker["reached"], baker["bounced"], baker["pending"], baker["next_due"]) == (
        False, True, ["e-mail to b@example.org bounced"],
        {"program": "CAASPP", "due": "2026-09-11", "days_left": -2, "days_counted_in": "working days"})
    assert (cruz["urgency"], cruz["latest"]) == ("overdue", None)


def test_distribution_text_shows_the_numbers_and_who_is_overdue(school, capsys):
    code, out = ssrdesk(school, capsys, "distribution", "--today", "2026-09-08")
    assert code == 0
    assert "As of 2026-09-08: 3 families with a report." in out
    assert "Reached: 1 (1 by print, 0 by e-mail, 0 in person)." in out
    assert "Not reached: 2 (0 overdue, 2 due within 5 days, 0 due later, 0 without a due date yet)." in out
    assert "Earliest due date not yet met: 2026-09-11." in out
    assert "Overdue:" not in out
    [baker] = [line for line in out.splitlines() if "3000000002" in line]
    assert "Baker, Ana" in baker and "CAASPP due 2026-09-11 (3 working days left); e-mail to b@example.org bounced" in baker

    _, out = ssrdesk(school, capsys, "distribution", "--today", "2026-09-14")
    assert "Overdue:" in out and "CAASPP due 2026-09-11 (1 working day overdue)" in out


def test_distribution_csv_writes_the_record_and_the_deadlines(school, capsys, tmp_path):
    target = tmp_path / "record.csv"
    code, out = ssrdesk(school, capsys, "distribution", "--csv", str(target), "--today", "2026-09-08")
    assert code == 0 and out == f"Wrote {target} (every event) and {tmp_path / 'record-status.csv'} (each student's deadlines).\n"
    with open(target, newline="", encoding="utf-8-sig") as handle:
        assert [row["Event"] for row in csv.DictReader(handle)] == ["printed", "password sent", "bounced"]
    with open(tmp_path / "record-status.csv", newline="", encoding="utf-8-sig") as handle:
        assert [row["Deadline"] for row in csv.DictReader(handle)] == ["met", "open", "open"]
    assert os.stat(target).st_mode & 0o777 == 0o600


def test_handed_out_marks_the_family_reached_in_person(school, capsys):
    code, out = ssrdesk(school, capsys, "handed-out", "3000000003", "--note", "parent conference")
    assert code == 0 and out == "Recorded: the reports of 1 student were handed out in person.\n"
    with closing(school.connect()) as connection:
        cruz = {s.ssid: s for s in compliance.status(connection, date.today())}["3000000003"]
        assert cruz.reached and cruz.reached_by == "in person"
        assert cruz.latest == f"handed out in person: parent conference on {date.today()}"

    with pytest.raises(UserError, match="No report in the library belongs to SSID 3999999999"):
        ssrdesk(school, capsys, "handed-out", "3000000001", "3999999999")
    with closing(school.connect()) as connection:
        assert connection.execute("SELECT COUNT(*) FROM distribution WHERE event = 'handed out'").fetchone()[0] == 1
