# Sourced by ./test: starts a throw-away PostgreSQL cluster for the storage suites
# and exports ACCORD_TEST_POSTGRES; the cluster is stopped and removed on exit.

accord_start_postgres() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$bin" ]; then
    case "${CI:-}" in
      ""|0|false|FALSE|False) ;;
      *) echo "==> PostgreSQL server not installed, and CI may not skip it" >&2
         return 1 ;;
    esac
    echo "==> PostgreSQL server not installed: storage suites run against SQLite only" >&2
    return 0
  fi
  ACCORD_PG_DIR=$(mktemp -d /tmp/accord-pg.XXXXXX)
  local port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  local as=()
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$ACCORD_PG_DIR"
    as=(su postgres -s /bin/sh -c)
  else
    as=(sh -c)
  fi
  "${as[@]}" "$bin/initdb -D $ACCORD_PG_DIR/data -A trust -U postgres >$ACCORD_PG_DIR/initdb.log 2>&1"
  "${as[@]}" "$bin/pg_ctl -D $ACCORD_PG_DIR/data -l $ACCORD_PG_DIR/server.log -w -o '-p $port -k $ACCORD_PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off' start >/dev/null"
  "$bin/psql" -q -h 127.0.0.1 -p "$port" -U postgres -c 'create database accord_test' >/dev/null
  export ACCORD_TEST_POSTGRES="postgresql://postgres@127.0.0.1:$port/accord_test"
  ACCORD_PG_STOP="$bin/pg_ctl -D $ACCORD_PG_DIR/data -m fast stop"
  ACCORD_PG_AS=("${as[@]}")
  trap accord_stop_postgres EXIT
  echo "==> PostgreSQL $("$bin/postgres" --version | awk '{print $3}') started for the tests: $ACCORD_TEST_POSTGRES"
}

accord_stop_postgres() {
  if [ -n "${ACCORD_PG_STOP:-}" ]; then
    "${ACCORD_PG_AS[@]}" "$ACCORD_PG_STOP >/dev/null 2>&1" || true
    rm -rf "$ACCORD_PG_DIR"
    ACCORD_PG_STOP=
  fi
}
