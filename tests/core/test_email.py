"""Secure e-mail through a real SMTP server (aiosmtpd on loopback, TLS, login): two messages per family, the
attachment opens only with the password from the second message, nothing sent twice, nothing lost."""

import csv
import subprocess
from io import BytesIO

import pytest
from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError

from ssrdesk.core import distribution
from ssrdesk.core.contacts import import_contacts, suggest_mapping
from ssrdesk.core.datafiles.importer import import_paths
from ssrdesk.core.delivery import outbox, recipients
from ssrdesk.core.delivery.passwords import ALPHABET, Policy, password_for, random_password, strength
from ssrdesk.core.delivery.smtp import SetupProblem, SmtpSettings, SmtpTransport
from ssrdesk.core.demo.ssr_pdfs import SyntheticReport, write_ssr_pdf
from ssrdesk.core.errors import UserError
from ssrdesk.core.printing.letters import School, save_school
from ssrdesk.core.tasks import run
from tests.core.builders import caaspp_2025, score_lines, write_caret
from tests.mail_server import MailServer
from tests.tls import PASSWORD, USER, make_certificates

FIRST_SSID = 3_000_000_000
SENDER = "testing@lincoln.example.org"

# last name, first name, report pages, Spanish copy, guardian e-mails, language
STUDENTS = [
    ("Alvarez", "Sofía", 4, True, ["rosa.alvarez@example.com"], "Spanish"),
    ("Baker", "Liam", 2, False, ["dad.baker@example.com", "mom.baker@example.net"], "English"),
    ("Chen", "Wei", 2, False, [], "Cantonese"),  # no e-mail: goes to print
    ("Diaz", "Mateo", 2, False, ["diaz@gmail.c"], "Spanish"),  # a typo in the SIS
    ("Evans", "Noah", 2, False, ["evans.family@example.org"], "English"),
    ("Evans", "Emma", 2, False, ["evans.family@example.org"], "English"),  # Noah's sister
]


def ssid(n):
    return str(FIRST_SSID + n).zfill(10)


@pytest.fixture
def school(workspace, tmp_path):
    layout = caaspp_2025()
    data = write_caret(tmp_path / "scores.txt", layout,
                       score_lines(layout, len(STUDENTS), first_ssid=FIRST_SSID, last_names=[s[0] for s in STUDENTS],
                                   first_names=[s[1] for s in STUDENTS]))
    reports = []
    for n, (last, first, pages, spanish, _, _) in enumerate(STUDENTS):
        for language in ("English", "Spanish") if spanish else ("English",):
            reports.append(SyntheticReport(ssid(n), first, last, "05", "Lincoln Elementary", "Demo Unified", "SB",
                                           language=language, pages=pages))
    write_ssr_pdf(tmp_path / "grade5.pdf", reports)
    contacts = tmp_path / "contacts.csv"
    with open(contacts, "w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(["SSID", "First Name", "Guardian Name", "Guardian Email", "Guardian 2 Email",
                      "Correspondence Language"])
        for n, (last, first, _, _, emails, language) in enumerate(STUDENTS):
            out.writerow([ssid(n), first, f"Pat {last}", *(emails + ["", ""])[:2], language])
    run(import_paths(workspace, [data, tmp_path / "grade5.pdf"]))
    run(import_contacts(workspace, contacts, suggest_mapping(next(csv.reader(open(contacts, encoding="utf-8"))))))
    with workspace.connect() as connection:
        save_school(connection, School("Lincoln Elementary", (), "Ms. Ortiz", "(510) 555-0142"))
    return workspace


@pytest.fixture(scope="module")
def certificates(tmp_path_factory):
    return make_certificates(tmp_path_factory.mktemp("tls"))


@pytest.fixture
def server(certificates):
    with MailServer(certificates) as running:
        yield running


def settings_for(server, certificates, **changes):
    return SmtpSettings(**{"host": "localhost", "port": server.port, "security": "ssl" if server.implicit else "starttls",
                           "user": USER, "sender": SENDER, "sender_name": "Lincoln Elementary",
                           "ca_file": str(certificates.authority), **changes})


