#!/usr/bin/env bash
# The README's pictures: every pane of the main window on the demo shop, in Chinese and in English,
# made by yutang-screenshots under Xvfb (offscreen when xvfb-run is missing) into
# docs/screenshots/<lang>/<n>-<pane>.png. The demo's history ends at a fixed time and the app's
# clock is pinned there, so a run after any change redraws the same shop.
#   scripts/screenshots.sh [--at 2026-11-20T15:30:00+08:00]
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --preset default >/dev/null
cmake --build build -j"$(nproc)" --target yutang-screenshots yutang-site
for lang in zh_CN en; do
    out=docs/screenshots/$lang
    rm -rf "$out"
    if command -v xvfb-run >/dev/null; then
        xvfb-run -a -s "-screen 0 1280x800x24" build/bin/yutang-screenshots --out "$out" --lang "$lang" "$@"
    else
        QT_QPA_PLATFORM=offscreen build/bin/yutang-screenshots --out "$out" --lang "$lang" "$@"
    fi
done
