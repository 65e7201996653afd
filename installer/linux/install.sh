#!/bin/sh
# Install ssrdesk for you alone, in ~/.local, without root:
#   ./install.sh              install (or update) from this folder
#   ./install.sh --uninstall  remove the app; your workspace (student data) is kept
# What goes where (XDG_DATA_HOME, default ~/.local/share):
#   ~/.local/lib/ssrdesk/                        the app (this folder's ssrdesk/)
#   ~/.local/bin/ssrdesk                         a link to it, for the command line
#   $XDG_DATA_HOME/applications/ssrdesk.desktop  the menu entry
#   $XDG_DATA_HOME/icons/hicolor/*/apps/ssrdesk.*  the icon
# Your workspace is in $XDG_DATA_HOME/ssrdesk; neither install nor uninstall touches it.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data="${XDG_DATA_HOME:-$HOME/.local/share}"
app="$HOME/.local/lib/ssrdesk"
bin="$HOME/.local/bin"
menu="$data/applications/ssrdesk.desktop"
icons="$data/icons/hicolor"

refresh() {
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$icons/index.theme" ] && \
    gtk-update-icon-cache -q -t "$icons" || true
}

uninstall() {
  rm -rf "$app"
  # Only our own link: a different ssrdesk on the PATH is not ours to remove.
  if [ -L "$bin/ssrdesk" ] && [ "$(readlink "$bin/ssrdesk")" = "$app/ssrdesk" ]; then rm -f "$bin/ssrdesk"; fi
  rm -f "$menu"
  for icon in "$icons"/*/apps/ssrdesk.png "$icons"/scalable/apps/ssrdesk.svg; do
    [ -e "$icon" ] && rm -f "$icon"
  done
  refresh
  echo "ssrdesk is uninstalled. Your workspace, if any, is still in $data/ssrdesk (delete it yourself to remove"
  echo "the student data and backups it holds)."
}

install() {
  [ -x "$here/ssrdesk/ssrdesk" ] || { echo "install.sh: no ssrdesk/ssrdesk next to this script" >&2; exit 1; }
  mkdir -p "$HOME/.local/lib" "$bin" "$data/applications"
  # Copy beside the old version, then swap, so an interrupted update leaves a working app.
  rm -rf "$app.new" "$app.old"
  cp -R "$here/ssrdesk" "$app.new"
  [ -e "$app" ] && mv "$app" "$app.old"
  mv "$app.new" "$app"
  rm -rf "$app.old"
  ln -sfn "$app/ssrdesk" "$bin/ssrdesk"
  for png in "$here"/icons/hicolor/*/apps/ssrdesk.png "$here"/icons/hicolor/scalable/apps/ssrdesk.svg; do
    size=$(basename "$(dirname "$(dirname "$png")")")
    mkdir -p "$icons/$size/apps"
    cp "$png" "$icons/$size/apps/"
  done
  sed "s|@EXEC@|$app/ssrdesk|g" "$here/ssrdesk.desktop" > "$menu.tmp"
  mv "$menu.tmp" "$menu"
  refresh
  echo "ssrdesk is installed: find it in your applications menu, or run $bin/ssrdesk"
  case ":$PATH:" in *":$bin:"*) ;; *) echo "($bin is not on your PATH: add it to run ssrdesk by name)";; esac
  echo "Check it with: $bin/ssrdesk --self-test"
}

case "${1:-}" in
  "") install ;;
  --uninstall) uninstall ;;
  *) echo "usage: ./install.sh [--uninstall]" >&2; exit 2 ;;
esac
