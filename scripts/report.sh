#!/usr/bin/env bash
# The main job: builds the project, then executes the notebooks over the embedded corpus (data/articles) and
# renders them into site/ (index.html, a page per notebook, images/, data/ with the figure tables).
# The briefing notebook is also rendered without code, and printed to PDF, into site/briefing/.
# Extra arguments go to both renders (e.g. --fresh to ignore the execution cache).
source "$(dirname "$0")/common.sh"
bash scripts/ensure-chromium.sh
dotnet build lib/NewsFigures.Cli -c Release -nologo -clp:ErrorsOnly
cli=(dotnet lib/NewsFigures.Cli/bin/Release/net10.0/NewsFigures.Cli.dll)
"${cli[@]}" render notebooks --out site --corpus data/articles "$@"
briefing=(notebooks/*-briefing.ipynb)
if [ -e "${briefing[0]}" ]; then
  "${cli[@]}" render "${briefing[@]}" --out site/briefing --no-input --pdf --title "NewsFigures briefing" "$@"
fi
