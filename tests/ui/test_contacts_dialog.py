from PySide6.QtWidgets import QMessageBox

from ssrdesk.core import contacts
from ssrdesk.ui.student_table import CONTACT

SIS_ROWS = [
    {"Student SSID": "1234567890", "Parent/Guardian Name": "María García", "Relationship": "Mother",
     "Parent Email": "maria@example.org", "Home Phone": "(559) 555-0101", "Mailing Address": "1 Elm St",
     "Mailing City": "Fresno", "Mailing State": "CA", "Mailing Zip": "93701", "Correspondence Language": "SPA"},
    {"Student SSID": "2234567891", "Parent/Guardian Name": "Hoa Nguyen", "Relationship": "Father",
     "Parent Email": "", "Home Phone": "", "Mailing Address": "9 Pine Ave", "Mailing City": "Clovis",
     "Mailing State": "CA", "Mailing Zip": "93612", "Correspondence Language": "VIE"},
]


def test_contacts_import_with_the_suggested_mapping(qtbot, imported, make_contacts_file):
    path = make_contacts_file("sis_contacts.csv", SIS_ROWS)
    dialog = imported.import_contacts(path)
    assert dialog.combos["ssid"].currentText() == "Student SSID"
    assert dialog.combos["guardian1_email"].currentText() == "Parent Email"
    assert dialog.combos["guardian2_email"].currentText() == "— not in file —"
    assert dialog.import_button.isEnabled()

    before = imported.imports.report_dialog
    dialog.import_button.click()
    qtbot.waitUntil(lambda: imported.imports.report_dialog is not before, timeout=15000)
    report = imported.imports.report_dialog
    assert report.files.item(0, 3).text() == "Imported"
    assert report.files.item(0, 4).text() == "2"  # two students got guardians

    page = imported.students_page
    assert [page.proxy.index(r, CONTACT).data() for r in range(4)] == ["E-mail", "Address only", "Address only",
                                                                      "Missing"]
    page.table.selectRow(0)  # García
    text = page.detail.contacts.text()
    for expected in ("María García", "Mother", "maria@example.org", "(559) 555-0101", "Spanish", "1 Elm St"):
        assert expected in text


def test_import_stays_disabled_until_a_student_column_is_chosen(window, make_contacts_file):
    path = make_contacts_file("no_ssid.csv", [{"Kid": "1234567890", "Parent Email": "a@example.org"}])
    dialog = window.import_contacts(path)
    assert not dialog.import_button.isEnabled()
    assert "SSID" in dialog.problem.text()
    dialog.combos["ssid"].setCurrentText("Kid")
    assert dialog.import_button.isEnabled()
    assert dialog.problem.text() == ""
    assert dialog.mapping() == {"ssid": "Kid", "guardian1_email": "Parent Email"}


def test_a_saved_preset_is_offered_next_time(window, workspace, make_contacts_file):
    path = make_contacts_file("export.csv", [{"Kid": "1234567890", "Parent Email": "a@example.org"}])
    dialog = window.import_contacts(path)
    dialog.combos["ssid"].setCurrentText("Kid")
    dialog.save_preset("Aeries export")
    assert contacts.saved_mappings(workspace) == {"Aeries export": {"ssid": "Kid", "guardian1_email": "Parent Email"}}
    dialog.reject()

    again = window.import_contacts(path)
    assert again.combos["ssid"].currentText() == "— not in file —"  # the suggestion comes first
    again.presets.setCurrentText("Aeries export")
    assert again.combos["ssid"].currentText() == "Kid"
    assert again.import_button.isEnabled()


def test_a_file_that_is_not_a_table_is_refused_plainly(window, tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.7\n")
    assert window.import_contacts(path) is None
    boxes = window.findChildren(QMessageBox)
    assert boxes and "PDF" in boxes[-1].text()
