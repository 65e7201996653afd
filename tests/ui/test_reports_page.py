"""The Reports page: Student Score Report PDFs imported through the GUI, listed, filtered, previewed and
matched to students; and each student's reports on the Students page."""

from contextlib import closing

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QPushButton

from ssrdesk.core.demo.district import build_demo
from ssrdesk.core.demo.ssr_pdfs import SyntheticReport, write_ssr_pdf
from ssrdesk.core.ssr import library
from ssrdesk.ui import import_flow
from ssrdesk.ui.report_table import LANGUAGE, PAGES, SOURCE, STATUS, STUDENT, TYPE

REPORTS_PAGE = 2  # in the navigation list


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """A small invented district's TOMS score data (the report PDFs are made per test, below)."""
    return build_demo(tmp_path_factory.mktemp("demo"), students=60)


def report_for(student, kind, language="English", **names):
    first, last = names.get("first_name", student.first_name), names.get("last_name", student.last_name)
    return SyntheticReport(
        ssid=names.get("ssid", student.ssid), first_name=first, last_name=last, grade=student.grade,
        school=student.school, district="Arroyo Verde Unified", kind=kind, language=language,
        address_lines=("To the Parent/Guardian of", f"{first} {last}", "12 Oak St", "Fremont, CA 94539"))


@pytest.fixture
def reports(window, import_files, demo, tmp_path):
    """Score data, then one merged SSR PDF: three of the district's students' reports (one with its Spanish
    copy) and a report of a student who is not in the score data. Returns (students, reports)."""
    import_files(*demo.score_zips)
    pupils = window.students_page.model.students()[:3]
    stranger = report_for(pupils[0], "SB", ssid="9999999990", first_name="Marisol", last_name="Quintero")
    made = [report_for(pupils[0], "SB"), report_for(pupils[0], "SB", "Spanish"), report_for(pupils[1], "SB+CAST"),
            report_for(pupils[2], "ELPAC"), stranger]
    report = import_files(write_ssr_pdf(tmp_path / "StudentScoreReports_Grade05.pdf", made))
    assert report.files.item(0, 3).text().startswith("Imported")
    return pupils, made


def column(page, number):
    proxy = page.proxy
    return [proxy.index(row, number).data() for row in range(proxy.rowCount())]


def row_of(page, name, language="English"):
    return next(r for r in range(page.proxy.rowCount())
                if column(page, STUDENT)[r] == name and column(page, LANGUAGE)[r] == language)


def test_imported_reports_are_listed_with_their_students_types_and_pages(window, reports):
    (first, second, third), _ = reports
    page = window.reports_page
    assert page.pages.currentWidget() is not page.empty_state
    rows = sorted(zip(column(page, STUDENT), column(page, TYPE), column(page, LANGUAGE), column(page, PAGES),
                      column(page, STATUS)))
    assert rows == sorted([
        (first.name, "Smarter Balanced", "English", "4", "Matched"),
        (first.name, "Smarter Balanced", "Spanish", "4", "Matched"),
        (second.name, "Smarter Balanced + CAST", "English", "6", "Matched"),
        (third.name, "Summative ELPAC", "English", "2", "Matched"),
        ("Marisol Quintero", "Smarter Balanced", "English", "4", "Needs attention"),  # the name as printed
    ])
    assert "StudentScoreReports_Grade05.pdf, p. 1–4" in column(page, SOURCE)
    assert page.count_label.text() == "5 of 5 reports"
    assert "5 reports · 1 needs attention" in window.counts.text()
    stranger = page.proxy.index(row_of(page, "Marisol Quintero"), STATUS)
    assert "no student with SSID 9999999990" in stranger.data(Qt.ItemDataRole.ToolTipRole)


def test_what_needs_attention_besides_reports_is_listed(window, workspace, reports):
    page = window.reports_page
    with closing(workspace.connect()) as connection:
        owed = library.counts(connection)["students_eligible_without_report"]
    assert owed > 0  # the district's other students: their reports were not imported
    assert "1 report needs attention" in page.attention.text()
    assert f"{owed} students have no report" in page.attention.text()
    page.show_attention("students")
    assert page.tabs.currentIndex() == 2
    assert page.tabs.tabText(2) == f"Students without a report ({owed})"
    assert not page.tabs.isTabVisible(1)  # no page belongs to no report
    assert len({page.without_report.row(r)["ssid"] for r in range(page.without_report.rowCount())}) == owed


def test_filters_narrow_the_reports(window, reports):
    (first, _, third), _ = reports
    page = window.reports_page
    page.status_filter.setCurrentText("Needs attention")
    assert column(page, STUDENT) == ["Marisol Quintero"]
    assert page.count_label.text() == "1 of 5 reports"
    page.status_filter.setCurrentIndex(0)
    page.show_attention("reports")  # the attention line's link does the same
    assert column(page, STUDENT) == ["Marisol Quintero"]
    page.status_filter.setCurrentIndex(0)
    page.type_filter.setCurrentText("Summative ELPAC")
    assert column(page, STUDENT) == [third.name]
    page.type_filter.setCurrentIndex(0)
    page.language_filter.setCurrentText("Spanish")
    assert column(page, STUDENT) == [first.name]
    page.language_filter.setCurrentIndex(0)
    assert [page.pages_filter.itemText(i) for i in range(page.pages_filter.count())] == [
        "Any length", "2 pages", "4 pages", "6 pages"]
    page.pages_filter.setCurrentText("4 pages")
    page.search.setText(first.ssid)
    assert sorted(column(page, LANGUAGE)) == ["English", "Spanish"]


