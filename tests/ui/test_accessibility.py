"""Keyboard-only use and names for screen readers: every control a user can reach says what it is, every page
is a shortcut away, and the print and e-mail flows can be walked without a mouse."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QTextEdit,
    QWidget, QWizard,
)

from ssrdesk.ui.welcome import WelcomeDialog
from tests.ui.test_print_wizard import demo, main, printable  # noqa: F401  (fixtures)

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QTextEdit, QPlainTextEdit)


def nameless(window: QWidget) -> list[str]:
    """Controls reachable with Tab that have neither text, an accessible name, nor a label pointing at them
    (or at the row holding them)."""
    labelled = {label.buddy() for label in window.findChildren(QLabel) if label.buddy() is not None}
    found = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(window):
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)):
            continue
        if widget.accessibleName() or (isinstance(widget, QAbstractButton) and widget.text()):
            continue
        holder = widget
        while holder is not None and holder not in labelled and holder is not window:
            holder = holder.parentWidget()
        if holder is None or holder is window:
            found.append(f"{type(widget).__name__} {widget.objectName() or ''} tip={widget.toolTip()[:40]!r}")
    return found


def test_every_control_on_every_page_has_a_name(qtbot, main, tmp_path):  # noqa: F811
    welcome = WelcomeDialog(tmp_path / "ssrdesk", tmp_path / "demo")
    qtbot.addWidget(welcome)
    welcome.show()
    problems = [f"welcome: {p}" for p in nameless(welcome)]
    for row in range(main.navigation.count()):
        main.navigation.setCurrentRow(row)
        problems += [f"{main.navigation.item(row).text()}: {p}" for p in nameless(main)]
    assert problems == [], "\n".join(problems)


def test_pages_and_wizards_are_a_shortcut_away(qtbot, main):  # noqa: F811
    for row in range(main.navigation.count()):
        qtbot.keyClick(main, Qt.Key.Key_1 + row, Qt.KeyboardModifier.ControlModifier)
        assert main.navigation.currentRow() == row
    assert main.navigation.item(2).toolTip() == "Ctrl+3"

    qtbot.keyClick(main, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    wizard = main.print_page.wizard
    assert wizard.isVisible() and nameless(wizard) == []
    wizard.students_page.choose(2)
    for page in ("options_page", "plan_page", "output_page"):  # Enter presses Next, as a keyboard user would
        qtbot.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda page=page: wizard.currentPage() is getattr(wizard, page), timeout=15000)
        assert nameless(wizard) == [], page
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert not wizard.isVisible()

    qtbot.keyClick(main, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    wizard = main.email_page.wizard
    assert wizard.isVisible() and nameless(wizard) == []
    qtbot.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_Return)
    assert wizard.button(QWizard.WizardButton.BackButton).isEnabled()  # on to the passwords
    assert nameless(wizard) == []
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
