#!/usr/bin/env bash
# The one test command (README, .ci/run): installs what the tests need, checks the compose file, builds with
# warnings as errors, runs every test project (the integration suite on SQLite and again on PostgreSQL) and prints
# "N passed, N failed, N skipped" with the counts of both integration runs.
set -euo pipefail
cd "$(dirname "$0")"

missing=()
[ -x /usr/lib/chromium/chromium-headless-shell ] || missing+=(chromium-headless-shell)
command -v docker-compose >/dev/null 2>&1 || missing+=(docker-compose)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
command -v npm >/dev/null 2>&1 || missing+=(npm)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
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

# The Nu HTML checker (the W3C validator) from npm, kept outside the repository; HtmlValidityTests runs it.
VNU_VERSION=26.9.27
export VNU_JAR="$HOME/.cache/careerplanner-tools/node_modules/vnu-jar/build/dist/vnu.jar"
if [ ! -f "$VNU_JAR" ] || ! grep -q "\"version\": \"$VNU_VERSION\"" "$HOME/.cache/careerplanner-tools/node_modules/vnu-jar/package.json" 2>/dev/null; then
  echo "Installing the Nu HTML checker (vnu-jar $VNU_VERSION) with npm"
  npm install --prefix "$HOME/.cache/careerplanner-tools" "vnu-jar@$VNU_VERSION" --no-audit --no-fund >/dev/null
fi

phase_times=()
# Runs a named phase and remembers how long it took.
timed() {
  local name=$1; shift
  local begin=$SECONDS
  "$@"
  local rc=$?
  phase_times+=("$name $((SECONDS - begin)) s")
  return $rc
}

echo "== docker-compose config"
docker-compose -f docker-compose.yml config -q

echo "== restore and build (the benchmark is in the solution, so it cannot rot)"
# That the migrations cover the model is a test (AppDbContextTests), so no separate dotnet-ef run is needed here.
timed build dotnet build CareerPlanner.sln -nologo -v quiet

echo "== tests"
rm -rf TestResults
mkdir -p TestResults
# One test project; its output goes to TestResults/<name>.log and is shown when it ends.
run_tests() {
  local name=$1
  dotnet test "tests/CareerPlanner.$2/CareerPlanner.$2.csproj" --no-build -nologo "${@:3}" \
    --logger "trx;LogFileName=$name.trx" --results-directory TestResults >"TestResults/$name.log" 2>&1
  local rc=$?
  echo "-- $name"
  if [ $rc -eq 0 ]; then grep -E "^(Passed!|Failed!)" "TestResults/$name.log"; else cat "TestResults/$name.log"; fi
  # A suite that ran no test (its process ended early, or found nothing to run) is a failure, whatever it returned.
  if ! grep -qE '<Counters total="[1-9]' "TestResults/$name.trx" 2>/dev/null; then
    echo "The $name suite ran no test (no results in TestResults/$name.trx)."
    return 1
  fi
  return $rc
}
# Test processes are short-lived: the JIT's profile-guided tier costs them more than it gives back (measured
# 2026-12-03: the SQLite integration run 86 s instead of 100 s).
export DOTNET_TieredPGO=0
set +e
status=0
timed unit run_tests unit UnitTests || status=1
# The suites run one after the other: both keep the machine's two cores busy (measured 2026-12-02: side by side,
# 463 s and 490 s, 569 s in all; one after the other, about 110 s and 313 s).
# The integration suite runs twice, beside one throwaway PostgreSQL server (tests/with-postgres.sh starts it, and
# stops and removes it when both runs end, however they end): on SQLite, where the move to PostgreSQL is tested on
# that server, then with every app host on PostgreSQL.
integration_runs() {
  local result=0
  run_tests integration IntegrationTests || result=1
  # Tests that do the same in both runs (the SQLite file itself, the move to PostgreSQL, command lines on a SQLite
  # file: SuiteRuns.Once) run in the first only.
  CAREERPLANNER_TEST_PROVIDER=Postgres run_tests integration-postgres IntegrationTests --filter "Runs!=Once" || result=1
  return $result
}
export -f run_tests integration_runs
timed integration tests/with-postgres.sh bash -c integration_runs || status=1
timed browser run_tests browser BrowserTests || status=1
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

echo "== slowest ten tests"
cat TestResults/*.trx 2>/dev/null | grep -o '<UnitTestResult [^>]*>' \
  | sed -n 's/.*testName="\([^"]*\)".*duration="\([0-9]*\):\([0-9]*\):\([0-9.]*\)".*/\2 \3 \4 \1/p' \
  | awk '{ printf "%7.1f s  ", $1 * 3600 + $2 * 60 + $3; $1 = $2 = $3 = ""; sub(/^ +/, ""); print }' \
  | sed 's/&quot;/"/g' | sort -rn | head -n 10 || true # head ends the pipe early; that is no failure

# The integration suite's two runs, each on its own.
run_counts() {
  local counters
  counters=$(grep -o '<Counters [^>]*>' "TestResults/$1.trx" 2>/dev/null | head -n 1)
  if [ -z "$counters" ]; then echo "did not run"; return; fi
  local p f
  p=$(echo "$counters" | sed -n 's/.* passed="\([0-9]*\)".*/\1/p')
  f=$(echo "$counters" | sed -n 's/.* failed="\([0-9]*\)".*/\1/p')
  echo "$p passed, $f failed"
}

echo "== timings: ${phase_times[*]}; whole command $SECONDS s"
echo "$passed passed, $failed failed, $skipped skipped (integration on SQLite: $(run_counts integration); on PostgreSQL: $(run_counts integration-postgres))"

if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$total" -eq 0 ]; then
  [ -d TestResults/screenshots ] && echo "Screenshots of failed browser tests: TestResults/screenshots"
  exit 1
fi