def email_plan(workspace, **options):
    with workspace.connect() as connection:
        return recipients.plan(connection, [ssid(n) for n in range(len(STUDENTS))],
                               recipients.EmailOptions(**options), workspace.folder)


def send_all(workspace, server, certificates, limits=outbox.Limits(per_minute=6000), **options):
    made = email_plan(workspace, **options)
    run(outbox.queue(workspace, made, settings_for(server, certificates).from_, workers=2))
    transport = SmtpTransport(settings_for(server, certificates), PASSWORD)
    return made, run(outbox.send(workspace, transport, settings_for(server, certificates).from_,
                                 recipients.EmailOptions(**options), limits))


def by_recipient(server):
    found = {}
    for item in server.received:
        found.setdefault(item.recipients[0], []).append(item)
    return found


def pairs_received(server):
    """(address, report message, password message), in the order the server received each address's mail."""
    for address, items in by_recipient(server).items():
        for first, second in zip(items[::2], items[1::2]):
            yield address, first, second


def attachment(message):
    parts = list(message.iter_attachments())
    return [(part.get_filename(), part.get_content()) for part in parts]


def password_in(message):
    body = message.get_body(("plain",)).get_content()
    found = [word for line in body.splitlines() for word in line.replace(":", " ").split()
             if len(word) == 19 and word.count("-") == 3]
    return found


# --- passwords ------------------------------------------------------------------------------------

def test_random_passwords_are_strong_readable_and_never_repeat():
    made = {random_password() for _ in range(2000)}
    assert len(made) == 2000
    for password in list(made)[:50]:
        groups = password.split("-")
        assert [len(g) for g in groups] == [4, 4, 4, 4]
        assert set("".join(groups)) <= set(ALPHABET)
        assert not set(password) & set("ilo01")  # no look-alikes
    bits, verdict = strength(Policy())
    assert bits >= 60 and verdict.startswith("strong")


def test_a_password_template_is_marked_weaker_and_leaves_out_students_missing_a_field(school):
    policy = Policy("template", "{birth_date}{ssid_last4}")
    bits, verdict = strength(policy)
    assert bits < 28 and verdict.startswith("weak")
    student = {"ssid": "3000000007", "birth_date": "2015-03-09", "local_student_id": "", "first_name": "A",
               "last_name": "B"}
    assert password_for(student, policy) == "030920150007"
    with pytest.raises(UserError, match="not a field"):
        password_for(student, Policy("template", "{birthday}"))
    with school.connect() as connection:
        connection.execute("UPDATE student SET birth_date = '' WHERE ssid = ?", (ssid(0),))
    made = email_plan(school, policy=policy)
    assert [left.ssid for left in made.left_out] == [ssid(0)]
    assert "birth date" in made.left_out[0].reason


# --- the plan -------------------------------------------------------------------------------------

def test_every_guardian_address_gets_a_pair_and_students_without_one_go_to_print(school):
    made = email_plan(school)
    pairs = sorted((f.address, f.ssids[0]) for f in made.families)
    assert pairs == sorted([("rosa.alvarez@example.com", ssid(0)), ("dad.baker@example.com", ssid(1)),
                            ("mom.baker@example.net", ssid(1)), ("evans.family@example.org", ssid(4)),
                            ("evans.family@example.org", ssid(5))])
    assert {left.ssid: left.reason for left in made.to_print} == {
        ssid(2): "no e-mail address", ssid(3): "the e-mail address “diaz@gmail.c” does not look right"}
    assert "diaz@gmail.c" in made.warnings[0]
    spanish = next(f for f in made.families if f.ssids == [ssid(0)])
    assert spanish.language == "Spanish" and len(spanish.report_ids) == 2  # English and Spanish copies
    together = email_plan(school, siblings="together")
    evans = [f for f in together.families if f.address == "evans.family@example.org"]
    assert len(evans) == 1 and evans[0].ssids == [ssid(4), ssid(5)]


