#!/usr/bin/env bash
# Opt-in: installs the Debian 12 tools that check the packages (tests/packaging/check_packages.sh)
# and render the 256×256 PNG icon. Not needed to build or test; install-deps.sh has those.
set -euo pipefail

GRIDSAFE_CHECK_PACKAGES=(lintian desktop-file-utils appstream librsvg2-bin file)

bash "$(dirname "${BASH_SOURCE[0]}")/install-missing.sh" "${GRIDSAFE_CHECK_PACKAGES[@]}"
