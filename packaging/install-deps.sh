#!/usr/bin/env bash
# Installs the Debian 12 packages GridSafe needs to build, test and run, and only those
# that are missing. Non-interactive and idempotent; sourced by run.sh and test.sh.
set -euo pipefail

GRIDSAFE_PACKAGES=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev libqt6sql6-sqlite qt6-svg-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  qt6-qpa-plugins catch2 libsodium-dev libssl-dev openssl
  xvfb xauth fonts-wqy-microhei python3
)

missing=()
for package in "${GRIDSAFE_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing missing packages: ${missing[*]}"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