# --- sending through a real server -----------------------------------------------------------------

def test_each_family_gets_its_report_then_its_password_and_only_that_password_opens_it(school, server, certificates,
                                                                                        tmp_path):
    made, result = send_all(school, server, certificates)
    assert result.sent == 10 and result.waiting == 0 and not result.stopped
    assert len(server.received) == 2 * len(made.families) == 10
    assert all(item.user == USER and item.sender == SENDER for item in server.received)
    for address, first, second in pairs_received(server):
        file_message, password_message = first.message, second.message
        assert file_message["To"].addresses[0].addr_spec == address
        [(name, pdf)] = attachment(file_message)
        assert name.endswith(" - Student Score Report.pdf") and "Pat" not in name
        assert not attachment(password_message)
        [password] = password_in(password_message)
        assert password not in file_message.get_body(("plain",)).get_content()  # never in the report's message
        assert password not in first.raw.decode("ascii", "replace")
        assert password not in password_message["Subject"]
        reader = PdfReader(BytesIO(pdf))
        assert reader.is_encrypted
        with pytest.raises(FileNotDecryptedError):
            reader.pages[0].extract_text()
        assert reader.decrypt(random_password()) == 0
        reader = PdfReader(BytesIO(pdf))
        assert reader.decrypt(password) == 1  # as a user: the owner password is another one
        assert reader.trailer["/Encrypt"]["/V"] == 5 and reader.trailer["/Encrypt"]["/R"] == 6
        text = reader.pages[0].extract_text()
        students = [f.children[0].student for f in made.families if f.address == address]
        student = next(s for s in students if s["first_name"] in name)
        assert student["ssid"] in text  # the right student's report
        # an external reader agrees: qpdf refuses a wrong password and opens with the right one
        target = tmp_path / "report.pdf"
        target.write_bytes(pdf)
        assert subprocess.run(["qpdf", "--password=wrong-pass-word", "--check", str(target)],
                              capture_output=True).returncode != 0
        shown = subprocess.run(["qpdf", f"--password={password}", "--show-encryption", str(target)],
                               capture_output=True, text=True)
        assert shown.returncode == 0 and "AESv3" in shown.stdout
        assert "print high resolution: allowed" in shown.stdout and "modify other: not allowed" in shown.stdout
        assert subprocess.run(["pdftotext", "-upw", password, str(target), "-"], capture_output=True,
                              text=True).stdout.count(student["ssid"]) >= 1


def test_messages_are_in_the_family_language_with_proper_mime(school, server, certificates):
    send_all(school, server, certificates)
    first, second = by_recipient(server)["rosa.alvarez@example.com"]
    message = first.message
    assert message["Content-Language"] == "es"
    assert message.get_body(("plain",)).get_content_charset() == "utf-8"
    assert "Sofía" in message["Subject"] and "School 0" in message["Subject"]  # the student's school
    assert "Estimado" in message.get_body(("plain",)).get_content() or "Pat Alvarez" in message.get_body(
        ("plain",)).get_content()
    [(name, pdf)] = attachment(message)
    assert name == "Sofía - Student Score Report.pdf"
    [password] = password_in(second.message)
    reader = PdfReader(BytesIO(pdf))
    reader.decrypt(password)
    assert len(reader.pages) == 8  # the English copy and the Spanish one
    assert message["Subject"] in second.message.get_body(("plain",)).get_content()  # says which message it opens


def test_the_record_shows_each_report_e_mailed_and_its_password_sent(school, server, certificates):
    send_all(school, server, certificates)
    with school.connect() as connection:
        events = distribution.events(connection, ssid(1))
        assert sorted((e["event"], e["detail"]) for e in events) == sorted([
            ("e-mailed", "dad.baker@example.com"), ("password sent", "dad.baker@example.com"),
            ("e-mailed", "mom.baker@example.net"), ("password sent", "mom.baker@example.net")])
        assert set(distribution.print_list(connection)) == {ssid(2), ssid(3)}
        assert outbox.counts(connection)["sent"] == 10
    assert not list((school.folder / "outbox").iterdir())  # no stored message, no password left behind
    again = email_plan(school)
    assert not again.families and all("already e-mailed" in left.reason for left in again.left_out)


