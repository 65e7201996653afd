import threading
from contextlib import closing

from PySide6.QtWidgets import QPushButton

from ssrdesk.core import students
from ssrdesk.ui import import_flow


def workspace_counts(workspace):
    with closing(workspace.connect()) as connection:
        facts = students.status(connection)
    return facts["students"], facts["test_results"], len(facts["imports"])


def test_a_rejected_file_shows_its_reason_and_changes_nothing(window, workspace, import_files, score_file, tmp_path):
    notes = tmp_path / "class_list.csv"
    notes.write_text("Name,Grade\nJosé,3\n", encoding="utf-8")
    report = import_files(score_file, notes)
    table = report.files
    assert [table.item(r, 3).text() for r in range(table.rowCount())] == ["Imported", "Not imported"]
    assert report.selected_file().file == str(notes)  # opens on the file that needs reading
    reason = report.report.files[1].reason
    assert reason and reason in report.reason.text()
    assert "Nothing from this file was saved" in report.reason.text()
    assert workspace_counts(workspace) == (3, 6, 1)


def test_rejected_rows_are_listed_with_row_and_field(window, import_files, make_score_file, caaspp_students):
    bad = dict(caaspp_students[0], ssid="12345678901")  # 11 digits
    path = make_score_file("with_a_bad_row.csv", [caaspp_students[1], bad])
    report = import_files(path)
    assert report.files.item(0, 3).text() == "Imported, some rows rejected"
    assert report.files.item(0, 7).text() == "2"  # García has two tests, both rows left out
    rows = report.rows
    assert rows.isVisibleTo(report)
    assert [rows.item(0, c).text() for c in range(3)] == ["5", "SSID", "'12345678901' is not a 10-digit SSID."]


def test_cancelling_an_import_leaves_the_workspace_unchanged(qtbot, window, workspace, score_file, monkeypatch):
    reached, resume = threading.Event(), threading.Event()
    real = import_flow.import_paths

    def paused(ws, paths):
        """The real import, held at its first step: its rows are written but not committed."""
        job = real(ws, paths)
        step = next(job)
        reached.set()
        resume.wait(10)
        try:
            yield step
        except GeneratorExit:
            job.close()
            raise
        return (yield from job)

    monkeypatch.setattr(import_flow, "import_paths", paused)
    task = window.import_score_data([score_file])
    qtbot.waitUntil(reached.is_set)
    task.dialog.findChild(QPushButton).click()  # the progress dialog's Cancel
    resume.set()
    qtbot.waitUntil(lambda: not task.is_running)
    qtbot.waitUntil(lambda: "cancelled" in window.statusBar().currentMessage())
    assert workspace_counts(workspace) == (0, 0, 0)
    assert window.imports.report_dialog is None
    assert window.students_page.pages.currentWidget() is window.students_page.empty_state


def test_a_second_import_waits_for_the_first(qtbot, window, score_file, monkeypatch):
    resume = threading.Event()
    real = import_flow.import_paths

    def slow(ws, paths):
        resume.wait(10)
        return (yield from real(ws, paths))

    monkeypatch.setattr(import_flow, "import_paths", slow)
    first = window.import_score_data([score_file])
    assert window.import_score_data([score_file]) is None
    resume.set()
    qtbot.waitUntil(lambda: not first.is_running)
