#!/usr/bin/env bash
# Runs every test: installs what tests need (Debian chromium for browser tests; Jupyter and the dotnet-interactive tool
# for the host tests; this checkout's command line as the .NET tool `newsfigures`, which the README's commands call),
# builds once, runs all test projects, then ends with one plain summary line "N passed, N failed".
source "$(dirname "$0")/common.sh"
bash scripts/ensure-chromium.sh
bash scripts/ensure-jupyter.sh
bash scripts/ensure-dotnet-interactive.sh
bash scripts/install-tool.sh
export PATH="$PATH:$HOME/.dotnet/tools"
dotnet build NewsFigures.sln -c Release -nologo -clp:ErrorsOnly
log="$(mktemp)"; trap 'rm -f "$log"' EXIT
status=0
# One test project at a time: projects that start kernels, Jupyter and the dotnet-interactive tool side by side raced
# for ports (the tool's kernel takes port 2048 and fails if another holds it) on two cores.
dotnet test NewsFigures.sln -c Release --no-build -nologo -m:1 2>&1 | tee "$log" || status=$?
# "Passed!  - Failed:     0, Passed:    42, Skipped:     0, Total:    42, Duration: ..." per test project.
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -Eo 'Skipped: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
echo "tests: $passed passed, $failed failed, $skipped skipped"
if [ "$passed" -eq 0 ]; then echo "error: no test ran" >&2; exit 1; fi
exit "$status"
