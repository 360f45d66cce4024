#!/usr/bin/env bash
# Installs the Debian packages that ItdOrleans' tests and main job use, when any is missing.
#   dataset-fashion-mnist  the fallback dataset when no MNIST copy is at hand
#   redis-server           the cluster store that the multi-silo tests start on loopback
#   chromium               the headless browser that tests the sweep page
#   fonts-dejavu-core      text in figures
#   python3-numpy          the baseline of the speed benchmark
#   libopenblas0-pthread   the BLAS that numpy uses in that baseline, instead of the reference BLAS
set -euo pipefail

packages=(dataset-fashion-mnist redis-server chromium fonts-dejavu-core python3-numpy libopenblas0-pthread)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing Debian packages: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
