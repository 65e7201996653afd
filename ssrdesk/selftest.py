"""`ssrdesk --self-test`: prove this installation works, end to end, on invented sample data.

Made for the frozen app (installer/): it runs the real services on the real libraries the bundle
carries — SQLite and the migrations, the TOMS score-data and contacts importers, the SSR PDF reader,
the print planner and assembler with cover letters in Arabic and Chinese (fonts, shaping), AES-256
protection in worker processes (the "spawn" pool a frozen app must support), the system password store,
Qt with its PDF module and icons, and the Spanish translations — in a temporary workspace that is
removed afterwards. Nothing of the user's workspace is touched.

Each step prints one line, `PASS  step  (time)` or `FAIL  step: reason` (a missing system password store
is a `WARN`, not a failure: passwords are then asked each time); the exit code is 0 when every step
passed. Only counts and the invented sample's facts are printed, never a name, SSID or address.
Qt is imported only by the last steps.
"""

from __future__ import annotations

import io
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

SAMPLE = Path(__file__).resolve().parent / "sample"  # built by `python -m ssrdesk.sample.build`
SAMPLE_STUDENTS = 4
NO_PASSWORD_STORE = "no system password store (passwords will be asked each time)"

# Scripts the cover letters must show: Arabic (with its presentation forms) and CJK ideographs.
ARABIC = ((0x0600, 0x06FF), (0x0750, 0x077F), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
CJK = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))


class Failed(Exception):
    """A step's check did not hold; the message says what, in plain words."""


class Warned(Exception):
    """Not a failure: something the user should know about this computer."""


@dataclass
class Outcome:
    step: str
    status: str  # PASS, FAIL or WARN
    seconds: float
    reason: str = ""

    def line(self) -> str:
        if self.status == "PASS":
            return f"PASS  {self.step}  ({self.seconds:.2f} s)"
        return f"{self.status}  {self.step}: {self.reason}"


@dataclass
class _State:
    folder: Path
    workspace: object = None
    ssids: list[str] = field(default_factory=list)
    printed: list[Path] = field(default_factory=list)
    app: object = None


def main(out=None) -> int:
    out = out or sys.stdout
    started = time.perf_counter()
    print(f"ssrdesk self-test ({_version()}, Python {sys.version.split()[0]}, {sys.platform}"
          f"{', frozen' if getattr(sys, 'frozen', False) else ''})", file=out, flush=True)
    outcomes: list[Outcome] = []
    # ignore_cleanup_errors: on Windows a virus scanner may still hold a file the test wrote.
    with tempfile.TemporaryDirectory(prefix="ssrdesk-selftest-", ignore_cleanup_errors=True) as folder:
        state = _State(Path(folder))
        try:
            for name, step in STEPS:
                outcome = _run(name, step, state, outcomes)
                outcomes.append(outcome)
                print(outcome.line(), file=out, flush=True)
        finally:
            if state.workspace is not None:
                state.workspace.close()
    failed = [o.step for o in outcomes if o.status == "FAIL"]
    warned = sum(o.status == "WARN" for o in outcomes)
    notes = f"; {warned} warning{'s' if warned != 1 else ''}" if warned else ""
    took = f"{time.perf_counter() - started:.1f} s"
    if failed:
        print(f"Self-test FAILED: {len(failed)} of {len(outcomes)} steps ({', '.join(failed)}){notes}; {took}",
              file=out)
        return 1
    print(f"Self-test passed: all {len(outcomes)} steps{notes}; {took}", file=out)
    return 0


def _run(name: str, step: Callable[[_State], None], state: _State, earlier: list[Outcome]) -> Outcome:
    needs = NEEDS.get(name)
    blocked = [o.step for o in earlier if o.step in (needs or ()) and o.status == "FAIL"]
    if blocked:
        return Outcome(name, "FAIL", 0.0, f"not run: {', '.join(blocked)} failed")
    began = time.perf_counter()
    try:
        step(state)
    except Failed as why:
        return Outcome(name, "FAIL", time.perf_counter() - began, str(why))
    except Warned as why:
        return Outcome(name, "WARN", time.perf_counter() - began, str(why))
    except Exception as error:  # a broken library in the bundle shows up here
        return Outcome(name, "FAIL", time.perf_counter() - began, f"{type(error).__name__}: {error}")
    return Outcome(name, "PASS", time.perf_counter() - began)


