#!/usr/bin/env bash
# One test suite on one Qt: install what is missing, build, start what the tests need (a D-Bus
# session with an unlocked gnome-keyring, an offscreen display, a throwaway PostgreSQL) and run
# ctest (arguments go to ctest). scripts/test.sh runs it here (Qt 6.4, g++) and, through
# scripts/test-qt68.sh, in a Debian 13 chroot (Qt 6.8, clang).
# YUTANG_PRESET picks the CMake preset (default "default"); YUTANG_NO_INSTALL=1 skips the apt step
# (scripts/test-qt68.sh runs this inside a Debian 13 chroot whose packages it installed itself).
set -euo pipefail
cd "$(dirname "$0")/.."
[ "${YUTANG_NO_INSTALL:-}" = 1 ] || scripts/install-deps.sh
scripts/build.sh
preset=${YUTANG_PRESET:-default}

scratch=$(mktemp -d)
# The tests keep their own settings in temporary folders (tests/support/TestEnvironment) and do not
# rely on these; they keep the session's keyring and caches out of $HOME.
chmod 755 "$scratch" # the postgres user must reach its data folder inside
export XDG_RUNTIME_DIR="$scratch/runtime" XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data"
export XDG_CACHE_HOME="$scratch/cache"
mkdir -p "$XDG_RUNTIME_DIR" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME"
chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen

# shellcheck source=scripts/test-postgres.sh
source scripts/test-postgres.sh
trap 'stop_test_postgres; rm -rf "$scratch"' EXIT
start_test_postgres "$scratch/pg"

jobs=$(nproc 2>/dev/null || echo 2)
dbus-run-session -- bash -c '
    echo -n yutang-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    ctest --preset '"$preset"' -j'"$jobs"' "$@"
' ctest "$@"
