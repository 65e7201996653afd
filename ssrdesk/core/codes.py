"""Code tables from the TOMS layouts: record types and language codes, as names a person reads."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources


@cache
def _tables() -> dict[str, dict[str, str]]:
    return json.loads((resources.files(__package__) / "codes.json").read_text(encoding="utf-8"))


def test_name(record_type: str) -> str:
    """'01' -> 'SB ELA'; unknown or older codes are shown as they are."""
    return _tables()["record_types"].get(record_type, f"Test {record_type}" if record_type else "Test")


def language_name(code: str) -> str:
    """CALPADS primary language codes ('01') and 3-letter CEDS codes ('SPA') are both in use."""
    if not code:
        return ""
    tables = _tables()
    return tables["calpads_languages"].get(code.zfill(2) if code.isdigit() else code) or tables[
        "ceds_languages"
    ].get(code, code)
