"""Window envelopes: their size, window and fold, and where on a Letter page an address stays visible.

A folded insert is narrower and shorter than its envelope, so it slides. The address must show through
the window, with USPS's 1/8 in of clear space on every side, wherever the insert ends up: sideways it can
sit anywhere across the envelope; upright it settles to the bottom and rides up at most `rides_up`.
The zone that stays visible in every position is computed from those numbers, so a user profile with a
different window gets its own zone. All lengths are inches; page positions are from the page's top left.
"""

from __future__ import annotations

import json
import math
import sqlite3
from dataclasses import asdict, dataclass, field

from ..db import transaction
from ..errors import UserError

PAGE_WIDTH, PAGE_HEIGHT = 8.5, 11.0
CLEARANCE = 0.125  # USPS: clear space between the address and every edge of the window
MIN_ZONE_HEIGHT = 0.4  # below this four lines of address cannot be printed at a readable size
FOLDS = {"tri": (PAGE_HEIGHT / 3, 2 * PAGE_HEIGHT / 3), "half": (PAGE_HEIGHT / 2,)}


@dataclass(frozen=True)
class Zone:
    left: float
    top: float
    right: float
    bottom: float

    @property
    def width(self) -> float:
        return self.right - self.left

    @property
    def height(self) -> float:
        return self.bottom - self.top

    def contains(self, other: Zone) -> bool:
        return (other.left >= self.left and other.right <= self.right
                and other.top >= self.top and other.bottom <= self.bottom)


@dataclass(frozen=True)
class EnvelopeProfile:
    name: str
    label: str
    width: float
    height: float
    window_left: float
    window_bottom: float
    window_width: float
    window_height: float
    fold: str  # "tri" (Letter folded in three) or "half"
    rides_up: float = 0.25  # how far the settled insert can ride up towards the flap
    capacity: int = 5  # sheets the envelope holds folded
    built_in: bool = field(default=False, compare=False)

    @property
    def folds(self) -> tuple[float, ...]:
        """Fold lines, measured from the top of the page."""
        return FOLDS[self.fold]

    @property
    def folded_height(self) -> float:
        return self.folds[0]

    @property
    def play(self) -> tuple[float, float]:
        """How far the folded insert can move sideways and up and down inside the envelope."""
        return max(self.width - PAGE_WIDTH, 0.0), max(self.height - self.folded_height, 0.0)

    def window_on_page(self) -> Zone:
        """The window over the page when the insert sits in the bottom left corner (for previews)."""
        _, play_y = self.play
        top = self.height - self.window_bottom - self.window_height - play_y
        return Zone(self.window_left, top, self.window_left + self.window_width, top + self.window_height)

    def address_zone(self) -> Zone:
        """The part of the page visible through the window in every position, less the clearance."""
        play_x, play_y = self.play
        rise = min(self.rides_up, play_y)
        window_top = self.height - self.window_bottom - self.window_height
        left = self.window_left + CLEARANCE
        right = self.window_left + self.window_width - play_x - CLEARANCE
        top = window_top - play_y + rise + CLEARANCE
        bottom = self.height - self.window_bottom - play_y - CLEARANCE
        # Rounded inwards to a hundredth, so that measuring a printed page never finds it a hair outside.
        return Zone(math.ceil(left * 100) / 100, math.ceil(top * 100) / 100,
                    math.floor(right * 100) / 100, math.floor(bottom * 100) / 100)

    def problems(self) -> list[str]:
        """What makes this profile unusable, in words; empty when it is fine."""
        found = []
        if self.fold not in FOLDS:
            found.append(f"the fold must be one of: {', '.join(FOLDS)}")
            return found
        if self.width < PAGE_WIDTH or self.height < self.folded_height:
            found.append(f"a Letter page folded {'in three' if self.fold == 'tri' else 'in half'} "
                         f"({PAGE_WIDTH:g} × {self.folded_height:.3g} in) does not fit a "
                         f"{self.width:g} × {self.height:g} in envelope")
        if (self.window_left < 0 or self.window_bottom < 0 or self.window_left + self.window_width > self.width
                or self.window_bottom + self.window_height > self.height):
            found.append("the window does not lie within the envelope")
        if not found:
            zone = self.address_zone()
            if zone.width < 2.0 or zone.height < MIN_ZONE_HEIGHT:
                found.append(f"with the insert free to move {self.play[0]:.2g} in sideways, the part of the page "
                             "that always shows through the window is too small for an address; use a larger "
                             "window or a closer-fitting envelope")
        return found


