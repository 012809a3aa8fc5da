#!/usr/bin/env bash
# Proves the Linux package: builds the DEB from build/ (scripts/build.sh first), installs it with
# apt into a clean Debian 12 chroot (only the package's own Depends, so apt must resolve every
# one of them), and from the installed paths runs yutang-cli --version, a sync of yutang-site
# into a fresh store (scripts/smoke-installed.sh) and yutang --demo under Xvfb, whose screenshot
# must not be blank. Needs root. The screenshot is kept in build/deb-check/.
set -euo pipefail
cd "$(dirname "$0")/.."
[ "$(id -u)" -eq 0 ] || exec sudo -E "$0" "$@" # debootstrap, chroot and mounts need root
# shellcheck source=scripts/chroot-lib.sh
source scripts/chroot-lib.sh

scripts/install-deps.sh dpkg-dev debootstrap
out=build/deb-check
rm -rf "$out"
mkdir -p "$out"
(cd build && cpack -G DEB -B "$PWD/deb-check" >/dev/null)
deb=$(ls -t "$out"/*.deb | head -n 1)
echo "check-deb: $(basename "$deb")"
dpkg-deb -f "$deb" Package Version Depends Recommends

# A pristine Debian 12 is kept; each check installs into a fresh copy of it.
base="$chroot_cache/bookworm-base"
chroot_ensure "$base" bookworm
root=$(mktemp -d "$chroot_cache/bookworm-check.XXXXXX")
cleanup() { chroot_umount "$root"; rm -rf "$root"; }
trap cleanup EXIT
cp -a "$base/." "$root/"
chroot_mount "$root"
cp "$deb" "$root/tmp/yutang.deb"
cp scripts/smoke-installed.sh "$root/tmp/"

in_root() {
    chroot "$root" env -i PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin HOME=/root LANG=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive "$@"
}
in_root apt-get update -qq
in_root apt-get install -y -qq --no-install-recommends /tmp/yutang.deb >"$out/apt.log" 2>&1 || {
    tail -30 "$out/apt.log" >&2
    echo "check-deb: apt could not install the package" >&2
    exit 1
}
echo "check-deb: installed into a clean Debian 12 with $(grep -c '^Setting up' "$out/apt.log") packages"
in_root dpkg -L yutang | grep -E 'bin/|\.desktop$|metainfo|icons/hicolor/(scalable|256)' || true

in_root /usr/bin/yutang-cli --version
in_root bash /tmp/smoke-installed.sh /usr/bin

# The desktop app from the installed paths, on a virtual screen, with the tools to look at it.
in_root apt-get install -y -qq --no-install-recommends xvfb xauth imagemagick >>"$out/apt.log" 2>&1
cat >"$root/tmp/demo-shot.sh" <<'SHOT'
set -u
export XDG_RUNTIME_DIR=$(mktemp -d) QT_QPA_PLATFORM=xcb
chmod 700 "$XDG_RUNTIME_DIR"
Xvfb :97 -screen 0 1280x800x24 -nolisten tcp >/tmp/xvfb.log 2>&1 &
xvfb=$!
export DISPLAY=:97
for _ in $(seq 1 100); do xdpyinfo >/dev/null 2>&1 && break; [ -e /tmp/.X11-unix/X97 ] && break; sleep 0.1; done
yutang --demo --lang zh_CN >/tmp/yutang.log 2>&1 &
app=$!
colours=0
previous=""
# Wait until the window shows the synced demo: many colours (text, charts) and the same picture
# twice in a row a second apart (the sync's progress has stopped moving), at most ~150 s.
for _ in $(seq 1 150); do
    kill -0 "$app" 2>/dev/null || break
    sleep 1
    import -window root /tmp/shot.png 2>/dev/null || continue
    colours=$(convert /tmp/shot.png -format %k info:)
    pixels=$(convert /tmp/shot.png rgb:- | md5sum)
    [ "${colours:-0}" -ge 200 ] && [ "$pixels" = "$previous" ] && break
    previous=$pixels
done
# The app's children (the demo's yutang-site) go with it.
children=$(awk -v p="$app" '$4==p {print $1}' /proc/[0-9]*/stat 2>/dev/null)
kill "$app" $children 2>/dev/null; wait "$app" 2>/dev/null
kill "$xvfb" 2>/dev/null; wait "$xvfb" 2>/dev/null
echo "$colours"
SHOT
colours=$(in_root bash /tmp/demo-shot.sh | tail -n 1)
cp "$root/tmp/shot.png" "$out/yutang-demo.png" 2>/dev/null || true
cp "$root/tmp/yutang.log" "$out/yutang-demo.log" 2>/dev/null || true
if [ "${colours:-0}" -lt 200 ]; then
    echo "check-deb: the demo's window looks blank ($colours colours); see $out/yutang-demo.png" >&2
    cat "$out/yutang-demo.log" >&2 || true
    exit 1
fi
echo "check-deb: yutang --demo drew its window ($colours colours): $out/yutang-demo.png"
echo "check-deb: passed"
