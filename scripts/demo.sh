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
# Real people, real sensors: recordings replayed as live bands, all at once, as fast as the node acknowledges.
sim replay --file data/imu/uci-pt/s2-e1-test.csv --device band-maria --patient maria \
  --exercise knee-extension-seated --speed 0 --mqtt "$mqtt" --grpc "$grpc" --provision >"$out/maria.log" 2>&1 &
a=$!
sim replay --file data/imu/muvr/arms-labelled_arms_jan-2_1.csv --device band-james --patient james \
  --exercise biceps-curl --speed 0 --mqtt "$mqtt" --grpc "$grpc" --provision >"$out/james.log" 2>&1 &
b=$!
# A synthetic patient in pain: slower, partial reps.
sim run --exercise sit-to-stand --reps 10 --sets 3 --persona in-pain --seed 42 --device band-ana --patient ana \
  --speed 0 --mqtt "$mqtt" --grpc "$grpc" --provision --truth "$out/ana-truth.json" >"$out/ana.log" 2>&1 &
c=$!
status=0
for p in $a $b $c; do wait "$p" || status=1; done
tail -n 3 "$out"/maria.log "$out"/james.log "$out"/ana.log
[[ $status -eq 0 ]] || { echo "a band failed: see $out/*.log" >&2; exit 1; }
sleep 2 # the node writes to InfluxDB in batches of up to a second

step "5/5 rep report"
for patient in maria james ana; do
  hepsense reps --patient "$patient" --from "$since"
done
