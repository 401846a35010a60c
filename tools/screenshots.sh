#!/usr/bin/env bash
# Screenshots for the README, under Xvfb: the real `inlinea` at start (login window, connected to a local reference
# portal), and every window rendered by tests/gui/grab_windows. Needs a build in ./build (./dev test or ./dev demo).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT=${1:-$ROOT/docs/screenshots}
BUILD=${BUILD:-$ROOT/build}
mkdir -p "$OUT"
work=$(mktemp -d)
portal_pid=
cleanup() {
  [ -n "$portal_pid" ] && kill -TERM "$portal_pid" 2>/dev/null && wait "$portal_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

port=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
/usr/bin/python3 "$ROOT/server/manage.py" seed --state "$work/state" >/dev/null
/usr/bin/python3 "$ROOT/server/manage.py" serve --state "$work/state" --port "$port" >"$work/portal.log" 2>&1 &
portal_pid=$!
for _ in $(seq 1 100); do
  curl -fsS --cacert "$work/state/pki/ca.pem" "https://localhost:$port/api/v1/info" >/dev/null 2>&1 && break
  sleep 0.2
done

# The real application, as a user starts it: first painted window, with the status bar after the first check.
XDG_CONFIG_HOME="$work/config" xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
  "$1" --portal "https://localhost:$2" --ca "$3" & app=$!
  sleep 4
  import -window root "$4"
  kill $app; wait $app 2>/dev/null || true' _ "$BUILD/ui/inlinea" "$port" "$work/state/pki/ca.pem" "$work/root.png"
convert "$work/root.png" -trim +repage "$OUT/app-start.png"
echo "saved $OUT/app-start.png"

xvfb-run -a -s "-screen 0 1280x800x24" "$BUILD/tests/gui/grab_windows" "$OUT"
