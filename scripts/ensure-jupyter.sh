#!/usr/bin/env bash
# Installs Debian's Jupyter (nbconvert, nbclient, jupyter_client's Python module and the Python kernel) if any is missing:
# the host tests run notebooks under the dotnet-interactive tool through it, the kernel tests drive our C# kernel with
# jupyter_client and nbconvert. Idempotent: a machine that has it returns at once.
set -euo pipefail
# Debian's python3 (the one `jupyter` runs with), which may not be the first python3 on PATH.
if command -v jupyter >/dev/null && command -v jupyter-nbconvert >/dev/null \
  && /usr/bin/python3 -c 'import jupyter_client, ipykernel, zmq' 2>/dev/null; then exit 0; fi
echo "Installing Debian's Jupyter nbconvert (once per machine, about a minute)..." >&2
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null
$SUDO apt-get install -y -qq jupyter-client jupyter-nbconvert python3-jupyter-client python3-zmq python3-nbclient python3-ipykernel >/dev/null
jupyter nbconvert --version >/dev/null 2>&1 || { echo "error: jupyter nbconvert did not install" >&2; exit 1; }
/usr/bin/python3 -c 'import jupyter_client, ipykernel' || { echo "error: jupyter_client or ipykernel did not install for /usr/bin/python3" >&2; exit 1; }
