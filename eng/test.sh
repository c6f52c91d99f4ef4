#!/usr/bin/env bash
# Runs every test of the solution: unit, storage (SQLite and a throwaway PostgreSQL on loopback),
# HTTP host, Direct Line conformance and the browser test. The README's test command.
set -euo pipefail
cd "$(dirname "$0")/.."

bash eng/install-prerequisites.sh

# A private PostgreSQL cluster on loopback for the storage tests; stopped again on exit.
if [ -z "${IEPNAV_TEST_POSTGRES:-}" ] && [ -x eng/postgres/start-test-cluster.sh ]; then
  eval "$(bash eng/postgres/start-test-cluster.sh)"
  trap 'bash eng/postgres/stop-test-cluster.sh >/dev/null 2>&1 || true' EXIT
fi

bash eng/webchat/fetch-webchat.sh

# Host tests are not timed (benchmarks under bench/ are): on a shared two-core machine a host's cold first turn can
# pass the production request timeout (30 s) and be cancelled mid-save. Test hosts get a generous one; the timeout
# itself is tested with its own short setting (Hostile.Tests RequestTimeoutTests).
export Limits__RequestTimeout="${Limits__RequestTimeout:-00:03:00}"
dotnet build IepNavigator.sln -c Release
results="$(mktemp -d)"
set +e
dotnet test IepNavigator.sln -c Release --no-build --logger "console;verbosity=normal" --logger trx --results-directory "$results" "$@"
rc=$?
set -e

# One closing summary over every test project (from the TRX files): totals and each failure by name.
python3 eng/trx-summary.py "$results"
rm -rf "$results"
exit $rc
