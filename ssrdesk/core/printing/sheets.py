"""The sheets ssrdesk prints to go with a Student Score Report: cover letters and address sheets, the
alignment sheet that measures a printer's offset, and a printable manifest of a print run.

A letter's first page carries the family's address where the envelope's window shows it (`fit_address`),
the school's return address as a letterhead, and short marks in the margins where the page is folded.
Every page is laid out completely, every string checked against the fonts, before any of it is drawn:
a page that cannot be printed raises and leaves the writer's other pages as they were.

reportlab draws glyphs in the order given and does not join Arabic letters, so Arabic is reshaped into
its joined forms and each line is wrapped in reading order, then reordered right to left for painting.
python-bidi's Python algorithm is used for the reordering because it mirrors brackets, which its Rust one
does not. Chinese has no spaces and breaks between any two characters, never before a closing mark.

Positions are inches from the page's top left, as envelope profiles give them; a printer's `Offset`
moves everything drawn. Writing switches off reportlab's ASCII85 stream layer while it runs
(`rl_config` is process-wide): do not write PDFs from other threads at the same time.
"""

from __future__ import annotations

import functools
import io
import math
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import arabic_reshaper
from bidi.algorithm import get_display
from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

from ..errors import UserError
from ..words import counted
from ..files import make_private
from .envelopes import BUILT_IN, PAGE_HEIGHT, PAGE_WIDTH, EnvelopeProfile, Offset, Zone
from .fonts import ARABIC, CJK, NOTO_SANS, check_covered, extent, register, runs, uncovered, unit_width
from .letters import (ENCLOSURE_NOTE, LONGEST_VALUES, MERGE_FIELDS, School, check_language,
                      default_text, fill, format_date, longest_date)

INCH = 72.0
MARGIN = 1.0  # left and right of a letter's text
LAST_LINE = PAGE_HEIGHT - 0.75  # a letter's text ends above this
RETURN_ADDRESS = 0.5  # from the top and the left
FOLD_MARKS = ((0.2, 0.55), (PAGE_WIDTH - 0.55, PAGE_WIDTH - 0.2))  # in the margins, clear of the text
BODY_SIZE = 10.5
ADDRESS_SIZES = tuple(10.0 - 0.5 * step for step in range(7))  # 10 pt, shrinking to 7 pt
MAX_ADDRESS_LINES = 4
CJK_LANGUAGES = ("Simplified Chinese", "Traditional Chinese", "Korean")
INK = (0.0, 0.0, 0.0)
GREY = (0.45, 0.45, 0.45)
BLUE = (0.1, 0.3, 0.7)

_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe]")
_INVISIBLE = re.compile("[\x00-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]")
_OTHER_SPACE = re.compile(r"[^\S ]")  # no-break, ideographic … spaces: not every font has them
_LTR_EMBED, _POP = "\u202a", "\u202c"
_NO_BREAK_SPACE = "\u00a0"
_NO_BREAK_BEFORE = frozenset("，。、；：！？）」』》〉】〕”’,.;:!?)]%…·")
_NO_BREAK_AFTER = frozenset("（「『《〈【〔“‘([")


# --- text as it is drawn ------------------------------------------------------------------------

@functools.lru_cache(maxsize=50_000)
def _visual(line: str, rtl: bool = False) -> str:
    """A line as it is painted from left to right: Arabic joined and right-to-left runs reversed
    (in a right-to-left paragraph when `rtl`), invisible formatting characters removed."""
    if _RTL.search(line):
        line = get_display(arabic_reshaper.reshape(line), base_dir="R" if rtl else None)
    return _OTHER_SPACE.sub(" ", _INVISIBLE.sub("", line))


@functools.lru_cache(maxsize=100_000)
def _unit(drawn: str, bold: bool = False) -> float:
    """Width at 1 pt of a string as drawn, across the fonts it needs."""
    return sum(unit_width(run, font) for font, run in runs(drawn, bold))


