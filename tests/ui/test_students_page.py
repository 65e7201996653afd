from PySide6.QtCore import Qt

from ssrdesk.ui.student_table import CONTACT, GRADE, LANGUAGE, NAME, TESTS


def shown(page, column=NAME):
    proxy = page.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def test_table_shows_names_grades_languages_and_tests(imported):
    page = imported.students_page
    assert shown(page) == ["García, José", "Kim, Min", "Nguyen, Anh", "Smith, Zoë"]
    assert shown(page, GRADE) == ["3", "K", "11", "5"]
    assert shown(page, LANGUAGE) == ["Spanish · EL", "Korean · EL", "Vietnamese", "English"]
    assert shown(page, TESTS) == ["SB ELA 2 · SB Math 3", "ELPAC 2", "SB ELA 4 · SB Math 3 · CAST 2", "SB ELA 3"]


def test_contact_column_tells_email_address_only_and_missing_apart(imported):
    page = imported.students_page
    assert shown(page, CONTACT) == ["Missing", "Address only", "Missing", "Missing"]
    kim = page.proxy.index(1, CONTACT)
    assert not kim.data(Qt.ItemDataRole.DecorationRole).isNull()  # the coloured dot
    assert "mailing address" in kim.data(Qt.ItemDataRole.ToolTipRole)


def test_search_filters_by_name_or_ssid_ignoring_case(imported):
    page = imported.students_page
    page.search.setText("GARC")
    assert shown(page) == ["García, José"]
    assert page.count_label.text() == "1 of 4 students"
    page.search.setText("22345678")
    assert shown(page) == ["Nguyen, Anh"]
    page.search.setText("zoë smith")  # words in any order
    assert shown(page) == ["Smith, Zoë"]
    page.search.clear()
    assert page.count_label.text() == "4 of 4 students"


def test_sorting_by_grade_puts_kindergarten_first(imported):
    page = imported.students_page
    page.table.sortByColumn(GRADE, Qt.SortOrder.AscendingOrder)
    assert shown(page, GRADE) == ["K", "3", "5", "11"]
    page.table.sortByColumn(GRADE, Qt.SortOrder.DescendingOrder)
    assert shown(page, GRADE) == ["11", "5", "3", "K"]


def test_sorting_keeps_the_selected_student_selected(imported):
    page = imported.students_page
    page.table.selectRow(2)  # Nguyen
    page.table.sortByColumn(GRADE, Qt.SortOrder.DescendingOrder)
    assert page.table.selectionModel().selectedRows()[0].data() == "Nguyen, Anh"


def test_school_grade_and_contact_filters(imported):
    page = imported.students_page
    page.school_filter.setCurrentText("Lincoln Elementary")
    assert shown(page) == ["García, José", "Kim, Min", "Smith, Zoë"]
    page.grade_filter.setCurrentText("K")
    assert shown(page) == ["Kim, Min"]
    page.grade_filter.setCurrentIndex(0)
    page.contact_filter.setCurrentText("Missing")
    assert shown(page) == ["García, José", "Smith, Zoë"]
    assert page.count_label.text() == "2 of 4 students"
    grades = [page.grade_filter.itemText(i) for i in range(page.grade_filter.count())]
    assert grades == ["All grades", "K", "3", "5", "11"]


def test_selecting_a_student_fills_the_detail_pane(imported):
    page = imported.students_page
    page.table.selectRow(2)  # Nguyen, Anh
    detail = page.detail
    assert detail.heading.text() == "Anh Nguyen"
    facts = detail.facts.text()
    for expected in ("2234567891", "Nov 20, 2008", "Roosevelt High", "Vietnamese"):
        assert expected in facts
    assert "No guardians on file" in detail.contacts.text()
    results = [[detail.results.item(row, c).text() for c in range(7)] for row in range(detail.results.rowCount())]
    assert results == [
        ["2024–25", "SB ELA", "11", "2701", "4", "", "Yes"],
        ["2024–25", "SB Math", "11", "2655", "3", "", "Yes"],
        ["2024–25", "CAST", "11", "198", "2", "", "Yes"],
    ]


def test_detail_pane_shows_the_mailing_address_and_english_learner_status(imported):
    page = imported.students_page
    page.table.selectRow(1)  # Kim, Min: ELPAC, with an address
    assert "English learner" in page.detail.facts.text()
    assert "12 Oak St" in page.detail.contacts.text()


def test_a_large_workspace_loads_and_filters_quickly(qtbot, imported):
    import time

    from ssrdesk.core.students import StudentSummary

    page = imported.students_page
    many = [StudentSummary(f"{n:010d}", f"Last{n % 977}", "First", ("KN", "03", "11")[n % 3], f"School {n % 40}",
                           "Spanish", n % 2 == 0, "SB ELA 3 · SB Math 2", ("e-mail", "missing")[n % 2])
            for n in range(50_000)]
    started = time.perf_counter()
    page.model.set_students(many)
    page.table.sortByColumn(GRADE, Qt.SortOrder.AscendingOrder)
    page.search.setText("last97")
    assert time.perf_counter() - started < 5  # about half a second on a CI machine
    assert page.proxy.rowCount() == sum("last97" in f"last{n % 977}" for n in range(50_000))
    assert page.proxy.index(0, GRADE).data() == "K"
