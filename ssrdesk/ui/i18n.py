"""The app's language: English or Spanish, following the system unless the user chose one.

Every user-visible string goes through `tr` (extracted by `./dev translations` into translations/*.ts;
all in one context, so a phrase used on two pages is translated once). Counts use Qt's plural forms:
`tr("%Ln envelope(s)", "", count)`; English singulars come from translations/ssrdesk_en.ts.
Texts made in the Qt-free core pass through `core_text`, which finds them in ui/core_texts.py.
The language is installed before any window is built; changing it takes effect at the next start.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

LANGUAGES = {"en": "English", "es": "Español"}
SYSTEM = ""  # the setting's value when the language follows the system
COMPILED = Path(__file__).resolve().parent.parent / "translations"  # the .qm files, built from translations/*.ts

_installed: list[QTranslator] = []


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("", text, disambiguation, n)


def core_text(text: str) -> str:
    """A fixed text from the core (a status, a reason) in the user's language, if it is catalogued."""
    return QCoreApplication.translate("core", text)


def chosen_language() -> str:
    """The language chosen in Settings, or SYSTEM."""
    value = QSettings().value("language", SYSTEM)
    return value if value in LANGUAGES else SYSTEM


def choose_language(language: str) -> None:
    QSettings().setValue("language", language if language in LANGUAGES else SYSTEM)


def system_language() -> str:
    for name in QLocale.system().uiLanguages():
        code = name.split("-")[0].split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def install(language: str | None = None) -> str:
    """Load the translations for `language` (default: the setting, else the system's) into the running
    application; returns the language now in use."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = language or chosen_language() or system_language()
    if language not in LANGUAGES:
        language = "en"
    QLocale.setDefault(QLocale(f"{language}_US"))  # numbers and dates as written in the United States
    # Qt's own words (standard buttons, file dialogs) then ours; English needs ours only for plurals.
    _load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    _load(f"ssrdesk_{language}", str(COMPILED))
    return language


def loaded() -> bool:
    """Whether ssrdesk's own translation file for the language in use was found and loaded."""
    return any(translator.filePath().startswith(str(COMPILED)) for translator in _installed)


def _load(name: str, folder: str) -> None:
    translator = QTranslator(QCoreApplication.instance())
    if translator.load(name, folder):
        QCoreApplication.instance().installTranslator(translator)
        _installed.append(translator)
