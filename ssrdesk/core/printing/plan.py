"""The envelope plan: what goes in each student's envelope, in which order, and how envelopes are batched.

Nothing is written here. Each envelope holds, in order: a cover letter or address sheet when one is
needed, then each chosen report, the English copy before the translated one. In duplex every document
starts on the front of a sheet. Envelopes with the same number of sheets form a batch, so a stack can be
split every N sheets and the folding machine set once; a batch is cut into files a printer tray holds.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field

from .. import choice, distribution
from ..choice import GROUP_ORDER, LANGUAGE_CHOICES, REPORT_GROUPS, LeftOut, Skip
from ..errors import UserError
from ..words import counted
from .addresses import MailingAddress, from_fields, from_printed, same_place
from .envelopes import DEFAULT_PRINTER, EnvelopeProfile, profile
from .letters import School, blank_letter_fields, letter_language, load_school
from .fonts import check_covered
from .sheets import fit_address

ADDRESS_SHEET_CHOICES = ("auto", "always", "never")
SORT_CHOICES = ("name", "grade", "teacher", "zip")


@dataclass(frozen=True)
class PrintOptions:
    envelope: str = "no10"
    duplex: bool = True
    address_sheet: str = "auto"
    cover_letter: bool = False
    languages: str = "both"
    reports: tuple[str, ...] = GROUP_ORDER
    sort: str = "name"
    max_sheets: int = 250  # a printer tray
    reprint: bool = False  # include students whose reports were printed in an earlier run
    printer: str = DEFAULT_PRINTER

    def problems(self) -> list[str]:
        found = []
        if self.address_sheet not in ADDRESS_SHEET_CHOICES:
            found.append(f"address sheets must be one of {', '.join(ADDRESS_SHEET_CHOICES)}")
        if self.languages not in LANGUAGE_CHOICES:
            found.append(f"languages must be one of {', '.join(LANGUAGE_CHOICES)}")
        if self.sort not in SORT_CHOICES:
            found.append(f"sort must be one of {', '.join(SORT_CHOICES)}")
        if not self.reports or any(r not in REPORT_GROUPS for r in self.reports):
            found.append(f"reports must be some of {', '.join(REPORT_GROUPS)}")
        if self.max_sheets < 1:
            found.append("the most sheets per file must be at least 1")
        return found


@dataclass(frozen=True)
class Document:
    kind: str  # "cover letter", "address sheet" or "report"
    pages: int
    label: str
    report_id: int | None = None

    def sheets(self, duplex: bool) -> int:
        return (self.pages + 1) // 2 if duplex else self.pages


@dataclass
class Envelope:
    ssid: str
    student: str  # "Last, First"
    first_name: str
    last_name: str
    grade: str
    school: str
    teacher: str
    zip: str
    address: list[str]  # the lines shown in the window
    addressee: str
    language: str  # the letter language
    family_language: str
    documents: list[Document]
    address_sheet_reason: str = ""  # why a cover letter or address sheet leads the envelope
    sheets: int = 0

    @property
    def report_ids(self) -> list[int]:
        return [d.report_id for d in self.documents if d.report_id is not None]


@dataclass
class Batch:
    sheets: int  # per envelope
    envelopes: list[Envelope]
    files: list[list[Envelope]] = field(default_factory=list)

    @property
    def name(self) -> str:
        return f"{self.sheets}-sheet"


@dataclass
class Plan:
    options: PrintOptions
    profile: EnvelopeProfile
    batches: list[Batch]
    left_out: list[LeftOut]
    warnings: list[str]

    @property
    def envelopes(self) -> list[Envelope]:
        return [e for b in self.batches for e in b.envelopes]

    @property
    def sheet_total(self) -> int:
        return sum(e.sheets for e in self.envelopes)


def plan(connection: sqlite3.Connection, ssids: list[str], options: PrintOptions) -> Plan:
    """The plan for these students; raises UserError only for what stops the whole plan."""
    problems = options.problems()
    if problems:
        raise UserError(f"These print options cannot be used: {'; '.join(problems)}.")
    if not ssids:
        raise UserError("No students are chosen. Choose the students whose reports to print, or all of them.")
    envelope = profile(connection, options.envelope)
    zone = envelope.address_zone()
    printed = {} if options.reprint else distribution.printed_on(connection)
    envelopes, left_out, fallbacks = [], [], defaultdict(int)
    for chosen in choice.each_student(connection, ssids, left_out):
        try:
            item = _envelope(chosen.student, chosen.reports, chosen.guardians, options, printed.get(chosen.ssid))
            if item.address_sheet_reason:
                # Checked here, not when writing, so one unprintable name leaves one student out, not the run.
                check_covered(" ".join([*item.address, item.first_name, item.last_name, item.school]),
                              "the student's name, school or address")
                fit_address(item.address, zone)
        except (Skip, UserError) as why:  # UserError: an address that does not fit the window or no font prints
            left_out.append(LeftOut(chosen.ssid, chosen.name, str(why)))
            continue
        if options.cover_letter and item.language == "English" and item.family_language not in ("", "English"):
            fallbacks[item.family_language] += 1
        item.sheets = sum(d.sheets(options.duplex) for d in item.documents)
        envelopes.append(item)
    batches = _batches(envelopes, options)
    warnings = _warnings(batches, envelope, fallbacks, options.max_sheets)
    warnings += _school_warnings(load_school(connection), options, any(e.address_sheet_reason for e in envelopes))
    return Plan(options, envelope, batches, left_out, warnings)


def _envelope(student: sqlite3.Row, reports: list[sqlite3.Row], guardians: list[sqlite3.Row],
              options: PrintOptions, printed_on: str | None) -> Envelope:
    if printed_on:
        raise Skip(f"already printed on {printed_on[:10]}; to print again, undo that print run or choose to reprint")
    contact = next((g for g in guardians if from_fields(*_address_fields(g)).usable), None)
    family_language = choice.family_language(student, [contact, *guardians] if contact else guardians)
    chosen = choice.reports_for_family(reports, options.reports, options.languages, family_language)
    name = f"{student['first_name']} {student['last_name']}".strip()
    listed = from_fields(*_address_fields(contact)) if contact else None
    printed = from_printed(chosen[0]["address"])
    reason, address = _address_sheet(options, listed, printed, from_fields(*_address_fields(student)))
    addressee = contact["name"] if contact is not None and address is listed and contact["name"] else \
        f"Parent/Guardian of {name}"
    documents = [Document("report", r["page_count"], _report_label(r), r["id"]) for r in chosen]
    if reason:
        kind = "cover letter" if options.cover_letter else "address sheet"
        documents.insert(0, Document(kind, 1, kind.capitalize()))
    return Envelope(
        ssid=student["ssid"], student=f"{student['last_name']}, {student['first_name']}",
        first_name=student["first_name"], last_name=student["last_name"], grade=student["grade"], school=student["school_name"],
        teacher=student["teacher"], zip=(address.zip if address else "")[:5],
        address=address.lines(addressee) if address else [], addressee=addressee,
        language=letter_language(family_language), family_language=family_language,
        documents=documents, address_sheet_reason=reason)


def _address_sheet(options: PrintOptions, listed: MailingAddress | None, printed: MailingAddress | None,
                   score_data: MailingAddress) -> tuple[str, MailingAddress | None]:
    """Whether the envelope needs a leading sheet with the address, why, and the address it shows."""
    best = listed or printed or (score_data if score_data.usable else None)
    if options.cover_letter or options.address_sheet == "always":
        if best is None:
            raise Skip("no mailing address: none in the contacts export, on the report or in the score data")
        return ("cover letter" if options.cover_letter else "address sheets for everyone"), best
    if options.address_sheet == "never":
        if printed is None:
            raise Skip("the report shows no address in the window and address sheets are turned off")
        return "", printed
    if printed is None:
        if best is None:
            raise Skip("no mailing address: none in the contacts export, on the report or in the score data")
        return "the report shows no address", best
    if listed is not None and not same_place(listed, printed):
        return "the contacts export has a different address", listed
    return "", printed


def _report_label(report: sqlite3.Row) -> str:
    kind = report["kind"] or report["program"] or "Report"
    return kind if report["language"] == "English" else f"{kind} ({report['language']})"


def _address_fields(row: sqlite3.Row) -> tuple[str, str, str, str, str]:
    return tuple(row[f] for f in ("address_line1", "address_line2", "city", "state", "zip"))


# ---- batching ----

def _batches(envelopes: list[Envelope], options: PrintOptions) -> list[Batch]:
    by_sheets: dict[int, list[Envelope]] = defaultdict(list)
    for item in envelopes:
        by_sheets[item.sheets].append(item)
    batches = []
    for sheets in sorted(by_sheets):
        ordered = sorted(by_sheets[sheets], key=SORT_KEYS[options.sort])
        per_file = max(1, options.max_sheets // sheets)
        files = [ordered[i:i + per_file] for i in range(0, len(ordered), per_file)]
        batches.append(Batch(sheets, ordered, files))
    return batches


def _name_key(item: Envelope) -> tuple:
    return item.student.casefold(), item.ssid


def _grade_key(item: Envelope) -> tuple:
    grade = item.grade.strip().upper()
    order = -1 if grade in ("TK", "K", "KN") else int(grade) if grade.isdigit() else 99
    return order, *_name_key(item)


SORT_KEYS = {
    "name": _name_key,
    "grade": _grade_key,
    # Students without a teacher in the contacts export come last, by name.
    "teacher": lambda item: (not item.teacher, item.teacher.casefold(), *_name_key(item)),
    "zip": lambda item: (item.zip or "99999", *_name_key(item)),
}


def _warnings(batches: list[Batch], envelope: EnvelopeProfile, fallbacks: dict[str, int], max_sheets: int) -> list[str]:
    found = []
    over_tray = [b for b in batches if b.sheets > max_sheets]
    if over_tray:
        found.append(f"Envelopes of {', '.join(str(b.sheets) for b in over_tray)} sheets are more than the "
                     f"{counted(max_sheets, 'sheet')} a file should hold: each goes in a file of its own.")
    too_thick = [b for b in batches if b.sheets > envelope.capacity]
    if too_thick:
        sizes = ", ".join(str(b.sheets) for b in too_thick)
        found.append(f"{counted(sum(len(b.envelopes) for b in too_thick), 'envelope')} ({sizes} sheets) hold more than "
                     f"a {envelope.label.split(' (')[0]} envelope takes folded ({envelope.capacity} sheets): use larger "
                     f"envelopes for {'that batch' if len(too_thick) == 1 else 'those batches'}, or print the "
                     "translated copies or the ELPAC reports separately.")
    for language, count in sorted(fallbacks.items()):
        found.append(f"{counted(count, 'family', 'families')} with {language} as their language get the English "
                     "cover letter: there is no letter in that language.")
    return found


def _school_warnings(school: School, options: PrintOptions, sheets: bool) -> list[str]:
    found = []
    if sheets and not school.address_lines:
        found.append("The letters and address sheets carry no return address: add the school's in Edit letters "
                     "(the Print page) so undeliverable mail comes back to you.")
    blank = blank_letter_fields(school)
    if options.cover_letter and blank:
        found.append(f"The cover letters have no {blank} yet: those places would print blank. "
                     "Fill them in with Edit letters.")
    return found
