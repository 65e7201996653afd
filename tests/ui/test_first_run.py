"""A new coordinator's first start, in Spanish: the welcome screen, the workspace, and the Start page
walking through the three imports until only what is really missing is left."""

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QRadioButton

from ssrdesk import app
from ssrdesk.core.workspace import DATABASE, Workspace
from ssrdesk.ui import i18n
from ssrdesk.ui.start_page import StartPage
from ssrdesk.ui.welcome import EMAIL, WelcomeDialog, chosen_route

from tests.ui.test_contacts_dialog import SIS_ROWS


def texts(widget) -> str:
    return " ".join(label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget))


def missing(page: StartPage) -> list[str]:
    return page.missing_lines(page.facts)


def test_the_welcome_screen_switches_to_spanish_and_creates_the_workspace(qtbot, tmp_path):
    welcome = WelcomeDialog(tmp_path / "ssrdesk", tmp_path / "demo")
    qtbot.addWidget(welcome)
    welcome.show()
    assert welcome.windowTitle() == "Welcome to ssrdesk"
    welcome.language.setCurrentIndex(welcome.language.findData("es"))

    assert i18n.chosen_language() == "es"
    assert welcome.windowTitle() == "Bienvenido a ssrdesk"
    assert welcome.create_button.text() == "Crear el espacio de trabajo"
    assert welcome.demo_button.text() == "Probar primero la demostración"
    said = texts(welcome)
    assert "¿Cómo recibirán las familias sus informes?" in said and "Dónde guardar su espacio de trabajo" in said
    routes = {button.text(): button for button in welcome.findChildren(QRadioButton)}
    assert set(routes) == {"Imprimir y enviar por correo postal", "Correo electrónico",
                           "Ambos: correo electrónico e imprimir el resto"}

    routes["Correo electrónico"].click()
    welcome.create_button.click()
    assert welcome.result() == WelcomeDialog.DialogCode.Accepted
    assert welcome.folder == tmp_path / "ssrdesk" and not welcome.demo
    assert chosen_route() == EMAIL


def test_a_folder_holding_other_files_is_refused_in_plain_words(qtbot, tmp_path):
    (tmp_path / "Documents").mkdir()
    (tmp_path / "Documents" / "budget.xlsx").write_text("x")
    welcome = WelcomeDialog(tmp_path / "Documents", tmp_path / "demo")
    qtbot.addWidget(welcome)
    welcome.create_button.click()
    assert welcome.result() != WelcomeDialog.DialogCode.Accepted
    assert "already holds other files" in welcome.problem.text()


def test_the_start_page_in_spanish_walks_through_the_imports(qtbot, tmp_path, score_file, make_contacts_file):
    i18n.install("es")
    QSettings().setValue("route", EMAIL)
    from ssrdesk.ui.main_window import MainWindow
    from ssrdesk.ui.tasks import cancel_all_and_wait

    with Workspace.open(tmp_path / "ws") as workspace:
        window = MainWindow(workspace)
        qtbot.addWidget(window)
        window.show()
        try:
            names = [window.navigation.item(i).text() for i in range(window.navigation.count())]
            assert names == ["Inicio", "Estudiantes", "Informes", "Imprimir", "Correo", "Actividad"]
            page = window.start_page
            assert window.pages.currentWidget() is page  # nothing imported: start here
            assert page.route.currentText() == "Correo electrónico"
            assert "Primeros pasos" in texts(page)
            assert missing(page)[0] == "Aún no hay datos de calificaciones: de ellos obtiene ssrdesk quiénes son los estudiantes."
            score_button = page.steps["score data"][2]
            assert score_button.text() == "Importar datos de calificaciones…" and score_button.isDefault()

            before = window.imports.report_dialog
            window.import_score_data([score_file])
            qtbot.waitUntil(lambda: window.imports.report_dialog is not before, timeout=15000)
            assert page.steps["score data"][1].text() == "3 estudiantes de 1 archivo"
            assert page.steps["reports"][2].isDefault()  # the next step to do
            assert "Aún no hay Informes de Calificaciones del Estudiante." in missing(page)

            dialog = window.import_contacts(make_contacts_file("contactos.csv", SIS_ROWS))
            before = window.imports.report_dialog
            dialog.import_button.click()
            qtbot.waitUntil(lambda: window.imports.report_dialog is not before, timeout=15000)
            # García has an e-mail; Nguyen only a mailing address; Smith nothing at all.
            assert "2 estudiantes no tienen correo electrónico: sus informes se imprimirán." in missing(page)
            assert ("1 estudiante no tiene ni correo electrónico ni dirección postal: entregue su informe en la "
                    "escuela, o agregue la dirección en su SIS e importe de nuevo los contactos.") in missing(page)
        finally:
            cancel_all_and_wait()
            window.close()


def test_the_first_start_shows_the_welcome_screen_then_remembers_the_workspace(qtbot, tmp_path, monkeypatch):
    monkeypatch.delenv("SSRDESK_WORKSPACE", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    shown = []

    def welcome_accepts(dialog):
        shown.append(dialog.windowTitle())
        dialog.folder_edit.setText(str(tmp_path / "mine"))
        dialog.create_button.click()
        return dialog.result()

    monkeypatch.setattr(WelcomeDialog, "exec", welcome_accepts)
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    assert app.main() == 0
    assert shown == ["Welcome to ssrdesk"]
    assert (tmp_path / "mine" / DATABASE).exists()

    shown.clear()
    assert app.main() == 0  # the next start opens it straight away
    assert shown == []


def test_a_workspace_that_cannot_open_leads_back_to_the_one_that_was_open(qtbot, tmp_path, monkeypatch):
    monkeypatch.delenv("SSRDESK_WORKSPACE", raising=False)
    QSettings().setValue("workspace", str(tmp_path / "good"))
    Workspace.open(tmp_path / "good").close()
    (tmp_path / "a file").write_text("not a folder")
    said, opened = [], []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: said.append(text))

    from ssrdesk.ui.main_window import MainWindow

    shown = []
    monkeypatch.setattr(MainWindow, "show", lambda window: shown.append(window))

    def run_window(self):
        window = shown[-1]
        opened.append(window.workspace.folder.name)
        if len(opened) == 1:  # File > Open workspace… on something that cannot be a workspace
            window.next_workspace = tmp_path / "a file"
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", run_window)
    assert app.main() == 0
    assert opened == ["good", "good"] and len(said) == 1
    assert QSettings().value("workspace") == str(tmp_path / "good")
