#!/usr/bin/env bash
# Signs macOS code for a package; run by scripts/cpack-presign.cmake inside CPack's staging folder.
# Usage: scripts/macos-sign.sh APP_OR_FILE...
#   an .app bundle is signed inside out (loose dylibs and plug-ins, frameworks, the other
#   executables in Contents/MacOS such as yutang-cli and yutang-site, then the bundle, which seals
#   its resources) and checked with `codesign --verify --deep --strict`; a Mach-O file is signed on
#   its own; anything else is skipped.
# Identity: $MACOS_SIGN_IDENTITY (a "Developer ID Application: ..." identity in a keychain on the
# search list: hardened runtime and secure timestamp, as notarisation needs) or, when it is empty,
# "-": an ad hoc signature, no certificate, enough for a CI artifact and for `codesign --verify`.
# Inside out rather than `codesign --deep --sign`, which Apple discourages for signing.
set -euo pipefail

if [ $# -lt 1 ]; then
    echo "usage: $0 APP_OR_FILE..." >&2
    exit 2
fi

identity=${MACOS_SIGN_IDENTITY:-}
opts=(--force --sign "${identity:--}")
if [ -n "$identity" ]; then
    opts+=(--options runtime --timestamp)
fi

is_macho() {
    file -b "$1" | grep -q 'Mach-O'
}

sign() {
    codesign "${opts[@]}" "$1"
}

sign_app() {
    local app=$1 main f
    # Extended attributes (Finder info, resource forks) make codesign refuse the bundle.
    xattr -cr "$app"
    main=$(plutil -extract CFBundleExecutable raw -o - "$app/Contents/Info.plist")
    while IFS= read -r -d '' f; do
        if is_macho "$f"; then sign "$f"; fi
    done < <(find "$app/Contents" -type f \( -name '*.dylib' -o -name '*.so' \) \
                  -not -path '*.framework/*' -print0)
    while IFS= read -r -d '' f; do
        sign "$f"
    done < <(find "$app/Contents" -type d -name '*.framework' -prune -print0)
    while IFS= read -r -d '' f; do
        if [ "$(basename "$f")" != "$main" ] && is_macho "$f"; then sign "$f"; fi
    done < <(find "$app/Contents/MacOS" -type f -print0)
    sign "$app"
    codesign --verify --deep --strict --verbose=2 "$app"
}

for path in "$@"; do
    if [ -d "$path" ] && [ "${path%.app}" != "$path" ]; then
        echo "signing bundle $path (${identity:-ad hoc})"
        sign_app "$path"
    elif [ -f "$path" ] && is_macho "$path"; then
        echo "signing $path (${identity:-ad hoc})"
        sign "$path"
        codesign --verify --strict --verbose=2 "$path"
    else
        echo "not Mach-O, left unsigned: $path"
    fi
done
