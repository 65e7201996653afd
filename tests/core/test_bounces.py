"""Bounce notices: read as Postfix, Exchange, Gmail and an old qmail server write them, matched to what
ssrdesk sent, and fetched from a real IMAP server (Dovecot) without marking anything read."""

import json
import socket
import uuid
from contextlib import closing
from datetime import date, datetime, timezone
from email.message import EmailMessage, Message, MIMEPart
from email.policy import default as policy

import pytest

from ssrdesk.core import distribution
from ssrdesk.core.delivery import bounces
from ssrdesk.core.delivery.imap import STARTTLS, ImapSettings, LoginRefused, fetch_imap
from ssrdesk.core.errors import UserError
from ssrdesk.core.tasks import run
from tests.imap_server import dovecot_server

SENDER = "scores@lincoln.school.org"
# (last name, first name, reports) per SSID; the Nguyen siblings share one message.
STUDENTS = {
    "1000000001": ("Garcia", "Maria", 1),
    "1000000002": ("Nguyen", "Ana", 1),
    "1000000003": ("Nguyen", "Luis", 2),
    "1000000004": ("Lee", "Sam", 1),
    "1000000005": ("Diaz", "Rosa", 1),
}
FAMILIES = {
    "maria.garcia@example.org": ["1000000001"],
    "nguyen.family@example.net": ["1000000002", "1000000003"],
    "sam.lee@example.com": ["1000000004"],
    "rosadiaz@gmail.com": ["1000000005"],
}


# --- what ssrdesk sent ---------------------------------------------------------------------------------

def send_reports(connection) -> dict[str, dict]:
    """Students, their reports, and a sent file message and password message per family, as the e-mail run
    leaves them: {address: {"file": Message-ID, "password": Message-ID, "reports": {ssid: [report ids]}}}."""
    now = distribution.now()
    for ssid, (last, first, _) in STUDENTS.items():
        connection.execute("INSERT INTO student (ssid, last_name, first_name) VALUES (?, ?, ?)", (ssid, last, first))
    pdf = connection.execute("INSERT INTO ssr_file (name, sha256, stored_as, pages, imported_at)"
                             " VALUES ('ssr.pdf', 'abc', 'ssr.pdf', 12, ?)", (now,)).lastrowid
    reports = {}
    for ssid, (_, _, count) in STUDENTS.items():
        reports[ssid] = [connection.execute(
            "INSERT INTO ssr (ssr_file_id, first_page, page_count, printed_ssid, language, content_hash, ssid)"
            " VALUES (?, 1, 2, ?, 'English', ?, ?)", (pdf, ssid, uuid.uuid4().hex, ssid)).lastrowid
            for _ in range(count)]
    run_id = connection.execute("INSERT INTO email_run (created_at, mode, sender, options) VALUES (?, 'send', ?, '{}')",
                                (now, SENDER)).lastrowid
    sent = {}
    for address, ssids in FAMILIES.items():
        family = {"reports": {ssid: reports[ssid] for ssid in ssids}}
        report_ids = [r for ssid in ssids for r in reports[ssid]]
        pair = None
        for kind, event in (("file", distribution.EMAILED), ("password", distribution.PASSWORD_SENT)):
            family[kind] = f"<{uuid.uuid4().hex}@lincoln.school.org>"
            outbox = connection.execute(
                "INSERT INTO outbox (run_id, pair, kind, recipient, ssids, report_ids, message_id, state, attempts,"
                " queued_at, sent_at) VALUES (?, 0, ?, ?, ?, ?, ?, 'sent', 1, ?, ?)",
                (run_id, kind, address, json.dumps(ssids), json.dumps(report_ids), family[kind], now, now)).lastrowid
            pair = pair or outbox
            connection.execute("UPDATE outbox SET pair = ? WHERE id = ?", (pair, outbox))
            distribution.record(connection, [(ssid, r, event, distribution.EMAIL, address, outbox)
                                             for ssid in ssids for r in reports[ssid]])
        sent[address] = family
    return sent


@pytest.fixture
def connection(workspace):
    with closing(workspace.connect()) as connection:
        yield connection


@pytest.fixture
def sent(connection):
    return send_reports(connection)


# --- bounce notices, shaped as real mail servers shape them ----------------------------------------------

