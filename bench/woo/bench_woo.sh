#!/usr/bin/env bash
# WooCommerce sync benchmark (issue 11): a generated WooCommerce shop (yutang-woo-site) with
# --latency ms added to every answer; yutang-cli's full sync into a fresh store against the
# baseline of fetching the same pages (products, variations, customers, orders; 100 a page, the
# API's limit) one after another with one curl process (keep-alive), signed beforehand so that
# only the fetching is timed. Prints both times, the ratio (goal <= 0.3) and yutang-cli's peak
# memory. Usage: bench/woo/bench_woo.sh [--orders 100000] [--customers 20000] [--latency 50]
#                                      [--parallel 8] [--bin build-release/bin]
set -euo pipefail
cd "$(dirname "$0")/../.."
orders=100000 customers=20000 latency=50 parallel=0 bin=build-release/bin
while [ $# -gt 0 ]; do
    case $1 in
        --orders) orders=$2; shift 2 ;; --customers) customers=$2; shift 2 ;;
        --latency) latency=$2; shift 2 ;; --parallel) parallel=$2; shift 2 ;;
        --bin) bin=$2; shift 2 ;; *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
for tool in curl python3 /usr/bin/time; do command -v $tool >/dev/null || { echo "needs $tool" >&2; exit 2; }; done
[ -x "$bin/yutang-cli" ] && [ -x "$bin/yutang-woo-site" ] ||
    { echo "build first: cmake --preset release && cmake --build --preset release" >&2; exit 2; }

work=$(mktemp -d)
site_pid=""
cleanup() { [ -n "$site_pid" ] && kill "$site_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
export WC_KEY=ck_test WC_SECRET=cs_test

"$bin/yutang-woo-site" --port 0 --seed 42 --end-date 2026-11-20 --orders "$orders" \
    --customers "$customers" --latency-ms "$latency" > "$work/site.out" 2> "$work/site.err" &
site_pid=$!
for _ in $(seq 600); do grep -q listening "$work/site.out" 2>/dev/null && break; sleep 0.1; done
site=$(sed -n 's/^listening //p' "$work/site.out")
[ -n "$site" ] || { cat "$work/site.err" >&2; exit 1; }
head -n 1 "$work/site.out"
api="$site/wp-json/wc/v3"

# The page list, learnt before the clock starts: how many pages each listing has, and which
# products are variable (one variations listing each).
signed_get() { # url -> body on stdout, headers in $work/h
    echo "$1 $work/one.json" | python3 bench/woo/sign_urls.py "$WC_KEY" "$WC_SECRET" > "$work/one.cfg"
    curl -s -D "$work/h" -K "$work/one.cfg"; cat "$work/one.json"
}
pages_of() { # url-with-query
    signed_get "$1&page=1" > /dev/null
    sed -n 's/^[Xx]-[Ww][Pp]-[Tt]otal[Pp]ages: *\([0-9]*\).*/\1/p' "$work/h"
}
: > "$work/list"
add_pages() { # base-url prefix
    local n p; n=$(pages_of "$1"); for p in $(seq "$n"); do echo "$1&page=$p $work/p/$2-$p.json" >> "$work/list"; done
}
mkdir -p "$work/p"
add_pages "$api/products?per_page=100&orderby=id&order=asc" products
for id in $(for p in $(seq "$(pages_of "$api/products?per_page=100")"); do
                signed_get "$api/products?per_page=100&page=$p&_fields=id,type"; echo; done |
            python3 -c 'import json,sys
for line in sys.stdin:
    line=line.strip()
    if line:
        for p in json.loads(line):
            if p.get("type")=="variable": print(p["id"])'); do
    add_pages "$api/products/$id/variations?per_page=100" "variations-$id"
done
add_pages "$api/customers?role=all&per_page=100&orderby=id&order=asc" customers
# The order fields yutang-cli asks for (WooPuller::orderFields()): the same pages.
fields=id,number,status,customer_id,date_created_gmt,date_modified_gmt,date_paid_gmt,total,refunds,line_items,meta_data,billing
add_pages "$api/orders?per_page=100&_fields=$fields&orderby=id&order=asc" orders
requests=$(wc -l < "$work/list")
# Every page fetched once before either clock starts, 8 at a time: the site keeps each record as
# rendered while the shop is unchanged (as bench/sync warms yutang-site's page cache), so that
# neither run pays for the fake server's rendering on the two cores they share with it.
python3 bench/woo/sign_urls.py "$WC_KEY" "$WC_SECRET" < "$work/list" > "$work/warm.cfg"
curl -s --fail -Z --parallel-max 8 -K "$work/warm.cfg"
python3 bench/woo/sign_urls.py "$WC_KEY" "$WC_SECRET" < "$work/list" > "$work/curl.cfg"

start=$(date +%s.%N)
curl -s --fail -K "$work/curl.cfg"
baseline=$(echo "$(date +%s.%N) - $start" | bc)
bytes=$(cat "$work/p"/*.json | wc -c)

rm -f "$work/store.db"
site_cpu() { awk '{ print ($14 + $15) / 100 }' "/proc/$site_pid/stat"; } # seconds, user + sys
site_before=$(site_cpu)
/usr/bin/time -v -o "$work/time.txt" "$bin/yutang-cli" sync --kind woocommerce --site "$site" \
    --key-env WC_KEY --secret-env WC_SECRET --db "$work/store.db" --parallel "$parallel" --quiet \
    > "$work/sync.out"
site_used=$(echo "$(site_cpu) - $site_before" | bc)
elapsed=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time.txt" |
          awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
peak=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time.txt")
user=$(sed -n 's/.*User time (seconds): //p' "$work/time.txt")
sys=$(sed -n 's/.*System time (seconds): //p' "$work/time.txt")

echo "shop: $orders orders, $customers customers; $latency ms per request; $requests pages, $((bytes / 1000000)) MB"
cat "$work/sync.out"
printf 'curl, one page after another : %8.1f s\n' "$baseline"
printf 'yutang-cli sync (full)       : %8.1f s  (cpu %s s user + %s s sys)\n' "$elapsed" "$user" "$sys"
printf 'site CPU during the sync     : %8.1f s  (same two cores)\n' "$site_used"
printf 'ratio sync / curl            : %8.2f  (goal <= 0.3)\n' "$(echo "$elapsed / $baseline" | bc -l)"
printf 'peak memory (yutang-cli)     : %8.1f MB\n' "$(echo "$peak / 1024" | bc -l)"
