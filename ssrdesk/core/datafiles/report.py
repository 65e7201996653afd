"""What an import did, per file, in words a coordinator reads and in stable JSON for scripts."""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass, field

from ..errors import UserError

IMPORTED = "imported"
REJECTED = "rejected"  # the file was not imported; the workspace is as it was
SKIPPED = "skipped"  # a file inside a zip that is not a data file (a readme, a PDF): nothing to do
CANCELLED = "cancelled"

MAX_LISTED_ROWS = 500


@dataclass
class RejectedRow:
    row: int
    field: str
    reason: str

    def to_json(self) -> dict:
        return {"row": self.row, "field": self.field, "reason": self.reason}


@dataclass
class FileReport:
    file: str
    kind: str = ""  # "score data" or "contacts"
    status: str = IMPORTED
    reason: str = ""  # why the file was rejected or skipped
    program: str = ""
    school_year: str = ""
    administration_year: int | None = None
    format: str = ""
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    rejected: int = 0
    rejected_rows: list[RejectedRow] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def reject_row(self, row: int, field_name: str, reason: str) -> None:
        self.rejected += 1
        if len(self.rejected_rows) < MAX_LISTED_ROWS:
            self.rejected_rows.append(RejectedRow(row, field_name, reason))

    def fail(self, reason: str, status: str = REJECTED) -> FileReport:
        """Nothing from the file was saved; rows already found wrong stay listed, to help fix the file."""
        self.status, self.reason = status, reason
        self.new = self.changed = self.unchanged = 0
        return self

    @property
    def layout(self) -> str:
        return f"{self.program} {self.school_year}".strip()

    def summary(self) -> str:
        if self.status != IMPORTED:
            return f"{self.status.capitalize()}: {self.reason}"
        return (
            f"{self.new:,} new, {self.changed:,} changed, {self.unchanged:,} unchanged, "
            f"{self.rejected:,} rejected"
        )

    def to_json(self) -> dict:
        return {
            "file": self.file,
            "kind": self.kind,
            "status": self.status,
            "reason": self.reason or None,
            "program": self.program or None,
            "layout": self.layout or None,
            "school_year": self.school_year or None,
            "administration_year": self.administration_year,
            "format": self.format or None,
            "counts": {
                "new": self.new,
                "changed": self.changed,
                "unchanged": self.unchanged,
                "rejected": self.rejected,
            },
            "rejected_rows": [r.to_json() for r in self.rejected_rows],
            "rejected_rows_not_listed": max(0, self.rejected - len(self.rejected_rows)),
            "warnings": self.warnings,
        }


@dataclass
class ImportReport:
    files: list[FileReport] = field(default_factory=list)

    @property
    def any_file_rejected(self) -> bool:
        return any(f.status in (REJECTED, CANCELLED) for f in self.files)

    @property
    def any_row_rejected(self) -> bool:
        return any(f.rejected for f in self.files)

    def to_json(self) -> dict:
        return {"files": [f.to_json() for f in self.files], "ok": not self.any_file_rejected}

    def text(self) -> str:
        lines = []
        for f in self.files:
            what = f" ({f.layout}, {f.format})" if f.layout else ""
            lines.append(f"{f.file}{what}: {f.summary()}")
            lines += [f"  row {r.row}, {r.field}: {r.reason}" for r in f.rejected_rows[:20]]
            if f.rejected > 20:
                lines.append(f"  … and {f.rejected - 20:,} more rejected rows (see --json for the list)")
            lines += [f"  note: {w}" for w in f.warnings]
        return "\n".join(lines)


@contextmanager
def failures_recorded(report: FileReport):
    """Whatever stops a file's import becomes its plain-language reason; a cancel still propagates."""
    try:
        yield
    except UserError as error:
        report.fail(str(error))
    except sqlite3.OperationalError as error:
        report.fail(f"The workspace could not be written ({error}). Check free disk space and try again.")
    except OSError as error:
        report.fail(f"The file cannot be read: {error.strerror}.")
    except GeneratorExit:
        report.fail("Cancelled; nothing from this file was saved.", CANCELLED)
        raise
