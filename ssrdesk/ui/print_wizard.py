"""Print reports for mailing: which students, how, the plan with a look at each batch, then the files.

Nothing is written until the last page's "Write print files": the plan is worked out in memory, and the
preview is cut into a scratch file inside the workspace that is deleted as soon as it is drawn.
"""

from __future__ import annotations

import secrets
from contextlib import closing
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QImage, QPainter, QPen
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QButtonGroup, QCheckBox, QComboBox, QDialog, QDialogButtonBox,
    QDoubleSpinBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QMessageBox, QPlainTextEdit, QPushButton, QRadioButton, QSizePolicy, QSpinBox,
    QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget, QWizard, QWizardPage,
)

from ..core import choice, distribution
from ..core.errors import UserError
from ..core.printing import plan as planning
from ..core.printing.assemble import PrintResult, assemble, earlier_print_files, preview, summary_text
from ..core.printing.envelopes import (
    DEFAULT_PRINTER, PAGE_HEIGHT, PAGE_WIDTH, EnvelopeProfile, Offset, Zone, printer_offset, profiles,
    save_printer_offset,
)
from ..core.printing.letters import blank_letter_fields, load_school
from ..core.printing.plan import Batch, Plan, PrintOptions
from ..core.printing.sheets import calibration_sheet
from ..core.workspace import Workspace
from .i18n import core_text, tr
from .icons import GREEN, RED, warning_text, standard
from .letters_dialog import LettersDialog
from .messages import show_message
from .student_table import grade_label
from .tasks import Task, run_with_progress
from .widgets import (
    choice_box, documents, field_column, field_row, fit_columns, open_folder, plain_table, unused_folder, wrapped_label,
)

TITLE = QT_TRANSLATE_NOOP("", "Print reports for mailing")
WINDOW_BLUE = "#1f6fd1"
PREVIEW_DPI = 120  # sharp enough when the page is drawn about 300-700 pixels wide
PREVIEW_WIDTH = 330  # pixels, on the plan page
STUDENTS, OPTIONS, PLAN, OUTPUT = range(4)

ADDRESS_SHEETS = {
    "auto": QT_TRANSLATE_NOOP("", "When needed: the SIS address differs from the report's, or the report has none"),
    "always": QT_TRANSLATE_NOOP("", "Always: every envelope starts with an address sheet"),
    "never": QT_TRANSLATE_NOOP("", "Never: only reports whose own address shows in the window are mailed"),
}
COPIES = {
    "english": QT_TRANSLATE_NOOP("", "The English copy only"),
    "translated": QT_TRANSLATE_NOOP("", "The copy in the family's language where there is one, else the English copy"),
    "both": QT_TRANSLATE_NOOP("", "Both: the English copy, then the copy in the family's language"),
}
ORDERS = {"name": QT_TRANSLATE_NOOP("", "Student name"), "grade": QT_TRANSLATE_NOOP("", "Grade, then name"),
          "teacher": QT_TRANSLATE_NOOP("", "Teacher, then name"), "zip": QT_TRANSLATE_NOOP("", "ZIP code, then name")}


def translated(labels: dict[str, str]) -> dict[str, str]:
    """A choice's labels, marked with QT_TRANSLATE_NOOP, in the user's language."""
    return {value: tr(label) for value, label in labels.items()}


def offset_text(offset: Offset) -> str:
    if offset == Offset():
        return tr("No offset saved: pages print as laid out")
    across = (tr("{inches} in right") if offset.right >= 0 else tr("{inches} in left")).format(
        inches=f"{abs(offset.right):.2f}")
    down = (tr("{inches} in down") if offset.down >= 0 else tr("{inches} in up")).format(
        inches=f"{abs(offset.down):.2f}")
    return tr("Offset: {across}, {down}").format(across=across, down=down)


def printer_choice(printer: str = DEFAULT_PRINTER) -> QComboBox:
    """The printers this computer knows, and any name typed in (offsets are saved per printer name)."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItems([core_text(DEFAULT_PRINTER), *QPrinterInfo.availablePrinterNames()])
    combo.setCurrentText(core_text(printer) if printer == DEFAULT_PRINTER else printer)
    combo.setAccessibleName(tr("Printer"))
    combo.setMinimumContentsLength(24)
    return combo


def chosen_printer(combo: QComboBox) -> str:
    """The printer's name as offsets are saved under: DEFAULT_PRINTER in English whatever the language shown."""
    name = combo.currentText().strip()
    return DEFAULT_PRINTER if name in ("", core_text(DEFAULT_PRINTER)) else name


