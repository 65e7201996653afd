"""Cover letter texts, merge fields, dates, the school's details and which letter a family gets."""

from __future__ import annotations

import re
from contextlib import closing
from datetime import date

import pytest

from ssrdesk.core.errors import UserError
from ssrdesk.core.printing.letters import (
    LANGUAGES,
    MERGE_FIELDS,
    School,
    default_text,
    fill,
    format_date,
    letter_language,
    load_school,
    reset_template,
    save_school,
    save_template,
    templates,
)

FIELD_NAMES = {name for name, _ in MERGE_FIELDS}


@pytest.mark.parametrize("name, expected", [
    ("English", "English"), ("", "English"), ("  ", "English"),
    ("Spanish", "Spanish"), ("es", "Spanish"), ("spa", "Spanish"), ("Español", "Spanish"), ("es-MX", "Spanish"),
    ("Vietnamese", "Vietnamese"), ("Tiếng Việt", "Vietnamese"),
    ("Mandarin", "Simplified Chinese"), ("Chinese (Simplified)", "Simplified Chinese"), ("zh-CN", "Simplified Chinese"),
    ("Cantonese", "Traditional Chinese"), ("Taiwanese", "Traditional Chinese"), ("Chinese", "Traditional Chinese"),
    ("Chinese - Traditional", "Traditional Chinese"), ("zh-TW", "Traditional Chinese"),
    ("Filipino (Tagalog)", "Filipino"), ("Tagalog", "Filipino"),
    ("Korean", "Korean"), ("한국어", "Korean"),
    ("Arabic", "Arabic"), ("العربية", "Arabic"),
    ("Russian", "Russian"), ("Русский", "Russian"),
    ("Hmong", "English"), ("Farsi", "English"), ("Other non-English", "English"), ("Unknown", "English"),
])
def test_a_familys_language_picks_one_of_the_nine_letters(name, expected):
    assert letter_language(name) == expected


def test_there_are_nine_languages_english_first_and_a_label_for_every_merge_field():
    assert LANGUAGES[0] == "English" and len(LANGUAGES) == 9
    assert FIELD_NAMES == {"guardian_name", "student_name", "student_first_name", "grade", "school", "date",
                           "contact_name", "contact_phone"}
    assert all(label.strip() for _, label in MERGE_FIELDS)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_default_letter_greets_the_guardian_and_uses_only_known_fields(language):
    text = default_text(language)
    assert "{guardian_name}" in text.splitlines()[0]
    used = set(re.findall(r"\{([^{}]*)\}", text))
    assert used <= FIELD_NAMES
    assert {"student_name", "contact_name", "contact_phone"} <= used
    assert "CAASPP" in text and "ELPAC" in text
    assert re.sub(r"\{[a-z_]+\}", "", text).count("{") == 0


def test_fill_puts_in_the_values_and_leaves_nothing_in_braces():
    text = fill("Dear {guardian_name}, {student_first_name} is in grade {grade}.",
                {"guardian_name": "Rosa Lopez", "student_first_name": "Maria", "grade": "5"})
    assert text == "Dear Rosa Lopez, Maria is in grade 5."
    assert fill("Call {contact_name}.", {}) == "Call ."


@pytest.mark.parametrize("language, expected", [
    ("English", "November 23, 2026"), ("Spanish", "23 de noviembre de 2026"),
    ("Simplified Chinese", "2026年11月23日"), ("Traditional Chinese", "2026年11月23日"),
    ("Korean", "2026년 11월 23일"), ("Vietnamese", "23 tháng 11 năm 2026"), ("Russian", "23 ноября 2026 г."),
    ("Arabic", "23 نوفمبر 2026"), ("Filipino", "Nobyembre 23, 2026"), ("Hmong", "November 23, 2026"),
])
def test_dates_are_written_the_way_each_language_writes_them(language, expected):
    assert format_date(date(2026, 11, 23), language) == expected


def test_an_edited_letter_is_kept_and_reset_brings_back_the_built_in_text(workspace):
    edited = "Estimado/a {guardian_name}:\n\nAdjuntamos el informe de {student_name}.\n\n{contact_name}"
    with closing(workspace.connect()) as connection:
        save_template(connection, "Spanish", edited + "\n\n")
    with closing(workspace.connect()) as connection:
        stored = templates(connection)
        assert stored["Spanish"] == edited
        assert stored["English"] == default_text("English")
        assert set(stored) == set(LANGUAGES)
        reset_template(connection, "Spanish")
        assert templates(connection)["Spanish"] == default_text("Spanish")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_built_in_letter_can_be_saved_as_it_is(workspace, language):
    with closing(workspace.connect()) as connection:
        save_template(connection, language, default_text(language))


def test_an_unknown_merge_field_is_named_with_the_known_ones(workspace):
    with closing(workspace.connect()) as connection, pytest.raises(UserError) as raised:
        save_template(connection, "English", "Dear {parent_name},\n\nHello.")
    message = str(raised.value)
    assert "{parent_name}" in message and "{guardian_name}" in message and "{contact_phone}" in message
    with closing(workspace.connect()) as connection:
        assert templates(connection)["English"] == default_text("English")


def test_a_stray_brace_is_refused(workspace):
    with closing(workspace.connect()) as connection, pytest.raises(UserError, match="brace"):
        save_template(connection, "English", "Dear {guardian_name},\n\nSee the report {student_name.")


def test_a_character_no_font_has_is_refused_by_its_code(workspace):
    with closing(workspace.connect()) as connection, pytest.raises(UserError) as raised:
        save_template(connection, "Korean", "{guardian_name} 님께\n\nक")
    assert "U+0915" in str(raised.value) and "Korean cover letter" in str(raised.value)


def test_a_letter_too_long_for_one_page_is_refused(workspace):
    paragraph = "The report gives a score for each subject tested and an achievement level. " * 6
    with closing(workspace.connect()) as connection, pytest.raises(UserError) as raised:
        save_template(connection, "English", "Dear {guardian_name},\n\n" + "\n\n".join([paragraph] * 8))
    assert "shorten" in str(raised.value) and "English" in str(raised.value)


def test_an_unknown_language_is_refused(workspace):
    with closing(workspace.connect()) as connection, pytest.raises(UserError, match="Hmong"):
        save_template(connection, "Hmong", "Nyob zoo {guardian_name}")


def test_the_schools_details_are_kept(workspace):
    school = School("Lincoln Elementary", ("1234 Oak Street", "", "Sacramento, CA 95814"), "Ms. Rivera",
                    "(916) 555-0142")
    with closing(workspace.connect()) as connection:
        assert load_school(connection) == School()
        save_school(connection, school)
    with closing(workspace.connect()) as connection:
        assert load_school(connection) == School("Lincoln Elementary", ("1234 Oak Street", "Sacramento, CA 95814"),
                                                 "Ms. Rivera", "(916) 555-0142")


def test_a_return_address_of_more_than_four_lines_is_refused(workspace):
    with closing(workspace.connect()) as connection, pytest.raises(UserError, match="4 lines"):
        save_school(connection, School("Lincoln", ("a", "b", "c", "d", "e")))
