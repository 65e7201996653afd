"""E-mailing reports from the GUI: the wizard from the choice of families to the confirmation (a full check
that sends nothing), a real send through a test mail server, stopping and resuming, and bounced families on
the E-mail page."""

from contextlib import closing
from dataclasses import replace

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWizard

from ssrdesk.core import distribution, keychain
from ssrdesk.core.delivery import outbox
from ssrdesk.core.delivery.messages import PASSWORD, templates
from ssrdesk.core.delivery.smtp import load_settings, save_settings
from ssrdesk.ui.email_wizard import PRINT_TAB, WARNINGS_TAB
from ssrdesk.ui.icons import warning_text
from ssrdesk.ui.student_choice import EVERYONE
from tests.core import test_email as core
from tests.core.test_bounces import postfix_bounce, send_reports
from tests.tls import PASSWORD as LOGIN, USER

# Six students with reports and guardian e-mails: five pairs of messages to four addresses (two for the Baker
# family, one shared by the Evans siblings), and two students for the print list (no address, a typo).
school, certificates, server = core.school, core.certificates, core.server
ssid, SENDER = core.ssid, core.SENDER


@pytest.fixture(autouse=True)
def no_password_store(monkeypatch):
    """Secrets stay in this test's memory, as on a computer without a password store: never in the keyring of
    whoever runs the tests."""
    monkeypatch.setattr(keychain, "remembered", lambda: False)
    monkeypatch.setattr(keychain, "_session", {})


@pytest.fixture
def main(window, school):
    window.refresh()
    return window


def open_wizard(main):
    main.email_reports()
    assert main.pages.currentWidget() is main.email_page
    return main.email_page.wizard


def message_boxes():
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def counts(workspace):
    with closing(workspace.connect()) as connection:
        return outbox.counts(connection)


def rows(table):
    return [tuple(table.item(row, column).text() for column in range(table.columnCount()))
            for row in range(table.rowCount())]


def fill_in_the_server(page, server, certificates):
    page.through_server.setChecked(True)
    page.sender.setText(SENDER)
    page.sender_name.setText("Lincoln Elementary")
    page.host.setText("localhost")
    page.security.setCurrentIndex(page.security.findData("starttls"))
    page.port.setValue(server.port)
    page.user.setText(USER)
    page.password.setText(LOGIN)
    page.ca_file.setText(str(certificates.authority))
    page.per_minute.setValue(1000)


def to_how_to_send(main):
    """The wizard on everyone with a report, with the default choices, at How to send."""
    wizard = open_wizard(main)
    wizard.families_page.students.choose(EVERYONE)
    for _ in range(3):
        wizard.next()
    assert wizard.currentPage() is wizard.sending_page
    return wizard


def test_the_wizard_checks_every_message_and_sends_nothing_before_the_confirmation(qtbot, main, school, server,
                                                                                  certificates):
    wizard = open_wizard(main)
    families = wizard.families_page
    families.students.choose(EVERYONE)
    assert "5 families, 10 messages</b>" in families.summary.text()
    assert "2 students go to the print list" in families.summary.text()
    assert families.notes.tabText(PRINT_TAB) == "To the print list (2)"
    assert {row[1]: row[2] for row in rows(families.to_print)} == {
        ssid(2): "no e-mail address", ssid(3): "the e-mail address “diaz@gmail.c” does not look right"}
    assert families.notes.isTabVisible(WARNINGS_TAB) and "diaz@gmail.c" in families.warnings.item(0).text()
    families.siblings.button(1).setChecked(True)  # the Evans siblings together
    assert "4 families, 8 messages</b>" in families.summary.text()
    families.siblings.button(0).setChecked(True)
    for box in families.reports.values():
        box.setChecked(False)
    assert "reports must be some of" in families.summary.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    for box in families.reports.values():
        box.setChecked(True)
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()

    wizard.next()
    passwords = wizard.passwords_page
    assert wizard.currentPage() is passwords
    assert "Strong (about 79 bits). For example: <b>" in passwords.random_note.text()
    assert not passwords.template_box.isEnabled()
    passwords.from_data.setChecked(True)
    assert passwords.template_box.isEnabled()
    assert passwords.verdict.text().startswith(f"<span style='color:{warning_text()}'>Weak (about")
    passwords.template.setText("{birthday}")
    assert "not a field" in passwords.verdict.text()
    passwords.template.clear()
    passwords.field.setCurrentIndex(passwords.field.findData("local_id"))
    passwords.insert.click()
    assert passwords.template.text() == "{local_id}"
    passwords.random.setChecked(True)

    wizard.next()
    page = wizard.messages_page
    assert page.family.count() == 5
    assert page.family.currentText() == "Sofía Alvarez — rosa.alvarez@example.com (Spanish)"
    assert "rosa.alvarez@example.com" in page.file_view.header.text()
    assert "Sofía - Student Score Report.pdf (opens only with the password)" in page.file_view.header.text()
    assert page.example in page.password_view.body.toPlainText()
    assert page.example not in page.file_view.body.toPlainText()
    assert "is an example" in page.example_note.text()
    page.family.setCurrentIndex(1)  # Liam Baker's father, in English
    dialog = page.open_texts()
    assert dialog.language.currentText() == "English"
    dialog.subject.setText("Report for ")
    dialog.activateWindow()
    dialog.subject.setFocus()
    qtbot.waitUntil(dialog.subject.hasFocus)
    dialog.insert_field("student_first_name")
    assert dialog.subject.text() == "Report for {student_first_name}"
    dialog.kind.setCurrentIndex(dialog.kind.findData(PASSWORD))
    dialog.body.setPlainText("Here it is.")  # no {password}
    assert not dialog.save()
    assert "does not contain {password}" in dialog.problem.text()
    dialog.reset_to_default()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.isVisible()
    assert "Report for Liam" in page.file_view.header.text()  # the preview follows the edit
    with closing(school.connect()) as connection:
        assert templates(connection)["English", "file"].subject == "Report for {student_first_name}"

    wizard.next()
    fill_in_the_server(wizard.sending_page, server, certificates)
    wizard.next()
    check = wizard.check_page
    assert wizard.currentPage() is check
    qtbot.waitUntil(lambda: wizard.dry is not None, timeout=60000)
    summary = check.summary.toPlainText()
    assert "Messages: 10, a report and its password for each of 5 families." in summary
    assert "Protected PDFs: 5," in summary
    assert "To the print list, no usable e-mail address (2):" in summary
    assert summary.endswith("Nothing has been sent.")
    assert check.question.text() == "Send 10 messages to 4 addresses?"
    assert wizard.button(QWizard.WizardButton.CommitButton).text().replace("&", "") == "Send now"
    assert wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    assert not server.received
    assert not any(counts(school).values())

    wizard.reject()
    assert not server.received
    assert not any(counts(school).values())
    with closing(school.connect()) as connection:
        saved = load_settings(connection)
    assert (saved.host, saved.port, saved.user, saved.per_minute) == ("localhost", server.port, USER, 1000)


