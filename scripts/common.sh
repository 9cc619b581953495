# Shared by the scripts: repository root, a .NET check, and quiet, telemetry-free dotnet.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
command -v dotnet >/dev/null || { echo "error: the .NET SDK (dotnet) is not on PATH; install the SDK named in global.json" >&2; exit 2; }
