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
dotnet build IepNavigator.sln -c Release
results="$(mktemp -d)"
set +e
dotnet test IepNavigator.sln -c Release --no-build --logger "console;verbosity=normal" --logger trx --results-directory "$results" "$@"
rc=$?
set -e

# One closing line over every test project (from the TRX counters).
passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  t=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters"); e=$(sed -n 's/.* executed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${t:-0} - ${e:-0}))
done
rm -rf "$results"
echo "$passed passed, $failed failed, $skipped skipped"
exit $rc
