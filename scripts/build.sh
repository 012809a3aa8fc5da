#!/usr/bin/env bash
# Configures and builds with a CMake preset (default: "default", into build/; binaries in bin/).
# YUTANG_PRESET picks another, e.g. clang-strict (build-clang/, clang, warnings as errors).
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${YUTANG_PRESET:-default}
jobs=$(nproc 2>/dev/null || echo 2)
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -j"$jobs"
