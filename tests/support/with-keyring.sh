#!/bin/sh
# Runs a command inside its own D-Bus session with a fresh, unlocked gnome-keyring (the Secret Service that
# QtKeychain talks to), in a throw-away HOME, so every test run starts with an empty keyring.
set -eu
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config" XDG_CACHE_HOME="$home/.cache"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME"
dbus-run-session -- sh -c '
  eval "$(printf "%s" "inlinea-test-keyring" | gnome-keyring-daemon --unlock --components=secrets)"
  export GNOME_KEYRING_CONTROL
  "$@"
' sh "$@"