def is_blank(image) -> bool:
    white = image.pixelColor(0, 0)
    return all(image.pixelColor(x, y) == white
               for x in range(0, image.width(), 4) for y in range(0, image.height(), 4))


def test_selecting_a_report_previews_its_pages_next_to_the_student(window, workspace, reports):
    (_, second, _), _ = reports
    page = window.reports_page
    window.navigation.setCurrentRow(REPORTS_PAGE)
    page.table.selectRow(row_of(page, second.name))
    preview = page.preview
    assert preview.document.status() == QPdfDocument.Status.Ready
    assert preview.document.pageCount() == 6
    assert not is_blank(preview.document.render(0, QSize(170, 220)))
    assert preview.page_label.text().startswith("Page 1 of 6")
    heading = preview.heading.text()  # with the middle name, as on the Students page
    assert heading.startswith(second.first_name) and heading.endswith(second.last_name)
    for expected in (second.ssid, second.school):
        assert expected in preview.facts.text()
    assert "12 OAK ST" in preview.address.text()  # as printed: upper case, like TOMS
    assert "Inside the #10 envelope window" in preview.address.text()
    assert not preview.choose_button.isVisibleTo(preview)
    shown = list(workspace.temporary.glob("*.pdf"))
    assert len(shown) == 1  # the preview's scratch file, in the private workspace
    larger = preview.open_larger_view()  # the same pages, big enough to read
    assert larger.findChild(QPdfView).document() is preview.document

    page.table.selectRow(row_of(page, "Marisol Quintero"))
    assert preview.document.pageCount() == 4
    assert not shown[0].exists()  # the previous report's file is gone
    assert "no student with SSID 9999999990" in preview.status.text()
    assert preview.choose_button.isVisibleTo(preview)


def test_a_report_needing_attention_is_matched_by_choosing_the_student(qtbot, window, workspace, reports):
    (first, _, _), _ = reports
    page = window.reports_page
    page.table.selectRow(row_of(page, "Marisol Quintero"))
    report_id = page.current_report()["id"]
    page.preview.choose_button.click()
    dialog = page.choose_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert "Marisol Quintero" in dialog.findChildren(QLabel)[0].text()
    assert not dialog.match_button.isEnabled()
    dialog.search.setText(first.ssid)
    assert dialog.proxy.rowCount() == 1
    dialog.table.selectRow(0)
    assert first.ssid in dialog.confirm.text()
    dialog.match_button.click()

    assert page.current_report()["id"] == report_id  # still selected, now matched
    assert page.current_report()["status"] == "matched"
    row = row_of(page, first.name)
    assert page.proxy.index(row, STATUS).data() == "Matched"
    assert "need attention" not in window.counts.text()
    assert not page.preview.choose_button.isVisibleTo(page.preview)
    with closing(workspace.connect()) as connection:
        assert library.counts(connection)["needing_attention"] == 0


def test_the_students_page_lists_a_students_reports_and_previews_one(window, reports):
    (first, _, _), _ = reports
    students = window.students_page
    students.search.setText(first.ssid)
    students.table.selectRow(0)
    detail = students.detail
    assert len(detail.preview_buttons) == 2  # the English report and its Spanish copy
    texts = " ".join(label.text() for label in detail.reports.findChildren(QLabel))
    assert "Smarter Balanced ELA and mathematics" in texts and "Spanish · 4 pages" in texts

    window.reports_page.search.setText("nobody by this name")  # the report is hidden: previewing shows it anyway
    spanish = next(r["id"] for r in window.reports_page.reports_of(first.ssid) if r["language"] == "Spanish")
    detail.preview_buttons[spanish].click()
    assert window.navigation.currentRow() == REPORTS_PAGE
    assert window.reports_page.current_report()["id"] == spanish
    assert window.reports_page.preview.document.pageCount() == 4


def test_without_reports_the_page_invites_an_import(qtbot, window, workspace, demo, monkeypatch):
    page = window.reports_page
    assert page.pages.currentWidget() is page.empty_state
    chosen = [str(demo.report_pdfs[0])]
    monkeypatch.setattr(import_flow.QFileDialog, "getOpenFileNames", lambda *args: (chosen, ""))
    page.empty_state.findChild(QPushButton).click()
    qtbot.waitUntil(lambda: window.imports.report_dialog is not None, timeout=15000)
    assert page.pages.currentWidget() is not page.empty_state
    assert page.model.rowCount() > 0
    assert set(column(page, STATUS)) == {"Needs attention"}  # no score data yet: nobody to match them to
