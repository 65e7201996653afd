"""Deadlines and the distribution record: the dates a coordinator is held to, and who really has their report."""

import csv
import os
from contextlib import closing
from datetime import date
from itertools import count

import pytest

from ssrdesk.core import compliance, distribution
from ssrdesk.core.compliance import CAASPP, ELPAC, Calendar, due_date, working_days_between
from ssrdesk.core.errors import UserError

FRIDAY = date(2026, 8, 14)
LABOR_DAY = date(2026, 9, 7)
WITH_LABOR_DAY = Calendar(holidays=frozenset({LABOR_DAY}))
SCHOOL_YEAR = Calendar(holidays=frozenset({LABOR_DAY}), last_day_of_instruction=date(2026, 6, 4),
                       first_day_next_year=date(2026, 8, 13))
_numbers = count(1)


def noon(day: str) -> str:
    """A recorded time (UTC) that falls on `day` in any American time zone."""
    return f"{day}T19:00:00+00:00"


def add_student(connection, ssid, last, grade="05", school="Hillside Elementary"):
    connection.execute("INSERT INTO student (ssid, last_name, first_name, grade, school_name) VALUES (?, ?, 'Ana', ?, ?)",
                       (ssid, last, grade, school))


def add_reports(connection, ssid, program=CAASPP, kind="SB", imported="2026-08-14", languages=("English",)):
    """Reports of one kind for a student, in a PDF imported on `imported`; their ids, English first."""
    n = next(_numbers)
    pdf = connection.execute("INSERT INTO ssr_file (name, sha256, stored_as, pages, imported_at) VALUES (?, ?, ?, 4, ?)",
                             (f"grade5-{n}.pdf", f"sha{n}", f"reports/{n}.pdf", noon(imported))).lastrowid
    return [connection.execute(
        "INSERT INTO ssr (ssr_file_id, first_page, page_count, printed_ssid, program, kind, language, administration,"
        " content_hash, ssid) VALUES (?, 1, 2, ?, ?, ?, ?, '2025-26', ?, ?)",
        (pdf, ssid, program, kind, language, f"{n}-{language}", ssid)).lastrowid for language in languages]


