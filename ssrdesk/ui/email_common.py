"""What the e-mail wizard and the E-mail page share: the jobs they run on a worker thread, the outbox
counts, and their outcomes in words."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ..core.delivery import outbox
from ..core.delivery.outbox import Limits, Queued, Sent
from ..core.delivery.recipients import EmailOptions, EmailPlan
from ..core.delivery import smtp
from ..core.delivery.smtp import SmtpSettings, SmtpTransport
from ..core.tasks import Job, Progress
from ..core.words import counted
from ..core.workspace import Workspace

WAITING = "waiting"  # queued, or caught mid-send: both go out on the next send
COUNTS = {"sent": "Sent", WAITING: "Waiting to be sent", "failed": "Refused by the server", "cancelled": "Cancelled",
          "exported": "Written as .eml files", "bounced": "Bounced"}


# --- jobs ------------------------------------------------------------------------------------------

@dataclass
class Delivered:
    queued: Queued
    sent: Sent | None  # None when the messages were written as .eml files


def deliver(workspace: Workspace, plan: EmailPlan, settings: SmtpSettings, password: str | None, mode: str,
            folder: Path | None = None) -> Job[Delivered]:
    """Queue the plan's messages and send everything queued; or write them as .eml files."""
    # Settings no server could use stop here, before anything is queued.
    transport = SmtpTransport(settings, password) if mode == outbox.SEND else None
    queued = yield from outbox.queue(workspace, plan, settings.from_, mode, folder)
    if transport is None:
        return Delivered(queued, None)
    sent = yield from outbox.send(workspace, transport, settings.from_, plan.options, _limits(settings))
    return Delivered(queued, sent)


def send_queued(workspace: Workspace, settings: SmtpSettings, password: str | None) -> Job[Sent]:
    """Resume: send what waits in the outbox (a family whose pending password was lost gets random ones)."""
    transport = SmtpTransport(settings, password)
    return (yield from outbox.send(workspace, transport, settings.from_, EmailOptions(), _limits(settings)))


def send_test_message(settings: SmtpSettings, password: str | None) -> Job[str]:
    """One message without student data to the From address, off the UI thread."""
    yield Progress(0, 0, f"Sending a test message through {settings.host}")
    smtp.send_test(settings, password, settings.sender)
    return settings.sender


def _limits(settings: SmtpSettings) -> Limits:
    return Limits(settings.per_minute, settings.per_day)


def waiting(counts: dict[str, int]) -> int:
    """Messages still to send, from outbox.counts()."""
    return counts[outbox.QUEUED] + counts[outbox.SENDING]


# --- in words --------------------------------------------------------------------------------------

def sent_text(sent: Sent) -> str:
    text = f"Sent {counted(sent.sent, 'message')}."
    if sent.refused:
        text += (f" The mail server refused {counted(sent.refused, 'message')}: see Bounced e-mail on the E-mail "
                 "page.")
    if sent.requeued:
        text += (f" {counted(sent.requeued, 'family', 'families')} got a new report and password: the stored "
                 "messages could not be read back (without a password store they last only until ssrdesk closes).")
    if sent.not_requeued:
        text += (f" {counted(len(sent.not_requeued), 'family', 'families')} whose stored messages were lost could "
                 f"not get new ones, for example {sent.not_requeued[0]}.")
    if sent.stopped:
        text += f" {sent.stopped}"
    if sent.waiting:
        text += f" {counted(sent.waiting, 'message')} still waiting: resume sending from the E-mail page."
    return text


def stopped_text(left: int) -> str:
    """After the user stopped sending (or closed the window while it ran)."""
    if not left:
        return "Sending stopped. Nothing is left waiting."
    return (f"Sending stopped between two families. {counted(left, 'message')} not sent yet "
            f"{'stays' if left == 1 else 'stay'} in the outbox: resume sending from the E-mail page when you are "
            "ready.")


def duration(seconds: float) -> str:
    """'12 seconds', 'about 12 minutes', 'about 2 hours 5 minutes'."""
    if seconds < 59.5:
        return counted(max(1, round(seconds)), "second")
    hours, minutes = divmod(round(seconds / 60), 60)
    parts = ([counted(hours, "hour")] if hours else []) + ([counted(minutes, "minute")] if minutes else [])
    return "about " + " ".join(parts)


# --- widgets ---------------------------------------------------------------------------------------

def hint(text: str = "") -> QLabel:
    """Grey explaining text under or beside what it explains."""
    label = QLabel(text)
    label.setStyleSheet("color: gray;")
    label.setWordWrap(True)
    return label


class OutboxCounts(QWidget):
    """The outbox's messages by state, as a row of numbers with captions."""

    def __init__(self, shown: tuple[str, ...] = tuple(COUNTS), parent=None):
        super().__init__(parent)
        self.numbers: dict[str, QLabel] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for key in shown:
            number = QLabel("0")
            number.setStyleSheet("font-size: 16pt; font-weight: 600;")
            caption = QLabel(COUNTS[key])
            caption.setStyleSheet("color: gray;")
            box = QFrame()
            box.setFrameShape(QFrame.Shape.StyledPanel)
            column = QVBoxLayout(box)
            column.addWidget(number, 0, Qt.AlignmentFlag.AlignHCenter)
            column.addWidget(caption, 0, Qt.AlignmentFlag.AlignHCenter)
            layout.addWidget(box)
            self.numbers[key] = number
        layout.addStretch(1)

    def show_counts(self, counts: dict[str, int]) -> None:
        """`counts` as outbox.counts() gives them (or differences of them)."""
        for key, number in self.numbers.items():
            value = waiting(counts) if key == WAITING else counts[key]
            number.setText(f"{value:,}")
            number.setAccessibleName(f"{COUNTS[key]}: {value:,}")
