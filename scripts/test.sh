#!/usr/bin/env bash
# The test suite: starts the servers the tests need (InfluxDB, PostgreSQL), then runs every test project.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
"$root/scripts/influxdb.sh" start
"$root/scripts/postgres.sh" start
echo "tests: building and running HepSense.sln"
# Test projects run one after another: the end-to-end tests start nodes, and two cores are plenty busy.
dotnet test HepSense.sln -c Release -m:1 --logger "console;verbosity=normal" "$@" | grep -vE '^\s*$|^Test run for|^A total of|^Starting test execution'
