"""The Activity page's dashboard: families reached and by which route, deadlines, and the manual mark."""

import re
from contextlib import closing
from datetime import date

import pytest
from PySide6.QtCore import Qt

from ssrdesk.cli import main
from ssrdesk.core import compliance
from ssrdesk.core.workspace import Workspace
from ssrdesk.ui.activity_page import ActivityPage


@pytest.fixture
def district(tmp_path):
    folder = tmp_path / "demo"
    assert main(["demo", str(folder), "--students", "40", "--json"]) == 0
    assert main(["--workspace", str(folder), "deadlines", "--received", "CAASPP=2026-01-05"]) == 0
    with Workspace.open(folder) as workspace:
        yield workspace


def shown(label) -> str:
    return re.sub(r"<[^>]+>", "", label.text())


def test_the_dashboard_counts_families_and_a_hand_out_reaches_one(qtbot, district):
    page = ActivityPage(district)
    qtbot.addWidget(page)
    page.show()
    with closing(district.connect()) as connection:
        numbers = compliance.dashboard(connection, date.today())
    assert f"0 of {numbers['families']} families reached" in shown(page.summary)
    assert f"{numbers['overdue']} overdue" in shown(page.summary) and numbers["overdue"] > 0  # received in January
    assert page.waiting.rowCount() == numbers["not_reached"]
    assert "overdue" in page.waiting.item(0, 4).text()
    assert not page.hand_out_button.isEnabled()
    page.waiting.selectRow(0)
    chosen = page.waiting.item(0, 0).data(Qt.ItemDataRole.UserRole)
    assert page.selected_ssids() == [chosen] and page.hand_out_button.isEnabled()
    with closing(district.connect()) as connection:
        compliance.hand_out(connection, [chosen], "parent conference")
    page.refresh_distribution()
    assert "1 of" in shown(page.summary) and "1 in person" in shown(page.summary)
    assert page.waiting.rowCount() == numbers["not_reached"] - 1
    page.everyone.setChecked(True)
    assert page.waiting.rowCount() == numbers["families"]