def test_siblings_together_get_one_message_with_a_file_each_and_one_password_message(school, server, certificates):
    send_all(school, server, certificates, siblings="together")
    [(_, first, second)] = [pair for pair in pairs_received(server) if pair[0] == "evans.family@example.org"]
    files = attachment(first.message)
    assert [name for name, _ in files] == ["Noah - Student Score Report.pdf", "Emma - Student Score Report.pdf"]
    body = second.message.get_body(("plain",)).get_content()
    passwords = dict(line.split(": ") for line in body.splitlines() if line.endswith(tuple(ALPHABET))
                     and "Student Score Report.pdf: " in line)
    assert len(set(passwords.values())) == 2  # each file its own password
    for name, pdf in files:
        assert PdfReader(BytesIO(pdf)).decrypt(passwords[name]) == 1


def test_the_rate_limit_spaces_messages(school, server, certificates):
    clock = [0.0]
    waits = []

    def sleep(seconds):
        waits.append(seconds)
        clock[0] += seconds

    made = email_plan(school)
    run(outbox.queue(school, made, settings_for(server, certificates).from_, workers=1))
    transport = SmtpTransport(settings_for(server, certificates), PASSWORD)
    starts = []

    class Recording:
        def send(self, raw, sender, recipient):
            starts.append(clock[0])
            transport.send(raw, sender, recipient)

        def close(self):
            transport.close()

    run(outbox.send(school, Recording(), settings_for(server, certificates).from_, recipients.EmailOptions(),
                    outbox.Limits(per_minute=30), clock=lambda: clock[0], sleep=sleep))
    assert len(server.received) == 10
    assert all(b - a >= 2.0 - 1e-9 for a, b in zip(starts, starts[1:]))  # 30 a minute: one every 2 s
    assert starts[-1] == pytest.approx(18.0)


def test_the_daily_cap_stops_before_a_pair_would_be_split(school, server, certificates):
    made, result = send_all(school, server, certificates, limits=outbox.Limits(per_minute=6000, per_day=5))
    assert result.sent == 4 and result.waiting == 6 and "daily limit" in result.stopped
    assert len(server.received) == 4  # two whole pairs; the third pair waits for tomorrow


def test_a_refused_address_sends_no_password_and_the_family_is_marked(school, server, certificates):
    server.behaviour.refuse.add("mom.baker@example.net")
    made, result = send_all(school, server, certificates)
    assert result.refused == 1 and result.sent == 8
    assert "mom.baker@example.net" not in by_recipient(server)
    with school.connect() as connection:
        states = dict(connection.execute("SELECT kind, state FROM outbox WHERE recipient = 'mom.baker@example.net'"))
        assert states == {"file": "failed", "password": "cancelled"}
        bounced = [e for e in distribution.events(connection, ssid(1)) if e["event"] == "bounced"]
        assert "mom.baker@example.net" in bounced[0]["detail"] and "5.1.1" in bounced[0]["detail"]


def send_again(school, server, certificates):
    transport = SmtpTransport(settings_for(server, certificates), PASSWORD)
    return run(outbox.send(school, transport, settings_for(server, certificates).from_, recipients.EmailOptions(),
                           outbox.Limits(per_minute=6000)))


def test_a_refused_password_message_is_kept_and_sent_on_resume_never_dropped(school, server, certificates):
    server.behaviour.reject_data = {2: "554 5.7.1 Message rejected by content filter"}
    made, result = send_all(school, server, certificates)
    assert result.sent == 1 and result.waiting == 9 and "did not take its password message" in result.stopped
    server.behaviour.reject_data = {}
    again = send_again(school, server, certificates)
    assert again.sent == 9 and again.waiting == 0
    assert [password_in(item.message) != [] for item in server.received[:2]] == [False, True]  # its password next


