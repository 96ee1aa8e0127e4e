#!/usr/bin/env bash
# Regenerates the checked-in public API of the libraries (PublicAPI.Shipped.txt, read by
# Microsoft.CodeAnalysis.PublicApiAnalyzers) from what they declare public now: empties both files, builds once with
# warnings kept as warnings, and writes every RS0016 symbol ("not part of the declared public API") into
# PublicAPI.Shipped.txt, sorted; PublicAPI.Unshipped.txt is left with its header only; then builds again, warnings as
# errors, to check that the result is clean. Review the diff: it is the change of the public surface. Usage: tools/public-api.sh (from anywhere in the repository).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
projects=(src/Policing.Domain src/Policing.Domain.Data)

for project in "${projects[@]}"; do
  printf '#nullable enable\n' > "$project/PublicAPI.Shipped.txt"
  printf '#nullable enable\n' > "$project/PublicAPI.Unshipped.txt"
done

log=$(mktemp)
trap 'rm -f "$log"' EXIT
# Policing.Domain.Data references Policing.Domain, so one build compiles both; --no-incremental so that the
# analyzers run even where nothing else changed.
if ! dotnet build src/Policing.Domain.Data -c Release --no-incremental -p:TreatWarningsAsErrors=false > "$log" 2>&1; then
  cat "$log"
  echo "public-api.sh: the build failed (above)" >&2
  exit 1
fi

for project in "${projects[@]}"; do
  csproj="$root/$project/$(basename "$project").csproj"
  grep -F "warning RS0016: " "$log" | grep -F "[$csproj]" \
    | sed -E "s/.*warning RS0016: Symbol '(.*)' is not part of the declared public API.*/\1/" \
    | LC_ALL=C sort -u >> "$project/PublicAPI.Shipped.txt"
  echo "$project/PublicAPI.Shipped.txt: $(($(wc -l < "$project/PublicAPI.Shipped.txt") - 1)) symbols"
done

# Then the build must be clean with warnings as errors, as everywhere (RS0026 and the like are reported only for
# symbols missing from the files, so they show here if at all).
if ! dotnet build src/Policing.Domain.Data -c Release --no-incremental > "$log" 2>&1; then
  grep -E "error|warning" "$log" | sort -u
  echo "public-api.sh: the build with the regenerated files is not clean (above)" >&2
  exit 1
fi
