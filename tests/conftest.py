import os
import sqlite3

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from ssrdesk.core.workspace import Workspace  # noqa: E402


@pytest.fixture
def workspace(tmp_path):
    with Workspace.open(tmp_path / "workspace") as opened:
        yield opened


def dump(workspace) -> list[str]:
    """Every row of every table, to prove a failed import left the database exactly as it was."""
    connection = sqlite3.connect(workspace.database)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()
