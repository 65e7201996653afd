"""Cover letters to families: the nine languages, their texts (built in or edited), merge fields, dates.

A family's language arrives in many spellings (CALPADS names, SIS exports, ISO codes, the language's own
name); `letter_language` maps each to one of the nine letters, and anything else to English. An edited
letter is checked when it is saved, not when 700 letters are being printed: its merge fields must be
known, its characters printable, and it must fit on one page with the longest names a roster holds.
"""

from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
from dataclasses import asdict, dataclass
from datetime import date, datetime
from importlib import resources

from ..db import transaction
from ..errors import UserError
from .fonts import check_covered

LANGUAGES = ("English", "Spanish", "Simplified Chinese", "Traditional Chinese", "Filipino", "Vietnamese",
             "Korean", "Arabic", "Russian")

MERGE_FIELDS = (
    ("guardian_name", "Parent or guardian's name"),
    ("student_name", "Student's full name"),
    ("student_first_name", "Student's first name"),
    ("grade", "Grade"),
    ("school", "School"),
    ("date", "Today's date, written in the letter's language"),
    ("contact_name", "Contact person"),
    ("contact_phone", "Contact phone number"),
)
_FIELD_NAMES = tuple(name for name, _ in MERGE_FIELDS)
_FIELD = re.compile(r"\{([^{}\n]*)\}")

# The note on an address sheet (a report mailed without a letter), in each language.
ENCLOSURE_NOTE = {
    "English": "Enclosed: Student Score Report",
    "Spanish": "Adjunto: Informe de Calificaciones del Estudiante",
    "Simplified Chinese": "内附：学生成绩报告",
    "Traditional Chinese": "內附：學生成績報告",
    "Filipino": "Kalakip: Ulat ng Marka ng Mag-aaral",
    "Vietnamese": "Đính kèm: Báo cáo Điểm của Học sinh",
    "Korean": "동봉: 학생 성적 보고서",
    "Arabic": "مرفق: تقرير درجات الطالب",
    "Russian": "Прилагается: отчёт о результатах учащегося",
}

# --- which letter a family gets -----------------------------------------------------------------

_BY_NAME = {
    "english": "English", "en": "English", "eng": "English",
    "spanish": "Spanish", "español": "Spanish", "espanol": "Spanish", "castellano": "Spanish", "es": "Spanish",
    "spa": "Spanish",
    # Mandarin speakers here mostly read Simplified; Cantonese and Taiwanese families, Traditional.
    "mandarin": "Simplified Chinese", "putonghua": "Simplified Chinese", "cmn": "Simplified Chinese",
    "普通话": "Simplified Chinese", "简体中文": "Simplified Chinese", "中文简体": "Simplified Chinese",
    "chinese": "Traditional Chinese", "zh": "Traditional Chinese", "chi": "Traditional Chinese",
    "zho": "Traditional Chinese", "cantonese": "Traditional Chinese", "yue": "Traditional Chinese",
    "taiwanese": "Traditional Chinese", "toishanese": "Traditional Chinese", "中文": "Traditional Chinese",
    "繁體中文": "Traditional Chinese", "中文繁體": "Traditional Chinese", "廣東話": "Traditional Chinese",
    "粵語": "Traditional Chinese", "國語": "Traditional Chinese",
    "filipino": "Filipino", "pilipino": "Filipino", "tagalog": "Filipino", "tl": "Filipino", "tgl": "Filipino",
    "fil": "Filipino", "phi": "Filipino",
    "vietnamese": "Vietnamese", "tiếng việt": "Vietnamese", "tieng viet": "Vietnamese", "vi": "Vietnamese",
    "vie": "Vietnamese",
    "korean": "Korean", "한국어": "Korean", "조선말": "Korean", "ko": "Korean", "kor": "Korean",
    "arabic": "Arabic", "العربية": "Arabic", "عربي": "Arabic", "ar": "Arabic", "ara": "Arabic",
    "russian": "Russian", "русский": "Russian", "русский язык": "Russian", "ru": "Russian", "rus": "Russian",
}
_SIMPLIFIED_MARKS = ("simplified", "hans", "cn", "sg", "mandarin", "putonghua", "cmn")
_TRADITIONAL_MARKS = ("traditional", "hant", "tw", "hk", "mo", "cantonese", "taiwanese", "yue")


