#!/usr/bin/env bash
# Starts (or reuses) a throwaway PostgreSQL cluster for tests and prints, as the only line on stdout, a
# shell command exporting its connection string:   eval "$(eng/postgres/start-test-cluster.sh)"
# Idempotent and safe to run from several processes at once (a lock file serialises them).
# Settings (environment): IEPNAV_PG_DIR (default /tmp/iepnav-test-pg), IEPNAV_PG_PORT (55432),
# IEPNAV_PG_DB (iepnav_test), IEPNAV_PG_BIN (newest /usr/lib/postgresql/*/bin).
set -euo pipefail

root="${IEPNAV_PG_DIR:-/tmp/iepnav-test-pg}"
port="${IEPNAV_PG_PORT:-55432}"
database="${IEPNAV_PG_DB:-iepnav_test}"
bin="${IEPNAV_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}"
data="$root/data"
socket="$root/socket"

if [[ -z "$bin" || ! -x "$bin/initdb" ]]; then
  echo "PostgreSQL server binaries not found (looked in /usr/lib/postgresql/*/bin)." >&2
  echo "Install them with: apt-get update && apt-get install -y postgresql   (or set IEPNAV_PG_BIN)" >&2
  exit 2
fi

# initdb refuses to run as root, so as root everything runs as the 'postgres' user.
if [[ "$(id -u)" == 0 ]]; then
  id postgres >/dev/null 2>&1 || { echo "User 'postgres' is missing (install the postgresql package)." >&2; exit 2; }
  as_owner() { runuser -u postgres -- "$@"; }
  owner=postgres
else
  as_owner() { "$@"; }
  owner="$(id -un)"
fi

mkdir -p "$root"
chown "$owner" "$root" 2>/dev/null || true
chmod 700 "$root"

exec 9>"$root.lock"
flock 9

if [[ ! -f "$data/PG_VERSION" ]]; then
  echo "Creating a test cluster in $data" >&2
  as_owner mkdir -p "$data" "$socket"
  as_owner "$bin/initdb" -D "$data" -U postgres -A trust -E UTF8 --no-locale >/dev/null
fi

if ! as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
  echo "Starting PostgreSQL on 127.0.0.1:$port" >&2
  as_owner mkdir -p "$socket"
  (
    # The server must not inherit our descriptors: the lock (it would hold it forever) or a caller's pipe
    # (whoever reads our output would wait for the server to exit).
    for fd in /proc/$BASHPID/fd/*; do
      fd="${fd##*/}"
      if (( fd > 2 )); then eval "exec $fd>&-" 2>/dev/null || true; fi
    done
    exec </dev/null >/dev/null 2>>"$root/start.log"
    as_owner "$bin/pg_ctl" -D "$data" -l "$root/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$socket -c max_connections=200" \
      start
  ) || { echo "PostgreSQL did not start; see $root/server.log and $root/start.log" >&2; exit 1; }
fi

psql=("$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -tA)
if [[ "$(as_owner "${psql[@]}" -c "SELECT 1 FROM pg_database WHERE datname = '$database'")" != 1 ]]; then
  as_owner "${psql[@]}" -c "CREATE DATABASE \"$database\"" >/dev/null
fi

echo "export IEPNAV_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=postgres;Database=$database'"