@functools.lru_cache(maxsize=100_000)
def _piece_unit(piece: str) -> float:
    """Width at 1 pt of a word in reading order (joining Arabic changes its letters' widths)."""
    if _RTL.search(piece):
        piece = arabic_reshaper.reshape(piece)
    return _unit(_INVISIBLE.sub("", piece))


def _is_cjk(char: str) -> bool:
    """Chinese characters, kana and CJK punctuation: a line may break before or after any of them."""
    code = ord(char)
    return 0x2E80 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0xFF00 <= code <= 0xFFEF or code >= 0x20000


def _pieces(text: str) -> Iterator[tuple[str, bool]]:
    """What a line may break between, each with whether a space comes before it: words, and single Chinese
    characters with the punctuation that must stay with them."""
    current, spaced, glued = "", False, False
    for char in text:
        if char.isspace() and char != _NO_BREAK_SPACE:
            if current:
                yield current, spaced
                current = ""
            spaced, glued = True, False
            continue
        if current and (glued or char in _NO_BREAK_BEFORE):
            current += char
        else:
            if current:
                yield current, spaced
                spaced = False
            current = char
        glued = not _is_cjk(char) or char in _NO_BREAK_AFTER
    if current:
        yield current, spaced


def _wrap(text: str, limit: float) -> list[str]:
    """`text` broken into lines no wider than `limit` (in units of the font size), in reading order."""
    lines: list[str] = []
    current, used = "", 0.0
    space = unit_width(" ", NOTO_SANS)
    for piece, spaced in _pieces(text):
        width = _piece_unit(piece)
        gap = space if spaced and current else 0.0
        if current and used + gap + width > limit:
            lines.append(current)
            current, used, gap = "", 0.0, 0.0
        while not current and width > limit and len(piece) > 1:  # a word wider than the line: cut it
            cut = next((n for n in range(len(piece) - 1, 0, -1) if _piece_unit(piece[:n]) <= limit), 1)
            lines.append(piece[:cut])
            piece = piece[cut:]
            width = _piece_unit(piece)
        current += (" " if gap else "") + piece
        used += gap + width
    if current:
        lines.append(current)
    return lines


# --- the address in the window ------------------------------------------------------------------