def _version() -> str:
    from . import __version__

    return f"version {__version__}"


def _check(condition: bool, reason: str) -> None:
    if not condition:
        raise Failed(reason)


def _imported(report, what: str) -> None:
    for item in report.files:
        _check(item.status == "imported", f"the sample {what} was {item.status}: {item.reason}")
        _check(not item.rejected, f"{item.rejected} row(s) of the sample {what} were rejected")


# ---- the steps ----

def _workspace(state: _State) -> None:
    from .core.workspace import Workspace

    state.workspace = Workspace.open(state.folder / "workspace")
    with closing(state.workspace.connect()) as connection:
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    _check({"student", "guardian", "ssr"} <= tables, "the new workspace's database has no student tables")


def _import_scores(state: _State) -> None:
    from .core.datafiles.importer import import_paths
    from .core.tasks import run

    _imported(run(import_paths(state.workspace, [SAMPLE / "scores.zip"])), "score data file")
    with closing(state.workspace.connect()) as connection:
        state.ssids = [r[0] for r in connection.execute("SELECT ssid FROM student ORDER BY ssid")]
    _check(len(state.ssids) == SAMPLE_STUDENTS,
           f"{len(state.ssids)} students imported from the sample, not {SAMPLE_STUDENTS}")


def _import_contacts(state: _State) -> None:
    from .core import contacts
    from .core.printing.letters import letter_language
    from .core.tasks import run

    path = SAMPLE / "contacts.csv"
    mapping = contacts.choose_mapping(state.workspace, path, None, [])
    _imported(run(contacts.import_contacts(state.workspace, path, mapping)), "contacts export")
    with closing(state.workspace.connect()) as connection:
        languages = {letter_language(r[0]) for r in connection.execute("SELECT language FROM guardian")}
    missing = {"Arabic", "Simplified Chinese", "Spanish"} - languages
    _check(not missing, f"no guardian's language was read as {', '.join(sorted(missing))}")


def _import_reports(state: _State) -> None:
    from .core.datafiles.importer import import_paths
    from .core.ssr import library
    from .core.tasks import run

    _imported(run(import_paths(state.workspace, [SAMPLE / "reports.pdf"])), "Student Score Report PDF")
    with closing(state.workspace.connect()) as connection:
        counts = library.counts(connection)
    _check(counts["found"] == SAMPLE_STUDENTS, f"{counts['found']} reports found in the sample PDF, "
           f"not {SAMPLE_STUDENTS}")
    _check(counts["matched"] == SAMPLE_STUDENTS and not counts["needing_attention"],
           f"{counts['matched']} reports matched to their students, {counts['needing_attention']} need attention")


def _print_batch(state: _State) -> None:
    import pypdfium2 as pdfium

    from .core.printing import plan
    from .core.printing.assemble import assemble
    from .core.tasks import run

    options = plan.PrintOptions(cover_letter=True, languages="english")
    with closing(state.workspace.connect()) as connection:
        made = plan.plan(connection, state.ssids, options)
    _check(not made.left_out, f"{len(made.left_out)} sample students were left out of the print plan")
    _check(len(made.envelopes) == SAMPLE_STUDENTS, f"{len(made.envelopes)} envelopes planned, not {SAMPLE_STUDENTS}")
    letters = {e.language for e in made.envelopes}
    _check({"Arabic", "Simplified Chinese"} <= letters, "the plan has no Arabic or no Chinese cover letter")
    folder = state.folder / "print"
    folder.mkdir()
    result = run(assemble(state.workspace, made, folder))
    text = ""
    for item in result.files:
        document = pdfium.PdfDocument(str(item.path))
        try:
            for page in document:
                text += page.get_textpage().get_text_bounded()
        finally:
            document.close()
        state.printed.append(item.path)
    _check(_has(text, ARABIC), "the printed batch holds no Arabic text: the Arabic cover letter is missing")
    _check(_has(text, CJK), "the printed batch holds no Chinese text: the Chinese cover letter is missing")


