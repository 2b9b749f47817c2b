#!/usr/bin/env bash
# Installs the Debian 12 packages GridSafe needs to build, test and run, and only those
# that are missing. Non-interactive and idempotent; run by run.sh and test.sh.
set -euo pipefail

GRIDSAFE_PACKAGES=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev libqt6sql6-sqlite qt6-svg-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  qt6-qpa-plugins catch2 libsodium-dev libssl-dev openssl
  xvfb xauth fonts-wqy-microhei python3
  poppler-utils # pdftotext/pdftoppm: the tests read back the PDFs they export
  libzip-dev libxlsxwriter-dev # .xlsx import (libzip) and export (libxlsxwriter): app-desktop/core/sheets
)

bash "$(dirname "${BASH_SOURCE[0]}")/install-missing.sh" "${GRIDSAFE_PACKAGES[@]}"
