#!/usr/bin/env bash
# Runs a command beside a throwaway PostgreSQL server of its own, and stops and removes the server when the command ends,
# however it ends (its exit status is the command's). The server lives in a new folder under /tmp, listens on a free
# loopback port, and runs as the postgres user when this runs as root (initdb refuses root). The command finds it in
# CAREERPLANNER_TEST_POSTGRES (a connection string without a database); CAREERPLANNER_TEST_POSTGRES_DIR is its folder.
#   tests/with-postgres.sh dotnet test tests/CareerPlanner.IntegrationTests
set -euo pipefail

initdb=$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$initdb" ]; then
  echo "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb). On Debian: sudo apt-get install --no-install-recommends postgresql" >&2
  exit 1
fi
bin=$(dirname "$initdb")
dir=$(mktemp -d /tmp/careerplanner-pg.XXXXXX)
as_owner() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
stop() {
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}
trap stop EXIT
trap 'exit 130' INT TERM
if [ "$(id -u)" = "0" ]; then chown postgres "$dir"; fi

if ! as_owner "$bin/initdb" -D "$dir/data" -A trust -U postgres --locale=C -E UTF8 >"$dir/initdb.log" 2>&1; then
  cat "$dir/initdb.log" >&2
  exit 1
fi
# A random port in the ephemeral range; if it is taken the server does not start, and another is tried.
started=""
for _ in 1 2 3 4 5 6 7 8; do
  port=$((20000 + RANDOM % 40000))
  if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
      start >/dev/null 2>&1; then
    started=yes
    break
  fi
done
if [ -z "$started" ]; then
  echo "The throwaway PostgreSQL server did not start:" >&2
  cat "$dir/server.log" >&2
  exit 1
fi

export CAREERPLANNER_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres"
export CAREERPLANNER_TEST_POSTGRES_DIR="$dir"
set +e
"$@"
status=$?
exit $status
