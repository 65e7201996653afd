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
from ..core.workspace import Workspace
from .i18n import tr

WAITING = "waiting"  # queued, or caught mid-send: both go out on the next send
COUNTS = ("sent", WAITING, "failed", "cancelled", "exported", "bounced")


def caption(key: str) -> str:
    """What one of the COUNTS is called."""
    return {"sent": tr("Sent"), WAITING: tr("Waiting to be sent"), "failed": tr("Refused by the server"),
            "cancelled": tr("Cancelled", "messages"), "exported": tr("Written as .eml files"),
            "bounced": tr("Bounced")}[key]


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
    yield Progress(0, 0, tr("Sending a test message through {host}").format(host=settings.host))
    smtp.send_test(settings, password, settings.sender)
    return settings.sender


def _limits(settings: SmtpSettings) -> Limits:
    return Limits(settings.per_minute, settings.per_day)


def waiting(counts: dict[str, int]) -> int:
    """Messages still to send, from outbox.counts()."""
    return counts[outbox.QUEUED] + counts[outbox.SENDING]


# --- in words --------------------------------------------------------------------------------------

def sent_text(sent: Sent) -> str:
    text = tr("Sent %Ln message(s).", "", sent.sent)
    if sent.refused:
        text += " " + tr("The mail server refused %Ln message(s): see Bounced e-mail on the E-mail page.", "",
                         sent.refused)
    if sent.requeued:
        text += " " + tr("%Ln family(ies) got a new report and password: the stored messages could not be read back "
                         "(without a password store they last only until ssrdesk closes).", "", sent.requeued)
    if sent.not_requeued:
        text += " " + tr("%Ln family(ies) whose stored messages were lost could not get new ones, for example "
                         "{example}.", "", len(sent.not_requeued)).format(example=sent.not_requeued[0])
    if sent.stopped:
        text += f" {sent.stopped}"
    if sent.waiting:
        text += " " + tr("%Ln message(s) still waiting: resume sending from the E-mail page.", "", sent.waiting)
    return text


def stopped_text(left: int) -> str:
    """After the user stopped sending (or closed the window while it ran)."""
    if not left:
        return tr("Sending stopped. Nothing is left waiting.")
    return tr("Sending stopped between two families. %Ln message(s) not sent yet stay in the outbox: resume sending "
              "from the E-mail page when you are ready.", "", left)


def duration(seconds: float) -> str:
    """'12 seconds', 'about 12 minutes', 'about 2 hours 5 minutes'."""
    if seconds < 59.5:
        return tr("%Ln second(s)", "", max(1, round(seconds)))
    hours, minutes = divmod(round(seconds / 60), 60)
    hours_text, minutes_text = tr("%Ln hour(s)", "", hours), tr("%Ln minute(s)", "", minutes)
    if hours and minutes:
        return tr("about {hours} {minutes}").format(hours=hours_text, minutes=minutes_text)
    return tr("about {time}").format(time=hours_text if hours else minutes_text)


# --- widgets ---------------------------------------------------------------------------------------

def hint(text: str = "") -> QLabel:
    """Grey explaining text under or beside what it explains."""
    label = QLabel(text)
    label.setStyleSheet("color: gray;")
    label.setWordWrap(True)
    return label


class OutboxCounts(QWidget):
    """The outbox's messages by state, as a row of numbers with captions."""

    def __init__(self, shown: tuple[str, ...] = COUNTS, parent=None):
        super().__init__(parent)
        self.numbers: dict[str, QLabel] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for key in shown:
            number = QLabel("0")
            number.setStyleSheet("font-size: 16pt; font-weight: 600;")
            name = QLabel(caption(key))
            name.setStyleSheet("color: gray;")
            box = QFrame()
            box.setFrameShape(QFrame.Shape.StyledPanel)
            column = QVBoxLayout(box)
            column.addWidget(number, 0, Qt.AlignmentFlag.AlignHCenter)
            column.addWidget(name, 0, Qt.AlignmentFlag.AlignHCenter)
            layout.addWidget(box)
            self.numbers[key] = number
        layout.addStretch(1)

    def show_counts(self, counts: dict[str, int]) -> None:
        """`counts` as outbox.counts() gives them (or differences of them)."""
        for key, number in self.numbers.items():
            value = waiting(counts) if key == WAITING else counts[key]
            number.setText(f"{value:,}")
            number.setAccessibleName(f"{caption(key)}: {value:,}")
