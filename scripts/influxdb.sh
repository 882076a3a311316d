#!/usr/bin/env bash
# InfluxDB 1.x from Debian's package, on loopback, data under .data/influxdb in the project.
# Usage: scripts/influxdb.sh start|stop|status   (idempotent; installs the package when missing)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dir="$root/.data/influxdb"
port="${HEPSENSE_INFLUX_PORT:-8086}"
pidfile="$dir/influxd.pid"
source "$root/scripts/debian-package.sh"

running() { [[ -f "$pidfile" ]] && kill -0 "$(cat "$pidfile")" 2>/dev/null; }

install() { command -v influxd >/dev/null || install_debian_package influxdb; }

start() {
  if running; then echo "influxdb: already running (pid $(cat "$pidfile"), port $port)"; return; fi
  if curl -sf "http://127.0.0.1:$port/ping" >/dev/null 2>&1; then
    echo "influxdb: another InfluxDB already answers on 127.0.0.1:$port; using it"; return
  fi
  install
  mkdir -p "$dir"/{meta,data,wal}
  # Debian's influxd binds every interface by default: pin HTTP and RPC to loopback.
  cat > "$dir/influxdb.conf" <<CONF
reporting-disabled = true
bind-address = "127.0.0.1:$((port + 2))"
[meta]
  dir = "$dir/meta"
[data]
  dir = "$dir/data"
  wal-dir = "$dir/wal"
  query-log-enabled = false
[http]
  bind-address = "127.0.0.1:$port"
  log-enabled = false
[monitor]
  store-enabled = false
CONF
  nohup influxd -config "$dir/influxdb.conf" >"$dir/influxd.log" 2>&1 &
  echo $! > "$pidfile"
  for _ in $(seq 1 100); do
    if curl -sf "http://127.0.0.1:$port/ping" >/dev/null; then echo "influxdb: up on 127.0.0.1:$port (data in $dir)"; return; fi
    running || { echo "influxdb: failed to start, see $dir/influxd.log" >&2; tail -20 "$dir/influxd.log" >&2; exit 1; }
    sleep 0.1
  done
  echo "influxdb: did not answer on 127.0.0.1:$port within 10 s" >&2; exit 1
}

stop() {
  if ! running; then echo "influxdb: not running"; rm -f "$pidfile"; return; fi
  local pid; pid="$(cat "$pidfile")"
  kill "$pid"
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
  rm -f "$pidfile"; echo "influxdb: stopped"
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  status) if running; then echo "influxdb: running (pid $(cat "$pidfile"), port $port)"; else echo "influxdb: stopped"; exit 1; fi ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
