"""The desktop app: open the workspace, show the main window, and close the workspace on the way out."""

from __future__ import annotations

import logging
import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from .core.errors import WorkspaceError
from .core.files import make_private
from .core.workspace import Workspace

EXIT_WORKSPACE = 4  # as the CLI: the workspace could not be opened

log = logging.getLogger("ssrdesk")


def main(workspace: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("ssrdesk")
    app.setOrganizationName("ssrdesk")
    try:
        opened = Workspace.open(workspace)
    except WorkspaceError as error:
        QMessageBox.critical(None, "ssrdesk", str(error))
        return EXIT_WORKSPACE

    from .ui.main_window import MainWindow
    from .ui.tasks import cancel_all_and_wait

    handler = _log_to(opened)
    previous_hook = sys.excepthook
    try:
        window = MainWindow(opened)
        sys.excepthook = _unexpected(window)
        window.show()
        return app.exec()
    finally:
        cancel_all_and_wait()  # a running import rolls back before the lock is released
        sys.excepthook = previous_hook
        log.removeHandler(handler)
        handler.close()
        opened.close()


def _log_to(workspace: Workspace) -> logging.Handler:
    """Tracebacks go to ssrdesk.log inside the (private) workspace, never into a dialog."""
    path = workspace.folder / "ssrdesk.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    make_private(path)
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return handler


def _unexpected(window):
    """A bug in a click handler: log it, tell the user plainly, keep the app running."""

    def hook(kind, error, trace):
        log.error("Unexpected error", exc_info=(kind, error, trace))
        from .ui.messages import show_message

        show_message(window, "ssrdesk", f"Something unexpected went wrong ({kind.__name__}: {error}). "
                     "The details were written to ssrdesk.log in the workspace folder.")

    return hook
