# Sourced by test-qt68.sh and check-deb.sh: Debian chroots made with debootstrap, from the mirror
# this machine's apt already uses. Needs root. A chroot is kept under $YUTANG_CHROOT_CACHE
# (default /var/cache/yutang) and reused while its suite and package list are unchanged.

chroot_cache=${YUTANG_CHROOT_CACHE:-/var/cache/yutang}

# The first mirror of the machine's apt sources (deb822 or one-line format).
chroot_mirror() {
    local m=""
    if compgen -G "/etc/apt/sources.list.d/*.sources" >/dev/null; then
        m=$(awk '/^URIs:/{print $2; exit}' /etc/apt/sources.list.d/*.sources)
    fi
    if [ -z "$m" ] && [ -f /etc/apt/sources.list ]; then
        m=$(awk '$1=="deb"{for(i=2;i<=NF;i++) if($i ~ /^[a-z]+:\/\//){print $i; exit}}' /etc/apt/sources.list)
    fi
    [ -n "$m" ] || { echo "chroot-lib: no apt mirror found in /etc/apt" >&2; return 1; }
    echo "$m"
}

# chroot_ensure DIR SUITE PACKAGE... : a chroot of SUITE in DIR with PACKAGE... installed.
chroot_ensure() {
    local dir=$1 suite=$2
    shift 2
    local stamp
    stamp="$suite $(printf '%s\n' "$@" | sort | tr '\n' ' ')"
    if [ -f "$dir/.yutang-stamp" ] && [ "$(cat "$dir/.yutang-stamp")" = "$stamp" ]; then
        return 0
    fi
    command -v debootstrap >/dev/null || {
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
    }
    chroot_umount "$dir"
    rm -rf "$dir"
    mkdir -p "$dir"
    echo "chroot-lib: debootstrap $suite into $dir" >&2
    debootstrap --variant=minbase "$suite" "$dir" "$(chroot_mirror)" >"$dir.debootstrap.log" 2>&1 || {
        tail -20 "$dir.debootstrap.log" >&2
        return 1
    }
    chroot_mount "$dir"
    chroot "$dir" apt-get update -qq
    echo "chroot-lib: installing $# packages into $dir" >&2
    chroot "$dir" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" \
        >"$dir.install.log" 2>&1 || {
        tail -20 "$dir.install.log" >&2
        return 1
    }
    chroot "$dir" apt-get clean
    # Left mounted, the base would be copied with its /proc (check-deb copies it for each check).
    chroot_umount "$dir"
    echo "$stamp" >"$dir/.yutang-stamp"
}

# What programs inside need: processes, devices, shared memory (PostgreSQL), pseudo-terminals.
chroot_mount() {
    local dir=$1
    mountpoint -q "$dir/proc" || mount -t proc proc "$dir/proc"
    mountpoint -q "$dir/dev" || mount --bind /dev "$dir/dev"
    mountpoint -q "$dir/dev/pts" || mount --bind /dev/pts "$dir/dev/pts"
    mkdir -p "$dir/dev/shm"
    mountpoint -q "$dir/dev/shm" || mount -t tmpfs shm "$dir/dev/shm"
}

# Unmounts everything below DIR, deepest first.
chroot_umount() {
    local dir=$1 m
    [ -d "$dir" ] || return 0
    for m in $(awk -v d="$(realpath "$dir")" '$2==d || index($2, d"/")==1 {print $2}' /proc/mounts | sort -r); do
        umount -l "$m" 2>/dev/null || true
    done
}
