"""Password-protected report PDFs: AES-256, a random owner password never kept, printing allowed.

pdfium cuts a student's pages from the stored originals (fast); pypdf encrypts them (AES-256, revision 6).
pypdf makes the owner password equal to the user password unless told otherwise, which would hand every
family full rights to change the file, so each file gets its own random owner password, thrown away at
once. Each file is then opened again to prove its password opens it, as a reader and not as the owner
(see `verify`). Encryption and the check cost about 20 ms a file, so files are protected in
parallel, one worker process per core (processes: pdfium is not thread-safe, and pypdf holds the GIL).
"""

from __future__ import annotations

import io
import multiprocessing
import os
import secrets
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass

import pypdfium2 as pdfium
from pypdf import PasswordType, PdfReader, PdfWriter
from pypdf.constants import UserAccessPermissions as Allowed

# Printing (also at full quality) and reading aloud by screen readers; no editing, no copying out.
PERMISSIONS = Allowed.PRINT | Allowed.PRINT_TO_REPRESENTATION | Allowed.EXTRACT_TEXT_AND_GRAPHICS


@dataclass(frozen=True)
class Pages:
    source: str  # path of a stored SSR PDF
    first: int  # 1-based
    count: int


@dataclass(frozen=True)
class Request:
    key: object  # the caller's, returned with the result
    pages: tuple[Pages, ...]
    password: str


@dataclass(frozen=True)
class Protected:
    key: object
    pdf: bytes  # encrypted
    pages: int


class ProtectionFailed(Exception):
    """A protected file did not open as it must; never sent."""


def protect(pages: Iterable[Pages], password: str) -> bytes:
    """The pages as one PDF that opens only with `password`."""
    plain = _cut(pages)
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(plain)))
    writer.encrypt(user_password=password, owner_password=secrets.token_urlsafe(32), algorithm="AES-256",
                   permissions_flag=PERMISSIONS)
    out = io.BytesIO()
    writer.write(out)
    protected = out.getvalue()
    verify(protected, password)
    return protected


def verify(pdf: bytes, password: str) -> int:
    """Prove the file opens with `password` and with nothing else; returns its page count.

    An AES-256 file opens with exactly two passwords, the user's and the owner's, each checked against its
    own salted hash. pypdf tries the owner password first, so USER_PASSWORD means `password` is the user
    password and not the owner's, which is random and thrown away: nothing else, the empty password
    included, opens the file. (Trying the empty password as well would cost a fifth of the time.)
    """
    reader = PdfReader(io.BytesIO(pdf))
    if not reader.is_encrypted:
        raise ProtectionFailed("the file is not encrypted")
    if reader.decrypt(password) != PasswordType.USER_PASSWORD:  # OWNER_PASSWORD would mean full rights
        raise ProtectionFailed("the password did not open the file as a reader")
    security = reader.trailer["/Encrypt"]
    if security["/V"] != 5 or security["/R"] != 6:
        raise ProtectionFailed("the file is not encrypted with AES-256")
    return len(reader.pages)


# Open stored originals, kept per worker process: a student's pages come from one or two big files.
_sources: dict[str, pdfium.PdfDocument] = {}


def _cut(pages: Iterable[Pages]) -> bytes:
    out = pdfium.PdfDocument.new()
    try:
        for piece in pages:
            if piece.source not in _sources:
                if len(_sources) >= 8:
                    _sources.pop(next(iter(_sources))).close()
                _sources[piece.source] = pdfium.PdfDocument(piece.source)
            out.import_pages(_sources[piece.source], list(range(piece.first - 1, piece.first - 1 + piece.count)))
        buffer = io.BytesIO()
        out.save(buffer)
        return buffer.getvalue()
    finally:
        out.close()


def _protect_one(request: Request) -> Protected | tuple[object, str]:
    try:
        pdf = protect(request.pages, request.password)
        return Protected(request.key, pdf, sum(p.count for p in request.pages))
    except Exception as error:  # reported per file; one damaged source must not stop the others
        return request.key, f"{type(error).__name__}: {error}"


def protect_all(requests: Iterable[Request], workers: int | None = None) -> Iterator[Protected | tuple[object, str]]:
    """Protect files in parallel, yielding each result (or (key, error)) as it is ready, in no set order.

    Stop iterating to cancel: the pool is shut down and nothing more is started.
    """
    workers = workers or max(1, min(os.cpu_count() or 1, 8))
    requests = iter(requests)
    if workers == 1:
        yield from map(_protect_one, requests)
        return
    # "spawn" everywhere: forking a process that runs Qt threads is unsafe, and Windows and macOS spawn anyway.
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))
    try:
        running = set()
        for request in requests:
            running.add(pool.submit(_protect_one, request))
            if len(running) >= workers * 4:  # a few ahead per worker, not 2,000 files in memory
                done, running = wait(running, return_when=FIRST_COMPLETED)
                yield from (future.result() for future in done)
        while running:
            done, running = wait(running, return_when=FIRST_COMPLETED)
            yield from (future.result() for future in done)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
