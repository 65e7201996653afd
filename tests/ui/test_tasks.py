import logging
import threading

from PySide6.QtWidgets import QMessageBox, QWidget

from ssrdesk.core.errors import UserError
from ssrdesk.core.tasks import Progress
from ssrdesk.ui.tasks import run_with_progress


def test_result_and_progress_arrive_on_the_gui_thread(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    seen = []

    def job():
        yield Progress(1, 2, "half way")
        return 42

    task = run_with_progress(parent, job(), "Counting", lambda result: seen.append((result, threading.current_thread())))
    steps = []
    task.progress.connect(lambda done, total, text: steps.append(text))
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [(42, threading.main_thread())]


def test_cancel_stops_between_steps_and_closes_the_job(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    started, closed, go_on = threading.Event(), threading.Event(), threading.Event()
    finished, cancelled = [], []

    def job():
        try:
            started.set()
            go_on.wait(10)
            yield Progress(1, 0, "working")
            yield Progress(2, 0, "never reached")
        finally:
            closed.set()

    task = run_with_progress(parent, job(), "Working", finished.append, lambda: cancelled.append(True))
    qtbot.waitUntil(started.is_set)
    task.cancel()
    go_on.set()
    qtbot.waitUntil(lambda: bool(cancelled))
    assert closed.is_set() and not finished


def test_an_unexpected_error_is_a_plain_message_and_the_traceback_is_logged(qtbot, caplog):
    parent = QWidget()
    qtbot.addWidget(parent)

    def job():
        yield Progress(0, 0, "starting")
        raise KeyError("grade")

    with caplog.at_level(logging.ERROR):
        run_with_progress(parent, job(), "Checking files", lambda result: None)
        qtbot.waitUntil(lambda: bool(parent.findChildren(QMessageBox)))
    message = parent.findChildren(QMessageBox)[0].text()
    assert message.startswith("Checking files stopped because of an unexpected problem (KeyError")
    assert "Traceback" not in message
    assert caplog.records[0].exc_info is not None


def test_a_user_error_is_shown_as_it_is(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)

    def job():
        raise UserError("The disk is full. Free some space and try again.")
        yield

    run_with_progress(parent, job(), "Saving", lambda result: None)
    qtbot.waitUntil(lambda: bool(parent.findChildren(QMessageBox)))
    assert parent.findChildren(QMessageBox)[0].text() == "The disk is full. Free some space and try again."