BUILT_IN = {
    "no10": EnvelopeProfile(
        "no10", "#10 left window (9½ × 4⅛ in, Letter folded in three)", width=9.5, height=4.125,
        window_left=0.875, window_bottom=0.5, window_width=4.5, window_height=1.125, fold="tri",
        capacity=5, built_in=True),
    # 6×9 windows vary by maker: this one shows the SSR's own address block; check it with the
    # alignment sheet and save your own profile when your envelopes differ.
    "6x9": EnvelopeProfile(
        "6x9", "6 × 9 in left window (Letter folded in half)", width=9.0, height=6.0,
        window_left=0.875, window_bottom=2.125, window_width=4.5, window_height=1.125, fold="half",
        capacity=10, built_in=True),
}
_NUMBERS = ("width", "height", "window_left", "window_bottom", "window_width", "window_height", "rides_up")


def profiles(connection: sqlite3.Connection) -> dict[str, EnvelopeProfile]:
    """The built-in profiles and the user's, by name."""
    found = dict(BUILT_IN)
    for row in connection.execute("SELECT name, spec FROM envelope_profile ORDER BY name"):
        found[row["name"]] = EnvelopeProfile(name=row["name"], **json.loads(row["spec"]))
    return found


def profile(connection: sqlite3.Connection, name: str) -> EnvelopeProfile:
    known = profiles(connection)
    if name not in known:
        raise UserError(f"There is no envelope profile named {name!r}. Known: {', '.join(known)}.")
    return known[name]


def save_profile(connection: sqlite3.Connection, envelope: EnvelopeProfile) -> None:
    if envelope.name in BUILT_IN:
        raise UserError(f"{envelope.name!r} is a built-in profile; save yours under another name.")
    if not envelope.name.strip():
        raise UserError("Give the envelope profile a name.")
    if any(getattr(envelope, n) < 0 for n in _NUMBERS) or envelope.capacity < 1:
        raise UserError("Envelope and window measurements must be positive numbers of inches.")
    problems = envelope.problems()
    if problems:
        raise UserError(f"The envelope profile {envelope.name!r} cannot be used: {'; '.join(problems)}.")
    spec = {k: v for k, v in asdict(envelope).items() if k not in ("name", "built_in")}
    with transaction(connection):
        connection.execute("INSERT INTO envelope_profile (name, spec) VALUES (?, ?) ON CONFLICT(name)"
                           " DO UPDATE SET spec = excluded.spec", (envelope.name, json.dumps(spec)))


@dataclass(frozen=True)
class Offset:
    """How far to move everything printed so it lands where intended: right and down, in inches."""

    right: float = 0.0
    down: float = 0.0


DEFAULT_PRINTER = "Default printer"
MAX_OFFSET = 0.5  # more than this is a mis-measurement, not a printer's drift


def printer_offset(connection: sqlite3.Connection, printer: str, envelope: str) -> Offset:
    row = connection.execute("SELECT right_inches, down_inches FROM printer_offset WHERE printer = ? AND envelope = ?",
                             (printer, envelope)).fetchone()
    return Offset(row[0], row[1]) if row else Offset()


def save_printer_offset(connection: sqlite3.Connection, printer: str, envelope: str, offset: Offset) -> None:
    if abs(offset.right) > MAX_OFFSET or abs(offset.down) > MAX_OFFSET:
        raise UserError(f"An offset of more than {MAX_OFFSET} in is more than a printer drifts; measure the "
                        "alignment sheet again (the numbers are how far the printed cross must move).")
    with transaction(connection):
        connection.execute(
            "INSERT INTO printer_offset (printer, envelope, right_inches, down_inches) VALUES (?, ?, ?, ?)"
            " ON CONFLICT DO UPDATE SET right_inches = excluded.right_inches, down_inches = excluded.down_inches",
            (printer or DEFAULT_PRINTER, envelope, offset.right, offset.down))
