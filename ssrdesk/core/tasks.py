"""The progress protocol: a long job is a generator that yields Progress and returns its result.

The GUI runs it on a worker thread and stops iterating to cancel (closing the generator, which rolls
back any open transaction); the CLI drives the same generator with a text progress line.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import Any, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Progress:
    done: int
    total: int  # 0 when unknown
    text: str


Job = Generator[Progress, None, T]


def run(job: Job[T], report: Callable[[Progress], Any] | None = None) -> T:
    """Drive a job to its end, passing each step to `report`; returns the job's result."""
    while True:
        try:
            step = next(job)
        except StopIteration as finished:
            return finished.value
        if report:
            report(step)
