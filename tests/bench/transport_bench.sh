#!/usr/bin/env bash
# tests/bench/transport_bench.sh [BUILD_DIR] — the transport benchmark (not a test:
# it prints figures, it asserts nothing). Starts accord-server on loopback with its
# default settings and measures:
#   1. GET /healthz (fresh connection each) while 500 slowloris connections from
#      127.0.0.2 trickle header lines (slowloris.py): p50/p99. Target: p99 < 100 ms.
#   2. wrk -c64 keep-alive JSON reads (the Skopje declaration): p50/p99.
#   3. the same wrk run while the slowloris connections hang on.
#   BUILD_DIR   a configured build tree (default build/release); built if missing.
#   DURATION=10 CONNECTIONS=64 THREADS=2 SLOW=500   override the load (environment).
set -euo pipefail
cd "$(dirname "$0")/../.."
BUILD=${1:-build/release}
DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
SLOW=${SLOW:-500}

if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" -eq 0 ]; then apt-get install -y -qq wrk >/dev/null; else
    echo "transport_bench: wrk is missing: sudo apt-get install -y wrk" >&2; exit 1; fi
fi
if [ ! -f "$BUILD/CMakeCache.txt" ]; then
  cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
cmake --build "$BUILD" -j2 --target accord-server accord >/dev/null
SERVER=$BUILD/plugin/server/accord-server
CLI=$BUILD/plugin/cli/accord

WORK=$(mktemp -d /tmp/accord-transport-bench.XXXXXX)
PID=
ATTACK=
stop() {
  if [ -n "$ATTACK" ]; then kill "$ATTACK" 2>/dev/null || true; wait "$ATTACK" 2>/dev/null || true; ATTACK=; fi
  if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; PID=; fi
}
trap 'stop; rm -rf "$WORK"' EXIT

"$SERVER" --port 0 --storage "sqlite:$WORK/skopje.db" >"$WORK/server.log" 2>&1 &
PID=$!
URL=
for _ in $(seq 1 600); do
  URL=$(grep -o 'url=http://127.0.0.1:[0-9]*' "$WORK/server.log" | head -n1 | cut -d= -f2 || true)
  [ -n "$URL" ] && break
  kill -0 "$PID" 2>/dev/null || { cat "$WORK/server.log" >&2; exit 1; }
  sleep 0.1
done
[ -n "$URL" ] || { echo "transport_bench: the server did not start" >&2; exit 1; }
PORT=${URL##*:}

password="bench reader password $$"
printf '%s\n' "$password" | "$CLI" user add "bench.reader.$$" --role viewer --display-name "Bench Reader" \
  --email bench@example.org --password-stdin --storage "sqlite:$WORK/skopje.db" >/dev/null
token=$(curl -sf "$URL/api/v1/session" -H 'Content-Type: application/json' \
  -d "{\"user\":\"bench.reader.$$\",\"password\":\"$password\"}" | sed 's/.*"token":"\([^"]*\)".*/\1/')
AUTH="Authorization: Bearer $token"
READ=/api/v1/declarations/skopje-joint-declaration

# load LABEL — one wrk run on the JSON read; prints requests/s, p50, p99 and errors.
load() {
  local out rps p50 p99 bad
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "$AUTH" "$URL$READ")
  rps=$(awk '/^Requests\/sec/ {printf "%.0f", $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  bad=$(awk '/Non-2xx/ {print $5}' <<<"$out")
  printf "  %-58s %8s req/s   p50 %9s   p99 %9s   %s\n" "$1" "$rps" "$p50" "$p99" "${bad:+non-2xx: $bad}"
}

echo "accord-server ($BUILD), default settings, loopback, $(nproc) cores"
python3 tests/bench/slowloris.py "$PORT" "$SLOW" 500
load "wrk -t$THREADS -c$CONNECTIONS keep-alive GET declaration (JSON)"
python3 tests/bench/slowloris.py "$PORT" "$SLOW" $(( DURATION * 100 + 400 )) >/dev/null &
ATTACK=$!
sleep 4
load "the same, under $SLOW slowloris connections"
stop
