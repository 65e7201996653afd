"""The two e-mails a family gets: the protected report, then its password, in the family's language.

Texts are built in for the nine letter languages and can be edited per language; an edited text is
checked when saved: known merge fields only, never {password} in the report's message, always in the
password's, and never in a subject line (subjects show in notifications and message lists).
"""

from __future__ import annotations

import re
import secrets
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from importlib import resources

from ..db import transaction
from ..errors import UserError
from ..printing.letters import LANGUAGES, check_fields, check_language, fill
from ..printing.letters import MERGE_FIELDS as LETTER_FIELDS

FILE, PASSWORD = "file", "password"
KINDS = {FILE: "the message with the report", PASSWORD: "the message with the password"}

# The letters' fields but the date (a message is dated by the mail program), and what only e-mail has.
MERGE_FIELDS = tuple(field for field in LETTER_FIELDS if field[0] != "date") + (
    ("attachment", "Name of the attached file"),
    ("file_subject", "Subject of the message with the report"),
    ("password", "The password (password message only)"),
)
_NAMES = tuple(name for name, _ in MERGE_FIELDS)

# Greeting a family whose guardian's name the contacts export does not give.
GENERIC_GUARDIAN = {
    "English": "Parent/Guardian of {student_name}",
    "Spanish": "Padre, madre o tutor de {student_name}",
    "Simplified Chinese": "{student_name}的家长/监护人",
    "Traditional Chinese": "{student_name}的家長/監護人",
    "Filipino": "Magulang/Tagapag-alaga ni {student_name}",
    "Vietnamese": "Phụ huynh/Người giám hộ của {student_name}",
    "Korean": "{student_name} 학생의 학부모/보호자",
    "Arabic": "ولي أمر {student_name}",
    "Russian": "родитель (опекун) учащегося {student_name}",
}
_LANGUAGE_TAGS = {"English": "en", "Spanish": "es", "Simplified Chinese": "zh-Hans", "Traditional Chinese": "zh-Hant",
                  "Filipino": "fil", "Vietnamese": "vi", "Korean": "ko", "Arabic": "ar", "Russian": "ru"}
_ADDRESS = re.compile(r"^[^@\s,;<>()\[\]\"]+@[^@\s,;<>()\[\]\"]+\.[A-Za-z]{2,}$")


@dataclass(frozen=True)
class Template:
    subject: str
    body: str


@dataclass(frozen=True)
class Sender:
    address: str
    name: str = ""  # shown as who the mail is from: the school

    @property
    def domain(self) -> str:
        return self.address.rpartition("@")[2] or "localhost"


def valid_address(text: str) -> bool:
    """A plain address every mail server takes (non-ASCII addresses need SMTPUTF8, which school servers
    rarely offer: such a family goes to print rather than to a message that cannot be sent)."""
    return text.strip().isascii() and bool(_ADDRESS.match(text.strip()))


def check_sender(sender: Sender) -> Sender:
    if not valid_address(sender.address):
        raise UserError(f"“{sender.address}” is not an e-mail address to send from. Enter the school's address, "
                        "such as testing@school.org.")
    return sender


# --- texts ------------------------------------------------------------------------------------------

def default_template(language: str, kind: str) -> Template:
    text = (resources.files(__package__) / "email_texts" / f"{check_language(language)}.{kind}.txt").read_text(
        encoding="utf-8")
    first, _, body = text.partition("\n")
    return Template(first.removeprefix("Subject:").strip(), body.strip())


def templates(connection: sqlite3.Connection) -> dict[tuple[str, str], Template]:
    """Every language's two messages: the coordinator's edited text where there is one, else the built-in."""
    edited = {(r["language"], r["kind"]): Template(r["subject"], r["body"])
              for r in connection.execute("SELECT * FROM email_template")}
    return {(language, kind): edited.get((language, kind)) or default_template(language, kind)
            for language in LANGUAGES for kind in KINDS}


def check_template(language: str, kind: str, template: Template) -> Template:
    what = f"the {check_language(language)} {KINDS[kind]}"
    subject, body = " ".join(template.subject.split()), template.body.strip()
    if not subject or not body:
        raise UserError(f"The subject or text of {what} is empty. Write one, or reset it to the built-in text.")
    check_fields(subject, f"the subject of {what}", _NAMES)
    check_fields(body, what, _NAMES)
    if "{password}" in subject:
        raise UserError(f"The subject of {what} shows the password: subjects appear in notifications and message "
                        "lists. Take {password} out of the subject.")
    if kind == FILE and "{password}" in body:
        raise UserError(f"{what[0].upper()}{what[1:]} contains {{password}}: the password must travel in a "
                        "separate message. Take it out.")
    if kind == PASSWORD and "{password}" not in body:
        raise UserError(f"{what[0].upper()}{what[1:]} does not contain {{password}}, so families would not get "
                        "their password. Put {password} where it should appear.")
    return Template(subject, body)


def save_template(connection: sqlite3.Connection, language: str, kind: str, template: Template) -> None:
    template = check_template(language, kind, template)
    with transaction(connection):
        connection.execute(
            "INSERT INTO email_template (language, kind, subject, body, updated_at) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT(language, kind) DO UPDATE SET subject = excluded.subject, body = excluded.body,"
            " updated_at = excluded.updated_at",
            (language, kind, template.subject, template.body, datetime.now().isoformat(timespec="seconds")))


def reset_template(connection: sqlite3.Connection, language: str, kind: str) -> None:
    with transaction(connection):
        connection.execute("DELETE FROM email_template WHERE language = ? AND kind = ?", (check_language(language), kind))


# --- messages ---------------------------------------------------------------------------------------

def new_message_id(sender: Sender) -> str:
    """A Message-ID no other message has; its random part also names the message's stored copy."""
    return f"<{secrets.token_hex(16)}.ssrdesk@{sender.domain}>"


def attachment_name(first_name: str, taken: set[str] = frozenset()) -> str:
    """The file's name: the student's first name and what it is, nothing more about the child."""
    first = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "", first_name).strip() or "Student"
    name, number = f"{first} - Student Score Report.pdf", 2
    while name in taken:  # twins with one first name in one message
        name, number = f"{first} ({number}) - Student Score Report.pdf", number + 1
    return name


def render(template: Template, values: dict[str, str]) -> Template:
    return Template(fill(template.subject, values, _NAMES), fill(template.body, values, _NAMES))


def compose(sender: Sender, recipient: str, guardian: str, language: str, text: Template, message_id: str,
            attachments: list[tuple[str, bytes]] = ()) -> EmailMessage:
    """One plain-text UTF-8 message, with PDF attachments for the report's message."""
    message = EmailMessage()
    message["From"] = formataddr((sender.name, sender.address)) if sender.name else sender.address
    message["To"] = formataddr((guardian, recipient.strip())) if guardian else recipient.strip()
    message["Subject"] = text.subject
    message["Date"] = format_datetime(datetime.now().astimezone())
    message["Message-ID"] = message_id
    message.set_content(text.body + "\n", charset="utf-8")
    for name, pdf in attachments:
        message.add_attachment(pdf, maintype="application", subtype="pdf", filename=name)
    message["Content-Language"] = _LANGUAGE_TAGS.get(language, "en")  # after attaching, or it moves to the text part
    return message