def original(message_id: str, to: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = f"Lincoln Elementary <{SENDER}>"
    message["To"] = to
    message["Subject"] = "Your child's CAASPP score report"
    message["Date"] = "Tue, 02 Sep 2025 09:14:03 -0700"
    message["Message-ID"] = message_id
    message.set_content("Attached is your child's score report. The password comes in a separate message.")
    message.add_attachment(b"%PDF-1.7 encrypted", maintype="application", subtype="pdf", filename="report.pdf")
    return message


def returned_headers(message_id: str | None, to: str) -> str:
    headers = original(message_id or "<x@y>", to)
    if message_id is None:
        del headers["Message-ID"]
    return headers.as_string().split("\n\n", 1)[0] + "\n"


def status_blocks(mta: str, *recipients: dict) -> MIMEPart:
    """A message/delivery-status part: one block about the message, then one per recipient."""
    blocks = []
    for fields in ({"Reporting-MTA": f"dns; {mta}", "Arrival-Date": "Tue, 2 Sep 2025 09:14:05 -0700"}, *recipients):
        block = Message(policy=policy)
        for name, value in fields.items():
            block[name] = value
        blocks.append(block)
    part = MIMEPart(policy=policy)
    part["Content-Type"] = "message/delivery-status"
    part.set_payload(blocks)
    return part


def report(sender: str, subject: str, notice_id: str | None, human: str, status: MIMEPart, returned,
           html: str | None = None, **headers) -> bytes:
    """multipart/report; report-type=delivery-status: the human text, the status, what came back."""
    notice = EmailMessage()
    notice["From"] = sender
    notice["To"] = SENDER
    notice["Subject"] = subject
    notice["Date"] = "Tue, 02 Sep 2025 09:14:06 -0700"
    if notice_id:
        notice["Message-ID"] = notice_id
    notice["Auto-Submitted"] = "auto-replied"
    for name, value in headers.items():
        notice[name.replace("_", "-")] = value
    notice.set_content(human)
    if html:
        notice.add_alternative(html, subtype="html")
    notice.make_mixed()
    notice.attach(status)
    if isinstance(returned, str):
        notice.add_attachment(returned, subtype="rfc822-headers", disposition="inline")
    else:
        notice.add_attachment(returned)
    notice.set_type("multipart/report")
    notice.set_param("report-type", "delivery-status")
    return notice.as_bytes()


def postfix_bounce(message_id: str, to: str, status="5.1.1", notice_id="<20250902161406.3A1B2C0@mx.school.org>",
                   diagnostic="smtp; 550 5.1.1 <{to}>: Recipient address rejected: User unknown in local "
                              "recipient table") -> bytes:
    return report(
        "MAILER-DAEMON@mx.school.org (Mail Delivery System)", "Undelivered Mail Returned to Sender", notice_id,
        "This is the mail system at host mx.school.org.\n\nI'm sorry to have to inform you that your message could "
        f"not\nbe delivered to one or more recipients.\n\n<{to}>: host mx.example.org said: 550 5.1.1\n",
        status_blocks("mx.school.org", {"Final-Recipient": f"rfc822; {to}", "Original-Recipient": f"rfc822;{to}",
                                        "Action": "failed", "Status": status, "Remote-MTA": "dns; mx.example.org",
                                        "Diagnostic-Code": diagnostic.format(to=to)}),
        returned_headers(message_id, to))


def exchange_bounce(message_id: str, to: str) -> bytes:
    """Microsoft 365: 5.1.10, a human part in text and HTML, and the whole message returned."""
    return report(
        "Microsoft Outlook <postmaster@lincolnschools.onmicrosoft.com>", "Undeliverable: Your child's CAASPP "
        "score report", "<a1b2c3d4-0000-4000-8000-aaaaaaaaaaaa@BN8PR12MB.namprd12.prod.outlook.com>",
        f"Your message to {to} couldn't be delivered.\n{to.split('@')[0]} wasn't found at {to.split('@')[1]}.",
        status_blocks("BN8PR12MB.namprd12.prod.outlook.com", {
            "Final-Recipient": f"rfc822;{to}", "Action": "failed", "Status": "5.1.10",
            "Diagnostic-Code": "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP "
                               "address lookup"}),
        original(message_id, to), html=f"<p>Your message to {to} couldn't be delivered.</p>",
        X_MS_Exchange_Message_Is_Ndr="")


def gmail_bounce(message_id: str, to: str) -> bytes:
    """Gmail: over quota; the returned headers stop before the Message-ID, but In-Reply-To names it."""
    return report(
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "Delivery Status Notification (Failure)",
        "<5f2c1a.050a0220.1c2b3d.0001.GMR@mx.google.com>",
        f"** Address not found **\n\nYour message wasn't delivered to {to} because the mailbox is full.",
        status_blocks("googlemail.com", {
            "Final-Recipient": f"rfc822; {to}", "Action": "failed", "Status": "5.2.2",
            "Remote-MTA": "dns; gmail-smtp-in.l.google.com. (142.250.1.27, the server for the domain gmail.com.)",
            "Diagnostic-Code": "smtp; 552-5.2.2 The recipient's inbox is out of storage space. Please direct the "
                               "recipient to 552 5.2.2 https://support.google.com/mail/?p=OverQuotaTemp",
            "Last-Attempt-Date": "Tue, 02 Sep 2025 09:14:06 -0700 (PDT)"}),
        returned_headers(None, to), In_Reply_To=message_id, References=message_id, X_Failed_Recipients=to)


def postfix_delay(message_id: str, to: str) -> bytes:
    return report(
        "MAILER-DAEMON@mx.school.org (Mail Delivery System)", "Delayed Mail (still being retried)",
        f"<{uuid.uuid4().hex}@mx.school.org>",
        "This is the mail system at host mx.school.org.\n\n####################################################\n"
        "#    THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE.    #\n",
        status_blocks("mx.school.org", {"Final-Recipient": f"rfc822; {to}", "Action": "delayed", "Status": "4.4.1",
                                        "Diagnostic-Code": "X-Postfix; connect to mx.example.org[203.0.113.5]:25: "
                                                           "Connection timed out",
                                        "Will-Retry-Until": "Sat, 6 Sep 2025 09:14:05 -0700 (PDT)"}),
        returned_headers(message_id, to))


def qmail_bounce(message_id: str, to: str) -> bytes:
    """An old server's plain-text bounce: no delivery-status part, the original's headers quoted in the text."""
    notice = EmailMessage()
    notice["From"] = "MAILER-DAEMON@mail.oldisp.net"
    notice["To"] = SENDER
    notice["Subject"] = "failure notice"
    notice["Date"] = "Tue, 02 Sep 2025 16:20:00 -0000"
    notice.set_content(
        "Hi. This is the qmail-send program at mail.oldisp.net.\nI'm afraid I wasn't able to deliver your message "
        "to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{to}>:\n10.5.1.1 does not like recipient.\nRemote host said: 550 sorry, mailbox is disabled (#5.2.1)\n"
        "Giving up on 10.5.1.1.\n\n--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{SENDER}>\nReceived: from mx.school.org\n{returned_headers(message_id, to)}\n"
        "Attached is your child's score report.\n")
    return notice.as_bytes()


def parent_reply(message_id: str) -> bytes:
    reply = EmailMessage()
    reply["From"] = "Maria Garcia <maria.garcia@example.org>"
    reply["To"] = SENDER
    reply["Subject"] = "Re: Your child's CAASPP score report"
    reply["Message-ID"] = "<CAF=reply123@mail.gmail.com>"
    reply["In-Reply-To"] = message_id
    reply.set_content("Thank you! We got it.")
    return reply.as_bytes()


def imported(connection, *messages: tuple[bytes, str]) -> bounces.BounceReport:
    return bounces.import_notices(connection, [bounces.read_notice(raw, source) for raw, source in messages])


def bounced_events(connection, ssid: str) -> list[dict]:
    return [e for e in distribution.events(connection, ssid) if e["event"] == distribution.BOUNCED]


# --- reading notices ---------------------------------------------------------------------------------------

def test_each_servers_notice_names_the_address_the_reason_and_the_message():
    postfix = bounces.read_notice(postfix_bounce("<m1@lincoln.school.org>", "a@example.org"), "p.eml")
    assert postfix.notice_id == "<20250902161406.3A1B2C0@mx.school.org>"
    assert postfix.message_ids == ("<m1@lincoln.school.org>",)
    assert postfix.failures == (bounces.Failure(
        "a@example.org", "5.1.1", "550 5.1.1 <a@example.org>: Recipient address rejected: User unknown in local "
        "recipient table"),)
    assert (postfix.delays, postfix.source) == (0, "p.eml")

    exchange = bounces.read_notice(exchange_bounce("<m2@lincoln.school.org>", "b@example.net"), "x.eml")
    assert exchange.message_ids[0] == "<m2@lincoln.school.org>"
    assert [(f.recipient, f.status) for f in exchange.failures] == [("b@example.net", "5.1.10")]

    gmail = bounces.read_notice(gmail_bounce("<m3@lincoln.school.org>", "c@gmail.com"), "g.eml")
    assert gmail.message_ids == ("<m3@lincoln.school.org>",)  # from In-Reply-To: the returned headers lack it
    assert [(f.recipient, f.status) for f in gmail.failures] == [("c@gmail.com", "5.2.2")]

    old = bounces.read_notice(qmail_bounce("<m4@lincoln.school.org>", "d@oldisp.net"), "q.eml")
    assert old.message_ids == ("<m4@lincoln.school.org>",)
    assert old.failures[0].status == "5.2.1"  # not the 5.1.1 inside the IP address 10.5.1.1
    assert old.notice_id.startswith("sha256:")  # it has no Message-ID of its own


def test_a_delay_warning_is_counted_not_a_bounce_and_ordinary_mail_is_not_a_notice():
    delay = bounces.read_notice(postfix_delay("<m1@lincoln.school.org>", "a@example.org"), "d.eml")
    assert (delay.failures, delay.delays) == ((), 1)
    assert bounces.read_notice(parent_reply("<m1@lincoln.school.org>"), "reply.eml") is None
    assert bounces.read_notice(b"not an e-mail at all", "junk.eml") is None


def test_a_success_report_is_not_a_bounce():
    raw = postfix_bounce("<m1@lincoln.school.org>", "a@example.org").replace(b"Action: failed", b"Action: delivered")
    assert bounces.read_notice(raw.replace(b"Status: 5.1.1", b"Status: 2.0.0"), "ok.eml") is None


@pytest.mark.parametrize("status, words", [
    ("5.1.1", "the address does not exist"),
    ("5.1.10", "the address does not exist"),
    ("5.1.2", "the address's domain (after the @) does not exist"),
    ("5.2.1", "the mailbox is closed or not accepting mail"),
    ("5.2.2", "the mailbox is full"),
    ("5.7.1", "the family's mail server refused the message (blocked as unwanted or not allowed)"),
    ("4.4.7", "the family's mail server kept turning it away and the sending server gave up"),
    ("5.3.0", "the message could not be delivered"),
    ("", "the message could not be delivered"),
])
def test_status_codes_in_plain_words(status, words):
    assert bounces.reason(status) == words


# --- importing ---------------------------------------------------------------------------------------------

def test_bounces_mark_the_right_students_with_the_plain_reason(connection, sent):
    maria, nguyen, rosa = (sent[a] for a in ("maria.garcia@example.org", "nguyen.family@example.net",
                                               "rosadiaz@gmail.com"))
    result = imported(connection,
                      (postfix_bounce(maria["file"], "maria.garcia@example.org"), "postfix.eml"),
                      (exchange_bounce(nguyen["file"], "nguyen.family@example.net"), "exchange.eml"),
                      (gmail_bounce(rosa["password"], "rosadiaz@gmail.com"), "gmail.eml"))

    assert [(m.ssids, m.students, m.recipient, m.reason, m.message) for m in result.matched] == [
        (["1000000001"], ["Garcia, Maria"], "maria.garcia@example.org", "the address does not exist", "file"),
        (["1000000002", "1000000003"], ["Nguyen, Ana", "Nguyen, Luis"], "nguyen.family@example.net",
         "the address does not exist", "file"),
        (["1000000005"], ["Diaz, Rosa"], "rosadiaz@gmail.com", "the mailbox is full", "password"),
    ]
    assert (result.unmatched, result.duplicates, result.delays) == ([], [], 0)

    [event] = bounced_events(connection, "1000000001")
    assert event["detail"] == "maria.garcia@example.org: the address does not exist (5.1.1)"
    assert (event["route"], event["report"]) == (distribution.EMAIL, maria["reports"]["1000000001"][0])
    # Siblings in one message: each report's event goes to its own student.
    assert [e["report"] for e in bounced_events(connection, "1000000003")] == nguyen["reports"]["1000000003"]
    assert [e["report"] for e in bounced_events(connection, "1000000002")] == nguyen["reports"]["1000000002"]
    assert bounced_events(connection, "1000000004") == []

    rows = connection.execute("SELECT b.*, o.message_id AS sent FROM bounce b JOIN outbox o ON o.id = b.outbox_id"
                              " ORDER BY b.id").fetchall()
    assert [(r["message_id"] == r["sent"], r["status"], r["source"]) for r in rows] == [
        (True, "5.1.1", "postfix.eml"), (True, "5.1.10", "exchange.eml"), (True, "5.2.2", "gmail.eml")]

    families = bounces.bounced_families(connection)
    assert [(f["ssid"], f["student"], f["address"], f["reason"], f["on_print_list"]) for f in families] == [
        ("1000000005", "Diaz, Rosa", "rosadiaz@gmail.com", "the mailbox is full", False),
        ("1000000001", "Garcia, Maria", "maria.garcia@example.org", "the address does not exist", False),
        ("1000000002", "Nguyen, Ana", "nguyen.family@example.net", "the address does not exist", False),
        ("1000000003", "Nguyen, Luis", "nguyen.family@example.net", "the address does not exist", False),
    ]


def test_a_reimport_adds_nothing(connection, sent):
    maria = sent["maria.garcia@example.org"]
    notices = [(postfix_bounce(maria["file"], "maria.garcia@example.org"), "postfix.eml"),
               (qmail_bounce(maria["password"], "maria.garcia@example.org"), "qmail.eml")]
    first = imported(connection, *notices)
    assert len(first.matched) == 2
    before = connection.execute("SELECT COUNT(*) FROM distribution").fetchone()[0]

    again = imported(connection, *notices)
    assert (again.matched, again.duplicates) == ([], ["postfix.eml", "qmail.eml"])
    assert connection.execute("SELECT COUNT(*) FROM distribution").fetchone()[0] == before
    assert connection.execute("SELECT COUNT(*) FROM bounce").fetchone()[0] == 2
    assert "2 notices imported before, skipped." in again.text()


def test_a_notice_about_a_message_ssrdesk_did_not_send_is_reported_not_an_error(connection, sent):
    result = imported(connection, (postfix_bounce("<someone-else@school.org>", "x@example.org", status="5.7.1",
                                                  notice_id="<other@mx>"), "other.eml"))
    assert result.matched == []
    [other] = result.unmatched
    assert (other.recipient, other.reason, other.message_id, other.source) == (
        "x@example.org", bounces.REASONS["5.7.1"], "<someone-else@school.org>", "other.eml")
    assert bounces.bounced_families(connection) == []
    assert "1 bounce about messages ssrdesk did not send, left alone:" in result.text()


def test_delays_and_ordinary_mail_are_counted_for_the_user(connection, sent):
    maria = sent["maria.garcia@example.org"]
    result = imported(connection, *[(postfix_delay(maria["file"], "maria.garcia@example.org"), f"d{i}.eml")
                                    for i in range(3)], (parent_reply(maria["file"]), "reply.eml"))
    assert (result.matched, result.delays, result.not_bounces) == ([], 3, 1)
    assert connection.execute("SELECT COUNT(*) FROM bounce").fetchone()[0] == 0
    assert result.text() == ("3 delay warnings skipped: the mail server is still trying, and sends a bounce if it "
                             "gives up.\n1 message that is not a bounce notice, skipped.")


def test_an_old_servers_plain_text_bounce_is_matched(connection, sent):
    maria = sent["maria.garcia@example.org"]
    [match] = imported(connection, (qmail_bounce(maria["file"], "maria.garcia@example.org"), "old.eml")).matched
    assert (match.ssids, match.recipient, match.reason) == (
        ["1000000001"], "maria.garcia@example.org", "the mailbox is closed or not accepting mail")


# --- the bounced families and the print list ---------------------------------------------------------------

def test_move_to_print_puts_exactly_the_bounced_families_on_the_print_list(connection, sent):
    imported(connection, *[(postfix_bounce(sent[a]["file"], a, notice_id=f"<{a}@mx>"), a)
                           for a in ("maria.garcia@example.org", "nguyen.family@example.net")])
    assert bounces.move_bounced_to_print(connection) == 3
    assert distribution.print_list(connection) == dict.fromkeys(["1000000001", "1000000002", "1000000003"],
                                                                 "e-mail bounced")
    assert all(f["on_print_list"] for f in bounces.bounced_families(connection))
    assert bounces.move_bounced_to_print(connection) == 0  # a second click adds nobody twice

    maria = sent["maria.garcia@example.org"]["reports"]["1000000001"]
    distribution.record_print_run(connection, "/batches", {}, [("1000000001", "A", maria, "")], 1)
    assert [f["ssid"] for f in bounces.bounced_families(connection)] == ["1000000002", "1000000003"]


def test_a_bounce_is_sorted_out_by_a_new_address_printing_or_handing_out(connection, sent):
    imported(connection, *[(postfix_bounce(sent[a]["password"], a, notice_id=f"<{a}@mx>"), a) for a in FAMILIES])
    outbox = {r["recipient"]: r["id"] for r in connection.execute("SELECT * FROM outbox WHERE kind = 'password'")}
    distribution.record(connection, [  # resent to the same address: still bounced
        ("1000000001", None, distribution.PASSWORD_SENT, distribution.EMAIL, "maria.garcia@example.org",
         outbox["maria.garcia@example.org"])])
    password_resent(connection, "1000000005", "rosa.diaz@school-parents.org", "<new@l>")
    distribution.mark_handed_out(connection, ["1000000004"], "parent conference")
    assert [f["ssid"] for f in bounces.bounced_families(connection)] == ["1000000001", "1000000002", "1000000003"]


def password_resent(connection, ssid, address, message_id):
    """A later pair of messages to `address` whose password got through, as the outbox records it."""
    resend = connection.execute(
        "INSERT INTO outbox (run_id, pair, kind, recipient, ssids, report_ids, message_id, state, queued_at)"
        " VALUES (1, 0, 'password', ?, ?, '[]', ?, 'sent', ?)",
        (address, f'["{ssid}"]', message_id, distribution.now())).lastrowid
    connection.execute("UPDATE outbox SET pair = id WHERE id = ?", (resend,))  # a pair is named by its first row
    distribution.record(connection, [(ssid, None, distribution.PASSWORD_SENT, distribution.EMAIL, address, resend)])


def test_a_late_bounce_for_an_address_already_replaced_does_not_count(connection, sent):
    rosa = sent["rosadiaz@gmail.com"]
    password_resent(connection, "1000000005", "rosa.diaz@school-parents.org", "<new@l>")
    imported(connection, (gmail_bounce(rosa["file"], "rosadiaz@gmail.com"), "late.eml"))
    assert bounced_events(connection, "1000000005") and bounces.bounced_families(connection) == []


def test_a_resend_to_the_same_address_that_got_through_clears_the_bounce(connection, sent):
    rosa = sent["rosadiaz@gmail.com"]
    imported(connection, (gmail_bounce(rosa["file"], "rosadiaz@gmail.com"), "full.eml"))  # mailbox full
    assert [f["ssid"] for f in bounces.bounced_families(connection)] == ["1000000005"]
    password_resent(connection, "1000000005", "rosadiaz@gmail.com", "<again@l>")
    assert bounces.bounced_families(connection) == []


def test_a_message_refused_while_sending_counts_as_bounced_too(connection, sent):
    outbox = {r["recipient"]: r["id"] for r in connection.execute("SELECT * FROM outbox WHERE kind = 'file'")}
    distribution.record(connection, [  # as the outbox records a 5xx answer from the school's own mail server
        ("1000000004", None, distribution.BOUNCED, distribution.EMAIL, "sam.lee@example.com: the recipient was "
         "refused: 550 5.1.2 Domain example.com has no mail server", outbox["sam.lee@example.com"]),
        ("1000000005", None, distribution.BOUNCED, distribution.EMAIL,
         "rosadiaz@gmail.com: the message was refused: 554 message rejected", outbox["rosadiaz@gmail.com"])])
    assert [(f["ssid"], f["reason"], f["status"]) for f in bounces.bounced_families(connection)] == [
        ("1000000005", "the message was refused: 554 message rejected", ""),
        ("1000000004", "the address's domain (after the @) does not exist", "5.1.2")]


# --- IMAP, against a real Dovecot ---------------------------------------------------------------------------

@pytest.fixture
def mail_server(tmp_path):
    with dovecot_server(tmp_path / "imap") as server:
        yield server


def settings_for(server, **changes) -> ImapSettings:
    return ImapSettings(**{"host": server.host, "user": server.user, "port": server.ssl_port,
                           "ca_file": str(server.ca_file), **changes})


def test_fetch_imap_reads_the_bounces_and_leaves_them_unread(connection, sent, mail_server):
    maria, nguyen = sent["maria.garcia@example.org"], sent["nguyen.family@example.net"]
    mail_server.deliver(postfix_bounce(maria["file"], "maria.garcia@example.org"))
    mail_server.deliver(exchange_bounce(nguyen["password"], "nguyen.family@example.net"))
    mail_server.deliver(postfix_delay(maria["file"], "maria.garcia@example.org"))
    mail_server.deliver(parent_reply(maria["file"]))
    settings = settings_for(mail_server)

    steps = []
    messages = run(fetch_imap(settings, mail_server.password, None), steps.append)
    assert len(messages) == 3  # the parent's reply is not fetched at all
    assert steps and steps[0].text == "Connecting to 127.0.0.1"

    result = bounces.import_notices(connection, [bounces.read_notice(m, settings.mailbox) for m in messages])
    assert sorted(m.recipient for m in result.matched) == ["maria.garcia@example.org", "nguyen.family@example.net"]
    assert result.delays == 1
    assert {m.source for m in result.matched} == {"INBOX of coordinator@school.org on 127.0.0.1"}
    flags = mail_server.flags()
    assert len(flags) == 4 and not any("\\Seen" in f for f in flags)

    again = run(fetch_imap(settings, mail_server.password, None))
    assert len(bounces.import_notices(connection, [bounces.read_notice(m, "x") for m in again]).duplicates) == 2


def test_starttls_a_named_folder_and_since(connection, sent, mail_server):
    maria = sent["maria.garcia@example.org"]
    mail_server.deliver(postfix_bounce(maria["file"], "maria.garcia@example.org"), folder="Bounces",
                        received=datetime(2025, 9, 2, 16, 14, tzinfo=timezone.utc))
    mail_server.deliver(postfix_bounce("<last-year@lincoln.school.org>", "old@example.org", notice_id="<old@mx>"),
                        folder="Bounces", received=datetime(2024, 9, 3, 16, 14, tzinfo=timezone.utc))
    settings = settings_for(mail_server, host="localhost", port=mail_server.starttls_port, security=STARTTLS,
                            folder="Bounces")
    assert len(run(fetch_imap(settings, mail_server.password, None))) == 2
    [message] = run(fetch_imap(settings, mail_server.password, date(2025, 1, 1)))
    assert bounces.read_notice(message, settings.mailbox).message_ids == (maria["file"],)


def test_a_wrong_password_is_a_plain_error(mail_server):
    with pytest.raises(LoginRefused, match="refused the login for coordinator@school.org. Check the user name"):
        run(fetch_imap(settings_for(mail_server), "wrong", None))


def test_a_certificate_not_from_a_trusted_authority_is_refused(mail_server):
    with pytest.raises(UserError, match="its certificate is not trusted .* give its certificate file"):
        run(fetch_imap(settings_for(mail_server, ca_file=None), mail_server.password, None))
    with pytest.raises(UserError, match="its certificate is not trusted"):
        run(fetch_imap(settings_for(mail_server, ca_file=None, security=STARTTLS, port=mail_server.starttls_port),
                       mail_server.password, None))


def test_connection_problems_are_plain_errors(mail_server, tmp_path):
    closed = socket.socket()  # bound but not listening: connections to it are refused
    closed.bind(("127.0.0.1", 0))
    with pytest.raises(UserError, match="There is no folder 'Rebotes'"):
        run(fetch_imap(settings_for(mail_server, folder="Rebotes"), mail_server.password, None))
    with pytest.raises(UserError, match="Could not start a secure connection .* STARTTLS instead"):
        run(fetch_imap(settings_for(mail_server, port=mail_server.starttls_port), mail_server.password, None))
    with closed, pytest.raises(UserError, match=f"Cannot connect to the mail server 127.0.0.1 port "
                                                f"{closed.getsockname()[1]}: Connection refused"):
        run(fetch_imap(settings_for(mail_server, port=closed.getsockname()[1]), mail_server.password, None))
    with pytest.raises(UserError, match="The certificate file .* cannot be used"):
        run(fetch_imap(settings_for(mail_server, ca_file=str(tmp_path / "missing.pem")), mail_server.password, None))
