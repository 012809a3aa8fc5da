#!/usr/bin/env bash
# README command (a): install what is missing, build, start the demo site on loopback and open
# Yutang on it. The app starts yutang-site itself and syncs from it over HTTP.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    echo "No display: running under Xvfb (screenshot with: import -window root shot.png)" >&2
    exec xvfb-run -a -s "-screen 0 1280x800x24" build/bin/yutang --demo "$@"
fi
exec build/bin/yutang --demo "$@"