def test_the_wizard_sends_each_family_its_report_then_its_password(qtbot, main, school, server, certificates):
    wizard = to_how_to_send(main)
    sending = wizard.sending_page
    fill_in_the_server(sending, server, certificates)
    sending.password.setText("wrong")
    sending.send_test()
    qtbot.waitUntil(lambda: "refused the login" in sending.test_result.text(), timeout=20000)
    sending.password.setText(LOGIN)
    sending.send_test()
    qtbot.waitUntil(lambda: "Sent a test message to" in sending.test_result.text(), timeout=20000)
    [test] = server.received
    assert test.recipients == [SENDER] and "No student data" in test.message.get_body(("plain",)).get_content()
    assert sending.password_note.text() == keychain.NOT_REMEMBERED
    server.received.clear()

    wizard.next()
    qtbot.waitUntil(lambda: wizard.dry is not None, timeout=60000)
    wizard.next()  # "Send now"
    progress = wizard.progress_page
    assert wizard.currentPage() is progress
    qtbot.waitUntil(lambda: progress.result.text() != "", timeout=60000)
    assert progress.result.text().startswith("Sent 10 messages.")
    assert "2 students were put on the print list" in progress.result.text()
    assert progress.counts.numbers["sent"].text() == "10" and progress.counts.numbers["waiting"].text() == "0"
    received = {}
    for item in server.received:
        received.setdefault(item.recipients[0], []).append(item)
    assert {address: len(items) for address, items in received.items()} == {
        "rosa.alvarez@example.com": 2, "dad.baker@example.com": 2, "mom.baker@example.net": 2,
        "evans.family@example.org": 4}  # two per family: the Evans siblings are two families at one address
    for items in received.values():
        assert [bool(list(i.message.iter_attachments())) for i in items] == [True, False] * (len(items) // 2)

    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert not wizard.isVisible()
    page = main.email_page
    qtbot.waitUntil(lambda: page.sending is None)  # the page has seen the sending end
    assert page.counts.numbers["sent"].text() == "10"
    assert not page.banner.isVisible()
    assert rows(page.runs)[0][1:] == ("Through the mail server", "10", "10 sent")


def test_the_wizard_writes_eml_files_for_mail_systems_without_a_login(qtbot, main, school, tmp_path):
    folder = tmp_path / "eml"
    wizard = to_how_to_send(main)
    sending = wizard.sending_page
    sending.as_files.setChecked(True)
    assert sending.server_box.isHidden() and not sending.files_box.isHidden()
    sending.sender.setText(SENDER)
    sending.folder.setText(str(folder))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.dry is not None, timeout=60000)
    assert wizard.check_page.question.text() == f"Write 10 .eml files to {folder}?"
    assert not folder.exists()
    wizard.next()
    progress = wizard.progress_page
    qtbot.waitUntil(lambda: progress.result.text() != "", timeout=60000)
    assert progress.result.text().startswith(f"Wrote 10 .eml files to {folder}: send everything in")
    assert not progress.open_button.isHidden()
    assert len(list((folder / "1 - send first - reports").iterdir())) == 5
    assert len(list((folder / "2 - send second - passwords").iterdir())) == 5
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: main.email_page.sending is None)
    assert rows(main.email_page.runs)[0][1:] == (f".eml files in {folder}", "10", "10 written as .eml files")
    assert main.email_page.counts.numbers["exported"].text() == "10"


