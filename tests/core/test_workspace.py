import sqlite3
import stat

import pytest

from ssrdesk.core import db
from ssrdesk.core.errors import WorkspaceError
from ssrdesk.core.workspace import Workspace


def mode(path):
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_workspace_is_private_to_the_user(tmp_path):
    with Workspace.open(tmp_path / "ws") as workspace:
        assert mode(workspace.folder) == 0o700
        assert mode(workspace.database) == 0o600
        connection = workspace.connect()
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert connection.execute("PRAGMA user_version").fetchone()[0] == db.SCHEMA_VERSION
        connection.close()


def test_the_environment_variable_chooses_the_workspace(tmp_path, monkeypatch):
    monkeypatch.setenv("SSRDESK_WORKSPACE", str(tmp_path / "chosen"))
    with Workspace.open() as workspace:
        assert workspace.folder == (tmp_path / "chosen").resolve()


def test_a_second_app_cannot_open_the_same_workspace(tmp_path):
    with Workspace.open(tmp_path / "ws"):
        with pytest.raises(WorkspaceError, match="already open"):
            Workspace.open(tmp_path / "ws")
    Workspace.open(tmp_path / "ws").close()  # released on close


def test_a_workspace_from_a_newer_ssrdesk_is_refused_untouched(tmp_path):
    Workspace.open(tmp_path / "ws").close()
    database = tmp_path / "ws" / "ssrdesk.sqlite"
    connection = sqlite3.connect(database)
    connection.execute(f"PRAGMA user_version = {db.SCHEMA_VERSION + 1}")
    connection.close()
    before = database.read_bytes()
    with pytest.raises(WorkspaceError, match="newer ssrdesk"):
        Workspace.open(tmp_path / "ws")
    assert database.read_bytes() == before


def test_a_version_1_workspace_is_backed_up_then_migrated_with_its_data(tmp_path, monkeypatch):
    with monkeypatch.context() as old_ssrdesk:  # the first release knew only the first migration
        old_ssrdesk.setattr(db, "MIGRATIONS", db.MIGRATIONS[:1])
        old_ssrdesk.setattr(db, "SCHEMA_VERSION", 1)
        with Workspace.open(tmp_path / "ws") as workspace:
            connection = workspace.connect()
            connection.execute("INSERT INTO student (ssid, last_name) VALUES ('0123456789', 'Peña')")
            connection.close()
    with Workspace.open(tmp_path / "ws") as workspace:
        assert workspace.previous_version == 1
        connection = workspace.connect()
        assert connection.execute("PRAGMA user_version").fetchone()[0] == db.SCHEMA_VERSION
        assert [tuple(r) for r in connection.execute("SELECT ssid, last_name FROM student")] == [("0123456789", "Peña")]
        assert connection.execute("SELECT COUNT(*) FROM ssr").fetchone()[0] == 0  # a table of version 2
        connection.close()
    backups = list((tmp_path / "ws" / "backups").glob("*.sqlite"))
    assert len(backups) == 1 and mode(backups[0]) == 0o600
    old = sqlite3.connect(backups[0])
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    assert old.execute("SELECT last_name FROM student").fetchall() == [("Peña",)]
    old.close()


def test_a_damaged_database_gets_a_plain_message(tmp_path):
    (tmp_path / "ws").mkdir()
    (tmp_path / "ws" / "ssrdesk.sqlite").write_bytes(b"this is not a database" * 100)
    with pytest.raises(WorkspaceError, match="cannot be read"):
        Workspace.open(tmp_path / "ws")


def test_scratch_files_left_by_a_crash_are_removed_on_open(tmp_path):
    with Workspace.open(tmp_path / "ws") as workspace:
        leftover = workspace.temporary / "extracted-scores.csv"
        leftover.write_text("SSID^StudentLastName")
    Workspace.open(tmp_path / "ws").close()
    assert not leftover.exists()
