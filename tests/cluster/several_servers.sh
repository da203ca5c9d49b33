#!/bin/bash
# Runs several_servers.py (ctest: cluster_several_servers_check) against the
# PostgreSQL of $ACCORD_TEST_POSTGRES, or a throw-away one started with
# .ci/postgres.sh when none is given.
set -euo pipefail
SOURCE=$(cd "$(dirname "$0")/../.." && pwd)
if [ -z "${ACCORD_TEST_POSTGRES:-}" ]; then
  # shellcheck source=/dev/null
  source "$SOURCE/.ci/postgres.sh"
  accord_start_postgres
  [ -n "${ACCORD_TEST_POSTGRES:-}" ] || { echo "several_servers: needs a PostgreSQL server" >&2; exit 1; }
fi
/usr/bin/python3 "$SOURCE/tests/cluster/several_servers.py" --source "$SOURCE" "$@"
