import argparse
import json
import sys
from contextlib import closing

import pytest

from ssrdesk import cli_bounces
from ssrdesk.core import distribution, keychain
from ssrdesk.core.errors import UserError
from tests.core.test_bounces import gmail_bounce, parent_reply, postfix_bounce, postfix_delay, send_reports
from tests.imap_server import dovecot_server

MARIA, ROSA = "maria.garcia@example.org", "rosadiaz@gmail.com"


def bounces_cli(capsys, workspace, *args):
    """`ssrdesk bounces ARGS` on an open workspace, errors reported as ssrdesk.cli.main reports them."""
    top = argparse.ArgumentParser(prog="ssrdesk")
    cli_bounces.add_commands(top.add_subparsers(dest="command"))
    parsed = top.parse_args(["bounces", *args])
    try:
        code = cli_bounces.HANDLERS[parsed.command](workspace, parsed)
    except UserError as error:
        print(f"ssrdesk: {error}", file=sys.stderr)
        code = 2
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def sent(workspace):
    with closing(workspace.connect()) as connection:
        return send_reports(connection)


@pytest.fixture
def notices(tmp_path, sent):
    """A folder of saved notices, as a coordinator drags them out of the mail program."""
    folder = tmp_path / "bounces"
    folder.mkdir()
    for name, raw in {"1-postfix.eml": postfix_bounce(sent[MARIA]["file"], MARIA),
                      "2-gmail.eml": gmail_bounce(sent[ROSA]["password"], ROSA),
                      "3-delay.eml": postfix_delay(sent[MARIA]["file"], MARIA),
                      "4-reply.eml": parent_reply(sent[MARIA]["file"]),
                      "5-unknown.eml": postfix_bounce("<not-ours@school.org>", "x@example.org", notice_id="<u@mx>"),
                      "notes.txt": b"not read: only .eml files in a folder"}.items():
        (folder / name).write_bytes(raw)
    return folder


@pytest.fixture
def no_password_store(monkeypatch):
    """As on a PC without a system password store: passwords live in memory only, never in a real keyring."""
    monkeypatch.setattr(keychain, "remembered", lambda: False)
    monkeypatch.setattr(keychain, "_session", {})
    monkeypatch.delenv(cli_bounces.PASSWORD_VARIABLE, raising=False)


def test_import_a_folder_list_the_families_and_move_them_to_print(capsys, workspace, notices):
    code, out, _ = bounces_cli(capsys, workspace, "--import", str(notices))
    assert code == 0
    assert out == (
        "2 bounced messages matched to families:\n"
        "  Garcia, Maria (1000000001): maria.garcia@example.org: the address does not exist (5.1.1)\n"
        "  Diaz, Rosa (1000000005): rosadiaz@gmail.com: the mailbox is full (5.2.2)\n"
        "1 bounce about messages ssrdesk did not send, left alone:\n"
        "  5-unknown.eml: x@example.org: the address does not exist (5.1.1)\n"
        "1 delay warning skipped: the mail server is still trying, and sends a bounce if it gives up.\n"
        "1 message that is not a bounce notice, skipped.\n"
        "2 families whose e-mail bounced are not on the print list yet; move them with: ssrdesk bounces --to-print\n")

    code, out, _ = bounces_cli(capsys, workspace, "--import", str(notices / "1-postfix.eml"))
    assert (code, out.splitlines()[0]) == (0, "1 notice imported before, skipped.")

    code, out, _ = bounces_cli(capsys, workspace)
    lines = out.splitlines()
    assert lines[0] == "2 families whose e-mail bounced:"
    assert lines[1].startswith("  1000000005  Diaz, Rosa")
    assert "rosadiaz@gmail.com: the mailbox is full (5.2.2)" in lines[1]
    assert lines[2].startswith("  1000000001  Garcia, Maria")

    code, out, _ = bounces_cli(capsys, workspace, "--to-print")
    assert out.splitlines()[-1] == "Moved 2 families to the print list."
    with closing(workspace.connect()) as connection:
        assert distribution.print_list(connection) == {"1000000001": "e-mail bounced", "1000000005": "e-mail bounced"}
    code, out, _ = bounces_cli(capsys, workspace)
    assert out.splitlines()[1].endswith("(on the print list)") and "move them" not in out


