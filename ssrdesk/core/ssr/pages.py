"""Read the text of a PDF's pages fast (pdfium), and what lies in the envelope window of a page.

pdfium reads 10,000 pages in about 6 s where pypdf needs over a minute. Only pages that show an SSID
are looked at for the window zone, as only a front page can start a report.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pypdfium2 as pdfium

from ..errors import DataFileError
from .recognise import SSID, Page

POINTS = 72.0
# Where a #10 left-window envelope shows the address on a tri-folded Letter page, with room to spare
# for the insert sliding about: 0.75–4.5 in from the left, 2.1–3.35 in from the top.
WINDOW_ZONE_INCHES = (0.75, 2.1, 4.5, 3.35)
MAX_PAGES = 60_000


def open_pdf(path: Path) -> pdfium.PdfDocument:
    try:
        document = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as error:
        message = str(error).lower()
        if "password" in message:
            raise DataFileError(
                "This PDF is password-protected. TOMS downloads are not: download the reports from TOMS again, "
                "or open it with its password and save an unprotected copy."
            )
        raise DataFileError("This PDF is damaged or was not completely downloaded; download it again from TOMS.")
    if len(document) > MAX_PAGES:
        count = len(document)
        document.close()
        raise DataFileError(f"This PDF has {count:,} pages, more than ssrdesk reads from one file "
                            f"({MAX_PAGES:,}); download the reports by grade instead.")
    return document


def read_pages(document: pdfium.PdfDocument) -> Iterator[Page]:
    for index in range(len(document)):
        try:
            page = document[index]
        except pdfium.PdfiumError:
            yield Page(index + 1, "")  # unreadable: reported as a page with no text
            continue
        try:
            textpage = page.get_textpage()
            text = textpage.get_text_range()
            found = Page(index + 1, text)
            if SSID.search(text):
                found.window_text, found.window_box = _window(page, textpage)
            textpage.close()
        finally:
            page.close()
        yield found


def _window(page, textpage) -> tuple[str, tuple[float, float, float, float] | None]:
    """The lines lying wholly inside the window zone, top to bottom, and their bounding box in inches."""
    height = page.get_height()
    left, top, right, bottom = (v * POINTS for v in WINDOW_ZONE_INCHES)
    zone_bottom, zone_top = height - bottom, height - top  # pdfium: origin at the bottom left
    lines = []
    for i in range(textpage.count_rects()):
        l, b, r, t = textpage.get_rect(i)
        if l >= left and r <= right and b >= zone_bottom and t <= zone_top:
            lines.append((l, b, r, t))
    if not lines:
        return "", None
    lines.sort(key=lambda box: (-round(box[3]), box[0]))
    text = "\n".join(textpage.get_text_bounded(*box).strip() for box in lines)
    l, b = min(x[0] for x in lines), min(x[1] for x in lines)
    r, t = max(x[2] for x in lines), max(x[3] for x in lines)
    inches = (l / POINTS, (height - t) / POINTS, r / POINTS, (height - b) / POINTS)
    return text, tuple(round(v, 2) for v in inches)
