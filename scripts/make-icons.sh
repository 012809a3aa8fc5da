#!/usr/bin/env bash
# Makes the app icon's derived files from resources/icons/yutang.svg:
#   resources/icons/yutang-<size>.png   16 24 32 48 64 96 128 256 512 (Linux hicolor theme, Qt
#                                       resources; each size up to 256 also at twice the size, for
#                                       200 % scaling)
#   resources/icons/yutang.ico          Windows, multi-size (16 … 256)
#   resources/icons/yutang.icns         macOS (16 … 512)
# The outputs are committed, so Windows and macOS builds need none of these tools. Run this after
# editing the SVG and commit the results with it. Needs Debian's librsvg2-bin, imagemagick and
# icnsutils; installs them when missing.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh librsvg2-bin imagemagick icnsutils

icons=resources/icons
svg=$icons/yutang.svg
sizes=(16 24 32 48 64 96 128 256 512)

for s in "${sizes[@]}"; do
    rsvg-convert --width "$s" --height "$s" --keep-aspect-ratio "$svg" --output "$icons/yutang-$s.png"
done

# Windows: every size up to 256 (the largest an .ico holds). -strip keeps the file free of dates,
# so that an unchanged SVG gives an unchanged .ico.
ico_inputs=()
for s in 16 24 32 48 64 128 256; do ico_inputs+=("$icons/yutang-$s.png"); done
convert "${ico_inputs[@]}" -strip "$icons/yutang.ico"

# macOS: png2icns takes the sizes it knows (16 32 48 128 256 512) and picks the slot by size.
icns_inputs=()
for s in 16 32 48 128 256 512; do icns_inputs+=("$icons/yutang-$s.png"); done
png2icns "$icons/yutang.icns" "${icns_inputs[@]}" >/dev/null

ls -l "$icons"
