"""The desktop app: open the workspace, show the main window, and close the workspace on the way out."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from .core.errors import WorkspaceError
from .core.files import make_private
from .core.workspace import DATABASE, Workspace, default_location
from .resources import app_icon_paths

EXIT_WORKSPACE = 4  # as the CLI: the workspace could not be opened

log = logging.getLogger("ssrdesk")


def main(workspace: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("ssrdesk")
    app.setOrganizationName("ssrdesk")
    app.setWindowIcon(_app_icon())
    from .ui import i18n

    i18n.install()
    folder, demo = (Path(workspace), False) if workspace else _first_workspace()
    previous = None
    while folder is not None:  # File > New/Open workspace closes the window and names the next one
        window = _run(app, folder, demo)
        if window is None:  # said why; back to the workspace that was open, if there was one
            if previous is None:
                return EXIT_WORKSPACE
            folder, demo, previous = previous, False, None
            continue
        if not workspace:
            QSettings().setValue("workspace", str(folder))  # only once it opened: the next start opens it
        previous = folder
        folder, demo = window.next_workspace, window.next_is_demo
    return 0


def _app_icon() -> QIcon:
    """Every size drawn for it, so the title bar, taskbar and Alt+Tab are sharp at any scale."""
    icon = QIcon()
    for path in app_icon_paths():
        icon.addFile(str(path))
    return icon


def _first_workspace() -> tuple[Path | None, bool]:
    """The workspace used last, or the default one if it exists; else the welcome screen asks."""
    from .ui.main_window import demo_location
    from .ui.welcome import WelcomeDialog

    remembered = QSettings().value("workspace")
    if os.environ.get("SSRDESK_WORKSPACE"):  # chosen for this start, as on the command line
        return default_location(), False
    if remembered and (Path(remembered) / DATABASE).exists():
        return Path(remembered), False
    if (default_location() / DATABASE).exists():
        return default_location(), False
    welcome = WelcomeDialog(default_location(), demo_location())
    if not welcome.exec():
        return None, False
    return welcome.folder, welcome.demo


def _run(app: QApplication, folder: Path, demo: bool):
    """Open the workspace, show the window until it closes; returns the window, or None if it could not open."""
    try:
        opened = Workspace.open(folder)
    except WorkspaceError as error:
        QMessageBox.critical(None, "ssrdesk", str(error))
        return None

    from .ui.main_window import MainWindow
    from .ui.tasks import cancel_all_and_wait

    handler = _log_to(opened)
    previous_hook = sys.excepthook
    try:
        window = MainWindow(opened)
        sys.excepthook = _unexpected(window)
        window.show()
        if demo:
            window.load_demo()
        app.exec()
        return window
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

        from .ui.i18n import tr

        show_message(window, "ssrdesk", tr("Something unexpected went wrong ({error}). The details were written to "
                                           "ssrdesk.log in the workspace folder.").format(error=f"{kind.__name__}: {error}"))

    return hook
