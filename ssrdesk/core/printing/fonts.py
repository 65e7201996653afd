"""The fonts ssrdesk prints with, shipped in `ssrdesk/fonts`, and which of them can show a piece of text.

reportlab draws whatever glyph a font has for a character, and a character the font lacks comes out blank
(or as an empty box) without any error, so every string is checked against the fonts' character maps
before it is drawn: a character no font covers is a UserError, never a gap in a letter to a family.
TrueType fonts are embedded as subsets holding only the glyphs used, so a PDF carries a few kilobytes of
each font, not megabytes.
"""

from __future__ import annotations

import functools
import io
import unicodedata
from importlib import resources

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..errors import UserError

NOTO_SANS = "NotoSans"
NOTO_SANS_BOLD = "NotoSans-Bold"
ARABIC = "NotoNaskhArabic"
ARABIC_BOLD = "NotoNaskhArabic-Bold"
CJK = "WenQuanYiMicroHei"  # no bold face: bold CJK text is drawn regular

_FILES = {
    NOTO_SANS: "NotoSans-Regular.ttf",
    NOTO_SANS_BOLD: "NotoSans-Bold.ttf",
    ARABIC: "NotoNaskhArabic-Regular.ttf",
    ARABIC_BOLD: "NotoNaskhArabic-Bold.ttf",
    CJK: "wqy-microhei.ttc",
}
# Tried in this order: Latin, Vietnamese and Cyrillic in Noto Sans (WenQuanYi has Latin too, but plainer).
FONTS = (NOTO_SANS, ARABIC, CJK)
_BOLD = {NOTO_SANS: NOTO_SANS_BOLD, ARABIC: ARABIC_BOLD, CJK: CJK}


@functools.cache
def register() -> dict[str, frozenset[str]]:
    """Register every shipped font with reportlab (once per process); the characters each one covers."""
    folder = resources.files("ssrdesk") / "fonts"
    covered = {}
    for name, file in _FILES.items():
        # Read into memory so this works from a zipped install too; reportlab keeps the data for subsetting.
        font = TTFont(name, io.BytesIO((folder / file).read_bytes()), subfontIndex=0)
        pdfmetrics.registerFont(font)
        covered[name] = frozenset(chr(code) for code in font.face.charToGlyph)
    return covered


def bold_of(font_name: str) -> str:
    return _BOLD.get(font_name, font_name)


def _ignored(char: str) -> bool:
    """Spaces and invisible control characters: nothing is drawn for them."""
    return char.isspace() or unicodedata.category(char) in ("Cc", "Cf")


def missing_glyphs(text: str, font_name: str) -> list[str]:
    """The distinct characters of `text` that `font_name` has no glyph for, in order of appearance."""
    return _outside(text, register()[font_name])


def _outside(text: str, covered: frozenset[str]) -> list[str]:
    strange = set(text) - covered  # set arithmetic first: most text has nothing missing
    return list(dict.fromkeys(c for c in text if c in strange and not _ignored(c))) if strange else []


def font_for(text: str) -> str:
    """The first shipped font that covers every character of `text`.

    Raises UserError when no one font does; `runs` draws text that mixes scripts with several fonts.
    """
    for name in FONTS:
        if not missing_glyphs(text, name):
            return name
    check_covered(text, "the text")
    raise UserError("This text mixes scripts that no single font covers; it must be drawn font by font.")


def uncovered(text: str) -> list[str]:
    """Characters of `text` that none of the shipped fonts covers."""
    return _outside(text, _any_font())


@functools.cache
def _any_font() -> frozenset[str]:
    covered = register()
    return frozenset().union(*(covered[name] for name in FONTS))


def check_covered(text: str, what: str) -> None:
    """Raise UserError naming `what` ("the Korean cover letter") and the characters no font can print."""
    missing = uncovered(text)
    if not missing:
        return
    listed = ", ".join(f"U+{ord(c):04X} ({unicodedata.name(c, 'unnamed character')})" for c in missing[:8])
    more = f" and {len(missing) - 8} more" if len(missing) > 8 else ""
    raise UserError(f"{what[0].upper()}{what[1:]} contains characters none of ssrdesk's fonts can print: "
                    f"{listed}{more}. Replace or remove them, then try again.")


def runs(text: str, bold: bool = False) -> list[tuple[str, str]]:
    """`text` split into (font name, run) pieces, each character in the first font that has it.

    Spaces stay in the run they are in, so a font changes only where the script does. Characters no
    font covers go to Noto Sans: call `check_covered` first.
    """
    found: list[tuple[str, str]] = []
    for char in text:
        name = _font_of(char) or (found[-1][0] if found else NOTO_SANS)
        if found and found[-1][0] == name:
            found[-1] = (name, found[-1][1] + char)
        else:
            found.append((name, char))
    return [(bold_of(name), run) for name, run in found] if bold else found


@functools.lru_cache(maxsize=20_000)
def _font_of(char: str) -> str | None:
    """The first font with a glyph for `char`; None for a space, which goes with its neighbours."""
    if _ignored(char):
        return None
    covered = register()
    return next((name for name in FONTS if char in covered[name]), NOTO_SANS)


@functools.lru_cache(maxsize=100_000)
def unit_width(text: str, font_name: str) -> float:
    """Width of `text` in `font_name` at 1 pt: widths scale with the size, so one measurement serves all."""
    return pdfmetrics.stringWidth(text, font_name, 1000) / 1000



def extent(font_name: str) -> tuple[float, float]:
    """The font's ascent above and descent below the baseline at 1 pt (both positive)."""
    face = pdfmetrics.getFont(font_name).face
    return face.ascent / 1000, -face.descent / 1000