def letter_language(name: str) -> str:
    """The letter for a family whose language is written `name`: one of LANGUAGES, English by default."""
    text = " ".join(re.sub(r"[()\[\],;:/_\-–]", " ", unicodedata.normalize("NFKC", name).casefold()).split())
    if text in _BY_NAME:
        return _BY_NAME[text]
    words = text.split()
    if not words:
        return "English"
    # "Filipino (Tagalog)", "es-MX", "Korean language": the first word names the language.
    found = _BY_NAME.get(words[0], "English")
    if found.endswith("Chinese") or "simplified" in words or "traditional" in words:
        # "Chinese (Simplified)", "zh-TW", "中文（繁體）": the rest says which script.
        if any(word in _SIMPLIFIED_MARKS for word in words) or "简" in text:
            return "Simplified Chinese"
        if any(word in _TRADITIONAL_MARKS for word in words) or "繁" in text:
            return "Traditional Chinese"
    return found


# --- texts ----------------------------------------------------------------------------------------

def check_language(language: str) -> str:
    """`language` itself when there is a letter in it, else UserError."""
    if language not in LANGUAGES:
        raise UserError(f"There is no cover letter in {language!r}. Letters are written in: {', '.join(LANGUAGES)}.")
    return language


def default_text(language: str) -> str:
    folder = resources.files(__package__) / "letter_texts"
    return (folder / f"{check_language(language)}.txt").read_text(encoding="utf-8").strip()


def templates(connection: sqlite3.Connection) -> dict[str, str]:
    """Every language's letter: the coordinator's edited text where there is one, else the built-in text."""
    edited = {row["language"]: row["body"] for row in connection.execute("SELECT language, body FROM letter_template")}
    return {language: edited.get(language) or default_text(language) for language in LANGUAGES}


def check_fields(text: str, what: str, names: tuple[str, ...] = _FIELD_NAMES) -> None:
    """Raise UserError when `text` uses a merge field not in `names` or has a brace left open."""
    for found in _FIELD.finditer(text):
        if found.group(1) not in names:
            raise UserError(f"{what[0].upper()}{what[1:]} uses {{{found.group(1)}}}, which is not a merge field. "
                            f"The merge fields are: {', '.join('{' + n + '}' for n in names)}.")
    if "{" in _FIELD.sub("", text) or "}" in _FIELD.sub("", text):
        raise UserError(f"{what[0].upper()}{what[1:]} has a “{{” or “}}” that does not belong to a merge field. "
                        "Merge fields are written as a name in braces, such as {student_name}; remove the stray brace.")


def save_template(connection: sqlite3.Connection, language: str, body: str) -> None:
    """Store an edited letter after checking it can be printed for every family."""
    what = f"the {check_language(language)} cover letter"
    body = body.strip()
    if not body:
        raise UserError(f"The {language} cover letter is empty. Write a letter, or reset it to the built-in text.")
    check_fields(body, what)
    check_covered(body, what)
    from .sheets import check_letter_fits  # sheets draws letters, so it imports this module

    check_letter_fits(body, language)
    with transaction(connection):
        connection.execute(
            "INSERT INTO letter_template (language, body, updated_at) VALUES (?, ?, ?) ON CONFLICT(language)"
            " DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at",
            (language, body, datetime.now().isoformat(timespec="seconds")))


def reset_template(connection: sqlite3.Connection, language: str) -> None:
    """Go back to the built-in text."""
    with transaction(connection):
        connection.execute("DELETE FROM letter_template WHERE language = ?", (check_language(language),))


def fill(text: str, values: dict[str, str], names: tuple[str, ...] = _FIELD_NAMES) -> str:
    """`text` with each merge field in `names` replaced by its value (an empty one when the value is not given)."""
    return _FIELD.sub(lambda found: values.get(found.group(1), "") if found.group(1) in names
                      else found.group(0), text)


