#!/usr/bin/env bash
# Smoke test of an installed Yutang: from the folder DIR that holds yutang-cli and yutang-site
# (/usr/bin from the DEB; C:\Program Files\Yutang\bin from the MSI; yutang.app/Contents/MacOS
# from the DMG), print the versions, start the demo site on a free loopback port, sync it into a
# fresh store with yutang-cli, and check that the store holds every record the site generated.
# Runs in bash on Linux, macOS and Git Bash on Windows. Exit 0 when all holds.
set -euo pipefail
bin=${1:?usage: smoke-installed.sh DIR}
exe=""
case "$(uname -s)" in MINGW* | MSYS* | CYGWIN*) exe=.exe ;; esac
cli="$bin/yutang-cli$exe"
site="$bin/yutang-site$exe"
for f in "$cli" "$site"; do
    [ -x "$f" ] || { echo "smoke: $f is missing or not executable" >&2; exit 1; }
done

"$cli" --version
"$site" --version

work=$(mktemp -d)
site_pid=""
finish() {
    [ -z "$site_pid" ] || kill "$site_pid" 2>/dev/null || true
    [ -z "$site_pid" ] || wait "$site_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap finish EXIT

# The token travels in the environment, never on a command line.
YUTANG_SITE_TOKEN="smoke-$RANDOM$RANDOM$RANDOM"
export YUTANG_SITE_TOKEN
"$site" --port 0 --host 127.0.0.1 --seed 42 --days 14 --scale 0.05 \
    >"$work/site.out" 2>"$work/site.err" &
site_pid=$!
url=""
for _ in $(seq 1 600); do # the site prints its address once it listens (at most ~60 s)
    url=$(sed -n 's/^listening //p' "$work/site.out" | tr -d '\r')
    [ -n "$url" ] && break
    kill -0 "$site_pid" 2>/dev/null || break
    sleep 0.1
done
[ -n "$url" ] || { echo "smoke: yutang-site did not start" >&2; cat "$work/site.err" >&2; exit 1; }
echo "smoke: site at $url"

store="$work/shop.sqlite"
"$cli" sync --site "$url" --db "$store" --token-env YUTANG_SITE_TOKEN --full
"$cli" status --db "$store" --json >"$work/status.json"

# "generated 123 products, 45 customers, ..." on the site's stderr against the store's counts.
generated=$(grep -m1 'generated ' "$work/site.err" | sed 's/.*generated //; s/ in [0-9]* ms.*//')
fail=0
checked=0
IFS=',' read -ra parts <<<"$generated"
for part in "${parts[@]}"; do
    read -r want name <<<"$part"
    got=$(grep -o "\"$name\": *[0-9]*" "$work/status.json" | head -n 1 | grep -o '[0-9]*$' || true)
    if [ "$got" != "$want" ]; then
        echo "smoke: $name: the site generated $want, the store holds ${got:-none}" >&2
        fail=1
    fi
    checked=$((checked + 1))
done
[ "$checked" -ge 6 ] || { echo "smoke: could not read the site's counts: $generated" >&2; exit 1; }
[ "$fail" -eq 0 ] || exit 1
echo "smoke: synced $generated into a fresh store: counts match"
