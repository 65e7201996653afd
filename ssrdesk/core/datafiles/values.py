"""Turn a cell as TOMS, Excel or a SIS wrote it into the one form ssrdesk stores.

Excel drops leading zeros (SSID, CDS codes, grades), turns big integers into floats and rewrites dates;
each function here undoes one of those and returns "" for a value it cannot make sense of.
"""

import re
from datetime import date, timedelta

_FLOAT_INTEGRAL = re.compile(r"^(\d+)\.0*$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})")
_SLASH_MDY = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})")
_SLASH_YMD = re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})")
_DASH_DMY = re.compile(r"^(\d{1,2})-(\d{1,2})-(\d{4})")
_EXCEL_EPOCH = date(1899, 12, 30)


def plain_number(value: str) -> str:
    """'6161973069.0' -> '6161973069'; anything else unchanged (stripped)."""
    value = value.strip()
    match = _FLOAT_INTEGRAL.match(value)
    return match.group(1) if match else value


def padded_digits(value: str, width: int) -> str:
    """Re-pad a numeric code Excel shortened; '' when it is not all digits or too long."""
    value = plain_number(value)
    if not value.isdigit() or len(value) > width:
        return ""
    return value.zfill(width)


def ssid(value: str) -> str:
    """A Statewide Student Identifier: exactly 10 digits, or '' when it cannot be one."""
    return padded_digits(value, 10)


def grade(value: str) -> str:
    """CALPADS grade: 'KN', 'TK' or two digits ('3' -> '03', '11.0' -> '11')."""
    value = plain_number(value).upper()
    if value.isdigit() and len(value) <= 2:
        return value.zfill(2)
    return value


def iso_date(value: str) -> str:
    """YYYY-MM-DD from the forms seen in TOMS and re-saved files; '' when not a real date.

    Dashes with the day first (DD-MM-YYYY) and slashes with the month first (MM/DD/YYYY) are the two
    re-saved forms seen in the wild; an Excel serial number is a date stored as a plain number.
    """
    value = value.strip()
    if not value:
        return ""
    for pattern, order in ((_ISO, "ymd"), (_SLASH_YMD, "ymd"), (_SLASH_MDY, "mdy"), (_DASH_DMY, "dmy")):
        match = pattern.match(value)
        if match:
            parts = dict(zip(order, map(int, match.groups())))
            try:
                return date(parts["y"], parts["m"], parts["d"]).isoformat()
            except ValueError:
                return ""
    number = plain_number(value)
    if number.isdigit() and 1 <= int(number) <= 80000:
        return (_EXCEL_EPOCH + timedelta(days=int(number))).isoformat()
    return ""


def code(value: str) -> str:
    return plain_number(value).upper()


def text(value: str) -> str:
    return value.strip()


NORMALISERS = {
    "ssid": ssid,
    "text": text,
    "code": code,
    "number": plain_number,
    "date": iso_date,
    "grade": grade,
    "cds": lambda value: padded_digits(value, 14) or value.strip(),
    "record_type": lambda value: padded_digits(value, 2) or value.strip().upper(),
}
