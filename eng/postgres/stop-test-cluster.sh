#!/usr/bin/env bash
# Stops the throwaway test cluster started by start-test-cluster.sh; with --purge also deletes its files.
set -euo pipefail

root="${IEPNAV_PG_DIR:-/tmp/iepnav-test-pg}"
bin="${IEPNAV_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}"
data="$root/data"

if [[ "$(id -u)" == 0 ]]; then
  as_owner() { runuser -u postgres -- "$@"; }
else
  as_owner() { "$@"; }
fi

if [[ -f "$data/PG_VERSION" ]] && as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
  as_owner "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null
  echo "Stopped the test cluster in $data" >&2
fi

if [[ "${1:-}" == "--purge" ]]; then
  rm -rf "$root" "$root.lock"
  echo "Deleted $root" >&2
fi
