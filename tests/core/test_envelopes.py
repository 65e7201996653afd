"""Envelope profiles and addresses: where the address must go, and when two addresses are one place."""

import pytest

from ssrdesk.core.errors import UserError
from ssrdesk.core.printing.addresses import from_fields, from_printed, same_place
from ssrdesk.core.printing.envelopes import BUILT_IN, EnvelopeProfile, profile, profiles, save_profile


def test_the_no10_zone_stays_in_the_window_wherever_the_letter_slides():
    zone = BUILT_IN["no10"].address_zone()
    assert (zone.left, zone.right) == (1.00, 4.25)
    assert 2.40 <= zone.top and zone.bottom <= 3.04 and zone.height >= 0.6  # room for 4 lines at 9–10 pt


def test_a_6x9_zone_follows_its_window():
    half = BUILT_IN["6x9"]
    assert half.folds == (5.5,)
    zone = half.address_zone()
    window = half.window_on_page()
    assert window.left < zone.left and zone.bottom < window.bottom and zone.height > 0.5


def test_a_saved_profile_is_checked_and_read_back(workspace):
    connection = workspace.connect()
    mine = EnvelopeProfile("deep window", "Deep window", 9.5, 4.125, 0.875, 0.5, 4.5, 1.5, "tri")
    save_profile(connection, mine)
    assert profile(connection, "deep window") == mine
    assert profile(connection, "deep window").address_zone().height > BUILT_IN["no10"].address_zone().height
    with pytest.raises(UserError, match="does not fit"):
        save_profile(connection, EnvelopeProfile("tiny", "Tiny", 6.5, 3.625, 0.5, 0.5, 3, 1, "tri"))
    with pytest.raises(UserError, match="window does not lie within"):
        save_profile(connection, EnvelopeProfile("odd", "Odd", 9.5, 4.125, 6, 0.5, 4.5, 1.125, "tri"))
    with pytest.raises(UserError, match="built-in"):
        save_profile(connection, BUILT_IN["no10"])
    with pytest.raises(UserError, match="no envelope profile named"):
        profile(connection, "no9")
    assert set(profiles(connection)) == {"no10", "6x9", "deep window"}
    connection.close()


@pytest.mark.parametrize("a, b, same", [
    (("12 Oak Street", "Apt 5", "Hayward", "CA", "94541"), ("12 OAK ST #5", "", "HAYWARD", "CA", "94541-2231"), True),
    (("400 North Main Avenue", "", "Fresno", "CA", "93701"), ("400 N. Main Ave.", "", "Fresno", "CA", "93701"), True),
    (("12 Oak Street", "", "Hayward", "CA", "94541"), ("14 Oak Street", "", "Hayward", "CA", "94541"), False),
    (("12 Oak Street", "", "Hayward", "CA", "94541"), ("12 Oak Street", "", "Hayward", "CA", "94542"), False),
])
def test_addresses_compare_as_a_mail_carrier_reads_them(a, b, same):
    assert same_place(from_fields(*a), from_fields(*b)) is same


def test_the_address_printed_on_a_report_is_read_back():
    printed = from_printed("To the Parent/Guardian of\nANA LOPEZ\n12 OAK ST APT 5\nHAYWARD, CA 94541-2231")
    assert printed.street == ("12 OAK ST APT 5",) and printed.city == "HAYWARD" and printed.zip == "94541-2231"
    assert same_place(printed, from_fields("12 Oak Street", "Apt 5", "Hayward", "CA", "94541"))
    assert from_printed("To the Parent/Guardian of\nANA LOPEZ") is None
    assert from_printed("PO Box 12\nFresno CA 93701").street == ("PO Box 12",)
    assert from_printed("ANA LOPEZ\nOne Market Street\nSan Francisco, CA 94105").street == ("One Market Street",)
    assert from_printed("ANA LOPEZ\nRR 2 Box 5\nLodi, CA 95240").street == ("RR 2 Box 5",)
