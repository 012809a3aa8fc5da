#!/usr/bin/env bash
# Builds Yutang with clang (warnings as errors, AddressSanitizer and UBSan) against Qt 6.8 LTS, the
# Qt that Windows and macOS users get, and runs the whole test suite there, the libFuzzer
# harnesses of tests/fuzz included: in a Debian 13 chroot, whose packages have Qt 6.8.2. Needs
# root (debootstrap, chroot, mounts). The chroot is kept in /var/cache/yutang and reused; the
# build goes to build-sanitize/ in this checkout (preset clang-sanitize). Arguments go to ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
src=$(pwd)
[ "$(id -u)" -eq 0 ] || exec sudo -E "$0" "$@" # debootstrap, chroot and mounts need root
# shellcheck source=scripts/chroot-lib.sh
source scripts/chroot-lib.sh

root="$chroot_cache/trixie-qt68"
packages=(
    cmake ninja-build clang libclang-rt-dev llvm pkg-config ccache python3 ca-certificates
    qt6-base-dev qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-l10n-tools
    qt6-tools-dev-tools qt6-translations-l10n qtkeychain-qt6-dev libqt6sql6-sqlite libqt6sql6-psql
    libgl-dev sqlite3 gnome-keyring dbus-daemon libsecret-tools postgresql fonts-wqy-microhei fonts-noto-color-emoji openssl
)
chroot_ensure "$root" trixie "${packages[@]}"

cleanup() { chroot_umount "$root"; }
trap cleanup EXIT
chroot_umount "$root" # a clean slate: /src must be this checkout, not one bound by an earlier run
chroot_mount "$root"
mkdir -p "$root/src" "$root/ccache" "$chroot_cache/ccache-qt68"
mountpoint -q "$root/src" || mount --bind "$src" "$root/src"
mountpoint -q "$root/ccache" || mount --bind "$chroot_cache/ccache-qt68" "$root/ccache"

qt=$(chroot "$root" dpkg-query -W -f='${Version}' qt6-base-dev)
echo "test-qt68.sh: Qt $qt, $(chroot "$root" clang++ --version | head -n 1)" >&2
chroot "$root" env -i PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin HOME=/root LANG=C.UTF-8 \
    TERM=dumb CCACHE_DIR=/ccache YUTANG_NO_INSTALL=1 YUTANG_PRESET=clang-sanitize \
    bash /src/scripts/test-suite.sh "$@"
