"""The workspace tables as typed SQLModel classes.

The schema itself is created by the ordered migrations in db.py (a model change never silently alters
a coordinator's database); a test keeps these classes and the migrated schema identical. Bulk import
writes with plain SQL for speed; small reads such as the import history use these models.
"""

from __future__ import annotations

from sqlmodel import Field, SQLModel


class DataFile(SQLModel, table=True):
    __tablename__ = "data_file"
    id: int | None = Field(default=None, primary_key=True)
    name: str
    sha256: str
    kind: str
    program: str = ""
    school_year: str = ""
    format: str = ""
    imported_at: str
    rows_new: int = 0
    rows_changed: int = 0
    rows_unchanged: int = 0
    rows_rejected: int = 0
    header: str = ""


class Student(SQLModel, table=True):
    ssid: str = Field(primary_key=True)
    last_name: str = ""
    first_name: str = ""
    middle_name: str = ""
    birth_date: str = ""
    gender: str = ""
    grade: str = ""
    district_code: str = ""
    district_name: str = ""
    school_code: str = ""
    school_name: str = ""
    el_status: str = ""
    elas: str = ""
    primary_language: str = ""
    ceds_language: str = ""
    local_student_id: str = ""
    address_line1: str = ""
    address_line2: str = ""
    city: str = ""
    state: str = ""
    zip: str = ""
    demographics_year: int = 0
    address_year: int = 0
    teacher: str = ""  # teacher or homeroom, when the contacts export carries it


class TestResult(SQLModel, table=True):
    __tablename__ = "test_result"
    id: int | None = Field(default=None, primary_key=True)
    record_key: str = Field(unique=True)
    ssid: str = Field(foreign_key="student.ssid")
    program: str
    administration_year: int
    record_type: str = ""
    grade_assessed: str = ""
    scale_score: str = ""
    achievement_level: str = ""
    sem: str = ""
    error_band_min: str = ""
    error_band_max: str = ""
    condition_code: str = ""
    attemptedness: str = ""
    score_status: str = ""
    include_indicator: str = ""
    ssr_eligible: str = ""
    ssr_available_date: str = ""
    science_current_year: str = ""
    lexile_quantile: str = ""
    uin: str = ""
    details: str = "{}"  # JSON: claims, domains, writing traits, ELPAC sub-scores, prior years
    layout: str
    data_file_id: int = Field(foreign_key="data_file.id")
    row_hash: str
    raw: str  # every column of the source row, joined by U+001F, in the order of data_file.header


