#!/usr/bin/env bash
# Installs the command line, built from this checkout, as the .NET tool `newsfigures` for this user: builds it (Release),
# packs it into artifacts/packages/ and installs or updates the global tool from that folder alone (no other package
# source is asked for it). The tool's version is a hash of what it is built from (lib/NewsFigures.Cli/ToolVersion.targets),
# so an install always gets the code just built. Idempotent: when the installed tool is already this build, only the
# incremental build runs (a few seconds). Says so when $HOME/.dotnet/tools is not on PATH.
source "$(dirname "$0")/common.sh"
tools="$HOME/.dotnet/tools"
packages="$ROOT/artifacts/packages"

dotnet build lib/NewsFigures.Cli -c Release -nologo -clp:ErrorsOnly
version="$(dotnet lib/NewsFigures.Cli/bin/Release/net10.0/NewsFigures.Cli.dll --version)"
if [ "$("$tools/newsfigures" --version 2>/dev/null || true)" = "$version" ]; then
  echo "newsfigures $version (this build) is installed." >&2
else
  echo "Packing and installing newsfigures $version (a minute or two the first time, compiling ReadyToRun)..." >&2
  rm -rf "$packages"
  mkdir -p "$packages"
  dotnet pack lib/NewsFigures.Cli -c Release -nologo -clp:ErrorsOnly
  # A configuration with no sources, plus this folder: the registry is never asked for the project's own package.
  printf '<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <packageSources>\n    <clear />\n  </packageSources>\n</configuration>\n' \
    >"$packages/nuget.config"
  # `update` installs when the tool is missing; versions are hashes, not ordered, hence --allow-downgrade.
  dotnet tool update --global NewsFigures.Cli --version "$version" --allow-downgrade \
    --configfile "$packages/nuget.config" --add-source "$packages" >/dev/null
  installed="$("$tools/newsfigures" --version)" || true
  if [ "$installed" != "$version" ]; then
    echo "error: $tools/newsfigures reports version '$installed' after installing $version" >&2
    exit 1
  fi
  echo "newsfigures $version installed in $tools." >&2
fi
case ":$PATH:" in
  *":$tools:"*) ;;
  *) echo "note: $tools is not on PATH; to run newsfigures by name: export PATH=\"\$PATH:\$HOME/.dotnet/tools\"" >&2 ;;
esac