def test_closing_the_wizard_while_sending_keeps_the_rest_queued_to_resume(qtbot, main, school, server, certificates):
    wizard = to_how_to_send(main)
    fill_in_the_server(wizard.sending_page, server, certificates)
    wizard.sending_page.per_minute.setValue(30)  # a message every 2 seconds
    wizard.next()
    qtbot.waitUntil(lambda: wizard.dry is not None, timeout=60000)
    wizard.next()
    qtbot.waitUntil(lambda: len(server.received) == 2, timeout=60000)
    wizard.reject()  # closing the window
    page = main.email_page
    qtbot.waitUntil(lambda: page.sending is None, timeout=20000)
    sent = len(server.received)
    assert sent in (2, 4)  # stopped between families: never a report without its password
    assert page.banner.isVisible() and page.waiting_label.text() == f"{10 - sent} messages are waiting to be sent."
    assert f"{10 - sent} e-mail messages waiting to be sent" in main.waiting.text()

    with closing(school.connect()) as connection:
        save_settings(connection, replace(load_settings(connection), per_minute=1000))
    page.resume()  # the password was kept when typed in the wizard: nothing is asked
    qtbot.waitUntil(lambda: any(f"Sent {10 - sent} messages." in box.text() for box in message_boxes()),
                    timeout=60000)
    qtbot.waitUntil(lambda: page.sending is None)
    assert len(server.received) == len({item.message_id for item in server.received}) == 10
    assert not page.banner.isVisible() and not main.waiting.isVisible()
    assert page.counts.numbers["sent"].text() == "10"


def test_a_bounced_family_moves_to_the_print_list_in_one_click(qtbot, window, workspace, tmp_path):
    with closing(workspace.connect()) as connection:
        sent = send_reports(connection)
    notice = tmp_path / "bounce.eml"
    notice.write_bytes(postfix_bounce(sent["sam.lee@example.com"]["file"], "sam.lee@example.com"))
    window.navigation.setCurrentRow(window.pages.indexOf(window.email_page))
    page = window.email_page
    report = page.import_bounces([notice])
    assert "Lee, Sam (1000000004): sam.lee@example.com: the address does not exist (5.1.1)" in report.text()
    [(student, address, _, on_the_list, why)] = rows(page.bounced)
    assert (student, address, on_the_list, why) == ("Lee, Sam", "sam.lee@example.com", "", "the address does not exist")
    assert page.move_button.text() == "Move all to the print list"
    page.bounced.selectRow(0)
    assert page.move_button.text() == "Move selected to the print list" and page.resend_button.isEnabled()
    page.move_button.click()
    with closing(workspace.connect()) as connection:
        assert distribution.print_list(connection) == {"1000000004": "e-mail bounced"}
    assert rows(page.bounced)[0][3] == "On it"
    assert not page.move_button.isEnabled()


def test_a_bounced_family_gets_a_new_report_and_password_at_a_corrected_address(qtbot, main, school, server,
                                                                               certificates, tmp_path):
    core.send_all(school, server, certificates)
    with closing(school.connect()) as connection:
        save_settings(connection, core.settings_for(server, certificates))
        [file_id] = [r[0] for r in connection.execute(
            "SELECT message_id FROM outbox WHERE recipient = 'rosa.alvarez@example.com' AND kind = 'file'")]
    notice = tmp_path / "bounce.eml"
    notice.write_bytes(postfix_bounce(file_id, "rosa.alvarez@example.com"))
    page = main.email_page
    page.import_bounces([notice])
    assert [row[0] for row in rows(page.bounced)] == ["Alvarez, Sofía"]
    page.bounced.selectRow(0)
    address = page.ask_corrected_address()
    assert address.textValue() == "rosa.alvarez@example.com"
    address.setTextValue("rosa@example.org")
    address.accept()
    login = page.dialog  # no password stored: it is asked for
    assert login is not address and "Password for" in login.labelText()
    login.setTextValue(LOGIN)
    login.accept()
    qtbot.waitUntil(lambda: any("Sent 2 messages." in box.text() for box in message_boxes()), timeout=60000)
    qtbot.waitUntil(lambda: page.sending is None)
    assert [item.recipients for item in server.received[-2:]] == [["rosa@example.org"]] * 2
    assert rows(page.bounced) == []  # sorted out: the password reached the new address
