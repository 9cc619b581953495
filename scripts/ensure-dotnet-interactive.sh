#!/usr/bin/env bash
# Installs the dotnet-interactive tool (what Polyglot Notebooks runs) and its Jupyter kernel `.net-csharp` if missing:
# the host tests run notebooks under it through nbconvert. Needs Jupyter first (scripts/ensure-jupyter.sh).
# Idempotent: a machine that has both returns at once.
set -euo pipefail
version=1.0.712001
export PATH="$PATH:$HOME/.dotnet/tools" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
if ! command -v dotnet-interactive >/dev/null; then
  echo "Installing the dotnet-interactive tool $version (once per machine)..." >&2
  dotnet tool install -g Microsoft.dotnet-interactive --version "$version" >/dev/null
fi
# Where `dotnet interactive jupyter install` puts the kernelspec; asking Jupyter is the slower, surer check.
has_kernel() { [ -f "${JUPYTER_DATA_DIR:-$HOME/.local/share/jupyter}/kernels/.net-csharp/kernel.json" ] ||
  jupyter kernelspec list 2>/dev/null | grep -q '^ *\.net-csharp '; }
if ! has_kernel; then
  echo "Registering the .NET kernels with Jupyter..." >&2
  dotnet interactive jupyter install >/dev/null
fi
has_kernel || { echo "error: Jupyter has no .net-csharp kernel after 'dotnet interactive jupyter install'" >&2; exit 1; }
