"""Passwords for protected reports: random by default, or built from student data where a district insists.

A random password is read over the phone and typed on a phone by parents, so it uses lowercase letters
and the digits 2–9 only, without the look-alikes i, l, o, 0 and 1, in four groups of four joined by dashes
("k7mp-x3rd-hq9w-ajtu"): 16 characters from 31 give 79 bits, well over the 60 asked for.

A template ("{birth_date}{ssid_last4}") is easier for families but far weaker: anyone who knows the child
can guess most of it. Its strength is estimated from what an outsider would have to guess per field.
"""

from __future__ import annotations

import math
import re
import secrets
import sqlite3
from dataclasses import dataclass

from ..errors import UserError

ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
GROUPS, GROUP_SIZE = 4, 4
RANDOM_BITS = GROUPS * GROUP_SIZE * math.log2(len(ALPHABET))
STRONG_BITS = 60

# Template fields: what each adds, and roughly how many bits an outsider who knows the child's grade and
# school must guess for it (a birth date within one school year: ~365 days; four digits: 10,000 …).
TEMPLATE_FIELDS = {
    "birth_date": ("Birth date as MMDDYYYY", math.log2(365)),
    "birth_mmdd": ("Birth month and day as MMDD", math.log2(365)),
    "ssid_last4": ("Last 4 digits of the SSID", math.log2(10_000)),
    "local_id": ("Local student ID", math.log2(10_000)),
    "last_name": ("Student's last name, lowercase", 0.0),
    "first_name": ("Student's first name, lowercase", 0.0),
}
_FIELD = re.compile(r"\{([^{}]*)\}")


@dataclass(frozen=True)
class Policy:
    """How passwords are made: "random", or "template" with a template of fields and fixed text."""

    kind: str = "random"
    template: str = ""

    def describe(self) -> str:
        return "Random (4 groups of 4)" if self.kind == "random" else f"From student data: {self.template}"


def random_password() -> str:
    return "-".join("".join(secrets.choice(ALPHABET) for _ in range(GROUP_SIZE)) for _ in range(GROUPS))


def strength(policy: Policy) -> tuple[float, str]:
    """Estimated bits an outsider must guess, and the verdict in words."""
    bits = RANDOM_BITS if policy.kind == "random" else sum(
        TEMPLATE_FIELDS[name][1] for name in _FIELD.findall(policy.template) if name in TEMPLATE_FIELDS)
    if bits >= STRONG_BITS:
        return bits, f"strong (about {bits:.0f} bits)"
    if bits >= 28:
        return bits, f"weaker (about {bits:.0f} bits): someone who knows the student could narrow it down"
    return bits, (f"weak (about {bits:.0f} bits): anyone who knows the student's birthday or ID could open the "
                  "report; use it only if your district requires it")


def check(policy: Policy) -> Policy:
    """The policy itself when it can make passwords, else UserError saying what to change."""
    if policy.kind == "random":
        return policy
    if policy.kind != "template":
        raise UserError(f"There is no password policy called {policy.kind!r}: use random or a template.")
    names = _FIELD.findall(policy.template)
    unknown = [n for n in names if n not in TEMPLATE_FIELDS]
    if unknown:
        raise UserError(f"The password template uses {{{unknown[0]}}}, which is not a field. The fields are: "
                        f"{', '.join('{' + n + '}' for n in TEMPLATE_FIELDS)}.")
    if not names:
        raise UserError("The password template has no field, so every family would get the same password. "
                        "Add a field such as {birth_date}.")
    return policy


def password_for(student: sqlite3.Row | dict, policy: Policy) -> str:
    """A new password for this student's report; UserError when the student lacks a field the template needs."""
    if policy.kind == "random":
        return random_password()
    values = _template_values(student)

    def field(found: re.Match) -> str:
        value = values.get(found.group(1), "")
        if not value:
            raise UserError(f"the password template needs the student's {TEMPLATE_FIELDS[found.group(1)][0].lower()}, "
                            "which the score data does not have")
        return value

    return _FIELD.sub(field, check(policy).template)


def _template_values(student) -> dict[str, str]:
    birth = str(student["birth_date"] or "")  # YYYY-MM-DD in the workspace
    year, month, day = (birth.split("-") + ["", "", ""])[:3] if len(birth) == 10 else ("", "", "")
    digits = re.sub(r"\D", "", str(student["ssid"] or ""))
    return {
        "birth_date": f"{month}{day}{year}" if year else "",
        "birth_mmdd": f"{month}{day}" if year else "",
        "ssid_last4": digits[-4:] if len(digits) >= 4 else "",
        "local_id": str(student["local_student_id"] or "").strip(),
        "last_name": re.sub(r"\s+", "", str(student["last_name"] or "")).casefold(),
        "first_name": re.sub(r"\s+", "", str(student["first_name"] or "")).casefold(),
    }
