"""The user guide in the Help menu, in the language in use, with working contents links."""

import re

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QWidget

from ssrdesk.ui import i18n
from ssrdesk.ui.help_window import GUIDES, guide_path, show_guide

SECTIONS = ("installing", "first start", "yearly routine", "folding", "secure e-mail", "bounces", "backing up",
            "goes wrong")


def test_the_guide_covers_what_a_coordinator_needs():
    headings = [line[3:].lower() for line in guide_path("en").read_text(encoding="utf-8").splitlines()
                if line.startswith("## ")]
    for section in SECTIONS:
        assert any(section in heading for heading in headings), section
    assert guide_path("es").name == "user-guide.es.md"
    assert guide_path("ko") == GUIDES / "user-guide.md"  # no Korean guide: the English one


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_contents_link_scrolls_to_its_section(qtbot, language):
    i18n.install(language)
    parent = QWidget()
    qtbot.addWidget(parent)
    window = show_guide(parent)
    text = guide_path(language).read_text(encoding="utf-8")
    assert window.text.toPlainText().startswith(text.splitlines()[0].lstrip("# "))
    links = set(re.findall(r"\]\(#([^)]+)\)", text))
    assert len(links) >= 8
    for anchor in links:
        window.text.verticalScrollBar().setValue(0)
        window._follow(QUrl("#" + anchor))
        assert window.text.textCursor().block().blockFormat().headingLevel(), anchor
    window.close()


def test_the_help_menu_opens_the_guide(window):
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    guide = next(a for a in help_menu.actions() if a.text() == "User guide")
    guide.trigger()
    assert window.guide_window.isVisible()
    assert window.guide_window.windowTitle() == "ssrdesk user guide"