class Guardian(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    ssid: str
    position: int
    name: str = ""
    relationship: str = ""
    email: str = ""
    phone: str = ""
    language: str = ""
    address_line1: str = ""
    address_line2: str = ""
    city: str = ""
    state: str = ""
    zip: str = ""
    data_file_id: int = Field(foreign_key="data_file.id")


class ContactMapping(SQLModel, table=True):
    __tablename__ = "contact_mapping"
    name: str = Field(primary_key=True)
    mapping: str  # JSON: contact field -> column name
    updated_at: str


class RejectedRow(SQLModel, table=True):
    __tablename__ = "rejected_row"
    id: int | None = Field(default=None, primary_key=True)
    data_file_id: int = Field(foreign_key="data_file.id")
    row_number: int
    field: str = ""
    reason: str


class SsrFile(SQLModel, table=True):
    """A Student Score Report PDF as downloaded; the original is kept in the workspace."""

    __tablename__ = "ssr_file"
    id: int | None = Field(default=None, primary_key=True)
    name: str
    sha256: str = Field(unique=True)
    stored_as: str  # path inside the workspace
    pages: int
    imported_at: str


class Ssr(SQLModel, table=True):
    """One student's report (one language) as a page range of a stored PDF."""

    id: int | None = Field(default=None, primary_key=True)
    ssr_file_id: int = Field(foreign_key="ssr_file.id")
    first_page: int  # 1-based
    page_count: int
    printed_ssid: str
    printed_name: str = ""
    printed_grade: str = ""
    program: str = ""
    kind: str = ""
    language: str
    administration: str = ""
    address: str = ""
    address_box: str = ""  # JSON [left, top, right, bottom] in inches from the page's top left
    content_hash: str
    ssid: str | None = None  # the student it belongs to; None until matched
    problem: str = ""  # why it needs attention; "" when it does not
    superseded_by: int | None = Field(default=None, foreign_key="ssr.id")


class SsrLoosePage(SQLModel, table=True):
    __tablename__ = "ssr_loose_page"
    id: int | None = Field(default=None, primary_key=True)
    ssr_file_id: int = Field(foreign_key="ssr_file.id")
    page: int
    reason: str


class SsrResolution(SQLModel, table=True):
    """A coordinator's decision that a report printed with this SSID and name belongs to a student."""

    __tablename__ = "ssr_resolution"
    printed_ssid: str = Field(primary_key=True)
    printed_name: str = Field(primary_key=True)
    ssid: str
    resolved_at: str


class Setting(SQLModel, table=True):
    """Small workspace settings (school details for letters, print options last used), JSON values."""

    key: str = Field(primary_key=True)
    value: str


class EnvelopeProfile(SQLModel, table=True):
    """A user-defined envelope: its size, window and fold, as JSON (see printing.envelopes)."""

    __tablename__ = "envelope_profile"
    name: str = Field(primary_key=True)
    spec: str


class PrinterOffset(SQLModel, table=True):
    """How far a printer shifts what it prints, measured with the alignment sheet, per envelope profile."""

    __tablename__ = "printer_offset"
    printer: str = Field(primary_key=True)
    envelope: str = Field(primary_key=True)
    right_inches: float = 0.0
    down_inches: float = 0.0


class LetterTemplate(SQLModel, table=True):
    """A cover letter text the coordinator edited; languages without one use the built-in text."""

    __tablename__ = "letter_template"
    language: str = Field(primary_key=True)
    body: str
    updated_at: str


class PrintRun(SQLModel, table=True):
    __tablename__ = "print_run"
    id: int | None = Field(default=None, primary_key=True)
    created_at: str
    folder: str
    options: str  # JSON of the options used
    envelopes: int
    sheets: int
    undone_at: str | None = None  # set when the coordinator says the print run was lost


class Distribution(SQLModel, table=True):
    """What happened to a student's report: printed, e-mailed, password sent, bounced, handed out …"""

    id: int | None = Field(default=None, primary_key=True)
    ssid: str
    ssr_id: int | None = Field(default=None, foreign_key="ssr.id")
    event: str
    route: str  # "print", "e-mail" or "in person"
    print_run_id: int | None = Field(default=None, foreign_key="print_run.id")
    batch: str = ""
    detail: str = ""
    at: str
    undone_at: str | None = None
    outbox_id: int | None = Field(default=None, foreign_key="outbox.id")  # the e-mail this event is about


class EmailRun(SQLModel, table=True):
    """One sitting of e-mailing: sent through SMTP ("send") or written as .eml files ("eml")."""

    __tablename__ = "email_run"
    id: int | None = Field(default=None, primary_key=True)
    created_at: str
    mode: str
    sender: str
    options: str  # JSON of the options used
    folder: str = ""  # where .eml files were written
    finished_at: str | None = None


class Outbox(SQLModel, table=True):
    """One message to send, written before it is sent; a file message and its password message share `pair`."""

    id: int | None = Field(default=None, primary_key=True)
    run_id: int = Field(foreign_key="email_run.id")
    pair: int
    kind: str  # "file" or "password"
    recipient: str
    language: str = "English"
    ssids: str  # JSON list: one student, or siblings in one message
    report_ids: str  # JSON list
    message_id: str = Field(unique=True)
    spool: str = ""  # the stored message's file name in the workspace outbox folder, until it is sent
    state: str  # queued, sending, sent, failed, cancelled, exported
    attempts: int = 0
    error: str = ""
    queued_at: str
    sent_at: str | None = None


class EmailTemplate(SQLModel, table=True):
    """A message text the coordinator edited (per language, for the file or the password message)."""

    __tablename__ = "email_template"
    language: str = Field(primary_key=True)
    kind: str = Field(primary_key=True)
    subject: str
    body: str
    updated_at: str


class Bounce(SQLModel, table=True):
    """A delivery-status notification, matched to the message it reports on by Message-ID."""

    id: int | None = Field(default=None, primary_key=True)
    notice_id: str = Field(unique=True)  # the notification's own Message-ID (or digest): imported once
    message_id: str = ""
    outbox_id: int | None = Field(default=None, foreign_key="outbox.id")
    recipient: str = ""
    status: str = ""  # RFC 3464 status, such as 5.1.1
    diagnostic: str = ""
    source: str = ""  # the .eml file or the IMAP mailbox it came from
    imported_at: str
