#!/usr/bin/env bash
# Installs what is missing, builds, starts gridsafe-server --demo on a local data folder
# and opens the desktop app logged in as the demo town operator; stops the server when
# the app closes. GRIDSAFE_PORT changes the port; GRIDSAFE_SCREENSHOT=file.png makes the
# app save a picture of its main window and quit.
set -euo pipefail
cd "$(dirname "$0")"

bash packaging/install-deps.sh

cmake --preset dev
cmake --build --preset dev --target gridsafe-server gridsafe gridsafe-cli

port="${GRIDSAFE_PORT:-47470}"
data="$PWD/build/run-data"
mkdir -p "$data" build/runtime && chmod 700 build/runtime
export XDG_RUNTIME_DIR="$PWD/build/runtime"
log="$data/server.log"

./build/dev/app-server/gridsafe-server --data-dir "$data/server" --listen "127.0.0.1:$port" --demo >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT

fingerprint=""
for _ in $(seq 1 100); do
  fingerprint=$(grep -oE '([0-9A-F]{2}:){31}[0-9A-F]{2}' "$log" || true)
  [ -n "$fingerprint" ] && break
  if ! kill -0 "$server" 2>/dev/null; then
    echo "The server did not start:" >&2
    cat "$log" >&2
    exit 1
  fi
  sleep 0.1
done
if [ -z "$fingerprint" ]; then
  echo "The server did not start in time; see $log" >&2
  exit 1
fi
cat "$log"

app_args=(--server "127.0.0.1:$port" --pin "$fingerprint" --user yaoguan
          --password-env GRIDSAFE_DEMO_PASSWORD --data-dir "$data/client")
if [ -n "${GRIDSAFE_SCREENSHOT:-}" ]; then
  app_args+=(--screenshot "$GRIDSAFE_SCREENSHOT")
fi
GRIDSAFE_DEMO_PASSWORD=gridsafe-yaoguan ./build/dev/app-desktop/gridsafe "${app_args[@]}"
