#!/usr/bin/env bash
# Installs what is missing, builds (Debug), and runs every test through ctest.
set -euo pipefail
cd "$(dirname "$0")"

bash packaging/install-deps.sh

cmake --preset dev
cmake --build --preset dev

mkdir -p build/runtime && chmod 700 build/runtime
export XDG_RUNTIME_DIR="$PWD/build/runtime"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build/dev --output-on-failure --timeout 300 -j2
