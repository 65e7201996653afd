"""Printing reports for mailing from the GUI: the wizard from the choice of students to the written batches,
cancelling and going back without writing anything, print runs on the Print page, letters and alignment."""

import threading
from contextlib import closing

import pypdfium2 as pdfium
import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

from ssrdesk.core import contacts, distribution
from ssrdesk.core.datafiles.importer import import_paths
from ssrdesk.core.demo.district import build_demo
from ssrdesk.core.printing.letters import default_text, load_school, templates
from ssrdesk.core.tasks import run
from ssrdesk.ui import print_wizard
from ssrdesk.ui.letters_dialog import LettersDialog


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """A small invented district: score data, an SIS contacts export and the Student Score Report PDFs."""
    return build_demo(tmp_path_factory.mktemp("demo"), students=60, seed=7)


@pytest.fixture
def printable(workspace, demo):
    run(import_paths(workspace, demo.score_zips))
    run(contacts.import_contacts(workspace, demo.contacts, contacts.choose_mapping(workspace, demo.contacts, None, [])))
    run(import_paths(workspace, demo.report_pdfs))
    return workspace


@pytest.fixture
def main(window, printable):
    """The main window on the imported workspace."""
    window.refresh()
    return window


def print_runs(workspace):
    with closing(workspace.connect()) as connection:
        return distribution.print_runs(connection)


def open_wizard(main):
    main.navigation.setCurrentRow(main.pages.indexOf(main.print_page))
    return main.print_page.open_wizard()


def message_boxes():
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def select_rows(table, rows):
    table.clearSelection()
    for row in rows:
        table.selectionModel().select(
            table.model().index(row, 0), table.selectionModel().SelectionFlag.Select
            | table.selectionModel().SelectionFlag.Rows)


def test_the_print_page_offers_an_import_before_there_are_reports(window):
    page = window.print_page
    assert page.pages.currentWidget() is page.empty_state


def test_the_wizard_walks_from_students_to_written_batches(qtbot, main, printable, tmp_path):
    students = main.students_page
    select_rows(students.table, [0, 1, 2])
    wizard = open_wizard(main)
    choices = [wizard.students_page.group.button(n).text() for n in range(3)]
    assert choices[0] == "The 3 students selected on the Students page"
    assert choices[2].startswith("All ") and choices[2].endswith(" students with a report")
    assert wizard.students_page.group.checkedId() == 0
    assert wizard.students_page.ssids() == students.selected_ssids()

    wizard.students_page.choose(2)  # everyone with a report
    wizard.next()
    options = wizard.options_page
    assert wizard.currentPage() is options
    for box in options.reports.values():
        box.setChecked(False)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # no kind of report chosen
    options.reports["CAASPP"].setChecked(True)
    options.reports["ELPAC"].setChecked(True)
    options.order.setCurrentIndex(options.order.findData("grade"))
    options.max_sheets.setValue(20)
    options.cover_letter.setChecked(True)
    assert not options.address_sheet.isEnabled()  # the letter carries the address
    assert options.options().reports == ("CAASPP", "ELPAC") and options.options().cover_letter

    wizard.next()
    page = wizard.plan_page
    assert wizard.currentPage() is page
    assert "Nothing has been written yet" in page.summary.text()
    assert page.batches.rowCount() == len(wizard.plan.batches) > 1
    assert page.batches.horizontalHeaderItem(4).text() == "With a cover letter"
    assert not page.preview.image.isNull()
    assert "Batch 1, first envelope:" in page.caption.text() and "cover letter" in page.caption.text()
    page.batches.setCurrentCell(1, 0)
    assert not page.preview.image.isNull() and "Batch 2, first envelope:" in page.caption.text()
    assert not any(printable.temporary.iterdir())  # the preview's scratch files are gone

    wizard.next()
    output = wizard.output_page
    assert wizard.currentPage() is output
    assert "Print plan:" in output.summary.toPlainText()
    assert wizard.buttonText(QWizard.WizardButton.FinishButton) == "Write print files"
    folder = tmp_path / "print files"
    output.folder.setText(str(folder))
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=60000)

    written = wizard.result
    assert not wizard.isVisible()
    assert {f.path for f in written.files} == set(folder.glob("batch * per envelope*.pdf"))
    assert (folder / "manifest.csv").exists() and (folder / "summary.txt").exists()
    with closing(pdfium.PdfDocument(str(written.files[0].path))) as first:
        assert len(first) == written.files[0].pages
    box = wizard.result_box
    assert box.isVisible() and "Wrote" in box.text() and written.files[0].path.name in box.text()
    assert box.open_button.text() == "Open folder"

    runs = main.print_page.runs
    assert runs.rowCount() == 1
    assert runs.item(0, 3).text() == str(folder) and runs.item(0, 4).text() == "Printed"
    runs.selectRow(0)
    confirm = main.print_page.confirm_undo()
    envelopes = sum(f.envelopes for f in written.files)
    assert f"these {envelopes:,} envelopes will count as not printed" in confirm.text()
    confirm.undo_button.click()
    assert runs.item(0, 4).text().startswith("Undone")
    assert print_runs(printable)[0]["undone_at"]
    assert not main.print_page.undo_button.isEnabled()


