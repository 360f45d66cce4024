#!/usr/bin/env bash
# Runs every test of ItdOrleans on a fresh machine: installs what is missing, restores, builds, tests.
# MNIST is read from ITD_MNIST_DIR, else from ../shared/data/mnist beside the repository; without
# either, tests that need real digits use Fashion-MNIST from Debian and say so.
set -euo pipefail
cd "$(dirname "$0")/../.."

deploy/local/prerequisites.sh
dotnet build ItdOrleans.sln -c Release -nologo -v quiet
# One test assembly at a time: the cluster tests time real silos, and the core tests' training would
# otherwise compete with them for a small machine's cores.
dotnet test ItdOrleans.sln -c Release --no-build -nologo -m:1 "$@"