def test_a_refusal_for_every_message_stops_without_marking_families_bounced(school, server, certificates):
    server.behaviour.reject_data = {0: "554 5.7.1 Relay access denied"}
    made, result = send_all(school, server, certificates)
    assert result.sent == result.refused == 0 and result.waiting == 10 and "mail administrator" in result.stopped
    with school.connect() as connection:
        assert not [e for n in range(6) for e in distribution.events(connection, ssid(n)) if e["event"] == "bounced"]


def test_a_message_too_large_is_refused_for_that_family_alone(school, server, certificates):
    server.behaviour.reject_data = {1: "552 5.3.4 Message size exceeds fixed limit"}
    made, result = send_all(school, server, certificates)
    assert result.refused == 1 and result.sent == 8 and "too large" in str(
        next(iter(school.connect().execute("SELECT error FROM outbox WHERE state = 'failed'")))[0])


def test_cancelling_never_leaves_a_report_without_its_password(school, server, certificates):
    made = email_plan(school)
    run(outbox.queue(school, made, settings_for(server, certificates).from_, workers=1))
    job = outbox.send(school, SmtpTransport(settings_for(server, certificates), PASSWORD),
                      settings_for(server, certificates).from_, recipients.EmailOptions(), outbox.Limits(per_minute=30))
    next(job)  # the first chance to cancel
    next(job)
    job.close()  # Cancel
    assert len(server.received) % 2 == 0 and len(server.received) >= 2
    with school.connect() as connection:
        half = connection.execute("SELECT COUNT(*) FROM outbox f JOIN outbox p ON p.pair = f.id AND p.kind = 'password'"
                                  " WHERE f.kind = 'file' AND f.state = 'sent' AND p.state != 'sent'").fetchone()[0]
    assert half == 0


def test_a_stored_message_that_went_missing_is_replaced_not_lost(school, server, certificates):
    made = email_plan(school)
    run(outbox.queue(school, made, settings_for(server, certificates).from_, workers=1))
    with school.connect() as connection:
        gone = connection.execute("SELECT spool, recipient FROM outbox WHERE kind = 'file' ORDER BY id").fetchone()
    (school.folder / "outbox" / gone["spool"]).unlink()  # quarantined by an antivirus, say
    result = send_again(school, server, certificates)
    assert result.requeued == 1 and not result.not_requeued and result.waiting == 0
    assert len(server.received) == 10
    for address, first, second in pairs_received(server):
        [(_, pdf)] = attachment(first.message)
        [password] = password_in(second.message)
        assert PdfReader(BytesIO(pdf)).decrypt(password) == 1


def test_an_address_mail_servers_cannot_take_goes_to_print(school):
    with school.connect() as connection:
        connection.execute("UPDATE guardian SET email = 'josé@example.com' WHERE ssid = ?", (ssid(4),))
    made = email_plan(school)
    assert ssid(4) in {left.ssid for left in made.to_print}


def test_a_busy_server_stops_sending_and_resume_finishes_without_doubles(school, server, certificates):
    server.behaviour.busy_at = {2}  # the first family's password message: 451
    made, result = send_all(school, server, certificates)
    assert result.sent == 1 and result.waiting == 9 and "try again later" in result.stopped.lower()
    transport = SmtpTransport(settings_for(server, certificates), PASSWORD)
    again = run(outbox.send(school, transport, settings_for(server, certificates).from_, recipients.EmailOptions(),
                            outbox.Limits(per_minute=6000)))
    assert again.sent == 9 and again.waiting == 0
    ids = [item.message_id for item in server.received]
    assert len(ids) == len(set(ids)) == 10
    first_recipient = server.received[0].recipients[0]
    assert server.received[1].recipients[0] == first_recipient  # the waiting password went first on resume
    assert password_in(server.received[1].message)