class AddressDoesNotFit(UserError):
    """An address that cannot be printed in the envelope window. The message is the reason, short enough
    to show next to the student ("the address has 5 lines; the window shows 4")."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class AddressFit:
    """How an address is printed: its lines as drawn, font, size and leading in points, where the
    first baseline is, and the box the text occupies (inches from the page's top left)."""

    lines: tuple[str, ...]
    font: str  # the font the address is set in; a character it lacks comes from the next shipped font
    size: float
    leading: float
    baseline: float
    box: Zone


def fit_address(lines: list[str], zone: Zone) -> AddressFit:
    """The largest size, 10 pt down to 7 pt, at which the address fits `zone`, top left aligned."""
    lines = [" ".join(line.split()) for line in lines]
    lines = [line for line in lines if line]
    if len(lines) > MAX_ADDRESS_LINES:
        raise AddressDoesNotFit(f"the address has {len(lines)} lines; the window shows {MAX_ADDRESS_LINES}")
    if not lines:
        raise AddressDoesNotFit("there is no address")
    missing = uncovered("".join(lines))
    if missing:
        codes = ", ".join(f"U+{ord(c):04X}" for c in missing[:4])
        raise AddressDoesNotFit(f"it has characters no font can print ({codes}): correct it in the SIS")
    drawn = tuple(_visual(line) for line in lines)
    fonts = list(dict.fromkeys(font for line in drawn for font, _ in runs(line)))
    ascent = max(extent(font)[0] for font in fonts)
    descent = max(extent(font)[1] for font in fonts)
    spacing = max(1.2, 0.8 * (ascent + descent))  # tall Arabic lines need more room than Latin ones
    widest = max(_unit(line) for line in drawn)
    for size in ADDRESS_SIZES:
        height = (ascent + descent) * size + (len(drawn) - 1) * spacing * size
        if widest * size <= zone.width * INCH and height <= zone.height * INCH:
            box = Zone(zone.left, zone.top, zone.left + widest * size / INCH, zone.top + height / INCH)
            return AddressFit(drawn, fonts[0], size, spacing * size, zone.top + ascent * size / INCH, box)
    if widest * ADDRESS_SIZES[-1] > zone.width * INCH:
        raise AddressDoesNotFit("a line of the address is too long for the window even at 7 pt: shorten it in the SIS")
    raise AddressDoesNotFit(f"{len(drawn)} lines are too tall for this envelope's window even at 7 pt")


# --- a page, laid out before it is drawn --------------------------------------------------------

@dataclass(frozen=True)
class _Text:
    x: float
    baseline: float
    drawn: str
    size: float
    bold: bool
    colour: tuple[float, float, float]


class _Page:
    """One page's strings and lines, checked as they are added and painted only once it is complete."""

    def __init__(self, offset: Offset, height: float = PAGE_HEIGHT):
        self.offset = offset
        self.height = height  # of the page, for reportlab's coordinates from the bottom
        self.texts: list[_Text] = []
        self.lines: list[tuple[float, float, float, float, float, tuple[float, float, float], bool]] = []

    def text(self, x: float, baseline: float, drawn: str, size: float, what: str, *, bold: bool = False,
             align: str = "left", colour: tuple[float, float, float] = INK) -> None:
        """Add a string (already in painted order) at `baseline`; `x` is its left, right or centre edge
        as `align` says."""
        check_covered(drawn, what)
        width = _unit(drawn, bold) * size / INCH
        if align == "right":
            x -= width
        elif align == "centre":
            x -= width / 2
        self.texts.append(_Text(x, baseline, drawn, size, bold, colour))

    def line(self, x1: float, y1: float, x2: float, y2: float, width: float = 0.5,
             colour: tuple[float, float, float] = INK, dashed: bool = False) -> None:
        self.lines.append((x1, y1, x2, y2, width, colour, dashed))

    def box(self, zone: Zone, width: float = 0.5, colour: tuple[float, float, float] = INK,
            dashed: bool = False) -> None:
        corners = ((zone.left, zone.top), (zone.right, zone.top), (zone.right, zone.bottom), (zone.left, zone.bottom))
        for (x1, y1), (x2, y2) in zip(corners, corners[1:] + corners[:1]):
            self.line(x1, y1, x2, y2, width, colour, dashed)

    def paint(self, canvas: Canvas) -> None:
        dx, dy = self.offset.right, self.offset.down

        def point(x: float, y: float) -> tuple[float, float]:
            return (x + dx) * INCH, (self.height - y - dy) * INCH

        for x1, y1, x2, y2, width, colour, dashed in self.lines:
            canvas.setLineWidth(width)
            canvas.setStrokeColorRGB(*colour)
            canvas.setDash(3, 2) if dashed else canvas.setDash()
            canvas.line(*point(x1, y1), *point(x2, y2))
        # One text object per page, changing font and colour only where they change: far faster in reportlab.
        out = canvas.beginText()
        font, colour = None, None
        for item in self.texts:
            if item.colour != colour:
                out.setFillColorRGB(*item.colour)
                colour = item.colour
            x, y = point(item.x, item.baseline)
            for name, run in runs(item.drawn, item.bold):
                if (name, item.size) != font:
                    out.setFont(name, item.size)
                    font = (name, item.size)
                out.setTextOrigin(x, y)
                out.textOut(run)
                x += unit_width(run, name) * item.size
        canvas.drawText(out)
        canvas.showPage()


@contextmanager
def binary_streams():
    """Compressed streams without reportlab's ASCII85 layer: smaller files, and its pure-Python encoder
    is slow. rl_config is process-wide, so it is put back afterwards."""
    saved = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = saved


def _canvas(title: str, pagesize: tuple[float, float] = (PAGE_WIDTH * INCH, PAGE_HEIGHT * INCH)
            ) -> tuple[Canvas, io.BytesIO]:
    """A canvas writing to memory, so a file appears only once it is complete."""
    register()
    buffer = io.BytesIO()
    # Started in an embedded font: reportlab would otherwise name Helvetica, unembedded, on every page.
    canvas = Canvas(buffer, pagesize=pagesize, invariant=1, pageCompression=1, initialFontName=NOTO_SANS)
    canvas.setTitle(title)
    canvas.setCreator("ssrdesk")
    return canvas, buffer


def _save(canvas: Canvas, buffer: io.BytesIO, pages: list[_Page], path: Path | str) -> None:
    """Paint the pages, finish the PDF and write it to `path`, readable by the user only (it names students)."""
    with binary_streams():
        for page in pages:
            page.paint(canvas)
        canvas.save()
    path = Path(path)
    path.write_bytes(buffer.getvalue())
    make_private(path)


# --- cover letters and address sheets -----------------------------------------------------------

def _below_window(profile: EnvelopeProfile) -> float:
    """The lowest point of the page the window can show, with the insert ridden up as far as it goes."""
    return profile.window_on_page().bottom + min(profile.rides_up, profile.play[1])


def _letter_top(profile: EnvelopeProfile) -> float:
    """Where a letter's text starts: below the address zone and out of the window's sight."""
    return max(profile.address_zone().bottom + 0.36, _below_window(profile))


def _body_font(language: str) -> str:
    return ARABIC if language == "Arabic" else CJK if language in CJK_LANGUAGES else NOTO_SANS


def _leading(language: str) -> float:
    ascent, descent = extent(_body_font(language))
    return BODY_SIZE * max(1.6 if language in CJK_LANGUAGES else 1.4, ascent + descent)


def _compose(template: str, language: str, values: dict[str, str]) -> tuple[str, str]:
    """The date line and the letter's text with its merge fields filled in."""
    # A phone number is never broken across lines.
    values = {**values, "contact_phone": values.get("contact_phone", "").replace(" ", _NO_BREAK_SPACE)}
    if language == "Arabic":
        # Names, numbers and Latin words stay whole left-to-right runs inside the Arabic sentence:
        # otherwise "(555) 555-0123" prints as "555-0123 (555)".
        values = {k: v if _RTL.search(v) else f"{_LTR_EMBED}{v}{_POP}" for k, v in values.items()}
    return values.get("date", ""), fill(template, values)


def _letter_lines(date_line: str, text: str, language: str, top: float,
                  check: str = "") -> list[tuple[float, str]]:
    """The letter's lines as drawn, with their baselines; UserError when they run off the page."""
    what = f"the {language} cover letter"
    rtl = language == "Arabic"
    # Digits and Latin names are in Noto Sans whatever the language: room for both above and below.
    ascent, descent = (max(pair) for pair in zip(extent(_body_font(language)), extent(NOTO_SANS)))
    leading = _leading(language) / INCH
    limit = (PAGE_WIDTH - 2 * MARGIN) * INCH / BODY_SIZE
    found: list[tuple[float, str]] = []
    y = top + ascent * BODY_SIZE / INCH
    for paragraph in [date_line, "", *text.split("\n")]:
        if not paragraph.strip():
            y += 0.6 * leading
            continue
        for line in _wrap(paragraph, limit):
            drawn = _visual(line, rtl)
            check_covered(drawn, what)
            found.append((y, drawn))
            y += leading
    bottom = found[-1][0] + descent * BODY_SIZE / INCH if found else top
    if bottom > LAST_LINE:
        over = math.ceil((bottom - LAST_LINE) / leading)
        raise UserError(f"The {language} cover letter does not fit on one page below the address{check}: "
                        f"shorten it by about {counted(over, 'line')}.")
    return found


def check_letter_fits(template: str, language: str) -> None:
    """UserError unless `template` fits one page for every built-in envelope with the longest names."""
    values = {**LONGEST_VALUES, "date": longest_date(check_language(language))}
    date_line, text = _compose(template, language, values)
    for profile in BUILT_IN.values():
        _letter_lines(date_line, text, language, _letter_top(profile), " with the longest names a roster holds")


class SheetWriter:
    """Cover letters and address sheets, one page each, collected into one PDF written by `save`."""

    def __init__(self, profile: EnvelopeProfile, offset: Offset, school: School, templates: dict[str, str]):
        self.profile = profile
        self.offset = offset
        self.school = school
        self.templates = templates
        self.zone = profile.address_zone()
        self.pages = 0
        self._canvas, self._buffer = _canvas("Cover letters and address sheets")

    def __enter__(self) -> SheetWriter:
        return self

    def __exit__(self, *error) -> None:
        self._buffer.close()  # the pages drawn so far are dropped unless saved

    def cover_letter(self, address: list[str], language: str, values: dict[str, str]) -> None:
        """A letter to the family in `language`, addressed for the window. `values` fill the merge fields;
        the school, its contact and today's date are filled in from the school's details when not given."""
        check_language(language)
        fit = fit_address(address, self.zone)
        defaults = {"school": self.school.name, "contact_name": self.school.contact_name,
                    "contact_phone": self.school.contact_phone, "date": format_date(date.today(), language)}
        values = {**defaults, **{k: v for k, v in values.items() if v}}
        labels = dict(MERGE_FIELDS)
        for field, value in values.items():
            check_covered(value, f"the {labels.get(field, field).lower()} in the {language} cover letter")
        date_line, text = _compose(self.templates.get(language) or default_text(language), language, values)
        page = self._page(fit)
        right = language == "Arabic"
        for baseline, drawn in _letter_lines(date_line, text, language, _letter_top(self.profile)):
            page.text(PAGE_WIDTH - MARGIN if right else MARGIN, baseline, drawn, BODY_SIZE,
                      f"the {language} cover letter", align="right" if right else "left")
        self._add(page)

    def address_sheet(self, address: list[str], language: str) -> None:
        """A plain sheet that addresses the envelope, saying what is in it (also in the family's language)."""
        check_language(language)
        page = self._page(fit_address(address, self.zone))
        baseline = _below_window(self.profile) + 0.35
        for fold in self.profile.folds:
            if fold - 0.25 < baseline < fold + 0.6:  # not across a fold, where it is hard to read
                baseline = fold + 0.35
        for note in dict.fromkeys((ENCLOSURE_NOTE["English"], ENCLOSURE_NOTE[language])):
            page.text(self.zone.left, baseline, _visual(note), 10, "the note on the address sheet")
            baseline += 0.25
        self._add(page)

    def _page(self, fit: AddressFit) -> _Page:
        """A page with the return address, the address in the window and the fold marks."""
        page = _Page(self.offset)
        baseline = RETURN_ADDRESS + extent(NOTO_SANS)[0] * 9 / INCH
        for index, line in enumerate(filter(None, (self.school.name, *self.school.address_lines))):
            page.text(RETURN_ADDRESS, baseline, _visual(line), 9 if index == 0 else 8.5,
                      "the school's return address", bold=index == 0)
            baseline += (9 if index == 0 else 8.5) * 1.3 / INCH
        for index, line in enumerate(fit.lines):
            page.text(self.zone.left, fit.baseline + index * fit.leading / INCH, line, fit.size, "the address")
        for fold in self.profile.folds:
            for left, right in FOLD_MARKS:
                page.line(left, fold, right, fold, 0.4, GREY)
        return page

    def _add(self, page: _Page) -> None:
        with binary_streams():
            page.paint(self._canvas)
        self.pages += 1

    def save(self, path: Path | str) -> None:
        """Write the PDF to `path` (the caller moves it into place)."""
        if not self.pages:
            raise ValueError("no sheets to save")
        _save(self._canvas, self._buffer, [], path)


# --- the alignment sheet ------------------------------------------------------------------------

RULER = 0.3  # the alignment sheet's rulers, this far in from the edges
_CALIBRATION_STEPS = (
    "1. Print this page at 100 % (\u201cActual size\u201d), not \u201cFit to page\u201d or \u201cShrink to fit\u201d.",
    "2. Fold it on the fold lines as you fold a letter, the blue box facing out, and put it in an envelope.",
    "3. Push it to the bottom of the envelope and slide it from side to side: the whole blue box must",
    "    show through the window all the time.",
    "4. If part of the box hides behind the edge of the window, measure how far the cross must move right",
    "    and down for the whole box to show (left and up are negative numbers). Enter those numbers as this",
    "    printer\u2019s offset in ssrdesk; if it already has an offset, add them to it.",
    "5. Print this page again to check: the whole box should now show through the window.",
)


def calibration_sheet(profile: EnvelopeProfile, offset: Offset, path: Path | str) -> None:
    """A sheet to print, fold and put in an envelope, to see whether the address lands in the window."""
    page = _Page(offset)
    what = "the alignment sheet"
    zone, window = profile.address_zone(), profile.window_on_page()
    # Rulers along the top and left edges, inside the margin a printer cannot reach: 1/8 in ticks, longer
    # every 1/2 and 1 in, numbered every inch from the page's edge.
    page.line(RULER, RULER, PAGE_WIDTH - RULER, RULER, 0.4)
    page.line(RULER, RULER, RULER, PAGE_HEIGHT - RULER, 0.4)
    for eighth in range(int(RULER * 8) + 1, int((PAGE_WIDTH - RULER) * 8) + 1):
        page.line(eighth / 8, RULER, eighth / 8, RULER + _tick(eighth), 0.4)
        if eighth % 8 == 0:
            page.text(eighth / 8, RULER + 0.4, str(eighth // 8), 7, what, align="centre")
    for eighth in range(int(RULER * 8) + 1, int((PAGE_HEIGHT - RULER) * 8) + 1):
        page.line(RULER, eighth / 8, RULER + _tick(eighth), eighth / 8, 0.4)
        if eighth % 8 == 0:
            page.text(RULER + 0.33, eighth / 8 + 0.035, str(eighth // 8), 7, what)
    for fold in profile.folds:
        page.line(RULER + 0.3, fold, PAGE_WIDTH - RULER, fold, 0.4, GREY, dashed=True)
        page.text(PAGE_WIDTH - RULER, fold - 0.05, "fold", 7, what, align="right", colour=GREY)
    page.box(window, 0.5, GREY, dashed=True)
    page.text(window.left + 0.05, window.top - 0.05, "the window, insert at the bottom of the envelope", 6.5,
              what, colour=GREY)
    page.box(zone, 1.0, BLUE)
    page.line(zone.left - 0.25, zone.top, zone.left + 0.25, zone.top, 0.6, BLUE)
    page.line(zone.left, zone.top - 0.25, zone.left, zone.top + 0.25, 0.6, BLUE)
    page.text(zone.left + 0.08, zone.top + 0.2, "ADDRESS ZONE", 9, what, bold=True, colour=BLUE)
    page.text(zone.left + 0.08, zone.top + 0.36, "All of this box must show through the window.", 7.5, what,
              colour=BLUE)
    page.text(zone.left + 0.08, zone.top + 0.5, f"The cross marks {zone.left:.2f} in from the left, "
              f"{zone.top:.2f} in from the top.", 7.5, what, colour=BLUE)
    baseline = profile.folds[0] + 0.6  # below the first fold: the top panel is what shows in the window
    page.text(MARGIN, baseline, "Printer alignment sheet", 14, what, bold=True)
    baseline += 0.35
    for step in _CALIBRATION_STEPS:
        page.text(MARGIN, baseline, step, 10, what)
        baseline += 0.22
    baseline += 0.15
    page.text(MARGIN, baseline, f"profile: {profile.label}, offset: right {offset.right:g} in, down "
              f"{offset.down:g} in", 9, what, colour=GREY)
    _save(*_canvas("Printer alignment sheet"), [page], path)


def _tick(eighth: int) -> float:
    return 0.25 if eighth % 8 == 0 else 0.17 if eighth % 4 == 0 else 0.12 if eighth % 2 == 0 else 0.08


# --- the manifest -------------------------------------------------------------------------------

_TABLE_SIZE = 8.0
_ROW = 13 / INCH
_PADDING = 0.06
_KEPT_WHOLE = ("ssid", "seq", "#")  # identify an envelope: never shortened


def manifest_pdf(path: Path | str, title: str, subtitle: str, columns: list[str], rows: list[list[str]]) -> None:
    """A plain table to print: the header row on every page, "Page n of m" at the foot. Cells too wide
    for their column end in "…" (the CSV manifest has them in full); SSID and sequence columns never do."""
    what = "the manifest"
    drawn_rows = [[_visual(str(cell)) for cell in row] + [""] * (len(columns) - len(row)) for row in rows]
    header = [_visual(name) for name in columns]
    natural = [max([_unit(header[i], True)] + [_unit(row[i]) for row in drawn_rows]) * _TABLE_SIZE / INCH
               + 2 * _PADDING for i in range(len(columns))]
    landscape = sum(natural) > PAGE_WIDTH - 1.0
    width, height = (PAGE_HEIGHT, PAGE_WIDTH) if landscape else (PAGE_WIDTH, PAGE_HEIGHT)
    widths = _column_widths(natural, [_kept_whole(name) for name in columns], width - 1.0)
    top, bottom = 1.05, height - 0.6
    per_page = max(1, int((bottom - top) / _ROW) - 1)
    chunks = [drawn_rows[i:i + per_page] for i in range(0, len(drawn_rows), per_page)] or [[]]
    pages = []
    for number, chunk in enumerate(chunks, 1):
        page = _Page(Offset(), height)
        page.text(0.5, 0.6, _visual(title), 13, what, bold=True)
        page.text(0.5, 0.82, _visual(subtitle), 9, what, colour=GREY)
        y = top
        for index, cells in enumerate([header, *chunk]):
            x = 0.5
            for cell, column_width, whole in zip(cells, widths, (_kept_whole(name) for name in columns)):
                shown = cell if whole else _shorten(cell, column_width - 2 * _PADDING, bold=index == 0)
                page.text(x + _PADDING, y + 0.13, shown, _TABLE_SIZE, what, bold=index == 0)
                x += column_width
            y += _ROW
            page.line(0.5, y - 0.03, 0.5 + sum(widths), y - 0.03, 0.8 if index == 0 else 0.25,
                      INK if index == 0 else GREY)
        page.text(width - 0.5, height - 0.35, f"Page {number} of {len(chunks)}", 8, what, align="right",
                  colour=GREY)
        pages.append(page)
    _save(*_canvas(title, (width * INCH, height * INCH)), pages, path)


def _kept_whole(column: str) -> bool:
    name = column.strip().casefold()
    return any(name.startswith(key) or name.endswith(key) for key in _KEPT_WHOLE)


def _column_widths(natural: list[float], whole: list[bool], available: float) -> list[float]:
    """Columns as wide as their widest cell; when that is too wide, the shortenable ones share what is
    left, the narrow ones keeping their width and the wide ones an equal part of the rest."""
    if sum(natural) <= available:
        return natural
    widths = list(natural)
    flexible = [i for i, kept in enumerate(whole) if not kept]
    room = available - sum(natural[i] for i, kept in enumerate(whole) if kept)
    while flexible:
        share = room / len(flexible)
        narrow = [i for i in flexible if natural[i] <= share]
        if not narrow:
            for i in flexible:
                widths[i] = max(share, 0.3)
            break
        for i in narrow:
            room -= natural[i]
            flexible.remove(i)
    return widths


def _shorten(drawn: str, width: float, bold: bool = False) -> str:
    """`drawn` cut to `width` inches, ending in "…" where it was cut."""
    if _unit(drawn, bold) * _TABLE_SIZE / INCH <= width:
        return drawn
    cut = len(drawn)
    while cut > 0 and _unit(drawn[:cut] + "…", bold) * _TABLE_SIZE / INCH > width:
        cut -= 1
    return drawn[:cut].rstrip() + "…"
