#!/usr/bin/env bash
# Opt-in: installs the Debian 12 tools that check the packages (tests/packaging/check_packages.sh)
# and render the 256×256 PNG icon. Not needed to build or test; install-deps.sh has those.
set -euo pipefail

GRIDSAFE_CHECK_PACKAGES=(lintian desktop-file-utils appstream librsvg2-bin file)

missing=()
for package in "${GRIDSAFE_CHECK_PACKAGES[@]}"; do
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
