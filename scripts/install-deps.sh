#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Yutang needs to build, run and test, if any are missing.
# With arguments, installs those packages instead (other scripts' tools), if missing.
set -euo pipefail

packages=("$@")
[ $# -gt 0 ] || packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-httpserver-dev qt6-websockets-dev
    qtkeychain-qt6-dev libqt6sql6-sqlite libqt6sql6-psql qt6-tools-dev qt6-l10n-tools
    qt6-translations-l10n fonts-wqy-microhei fonts-noto-color-emoji
    xvfb xauth gnome-keyring dbus-x11 libsecret-tools
    postgresql sqlite3 curl ccache dpkg-dev openssl
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}" >&2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
