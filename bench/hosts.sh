#!/usr/bin/env bash
# Times each notebook of notebooks/ under three hosts, each run a whole process from start to exit: our runner's command
# line as users run it (`newsfigures run`: the installed tool, ReadyToRun, installed or updated first by
# scripts/install-tool.sh), the dotnet-interactive tool through Jupyter (`nbconvert --execute`, kernel .net-csharp), and
# .NET Interactive's C# kernel in-process (bench/KernelRun, the host tests' kernel). The hosts take turns, notebook by
# notebook; after one warm-up run of each, prints the median wall seconds of RUNS runs per notebook and host.
# Usage: bash bench/hosts.sh [RUNS]   (default 3; from anywhere; writes only into a temporary folder)
source "$(dirname "$0")/../scripts/common.sh"
runs="${1:-3}"
bash scripts/ensure-jupyter.sh
bash scripts/ensure-dotnet-interactive.sh
bash scripts/install-tool.sh >/dev/null
export PATH="$PATH:$HOME/.dotnet/tools"
dotnet build bench/KernelRun -c Release -nologo -clp:ErrorsOnly >/dev/null
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT

runner() { newsfigures run "$1" --out "$work/runner"; }
tool() { jupyter nbconvert --to notebook --execute --ExecutePreprocessor.kernel_name=.net-csharp --ExecutePreprocessor.timeout=600 "$1" --output-dir "$work/tool"; }
kernel() { dotnet bench/KernelRun/bin/Release/net10.0/KernelRun.dll "$1"; }
hosts=(runner tool kernel)

# Wall milliseconds of one run; a failed run is said on stderr and still counted.
millis() {
  local start end
  start=$(date +%s%N)
  "$@" >"$work/last.log" 2>&1 || { echo "warning: failed: $* (see below)" >&2; tail -3 "$work/last.log" >&2; }
  end=$(date +%s%N)
  echo $(((end - start) / 1000000))
}
median() { sort -n | awk '{ v[NR] = $1 } END { m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.1f", m / 1000 }'; }

notebooks=(notebooks/*.ipynb)
for host in "${hosts[@]}"; do millis "$host" "${notebooks[0]}" >/dev/null; done   # warm-up: disk caches, NuGet restores

echo "| notebook | our runner (run) | dotnet-interactive (nbconvert) | C# kernel in-process |"
echo "|---|---:|---:|---:|"
for notebook in "${notebooks[@]}"; do
  declare -A times=()
  for ((i = 0; i < runs; i++)); do
    for host in "${hosts[@]}"; do times[$host]+="$(millis "$host" "$notebook") "; done
  done
  row="| $(basename "$notebook" .ipynb) |"
  for host in "${hosts[@]}"; do row+=" $(tr ' ' '\n' <<<"${times[$host]}" | grep . | median) s |"; done
  echo "$row"
  unset times
done
echo "(median wall seconds of $runs runs each, whole processes, $(nproc) cores)"
