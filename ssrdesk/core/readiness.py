"""What a workspace still needs before reports go out: the three imports, and the gaps they leave.

The welcome checklist reads this each time the workspace changes; the sentences are the UI's.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from .delivery.messages import valid_address
from .ssr.library import ACTIVE, counts as report_counts


@dataclass(frozen=True)
class Readiness:
    score_files: int
    students: int
    reports: int
    reports_needing_attention: int
    students_without_report: int  # SSR-eligible, but no report imported for them yet
    contact_files: int
    students_without_email: int  # no guardian address an e-mail could go to: their reports go to print
    students_without_mailing_address: int  # none in the contacts, the score data or printed on a report
    students_without_address: int  # no e-mail and no mailing address: hand the report out at school

    @property
    def imported_everything(self) -> bool:
        return bool(self.score_files and self.reports and self.contact_files)


def readiness(connection: sqlite3.Connection) -> Readiness:
    files = dict(connection.execute("SELECT kind, COUNT(*) FROM data_file GROUP BY kind").fetchall())
    reports = report_counts(connection)
    with_email = {ssid for ssid, emails in connection.execute("SELECT ssid, email FROM guardian WHERE email != ''")
                  if any(valid_address(e.strip()) for e in emails.replace(";", ",").split(","))}
    # Where the print plan finds an address: the contacts, the score data, or the one TOMS printed on a report.
    with_address = {ssid for (ssid,) in connection.execute(
        "SELECT ssid FROM student WHERE address_line1 != ''"
        " UNION SELECT ssid FROM guardian WHERE address_line1 != ''"
        f" UNION SELECT ssid FROM ssr WHERE {ACTIVE} AND ssid IS NOT NULL AND address != ''")}
    everyone = {ssid for (ssid,) in connection.execute("SELECT ssid FROM student")}
    return Readiness(
        score_files=files.get("score data", 0),
        students=len(everyone),
        reports=reports["found"],
        reports_needing_attention=reports["needing_attention"],
        students_without_report=reports["students_eligible_without_report"],
        contact_files=files.get("contacts", 0),
        students_without_email=len(everyone - with_email),
        students_without_mailing_address=len(everyone - with_address),
        students_without_address=len(everyone - with_email - with_address),
    )
