"""Errors a user can cause, with a message in plain words that says what to do next.

Messages name the file, row and field but never echo a student's data, so they are safe to log.
"""


class UserError(Exception):
    """Something about the user's input or environment that they can fix."""


class DataFileError(UserError):
    """A file that cannot be imported as a whole."""

    def __init__(self, message: str, *, file: str | None = None):
        super().__init__(message)
        self.file = file


class WorkspaceError(UserError):
    """The workspace cannot be opened: locked, newer schema, unreadable."""
