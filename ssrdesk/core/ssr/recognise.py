"""Recognise Student Score Reports in page text: where each starts, whose it is, what and which language.

Only text is used, never file names or fixed positions, because TOMS wording and layout change between
years. A report starts on a front page: a page showing an SSID together with the mailing address in the
envelope window, or an SSID (or language) different from the report being read. Score pages may repeat
the SSID in a running header, so the SSID alone does not start a report.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

SSID = re.compile(r"SSID\W{0,6}?(\d{5,12})(?!\d)")
ADMINISTRATION = re.compile(r"(20\d\d)\s*[–—-]\s*(\d\d)(?!\d)")
GRADE = re.compile(
    r"(?:Grade|Grado|Lớp|Baitang|Antas|학년|年級|الصف)\s*:?\s*(KN|TK|K|\d{1,2})(?!\d)", re.IGNORECASE
)
# A report's title at the top of a page marks its front page (score pages repeat it only in the footer).
TITLE = re.compile(r"Student Score Report|Informe de calificaciones|Báo cáo điểm|Ulat ng Iskor", re.I)

# Words that appear on a front page in each translated language (labels, titles).
LANGUAGE_MARKERS = {
    "Spanish": ("estudiante", "grado", "escuela", "informe"),
    "Vietnamese": ("học sinh", "báo cáo", "trường", "lớp"),
    "Filipino": ("mag-aaral", "baitang", "paaralan", "ulat"),
}
SCRIPTS = {"Korean": re.compile("[\uac00-\ud7a3]"), "Arabic": re.compile("[\u0600-\u06ff]"),
           "Traditional Chinese": re.compile("[\u4e00-\u9fff]")}
TRANSLATION_BANNER = re.compile(r"\b(Spanish|Vietnamese|Filipino|Korean|Arabic|Chinese) translation\b")
LANGUAGES = ("English", "Spanish", "Vietnamese", "Filipino", "Korean", "Arabic", "Traditional Chinese")

KIND_LABELS = {
    "SB": "Smarter Balanced ELA and mathematics",
    "SB+CAST": "Smarter Balanced ELA and mathematics, with CAST",
    "CAST": "CAST only",
    "CAA": "CAAs for ELA and mathematics",
    "CAA+Science": "CAAs for ELA and mathematics, with CAA for Science",
    "CAA Science": "CAA for Science only",
    "CSA": "California Spanish Assessment",
    "ELPAC": "Summative ELPAC",
    "Alternate ELPAC": "Summative Alternate ELPAC",
}
URL = re.compile(r"\S+\.(?:org|gov|com|net)\S*")
# Whole words only: "Castro Valley" in an address is not CAST.
SUBJECT_WORDS = {
    subject: re.compile(r"\b(?:" + "|".join(words) + r")\b")
    for subject, words in {
        "ela": ("english language arts", "artes del lenguaje", "ngữ văn", "sining ng wika"),
        "math": ("mathematics", "matemáticas", "toán", "matematika"),
        "science": ("science", "cast", "ciencias", "khoa học", "agham"),
    }.items()
}


@dataclass
class Page:
    number: int  # 1-based
    text: str
    window_text: str = ""  # text inside the left-window envelope zone
    window_box: tuple[float, float, float, float] | None = None  # inches: left, top, right, bottom


@dataclass
class FoundReport:
    first_page: int
    last_page: int
    printed_ssid: str
    language: str
    front_text: str
    address: str
    address_box: tuple[float, float, float, float] | None
    texts: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    kind: str = ""

    @property
    def page_count(self) -> int:
        return self.last_page - self.first_page + 1

    @property
    def administration(self) -> str:
        match = ADMINISTRATION.search(self.front_text)
        return f"{match.group(1)}–{match.group(2)}" if match else ""

    @property
    def grade(self) -> str:
        match = GRADE.search(self.front_text)
        if not match:
            return ""
        value = match.group(1).upper()
        return "KN" if value in ("K", "KN") else value.zfill(2) if value.isdigit() else value

    @property
    def program(self) -> str:
        return "ELPAC" if "ELPAC" in self.kind else "CAASPP"


def language_of(text: str) -> str:
    banner = TRANSLATION_BANNER.search(text)
    if banner:
        return "Traditional Chinese" if banner.group(1) == "Chinese" else banner.group(1)
    for language, script in SCRIPTS.items():
        if len(script.findall(text)) >= 5:
            return language
    lowered = text.lower()
    scores = {lang: sum(word in lowered for word in words) for lang, words in LANGUAGE_MARKERS.items()}
    best = max(scores, key=scores.get)
    return best if scores[best] >= 2 else "English"


def family_of(text: str) -> str:
    """Which kind of document a page belongs to: 'ELPAC', 'CSA' or 'CAASPP' (the rest)."""
    lowered = URL.sub(" ", text.lower())
    if re.search(r"\belpac\b", lowered):
        return "ELPAC"
    return "CSA" if re.search(r"\bcsa\b|california spanish assessment", lowered) else "CAASPP"


def kind_of(text: str) -> str:
    lowered = URL.sub(" ", text.lower())  # "caaspp-elpac.org" names both programs
    if re.search(r"\belpac\b", lowered):
        return "Alternate ELPAC" if re.search(r"alternate\s+elpac|elpac\s+alternativ", lowered) else "ELPAC"
    if re.search(r"\bcsa\b|california spanish assessment", lowered):
        return "CSA"
    has = {subject: bool(words.search(lowered)) for subject, words in SUBJECT_WORDS.items()}
    core = has["ela"] or has["math"]
    if re.search(r"\bcaas?\b|california alternate assessment", lowered):
        return ("CAA+Science" if has["science"] else "CAA") if core else "CAA Science"
    if core:
        return "SB+CAST" if has["science"] else "SB"
    return "CAST" if has["science"] else ""


def split_reports(pages: list[Page]) -> tuple[list[FoundReport], list[tuple[int, str]]]:
    """The reports in a run of pages, and the pages that belong to none (with the reason)."""
    reports: list[FoundReport] = []
    loose: list[tuple[int, str]] = []
    current: FoundReport | None = None
    for page in pages:
        if not page.text.strip():
            loose.append((page.number, "has no text (a scanned page?), so ssrdesk cannot tell whose it is"))
            current = None
            continue
        ssids = list(dict.fromkeys(SSID.findall(page.text)))
        language = language_of(page.text) if ssids else ""
        starts = ssids and (
            looks_like_address(page.window_text)
            or TITLE.search("\n".join(page.text.splitlines()[:3]))
            or current is None
            or (family_of(page.text) != "CAASPP" and family_of(page.text) != family_of(current.front_text))
            or ssids[0] != current.printed_ssid
            # A translated copy follows the English one; a translated copy's score pages may print in English.
            or (current.language == "English" and language != "English")
        )
        if starts:
            current = FoundReport(
                first_page=page.number, last_page=page.number, printed_ssid=ssids[0], language=language,
                front_text=page.text, address=_address(page.window_text), address_box=page.window_box,
            )
            reports.append(current)
            if len(ssids) > 1:
                current.problems.append(
                    f"page {page.number} shows two students' SSIDs ({', '.join(ssids)}): check it in the preview"
                )
        elif current is None:
            loose.append((page.number, "comes before the first report (a cover sheet?)"))
            continue
        else:
            current.last_page = page.number
        current.texts.append(page.text)
    for report in reports:
        report.kind = kind_of("\n".join(report.texts))
        if len(report.printed_ssid) != 10:
            report.problems.append(f"the SSID printed on page {report.first_page} ({report.printed_ssid}) is not 10 digits")
    _inherit_kinds(reports)
    return reports, loose


def _inherit_kinds(reports: list[FoundReport]) -> None:
    """A translated copy is the same report as the English one just before it."""
    for before, after in zip(reports, reports[1:]):
        if after.language != "English" and before.printed_ssid == after.printed_ssid and before.kind:
            if before.page_count == after.page_count or not after.kind:
                after.kind = before.kind


ZIP_LINE = re.compile(r"\b\d{5}(?:-\d{4})?\s*$", re.MULTILINE)


def looks_like_address(window_text: str) -> bool:
    """Two or more lines in the envelope window, one ending in a ZIP code."""
    return len([l for l in window_text.splitlines() if l.strip()]) >= 2 and bool(ZIP_LINE.search(window_text))


def _address(window_text: str) -> str:
    lines = [line.strip() for line in window_text.splitlines() if line.strip()]
    return "\n".join(lines)


def plain(text: str) -> str:
    """Lower case without accents, for comparing names as printed with names in the score data."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def name_on_page(front_text: str, first_name: str, last_name: str) -> str:
    """The line of the front page that prints this student's name, or '' when it is not there."""
    first, last = plain(first_name).split(), plain(last_name).split()
    for line in front_text.splitlines():
        words = set(re.findall(r"[\w'-]+", plain(line)))
        if first and last and set(first) <= words and set(last) <= words:
            return line.strip()
    return ""
