"""Run one step in a fresh process and measure its wall time and peak memory (RSS)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass


@dataclass
class Measurement:
    seconds: float
    peak_mb: float
    output: str


def in_child(code: str) -> Measurement:
    """Runs `code` with `python -c`; raises if the step failed."""
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    # wait4 gives the rusage of this child alone (ru_maxrss in KiB on Linux).
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    output, errors = child.stdout.read(), child.stderr.read()
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"benchmark step failed:\n{errors}")
    return Measurement(seconds, usage.ru_maxrss / 1024, output.strip())


def table(title: str, header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(str(c)) for c in column) for column in zip(header, *rows)]
    line = lambda cells: "  ".join(str(c).ljust(w) for c, w in zip(cells, widths))  # noqa: E731
    return "\n".join([title, line(header), line(["-" * w for w in widths]), *map(line, rows)])