def envelope_choice(workspace: Workspace, envelope: str = "no10") -> QComboBox:
    combo = QComboBox()
    with closing(workspace.connect()) as connection:
        for name, profile in profiles(connection).items():
            combo.addItem(core_text(profile.label), name)
    combo.setCurrentIndex(max(combo.findData(envelope), 0))
    combo.setAccessibleName(tr("Envelope"))
    return combo


class PrintWizard(QWizard):
    printed = Signal(object)  # the PrintResult, once the files are written and the reports marked printed

    def __init__(self, workspace: Workspace, selected: list[str], shown: list[str], parent=None):
        """`selected` and `shown`: SSIDs of the students selected, and shown, on the Students page."""
        super().__init__(parent)
        self.workspace = workspace
        self.plan: Plan | None = None
        self.task: Task | None = None
        self.result: PrintResult | None = None
        self.result_box: QMessageBox | None = None
        self.setWindowTitle(tr(TITLE))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setMinimumSize(900, 640)
        # The plan page's tables and preview want more room than the minimum.
        screen = (parent.screen() if parent else QApplication.primaryScreen()).availableGeometry()
        self.resize(min(1120, screen.width()), min(760, int(screen.height() * 0.85)))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("Write print files"))
        self.students_page = StudentsChoicePage(workspace, selected, shown)
        self.options_page = OptionsPage(workspace)
        self.plan_page = PlanPage(workspace)
        self.output_page = OutputPage()
        for page in (self.students_page, self.options_page, self.plan_page, self.output_page):
            self.addPage(page)

    def make_plan(self) -> bool:
        """Work out the plan for the chosen students and options; False (with the reason shown) if it cannot be."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with closing(self.workspace.connect()) as connection:
                self.plan = planning.plan(connection, self.students_page.ssids(), self.options_page.options())
        except UserError as error:
            show_message(self, tr(TITLE), str(error))
            return False
        finally:
            QApplication.restoreOverrideCursor()
        return True

    def write_files(self, folder: Path) -> Task | None:
        if self.task is not None and self.task.is_running:
            return None
        self.task = run_with_progress(self, assemble(self.workspace, self.plan, folder), tr("Writing print files"),
                                      self._written, self._cancelled)
        return self.task

    def _written(self, result: PrintResult) -> None:
        self.result = result
        self.printed.emit(result)
        self.result_box = _result_box(result, self.parentWidget())
        self.accept()
        self.result_box.open()

    def _cancelled(self) -> None:
        show_message(self, tr("Writing print files"), tr("Cancelled. No print files were written and no report was "
                                                         "marked as printed."), QMessageBox.Icon.Information)


def _result_box(result: PrintResult, parent: QWidget | None) -> QMessageBox:
    files = "".join("<li>{}: {}, {}</li>".format(escape(f.path.name), tr("%Ln envelope(s)", "", f.envelopes),
                                                  tr("%Ln page(s)", "", f.pages)) for f in result.files)
    wrote = tr("Wrote %Ln print file(s) to <b>{folder}</b>:", "", len(result.files)).format(
        folder=escape(str(result.folder)))
    how = tr("Print each file at actual size (100%). manifest.csv and each batch's manifest PDF list the envelopes "
             "in order, to check the stack as it comes out of the printer.")
    undo = tr("These reports now count as printed. If the printed pages are lost, undo this print run on the Print "
              "page.")
    box = QMessageBox(QMessageBox.Icon.Information, tr("Print files written"),
                      f"{wrote}<ul>{files}</ul>{how}<br><br>{undo}", QMessageBox.StandardButton.Close, parent)
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open_button = box.addButton(tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
    box.open_button.clicked.connect(lambda: open_folder(result.folder))
    box.setDefaultButton(box.open_button)
    return box


# ---- 1. students ----

class StudentsChoicePage(QWizardPage):
    def __init__(self, workspace: Workspace, selected: list[str], shown: list[str]):
        super().__init__()
        self.setTitle(tr("Which students?"))
        self.setSubTitle(tr("Each student's reports go in one envelope. Students who cannot get one — no report, "
                            "or no address — are listed with the reason before anything is written."))
        with closing(workspace.connect()) as connection:
            with_report = choice.students_in_grades(connection, [])
            to_print = list(distribution.print_list(connection))
        having = set(with_report)
        self.group = QButtonGroup(self)
        self.lists: dict[int, list[str]] = {}
        layout = QVBoxLayout(self)
        for which, ssids, text in (
                (0, selected, tr("The %Ln student(s) selected on the Students page", "", len(selected))),
                (1, shown, tr("The %Ln student(s) shown by the Students page's search and choices", "", len(shown))),
                (3, to_print, tr("The %Ln student(s) on the print list (no e-mail address, or their e-mail bounced)",
                                 "", len(to_print))),
                (2, with_report, tr("All %Ln student(s) with a report", "", len(with_report)))):
            without = sum(1 for s in ssids if s not in having)
            if without and ssids is not with_report:
                text += " " + tr("(%Ln has/have no report)", "", without)
            button = QRadioButton(text)
            button.setEnabled(bool(ssids))
            self.group.addButton(button, which)
            self.lists[which] = list(ssids)
            layout.addWidget(button)
        hint = wrapped_label()
        hint.setText(tr("To print for a few students, select them on the Students page first: Ctrl-click or "
                        "Shift-click selects several. To print for a school or grade, choose it there."))
        hint.setStyleSheet("color: gray;")
        layout.addSpacing(12)
        layout.addWidget(hint)
        layout.addStretch(1)
        self.group.button(self._first_choice(selected, shown, with_report)).setChecked(True)

    @staticmethod
    def _first_choice(selected: list[str], shown: list[str], with_report: list[str]) -> int:
        """A handful of students picked on purpose, else a search or choice, else everyone."""
        if len(selected) > 1:
            return 0
        if shown and len(set(shown)) < len(with_report):
            return 1
        return 2 if with_report else 1

    def choose(self, which: int) -> None:
        """0: the selected students, 1: those shown, 2: everyone with a report, 3: the print list."""
        self.group.button(which).setChecked(True)

    def ssids(self) -> list[str]:
        return self.lists[self.group.checkedId()]

    def isComplete(self) -> bool:
        return bool(self.ssids())


# ---- 2. options ----

class OptionsPage(QWizardPage):
    def __init__(self, workspace: Workspace):
        super().__init__()
        self.workspace = workspace
        self.setTitle(tr("How to print"))
        self.setSubTitle(tr("The envelopes, the printer and what goes in each envelope."))
        defaults = PrintOptions()

        self.envelope = envelope_choice(workspace, defaults.envelope)
        self.printer = printer_choice(defaults.printer)
        self.offset = QLabel()
        alignment = QPushButton(tr("Ali&gnment sheet…"))
        alignment.setToolTip(tr("Print a test sheet to check the address lands in the window, and save this "
                                "printer's offset"))
        alignment.clicked.connect(self.open_alignment)
        self.envelope.currentIndexChanged.connect(self._show_offset)
        self.printer.currentTextChanged.connect(self._show_offset)

        self.two_sided = QRadioButton(tr("&Two-sided"))
        self.one_sided = QRadioButton(tr("One-&sided"))
        self.two_sided.setChecked(defaults.duplex)
        self.one_sided.setChecked(not defaults.duplex)
        self.address_sheet = choice_box(translated(ADDRESS_SHEETS), defaults.address_sheet, tr("Address sheet"))
        self.cover_letter = QCheckBox(tr("Start each envelope with a &cover letter in the family's language"))
        self.cover_letter.setToolTip(tr("The letter carries the address shown in the envelope window, so no address "
                                        "sheet is needed."))
        self.cover_letter.setChecked(defaults.cover_letter)
        self.cover_letter.toggled.connect(self._cover_letter_toggled)
        letters = QPushButton(tr("&Edit letters…"))
        letters.clicked.connect(lambda: self.open_letters())
        self.letter_note = QLabel()
        self.letter_note.setStyleSheet(f"color: {warning_text()};")
        self.letter_note.setWordWrap(True)
        self.copies = choice_box(translated(COPIES), defaults.languages, tr("Copies of translated reports"))
        self.reports = {}
        for code, label in choice.REPORT_GROUPS.items():
            box = QCheckBox(core_text(label))
            box.setChecked(code in defaults.reports)
            box.toggled.connect(self.completeChanged)
            self.reports[code] = box
        self.order = choice_box(translated(ORDERS), defaults.sort, tr("Order of the envelopes"))
        self.max_sheets = QSpinBox()
        self.max_sheets.setRange(1, 5000)
        self.max_sheets.setValue(defaults.max_sheets)
        self.max_sheets.setSuffix(tr(" sheets"))
        self.max_sheets.setAccessibleName(tr("Most sheets per file"))

        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(tr("En&velope:"), self.envelope)
        form.addRow(tr("&Printer:"), field_row(self.printer, self.offset, alignment))
        form.addRow(tr("Sides:"), field_row(self.two_sided, self.one_sided))
        form.addRow(tr("A&ddress sheet:"), self.address_sheet)
        form.addRow(tr("Cover letter:"), field_column(self.cover_letter, field_row(letters), self.letter_note))
        form.addRow(tr("Tr&anslated reports:"), self.copies)
        form.addRow(tr("Reports:"), field_row(*self.reports.values()))
        form.addRow(tr("&Order:"), self.order)
        tray = QLabel(tr("what your printer's tray holds; larger batches are split into several files"))
        tray.setStyleSheet("color: gray;")
        form.addRow(tr("&Most sheets per file:"), field_row(self.max_sheets, tray))
        self.reprint = QCheckBox(tr("Include students whose reports were already printed in an earlier run"))
        self.reprint.setAccessibleName(tr("Reprint"))
        form.addRow(tr("Printed before:"), self.reprint)
        self._show_offset()
        self._cover_letter_toggled(self.cover_letter.isChecked())

    def options(self) -> PrintOptions:
        return PrintOptions(
            envelope=self.envelope.currentData(), duplex=self.two_sided.isChecked(),
            address_sheet=self.address_sheet.currentData(), cover_letter=self.cover_letter.isChecked(),
            languages=self.copies.currentData(), reports=tuple(c for c, box in self.reports.items() if box.isChecked()),
            sort=self.order.currentData(), max_sheets=self.max_sheets.value(), printer=self.printer_name(),
            reprint=self.reprint.isChecked())

    def printer_name(self) -> str:
        return chosen_printer(self.printer)

    def isComplete(self) -> bool:
        return any(box.isChecked() for box in self.reports.values())

    def validatePage(self) -> bool:
        return self.wizard().make_plan()

    def open_alignment(self) -> AlignmentDialog:
        dialog = AlignmentDialog(self.workspace, self.envelope.currentData(), self.printer_name(), self)
        dialog.finished.connect(lambda _: self._show_offset())
        dialog.open()
        return dialog

    def _show_offset(self, *_) -> None:
        with closing(self.workspace.connect()) as connection:
            offset = printer_offset(connection, self.printer_name(), self.envelope.currentData())
        self.offset.setText(offset_text(offset))

    def open_letters(self) -> LettersDialog:
        dialog = LettersDialog(self.workspace, self)
        dialog.finished.connect(lambda _: self._cover_letter_toggled(self.cover_letter.isChecked()))
        dialog.open()
        return dialog

    def _cover_letter_toggled(self, on: bool) -> None:
        # The letter carries the address, so every envelope starts with it whatever the address sheet choice.
        self.address_sheet.setEnabled(not on)
        self.address_sheet.setToolTip(tr("A cover letter carries the address: no separate address sheet") if on
                                      else "")
        with closing(self.workspace.connect()) as connection:
            school = load_school(connection)
        blank = blank_letter_fields(school)
        self.letter_note.setText(tr("The letters have no {blank} yet: those places would be left blank. Fill them "
                                    "in with Edit letters…").format(blank=core_text(blank)) if on and blank else "")
        self.letter_note.setVisible(bool(self.letter_note.text()))


# ---- 3. the plan ----

BATCH_HEADERS = (QT_TRANSLATE_NOOP("", "Batch"), QT_TRANSLATE_NOOP("", "Sheets per envelope"),
                 QT_TRANSLATE_NOOP("", "Envelopes"), QT_TRANSLATE_NOOP("", "Files"),
                 QT_TRANSLATE_NOOP("", "With an address sheet"))
LEFT_OUT_HEADERS = (QT_TRANSLATE_NOOP("", "Student"), QT_TRANSLATE_NOOP("", "SSID"), QT_TRANSLATE_NOOP("", "Why"))
WARNINGS_TAB, LEFT_OUT_TAB = range(2)


class PlanPage(QWizardPage):
    def __init__(self, workspace: Workspace):
        super().__init__()
        self.workspace = workspace
        self.plan: Plan | None = None
        self.setTitle(tr("Check the plan"))
        self.setSubTitle(tr("Envelopes with the same number of sheets form a batch, so the folding machine is set "
                            "once for each. Select a batch to see its first envelope's first page."))
        self.summary = wrapped_label()
        self.batches = plain_table(tuple(tr(h) for h in BATCH_HEADERS), tr("Batches"))
        self.batches.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.batches.currentCellChanged.connect(lambda row, *_: self.show_batch(row))
        self.warnings = QListWidget()
        self.warnings.setAccessibleName(tr("Warnings"))
        self.warnings.setWordWrap(True)
        self.left_out_hint = wrapped_label()
        self.left_out = plain_table(tuple(tr(h) for h in LEFT_OUT_HEADERS), tr("Students left out"))
        self.left_out.setWordWrap(True)
        self.notes = QTabWidget()
        self.notes.addTab(self.warnings, standard("SP_MessageBoxWarning"), "")
        self.notes.addTab(field_column(self.left_out_hint, self.left_out), "")
        self.preview = EnvelopePreview()
        self.caption = wrapped_label()
        self.caption.setTextFormat(Qt.TextFormat.RichText)
        larger = QPushButton(tr("&Larger view…"))
        larger.setToolTip(tr("The same page, large enough to read"))
        larger.clicked.connect(lambda: self.open_larger_view())

        details = QVBoxLayout()
        details.addWidget(self.summary)
        details.addWidget(self.batches, 1)
        details.addWidget(self.notes, 1)
        looking = field_column(self.preview, self.caption, larger)
        looking.layout().addStretch(1)  # the caption stays right under the page
        looking.setFixedWidth(PREVIEW_WIDTH)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(details, 1)
        layout.addWidget(looking)

    def initializePage(self) -> None:
        made = self.plan = self.wizard().plan
        self.summary.setText(tr("<b>{envelopes}, {sheets} in {batches}.</b> Nothing has been written yet.").format(
            envelopes=tr("%Ln envelope(s)", "", len(made.envelopes)), sheets=tr("%Ln sheet(s)", "", made.sheet_total),
            batches=tr("%Ln batch(es)", "", len(made.batches))))
        self._fill_batches(made)
        self._fill_notes(made)
        self.batches.blockSignals(True)  # the same row may stay current: the preview is drawn below either way
        self.batches.setCurrentCell(0 if made.batches else -1, 0)
        self.batches.blockSignals(False)
        self.show_batch(0 if made.batches else -1)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.plan and self.plan.envelopes)

    def show_batch(self, row: int) -> None:
        """Draw the first page of the batch's first envelope, with the envelope window over it."""
        if self.plan is None or not 0 <= row < len(self.plan.batches):
            self.preview.show_page(QImage(), None)
            self.caption.setText(tr("Every chosen student was left out: there is nothing to print.") if self.plan
                                 else "")
            return
        batch = self.plan.batches[row]
        image, problem = self._first_page(batch)
        self.preview.show_page(image, self.plan.profile)
        self.caption.setText(problem or _caption(self.plan, row, batch))

    def open_larger_view(self) -> QDialog:
        window = QDialog(self)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.setWindowTitle(tr("First page of the envelope"))
        view = EnvelopePreview()
        view.show_page(self.preview.image, self.preview.profile)
        caption = wrapped_label()
        caption.setText(self.caption.text())
        column = field_column(view, caption)
        column.layout().setStretch(0, 1)
        QVBoxLayout(window).addWidget(column)
        screen = self.screen().availableGeometry()
        window.resize(min(760, screen.width()), int(screen.height() * 0.92))
        window.open()
        return window

    def _first_page(self, batch: Batch) -> tuple[QImage, str]:
        path = self.workspace.temporary / f"print-preview-{secrets.token_hex(4)}.pdf"
        document = QPdfDocument()
        try:
            preview(self.workspace, self.plan, batch.envelopes[0], path)
            document.load(str(path))
            size = QSize(round(PAGE_WIDTH * PREVIEW_DPI), round(PAGE_HEIGHT * PREVIEW_DPI))
            return document.render(0, size), ""
        except (UserError, OSError) as error:
            problem = tr("The page cannot be shown: {error}").format(error=escape(str(error)))
            return QImage(), f"<span style='color:{RED}'>{problem}</span>"
        finally:
            document.close()
            path.unlink(missing_ok=True)

    def _fill_batches(self, made: Plan) -> None:
        lead = tr("With a cover letter") if made.options.cover_letter else tr("With an address sheet")
        self.batches.setHorizontalHeaderItem(4, QTableWidgetItem(lead))
        self.batches.setRowCount(len(made.batches))
        for row, batch in enumerate(made.batches):
            leading = sum(1 for e in batch.envelopes if e.address_sheet_reason)
            cells = (f"{row + 1}", f"{batch.sheets}", f"{len(batch.envelopes):,}", f"{len(batch.files):,}",
                     f"{leading:,}")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.batches.setItem(row, column, item)
        fit_columns(self.batches)

    def _fill_notes(self, made: Plan) -> None:
        """Warnings first, when there are any: they may change how to print."""
        self.warnings.clear()
        for warning in made.warnings:
            self.warnings.addItem(QListWidgetItem(standard("SP_MessageBoxWarning"), core_text(warning)))
        self.notes.setTabText(WARNINGS_TAB, tr("Warnings ({count})").format(count=f"{len(made.warnings):,}"))
        self.notes.setTabVisible(WARNINGS_TAB, bool(made.warnings))
        count = len(made.left_out)
        self.notes.setTabText(LEFT_OUT_TAB, tr("Left out ({count})").format(count=f"{count:,}"))
        self.left_out_hint.setText(
            tr("%Ln student(s) get(s) no envelope, for the reason given. They are also listed in “left out.csv” "
               "with the print files.", "", count) if count
            else tr("Nobody is left out: every chosen student gets an envelope."))
        self.left_out.setVisible(bool(count))
        self.left_out.setRowCount(count)
        for row, item in enumerate(made.left_out):
            for column, text in enumerate((item.student or tr("(not in the score data)"), item.ssid,
                                           core_text(item.reason))):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.left_out.setItem(row, column, cell)
        fit_columns(self.left_out)
        self.left_out.resizeRowsToContents()
        self.notes.setCurrentIndex(WARNINGS_TAB if made.warnings else LEFT_OUT_TAB)


