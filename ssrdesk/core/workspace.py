"""Where a coordinator's data lives: one folder with the database, stored files and exports.

Only one ssrdesk may have a workspace open at a time; the lock is an OS file lock, released by the OS
if the app crashes, so a stale lock never needs cleaning up by hand.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
from pathlib import Path

import platformdirs

from . import db
from .errors import WorkspaceError
from .files import make_private, private_folder

DATABASE = "ssrdesk.sqlite"


def default_location() -> Path:
    chosen = os.environ.get("SSRDESK_WORKSPACE")
    if chosen:
        return Path(chosen).expanduser()
    return platformdirs.user_data_path("ssrdesk", appauthor=False) / "workspace"


class Workspace:
    def __init__(self, folder: Path):
        self.folder = Path(folder).expanduser().resolve()
        self._lock_handle = None

    @classmethod
    def open(cls, folder: Path | str | None = None) -> Workspace:
        workspace = cls(Path(folder) if folder else default_location())
        workspace._open()
        return workspace

    @property
    def database(self) -> Path:
        return self.folder / DATABASE

    @property
    def temporary(self) -> Path:
        """Scratch space inside the workspace, so students' data never lands in a shared /tmp."""
        return private_folder(self.folder / "tmp")

    def _open(self) -> None:
        try:
            private_folder(self.folder)
        except OSError as error:
            raise WorkspaceError(f"Cannot create the workspace folder {self.folder}: {error.strerror}.")
        self._lock()
        # Scratch files left by a crash may hold students' data; nobody else can be using them now.
        shutil.rmtree(self.folder / "tmp", ignore_errors=True)
        try:
            self.previous_version = db.migrate(self.database, self.folder / "backups")
            for suffix in ("", "-wal", "-shm"):
                make_private(Path(f"{self.database}{suffix}"))
        except sqlite3.DatabaseError as error:
            self.close()
            raise WorkspaceError(
                f"The workspace database in {self.folder} cannot be read ({error}). "
                "Restore it from the backups folder, or choose another workspace."
            )
        except BaseException:
            self.close()
            raise

    def connect(self) -> sqlite3.Connection:
        return db.connect(self.database)

    def _lock(self) -> None:
        handle = open(self.folder / "workspace.lock", "a+")
        make_private(self.folder / "workspace.lock")
        try:
            if sys.platform == "win32":
                import msvcrt

                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            raise WorkspaceError(
                f"The workspace {self.folder} is already open in another ssrdesk window. "
                "Close it there first, or choose another workspace."
            )
        self._lock_handle = handle

    def close(self) -> None:
        if self._lock_handle is not None:
            self._lock_handle.close()
            self._lock_handle = None

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
