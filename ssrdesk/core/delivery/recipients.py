"""Who gets which e-mails: one pair of messages (report, then password) per guardian address and student.

Every guardian address listed for a student gets its own pair, each with its own password. Siblings at
one address get one pair each by default, or, if the coordinator prefers, one message with every child's
file (each file keeps its own password) and one password message listing them. Students without a usable
address go to the print list. Nothing is written here.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from .. import choice, distribution
from ..choice import GROUP_ORDER, LANGUAGE_CHOICES, REPORT_GROUPS, LeftOut, Skip
from ..errors import UserError
from ..printing.letters import blank_letter_fields, letter_language, load_school
from ..words import counted
from .messages import valid_address
from .passwords import Policy, check, password_for
from .protect import Pages

SIBLING_CHOICES = ("separate", "together")


@dataclass(frozen=True)
class EmailOptions:
    languages: str = "both"  # which copies: english, translated, both (as for printing)
    reports: tuple[str, ...] = GROUP_ORDER
    siblings: str = "separate"
    policy: Policy = Policy()
    resend: bool = False  # include students already e-mailed
    address: str = ""  # resend to this corrected address instead of the listed ones

    def problems(self) -> list[str]:
        found = []
        if self.languages not in LANGUAGE_CHOICES:
            found.append(f"languages must be one of {', '.join(LANGUAGE_CHOICES)}")
        if not self.reports or any(r not in REPORT_GROUPS for r in self.reports):
            found.append(f"reports must be some of {', '.join(REPORT_GROUPS)}")
        if self.siblings not in SIBLING_CHOICES:
            found.append(f"siblings must be one of {', '.join(SIBLING_CHOICES)}")
        if self.address and not valid_address(self.address):
            found.append(f"“{self.address}” is not an e-mail address")
        return found


@dataclass
class Child:
    student: sqlite3.Row
    report_ids: list[int]
    pages: tuple[Pages, ...]

    @property
    def ssid(self) -> str:
        return self.student["ssid"]


@dataclass
class Family:
    """One pair of messages: to one address, about one student (or, together, about siblings)."""

    address: str
    guardian: str  # the guardian's name, "" when the export has none
    language: str  # one of the nine message languages
    children: list[Child] = field(default_factory=list)

    @property
    def ssids(self) -> list[str]:
        return [c.ssid for c in self.children]

    @property
    def report_ids(self) -> list[int]:
        return [r for c in self.children for r in c.report_ids]


@dataclass
class EmailPlan:
    options: EmailOptions
    families: list[Family]
    to_print: list[LeftOut]  # no usable e-mail address
    left_out: list[LeftOut]  # no report, flagged, already e-mailed, waiting in the outbox …
    warnings: list[str]

    @property
    def messages(self) -> int:
        return 2 * len(self.families)

    @property
    def students(self) -> int:
        return len({ssid for f in self.families for ssid in f.ssids})


def plan(connection: sqlite3.Connection, ssids: list[str], options: EmailOptions, folder: Path) -> EmailPlan:
    """The e-mails for these students (`folder`: the workspace, where the stored reports are)."""
    problems = options.problems()
    if problems:
        raise UserError(f"These e-mail options cannot be used: {'; '.join(problems)}.")
    check(options.policy)
    if not ssids:
        raise UserError("No students are chosen. Choose the students whose reports to e-mail, or all of them.")
    sources = {r["id"]: str(folder / r["stored_as"]) for r in connection.execute("SELECT id, stored_as FROM ssr_file")}
    reached = emailed_on(connection)
    waiting = waiting_in_outbox(connection)
    pairs, to_print, left_out, odd = [], [], [], []
    for one in choice.each_student(connection, ssids, left_out):
        ssid, student, name, listed = one.ssid, one.student, one.name, one.guardians
        try:
            if ssid in reached and not options.resend:
                event, at = reached[ssid]
                how = "written as .eml files" if event == distribution.EXPORTED else "e-mailed"
                raise Skip(f"already {how} on {at[:10]}; choose to send again to include")
            language = choice.family_language(student, listed)
            chosen = choice.reports_for_family(one.reports, options.reports, options.languages, language)
            if options.policy.kind != "random":
                password_for(student, options.policy)  # a template field this student lacks leaves them out now
        except (Skip, UserError) as why:
            left_out.append(LeftOut(ssid, name, str(why)))
            continue
        addresses, wrong = _addresses(listed, options.address)
        odd += wrong
        if addresses and all((ssid, a.casefold()) in waiting for a, _, _ in addresses):
            left_out.append(LeftOut(ssid, name, "already waiting in the outbox: send or cancel those messages first"))
            continue
        addresses = [found for found in addresses if (ssid, found[0].casefold()) not in waiting]
        if not addresses:
            why = f"the e-mail address “{wrong[0]}” does not look right" if wrong else "no e-mail address"
            to_print.append(LeftOut(ssid, name, why))
            continue
        child = Child(student, [r["id"] for r in chosen],
                      tuple(Pages(sources[r["ssr_file_id"]], r["first_page"], r["page_count"]) for r in chosen))
        for address, guardian, spoken in addresses:
            pairs.append(Family(address, guardian, letter_language(spoken or language), [child]))
    families = _together(pairs) if options.siblings == "together" else pairs
    warnings = []
    blank = blank_letter_fields(load_school(connection))
    if families and "contact" in blank:
        warnings.append(f"The messages tell families whom to contact, but this is not set yet: {blank}. Those places "
                        "would be blank: fill them in with Edit letters (Print page) or `ssrdesk letters`.")
    if odd:
        warnings.append(f"{counted(len(odd), 'e-mail address', 'e-mail addresses')} in the contacts export do not look "
                        f"right (for example “{odd[0]}”): fix them in your SIS and import the contacts again.")
    return EmailPlan(options, families, to_print, left_out, warnings)


def _addresses(guardians: list[sqlite3.Row], corrected: str) -> tuple[list[tuple[str, str, str]], list[str]]:
    """(address, guardian name, guardian language) per distinct usable address, and the unusable ones."""
    if corrected:  # the guardian whose address it is, else the first listed
        mine = next((g for g in guardians if corrected.strip().casefold() in g["email"].casefold()),
                    guardians[0] if guardians else None)
        return [(corrected.strip(), mine["name"] if mine else "", mine["language"] if mine else "")], []
    found, wrong, seen = [], [], set()
    for guardian in guardians:
        for address in guardian["email"].replace(";", ",").split(","):
            address = address.strip()
            if not address or address.casefold() in seen:
                continue
            seen.add(address.casefold())
            if valid_address(address):
                found.append((address, guardian["name"], guardian["language"]))
            else:
                wrong.append(address)
    return found, wrong


def _together(pairs: list[Family]) -> list[Family]:
    """Siblings at one address in one pair of messages (the first listed guardian's name and language)."""
    by_address: dict[str, Family] = {}
    for family in pairs:
        same = by_address.setdefault(family.address.casefold(), Family(family.address, family.guardian, family.language))
        same.children += family.children
    return list(by_address.values())


def emailed_on(connection: sqlite3.Connection) -> dict[str, tuple[str, str]]:
    """Each student's last password sent (or written as an .eml file to send) to an address that has not
    bounced since: (event, when)."""
    rows = connection.execute(
        "SELECT d.ssid, d.event, MAX(d.at) FROM distribution d JOIN outbox o ON o.id = d.outbox_id"
        " WHERE d.event IN (?, ?) AND d.undone_at IS NULL AND NOT EXISTS"
        " (SELECT 1 FROM bounce b JOIN outbox x ON x.id = b.outbox_id WHERE x.pair = o.pair) GROUP BY d.ssid",
        (distribution.PASSWORD_SENT, distribution.EXPORTED))
    return {ssid: (event, at) for ssid, event, at in rows}


def waiting_in_outbox(connection: sqlite3.Connection) -> set[tuple[str, str]]:
    """(student, address) pairs with messages still to send."""
    return {(ssid, row["recipient"].casefold())
            for row in connection.execute("SELECT ssids, recipient FROM outbox WHERE state IN ('queued', 'sending')")
            for ssid in json.loads(row["ssids"])}
