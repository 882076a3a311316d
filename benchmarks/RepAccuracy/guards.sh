#!/usr/bin/env bash
# Every check a detector change must hold, one line each (exact / within ±1 / total error / missed / extra / latency,
# and reps lost / invented where every rep is labelled).
# Usage: benchmarks/RepAccuracy/guards.sh [--held-out] [Name=Value ...]   (run from the repository root; Name=Value overrides
# DetectorTuning; --held-out runs the simulated checks on seeds 3 and 5 instead)
# Simulated sets are generated once under .data/guards (firmware-sim dataset; seeds 7 and 11 are the tuning seeds, keep
# others held out). muvr is judged on the 232 recordings whose label its README's checks do not contradict.
set -euo pipefail
cd "$(dirname "$0")/../.."
data=.data/guards
dotnet build -c Release benchmarks/RepAccuracy -v q -nologo | grep -E " error |warn" || true
sim() { # dir, dataset args
  [ -f "$data/$1/manifest.csv" ] && return
  # Built each time a set is generated (rarely): an older build would not know a newer program (walk).
  dotnet build -c Release firmware-sim -v q -nologo > /dev/null
  echo "generating $data/$1" >&2
  dotnet run --no-build -c Release --project firmware-sim -- dataset --out "$data/$1" "${@:2}" > /dev/null
}
sim physio-s7 --sets 3 --seed 7
sim physio-s11 --sets 3 --seed 11
sim gym-s7-r25 --program gym --sets 3 --seed 7 --rate 25
sim gym-s11-r25 --program gym --sets 3 --seed 11 --rate 25
sim gym-s7-r100 --program gym --sets 3 --seed 7 --rate 100
sim gym-s11-r50 --program gym --sets 3 --seed 11 --rate 50
sim walk-s7 --program walk --sets 2 --seed 7
sim walk-s11 --program walk --sets 2 --seed 11
if [ ! -f "$data/muvr-plausible/manifest.csv" ]; then
  mkdir -p "$data/muvr-plausible"
  cp benchmarks/RepAccuracy/muvr-plausible.csv "$data/muvr-plausible/manifest.csv"
  ln -sfn "$PWD/data/imu/muvr" "$data/muvr-plausible/muvr"
fi
# One line from the harness's JSON summary (stdin), labelled $1.
line='
import json, sys
d = json.load(sys.stdin)
out = "%-28s exact %5.1f  w1 %5.1f  err %5.2f  miss %5.2f  extra %5.2f  lat %s" % (sys.argv[1], 100 * d["exact"],
    100 * d["within1"], 100 * d["total_error"], 100 * d["missed"], 100 * d["extra"], d["latency_median_s"])
if "reps_lost" in d: out += "  lost %5.2f  invented %5.2f" % (100 * d["reps_lost"], 100 * d["reps_invented"])
print(out)'
run() { # label, harness args
  local label=$1; shift
  dotnet run --no-build -c Release --project benchmarks/RepAccuracy -- "$@" "${tuning[@]}" 2>/dev/null | tail -1 | python3 -c "$line" "$label"
}
# The gyroscope count must not hinge on when the axis is re-estimated (src/Signal/README.md, "steady"): uci-pt's exact and
# within ±1 over five refresh periods, as min / mean.
sweep() {
  for r in 0.20 0.22 0.24 0.26 0.28; do
    dotnet run --no-build -c Release --project benchmarks/RepAccuracy -- data/imu --only uci-pt AxisRefreshS=$r "${tuning[@]}" 2>/dev/null | tail -1
  done | python3 -c '
import json, sys
d = [json.loads(l) for l in sys.stdin]
e, w = [100 * x["exact"] for x in d], [100 * x["within1"] for x in d]
print("%-28s exact %5.1f / %5.1f  w1 %5.1f / %5.1f  (min / mean over AxisRefreshS 0.20-0.28)" % ("uci-pt gyro refresh sweep", min(e), sum(e) / len(e), min(w), sum(w) / len(w)))'
}
# Walking is not reps (firmware-sim dataset --program walk): reps counted per minute of walking alone (7 placements, walk and
# shuffle; 0 is right), then the sets walked to and walked away from: the whole recording's count exact / within ±1, the
# set's own span between the walks exact / within ±1 (in brackets: the same sets with the person standing still instead
# of walking, stillset/), and the reps counted per minute of those walks.
# WALK_DETAIL=1 adds reps per minute by placement and gait.
walking='
import csv, json, os, sys, datetime
folder, listing, label = sys.argv[1:4]
at = lambda s: datetime.datetime.fromisoformat(s.replace("Z", "+00:00"))
truth = {}
for p in json.load(open(folder + "/truth.json"))["patients"]:
    for s in p["sessions"]:
        st = s["sets"][0]; t0 = at(st["start"])
        truth[s["id"]] = (len(st["reps"]), st["segment"], [((at(w["start"]) - t0).total_seconds(), (at(w["end"]) - t0).total_seconds(), w["gait"]) for w in st["walks"]])
starts = {}
for r in csv.DictReader(open(listing)): starts.setdefault(r["file"], []).append(float(r["start_s"]))
alone, by, sets, still = [0, 0], {}, [], []
for f, (true, segment, walks) in truth.items():
    reps = starts.get(f, [])
    if f.startswith("walk/"):
        minutes = sum(b - a for a, b, _ in walks) / 60
        alone[0] += len(reps); alone[1] += minutes
        k = by.setdefault((segment, walks[0][2]), [0, 0]); k[0] += len(reps); k[1] += minutes
    else:
        set_from, set_to = walks[0][1], walks[1][0]
        inside = sum(1 for x in reps if set_from <= x < set_to)
        (sets if f.startswith("walkset/") else still).append((len(reps) - true, inside - true, len(reps) - inside, sum(b - a for a, b, _ in walks) / 60))
