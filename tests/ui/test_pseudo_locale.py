"""Every window in a pseudo-language, longer than Spanish and full of accents: no label or button may cut its
text. Catches fixed widths and layouts that only fit the English words."""

import re

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from ssrdesk.ui.welcome import WelcomeDialog
from tests.ui.test_print_wizard import demo, printable  # noqa: F401  (fixtures)

ACCENTED = str.maketrans("aceinosuyACEINOSUY", "àçéîñöšüýÀÇÉÎÑÖŠÜÝ")
KEEP = re.compile(r"(\{[^}]*\}|%L?n|%\d|<[^>]+>|&\w+;|\n)")  # placeholders, markup and line breaks stay as written


def pseudo(text: str) -> str:
    """"Print {count} letters" -> "Prîñt {count} léttérš······": vowels and more accented, 40% longer."""
    parts = [part if KEEP.fullmatch(part) else part.translate(ACCENTED) for part in KEEP.split(text)]
    letters = sum(c.isalpha() for c in text)
    return "".join(parts) + "·" * (letters * 2 // 5) if letters else text


class PseudoTranslator(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):
        return pseudo(source)

    def isEmpty(self):
        return False


@pytest.fixture
def pseudo_language(qapp):
    translator = PseudoTranslator()
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def cut_texts(window: QWidget) -> list[str]:
    """Labels and buttons shown narrower (or shorter, when wrapped) than their text needs."""
    QCoreApplication.processEvents()
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or not widget.width():
            continue
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            if widget.wordWrap():
                if widget.heightForWidth(widget.width()) > widget.height() + 2:
                    found.append(f"wrapped label too short: {widget.text()[:60]!r}")
            elif widget.width() < widget.sizeHint().width():
                found.append(f"label cut ({widget.width()} < {widget.sizeHint().width()}): {widget.text()[:60]!r}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            if widget.width() < widget.sizeHint().width():
                found.append(f"button cut ({widget.width()} < {widget.sizeHint().width()}): {widget.text()[:60]!r}")
    return found


def check(window: QWidget, qtbot, what: str) -> list[str]:
    window.show()
    qtbot.waitExposed(window)
    return [f"{what}: {problem}" for problem in cut_texts(window)]


def test_no_text_is_cut_in_the_welcome_screen_and_the_main_window(qtbot, pseudo_language, tmp_path, printable):  # noqa: F811
    from ssrdesk.ui.main_window import MainWindow

    welcome = WelcomeDialog(tmp_path / "ssrdesk", tmp_path / "demo")
    qtbot.addWidget(welcome)
    problems = check(welcome, qtbot, "welcome")

    window = MainWindow(printable)
    qtbot.addWidget(window)
    assert window.navigation.item(0).text().startswith("Štàrt")  # the pseudo-language is in use
    window.show()
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)
        problems += check(window, qtbot, window.navigation.item(row).text())
    assert problems == []


def test_no_text_is_cut_in_the_wizards_and_dialogs(qtbot, pseudo_language, printable):  # noqa: F811
    from ssrdesk.ui.deadlines_dialog import DeadlinesDialog
    from ssrdesk.ui.email_texts_dialog import EmailTextsDialog
    from ssrdesk.ui.letters_dialog import LettersDialog
    from ssrdesk.ui.main_window import MainWindow
    from ssrdesk.ui.print_wizard import AlignmentDialog
    from ssrdesk.ui.tasks import cancel_all_and_wait

    window = MainWindow(printable)
    qtbot.addWidget(window)
    window.show()
    problems = []
    try:
        wizard = window.print_page.open_wizard()
        problems += check(wizard, qtbot, "print wizard, students")
        wizard.students_page.choose(2)
        wizard.next()
        problems += check(wizard, qtbot, "print wizard, options")
        wizard.next()
        problems += check(wizard, qtbot, "print wizard, plan")
        wizard.next()
        problems += check(wizard, qtbot, "print wizard, output")
        wizard.reject()

        wizard = window.email_page.open_wizard()
        for step in ("families", "passwords", "messages", "mail server"):
            problems += check(wizard, qtbot, f"e-mail wizard, {step}")
            wizard.next()
        wizard.reject()

        for name, dialog in (("letters", LettersDialog(printable, window)),
                             ("e-mail texts", EmailTextsDialog(printable, window)),
                             ("school calendar", DeadlinesDialog(printable, window)),
                             ("alignment", AlignmentDialog(printable, parent=window))):
            problems += check(dialog, qtbot, name)
            dialog.reject()
    finally:
        cancel_all_and_wait()
    assert problems == []


def test_the_pseudo_language_keeps_placeholders_and_markup():
    assert pseudo("Print {count} letters") == "Prîñt {count} léttérš······"
    assert pseudo("<b>%Ln</b> sent").startswith("<b>%Ln</b> šéñt·")
    assert QApplication.translate("", "Students") == "Students"  # nothing installed outside the fixture
