#!/usr/bin/env bash
# Every detected rep on ten checks, one CSV each, for proving a refactor byte-identical:
#   benchmarks/RepAccuracy/replists.sh OUTDIR [Name=Value ...]   then `cmp` OUTDIR/* against main's.
# Uses the simulated sets guards.sh generates under .data/guards (run guards.sh once first).
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${1:?usage: replists.sh OUTDIR [Name=Value ...]}; shift
mkdir -p "$out"
data=.data/guards
[ -f "$data/walk-s11/manifest.csv" ] || { echo "run benchmarks/RepAccuracy/guards.sh once first" >&2; exit 1; }
dotnet build -c Release benchmarks/RepAccuracy -v q -nologo | grep -E " error |warn" || true
list() { # name, harness args
  local name=$1; shift
  echo "$name" >&2
  dotnet run --no-build -c Release --project benchmarks/RepAccuracy -- "$@" --reps "$out/$name.csv" > /dev/null 2>&1
}
list uci-pt-gyro         data/imu --only uci-pt "$@"
list uci-pt-no-gyro      data/imu --only uci-pt --no-gyro "$@"
list uci-pt-tempo-1.5    data/imu --only uci-pt --tempo 1.5 "$@"
list physio-s7-gyro      $data/physio-s7 "$@"
list physio-s11-no-gyro  $data/physio-s11 --no-gyro "$@"
list gym-s7-r25-gyro     $data/gym-s7-r25 "$@"
list gym-s11-r50-no-gyro $data/gym-s11-r50 --no-gyro "$@"
list muvr-plausible      $data/muvr-plausible "$@"
list walk-s7-gyro        $data/walk-s7 "$@"
list walk-s11-no-gyro    $data/walk-s11 --no-gyro "$@"
