"""Safe reading of zip archives as downloaded from TOMS.

Nothing is extracted outside the workspace's scratch folder, no entry may name a path outside the
archive, and an entry that would expand far beyond its compressed size (a zip bomb) is refused.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .errors import DataFileError

MAX_ENTRY_BYTES = 4 * 1024**3
MAX_TOTAL_BYTES = 16 * 1024**3
MAX_RATIO = 200  # real score files compress about 10:1; bombs reach 1000:1 and more
MAX_ENTRIES = 10_000


@dataclass
class Entry:
    name: str
    info: zipfile.ZipInfo | None
    problem: str = ""  # why this entry is refused, in plain words


def entries(path: Path) -> list[Entry]:
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, EOFError, OSError):
        raise DataFileError(
            "This zip file is damaged or was not completely downloaded. Download it again from TOMS."
        )
    if len(infos) > MAX_ENTRIES:
        raise DataFileError(f"This zip holds {len(infos):,} files, more than ssrdesk will open.")
    if sum(info.file_size for info in infos) > MAX_TOTAL_BYTES:
        raise DataFileError("This zip would expand to more than 16 GB; ssrdesk will not open it.")
    found = []
    for info in infos:
        if info.is_dir():
            continue
        found.append(Entry(info.filename, info, _problem(info)))
    return found


def _problem(info: zipfile.ZipInfo) -> str:
    name = info.filename.replace("\\", "/")
    parts = PurePosixPath(name).parts
    if name.startswith("/") or ".." in parts or (parts and ":" in parts[0]):
        return "its path points outside the archive, so it was not extracted (the zip may be malicious)"
    if info.flag_bits & 0x1:
        return "it is encrypted inside the zip; unzip it with its password first"
    if info.file_size > MAX_ENTRY_BYTES:
        return "it would expand to more than 4 GB"
    if info.file_size > 10 * 1024**2 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        return "it expands to far more than a real data file would (a zip bomb?), so it was not extracted"
    return ""


def extract(path: Path, entry: Entry, folder: Path) -> Path:
    """Copy one entry into `folder` under a flat safe name, never writing more than it declared."""
    handle, name = tempfile.mkstemp(dir=folder, suffix="-" + PurePosixPath(entry.name.replace("\\", "/")).name)
    os.close(handle)
    target = Path(name)
    limit = entry.info.file_size
    try:
        with zipfile.ZipFile(path) as archive, archive.open(entry.info) as source, open(target, "wb") as out:
            copied = 0
            while chunk := source.read(1024 * 1024):
                copied += len(chunk)
                if copied > limit:
                    raise DataFileError(f"{entry.name} is larger than the zip says; it was not extracted.")
                out.write(chunk)
    except (zipfile.BadZipFile, EOFError, OSError, zipfile.LargeZipFile) as error:
        target.unlink(missing_ok=True)
        raise DataFileError(
            f"{entry.name} could not be extracted: the zip is damaged or incomplete ({error}). "
            "Download it again from TOMS."
        )
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return target


def remove(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)
