#!/usr/bin/env bash
# The one test command (README, .ci/run): installs what the tests need, checks the model and the compose
# file, builds with warnings as errors, runs every test project and prints "N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")"

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v docker-compose >/dev/null 2>&1 || missing+=(docker-compose)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing ${missing[*]} with apt-get"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "The tests need: ${missing[*]}. On Debian: sudo apt-get install --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
fi

echo "== docker-compose config"
docker-compose -f docker-compose.yml config -q

echo "== restore and build"
dotnet tool restore
dotnet build CareerPlanner.sln -nologo -v quiet

echo "== migrations cover the model"
dotnet ef migrations has-pending-model-changes --project src/CareerPlanner.Web --no-build

echo "== tests"
rm -rf TestResults
set +e
dotnet test CareerPlanner.sln --no-build -nologo --logger trx --results-directory TestResults
status=$?
set -e

# The real counts, from the test results themselves.
total=0 passed=0 failed=0
for trx in TestResults/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  value() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  total=$((total + $(value total)))
  passed=$((passed + $(value passed)))
  failed=$((failed + $(value failed) + $(value error) + $(value timeout) + $(value aborted)))
done
skipped=$((total - passed - failed))
echo "$passed passed, $failed failed, $skipped skipped"

if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$total" -eq 0 ]; then
  [ -d TestResults/screenshots ] && echo "Screenshots of failed browser tests: TestResults/screenshots"
  exit 1
fi
