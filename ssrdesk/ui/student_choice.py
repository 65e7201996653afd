"""Which students a wizard works on: those selected on the Students page, those its search and choices
show, or everyone with a report. The first choice follows what the user most likely meant."""

from __future__ import annotations

from contextlib import closing

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QRadioButton, QVBoxLayout, QWidget

from ..core import choice
from ..core.words import counted
from ..core.workspace import Workspace

SELECTED, SHOWN, EVERYONE = range(3)


class StudentChoice(QWidget):
    changed = Signal()

    def __init__(self, workspace: Workspace, selected: list[str], shown: list[str], parent=None):
        """`selected` and `shown`: SSIDs of the students selected, and shown, on the Students page."""
        super().__init__(parent)
        with closing(workspace.connect()) as connection:
            with_report = choice.students_in_grades(connection, [])
        having = set(with_report)
        self.group = QButtonGroup(self)
        self.lists: list[list[str]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for ssids, text in (
                (selected, "The {} selected on the Students page"),
                (shown, "The {} shown by the Students page's search and choices"),
                (with_report, "All {} with a report")):
            count = counted(len(ssids), "student", "students")
            without = sum(1 for s in ssids if s not in having)
            note = f" ({counted(without, 'has', 'have')} no report)" if without and ssids is not with_report else ""
            button = QRadioButton(text.format(count) + note)
            button.setEnabled(bool(ssids))
            self.group.addButton(button, len(self.lists))
            self.lists.append(list(ssids))
            layout.addWidget(button)
        self.group.button(_first_choice(selected, shown, with_report)).setChecked(True)
        self.group.idToggled.connect(lambda _, on: on and self.changed.emit())

    def choose(self, which: int) -> None:
        """SELECTED, SHOWN or EVERYONE (with a report)."""
        self.group.button(which).setChecked(True)

    def ssids(self) -> list[str]:
        return self.lists[self.group.checkedId()]


def _first_choice(selected: list[str], shown: list[str], with_report: list[str]) -> int:
    """A handful of students picked on purpose, else a search or choice, else everyone."""
    if len(selected) > 1:
        return SELECTED
    if shown and len(set(shown)) < len(with_report):
        return SHOWN
    return EVERYONE if with_report else SHOWN
