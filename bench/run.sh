#!/usr/bin/env bash
# The HTTP benchmark in one command: installs wrk when missing (Debian, as root), publishes the app in Release and
# measures it on Kestrel in Production. Arguments: [seconds per page = 4] [connections = 32].
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v wrk >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing wrk with apt-get"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk >/dev/null
  else
    echo "The benchmark needs wrk. On Debian: sudo apt-get install --no-install-recommends wrk" >&2
    exit 1
  fi
fi
dotnet publish src/CareerPlanner.Web -c Release -o artifacts/bench/app -nologo -v quiet
dotnet run --project bench/CareerPlanner.Bench -c Release -- artifacts/bench/app "$@"
