#!/usr/bin/env bash
# Package end-to-end test: packs Policing.Domain into a temporary folder, builds a fresh consumer project that
# references the package from there (no project reference), and checks that a real user gets the six analyzer
# warnings POL001..POL006, each exactly once, on the line of samples/PackageConsumer/Program.cs marked with its id.
# Writes "$RESULTS_DIR/package-e2e.counts" as "<rules passed> <rules failed>"; exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/../.."
root="$(pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

results="${RESULTS_DIR:-$(mktemp -d)}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
version="0.0.0-ci"
rules=(POL001 POL002 POL003 POL004 POL005 POL006)
program="$root/samples/PackageConsumer/Program.cs"

# A failure before any rule can be checked counts as every rule failed.
abort() {
  echo "package-e2e: $*" >&2
  echo "0 ${#rules[@]}" > "$results/package-e2e.counts"
  exit 1
}

echo "package-e2e: packing Policing.Domain $version"
dotnet pack src/Policing.Domain/Policing.Domain.csproj -c Release -o "$work/feed" -p:PackageVersion="$version" \
  -nologo -v:q > "$work/pack.log" 2>&1 || { cat "$work/pack.log"; abort "dotnet pack failed"; }

package="$work/feed/Policing.Domain.$version.nupkg"
[ -f "$package" ] || abort "no package at $package"
[ -f "$work/feed/Policing.Domain.$version.snupkg" ] || abort "no symbols package"
contents="$(unzip -Z1 "$package")"
for entry in lib/net10.0/Policing.Domain.dll lib/net10.0/Policing.Domain.xml README.md \
  analyzers/dotnet/cs/Policing.Domain.Analyzers.dll analyzers/dotnet/cs/Policing.Domain.Analyzers.CodeFixes.dll; do
  grep -qx "$entry" <<<"$contents" || abort "the package lacks $entry"
done

# The consumer: its own folder outside the repository (no Directory.Build.props), its own NuGet configuration (the
# temporary feed first, then the machine's enabled sources) and an empty package cache, so nothing stale is used.
consumer="$work/consumer"
mkdir -p "$consumer"
{
  echo '<?xml version="1.0" encoding="utf-8"?>'
  echo '<configuration>'
  echo '  <packageSources>'
  echo '    <clear />'
  echo "    <add key=\"policing-e2e\" value=\"$work/feed\" />"
  n=0
  while read -r state url; do
    [ "$state" = "E" ] || continue
    n=$((n + 1))
    echo "    <add key=\"machine-$n\" value=\"$url\" />"
  done < <(dotnet nuget list source --format short 2>/dev/null)
  echo '  </packageSources>'
  echo '</configuration>'
} > "$consumer/nuget.config"
cat > "$consumer/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Policing.Domain" Version="$version" />
  </ItemGroup>
</Project>
XML
cp "$program" "$consumer/Program.cs"

echo "package-e2e: building a consumer of the package"
NUGET_PACKAGES="$work/packages" dotnet build "$consumer/Consumer.csproj" -c Release -nologo -clp:NoSummary \
  > "$work/build.log" 2>&1 || { cat "$work/build.log"; abort "the consumer does not build"; }

actual="$(grep -oE 'Program\.cs\([0-9]+,[0-9]+\): warning POL[0-9]{3}' "$work/build.log" \
  | sed -E 's/^Program\.cs\(([0-9]+),([0-9]+)\): warning (POL[0-9]{3})$/\3 \1 \2/' | sort -u)"

passed=0
failed=0
for rule in "${rules[@]}"; do
  expected_line="$(grep -n "// $rule\$" "$program" | cut -d: -f1)"
  found="$(awk -v r="$rule" '$1 == r { print $2 }' <<<"$actual" | sort -u | tr '\n' ' ' | sed 's/ $//')"
  if [ -n "$expected_line" ] && [ "$(grep -c . <<<"$expected_line")" -eq 1 ] && [ "$found" = "$expected_line" ] \
    && [ "$(awk -v r="$rule" '$1 == r' <<<"$actual" | grep -c .)" -eq 1 ]; then
    echo "package-e2e: $rule reported once, on line $expected_line: ok"
    passed=$((passed + 1))
  else
    echo "package-e2e: $rule expected once on line '${expected_line}', reported on line(s) '${found}': FAILED" >&2
    failed=$((failed + 1))
  fi
done

unexpected="$(awk '$1 !~ /^POL00[1-6]$/' <<<"$actual" | grep -c .)"
if [ "$unexpected" -ne 0 ]; then
  echo "package-e2e: unexpected Policing diagnostics:" >&2
  awk '$1 !~ /^POL00[1-6]$/' <<<"$actual" >&2
  failed=$((failed + 1))
fi

echo "$passed $failed" > "$results/package-e2e.counts"
echo "package-e2e: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
