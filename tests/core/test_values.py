import pytest

from ssrdesk.core.datafiles import values


@pytest.mark.parametrize(
    "raw, expected",
    [("0123456789", "0123456789"), ("123456789", "0123456789"), ("6161973069.0", "6161973069"),
     (" 6161973069 ", "6161973069"), ("12AB", ""), ("12345678901", ""), ("", "")],
)
def test_ssids_are_repadded_after_excel_dropped_their_zeros(raw, expected):
    assert values.ssid(raw) == expected


@pytest.mark.parametrize(
    "raw, expected",
    [("2014-03-02", "2014-03-02"), ("03/02/2014", "2014-03-02"), ("02-03-2014", "2014-03-02"),
     ("2014/03/02", "2014-03-02"), ("41700", "2014-03-02"), ("02/30/2014", ""), ("soon", "")],
)
def test_dates_in_every_form_seen_become_iso(raw, expected):
    assert values.iso_date(raw) == expected


def test_grades_and_codes():
    assert values.grade("3") == "03" and values.grade("11.0") == "11" and values.grade("KN") == "KN"
    assert values.NORMALISERS["cds"]("19647330000000") == "19647330000000"
    assert values.NORMALISERS["cds"]("1964733000000") == "01964733000000"
    assert values.NORMALISERS["record_type"]("1") == "01"
