"""The e-mail command end to end on a demo district: dry run, .eml export, the print list, sending through a
real SMTP server, and the outbox status."""

import json

import pytest

from ssrdesk.cli import main
from tests.mail_server import MailServer
from tests.tls import PASSWORD, USER, make_certificates

SENDER = "testing@demo.example.org"


def cli(capsys, *args):
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def district(tmp_path):
    folder = tmp_path / "demo"
    assert main(["demo", str(folder), "--students", "60", "--json"]) == 0
    return str(folder)


def test_a_dry_run_plans_and_builds_everything_and_sends_nothing(capsys, district):
    capsys.readouterr()
    code, out, _ = cli(capsys, "--workspace", district, "email", "--dry-run", "--from", SENDER, "--json")
    found = json.loads(out)
    plan, dry = found["plan"], found["dry_run"]
    assert code == 0 and plan["pairs"] > 0 and plan["password"]["bits"] >= 60
    assert dry["messages"] == plan["messages"] == 2 * plan["pairs"] and not dry["not_built"]
    assert all(left["reason"] for left in plan["to_print"] + plan["left_out"])
    code, out, _ = cli(capsys, "--workspace", district, "email", "--status", "--json")
    assert json.loads(out)["outbox"]["queued"] == 0


def test_eml_export_then_the_families_without_e_mail_are_on_the_print_list(capsys, district, tmp_path):
    capsys.readouterr()
    code, out, _ = cli(capsys, "--workspace", district, "email", "--eml-dir", str(tmp_path / "eml"), "--from", SENDER,
                       "--json")
    found = json.loads(out)
    assert code == 0
    assert len(list((tmp_path / "eml" / "1 - send first - reports").glob("*.eml"))) == found["exported"]["families"]
    without = {left["ssid"] for left in found["plan"]["to_print"]}
    assert without
    code, out, _ = cli(capsys, "--workspace", district, "print-batches", "--print-list", "--plan-only", "--json")
    planned = json.loads(out)
    assert set(planned["ssids"]) | {x["ssid"] for x in planned["left_out"]} == without


def test_send_through_a_real_server_and_nothing_is_sent_twice(capsys, district, tmp_path, monkeypatch):
    monkeypatch.setenv("SSRDESK_SMTP_PASSWORD", PASSWORD)
    certificates = make_certificates(tmp_path / "tls")
    with MailServer(certificates) as server:
        capsys.readouterr()
        server_args = ["--smtp-host", "localhost", "--smtp-port", str(server.port), "--starttls", "--user", USER,
                       "--cafile", str(certificates.authority), "--from", SENDER, "--rate", "6000"]
        code, out, err = cli(capsys, "--workspace", district, "email", "--send", "--grade", "3", *server_args, "--json")
        found = json.loads(out)
        assert code == 0, err
        assert found["sent"]["sent"] == len(server.received) == 2 * found["queued"]["families"] > 0
        code, out, _ = cli(capsys, "--workspace", district, "email", "--send", "--grade", "3", "--json")
        again = json.loads(out)  # the same grade again: everyone is already e-mailed
        assert again["plan"]["pairs"] == 0 and len(server.received) == 2 * found["queued"]["families"]
        code, out, _ = cli(capsys, "--workspace", district, "email", "--status", "--json")
        assert json.loads(out)["outbox"]["sent"] == len(server.received)