def test_a_wrong_login_or_an_untrusted_certificate_stops_with_a_plain_message(school, server, certificates):
    with pytest.raises(SetupProblem, match="refused the login"):
        SmtpTransport(settings_for(server, certificates), "wrong").send(b"x", SENDER, "a@example.com")
    with pytest.raises(SetupProblem, match="does not trust"):
        SmtpTransport(settings_for(server, certificates, ca_file=""), PASSWORD).send(b"x", SENDER, "a@example.com")
    assert not server.received


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")  # the server's TLS is implicit
def test_implicit_tls_works_too(school, certificates):
    with MailServer(certificates, implicit=True) as server:
        made, result = send_all(school, server, certificates)
        assert result.sent == 10 and len(server.received) == 10


def test_a_dry_run_builds_everything_and_sends_nothing(school, server, certificates):
    made = email_plan(school)
    result = run(outbox.dry_run(school, made, settings_for(server, certificates).from_, workers=2))
    assert result.messages == 10 and result.attachments == 5 and not result.not_built
    assert not server.received
    with school.connect() as connection:
        assert outbox.counts(connection)["queued"] == 0
        assert not distribution.print_list(connection)  # a dry run records nothing


def test_eml_export_writes_reports_and_passwords_apart_ready_to_send(school, certificates, tmp_path):
    made = email_plan(school)
    queued = run(outbox.queue(school, made, settings_for(MailServerStub, certificates).from_, outbox.EML,
                              tmp_path / "eml", workers=1))
    reports = sorted((tmp_path / "eml" / "1 - send first - reports").iterdir())
    passwords = sorted((tmp_path / "eml" / "2 - send second - passwords").iterdir())
    assert len(reports) == len(passwords) == queued.families == 5
    from email import message_from_bytes, policy
    for report_file, password_file in zip(reports, passwords):
        report = message_from_bytes(report_file.read_bytes(), policy=policy.default)
        secret = message_from_bytes(password_file.read_bytes(), policy=policy.default)
        assert report["X-Unsent"] == "1" and report["To"] == secret["To"]
        [(_, pdf)] = attachment(report)
        [password] = password_in(secret)
        assert PdfReader(BytesIO(pdf)).decrypt(password) == 1
        assert oct(report_file.stat().st_mode)[-3:] == "600"
    with pytest.raises(UserError, match="already holds"):
        run(outbox.queue(school, made, settings_for(MailServerStub, certificates).from_, outbox.EML, tmp_path / "eml"))
    again = email_plan(school)  # written once: not again, unless asked
    assert not again.families and all("written as .eml files" in left.reason for left in again.left_out)


class MailServerStub:
    port, implicit = 25, False


def test_queued_passwords_are_stored_encrypted_and_deleted_once_sent(school, server, certificates):
    made = email_plan(school)
    run(outbox.queue(school, made, settings_for(server, certificates).from_, workers=1))
    stored = list((school.folder / "outbox").iterdir())
    locked = [p for p in stored if p.name.endswith(".locked")]
    assert len(locked) == 5 and all(b"Content-Type" not in p.read_bytes() for p in locked)
    assert all(oct(p.stat().st_mode)[-3:] == "600" for p in stored)
    with school.connect() as connection:
        rows = connection.execute("SELECT kind, state, message_id FROM outbox ORDER BY id").fetchall()
    assert [r["kind"] for r in rows] == ["file", "password"] * 5 and {r["state"] for r in rows} == {"queued"}


# --- crashes --------------------------------------------------------------------------------------

def keyring_env(keyring_file):
    """A password store that outlives each process (None: this computer has none)."""
    if keyring_file is None:
        return {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    return {"PYTHON_KEYRING_BACKEND": "tests.file_keyring.FileKeyring", "SSRDESK_TEST_KEYRING": str(keyring_file)}


def sending_process(workspace, server, certificates, keyring_file, *extra):
    """`ssrdesk email --resume` in a child process, as a coordinator's laptop would run it."""
    import os
    import sys

    env = {**os.environ, "SSRDESK_SMTP_PASSWORD": PASSWORD, **keyring_env(keyring_file)}
    command = [sys.executable, "-m", "ssrdesk", "--workspace", str(workspace.folder), "email", "--resume",
               "--smtp-host", "localhost", "--smtp-port", str(server.port), "--starttls", "--user", USER,
               "--cafile", str(certificates.authority), "--from", SENDER, "--rate", "6000", *extra]
    return subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            cwd=os.path.dirname(os.path.dirname(os.path.dirname(__file__))))


