"""Build the double-click app for the platform this runs on, and its installer, into dist/.

    python installer/build.py [--self-test] [--clean] [--no-trim] [--no-installer]

Run it with the project's environment (`pip install -e '.[bundle]'`, Python 3.11+): PyInstaller
freezes what that environment has installed. On every platform: compiles translations/*.ts that are
newer than their .qm, then PyInstaller with installer/ssrdesk.spec gives dist/ssrdesk/ (one folder). Then:

  Linux    dist/ssrdesk-<version>-linux-<arch>.tar.gz: the folder, install.sh, the menu entry, the icons
  Windows  dist/ssrdesk-<version>-windows-x64-setup.exe, by Inno Setup's iscc when installed
           (installer/windows/ssrdesk.iss); without it, says how to make it
  macOS    dist/ssrdesk.app and dist/ssrdesk-<version>-macos-<arch>.zip (ditto; for notarizing)

--self-test runs the built app's `--self-test` (offscreen) and fails the build when it fails.
--no-trim keeps everything PyInstaller's hooks collect (to compare sizes; see installer/ssrdesk.spec).
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
DIST = ROOT / "dist"
BUILD = ROOT / "build"
SPEC = INSTALLER / "ssrdesk.spec"
WINDOWS, MACOS, LINUX = sys.platform == "win32", sys.platform == "darwin", sys.platform.startswith("linux")


def version() -> str:
    return re.search(r'__version__ = "([^"]+)"', (ROOT / "ssrdesk" / "__init__.py").read_text()).group(1)


def arch() -> str:
    machine = platform.machine().lower()
    return {"amd64": "x86_64", "x64": "x86_64", "arm64": "arm64", "aarch64": "aarch64"}.get(machine, machine)


def compile_translations() -> None:
    """translations/*.ts → ssrdesk/translations/*.qm where the .qm is missing or older (as ./dev does)."""
    tool = Path(sys.executable).parent / ("pyside6-lrelease.exe" if WINDOWS else "pyside6-lrelease")
    for ts in sorted((ROOT / "translations").glob("*.ts")):
        qm = ROOT / "ssrdesk" / "translations" / f"{ts.stem}.qm"
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        qm.parent.mkdir(exist_ok=True)
        subprocess.run([str(tool), "-silent", str(ts), "-qm", str(qm)], check=True)
        print(f"compiled {qm.relative_to(ROOT)}")


def freeze(trim: bool, clean: bool) -> Path:
    import PyInstaller.__main__

    os.environ["SSRDESK_BUNDLE_TRIM"] = "1" if trim else "0"
    shutil.rmtree(DIST / "ssrdesk", ignore_errors=True)
    shutil.rmtree(DIST / "ssrdesk.app", ignore_errors=True)
    arguments = [str(SPEC), "--noconfirm", "--log-level", "WARN", "--distpath", str(DIST), "--workpath", str(BUILD)]
    PyInstaller.__main__.run(arguments + (["--clean"] if clean else []))
    return DIST / "ssrdesk"


def executable(folder: Path) -> Path:
    if WINDOWS:
        return folder / "ssrdesk-cli.exe"  # the console twin: the GUI one has no standard output
    if MACOS and (DIST / "ssrdesk.app").exists():
        return DIST / "ssrdesk.app" / "Contents" / "MacOS" / "ssrdesk"
    return folder / "ssrdesk"


def self_test(folder: Path) -> int:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONPATH", None)
    program = executable(folder)
    print(f"$ {program} --self-test", flush=True)
    return subprocess.run([str(program), "--self-test"], env=env, cwd=folder.parent).returncode


# ---- Linux ----

def linux_tarball(folder: Path) -> Path:
    """ssrdesk-<version>/ holding the app folder, install.sh, the .desktop file and hicolor icons."""
    top = f"ssrdesk-{version()}"
    target = DIST / f"{top}-linux-{arch()}.tar.gz"
    icons = ROOT / "ssrdesk" / "icons"

    def owned_by_root(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        return info

    partial = target.with_name(target.name + ".part")
    with tarfile.open(partial, "w:gz", compresslevel=6) as tar:
        tar.add(folder, f"{top}/ssrdesk", filter=owned_by_root)
        tar.add(INSTALLER / "linux" / "install.sh", f"{top}/install.sh", filter=owned_by_root)
        tar.add(INSTALLER / "linux" / "ssrdesk.desktop", f"{top}/ssrdesk.desktop", filter=owned_by_root)
        tar.add(INSTALLER / "linux" / "README.txt", f"{top}/README.txt", filter=owned_by_root)
        for png in sorted(icons.glob("ssrdesk-*.png")):
            size = png.stem.rpartition("-")[2]
            tar.add(png, f"{top}/icons/hicolor/{size}x{size}/apps/ssrdesk.png", filter=owned_by_root)
        tar.add(icons / "ssrdesk.svg", f"{top}/icons/hicolor/scalable/apps/ssrdesk.svg", filter=owned_by_root)
    partial.replace(target)
    return target


# ---- Windows ----

def inno_setup() -> Path | None:
    found = shutil.which("iscc")
    if found:
        return Path(found)
    for base in (os.environ.get("ProgramFiles(x86)"), os.environ.get("ProgramFiles"),
                 os.path.join(os.environ.get("LOCALAPPDATA", ""), "Programs")):
        if base and (Path(base) / "Inno Setup 6" / "ISCC.exe").exists():
            return Path(base) / "Inno Setup 6" / "ISCC.exe"
    return None


def windows_installer(folder: Path) -> Path | None:
    iscc = inno_setup()
    if iscc is None:
        print("Inno Setup 6 is not installed, so no setup program was made. Install it "
              "(winget install JRSoftware.InnoSetup) and run this again; dist\\ssrdesk\\ works as it is.")
        return None
    subprocess.run([str(iscc), "/Q", f"/DAppVersion={version()}", f"/DSourceDir={folder}", f"/DOutputDir={DIST}",
                    f"/DIconFile={ROOT / 'resources' / 'ssrdesk.ico'}", str(INSTALLER / "windows" / "ssrdesk.iss")],
                   check=True)
    return DIST / f"ssrdesk-{version()}-windows-x64-setup.exe"


# ---- macOS ----

def macos_zip() -> Path | None:
    app = DIST / "ssrdesk.app"
    if not app.exists() or not shutil.which("ditto"):
        return None
    target = DIST / f"ssrdesk-{version()}-macos-{arch()}.zip"
    target.unlink(missing_ok=True)
    subprocess.run(["ditto", "-c", "-k", "--sequesterRsrc", "--keepParent", str(app), str(target)], check=True)
    return target


def size(path: Path) -> str:
    total = path.stat().st_size if path.is_file() else \
        sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())
    return f"{total / 1e6:.0f} MB"


def main(argv: list[str] | None = None) -> int:
    options = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    options.add_argument("--self-test", action="store_true", help="run the built app's --self-test afterwards")
    options.add_argument("--clean", action="store_true", help="empty PyInstaller's caches first")
    options.add_argument("--no-trim", dest="trim", action="store_false", help="keep all that the hooks collect")
    options.add_argument("--no-installer", dest="installer", action="store_false",
                         help="only the one-folder app, no tarball / setup program / zip")
    args = options.parse_args(argv)
    started = time.perf_counter()
    compile_translations()
    folder = freeze(args.trim, args.clean)
    print(f"built {folder} ({size(folder)}) in {time.perf_counter() - started:.0f} s")
    made = None
    if args.installer:
        made = linux_tarball(folder) if LINUX else windows_installer(folder) if WINDOWS else \
            macos_zip() if MACOS else None
        if made:
            print(f"made {made} ({size(made)})")
    if args.self_test:
        code = self_test(folder)
        if code:
            print(f"installer/build.py: the built app's self-test failed (exit code {code})", file=sys.stderr)
            return code
    print(f"done in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
