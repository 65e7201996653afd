#!/usr/bin/env bash
# Check the Linux tarball as a user would use it, in a throw-away HOME:
#   installer/linux/check_install.sh dist/ssrdesk-<version>-linux-<arch>.tar.gz
# unpack → install.sh → the installed app's --self-test through ~/.local/bin → the menu entry validates
# (desktop-file-validate, when installed) and the icons are in place → install.sh --uninstall removes the
# app and leaves the workspace alone.
set -euo pipefail
tarball=$(realpath "$1")
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch/home"
unset XDG_DATA_HOME
mkdir -p "$HOME"
fail() { echo "check_install: $*" >&2; exit 1; }

tar -xzf "$tarball" -C "$scratch"
unpacked=$(find "$scratch" -maxdepth 1 -type d -name 'ssrdesk-*' | head -1)
[ -n "$unpacked" ] || fail "the tarball holds no ssrdesk-<version>/ folder"
"$unpacked/install.sh" >/dev/null

desktop="$HOME/.local/share/applications/ssrdesk.desktop"
[ -L "$HOME/.local/bin/ssrdesk" ] || fail "no ~/.local/bin/ssrdesk link"
[ -f "$desktop" ] || fail "no menu entry"
grep -q "^Exec=\"$HOME/.local/lib/ssrdesk/ssrdesk\"$" "$desktop" || fail "the menu entry does not start the installed app"
for size in 16 24 32 48 64 128 256 512; do
  [ -f "$HOME/.local/share/icons/hicolor/${size}x${size}/apps/ssrdesk.png" ] || fail "no ${size}px icon"
done
[ -f "$HOME/.local/share/icons/hicolor/scalable/apps/ssrdesk.svg" ] || fail "no scalable icon"
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$desktop" || fail "the menu entry does not validate"
  echo "desktop-file-validate: the menu entry is valid"
else
  echo "desktop-file-validate is not installed (apt-get install desktop-file-utils): menu entry not validated"
fi
QT_QPA_PLATFORM=offscreen "$HOME/.local/bin/ssrdesk" --self-test | tail -1

mkdir -p "$HOME/.local/share/ssrdesk/workspace" && touch "$HOME/.local/share/ssrdesk/workspace/ssrdesk.sqlite"
"$unpacked/install.sh" --uninstall >/dev/null
[ ! -e "$HOME/.local/lib/ssrdesk" ] && [ ! -e "$HOME/.local/bin/ssrdesk" ] && [ ! -e "$desktop" ] \
  || fail "--uninstall left the app behind"
[ -z "$(find "$HOME/.local/share/icons" -name 'ssrdesk*' 2>/dev/null)" ] || fail "--uninstall left icons behind"
[ -f "$HOME/.local/share/ssrdesk/workspace/ssrdesk.sqlite" ] || fail "--uninstall removed the workspace"
echo "check_install: install.sh installs, the installed app passes, --uninstall removes it and keeps the workspace"
