import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from ssrdesk import app
from ssrdesk.core.workspace import Workspace


def test_a_workspace_open_in_another_window_is_refused_with_a_message(qapp, workspace, monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: said.append(text))
    assert app.main(str(workspace.folder)) == app.EXIT_WORKSPACE
    assert "already open in another ssrdesk window" in said[0]


def test_the_app_opens_the_workspace_and_releases_it_on_quit(qapp, tmp_path, monkeypatch):
    # Not the real event loop: once QApplication.exec() has run, qtbot.wait() starves worker threads.
    shown = []
    monkeypatch.setattr(QApplication, "exec", lambda self: shown.extend(self.topLevelWidgets()) or 0)
    hook = sys.excepthook
    assert app.main(str(tmp_path / "ws")) == 0
    assert any(w.windowTitle() == "ssrdesk — ws" and w.isVisible() for w in shown)
    assert sys.excepthook is hook
    Workspace.open(tmp_path / "ws").close()  # not locked any more
    assert (tmp_path / "ws" / "ssrdesk.log").exists()
