"""Help: the user guide (Markdown shipped with the app, in the language in use) and About."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QLocale, QUrl
from PySide6.QtGui import QDesktopServices, QTextCursor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QTextBrowser, QVBoxLayout, QWidget

from .. import __version__
from ..core.workspace import default_location
from .i18n import tr

GUIDES = Path(__file__).resolve().parent.parent / "help"


def guide_path(language: str) -> Path:
    """The guide in `language`, else the English one."""
    translated = GUIDES / f"user-guide.{language}.md"
    return translated if translated.exists() else GUIDES / "user-guide.md"


class GuideWindow(QDialog):
    """Not modal: the guide can stay open beside the window it explains."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("ssrdesk user guide"))
        self.text = QTextBrowser()
        self.text.setAccessibleName(tr("User guide"))
        self.text.setOpenLinks(False)  # anchors scroll here; web links open in the browser
        self.text.anchorClicked.connect(self._follow)
        self.text.setMarkdown(guide_path(QLocale().name().split("_")[0]).read_text(encoding="utf-8"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(760, 820)

    def _follow(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
        elif url.hasFragment():
            self.go_to(url.fragment(QUrl.ComponentFormattingOption.FullyDecoded))

    def go_to(self, anchor: str) -> bool:
        """Scroll to the heading a contents link names. Qt gives Markdown headings no anchors, so the link is
        matched against each heading's GitHub-style anchor."""
        block = self.text.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() and heading_anchor(block.text()) == anchor:
                cursor = QTextCursor(block)
                self.text.setTextCursor(cursor)
                self.text.verticalScrollBar().setValue(int(self.text.document().documentLayout().blockBoundingRect(block).top()))
                return True
            block = block.next()
        return False


def heading_anchor(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens (accents kept)."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def show_guide(parent: QWidget) -> GuideWindow:
    window = getattr(parent, "guide_window", None)
    if window is None:
        window = parent.guide_window = GuideWindow(parent)
    window.show()
    window.raise_()
    return window


def show_about(parent: QWidget) -> None:
    QMessageBox.about(parent, tr("About ssrdesk"), tr(
        "<h3>ssrdesk {version}</h3><p>Student Score Reports for California test coordinators: split, print for "
        "window envelopes, e-mail securely, and track the deadlines.</p><p>Workspaces are created by default in "
        "{folder}. The log file, ssrdesk.log, is in each workspace folder and holds no student data.</p>").format(
        version=__version__, folder=default_location().parent))
