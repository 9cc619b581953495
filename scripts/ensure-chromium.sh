#!/usr/bin/env bash
# Installs Debian's chromium (for PDFs and browser tests) if it is not already there.
# Idempotent: a machine that has it returns at once.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
echo "Installing Debian chromium (once per machine, about a minute)..." >&2
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null
$SUDO apt-get install -y -qq chromium >/dev/null
[ -x /usr/bin/chromium ] || { echo "error: chromium did not install at /usr/bin/chromium" >&2; exit 1; }
