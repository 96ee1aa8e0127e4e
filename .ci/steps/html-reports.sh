#!/usr/bin/env bash
# HTML reports end to end: generates a synthetic month, writes `audit --html` and `awards --html --compare`, and loads
# each page in headless Chromium. Per page it checks: the verb succeeds and writes the page; Chromium loads it (exit 0,
# the whole document in the DOM); every chart is there as an <svg> in the loaded DOM; the page fetches nothing and
# Chromium logs no console or load error; a screenshot renders. Writes "$RESULTS_DIR/html-reports.counts" as
# "<checks passed> <checks failed>"; exits non-zero on any failure. Chromium is installed by .ci/run.
set -uo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

results="${RESULTS_DIR:-$(mktemp -d)}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
check() {
  local name="$1"
  shift
  if "$@"; then
    echo "html-reports: $name: ok"
    passed=$((passed + 1))
  else
    echo "html-reports: $name: FAILED" >&2
    failed=$((failed + 1))
  fi
}
finish() {
  echo "$passed $failed" > "$results/html-reports.counts"
  echo "html-reports: $passed passed, $failed failed"
  [ "$failed" -eq 0 ]
  exit $?
}

if ! command -v chromium >/dev/null 2>&1; then
  echo "html-reports: chromium is not installed (.ci/run installs the Debian package)" >&2
  failed=10
  finish
fi

dotnet build samples/Policing.Cli/Policing.Cli.csproj -c Release -nologo -v:q > "$work/build.log" 2>&1 || { cat "$work/build.log"; failed=10; finish; }
policing=(dotnet samples/Policing.Cli/bin/Release/net10.0/policing.dll)
"${policing[@]}" generate "$work/city" --residents 200000 --month 2014-01 > "$work/generate.log" 2>&1 || { cat "$work/generate.log"; failed=10; finish; }

# expected_charts: audit draws both per-beat consistency charts; awards draws stars per category and per station, the
# shortfalls (the generated month has officers under the quota) and the two comparison charts.
page_checks() {
  local name="$1" page="$2" expected_charts="$3"
  shift 3
  check "$name: the verb writes the page" bash -c '"$@" > "'"$work/$name.out"'" 2>&1 && [ -s "'"$page"'" ]' _ "$@"
  timeout 120 chromium --headless --no-sandbox --disable-gpu --enable-logging=stderr --v=0 --dump-dom "file://$page" \
    > "$work/$name.dom" 2> "$work/$name.err"
  local status=$?
  check "$name: chromium loads the page" bash -c "[ $status -eq 0 ] && grep -q '</html>' '$work/$name.dom'"
  local svgs figures
  svgs=$(grep -o '<svg' "$work/$name.dom" | wc -l)
  figures=$(grep -o '<figure class="chart">' "$page" | wc -l)
  echo "html-reports: $name: $svgs charts in the loaded page, $figures on the page, $expected_charts expected"
  check "$name: every chart is present" bash -c "[ $svgs -eq $figures ] && [ $svgs -ge $expected_charts ] && grep -q '<text' '$work/$name.dom'"
  check "$name: nothing fetched, no console or load error" bash -c \
    "! grep -qE '(src|href)=\"(https?:)?//' '$page' && ! grep -qiE 'CONSOLE|Failed to load|net::ERR|Uncaught' '$work/$name.err'"
  timeout 120 chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,1600 \
    --screenshot="$work/$name.png" "file://$page" > /dev/null 2>&1
  check "$name: a screenshot renders" bash -c "[ \$(stat -c %s '$work/$name.png' 2>/dev/null || echo 0) -gt 20000 ]"
}

page_checks audit "$work/audit.html" 2 "${policing[@]}" audit "$work/city" --html "$work/audit.html"
page_checks awards "$work/awards.html" 5 "${policing[@]}" awards "$work/city" --month 2014-01 --compare dongping-satisfaction --html "$work/awards.html"
finish
