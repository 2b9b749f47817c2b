#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test through ctest: first the Debug
# build, then the same suite built with AddressSanitizer and UBSan (skip that second pass
# with --quick). GRIDSAFE_UNITY_BUILD=ON in the environment builds the libraries in unity
# batches, as CI does.
set -euo pipefail
cd "$(dirname "$0")"

quick=false
[ "${1:-}" = "--quick" ] && quick=true

bash packaging/install-deps.sh

mkdir -p build/runtime && chmod 700 build/runtime
export XDG_RUNTIME_DIR="$PWD/build/runtime"
export QT_QPA_PLATFORM=offscreen

unity="-DGRIDSAFE_UNITY_BUILD=${GRIDSAFE_UNITY_BUILD:-OFF}"

cmake --preset dev "$unity"
cmake --build --preset dev
ctest --test-dir build/dev --output-on-failure --timeout 300 -j2

if ! $quick; then
  export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0
  export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
  export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp"
  cmake --preset asan "$unity"
  cmake --build --preset asan
  ctest --test-dir build/asan --output-on-failure --timeout 600 -j2
fi
