import pytest

from ssrdesk.core import contacts, students
from ssrdesk.core.datafiles.importer import import_paths
from ssrdesk.core.errors import UserError
from ssrdesk.core.tasks import run
from tests.core.builders import caaspp_2025, layout_named, score_lines, write_caret

AERIES = (
    "Student ID,Perm ID,State Student ID,Last Name,First Name,Parent/Guardian Name,Guardian Email,Guardian 2 Name,"
    "Guardian 2 Email,Mailing Address,Mailing City,Mailing State,Mailing Zip,Correspondence Language\n"
    '1001,P1,1000000000,Student0,Ana,Rosa Peña,ROSA@example.org,Luis Peña,luis@example,"12 Oak St, Apt 4",Fresno,CA,93701,Spanish\n'
    "1002,P2,1000000001,Student1,Ana,Kim Tran,,,,,,,,02\n"
)
POWERSCHOOL = (
    "Student_Number,Contact_FirstName,Contact_LastName,Relationship,Email,Phone,Street,City,State,Zip,Language\n"
    "L-1,Rosa,Peña,Mother,rosa@example.org,555-0101,12 Oak St,Fresno,CA,93701,Spanish\n"
    "L-1,Luis,Peña,Father,luis@example.org,555-0102,12 Oak St,Fresno,CA,93701,Spanish\n"
    "L-404,Nobody,Known,Mother,n@example.org,,,,,,\n"
)


@pytest.fixture
def with_students(workspace, tmp_path):
    lines = score_lines(caaspp_2025(), count=2)
    run(import_paths(workspace, [write_caret(tmp_path / "scores.csv", None, lines)]))
    return workspace


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8-sig")
    return path


def guardians(workspace, ssid):
    connection = workspace.connect()
    try:
        return students.details(connection, [ssid])[0]["guardians"]
    finally:
        connection.close()


def test_the_mapping_is_suggested_from_aeries_headers(tmp_path):
    header = contacts.read_header(write(tmp_path, "a.csv", AERIES))
    assert contacts.suggest_mapping(header) == {
        "ssid": "State Student ID", "local_student_id": "Perm ID",
        "guardian1_name": "Parent/Guardian Name", "guardian1_email": "Guardian Email",
        "guardian2_name": "Guardian 2 Name", "guardian2_email": "Guardian 2 Email",
        "address_line1": "Mailing Address", "city": "Mailing City", "state": "Mailing State",
        "zip": "Mailing Zip", "language": "Correspondence Language",
    }


def test_wide_rows_give_several_guardians_matched_by_ssid(with_students, tmp_path):
    path = write(tmp_path, "a.csv", AERIES)
    mapping = contacts.choose_mapping(with_students, path, None, [])
    report = run(contacts.import_contacts(with_students, path, mapping))
    [result] = report.files
    assert (result.status, result.new) == ("imported", 2)
    rosa, luis = guardians(with_students, "1000000000")
    assert (rosa["name"], rosa["email"], rosa["language"]) == ("Rosa Peña", "rosa@example.org", "Spanish")
    assert rosa["address"] == {"address_line1": "12 Oak St, Apt 4", "address_line2": "", "city": "Fresno",
                               "state": "CA", "zip": "93701"}
    assert luis["email"] is None  # "luis@example" is not an address; kept without it and reported
    assert any("not valid" in w for w in result.warnings)
    [kim] = guardians(with_students, "1000000001")
    assert (kim["name"], kim["language"]) == ("Kim Tran", "Vietnamese")  # CALPADS code 02


def test_reimporting_the_same_contacts_changes_nothing(with_students, tmp_path):
    path = write(tmp_path, "a.csv", AERIES)
    mapping = contacts.choose_mapping(with_students, path, None, [])
    run(contacts.import_contacts(with_students, path, mapping))
    [again] = run(contacts.import_contacts(with_students, path, mapping)).files
    assert (again.new, again.changed, again.unchanged) == (0, 0, 2)
    assert len(guardians(with_students, "1000000000")) == 2


def test_long_rows_matched_by_local_id_with_a_saved_preset(workspace, tmp_path):
    layout = layout_named("CAASPP 2024-25")
    lines = score_lines(layout, count=1, local_student_id="L-1")
    run(import_paths(workspace, [write_caret(tmp_path / "scores.csv", None, lines)]))
    path = write(tmp_path, "ps.csv", POWERSCHOOL)
    mapping = contacts.choose_mapping(workspace, path, None, [])
    assert mapping["local_student_id"] == "Student_Number"
    assert mapping["guardian1_first_name"] == "Contact_FirstName"
    contacts.save_mapping(workspace, "PowerSchool", mapping)
    assert contacts.choose_mapping(workspace, path, "PowerSchool", []) == mapping
    [result] = run(contacts.import_contacts(workspace, path, mapping)).files
    assert result.new == 1 and result.rejected == 1
    assert "L-404" in result.rejected_rows[0].reason
    found = guardians(workspace, "1000000000")
    assert [(g["name"], g["relationship"], g["phone"]) for g in found] == [
        ("Rosa Peña", "Mother", "555-0101"), ("Luis Peña", "Father", "555-0102")]


def test_a_mapping_without_a_student_column_is_refused_in_plain_words(workspace, tmp_path):
    path = write(tmp_path, "c.csv", "Parent,Email\nRosa,rosa@example.org\n")
    with pytest.raises(UserError, match="SSID or local ID"):
        contacts.choose_mapping(workspace, path, None, [])
    with pytest.raises(UserError, match="no column named"):
        contacts.choose_mapping(workspace, path, None, ["ssid=Student"])
    with pytest.raises(UserError, match="no saved mapping"):
        contacts.choose_mapping(workspace, path, "Aeries", [])


def test_contacts_from_xlsx(with_students, tmp_path):
    from ssrdesk.core.datafiles.xlsx import write_xlsx

    rows = [line.split(",") for line in AERIES.replace('"12 Oak St, Apt 4"', "12 Oak St").splitlines()]
    write_xlsx(tmp_path / "c.xlsx", rows)
    mapping = contacts.choose_mapping(with_students, tmp_path / "c.xlsx", None, [])
    [result] = run(contacts.import_contacts(with_students, tmp_path / "c.xlsx", mapping)).files
    assert (result.format, result.new) == ("xlsx", 2)
