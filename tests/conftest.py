import os
import sqlite3
import tempfile

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Settings (language, window state, the last workspace) go to a scratch folder, never the developer's own.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="ssrdesk-test-settings-")

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
