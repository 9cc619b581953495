#!/usr/bin/env bash
# The main job: builds the project and prints the corpus summary from the embedded corpus (data/articles).
source "$(dirname "$0")/common.sh"
dotnet build lib/NewsFigures.Cli -c Release -nologo -clp:ErrorsOnly
dotnet run --project lib/NewsFigures.Cli -c Release --no-build -- corpus data/articles "$@"
