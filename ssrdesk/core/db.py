"""The workspace database: schema version, ordered migrations, connections.

The schema version lives in SQLite's `user_version`. Each migration is applied in its own transaction;
the file is backed up before any migration of an existing database, and a database written by a newer
ssrdesk is refused rather than guessed at.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from .errors import WorkspaceError
from .files import make_private

MIGRATIONS: list[str] = [
    # 1: score data, students, guardians, import history
    """
    CREATE TABLE data_file (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        kind TEXT NOT NULL,
        program TEXT NOT NULL DEFAULT '',
        school_year TEXT NOT NULL DEFAULT '',
        format TEXT NOT NULL DEFAULT '',
        imported_at TEXT NOT NULL,
        rows_new INTEGER NOT NULL DEFAULT 0,
        rows_changed INTEGER NOT NULL DEFAULT 0,
        rows_unchanged INTEGER NOT NULL DEFAULT 0,
        rows_rejected INTEGER NOT NULL DEFAULT 0,
        header TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE student (
        ssid TEXT PRIMARY KEY,
        last_name TEXT NOT NULL DEFAULT '',
        first_name TEXT NOT NULL DEFAULT '',
        middle_name TEXT NOT NULL DEFAULT '',
        birth_date TEXT NOT NULL DEFAULT '',
        gender TEXT NOT NULL DEFAULT '',
        grade TEXT NOT NULL DEFAULT '',
        district_code TEXT NOT NULL DEFAULT '',
        district_name TEXT NOT NULL DEFAULT '',
        school_code TEXT NOT NULL DEFAULT '',
        school_name TEXT NOT NULL DEFAULT '',
        el_status TEXT NOT NULL DEFAULT '',
        elas TEXT NOT NULL DEFAULT '',
        primary_language TEXT NOT NULL DEFAULT '',
        ceds_language TEXT NOT NULL DEFAULT '',
        local_student_id TEXT NOT NULL DEFAULT '',
        address_line1 TEXT NOT NULL DEFAULT '',
        address_line2 TEXT NOT NULL DEFAULT '',
        city TEXT NOT NULL DEFAULT '',
        state TEXT NOT NULL DEFAULT '',
        zip TEXT NOT NULL DEFAULT '',
        demographics_year INTEGER NOT NULL DEFAULT 0,
        address_year INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX student_local_id ON student(local_student_id);
    CREATE TABLE test_result (
        id INTEGER PRIMARY KEY,
        record_key TEXT NOT NULL UNIQUE,
        ssid TEXT NOT NULL REFERENCES student(ssid),
        program TEXT NOT NULL,
        administration_year INTEGER NOT NULL,
        record_type TEXT NOT NULL DEFAULT '',
        grade_assessed TEXT NOT NULL DEFAULT '',
        scale_score TEXT NOT NULL DEFAULT '',
        achievement_level TEXT NOT NULL DEFAULT '',
        sem TEXT NOT NULL DEFAULT '',
        error_band_min TEXT NOT NULL DEFAULT '',
        error_band_max TEXT NOT NULL DEFAULT '',
        condition_code TEXT NOT NULL DEFAULT '',
        attemptedness TEXT NOT NULL DEFAULT '',
        score_status TEXT NOT NULL DEFAULT '',
        include_indicator TEXT NOT NULL DEFAULT '',
        ssr_eligible TEXT NOT NULL DEFAULT '',
        ssr_available_date TEXT NOT NULL DEFAULT '',
        science_current_year TEXT NOT NULL DEFAULT '',
        lexile_quantile TEXT NOT NULL DEFAULT '',
        uin TEXT NOT NULL DEFAULT '',
        details TEXT NOT NULL DEFAULT '{}',
        layout TEXT NOT NULL,
        data_file_id INTEGER NOT NULL REFERENCES data_file(id),
        row_hash TEXT NOT NULL,
        raw TEXT NOT NULL
    );
    CREATE INDEX test_result_ssid ON test_result(ssid);
    CREATE INDEX test_result_program_year ON test_result(program, administration_year);
    CREATE TABLE guardian (
        id INTEGER PRIMARY KEY,
        ssid TEXT NOT NULL,
        position INTEGER NOT NULL,
        name TEXT NOT NULL DEFAULT '',
        relationship TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL DEFAULT '',
        address_line1 TEXT NOT NULL DEFAULT '',
        address_line2 TEXT NOT NULL DEFAULT '',
        city TEXT NOT NULL DEFAULT '',
        state TEXT NOT NULL DEFAULT '',
        zip TEXT NOT NULL DEFAULT '',
        data_file_id INTEGER NOT NULL REFERENCES data_file(id)
    );
    CREATE INDEX guardian_ssid ON guardian(ssid);
    CREATE TABLE contact_mapping (
        name TEXT PRIMARY KEY,
        mapping TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE rejected_row (
        id INTEGER PRIMARY KEY,
        data_file_id INTEGER NOT NULL REFERENCES data_file(id),
        row_number INTEGER NOT NULL,
        field TEXT NOT NULL DEFAULT '',
        reason TEXT NOT NULL
    );
    """,
    # 2: the Student Score Report library
    """
    CREATE TABLE ssr_file (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        sha256 TEXT NOT NULL UNIQUE,
        stored_as TEXT NOT NULL,
        pages INTEGER NOT NULL,
        imported_at TEXT NOT NULL
    );
    CREATE TABLE ssr (
        id INTEGER PRIMARY KEY,
        ssr_file_id INTEGER NOT NULL REFERENCES ssr_file(id),
        first_page INTEGER NOT NULL,
        page_count INTEGER NOT NULL,
        printed_ssid TEXT NOT NULL,
        printed_name TEXT NOT NULL DEFAULT '',
        printed_grade TEXT NOT NULL DEFAULT '',
        program TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL,
        administration TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        address_box TEXT NOT NULL DEFAULT '',
        content_hash TEXT NOT NULL,
        ssid TEXT,
        problem TEXT NOT NULL DEFAULT '',
        superseded_by INTEGER REFERENCES ssr(id)
    );
    CREATE INDEX ssr_ssid ON ssr(ssid);
    CREATE INDEX ssr_printed_ssid ON ssr(printed_ssid);
    CREATE TABLE ssr_loose_page (
        id INTEGER PRIMARY KEY,
        ssr_file_id INTEGER NOT NULL REFERENCES ssr_file(id),
        page INTEGER NOT NULL,
        reason TEXT NOT NULL
    );
    CREATE TABLE ssr_resolution (
        printed_ssid TEXT NOT NULL,
        printed_name TEXT NOT NULL,
        ssid TEXT NOT NULL,
        resolved_at TEXT NOT NULL,
        PRIMARY KEY (printed_ssid, printed_name)
    );
    """,
    # 3: printing — envelope profiles, printer offsets, settings and letters, print runs, the distribution record
    """
    ALTER TABLE student ADD COLUMN teacher TEXT NOT NULL DEFAULT '';
    CREATE TABLE setting (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    CREATE TABLE envelope_profile (
        name TEXT PRIMARY KEY,
        spec TEXT NOT NULL
    );
    CREATE TABLE printer_offset (
        printer TEXT NOT NULL,
        envelope TEXT NOT NULL,
        right_inches REAL NOT NULL DEFAULT 0,
        down_inches REAL NOT NULL DEFAULT 0,
        PRIMARY KEY (printer, envelope)
    );
    CREATE TABLE letter_template (
        language TEXT PRIMARY KEY,
        body TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE print_run (
        id INTEGER PRIMARY KEY,
        created_at TEXT NOT NULL,
        folder TEXT NOT NULL,
        options TEXT NOT NULL,
        envelopes INTEGER NOT NULL,
        sheets INTEGER NOT NULL,
        undone_at TEXT
    );
    CREATE TABLE distribution (
        id INTEGER PRIMARY KEY,
        ssid TEXT NOT NULL,
        ssr_id INTEGER REFERENCES ssr(id),
        event TEXT NOT NULL,
        route TEXT NOT NULL,
        print_run_id INTEGER REFERENCES print_run(id),
        batch TEXT NOT NULL DEFAULT '',
        detail TEXT NOT NULL DEFAULT '',
        at TEXT NOT NULL,
        undone_at TEXT
    );
    CREATE INDEX distribution_ssid ON distribution(ssid);
    CREATE INDEX distribution_run ON distribution(print_run_id);
    """,
    # 4: e-mail — runs, the outbox, message templates, bounces
    """
    CREATE TABLE email_run (
        id INTEGER PRIMARY KEY,
        created_at TEXT NOT NULL,
        mode TEXT NOT NULL,
        sender TEXT NOT NULL,
        options TEXT NOT NULL,
        folder TEXT NOT NULL DEFAULT '',
        finished_at TEXT
    );
    CREATE TABLE outbox (
        id INTEGER PRIMARY KEY,
        run_id INTEGER NOT NULL REFERENCES email_run(id),
        pair INTEGER NOT NULL,
        kind TEXT NOT NULL,
        recipient TEXT NOT NULL,
        language TEXT NOT NULL DEFAULT 'English',
        ssids TEXT NOT NULL,
        report_ids TEXT NOT NULL,
        message_id TEXT NOT NULL UNIQUE,
        spool TEXT NOT NULL DEFAULT '',
        state TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        error TEXT NOT NULL DEFAULT '',
        queued_at TEXT NOT NULL,
        sent_at TEXT
    );
    CREATE INDEX outbox_run ON outbox(run_id, state);
    CREATE INDEX outbox_pair ON outbox(pair);
    CREATE TABLE email_template (
        language TEXT NOT NULL,
        kind TEXT NOT NULL,
        subject TEXT NOT NULL,
        body TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (language, kind)
    );
    CREATE TABLE bounce (
        id INTEGER PRIMARY KEY,
        notice_id TEXT NOT NULL UNIQUE,
        message_id TEXT NOT NULL DEFAULT '',
        outbox_id INTEGER REFERENCES outbox(id),
        recipient TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT '',
        diagnostic TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT '',
        imported_at TEXT NOT NULL
    );
    CREATE INDEX bounce_message ON bounce(message_id);
    ALTER TABLE distribution ADD COLUMN outbox_id INTEGER REFERENCES outbox(id);
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)


def connect(path: Path) -> sqlite3.Connection:
    """A connection in autocommit mode: transactions are opened explicitly with `transaction()`."""
    connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=30)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA foreign_keys=ON")
    connection.execute("PRAGMA synchronous=NORMAL")
    connection.row_factory = sqlite3.Row
    return connection


class transaction:
    """`with transaction(conn):` — BEGIN IMMEDIATE, COMMIT on success, ROLLBACK on any exit by error.

    GeneratorExit (a cancelled job) counts as an error, so a cancelled import leaves nothing behind.
    """

    def __init__(self, connection: sqlite3.Connection):
        self.connection = connection

    def __enter__(self):
        self.connection.execute("BEGIN IMMEDIATE")
        return self.connection

    def __exit__(self, kind, error, trace):
        self.connection.execute("COMMIT" if kind is None else "ROLLBACK")
        return False


def migrate(path: Path, backups: Path) -> int:
    """Bring the database at `path` to SCHEMA_VERSION; returns the version it had before."""
    connection = connect(path)
    try:
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise WorkspaceError(
                f"This workspace was saved by a newer ssrdesk (data version {version}; this one reads up "
                f"to {SCHEMA_VERSION}). Update ssrdesk to open it; nothing was changed."
            )
        if 0 < version < SCHEMA_VERSION:
            backup(connection, backups / f"before-v{SCHEMA_VERSION}-{datetime.now():%Y%m%d-%H%M%S}.sqlite")
        for number in range(version, SCHEMA_VERSION):
            with transaction(connection):
                for statement in MIGRATIONS[number].split(";"):
                    if statement.strip():
                        connection.execute(statement)
                connection.execute(f"PRAGMA user_version = {number + 1}")
        return version
    finally:
        connection.close()


def backup(connection: sqlite3.Connection, target: Path) -> Path:
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    copy = sqlite3.connect(target)
    try:
        connection.backup(copy)
    finally:
        copy.close()
    make_private(target)
    return target