def test_json(capsys, workspace, notices, sent):
    code, out, _ = bounces_cli(capsys, workspace, "--import", str(notices / "1-postfix.eml"),
                               str(notices / "5-unknown.eml"), str(notices / "3-delay.eml"), "--to-print", "--json")
    result = json.loads(out)
    assert code == 0 and set(result) == {"imported", "bounced_families", "moved_to_print"}
    assert result["imported"] == {
        "matched": [{"ssids": ["1000000001"], "students": ["Garcia, Maria"], "recipient": MARIA,
                     "reason": "the address does not exist", "status": "5.1.1",
                     "diagnostic": f"550 5.1.1 <{MARIA}>: Recipient address rejected: User unknown in local "
                                   "recipient table",
                     "message": "file", "source": "1-postfix.eml"}],
        "unmatched": [{"recipient": "x@example.org", "reason": "the address does not exist", "status": "5.1.1",
                       "diagnostic": "550 5.1.1 <x@example.org>: Recipient address rejected: User unknown in local "
                                     "recipient table",
                       "message_id": "<not-ours@school.org>", "source": "5-unknown.eml"}],
        "duplicates": [], "delays": 1, "not_bounces": 0}
    [family] = result["bounced_families"]
    assert family.pop("when").startswith("20")
    assert family == {"ssid": "1000000001", "student": "Garcia, Maria", "address": MARIA,
                      "reason": "the address does not exist", "status": "5.1.1", "on_print_list": True}
    assert result["moved_to_print"] == 1

    code, out, _ = bounces_cli(capsys, workspace, "--json")
    assert json.loads(out)["imported"] is None and json.loads(out)["moved_to_print"] is None


def test_imap_with_the_password_from_the_environment(capsys, workspace, sent, tmp_path, monkeypatch):
    with dovecot_server(tmp_path / "imap") as server:
        server.deliver(postfix_bounce(sent[MARIA]["file"], MARIA))
        monkeypatch.setenv(cli_bounces.PASSWORD_VARIABLE, server.password)
        code, out, err = bounces_cli(capsys, workspace, "--imap-host", server.host, "--imap-port",
                                     str(server.starttls_port), "--starttls", "--imap-user", server.user,
                                     "--cafile", str(server.ca_file), "--since", "2025-01-01", "--json")
        assert (code, err) == (0, "")
        [matched] = json.loads(out)["imported"]["matched"]
        assert (matched["ssids"], matched["source"]) == (["1000000001"], "INBOX of coordinator@school.org on 127.0.0.1")
        assert not any("\\Seen" in f for f in server.flags())

        code, out, err = bounces_cli(capsys, workspace, "--imap-host", server.host, "--imap-port",
                                     str(server.ssl_port), "--imap-user", server.user)
        assert code == 2 and "its certificate is not trusted" in err and "Traceback" not in err


def test_a_typed_password_is_kept_and_a_refused_saved_one_forgotten(capsys, workspace, sent, tmp_path, monkeypatch,
                                                                       no_password_store):
    with dovecot_server(tmp_path / "imap") as server:
        args = ["--imap-host", server.host, "--imap-port", str(server.ssl_port), "--imap-user", server.user,
                "--cafile", str(server.ca_file)]
        monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
        monkeypatch.setattr("getpass.getpass", lambda prompt: server.password)
        code, out, err = bounces_cli(capsys, workspace, *args)
        assert (code, out, err) == (0, "No bounce notices found.\n", keychain.NOT_REMEMBERED + "\n")

        monkeypatch.setattr("getpass.getpass", lambda prompt: pytest.fail("asked again for a saved password"))
        assert bounces_cli(capsys, workspace, *args)[0] == 0

        keychain.store(f"imap {server.user}@{server.host}", "changed since")
        code, _, err = bounces_cli(capsys, workspace, *args)
        assert code == 2 and "refused the login" in err and "The saved password was removed" in err
        assert keychain.load(f"imap {server.user}@{server.host}") is None


def test_usage_mistakes_are_plain(capsys, workspace, tmp_path, monkeypatch, no_password_store):
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False)
    code, _, err = bounces_cli(capsys, workspace, "--imap-host", "mail.school.org")
    assert (code, err) == (2, "ssrdesk bounces: say whose mailbox to read with --imap-user USER.\n")
    code, _, err = bounces_cli(capsys, workspace, "--imap-host", "mail.school.org", "--imap-user", "me@school.org")
    assert code == 2 and "No IMAP password: set SSRDESK_IMAP_PASSWORD" in err
    code, _, err = bounces_cli(capsys, workspace, "--import", str(tmp_path / "gone.eml"))
    assert code == 2 and err.startswith(f"ssrdesk: Cannot read {tmp_path / 'gone.eml'}: No such file or directory.")
    with pytest.raises(SystemExit):
        bounces_cli(capsys, workspace, "--since", "9/2/2025")
    assert "'9/2/2025' is not a date written as YYYY-MM-DD" in capsys.readouterr().err
