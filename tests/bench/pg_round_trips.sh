#!/bin/sh
# pg_round_trips.sh — the PostgreSQL reads of portfolio_bench with storage's
# statements sent one round trip each (libpq PQexecParams, the default) against
# Poco::Data's connector (ACCORD_POSTGRESQL_STATEMENTS=poco: prepare, describe,
# execute, deallocate), on the same build and database. Runs the two alternately
# RUNS times (the machine is shared: medians, with the load average), then counts
# each one's round trips once: the client's sendto() calls under strace.
# Prints figures, asserts nothing.
set -eu
usage() {
  echo "usage: pg_round_trips.sh BENCH URI SCALE [RUNS]"
  echo "  BENCH  the portfolio_bench executable (a Release build)"
  echo "  URI    a postgresql:// database an earlier portfolio_bench run filled at SCALE"
  echo "  RUNS   timed runs per mode (default 5)"
}
[ "${1:-}" = "--help" ] && { usage; exit 0; }
[ $# -ge 3 ] || { usage >&2; exit 2; }
bench=$1 uri=$2 scale=$3 runs=${4:-5}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
run() {  # MODE: one --loaded run's warm milliseconds, one line per read
  if [ "$1" = poco ]; then export ACCORD_POSTGRESQL_STATEMENTS=poco; else unset ACCORD_POSTGRESQL_STATEMENTS; fi
  "$bench" --storage "$uri" --scale "$scale" --loaded |
    sed -n 's/^  \(.*\): .* cold, \([0-9.e+]*\) ms warm (CPU \([0-9.e+]*\) ms), \([0-9]*\) queries.*/\1|\2|\3|\4/p'
}
i=0
while [ $i -lt "$runs" ]; do
  for mode in one-round-trip poco; do
    echo "$(cut -d' ' -f1 /proc/loadavg)" >>"$out/load"
    run $mode >>"$out/$mode"
  done
  i=$((i + 1))
done
for mode in one-round-trip poco; do
  echo "== $mode: median of $runs runs, warm wall ms / client CPU ms / statements"
  awk -F'|' '{ w[$1] = w[$1] " " $2; c[$1] = c[$1] " " $3; q[$1] = $4; if (!($1 in seen)) { seen[$1] = 1; order[++n] = $1 } }
    function median(list,   a, k, m, j, t) { k = split(list, a, " "); for (m = 1; m <= k; m++) for (j = m + 1; j <= k; j++) if (a[j] + 0 < a[m] + 0) { t = a[m]; a[m] = a[j]; a[j] = t }
      return a[int((k + 1) / 2)] }
    END { for (i = 1; i <= n; i++) { r = order[i]; printf "  %-50s %8s %8s %4s\n", r, median(w[r]), median(c[r]), q[r] } }' "$out/$mode"
done
echo "load average (1 min) during the runs: $(sort -n "$out/load" | tr '\n' ' ')"
if command -v strace >/dev/null 2>&1; then
  for mode in one-round-trip poco; do
    if [ "$mode" = poco ]; then export ACCORD_POSTGRESQL_STATEMENTS=poco; else unset ACCORD_POSTGRESQL_STATEMENTS; fi
    strace -f -c -e trace=sendto -o "$out/strace" "$bench" --storage "$uri" --scale "$scale" --loaded >/dev/null
    echo "round trips of one whole --loaded run ($mode): $(awk '/sendto/ { print $4 }' "$out/strace") sendto() calls"
  done
fi