def add_event(connection, ssid, event, route, day, detail="", report=None, batch=""):
    connection.execute("INSERT INTO distribution (ssid, ssr_id, event, route, batch, detail, at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                       (ssid, report, event, route, batch, detail, noon(day)))


def by_ssid(connection, today):
    return {s.ssid: s for s in compliance.status(connection, today)}


@pytest.fixture
def connection(workspace):
    with closing(workspace.connect()) as opened:
        yield opened


# ---- due dates ----

def test_caaspp_received_on_a_friday_is_due_twenty_working_days_later_skipping_labor_day():
    assert due_date(CAASPP, FRIDAY, WITH_LABOR_DAY) == date(2026, 9, 14)
    assert due_date(CAASPP, FRIDAY, Calendar()) == date(2026, 9, 11)
    assert working_days_between(FRIDAY, date(2026, 9, 14), WITH_LABOR_DAY) == 20


def test_elpac_received_the_same_day_is_due_thirty_calendar_days_later_weekend_or_not():
    assert due_date(ELPAC, FRIDAY, WITH_LABOR_DAY) == date(2026, 9, 13)  # a Sunday: not moved later


def test_reports_received_after_the_last_day_of_instruction_are_due_in_the_next_school_year():
    june = date(2026, 6, 10)
    # Thursday 13 August is working day 1; Labor Day is skipped.
    assert due_date(CAASPP, june, SCHOOL_YEAR) == date(2026, 9, 10)
    assert due_date(ELPAC, june, SCHOOL_YEAR) == date(2026, 9, 2)
    assert due_date(CAASPP, june, Calendar(last_day_of_instruction=date(2026, 6, 4))) is None


def test_received_on_the_last_day_of_instruction_or_once_the_new_year_began_the_ordinary_rule_applies():
    assert due_date(CAASPP, date(2026, 6, 4), SCHOOL_YEAR) == date(2026, 7, 2)
    assert due_date(ELPAC, date(2026, 6, 4), SCHOOL_YEAR) == date(2026, 7, 4)
    assert due_date(CAASPP, FRIDAY, SCHOOL_YEAR) == date(2026, 9, 14)
    stale = Calendar(last_day_of_instruction=date(2026, 6, 4))  # last year's calendar never updated
    assert due_date(CAASPP, date(2027, 8, 20), stale) is None


@pytest.mark.parametrize("start, end, expected", [
    (date(2026, 8, 14), date(2026, 8, 17), 1),  # Friday to Monday
    (date(2026, 8, 14), date(2026, 8, 16), 0),  # Friday to Sunday
    (date(2026, 8, 17), date(2026, 8, 21), 4),  # Monday to Friday
    (date(2026, 8, 17), date(2026, 8, 17), 0),
    (date(2026, 9, 4), date(2026, 9, 8), 1),  # over the Labor Day weekend
    (date(2026, 9, 8), date(2026, 9, 4), -1),
    (date(2026, 8, 21), date(2026, 8, 14), -5),
])
def test_working_days_between(start, end, expected):
    assert working_days_between(start, end, WITH_LABOR_DAY) == expected


def test_days_left_count_working_days_for_caaspp_and_calendar_days_for_elpac():
    due = date(2026, 9, 11)  # a Friday
    assert compliance.days_left(CAASPP, due, date(2026, 9, 4), WITH_LABOR_DAY) == 4  # Labor Day in between
    assert compliance.days_left(CAASPP, due, due, WITH_LABOR_DAY) == 0
    assert compliance.days_left(CAASPP, due, date(2026, 9, 12), WITH_LABOR_DAY) == -1  # the weekend after: overdue
    assert compliance.days_left(CAASPP, due, date(2026, 9, 15), WITH_LABOR_DAY) == -2
    assert compliance.days_left(ELPAC, due, date(2026, 9, 4), WITH_LABOR_DAY) == 7
    assert compliance.days_left(ELPAC, due, date(2026, 9, 15), WITH_LABOR_DAY) == -4


# ---- the calendar setting ----

def test_the_calendar_is_saved_and_read_back(connection):
    assert compliance.load_calendar(connection) == Calendar()
    calendar = Calendar(received={CAASPP: FRIDAY}, holidays=frozenset({LABOR_DAY, date(2026, 11, 11)}),
                        last_day_of_instruction=date(2026, 6, 4), first_day_next_year=date(2026, 8, 13))
    compliance.save_calendar(connection, calendar)
    assert compliance.load_calendar(connection) == calendar


@pytest.mark.parametrize("calendar, says", [
    (Calendar(received={"CSA": FRIDAY}), "CAASPP or ELPAC"),
    (Calendar(last_day_of_instruction=date(2026, 6, 4), first_day_next_year=date(2026, 6, 1)), "must come after"),
    (Calendar(first_day_next_year=date(2026, 8, 15)), "weekend day or a holiday"),
])
def test_a_calendar_that_cannot_be_right_is_refused_in_plain_words(connection, calendar, says):
    compliance.save_calendar(connection, WITH_LABOR_DAY)
    with pytest.raises(UserError, match=says):
        compliance.save_calendar(connection, calendar)
    assert compliance.load_calendar(connection) == WITH_LABOR_DAY


def test_parse_date_says_how_to_write_a_date():
    assert compliance.parse_date(" 2026-08-14 ", "the day") == FRIDAY
    with pytest.raises(UserError, match="Write the day as year-month-day, for example 2026-08-14; '8/14/26'"):
        compliance.parse_date("8/14/26", "the day")


# ---- who has been reached ----

def test_a_print_of_the_english_copy_reaches_the_family_on_time(connection):
    add_student(connection, "1000000001", "Alvarez")
    english, spanish = add_reports(connection, "1000000001", languages=("English", "Spanish"))
    add_event(connection, "1000000001", distribution.PRINTED, distribution.PRINT, "2026-08-20", "batch 1.pdf, pages 1–2",
              english, batch="Grade 5")
    compliance.save_calendar(connection, WITH_LABOR_DAY)
    [s] = compliance.status(connection, date(2026, 9, 1))
    assert (s.ssid, s.name, s.grade, s.school) == ("1000000001", "Alvarez, Ana", "05", "Hillside Elementary")
    assert s.reached and (s.reached_by, s.reached_at) == ("print", noon("2026-08-20"))
    [p] = s.programs
    assert (p.program, p.received, p.due, p.days_left, p.deadline) == (CAASPP, FRIDAY, date(2026, 9, 14), None, "met")
    assert s.urgency == "reached" and s.pending == () and s.latest == "printed in batch Grade 5 on 2026-08-20"


def test_a_bounced_email_does_not_reach_the_family_but_a_later_print_does(connection):
    add_student(connection, "1000000002", "Baker")
    [report] = add_reports(connection, "1000000002")
    add_event(connection, "1000000002", distribution.EMAILED, distribution.EMAIL, "2026-08-18", "Mom@Example.org", report)
    add_event(connection, "1000000002", distribution.PASSWORD_SENT, distribution.EMAIL, "2026-08-18", "Mom@Example.org",
              report)
    add_event(connection, "1000000002", distribution.BOUNCED, distribution.EMAIL, "2026-08-19",
              "mom@example.org: 550 5.1.1 no such user", report)
    s = by_ssid(connection, date(2026, 8, 20))["1000000002"]
    assert not s.reached and s.bounced and s.urgency == "due later"
    assert s.pending == ("e-mail to mom@example.org bounced",)
    assert s.latest == "e-mail bounced: mom@example.org: 550 5.1.1 no such user on 2026-08-19"

    distribution.move_to_print(connection, ["1000000002"], "e-mail bounced")
    s = by_ssid(connection, date(2026, 8, 20))["1000000002"]
    assert s.on_print_list and s.pending == ("on the print list (e-mail bounced)", "e-mail to mom@example.org bounced")

    add_event(connection, "1000000002", distribution.PRINTED, distribution.PRINT, "2026-08-21", report=report)
    s = by_ssid(connection, date(2026, 8, 24))["1000000002"]
    assert s.reached and s.reached_by == "print" and not s.bounced and not s.on_print_list and s.pending == ()


def test_a_password_sent_after_an_old_bounce_reaches_the_family_by_email(connection):
    add_student(connection, "1000000003", "Chen")
    [report] = add_reports(connection, "1000000003")
    add_event(connection, "1000000003", distribution.BOUNCED, distribution.EMAIL, "2026-08-17", "dad@example.org full")
    add_event(connection, "1000000003", distribution.EMAILED, distribution.EMAIL, "2026-08-18", "dad@example.org", report)
    s = by_ssid(connection, date(2026, 8, 18))["1000000003"]
    assert not s.reached and s.pending == ("report e-mailed to dad@example.org, its password not sent yet",)
    add_event(connection, "1000000003", distribution.PASSWORD_SENT, distribution.EMAIL, "2026-08-18", "dad@example.org",
              report)
    s = by_ssid(connection, date(2026, 8, 18))["1000000003"]
    assert s.reached and s.reached_by == "e-mail" and not s.bounced


def test_an_undone_print_run_does_not_count(connection):
    add_student(connection, "1000000004", "Diaz")
    [report] = add_reports(connection, "1000000004")
    run = distribution.record_print_run(connection, "/prints", {}, [("1000000004", "Grade 5", [report], "")], 2)
    assert by_ssid(connection, date.today())["1000000004"].reached
    distribution.undo_print_run(connection, run)
    s = by_ssid(connection, date.today())["1000000004"]
    assert not s.reached and s.latest == ""


def test_an_email_exported_for_the_district_mail_system_is_pending_not_reached(connection):
    add_student(connection, "1000000005", "Evans")
    [report] = add_reports(connection, "1000000005")
    add_event(connection, "1000000005", distribution.EXPORTED, distribution.EMAIL, "2026-08-18", "gran@example.org", report)
    s = by_ssid(connection, date(2026, 8, 18))["1000000005"]
    assert not s.reached and s.pending == ("e-mail to gran@example.org written as a file, not confirmed sent",)


def test_each_program_has_its_own_deadline_and_a_hand_out_covers_only_reports_already_there(connection):
    add_student(connection, "1000000006", "Fox")
    add_reports(connection, "1000000006", ELPAC, "ELPAC", imported="2026-08-03")
    add_event(connection, "1000000006", distribution.HANDED_OUT, distribution.IN_PERSON, "2026-08-10", "conference")
    add_reports(connection, "1000000006", CAASPP, "SB", imported="2026-08-14")
    s = by_ssid(connection, date(2026, 9, 15))["1000000006"]
    caaspp, elpac = s.programs
    assert (elpac.program, elpac.received, elpac.due, elpac.reached_by, elpac.deadline) == (
        ELPAC, date(2026, 8, 3), date(2026, 9, 2), "in person", "met")
    assert (caaspp.received, caaspp.due, caaspp.days_left, caaspp.deadline) == (FRIDAY, date(2026, 9, 11), -2, "overdue")
    assert not s.reached and s.urgency == "overdue" and [p.program for p in s.open] == [CAASPP]
    assert s.latest == "handed out in person: conference on 2026-08-10"

    add_event(connection, "1000000006", distribution.HANDED_OUT, distribution.IN_PERSON, "2026-09-16")
    s = by_ssid(connection, date(2026, 9, 15))["1000000006"]
    assert s.reached and s.reached_by == "in person" and s.programs[0].deadline == "missed"


def test_a_received_date_the_coordinator_sets_replaces_the_import_date(connection):
    add_student(connection, "1000000007", "Garcia")
    add_reports(connection, "1000000007", imported="2026-08-20")
    add_reports(connection, "1000000007", kind="CSA", imported="2026-08-25")
    [p] = by_ssid(connection, date(2026, 8, 24))["1000000007"].programs
    assert p.received == date(2026, 8, 20)  # the earlier of the two imports
    compliance.save_calendar(connection, Calendar(received={CAASPP: FRIDAY}, holidays=frozenset({LABOR_DAY})))
    [p] = by_ssid(connection, date(2026, 9, 8))["1000000007"].programs
    assert (p.received, p.due, p.days_left) == (FRIDAY, date(2026, 9, 14), 4)


def test_reports_received_after_the_last_day_have_no_due_date_until_the_next_year_is_set(connection):
    add_student(connection, "1000000008", "Huang")
    add_reports(connection, "1000000008", imported="2026-06-10")
    compliance.save_calendar(connection, Calendar(last_day_of_instruction=date(2026, 6, 4)))
    s = by_ssid(connection, date(2026, 6, 11))["1000000008"]
    assert (s.programs[0].due, s.programs[0].days_left, s.urgency) == (None, None, "no due date")
    assert s.to_json()["programs"][0]["due_note"] == compliance.NO_DUE_DATE


def test_hand_out_refuses_a_student_without_reports_and_marks_nothing(connection):
    add_student(connection, "1000000009", "Ito")
    with pytest.raises(UserError, match="No report in the library belongs to SSID 1000000009"):
        compliance.hand_out(connection, ["1000000009"])
    assert connection.execute("SELECT COUNT(*) FROM distribution").fetchone()[0] == 0


# ---- the dashboard and the district's record ----

@pytest.fixture
def district(connection):
    """Seven families on 2026-09-10, their CAASPP reports received Friday 2026-08-14 (due 2026-09-14)."""
    compliance.save_calendar(connection, WITH_LABOR_DAY)
    for n, last in enumerate(["Adams", "Baker", "Cruz", "Dunn", "Ellis", "Ford", "Gray"], 1):
        add_student(connection, f"200000000{n}", last)
        add_reports(connection, f"200000000{n}")
    add_event(connection, "2000000001", distribution.PRINTED, distribution.PRINT, "2026-08-20", report=1, batch="B1")
    add_event(connection, "2000000002", distribution.PASSWORD_SENT, distribution.EMAIL, "2026-08-20", "b@example.org", 2)
    add_event(connection, "2000000004", distribution.PASSWORD_SENT, distribution.EMAIL, "2026-08-20", "d@example.org", 4)
    add_event(connection, "2000000004", distribution.BOUNCED, distribution.EMAIL, "2026-08-21", "d@example.org gone", 4)
    distribution.move_to_print(connection, ["2000000004", "2000000005"], "bounced or no e-mail")
    add_event(connection, "2000000006", distribution.EXPORTED, distribution.EMAIL, "2026-08-20", "f@example.org", 6)
    add_reports(connection, "2000000007", ELPAC, "ELPAC", imported="2026-08-03")  # ELPAC due 2026-09-02
    return connection


def test_the_dashboard_numbers_add_up(district):
    numbers = compliance.dashboard(district, date(2026, 9, 10))
    assert numbers == {
        "today": "2026-09-10", "families": 7,
        "reached": 2, "reached_by": {"print": 1, "e-mail": 1, "in person": 0}, "reached_late": 0,
        "not_reached": 5, "overdue": 1, "due_soon": 4, "due_later": 0, "no_due_date": 0,
        "due_soon_days": 5, "earliest_due": "2026-09-02", "on_print_list": 2, "bounced": 1,
    }
    add_event(district, "2000000003", distribution.HANDED_OUT, distribution.IN_PERSON, "2026-09-15", "office")
    later = compliance.dashboard(district, date(2026, 9, 16))
    assert (later["reached"], later["reached_by"]["in person"], later["reached_late"]) == (3, 1, 1)
    assert later["overdue"] == 4 and later["reached"] + later["not_reached"] == later["families"]
    assert sum(later["reached_by"].values()) == later["reached"]
    assert sum(later[k] for k in ("overdue", "due_soon", "due_later", "no_due_date")) == later["not_reached"]


def test_the_csv_record_has_every_event_and_every_deadline_and_is_private(district, tmp_path):
    run = distribution.record_print_run(district, "/prints", {}, [("2000000005", "B2", [5], "")], 2)
    distribution.undo_print_run(district, run)
    target = tmp_path / "district" / "ssr-distribution.csv"
    written = compliance.export_csv(district, target, date(2026, 9, 10))
    assert written == (target, tmp_path / "district" / "ssr-distribution-status.csv")
    assert sorted(os.listdir(target.parent)) == ["ssr-distribution-status.csv", "ssr-distribution.csv"]
    for path in written:
        assert os.stat(path).st_mode & 0o777 == 0o600

    with open(target, newline="", encoding="utf-8-sig") as handle:
        events = list(csv.DictReader(handle))
    assert list(events[0]) == compliance.EVENT_COLUMNS
    assert len(events) == district.execute("SELECT COUNT(*) FROM distribution").fetchone()[0] == 8
    first = events[0]
    assert (first["SSID"], first["Student"], first["Grade"], first["School"], first["Program"], first["Report"],
            first["Event"], first["Route"], first["Batch"], first["Undone"]) == (
        "2000000001", "Adams, Ana", "05", "Hillside Elementary", "CAASPP",
        "Smarter Balanced ELA and mathematics (English)", "printed", "print", "B1", "")
    assert first["When"].startswith("2026-08-")
    bounce = next(e for e in events if e["Event"] == "bounced")
    assert bounce["Address or detail"] == "d@example.org gone"
    undone = next(e for e in events if e["SSID"] == "2000000005" and e["Event"] == "printed")
    assert undone["Print run"] == str(run) and undone["Undone"]

    with open(written[1], newline="", encoding="utf-8-sig") as handle:
        rows = {row["SSID"]: row for row in csv.DictReader(handle)}
    assert list(next(iter(rows.values()))) == compliance.STATUS_COLUMNS and len(rows) == 7
    assert {k: rows["2000000001"][k] for k in ("Program", "Received", "Due", "Days left", "Deadline", "Reached",
                                                "Route", "Reached on")} == {
        "Program": "CAASPP", "Received": "2026-08-14", "Due": "2026-09-14", "Days left": "", "Deadline": "met",
        "Reached": "yes", "Route": "print", "Reached on": "2026-08-20"}
    assert (rows["2000000004"]["Days left"], rows["2000000004"]["Counted in"], rows["2000000004"]["Pending"]) == (
        "2", "working days", "on the print list (bounced or no e-mail); e-mail to d@example.org bounced")
    assert (rows["2000000007"]["Deadline"], rows["2000000007"]["Days left"]) == ("overdue", "-8")
