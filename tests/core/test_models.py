import sqlite3

from sqlmodel import SQLModel

from ssrdesk.core import history, models  # noqa: F401  (registers the tables)


def test_the_models_describe_exactly_the_migrated_schema(workspace):
    connection = sqlite3.connect(workspace.database)
    for table in SQLModel.metadata.sorted_tables:
        migrated = [row[1] for row in connection.execute(f"PRAGMA table_info({table.name})")]
        assert migrated == [c.name for c in table.columns], table.name
    tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert tables == {t.name for t in SQLModel.metadata.sorted_tables}
    connection.close()


def test_the_import_history_lists_newest_first(workspace):
    connection = sqlite3.connect(workspace.database)
    for name in ("first.csv", "second.csv"):
        connection.execute(
            "INSERT INTO data_file (name, sha256, kind, imported_at) VALUES (?, '', 'score data', '2026-11-23')", (name,)
        )
    connection.commit()
    connection.close()
    assert [f.name for f in history.imports(workspace)] == ["second.csv", "first.csv"]
