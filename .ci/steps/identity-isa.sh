#!/usr/bin/env bash
# Identity tests on narrower instruction sets: runs the identity tests again with AVX-512 switched off (so the batch
# takes its AVX2 path), with AVX2 switched off (its 128-bit SSSE3 path), and with SSE4.2 and below switched off except
# SSE2 (Vector128 still accelerated, no SSSE3: the portable 128-bit code ARM64 runs, and the scalar parser), on any x86
# machine. .NET 10's knobs: DOTNET_EnableAVX512 (DOTNET_EnableAVX512F no longer does anything there, and is set beside
# it for the runtimes that still read it), DOTNET_EnableAVX2 and DOTNET_EnableSSE42 (which now covers SSE3 to SSE4.2). Each run checks first that its knob took effect (the test
# IdentityInstructionSets_AreTheOnesCiAskedFor reads POLICING_EXPECT_BATCH_PATH), and writes its TRX into $RESULTS_DIR,
# where .ci/run counts it.
set -uo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
results="${RESULTS_DIR:-$(mktemp -d)}"

if [ "$(uname -m)" != "x86_64" ]; then
  echo "identity-isa: not an x86-64 machine; the instruction-set knobs are x86 ones, nothing to run"
  exit 0
fi

status=0
dotnet build tests/Policing.Domain.Tests/Policing.Domain.Tests.csproj -c Release -nologo -v:q || exit 1

# name, knobs (comma-separated), the batch path the tests must find under them
runs=(
  "no-avx512 DOTNET_EnableAVX512=0,DOTNET_EnableAVX512F=0 Vector256"
  "no-avx2 DOTNET_EnableAVX2=0 Vector128"
  "sse2-only DOTNET_EnableSSE42=0 Vector128"
)
for run in "${runs[@]}"; do
  read -r name knob path <<<"$run"
  IFS=, read -ra knobs <<<"$knob"
  # A machine without AVX2 cannot take the AVX2 path whatever the knobs say.
  if [ "$path" = "Vector256" ] && ! grep -qw avx2 /proc/cpuinfo; then
    path="Vector128"
  fi
  echo "== identity-isa: $name ($knob, batch path $path)"
  env "${knobs[@]}" POLICING_EXPECT_BATCH_PATH="$path" dotnet test tests/Policing.Domain.Tests/Policing.Domain.Tests.csproj -c Release \
    --no-build --filter "FullyQualifiedName~Policing.Domain.Tests.Identity" \
    --logger "trx;LogFileName=identity-$name.trx" --results-directory "$results" || status=$?
done
exit "$status"
