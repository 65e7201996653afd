from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QLabel



def test_window_names_the_workspace_and_lists_the_pages(window, workspace):
    assert window.windowTitle() == f"ssrdesk — {workspace.folder.name}"
    pages = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert pages == ["Start", "Students", "Reports", "Print", "E-mail", "Activity"]
    assert window.import_score_action.shortcut().toString() == "Ctrl+I"


def test_the_e_mail_page_of_an_empty_workspace_says_what_to_import_first(window):
    window.navigation.setCurrentRow(4)  # E-mail
    page = window.pages.currentWidget()
    texts = " ".join(label.text() for label in page.findChildren(QLabel) if label.isVisibleTo(page))
    assert "Nothing to e-mail yet" in texts and "guardians' e-mail addresses" in texts


def test_empty_workspace_invites_an_import(window):
    page = window.students_page
    assert page.pages.currentWidget() is page.empty_state
    assert "0 students" in window.counts.text()


def test_imported_students_appear_with_counts_and_history(imported, workspace):
    page = imported.students_page
    assert page.pages.currentWidget() is not page.empty_state
    assert page.count_label.text() == "4 of 4 students"
    assert imported.counts.text() == f"4 students · 7 test results · workspace: {workspace.folder}"
    history = imported.activity_page.table
    files = {history.item(row, 1).text() for row in range(history.rowCount())}
    assert files == {"CAASPP_Student_Score_Data_File_2025.csv", "ELPAC_Student_Score_Data_File_2025.csv"}
    assert imported.imports.report_dialog.summary.text().startswith("2 files: 2 imported.")


def test_dropping_files_on_the_window_imports_them(qtbot, window, score_file):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(score_file))])
    drop = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    window.dropEvent(drop)
    qtbot.waitUntil(lambda: window.students_page.model.rowCount() == 3, timeout=15000)


def test_importing_a_folder_imports_every_file_in_it(window, import_files, make_score_file, caaspp_students,
                                                    tmp_path):
    (tmp_path / "downloads" / "older").mkdir(parents=True)
    make_score_file("downloads/CAASPP_2025.csv", caaspp_students[:2])
    make_score_file("downloads/older/CAASPP_2025_school2.csv", caaspp_students[2:])
    report = import_files(tmp_path / "downloads")
    rows = [(report.files.item(r, 0).text(), report.files.item(r, 3).text()) for r in range(report.files.rowCount())]
    assert rows == [("CAASPP_2025.csv", "Imported"), ("CAASPP_2025_school2.csv", "Imported")]
    assert window.students_page.count_label.text() == "3 of 3 students"


def test_the_window_comes_back_as_it_was_left(qtbot, workspace):
    from ssrdesk.ui.main_window import MainWindow

    first = MainWindow(workspace)
    qtbot.addWidget(first)
    first.show()
    assert first.height() != 580  # not what it opens at by default
    first.resize(first.width(), 580)
    first.close()

    again = MainWindow(workspace)
    qtbot.addWidget(again)
    again.show()
    assert again.height() == 580