def _caption(made: Plan, row: int, batch: Batch) -> str:
    first = batch.envelopes[0]
    documents = ", ".join(escape(core_text(d.label)) for d in first.documents)
    if first.grade:
        who = tr("<b>Batch {number}, first envelope:</b> {student}, grade {grade}.").format(
            number=row + 1, student=escape(first.student), grade=escape(grade_label(first.grade)))
    else:
        who = tr("<b>Batch {number}, first envelope:</b> {student}.").format(number=row + 1,
                                                                             student=escape(first.student))
    sheets = tr("%Ln sheet(s)", "", first.sheets)
    if made.options.cover_letter:
        why = tr("Starts with the cover letter in {language}, carrying the address.").format(
            language=escape(core_text(first.language)))
    elif first.address_sheet_reason:
        why = tr("Starts with an address sheet: {reason}.").format(reason=escape(core_text(first.address_sheet_reason)))
    else:
        why = tr("No address sheet: the report's own address shows in the window.")
    legend = tr("<span style='color:{blue}'>Blue</span>: the envelope window. <span style='color:{green}'>Dashed "
                "green</span>: where the address shows wherever the page slides in the envelope.").format(
        blue=WINDOW_BLUE, green=GREEN)
    return f"{who} {sheets}: {documents}.<br>{why}<br><span style='color:gray'>{legend}</span>"


