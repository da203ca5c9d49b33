#!/usr/bin/env bash
# tests/bench/http_bench.sh [BUILD_DIR] — the HTTP benchmark (not a test: it prints
# figures, it asserts nothing). Starts accord-server on loopback, first with the
# Skopje sample, then with the large generated conference (57 countries, 1,000
# commitments each assigned to every country, 10 reports per assignment), and
# loads each read with wrk at 16 connections. Targets: >= 20,000 requests/s for
# the JSON reads, p99 under 10 ms.
#   BUILD_DIR   a configured build tree (default build/release); accord-server,
#               the plugin and http_bench_data are built there if missing.
#   DURATION=10 CONNECTIONS=16 THREADS=2   override wrk's load (environment).
#   LARGE=0     skip the large data set.
#   POSTGRES=postgresql://user@host:port/db   also serve the Skopje sample from
#               PostgreSQL (in a fresh schema, left in place).
set -euo pipefail
cd "$(dirname "$0")/../.."
BUILD=${1:-build/release}
DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
LARGE=${LARGE:-1}
POSTGRES=${POSTGRES:-}

if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" -eq 0 ]; then apt-get install -y -qq wrk >/dev/null; else
    echo "http_bench: wrk is missing: sudo apt-get install -y wrk" >&2; exit 1; fi
fi
if [ ! -f "$BUILD/CMakeCache.txt" ]; then
  cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
cmake --build "$BUILD" -j "$(nproc)" --target accord-server accord http_bench_data >/dev/null
SERVER=$BUILD/plugin/server/accord-server
CLI=$BUILD/plugin/cli/accord
DATA=$BUILD/tests/http/bench/http_bench_data

WORK=$(mktemp -d /tmp/accord-http-bench.XXXXXX)
PID=
stop() {
  if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; PID=; fi
}
trap 'stop; rm -rf "$WORK"' EXIT

# signin STORAGE — makes a reader account in STORAGE and signs it in: every read
# is measured as a signed-in client makes it, token check included. Sets AUTH.
signin() {
  local password="bench reader password $$"
  printf '%s\n' "$password" | "$CLI" user add "bench.reader.$$" --role viewer --display-name "Bench Reader" \
    --email bench@example.org --password-stdin --storage "$1" >/dev/null
  local token
  token=$(curl -sf "$URL/api/v1/session" -H 'Content-Type: application/json' \
    -d "{\"user\":\"bench.reader.$$\",\"password\":\"$password\"}" | sed 's/.*"token":"\([^"]*\)".*/\1/')
  AUTH="Authorization: Bearer $token"
}

# start NAME ARGS... — starts the server in the background, sets PID and URL.
start() {
  local name=$1; shift
  "$SERVER" --port 0 --threads 32 "$@" >"$WORK/$name.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 600); do
    URL=$(grep -o 'url=http://127.0.0.1:[0-9]*' "$WORK/$name.log" | head -n1 | cut -d= -f2 || true)
    [ -n "$URL" ] && return 0
    kill -0 "$PID" 2>/dev/null || { cat "$WORK/$name.log" >&2; exit 1; }
    sleep 0.1
  done
  echo "http_bench: $name server did not start" >&2; exit 1
}

# load LABEL PATH — one wrk run; prints requests/s, p50, p99 and errors.
load() {
  local label=$1 path=$2 out
  curl -sf -o /dev/null -H "$AUTH" "$URL$path" || { echo "http_bench: $URL$path does not answer 200" >&2; exit 1; }
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "$AUTH" "$URL$path")
  local rps p50 p99 bad
  rps=$(awk '/^Requests\/sec/ {printf "%.0f", $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  bad=$(awk '/Non-2xx/ {print $5}' <<<"$out")
  printf "  %-44s %10s req/s   p50 %9s   p99 %9s   %s\n" "$label" "$rps" "$p50" "$p99" "${bad:+non-2xx: $bad}"
}

echo "accord-server, wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s, loopback, $(nproc) cores"
echo
skopje() {
  D=/api/v1/declarations/skopje-joint-declaration
  load "GET declaration (JSON)" "$D"
  load "GET endorsement status (JSON)" "$D/status/endorsements"
  load "GET implementation matrix (JSON)" "$D/status/implementation"
  load "GET endorsement of one country (JSON)" "$D/endorsements/MK"
  load "download declaration (DOCX)" "$D/render?format=docx"
  load "download declaration (XML)" "$D/render?format=xml"
  load "download endorsement status (DOCX)" "$D/status/endorsements?format=docx"
  load "download implementation report (XML)" "$D/status/implementation?format=xml"
}
echo "Skopje sample (12 countries, 4 commitments), SQLite"
start skopje --storage "sqlite:$WORK/skopje.db"
signin "sqlite:$WORK/skopje.db"
skopje
stop
if [ -n "$POSTGRES" ]; then
  echo
  echo "Skopje sample, PostgreSQL"
  case $POSTGRES in *\?*) sep='&' ;; *) sep='?' ;; esac
  start skopje-pg --storage "$POSTGRES${sep}schema=accord_http_bench_$$"
  signin "$POSTGRES${sep}schema=accord_http_bench_$$"
  skopje
  stop
fi

if [ "$LARGE" = 1 ]; then
  echo
  echo "Large generated conference (57 countries, 1,000 commitments, 57,000 assignments, 570,000 reports)"
  t0=$(date +%s)
  "$DATA" --storage "sqlite:$WORK/large.db" | sed 's/^/  /'
  echo "  (loaded in $(( $(date +%s) - t0 )) s)"
  start large --storage "sqlite:$WORK/large.db" --seed ""
  signin "sqlite:$WORK/large.db"
  D=/api/v1/declarations/bench-declaration
  load "GET declaration (JSON)" "$D"
  load "GET endorsement status (JSON)" "$D/status/endorsements"
  # The matrix pages by commitment (default 50 rows): a page of all 57 countries
  # is 2,850 cells, one country's is 50.
  load "GET implementation matrix, one country (JSON)" "$D/status/implementation?country=AT"
  load "GET implementation matrix page ($(curl -s -H "$AUTH" "$URL$D/status/implementation" | wc -c) B)" \
       "$D/status/implementation"
  load "GET one assignment with its reports (JSON)" "/api/v1/commitments/cm-7/countries/AT"
  load "download declaration (DOCX)" "$D/render?format=docx"
  load "download endorsement status (XML)" "$D/status/endorsements?format=xml"
  stop
fi