def test_left_out_students_are_listed_with_the_reason(qtbot, main):
    wizard = open_wizard(main)
    wizard.next()
    options = wizard.options_page
    options.address_sheet.setCurrentIndex(options.address_sheet.findData("never"))
    wizard.next()
    page = wizard.plan_page
    rows = [tuple(page.left_out.item(row, column).text() for column in range(3))
            for row in range(page.left_out.rowCount())]
    assert rows == [(x.student, x.ssid, x.reason) for x in wizard.plan.left_out]
    assert any("address sheets are turned off" in reason for _, _, reason in rows)
    assert page.notes.tabText(print_wizard.LEFT_OUT_TAB) == f"Left out ({len(rows)})"


@pytest.fixture
def held_assemble(monkeypatch):
    """assemble, stopping after its first step until `go` is set."""
    real, go, started = print_wizard.assemble, threading.Event(), threading.Event()

    def held(*args):
        job = real(*args)
        try:
            yield next(job)
            started.set()
            go.wait(10)
            return (yield from job)
        finally:
            job.close()

    monkeypatch.setattr(print_wizard, "assemble", held)
    return started, go


def test_cancelling_the_writing_leaves_nothing_written_or_marked_printed(qtbot, main, printable, tmp_path,
                                                                         held_assemble):
    started, go = held_assemble
    wizard = open_wizard(main)
    wizard.next()
    wizard.next()
    wizard.next()
    folder = tmp_path / "cancelled"
    wizard.output_page.folder.setText(str(folder))
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(started.is_set)
    wizard.task.cancel()
    go.set()
    qtbot.waitUntil(lambda: any("No print files were written" in box.text() for box in message_boxes()))
    assert wizard.isVisible() and wizard.currentPage() is wizard.output_page  # to try again
    assert wizard.result is None
    assert not list(folder.rglob("*"))
    assert print_runs(printable) == []


def test_going_back_and_cancelling_the_wizard_writes_nothing(qtbot, main, printable, tmp_path):
    wizard = open_wizard(main)
    wizard.next()
    wizard.options_page.two_sided.setChecked(False)
    wizard.options_page.one_sided.setChecked(True)
    wizard.next()
    one_sided = wizard.plan.sheet_total
    wizard.back()
    wizard.options_page.two_sided.setChecked(True)
    wizard.next()
    assert wizard.plan.sheet_total < one_sided  # the plan follows the options
    wizard.next()
    wizard.output_page.folder.setText(str(tmp_path / "never"))
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert not wizard.isVisible()
    assert not (tmp_path / "never").exists()
    assert print_runs(printable) == []
    assert not any(printable.temporary.iterdir())


def test_a_plan_that_cannot_be_made_keeps_the_user_on_the_options(qtbot, main):
    wizard = open_wizard(main)
    wizard.next()
    wizard.students_page.lists[wizard.students_page.group.checkedId()].clear()  # the students vanished
    wizard.next()
    assert wizard.currentPage() is wizard.options_page
    assert any(box.text().startswith("No students are chosen") for box in message_boxes())


def test_letters_are_saved_and_an_unknown_merge_field_is_refused(qtbot, printable):
    dialog = LettersDialog(printable)
    qtbot.addWidget(dialog)
    dialog.school_name.setText("Lincoln Elementary")
    dialog.return_address.setPlainText("12 Oak St\nFresno, CA 93701")
    dialog.contact_name.setText("Ms. Reyes")
    dialog.contact_phone.setText("(559) 555-0100")
    dialog.language.setCurrentText("Spanish")
    dialog.editor.setPlainText("Estimada familia de ")
    dialog.editor.moveCursor(QTextCursor.MoveOperation.End)
    dialog.insert_field("student_first_name")
    assert dialog.editor.toPlainText() == "Estimada familia de {student_first_name}"
    assert dialog.save()
    with closing(printable.connect()) as connection:
        assert templates(connection)["Spanish"] == "Estimada familia de {student_first_name}"
        school = load_school(connection)
    assert school.name == "Lincoln Elementary" and school.address_lines == ("12 Oak St", "Fresno, CA 93701")

    dialog.language.setCurrentText("English")
    dialog.editor.setPlainText("Dear {nombre},")
    dialog.language.setCurrentText("Korean")
    assert not dialog.save()
    assert dialog.language.currentText() == "English"  # shows the letter that was refused
    assert "{nombre}" in dialog.problem.text() and "not a merge field" in dialog.problem.text()
    with closing(printable.connect()) as connection:
        assert templates(connection)["English"] == default_text("English")

    dialog.reset_to_default()
    dialog.language.setCurrentText("Spanish")
    dialog.reset_to_default()
    assert dialog.save() and dialog.problem.text() == ""
    with closing(printable.connect()) as connection:
        assert templates(connection)["Spanish"] == default_text("Spanish")


def test_the_alignment_sheet_is_saved_and_the_offset_shown_in_the_wizard(qtbot, main, printable, tmp_path):
    wizard = open_wizard(main)
    wizard.next()
    options = wizard.options_page
    assert options.offset.text() == "No offset saved: pages print as laid out"
    dialog = options.open_alignment()
    assert dialog.save_sheet(tmp_path / "alignment.pdf") == tmp_path / "alignment.pdf"
    assert (tmp_path / "alignment.pdf").stat().st_size > 0
    dialog.right.setValue(0.06)
    dialog.down.setValue(-0.03)
    assert dialog.save_offset()
    dialog.reject()
    assert options.offset.text() == "Offset: 0.06 in right, 0.03 in up"
    options.printer.setCurrentText("Office LaserJet")
    assert options.offset.text() == "No offset saved: pages print as laid out"
