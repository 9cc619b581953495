#!/usr/bin/env bash
# The tool `newsfigures` as users get it: its packages' sizes, the install's time (a fresh install of the packages into a
# temporary folder; scripts/install-tool.sh when the installed tool is current) and start-up: median wall milliseconds of
# RUNS runs of --version, --help and one notebook run, for the installed tool (ReadyToRun, started by its own executable)
# beside the portable build (`dotnet NewsFigures.Cli.dll`, JIT only) and that build's own executable.
# Usage: bash bench/tool.sh [RUNS]   (default 11; from anywhere; installs or updates the tool first)
source "$(dirname "$0")/../scripts/common.sh"
runs="${1:-11}"
bash scripts/install-tool.sh >/dev/null
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
packages=artifacts/packages
version="$("$HOME/.dotnet/tools/newsfigures" --version)"

millis() { local start end; start=$(date +%s%N); "$@" >/dev/null 2>&1; end=$(date +%s%N); echo $(((end - start) / 1000000)); }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
# Median of RUNS runs of a command, after one warm-up run (disk caches).
timed() { millis "$@" >/dev/null; for ((i = 0; i < runs; i++)); do millis "$@"; done | median; }

echo "newsfigures $version"
for package in "$packages"/*.nupkg; do echo "package $(basename "$package"): $(du -m "$package" | cut -f1) MB"; done
echo "installed: $(du -sm "$HOME/.dotnet/tools/.store/newsfigures.cli" | cut -f1) MB (the extracted tool and its package)"
echo "install of the packages, fresh: $(millis dotnet tool install NewsFigures.Cli --version "$version" --tool-path "$work/tools" \
  --configfile "$packages/nuget.config" --add-source "$packages") ms"
echo "scripts/install-tool.sh, tool current: $(millis bash scripts/install-tool.sh) ms"

tool="$HOME/.dotnet/tools/newsfigures"
dll=(dotnet lib/NewsFigures.Cli/bin/Release/net10.0/NewsFigures.Cli.dll)
apphost=lib/NewsFigures.Cli/bin/Release/net10.0/NewsFigures.Cli
notebook=(run notebooks/01-corpus.ipynb --out "$work/out")
echo
echo "| median ms of $runs runs | installed tool (ReadyToRun) | dotnet NewsFigures.Cli.dll | bin/.../NewsFigures.Cli |"
echo "|---|---:|---:|---:|"
for args in "--version" "--help"; do
  echo "| $args | $(timed "$tool" $args) | $(timed "${dll[@]}" $args) | $(timed "$apphost" $args) |"
done
echo "| ${notebook[*]:0:2} | $(timed "$tool" "${notebook[@]}") | $(timed "${dll[@]}" "${notebook[@]}") | $(timed "$apphost" "${notebook[@]}") |"
echo "($(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg) at the end)"