class EnvelopePreview(QWidget):
    """A page as it will print, scaled to fit, with the envelope's window and the address zone drawn over it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.image = QImage()
        self.profile: EnvelopeProfile | None = None
        self.setMinimumSize(200, round(200 * PAGE_HEIGHT / PAGE_WIDTH))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(tr("First page of the batch's first envelope"))

    def show_page(self, image: QImage, profile: EnvelopeProfile | None) -> None:
        self.image, self.profile = image, profile
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(PREVIEW_WIDTH, round(PREVIEW_WIDTH * PAGE_HEIGHT / PAGE_WIDTH))

    def page_rect(self) -> QRectF:
        """Where the page is drawn: as large as fits, centred at the top."""
        scale = min(self.width() / PAGE_WIDTH, self.height() / PAGE_HEIGHT)
        width, height = PAGE_WIDTH * scale - 2, PAGE_HEIGHT * scale - 2
        return QRectF((self.width() - width) / 2, 1, width, height)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        page = self.page_rect()
        painter.fillRect(page, Qt.GlobalColor.white)
        if not self.image.isNull():
            painter.drawImage(page, self.image)
        painter.setPen(QPen(QColor("#8a8a8a"), 1))
        painter.drawRect(page)
        if self.profile is None:
            return
        inch = page.width() / PAGE_WIDTH
        painter.setPen(QPen(QColor("#9a9a9a"), 1, Qt.PenStyle.DotLine))
        for fold in self.profile.folds:
            painter.drawLine(page.left(), page.top() + fold * inch, page.right(), page.top() + fold * inch)
        painter.setPen(QPen(QColor(WINDOW_BLUE), 2))
        painter.drawRect(_on_page(self.profile.window_on_page(), page, inch))
        painter.setPen(QPen(QColor(GREEN), 1.5, Qt.PenStyle.DashLine))
        painter.drawRect(_on_page(self.profile.address_zone(), page, inch))


def _on_page(zone: Zone, page: QRectF, inch: float) -> QRectF:
    return QRectF(page.left() + zone.left * inch, page.top() + zone.top * inch, zone.width * inch, zone.height * inch)


# ---- 4. output ----

class OutputPage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setTitle(tr("Write the print files"))
        self.setSubTitle(tr("Choose a folder for the print files. The reports count as printed once the files are "
                            "written; if the printed pages are lost, undo the print run on the Print page."))
        self.folder = QLineEdit()
        self.folder.setAccessibleName(tr("Output folder"))
        self.folder.textChanged.connect(self._check_folder)
        self.registerField("folder*", self.folder)
        choose = QPushButton(tr("C&hoose…"))
        choose.clicked.connect(self.choose_folder)
        self.caution = wrapped_label()
        self.caution.setStyleSheet(f"color: {warning_text()};")
        self.summary = QPlainTextEdit()
        self.summary.setReadOnly(True)
        self.summary.setAccessibleName(tr("What will be written"))

        folder_row = QHBoxLayout()
        label = QLabel(tr("&Folder:"))
        label.setBuddy(self.folder)
        folder_row.addWidget(label)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(choose)
        layout = QVBoxLayout(self)
        layout.addLayout(folder_row)
        layout.addWidget(self.caution)
        layout.addWidget(QLabel(tr("What will be written:")))
        layout.addWidget(self.summary, 1)

    def initializePage(self) -> None:
        made: Plan = self.wizard().plan
        if not self.folder.text():
            name = tr("ssrdesk print {date}").format(date=f"{date.today():%Y-%m-%d}")
            self.folder.setText(str(unused_folder(documents() / name)))
        files = sum(len(b.files) for b in made.batches)
        written = [tr("%Ln PDF file(s) to print: one per batch, split every {sheets} sheets", "", files).format(
                       sheets=f"{made.options.max_sheets:,}"),
                   tr("a manifest PDF for each batch, and manifest.csv: the envelopes in order, to check the stack")]
        if made.left_out:
            written.append(tr("left out.csv: the students left out, and why"))
        written.append(tr("summary.txt: this summary"))
        self.summary.setPlainText(summary_text(made) + "\n" + tr("Files:") + "\n"
                                  + "".join(f"  • {line}\n" for line in written))
        self._check_folder(self.folder.text())

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, tr("Write the print files to"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def validatePage(self) -> bool:
        # Finish starts writing and the wizard stays open, so a failed or cancelled run can be retried with
        # another folder; once the files are written the wizard accepts, which asks this page again.
        wizard = self.wizard()
        if wizard.result is not None:
            return True
        wizard.write_files(Path(self.folder.text().strip()).expanduser())
        return False

    def _check_folder(self, text: str) -> None:
        busy = earlier_print_files(Path(text.strip()).expanduser())
        self.caution.setText(tr("This folder holds the print files of an earlier run; ssrdesk does not write over "
                                "them. Choose another folder.") if busy else "")
        self.caution.setVisible(bool(busy))


# ---- the alignment sheet ----

class AlignmentDialog(QDialog):
    """Check where a printer puts the address: print the alignment sheet, measure, save the offset."""

    def __init__(self, workspace: Workspace, envelope: str = "no10", printer: str = DEFAULT_PRINTER, parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(tr("Alignment sheet"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(640)
        steps = wrapped_label()
        steps.setText("<ol style='margin-left:-20px'>" + "".join(f"<li>{step}</li>" for step in (
            tr("Save the alignment sheet and print it on the printer you will use, at actual size (100%)."),
            tr("Fold it like a report and put it in an envelope: the box must show completely in the window."),
            tr("If it does not, measure how far the printed cross must move, enter that below and save it. "
               "Print the sheet again to check."))) + "</ol>")
        self.envelope = envelope_choice(workspace, envelope)
        self.printer = printer_choice(printer)
        self.right = _inches(tr("Move right by"))
        self.down = _inches(tr("Move down by"))
        self.envelope.currentIndexChanged.connect(self._load_offset)
        self.printer.currentTextChanged.connect(self._load_offset)
        save_sheet = QPushButton(tr("&Save alignment sheet…"))
        save_sheet.clicked.connect(lambda: self.save_sheet())
        self.note = wrapped_label()
        self.note.setTextFormat(Qt.TextFormat.RichText)
        self.note.linkActivated.connect(lambda link: QDesktopServices.openUrl(QUrl(link)))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = self.buttons.addButton(tr("Save &offset"), QDialogButtonBox.ButtonRole.ApplyRole)
        self.save_button.clicked.connect(self.save_offset)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(tr("&Envelope:"), self.envelope)
        form.addRow(tr("&Printer:"), self.printer)
        form.addRow("", field_row(save_sheet))
        form.addRow(tr("Move everything &right:"), field_row(self.right, _hint(tr("a negative number moves it left"))))
        form.addRow(tr("Move everything &down:"), field_row(self.down, _hint(tr("a negative number moves it up"))))
        layout = QVBoxLayout(self)
        layout.addWidget(steps)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._load_offset()

    def printer_name(self) -> str:
        return chosen_printer(self.printer)

    def save_sheet(self, path: Path | None = None) -> Path | None:
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self, tr("Save the alignment sheet"),
                str(documents() / tr("alignment sheet - {envelope}.pdf").format(envelope=self.envelope.currentData())),
                tr("PDF (*.pdf)"))
            if not name:
                return None
            path = Path(name)
        with closing(self.workspace.connect()) as connection:
            envelope = profiles(connection)[self.envelope.currentData()]
            offset = printer_offset(connection, self.printer_name(), envelope.name)
        try:
            calibration_sheet(envelope, offset, path)
        except (UserError, OSError) as error:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
            problem = tr("Could not save {path}: {reason}").format(path=escape(str(path)), reason=escape(reason))
            self.note.setText(f"<span style='color:{RED}'>{problem}</span>")
            return None
        self.note.setText(tr("Saved <a href='{url}'>{name}</a>. Open it and print it at actual size (100%).").format(
            url=QUrl.fromLocalFile(str(path)).toString(), name=escape(path.name)))
        return path

    def save_offset(self) -> bool:
        offset = Offset(round(self.right.value(), 3), round(self.down.value(), 3))
        try:
            with closing(self.workspace.connect()) as connection:
                save_printer_offset(connection, self.printer_name(), self.envelope.currentData(), offset)
        except UserError as error:
            self.note.setText(f"<span style='color:{RED}'>{escape(str(error))}</span>")
            return False
        self.note.setText(tr("Saved for {printer}. {offset}.").format(printer=escape(core_text(self.printer_name())),
                                                                      offset=offset_text(offset)))
        return True

    def _load_offset(self, *_) -> None:
        with closing(self.workspace.connect()) as connection:
            offset = printer_offset(connection, self.printer_name(), self.envelope.currentData())
        self.right.setValue(offset.right)
        self.down.setValue(offset.down)


def _inches(name: str) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(-0.5, 0.5)
    box.setDecimals(2)
    box.setSingleStep(0.01)
    box.setSuffix(tr(" in", "inches"))
    box.setAccessibleName(name)
    return box


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("color: gray;")
    return label
