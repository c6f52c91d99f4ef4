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
dotnet test IepNavigator.sln -c Release --no-build --logger "console;verbosity=normal" "$@"