# The longest values a roster realistically holds, for checking that an edited letter fits its page
# (with `longest_date` in the letter's language).
LONGEST_VALUES = {
    "guardian_name": "Maximiliana Guadalupe Hernández-Villaseñor de la Cruz",
    "student_name": "Alessandra Montserrat Fitzgerald-Oyelaran Castellanos",
    "student_first_name": "Alessandra Montserrat",
    "grade": "12",
    "school": "Dr. Martin Luther King Jr. Academy of Science and Technology Middle School",
    "contact_name": "Maximiliana Hernández-Villaseñor, Testing Coordinator",
    "contact_phone": "(555) 555-0123 ext. 12345",
}

# --- the school's details -------------------------------------------------------------------------

_SCHOOL_KEY = "letter_school"


@dataclass(frozen=True)
class School:
    """Who the letters come from: printed as the return address and merged into the letter."""

    name: str = ""
    address_lines: tuple[str, ...] = ()
    contact_name: str = ""
    contact_phone: str = ""


def blank_letter_fields(school: School) -> str:
    """What a cover letter would print blank, in words ("contact person or contact phone"); "" when nothing."""
    missing = [what for what, value in (("school name", school.name), ("contact person", school.contact_name),
                                        ("contact phone", school.contact_phone)) if not value]
    return ", ".join(missing[:-1]) + " or " + missing[-1] if len(missing) > 1 else "".join(missing)


def load_school(connection: sqlite3.Connection) -> School:
    row = connection.execute("SELECT value FROM setting WHERE key = ?", (_SCHOOL_KEY,)).fetchone()
    if row is None:
        return School()
    stored = json.loads(row["value"])
    return School(name=stored.get("name", ""), address_lines=tuple(stored.get("address_lines", ())),
                  contact_name=stored.get("contact_name", ""), contact_phone=stored.get("contact_phone", ""))


def save_school(connection: sqlite3.Connection, school: School) -> None:
    school = School(school.name.strip(), tuple(line.strip() for line in school.address_lines if line.strip()),
                    school.contact_name.strip(), school.contact_phone.strip())
    if len(school.address_lines) > 4:
        raise UserError("The school's return address can have at most 4 lines; shorten it.")
    check_covered(" ".join([school.name, *school.address_lines, school.contact_name, school.contact_phone]),
                  "the school's details")
    with transaction(connection):
        connection.execute("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT(key)"
                           " DO UPDATE SET value = excluded.value", (_SCHOOL_KEY, json.dumps(asdict(school))))


# --- dates ----------------------------------------------------------------------------------------

_MONTHS = {
    "English": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December"),
    "Spanish": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                "octubre", "noviembre", "diciembre"),
    "Filipino": ("Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto", "Setyembre",
                 "Oktubre", "Nobyembre", "Disyembre"),
    "Russian": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                "октября", "ноября", "декабря"),  # a date takes the genitive: "23 ноября"
    "Arabic": ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
               "نوفمبر", "ديسمبر"),
}
_DATE_FORMATS = {
    "English": "{month} {day}, {year}",
    "Spanish": "{day} de {month} de {year}",
    "Filipino": "{month} {day}, {year}",
    "Russian": "{day} {month} {year} г.",
    "Arabic": "{day} {month} {year}",
    "Simplified Chinese": "{year}年{number}月{day}日",
    "Traditional Chinese": "{year}年{number}月{day}日",
    "Korean": "{year}년 {number}월 {day}일",
    "Vietnamese": "{day} tháng {number} năm {year}",
}


def format_date(day: date, language: str) -> str:
    """`day` written out the way a letter in `language` dates itself (English for other languages)."""
    language = language if language in _DATE_FORMATS else "English"
    months = _MONTHS.get(language, _MONTHS["English"])
    return _DATE_FORMATS[language].format(year=day.year, number=day.month, day=day.day,
                                          month=months[day.month - 1])


def longest_date(language: str) -> str:
    return max((format_date(date(2026, month, 28), language) for month in range(1, 13)), key=len)
