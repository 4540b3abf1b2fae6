#!/usr/bin/env bash
# The HTTP benchmark in one command: installs wrk when missing (Debian, as root), publishes the app in Release and
# measures it on Kestrel in Production, on SQLite and on PostgreSQL side by side. Arguments: [seconds per page = 4] [connections = 32].
set -euo pipefail
cd "$(dirname "$0")/.."
missing=()
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing ${missing[*]} with apt-get"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "The benchmark needs: ${missing[*]}. On Debian: sudo apt-get install --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
fi
dotnet publish src/CareerPlanner.Web -c Release -o artifacts/bench/app -nologo -v quiet
# Beside a throwaway PostgreSQL server (stopped and removed at the end), for the PostgreSQL column.
tests/with-postgres.sh dotnet run --project bench/CareerPlanner.Bench -c Release -- artifacts/bench/app "$@"