def _has(text: str, ranges) -> bool:
    return any(low <= ord(c) <= high for c in text for low, high in ranges)


def _protect(state: _State) -> None:
    from pypdf import PasswordType, PdfReader

    from .core.delivery.passwords import random_password
    from .core.delivery.protect import Pages, Protected, Request, protect_all

    with closing(state.workspace.connect()) as connection:
        rows = list(connection.execute(
            "SELECT ssr.id, ssr.first_page, ssr.page_count, f.stored_as FROM ssr JOIN ssr_file f "
            "ON f.id = ssr.ssr_file_id ORDER BY ssr.id LIMIT 2"))
    _check(len(rows) == 2, "the library has no reports to protect")
    passwords = {r["id"]: random_password() for r in rows}
    requests = [Request(r["id"], (Pages(str(state.workspace.folder / r["stored_as"]), r["first_page"], r["page_count"]),),
                        passwords[r["id"]]) for r in rows]
    # Two worker processes: the frozen app must start them ("spawn") as the e-mail route does.
    results = list(protect_all(requests, workers=2))
    for result in results:
        _check(isinstance(result, Protected), f"a report could not be protected: {result[1] if not isinstance(result, Protected) else ''}")
        reader = PdfReader(io.BytesIO(result.pdf))
        _check(reader.is_encrypted, "the protected file is not encrypted")
        security = reader.trailer["/Encrypt"]
        _check(security["/V"] == 5 and security["/R"] == 6, "the protected file is not AES-256 (revision 6)")
        _check(reader.decrypt("") == PasswordType.NOT_DECRYPTED, "the protected file opens without its password")
        _check(PdfReader(io.BytesIO(result.pdf)).decrypt("wrong-password") == PasswordType.NOT_DECRYPTED,
               "the protected file opens with a wrong password")
        reader = PdfReader(io.BytesIO(result.pdf))
        _check(reader.decrypt(passwords[result.key]) == PasswordType.USER_PASSWORD,
               "the protected file does not open with its password")
        _check(len(reader.pages) == result.pages and "Student Score Report" in reader.pages[0].extract_text(),
               "the protected file opened with its password does not show the report")
    _check(len(results) == 2, f"{len(results)} of 2 files came back from the protecting processes")


_PLATFORM_KEYRING = {"linux": "SecretService", "win32": "Windows", "darwin": "macOS"}


def _keyring(state: _State) -> None:
    from importlib import metadata

    import keyring
    import keyring.backend

    found = {ep.name: ep for ep in metadata.entry_points(group="keyring.backends")}
    expected = next((name for prefix, name in _PLATFORM_KEYRING.items() if sys.platform.startswith(prefix)), None)
    _check(bool(found), "keyring finds none of its backends (its package metadata is missing)")
    if expected:
        _check(expected in found, f"keyring's {expected} backend is not registered")
        found[expected].load()  # the platform's backend module and what it needs (jeepney, pywin32-ctypes …)
    keyring.backend.get_all_keyring()
    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if backend.priority <= 0 or "fail" in name:
        raise Warned(f"{NO_PASSWORD_STORE} [backend: {name}]")


