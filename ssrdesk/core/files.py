"""Files holding students' data are private to the user: 0600 files, 0700 folders.

Outputs are written under a temporary name in the same folder and renamed into place, so a crash or a
full disk never leaves a half-written file where a good one is expected.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path


def make_private(path: Path) -> None:
    if path.exists():
        os.chmod(path, 0o700 if path.is_dir() else 0o600)


def private_folder(path: Path) -> Path:
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    make_private(path)
    return path


@contextmanager
def atomic_write(target: Path, durable: bool = False):
    """Yields a temporary path beside `target`; renamed onto it only if the block succeeds. `durable`: on
    the disk before this returns (for what a database row recorded next will rely on)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        os.chmod(temporary, 0o600)
        if durable:
            with open(temporary, "rb+") as written:
                os.fsync(written.fileno())
        os.replace(temporary, target)
        if durable and hasattr(os, "O_DIRECTORY"):  # the rename itself (POSIX)
            folder = os.open(target.parent, os.O_DIRECTORY)
            try:
                os.fsync(folder)
            finally:
                os.close(folder)
    finally:
        temporary.unlink(missing_ok=True)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(4 * 1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()
