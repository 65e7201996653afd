"""The welcome checklist's numbers, on a real demo workspace."""

from ssrdesk.core.demo.district import fill_workspace
from ssrdesk.core.readiness import readiness
from ssrdesk.core.tasks import run
from ssrdesk.core.workspace import Workspace


def test_an_empty_workspace_needs_all_three_imports(tmp_path):
    with Workspace.open(tmp_path / "ws") as workspace, workspace.connect() as connection:
        found = readiness(connection)
    assert (found.score_files, found.students, found.reports, found.contact_files) == (0, 0, 0, 0)
    assert not found.imported_everything


def test_the_demo_counts_families_without_email_or_any_address(tmp_path):
    with Workspace.open(tmp_path / "ws") as workspace:
        run(fill_workspace(workspace, students=60))
        with workspace.connect() as connection:
            found = readiness(connection)
            students = connection.execute("SELECT COUNT(*) FROM student").fetchone()[0]
            no_email = connection.execute(
                "SELECT COUNT(*) FROM student s WHERE NOT EXISTS"
                " (SELECT 1 FROM guardian g WHERE g.ssid = s.ssid AND g.email LIKE '%@%.%')").fetchone()[0]
    assert found.imported_everything
    assert found.score_files == 2 and found.contact_files == 1
    assert found.students == students > 0 and found.reports > 0
    assert 0 < found.students_without_email == no_email < found.students
    assert found.students_without_address <= min(found.students_without_email, found.students_without_mailing_address)
