#!/usr/bin/env bash
# The main job: installs the command line as the .NET tool `newsfigures` (scripts/install-tool.sh: built from this
# checkout, quick when already current), then executes the notebooks over the embedded corpus (data/articles) and
# renders them into site/ (index.html, a page per notebook, images/, data/ with the figure tables).
# The briefing notebook is also rendered without code, printed to PDF (its footer names the corpus), and as a slide
# deck with its PDF, into site/briefing/.
# Extra arguments go to both renders (e.g. --fresh to ignore the execution cache).
source "$(dirname "$0")/common.sh"
bash scripts/ensure-chromium.sh
bash scripts/install-tool.sh
export PATH="$PATH:$HOME/.dotnet/tools"
newsfigures render notebooks --out site --corpus data/articles "$@"
briefing=(notebooks/*-briefing.ipynb)
if [ -e "${briefing[0]}" ]; then
  newsfigures render "${briefing[@]}" --out site/briefing --no-input --pdf --slides --title "NewsFigures briefing" --corpus data/articles "$@"
fi
