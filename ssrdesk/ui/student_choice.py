"""Which students a wizard works on: those selected on the Students page, those its search and choices
show, or everyone with a report. The first choice follows what the user most likely meant."""

from __future__ import annotations

from contextlib import closing

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QRadioButton, QVBoxLayout, QWidget

from ..core import choice
from ..core.workspace import Workspace
from .i18n import tr

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
                (selected, tr("The %Ln student(s) selected on the Students page", "", len(selected))),
                (shown, tr("The %Ln student(s) shown by the Students page's search and choices", "", len(shown))),
                (with_report, tr("All %Ln student(s) with a report", "", len(with_report)))):
            without = sum(1 for s in ssids if s not in having)
            if without and ssids is not with_report:
                text = tr("{choice} (%Ln have no report)", "", without).format(choice=text)
            button = QRadioButton(text)
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
