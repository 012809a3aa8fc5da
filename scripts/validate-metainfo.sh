#!/usr/bin/env bash
# Checks the Linux desktop integration files: the AppStream metainfo (appstreamcli validate, without
# network: URLs are not fetched) and the .desktop file (desktop-file-validate). Exits non-zero when
# either reports an error (appstreamcli also fails on warnings; infos and pedantic hints pass).
# Installs appstream and desktop-file-utils when missing.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh appstream desktop-file-utils

status=0
metainfo=packaging/linux/cn.yutang.Yutang.metainfo.xml
desktop=packaging/linux/cn.yutang.Yutang.desktop

echo "appstreamcli validate --no-net $metainfo"
appstreamcli validate --no-net "$metainfo" || status=1

echo "desktop-file-validate $desktop"
# desktop-file-validate exits 0 on warnings and hints; it prints them, and errors make it fail.
desktop-file-validate "$desktop" || status=1

if [ "$status" -eq 0 ]; then
    echo "metainfo and desktop file: valid"
else
    echo "metainfo or desktop file: INVALID" >&2
fi
exit "$status"