@pytest.mark.parametrize("when", ["between messages", "while the server takes a message"])
def test_a_killed_sender_resumes_without_sending_anything_twice_or_losing_anything(school, server, certificates,
                                                                                  tmp_path, when):
    keyring_file = tmp_path / "keyring.json"
    made = email_plan(school)
    school.close()  # the child process opens the workspace, as another run of the app would
    queue_first(school, made, keyring_file)
    first = sending_process(school, server, certificates, keyring_file)
    if when == "between messages":
        server.behaviour.kill_pid, server.behaviour.kill_at_mail = first.pid, 4  # after the 3rd was accepted
    else:
        server.behaviour.kill_pid, server.behaviour.kill_in_data = first.pid, 3
    first.wait(timeout=60)
    assert first.returncode == -9
    server.behaviour.kill_pid = 0
    second = sending_process(school, server, certificates, keyring_file)
    out, err = second.communicate(timeout=120)
    assert second.returncode == 0, err.decode()
    ids = [item.message_id for item in server.received]
    assert set(ids) == {m for m in all_message_ids(school)}  # nothing lost
    if when == "between messages":
        assert len(ids) == len(set(ids)) == 10  # nothing twice
    else:  # the message the server had but never confirmed goes again, with the same Message-ID
        assert len(ids) == 11 and len(set(ids)) == 10
    for address, items in by_recipient(server).items():
        kinds = ["password" if not attachment(i.message) else "file" for i in items]
        assert kinds[0] == "file" and "password" in kinds  # never a password first, never a file alone
        [password] = password_in(next(i for i in items if not attachment(i.message)).message)
        [(_, pdf)] = attachment(items[0].message)
        assert PdfReader(BytesIO(pdf)).decrypt(password) == 1


def test_without_a_password_store_a_family_whose_password_was_lost_gets_a_new_report_and_password(
        school, server, certificates):
    made = email_plan(school)
    school.close()
    queue_first(school, made, None)  # the outbox key lived only in that process
    sending = sending_process(school, server, certificates, None)
    out, err = sending.communicate(timeout=120)
    assert sending.returncode == 0, err.decode()
    assert "got a new report and password" in out.decode()
    assert len(server.received) == 10  # the lost pairs were never sent; new ones went instead
    for address, first, second in pairs_received(server):
        [(_, pdf)] = attachment(first.message)
        [password] = password_in(second.message)
        assert PdfReader(BytesIO(pdf)).decrypt(password) == 1


def queue_first(workspace, made, keyring_file):
    """Queue in a child process too, so the outbox key is stored in the test's password store."""
    import os
    import sys

    env = {**os.environ, **keyring_env(keyring_file)}
    script = ("import sys; from ssrdesk.core.workspace import Workspace; from ssrdesk.core.delivery import outbox, "
              "recipients; from ssrdesk.core.delivery.messages import Sender; from ssrdesk.core.tasks import run\n"
              "with Workspace.open(sys.argv[1]) as w:\n"
              "    c = w.connect(); ssids = [r[0] for r in c.execute('SELECT ssid FROM student ORDER BY ssid')]\n"
              "    p = recipients.plan(c, ssids, recipients.EmailOptions(), w.folder); c.close()\n"
              f"    run(outbox.queue(w, p, Sender({SENDER!r})))\n")
    subprocess.run([sys.executable, "-c", script, str(workspace.folder)], env=env, check=True,
                   cwd=os.path.dirname(os.path.dirname(os.path.dirname(__file__))))


def all_message_ids(workspace):
    import sqlite3

    connection = sqlite3.connect(workspace.database)
    try:
        return [r[0] for r in connection.execute("SELECT message_id FROM outbox WHERE state != 'cancelled'")]
    finally:
        connection.close()
