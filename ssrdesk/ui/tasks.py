"""The one way the GUI runs a long core job: on a worker thread, with progress, cancel and plain errors.

A core job is a generator yielding `Progress` (see `ssrdesk.core.tasks`). The worker only iterates it and
emits signals; every widget is touched on the GUI thread, in the slots those signals reach.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..core.errors import UserError
from ..core.tasks import Job
from .i18n import tr
from .messages import show_message

log = logging.getLogger(__name__)

LABEL_WIDTH = 440  # the progress dialog's text, in pixels

# Tasks whose worker may still be running: kept referenced here so Python never frees one mid-run.
_running: set[Task] = set()


class Task(QObject):
    progress = Signal(int, int, str)  # done, total (0 = unknown), what is happening
    finished = Signal(object)  # the job's result
    failed = Signal(str)  # a message in plain words; the traceback went to the log
    cancelled = Signal()

    def __init__(self, job: Job, title: str):
        super().__init__()
        self.title = title
        self._job = job
        self._cancel = threading.Event()
        self._worker = _Worker(self._drive)
        self.dialog: QProgressDialog | None = None

    def start(self) -> Task:
        # Connected last, so the task is forgotten only after every other slot has seen the outcome.
        for signal in (self.finished, self.failed, self.cancelled):
            signal.connect(self._forget)
        _running.add(self)
        QThreadPool.globalInstance().start(self._worker)
        return self

    def cancel(self) -> None:
        """Stop at the next step; the job's open transaction is rolled back."""
        self._cancel.set()

    @property
    def is_running(self) -> bool:
        return self in _running

    def _drive(self) -> None:  # on the worker thread
        try:
            while True:
                if self._cancel.is_set():
                    self._job.close()
                    self.cancelled.emit()
                    return
                try:
                    step = next(self._job)
                except StopIteration as done:
                    self.finished.emit(done.value)
                    return
                self.progress.emit(step.done, step.total, step.text)
        except UserError as error:
            self.failed.emit(str(error))
        except Exception as error:
            log.exception("%s failed", self.title)
            self.failed.emit(tr(
                "{task} stopped because of an unexpected problem ({error}). "
                "Nothing half-done was saved. The details are in ssrdesk.log in the workspace folder."
            ).format(task=self.title, error=f"{type(error).__name__}: {error}"))

    def _forget(self, *_) -> None:
        _running.discard(self)


class _Worker(QRunnable):
    def __init__(self, body: Callable[[], None]):
        super().__init__()
        self.setAutoDelete(False)  # the Task owns it
        self._body = body

    def run(self) -> None:
        self._body()


def cancel_all_and_wait() -> None:
    """On quit: stop every running job (rolling it back) before the workspace is closed."""
    for task in list(_running):
        task.cancel()
    QThreadPool.globalInstance().waitForDone()


def run_with_progress(
    parent: QWidget,
    job: Job,
    title: str,
    on_finished: Callable[[object], None],
    on_cancelled: Callable[[], None] | None = None,
) -> Task:
    """Run `job` behind a window-modal progress dialog with Cancel; `on_finished(result)` on success.

    Failures are shown as a plain message. The dialog is `task.dialog`, for tests.
    """
    task = Task(job, title)
    dialog = QProgressDialog(f"{title}…", tr("Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setFixedWidth(LABEL_WIDTH + 40)
    dialog.setMinimumDuration(300)  # a job that ends at once should not flash a dialog
    dialog.canceled.connect(task.cancel)
    task.dialog = dialog

    def show_step(done: int, total: int, text: str) -> None:
        # Steps name files by their full path: keep the dialog's width, drop the middle of the path.
        dialog.setLabelText(dialog.fontMetrics().elidedText(text, Qt.TextElideMode.ElideMiddle, LABEL_WIDTH))
        dialog.setMaximum(total)  # 0 = busy indicator
        dialog.setValue(min(done, total) if total else 0)

    def close_dialog() -> None:
        dialog.canceled.disconnect(task.cancel)
        dialog.hide()  # not close(): closing a QProgressDialog emits canceled
        dialog.deleteLater()

    def finished(result: object) -> None:
        close_dialog()
        on_finished(result)

    def failed(message: str) -> None:
        close_dialog()
        show_message(parent, title, message)

    def cancelled() -> None:
        close_dialog()
        if on_cancelled:
            on_cancelled()

    task.progress.connect(show_step)
    task.finished.connect(finished)
    task.failed.connect(failed)
    task.cancelled.connect(cancelled)
    return task.start()
