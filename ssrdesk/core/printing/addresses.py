"""Mailing addresses: the lines an envelope shows, and whether two addresses are the same place.

The SSR prints the CALPADS address; the SIS export may hold a newer one. They are compared the way a
mail carrier would read them: case, punctuation and spacing ignored, street words abbreviated the USPS
way (STREET = ST), unit markers treated alike (APT 5 = #5 = UNIT 5), ZIP+4 reduced to the ZIP.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# USPS Publication 28 suffixes and directions most common in California addresses.
_WORDS = {
    "STREET": "ST", "AVENUE": "AVE", "AV": "AVE", "BOULEVARD": "BLVD", "DRIVE": "DR", "ROAD": "RD", "LANE": "LN",
    "COURT": "CT", "PLACE": "PL", "CIRCLE": "CIR", "PARKWAY": "PKWY", "HIGHWAY": "HWY", "TERRACE": "TER",
    "TRAIL": "TRL", "SQUARE": "SQ", "EXPRESSWAY": "EXPY", "FREEWAY": "FWY", "ALLEY": "ALY", "LOOP": "LOOP",
    "NORTH": "N", "SOUTH": "S", "EAST": "E", "WEST": "W", "NORTHEAST": "NE", "NORTHWEST": "NW",
    "SOUTHEAST": "SE", "SOUTHWEST": "SW", "MOUNT": "MT", "SAINT": "ST", "FORT": "FT",
    "APARTMENT": "#", "APT": "#", "UNIT": "#", "SUITE": "#", "STE": "#", "NUMBER": "#", "NO": "#",
    "POST": "PO", "OFFICE": "", "BOX": "BOX", "CALIFORNIA": "CA",
}
_ZIP = re.compile(r"\b(\d{5})(?:-?\d{4})?\s*$")
# A street line starts with a house number, a box or a rural route; a few streets spell the number out.
_STREET_START = re.compile(r"^\s*(?:\d|P\.?\s*O\.?\s*BOX|POST OFFICE BOX|BOX\b|R\.?R\.?\s*\d|HC\s*\d|GENERAL DELIVERY"
                           r"|(?:ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN)\s)", re.IGNORECASE)


@dataclass(frozen=True)
class MailingAddress:
    street: tuple[str, ...]  # one or two lines
    city: str
    state: str
    zip: str

    @property
    def usable(self) -> bool:
        return bool(self.street and self.street[0].strip() and self.city.strip() and len(_digits(self.zip)) >= 5)

    def lines(self, addressee: str) -> list[str]:
        """What goes in the window: who, the street, the city line."""
        last = f"{self.city}, {self.state} {self.zip}".strip(" ,")
        return [line for line in (addressee, *self.street, last) if line.strip()]

    def key(self) -> tuple[str, str]:
        return " ".join(_words(line) for line in self.street), _digits(self.zip)[:5]


def from_fields(line1: str, line2: str, city: str, state: str, zip_code: str) -> MailingAddress:
    return MailingAddress(tuple(line for line in (line1.strip(), line2.strip()) if line), city.strip(),
                          state.strip().removeprefix("US-"), zip_code.strip())


def from_printed(text: str) -> MailingAddress | None:
    """The address in an SSR's window block: street lines from the first that starts with a number or
    PO Box, up to the line ending in a ZIP; the lines before are who it is addressed to."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    last = next((i for i in range(len(lines) - 1, -1, -1) if _ZIP.search(lines[i])), None)
    if last is None:
        return None
    first = next((i for i in range(last) if _STREET_START.match(lines[i])), None)
    if first is None:
        return None
    city_line = lines[last]
    zip_code = _ZIP.search(city_line).group(0).strip()
    city_state = city_line[: _ZIP.search(city_line).start()].strip().rstrip(",")
    city, _, state = city_state.rpartition(",") if "," in city_state else city_state.rpartition(" ")
    return MailingAddress(tuple(lines[first:last]), city.strip(), state.strip(), zip_code)


def same_place(a: MailingAddress, b: MailingAddress) -> bool:
    return a.key() == b.key()


def _words(line: str) -> str:
    tokens = re.sub(r"[.,]", " ", line.upper()).replace("#", " # ").split()
    return " ".join(t for t in (_WORDS.get(token, token) for token in tokens) if t)


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)
