#!/usr/bin/env bash
# Installs Debian's Jupyter (nbconvert, nbclient, a client and the Python kernel) if `jupyter nbconvert` is missing:
# the host tests run notebooks under the dotnet-interactive tool through it. Idempotent: a machine that has it returns at once.
set -euo pipefail
if command -v jupyter >/dev/null && command -v jupyter-nbconvert >/dev/null; then exit 0; fi
echo "Installing Debian's Jupyter nbconvert (once per machine, about a minute)..." >&2
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null
$SUDO apt-get install -y -qq jupyter-client jupyter-nbconvert python3-nbclient python3-ipykernel >/dev/null
jupyter nbconvert --version >/dev/null 2>&1 || { echo "error: jupyter nbconvert did not install" >&2; exit 1; }
