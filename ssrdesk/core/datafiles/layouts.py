"""TOMS score data file layouts, one data file per layout version in `layouts/`.

A new school year's layout is a new JSON file there: its exact header row (`columns`) and, where the state
published one, its fixed-width positions. Canonical fields (`fields.json`) are found in any layout by
their normalised header names, so names that moved from underscores to spaces to camelCase still match.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from . import values

_NOT_ALNUM = re.compile(r"[^a-z0-9]")


def normalise(name: str) -> str:
    """'Statewide Student Identifier (SSID)' -> 'statewidestudentidentifierssid'."""
    return _NOT_ALNUM.sub("", name.lower())


@dataclass(frozen=True)
class FixedWidthField:
    name: str
    start: int  # 0-based offset into the record
    length: int


@dataclass(frozen=True)
class Layout:
    program: str  # "CAASPP", "ELPAC" (Summative and Summative Alternate) or "Initial ELPAC"
    school_year: str  # "2024-25"
    columns: tuple[str, ...]
    fixed_width: tuple[FixedWidthField, ...] = ()
    record_length: int = 0
    key: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        object.__setattr__(self, "key", tuple(normalise(c) for c in self.columns))

    @property
    def name(self) -> str:
        return f"{self.program} {self.school_year}"

    @property
    def administration_year(self) -> int:
        """The year the administration ends: 2024-25 -> 2025 (the year in TOMS file names)."""
        return int(self.school_year[:4]) + 1


@cache
def all_layouts() -> tuple[Layout, ...]:
    found = []
    folder = resources.files(__package__) / "layouts"
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".json"):
            continue
        data = json.loads(entry.read_text(encoding="utf-8"))
        fixed = data.get("fixed_width") or {}
        found.append(
            Layout(
                program=data["program"],
                school_year=data["school_year"],
                columns=tuple(data["columns"]),
                fixed_width=tuple(FixedWidthField(n, s - 1, ln) for n, s, ln in fixed.get("fields", ())),
                record_length=fixed.get("record_length", 0),
            )
        )
    return tuple(found)


def layout_for_header(cells: list[str]) -> Layout | None:
    key = tuple(normalise(c) for c in _trim_empty_tail(cells))
    return next((layout for layout in all_layouts() if layout.key == key), None)


def layout_for_record_length(length: int) -> Layout | None:
    return next((lay for lay in all_layouts() if lay.record_length and lay.record_length == length), None)


def closest_layout(cells: list[str]) -> tuple[Layout, int] | None:
    """The known layout sharing most column names with a header, and how many of them differ."""
    names = {normalise(c) for c in cells if c.strip()}
    best = max(all_layouts(), key=lambda lay: len(names & set(lay.key)) - len(names ^ set(lay.key)) / 1000)
    shared = len(names & set(best.key))
    if shared < 5:
        return None
    return best, len(names ^ set(best.key))


def _trim_empty_tail(cells: list[str]) -> list[str]:
    end = len(cells)
    while end and not cells[end - 1].strip():
        end -= 1
    return cells[:end]


@dataclass(frozen=True)
class CanonicalField:
    name: str
    kind: str
    aliases: tuple[str, ...]

    @property
    def normaliser(self):
        return values.NORMALISERS[self.kind]


@cache
def canonical_fields() -> tuple[CanonicalField, ...]:
    text = (resources.files(__package__) / "fields.json").read_text(encoding="utf-8")
    return tuple(CanonicalField(n, f["type"], tuple(f["aliases"])) for n, f in json.loads(text).items())


def field_positions(header: list[str]) -> dict[str, int]:
    """Canonical field name -> column index, for the fields this header carries."""
    index = {}
    for position, name in enumerate(header):
        index.setdefault(normalise(name), position)
    found = {}
    for canonical in canonical_fields():
        position = next((index[a] for a in canonical.aliases if a in index), None)
        if position is not None:
            found[canonical.name] = position
    return found
