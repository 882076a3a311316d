#!/usr/bin/env bash
# The end-to-end check: a node (InfluxDB and PostgreSQL from scripts/), a simulated cohort streamed into it over MQTT, then
# CohortCheck comparing what the node says over gRPC with the cohort's truth. Prints CohortCheck's report; its last line is
# JSON. Usage: benchmarks/CohortCheck/cohort.sh [PATIENTS] [DAYS] [SEED]   (defaults 50 30 11, about 5 minutes)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
patients=${1:-50} days=${2:-30} seed=${3:-11}
out="$root/.data/cohort"
mkdir -p "$out"
export HEPSENSE_SIGNING_KEY_FILE="$root/.data/signing.key" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
grpc="http://127.0.0.1:${HEPSENSE_COHORT_GRPC_PORT:-5090}" mqtt_port=${HEPSENSE_COHORT_MQTT_PORT:-1893}
scripts/influxdb.sh start
scripts/postgres.sh start
dotnet build HepSense.sln -c Release -nologo -v quiet -clp:NoSummary
bin() { echo "$root/$1/bin/Release/net10.0/$2"; }
dotnet "$(bin src/Api HepSense.Api.dll)" --HepSense:Grpc:Port="${grpc##*:}" --HepSense:Mqtt:Port="$mqtt_port" > "$out/node.log" 2>&1 &
node=$!
trap 'kill $node 2>/dev/null; wait $node 2>/dev/null || true' EXIT
HEPSENSE_GRPC="$grpc" dotnet "$(bin src/Cli hepsense.dll)" health --wait 90 || { tail -30 "$out/node.log"; exit 1; }
prefix="cohort$(date +%H%M%S)"
dotnet "$(bin firmware-sim firmware-sim.dll)" cohort --patients "$patients" --days "$days" --seed "$seed" --prefix "$prefix" \
  --provision --mqtt "127.0.0.1:$mqtt_port" --grpc "$grpc" --truth "$out/truth.json"
dotnet "$(bin benchmarks/CohortCheck CohortCheck.dll)" --truth "$out/truth.json" --grpc "$grpc"