share = lambda p, of=sets: 100 * sum(1 for s in of if p(s)) / len(of)
print("%-28s walking %5.1f reps/min  walk+set exact %5.1f  w1 %5.1f  set span exact %5.1f (%5.1f)  w1 %5.1f (%5.1f)  in walks %5.1f reps/min" % (label,
    alone[0] / alone[1], share(lambda s: s[0] == 0), share(lambda s: abs(s[0]) <= 1), share(lambda s: s[1] == 0), share(lambda s: s[1] == 0, still),
    share(lambda s: abs(s[1]) <= 1), share(lambda s: abs(s[1]) <= 1, still), sum(s[2] for s in sets) / sum(s[3] for s in sets)))
if os.environ.get("WALK_DETAIL"):
    for (segment, gait), (n, minutes) in sorted(by.items()): print("    %-10s %-8s %5.1f reps/min over %4.1f min" % (segment, gait, n / minutes, minutes))'
walk() { # label, folder, harness args
  local label=$1 folder=$2 listing; shift 2
  listing=$(mktemp)
  dotnet run --no-build -c Release --project benchmarks/RepAccuracy -- "$folder" "$@" --reps "$listing" "${tuning[@]}" > /dev/null 2>&1
  python3 -c "$walking" "$folder" "$listing" "$label"
  rm -f "$listing"
}
tuning=("$@")
# --held-out: the same checks on seeds 3 and 5, which no rule was tuned on (the lead's check at a merge; a helper tuning a
# rule never looks at them).
if [ "${1:-}" = --held-out ]; then
  tuning=("${@:2}")
  for s in 3 5; do
    sim physio-s$s --sets 3 --seed $s
    sim gym-s$s-r25 --program gym --sets 3 --seed $s --rate 25
    sim walk-s$s --program walk --sets 2 --seed $s
  done
  for s in 3 5; do
    run "held-out physio s$s gyro"     $data/physio-s$s
    run "held-out physio s$s no-gyro"  $data/physio-s$s --no-gyro
    run "held-out gym s$s r25 gyro"    $data/gym-s$s-r25
    run "held-out gym s$s r25 no-gyro" $data/gym-s$s-r25 --no-gyro
  done
  for s in 3 5; do
    walk "held-out walk s$s gyro"      $data/walk-s$s
    walk "held-out walk s$s no-gyro"   $data/walk-s$s --no-gyro
  done
  exit
fi
run "uci-pt gyro"              data/imu --only uci-pt
sweep
run "uci-pt s1 gyro"           data/imu --only uci-pt/s1
run "uci-pt s2 gyro"           data/imu --only uci-pt/s2
run "uci-pt no-gyro"           data/imu --only uci-pt --no-gyro
run "uci-pt rate 12.5"         data/imu --only uci-pt --rate 12.5
run "uci-pt rate 100"          data/imu --only uci-pt --rate 100
run "uci-pt rate 200"          data/imu --only uci-pt --rate 200
run "uci-pt rotate"            data/imu --only uci-pt --rotate
run "uci-pt mems 0.05"         data/imu --only uci-pt --mems 0.05
run "uci-pt mems 0.1"          data/imu --only uci-pt --mems 0.1
run "uci-pt tempo 0.7"          data/imu --only uci-pt --tempo 0.7
run "uci-pt tempo 1.5"          data/imu --only uci-pt --tempo 1.5
run "uci-pt tempo 0.85"         data/imu --only uci-pt --tempo 0.85
run "uci-pt tempo 1.2"          data/imu --only uci-pt --tempo 1.2
run "uci-pt no-gyro tempo 0.7"  data/imu --only uci-pt --no-gyro --tempo 0.7
run "uci-pt no-gyro tempo 1.5"  data/imu --only uci-pt --no-gyro --tempo 1.5
run "uci-pt no-gyro tempo 0.85" data/imu --only uci-pt --no-gyro --tempo 0.85
run "uci-pt no-gyro tempo 1.2"  data/imu --only uci-pt --no-gyro --tempo 1.2
run "uci-pt no-gyro rate 100"  data/imu --only uci-pt --no-gyro --rate 100
run "physio s7 gyro"           $data/physio-s7
run "physio s11 gyro"          $data/physio-s11
run "physio s7 no-gyro"        $data/physio-s7 --no-gyro
run "physio s11 no-gyro"       $data/physio-s11 --no-gyro
run "gym s7 r25 gyro"          $data/gym-s7-r25
run "gym s11 r25 gyro"         $data/gym-s11-r25
run "gym s7 r100 gyro"         $data/gym-s7-r100
run "gym s7 r25 no-gyro"       $data/gym-s7-r25 --no-gyro
run "gym s11 r25 no-gyro"      $data/gym-s11-r25 --no-gyro
run "gym s11 r50 no-gyro"      $data/gym-s11-r50 --no-gyro
run "muvr plausible"           $data/muvr-plausible
run "all data/imu"             data/imu
walk "walk s7 gyro"                $data/walk-s7
walk "walk s11 gyro"               $data/walk-s11
walk "walk s7 no-gyro"             $data/walk-s7 --no-gyro
walk "walk s11 no-gyro"            $data/walk-s11 --no-gyro
