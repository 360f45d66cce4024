#!/usr/bin/env bash
# Builds the itd command line when needed and runs it with the given arguments.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"

"$root/deploy/local/prerequisites.sh"
dotnet build "$root/client/ItdOrleans.Client" -c Release -nologo -v quiet >&2
exec dotnet "$root/client/ItdOrleans.Client/bin/Release/net10.0/itd.dll" "$@"
