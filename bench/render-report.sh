#!/usr/bin/env bash
# Times the real report as scripts/report.sh makes it, with the installed tool `newsfigures` (ReadyToRun; installed or
# updated first by scripts/install-tool.sh): the seven notebooks of notebooks/ executed and rendered cold (--fresh), then
# again with nothing changed (from the cache), then the briefing printed to PDF; prints seconds and sizes. One more line
# times the cold render with the portable build, `dotnet NewsFigures.Cli.dll` (JIT only), for comparison.
# Usage: bash bench/render-report.sh   (from anywhere; writes into a temporary folder, removed at the end)
source "$(dirname "$0")/../scripts/common.sh"
bash scripts/install-tool.sh >/dev/null
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
cli=("$HOME/.dotnet/tools/newsfigures")
seconds() { local start end ms; start=$(date +%s%N); "$@" >/dev/null 2>&1; end=$(date +%s%N); ms=$(( (end - start) / 1000000 )); printf '%d.%02d' $((ms / 1000)) $(((ms % 1000) / 10)); }
render=("${cli[@]}" render notebooks --out "$work/site" --cache "$work/cache" --corpus data/articles)
echo "cold, 7 notebooks with all chart images: $(seconds "${render[@]}" --fresh) s"
echo "unchanged, from the cache:               $(seconds "${render[@]}") s"
echo "briefing without code, printed to PDF:   $(seconds "${cli[@]}" render notebooks/07-briefing.ipynb --out "$work/briefing" --cache "$work/cache" --no-input --pdf) s"
echo "site: $(du -sm "$work/site" | cut -f1) MB, $(find "$work/site" -name '*.js' | wc -l) copy of plotly.js, $(ls "$work/site/images" | wc -l) image files"
jit=(dotnet lib/NewsFigures.Cli/bin/Release/net10.0/NewsFigures.Cli.dll render notebooks --out "$work/site-jit" --cache "$work/cache-jit" --corpus data/articles --fresh)
echo "cold, with the portable build (JIT only): $(seconds "${jit[@]}") s"
