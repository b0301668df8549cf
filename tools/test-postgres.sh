#!/usr/bin/env bash
# `npm run test:postgres`: the API integration suite against PostgreSQL.
# With DATABASE_URL set it uses that server; otherwise it starts a throwaway
# PostgreSQL 15 cluster under /tmp (as root it runs the server as "postgres").
set -euo pipefail
cd "$(dirname "$0")/.."
export NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false

if [ -n "${DATABASE_URL:-}" ]; then
  exec npx nx run api:integration --skip-nx-cache --outputStyle=static
fi

PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$PG_BIN" ]; then
  echo "PostgreSQL server binaries not found: install PostgreSQL (Debian: apt-get install postgresql) or set DATABASE_URL." >&2
  exit 1
fi
PG_DIR=$(mktemp -d /tmp/auskunft-pg.XXXXXX)
PG_PORT=${PG_PORT:-54329}
run_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$PG_DIR"
cleanup() { run_pg "$PG_BIN/pg_ctl -D $PG_DIR/data -m immediate stop" >/dev/null 2>&1 || true; rm -rf "$PG_DIR"; }
trap cleanup EXIT
run_pg "$PG_BIN/initdb -D $PG_DIR/data -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >/dev/null
run_pg "$PG_BIN/pg_ctl -D $PG_DIR/data -o '-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off' -l $PG_DIR/log -w start" >/dev/null
run_pg "$PG_BIN/psql -h 127.0.0.1 -p $PG_PORT -U postgres -c 'CREATE DATABASE auskunft_test'" >/dev/null
export DATABASE_URL="postgres://postgres@127.0.0.1:$PG_PORT/auskunft_test"
echo "Throwaway PostgreSQL on port $PG_PORT"
npx nx run api:integration --skip-nx-cache --outputStyle=static