def _qt(state: _State) -> None:
    from PySide6.QtCore import QCoreApplication, QSize
    from PySide6.QtGui import QIcon
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView
    from PySide6.QtPrintSupport import QPrinterInfo  # noqa: F401 (the print wizard's)
    from PySide6.QtWidgets import QApplication

    from .resources import app_icon_paths

    app = QCoreApplication.instance()
    if app is None:  # offscreen: the self-test shows nothing and needs no display
        app = QApplication([sys.argv[0] if sys.argv else "ssrdesk", "-platform", "offscreen"])
    state.app = app
    _check(isinstance(app, QApplication), "a Qt application without widgets is already running")
    native = _native_platform_plugin(app)
    _check(native is None or native, "the window-system plugin for this platform is not in the installation")
    paths = app_icon_paths()
    icon = QIcon()
    for path in paths:
        icon.addFile(str(path))
    _check(len(paths) >= 5 and not icon.isNull() and icon.actualSize(QSize(512, 512)).width() == 512,
           "the app icon's PNG files are missing")
    if state.printed:
        document = QPdfDocument(app)
        _check(document.load(str(state.printed[0])) == QPdfDocument.Error.None_, "Qt cannot open the printed PDF")
        image = document.render(0, QSize(170, 220))
        document.close()
        _check(not image.isNull() and _inked(image), "Qt rendered the printed PDF's first page blank")
    view = QPdfView(None)  # the report preview's widget
    view.deleteLater()


def _native_platform_plugin(app) -> bool | None:
    """Whether the platform's own window-system plugin is found (None: a platform not checked here)."""
    names = {"linux": "libqxcb.so", "win32": "qwindows.dll", "darwin": "libqcocoa.dylib"}
    wanted = next((n for prefix, n in names.items() if sys.platform.startswith(prefix)), None)
    if wanted is None:
        return None
    return any((Path(folder) / "platforms" / wanted).exists() for folder in app.libraryPaths())


def _inked(image) -> bool:
    dark = 0
    for y in range(0, image.height(), 4):
        for x in range(0, image.width(), 4):
            if image.pixelColor(x, y).lightness() < 128:
                dark += 1
    return dark > 20


def _qt_translation(state: _State) -> None:
    from PySide6.QtCore import QCoreApplication, QLocale

    from .ui import i18n

    previous = QLocale()
    try:
        _check(i18n.install("es") == "es", "Spanish is not offered")
        _check(QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel",
               "Qt's own Spanish translation (qtbase_es.qm) is not in the installation")
    finally:
        QLocale.setDefault(previous)


def _translation(state: _State) -> None:
    from PySide6.QtCore import QCoreApplication, QLocale

    from .ui import i18n

    previous = QLocale()
    try:
        i18n.install("es")
        _check(i18n.loaded(), f"ssrdesk's Spanish translation (ssrdesk_es.qm) is not in {i18n.COMPILED}")
        _check(QCoreApplication.translate("", "Students") != "Students",
               "ssrdesk_es.qm is loaded but does not translate \"Students\"")
        i18n.install("en")  # English needs its file too, for "1 student" rather than "1 student(s)"
        _check(QCoreApplication.translate("", "%Ln student(s)", None, 1) == "1 student",
               f"ssrdesk's English plural forms (ssrdesk_en.qm) are not in {i18n.COMPILED}")
        from .ui.help_window import guide_path

        for language in i18n.LANGUAGES:
            _check(guide_path(language).is_file(), f"the user guide ({guide_path(language).name}) is not in the installation")
    finally:
        QLocale.setDefault(previous)


STEPS: tuple[tuple[str, Callable[[_State], None]], ...] = (
    ("workspace", _workspace),
    ("import score data", _import_scores),
    ("import contacts", _import_contacts),
    ("import reports", _import_reports),
    ("print batch", _print_batch),
    ("protect", _protect),
    ("keyring", _keyring),
    ("qt", _qt),
    ("qt translation", _qt_translation),
    ("translation", _translation),
)
# A step is not tried when one it builds on failed, so the first failure is the one reported.
NEEDS = {
    "import score data": ("workspace",),
    "import contacts": ("import score data",),
    "import reports": ("import score data",),
    "print batch": ("import contacts", "import reports"),
    "protect": ("import reports",),
    "qt translation": ("qt",),
    "translation": ("qt",),
}
STEP_NAMES = tuple(name for name, _ in STEPS)

if __name__ == "__main__":
    sys.exit(main())
