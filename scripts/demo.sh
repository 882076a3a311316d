#!/usr/bin/env bash
# The main job: start InfluxDB and PostgreSQL, a HepSense node, simulated bands streaming exercise
# sessions into it (real recordings replayed and synthetic patients), then print the rep report.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
grpc_port="${HEPSENSE_DEMO_GRPC_PORT:-5080}"
mqtt_port="${HEPSENSE_DEMO_MQTT_PORT:-1883}"
grpc="http://127.0.0.1:$grpc_port"
mqtt="127.0.0.1:$mqtt_port"
out="$root/.data/demo"
mkdir -p "$out"
export HEPSENSE_SIGNING_KEY_FILE="$root/.data/signing.key"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "1/5 servers"
scripts/influxdb.sh start
scripts/postgres.sh start

step "2/5 build (Release)"
dotnet build HepSense.sln -c Release -nologo -v quiet -clp:NoSummary
bin() { echo "$root/$1/bin/Release/net10.0/$2"; }
sim() { dotnet "$(bin firmware-sim firmware-sim.dll)" "$@"; }
export HEPSENSE_GRPC="$grpc" # the console's default node
hepsense() { dotnet "$(bin src/Cli hepsense.dll)" "$@"; }

step "3/5 node (log: .data/demo/node.log)"
if (exec 3<>"/dev/tcp/127.0.0.1/$grpc_port") 2>/dev/null; then
  echo "port $grpc_port is taken: stop the node that runs there, or set HEPSENSE_DEMO_GRPC_PORT" >&2; exit 1
fi
dotnet "$(bin src/Api HepSense.Api.dll)" --HepSense:Grpc:Port="$grpc_port" --HepSense:Mqtt:Port="$mqtt_port" \
  >"$out/node.log" 2>&1 &
node=$!
trap 'kill $node 2>/dev/null; wait $node 2>/dev/null || true' EXIT
hepsense health --wait 90 || { tail -30 "$out/node.log"; exit 1; }
since="$(date -u +%Y-%m-%dT%H:%M:%SZ)"

step "4/5 bands streaming"
# A clinic's cohort on an accelerated clock: programs, personas (adherent, fading, in pain, ...), pain reports
# and band faults, two weeks in seconds. The ground truth of what the simulated patients really did is kept.
prefix="demo$(date +%H%M%S)"
clinic="$prefix-clinic"
days=14
sim cohort --patients 6 --days "$days" --seed 7 --prefix "$prefix" --provision \
  --mqtt "$mqtt" --grpc "$grpc" --truth "$out/truth.json" | tee "$out/cohort.log" | grep -vE '^\s*$' | tail -n 12 &
cohort=$!
# And a real person with a real sensor: a recording of seated knee extensions replayed as a live band.
sim replay --file data/imu/uci-pt/s2-e1-test.csv --device band-maria --patient maria \
  --exercise knee-extension-seated --speed 0 --mqtt "$mqtt" --grpc "$grpc" --provision >"$out/maria.log" 2>&1 &
maria=$!
status=0
wait "$cohort" || status=1
wait "$maria" || status=1
[[ $status -eq 0 ]] || { echo "a band failed: see $out/*.log" >&2; exit 1; }
tail -n 1 "$out/maria.log"

step "5/5 adherence report"
from="$(date -u -d "-$days days" +%Y-%m-%d)"
to="$(date -u +%Y-%m-%d)"
hepsense patients --clinic "$clinic"
for p in 001 002; do
  hepsense adherence --patient "$prefix-p$p" --from "$from" --to "$to"
done
hepsense rtm --clinic "$clinic" --month "$(date -u +%Y-%m)"
hepsense reps --patient maria --from "$since"
echo
echo "Ground truth of the simulated cohort: $out/truth.json. More: hepsense --help (HEPSENSE_GRPC=$grpc)."
