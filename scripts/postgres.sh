#!/usr/bin/env bash
# PostgreSQL from Debian's package, on loopback, cluster under .data/postgres in the project, with
# database `hepsense` and the Orleans ADO.NET schema (scripts/sql) applied once.
# Usage: scripts/postgres.sh start|stop|status   (idempotent; installs the package when missing)
# start uses a PostgreSQL already answering on the port (another checkout's cluster) when user postgres gets in
# without a password, as scripts/influxdb.sh does with InfluxDB; stop never stops a server it did not start.
# Port: HEPSENSE_PG_PORT (default 5433, so it never meets a system cluster on 5432).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dir="$root/.data/postgres"
port="${HEPSENSE_PG_PORT:-5433}"
db=hepsense
source "$root/scripts/debian-package.sh"

bindir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

# initdb, pg_ctl and postgres refuse to run as root: as root they run as the package's `postgres` user.
as_pg() { if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }

# Paths the server sees. When the project is not reachable by the postgres user (a checkout under
# /root, mode 700), the cluster lives under its home and .data/postgres points there.
resolve() {
  local real; real="$(readlink -f "$dir")"
  data="$real/data"; run="$real/run"; log="$real/postgres.log"
}

running() { resolve; [[ -f "$data/PG_VERSION" ]] && as_pg "$(bindir)/pg_ctl" -D "$data" status >/dev/null 2>&1; }

# -w: never ask for a password (a server that wants one fails at once instead of waiting on the terminal).
sql() { PGOPTIONS="-c client_min_messages=warning" PGCONNECT_TIMEOUT=10 "$(bindir)/psql" -X -q -w -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres "$@"; }

# The package's own cluster is not used either: the project runs its own cluster.
install() { [[ -n "$(bindir)" && -x "$(bindir)/initdb" ]] || install_debian_package postgresql; }

make_dir() {
  mkdir -p "$root/.data"
  if [[ $(id -u) -eq 0 && ! -e "$dir" ]] && ! runuser -u postgres -- test -x "$root/.data"; then
    local home; home="$(getent passwd postgres | cut -d: -f6)/hepsense-$(echo -n "$root" | sha1sum | cut -c1-12)"
    mkdir -p "$home"; ln -s "$home" "$dir"
    echo "postgres: $root is not reachable by user postgres; cluster kept in $home"
  fi
  mkdir -p "$dir/run"
  [[ $(id -u) -eq 0 ]] && chown postgres:postgres "$(readlink -f "$dir")" "$dir/run"
  return 0
}

init_cluster() {
  make_dir; resolve
  [[ -f "$data/PG_VERSION" ]] && return
  echo "postgres: creating cluster in $data"
  # Trust on loopback only: the server listens on 127.0.0.1 and a project-local socket, nothing else.
  as_pg "$(bindir)/initdb" -D "$data" -U postgres -A trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 \
    || { echo "postgres: initdb failed, see $dir/initdb.log" >&2; tail -20 "$dir/initdb.log" >&2; exit 1; }
  touch "$log"; [[ $(id -u) -eq 0 ]] && chown postgres:postgres "$log"
  return 0
}

apply_schema() {
  [[ -n "$(sql -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'")" ]] || sql -d postgres -c "CREATE DATABASE $db"
  sql -d "$db" -c "CREATE TABLE IF NOT EXISTS hepsense_schema (script text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())"
  local f name
  for f in "$root"/scripts/sql/*.sql; do
    name="$(basename "$f")"
    [[ -n "$(sql -d "$db" -tAc "SELECT 1 FROM hepsense_schema WHERE script = '$name'")" ]] && continue
    # One transaction per script, the record of it included: a failed script leaves nothing behind.
    { cat "$f"; echo; echo "INSERT INTO hepsense_schema(script) VALUES ('$name');"; } \
      | sql -d "$db" --single-transaction -f - >/dev/null
    echo "postgres: applied $name"
  done
}

# The port the running cluster listens on (line 4 of postmaster.pid), whatever HEPSENSE_PG_PORT says now.
running_port() { sed -n 4p "$data/postmaster.pid"; }

answers() { "$(bindir)/pg_isready" -q -h 127.0.0.1 -p "$port"; }

# Another PostgreSQL already answers on the port (another checkout's cluster, say): used as it is, like
# scripts/influxdb.sh does, when it takes user postgres without a password as this script's clusters do;
# database hepsense and the schema are added when missing. Otherwise nothing is touched and it says what to do.
use_other() {
  if ! sql -d postgres -tAc "SELECT 1" >/dev/null 2>&1; then
    echo "postgres: 127.0.0.1:$port is served by another PostgreSQL that does not let user postgres in without a password." >&2
    echo "postgres: stop that server, or set HEPSENSE_PG_PORT to a free port (the tests and the node follow it)." >&2
    exit 1
  fi
  apply_schema
  echo "postgres: another PostgreSQL already answers on 127.0.0.1:$port; using it (database $db)"
}

start() {
  if running; then
    local actual; actual="$(running_port)"
    [[ "$actual" != "$port" ]] && echo "postgres: note: running on port $actual, not $port; stop and start to move it" >&2
    port="$actual"; apply_schema
    echo "postgres: already running (port $port, data in $data)"; return
  fi
  install
  if answers; then use_other; return; fi
  init_cluster
  # Settings on the command line so HEPSENSE_PG_PORT always wins over what the cluster was created with.
  as_pg "$(bindir)/pg_ctl" -D "$data" -l "$log" -w -t 30 \
    -o "-p $port -c listen_addresses=127.0.0.1 -k '$run'" start >/dev/null \
    || { echo "postgres: failed to start, see $log" >&2; tail -20 "$log" >&2; exit 1; }
  apply_schema
  echo "postgres: up on 127.0.0.1:$port, database $db (data in $data)"
}

stop() {
  if ! running; then
    if answers; then echo "postgres: not running here; the server on 127.0.0.1:$port is not this checkout's and is left alone"
    else echo "postgres: not running"; fi
    return
  fi
  as_pg "$(bindir)/pg_ctl" -D "$data" -m fast -w -t 30 stop >/dev/null
  echo "postgres: stopped"
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  status)
    if running; then echo "postgres: running (port $(running_port), data in $data)"
    elif answers; then echo "postgres: stopped here; another PostgreSQL answers on 127.0.0.1:$port (start uses it)"; exit 1
    else echo "postgres: stopped"; exit 1; fi ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
