#!/usr/bin/env bash
# Sync benchmark (issue 2): a large generated shop, synced by yutang-cli into a fresh store, against
# a baseline of "fetch every page with curl + load the same rows into sqlite3", in the same run.
#   part 1: site warmed (pages cached), no latency: ratio sync/baseline, records/s, peak memory,
#           and the sync's CPU time against a floor: the pages parsed (bench_parsepages) plus the
#           rows loaded by sqlite3
#   part 2: the site adds --latency ms per request: sync vs fetching the pages one after another
# Usage: bench/sync/bench_sync.sh [--scale 25] [--latency 50] [--latency-scale 3] [--parts 1|2]
#                                 [--parallel N] [--bin build-release/bin]
# --parallel N: parts yutang-cli splits a full listing into (its --parallel, 0 = automatic; the site offers
# GET /partitions/{collection}); the curl baseline lists one chain per collection either way.
# (part 2 runs on a smaller shop: at 50 ms a request, the sequential baseline of a scale-25 shop
# alone would take several minutes)
set -euo pipefail
cd "$(dirname "$0")/../.."
scale=25 latency=50 lscale=3 bin=build-release/bin parts="1 2" parallel=0
while [ $# -gt 0 ]; do
    case $1 in
        --scale) scale=$2; shift 2 ;; --latency) latency=$2; shift 2 ;; --latency-scale) lscale=$2; shift 2 ;; --bin) bin=$2; shift 2 ;;
        --parts) parts=$2; shift 2 ;; --parallel) parallel=$2; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
for tool in curl sqlite3 /usr/bin/time; do command -v $tool >/dev/null || { echo "needs $tool" >&2; exit 2; }; done
[ -x "$bin/yutang-cli" ] && [ -x "$bin/bench_parsepages" ] || { echo "build first: cmake --preset release && cmake --build --preset release" >&2; exit 2; }

work=$(mktemp -d)
site_pid=""
cleanup() { [ -n "$site_pid" ] && kill "$site_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
export BENCH_TOKEN=bench-token
collections="products customers orders sessions events commissions"

start_site() { # extra site options...
    [ -n "$site_pid" ] && { kill "$site_pid" 2>/dev/null; wait "$site_pid" 2>/dev/null || true; }
    "$bin/yutang-site" --seed 42 --days 90 --end-date 2026-11-20 --scale "${site_scale:-$scale}" --page-cache-mb 8000 \
        --token "$BENCH_TOKEN" "$@" > "$work/site.out" 2> "$work/site.err" &
    site_pid=$!
    for _ in $(seq 600); do grep -q listening "$work/site.out" 2>/dev/null && break; sleep 0.1; done
    site=$(sed -n 's/^listening //p' "$work/site.out")
    [ -n "$site" ] || { cat "$work/site.err" >&2; exit 1; }
}

# Fetches every page of one collection with curl into $1/<collection>/NNNNN.json, one after another.
fetch_collection() { # dir collection
    local dir=$1/$2 cursor="" n=0 url
    mkdir -p "$dir"
    while :; do
        url="$site/api/yutang/v1/$2?limit=1000"
        [ -n "$cursor" ] && url="$url&cursor=$cursor"
        n=$((n + 1))
        curl -s --fail -H "Authorization: Bearer $BENCH_TOKEN" "$url" -o "$dir/$(printf %05d $n).json"
        cursor=$(grep -o '"next_cursor":"[^"]*"' "$dir/$(printf %05d $n).json" | head -n 1 | cut -d'"' -f4 || true)
        [ -z "$cursor" ] && break
    done
}

# All collections at once; waits for these fetches only (not for the site in the background).
fetch_parallel() { # dir
    local pids=() c
    for c in $collections; do fetch_collection "$1" "$c" & pids+=($!); done
    wait "${pids[@]}"
}

# Loads the fetched pages into sqlite3: the rows as the app stores them (same columns).
load_sqlite() { # dir db
    {
        echo "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
        echo "CREATE TABLE products (id TEXT PRIMARY KEY, sku, title, category, price, stock, status, updated_at, version);"
        echo "CREATE TABLE customers (id TEXT PRIMARY KEY, nickname, registered_at, referrer_id, wechat_followed, updated_at);"
        echo "CREATE TABLE orders (id TEXT PRIMARY KEY, number, customer_id, session_id, status, created_at, paid_at, total, carrier, tracking_number, updated_at, version);"
        echo "CREATE TABLE order_items (order_id, line, product_id, title, quantity, unit_price, PRIMARY KEY (order_id, line));"
        echo "CREATE TABLE sessions (id TEXT PRIMARY KEY, visitor_id, customer_id, started_at, landing_url, referrer_url, user_agent);"
        echo "CREATE TABLE events (id TEXT PRIMARY KEY, session_id, type, at, product_id, order_id, customer_id, share_target);"
        echo "CREATE TABLE commissions (id TEXT PRIMARY KEY, order_id, beneficiary_id, level, amount, status, created_at, updated_at);"
        echo "BEGIN;"
        local f
        for f in "$1"/products/*.json; do echo "INSERT OR REPLACE INTO products SELECT j->>'id', j->>'sku', j->>'title', j->>'category', j->>'price', j->>'stock', j->>'status', j->>'updated_at', j->>'version' FROM (SELECT value AS j FROM json_each(readfile('$f'), '\$.data'));"; done
        for f in "$1"/customers/*.json; do echo "INSERT OR REPLACE INTO customers SELECT j->>'id', j->>'nickname', j->>'registered_at', j->>'referrer_id', j->>'wechat_followed', j->>'updated_at' FROM (SELECT value AS j FROM json_each(readfile('$f'), '\$.data'));"; done
        for f in "$1"/orders/*.json; do
            echo "INSERT OR REPLACE INTO orders SELECT j->>'id', j->>'number', j->>'customer_id', j->>'session_id', j->>'status', j->>'created_at', j->>'paid_at', j->>'total', j->>'\$.shipping.carrier', j->>'\$.shipping.tracking_number', j->>'updated_at', j->>'version' FROM (SELECT value AS j FROM json_each(readfile('$f'), '\$.data'));"
            echo "INSERT OR REPLACE INTO order_items SELECT o.value->>'id', i.key, i.value->>'product_id', i.value->>'title', i.value->>'quantity', i.value->>'unit_price' FROM json_each(readfile('$f'), '\$.data') o, json_each(o.value, '\$.items') i;"
        done
        for f in "$1"/sessions/*.json; do echo "INSERT OR REPLACE INTO sessions SELECT j->>'id', j->>'visitor_id', j->>'customer_id', j->>'started_at', j->>'landing_url', j->>'referrer_url', j->>'user_agent' FROM (SELECT value AS j FROM json_each(readfile('$f'), '\$.data'));"; done
        for f in "$1"/events/*.json; do echo "INSERT OR REPLACE INTO events SELECT j->>'id', j->>'session_id', j->>'type', j->>'at', j->>'product_id', j->>'order_id', j->>'customer_id', j->>'share_target' FROM (SELECT value AS j FROM json_each(readfile('$f'), '\$.data'));"; done
        for f in "$1"/commissions/*.json; do echo "INSERT OR REPLACE INTO commissions SELECT j->>'id', j->>'order_id', j->>'beneficiary_id', j->>'level', j->>'amount', j->>'status', j->>'created_at', j->>'updated_at' FROM (SELECT value AS j FROM json_each(readfile('$f'), '\$.data'));"; done
        echo "COMMIT;"
        echo "CREATE INDEX sessions_started ON sessions (started_at); CREATE INDEX events_session ON events (session_id); CREATE INDEX orders_created ON orders (created_at);"
    } | /usr/bin/time -f "%U %S" -o "$work/load.cpu" sqlite3 "$2" >/dev/null
}

now() { date +%s.%N; }
secs() { echo "$2 - $1" | bc -l | xargs printf '%.2f'; }
rows_in() { sqlite3 "$1" "SELECT (SELECT COUNT(*) FROM products)+(SELECT COUNT(*) FROM customers)+(SELECT COUNT(*) FROM orders)+(SELECT COUNT(*) FROM sessions)+(SELECT COUNT(*) FROM events)+(SELECT COUNT(*) FROM commissions)"; }

sync_run() { # db -> prints seconds, peak RSS (kB) and CPU seconds (user + system)
    local t0 t1
    t0=$(now)
    /usr/bin/time -f "%M %U %S" -o "$work/rss" "$bin/yutang-cli" sync --site "$site" --db "$1" --token-env BENCH_TOKEN --parallel "$parallel" --quiet >/dev/null
    t1=$(now)
    read -r rss user sys < "$work/rss"
    echo "$(secs "$t0" "$t1") $rss $(echo "$user + $sys" | bc -l)"
}

echo "== Yutang sync benchmark: scale $scale (seed 42, 90 days), $(nproc) cores, $(date -u +%F), --parallel $parallel"
if [[ " $parts " == *" 1 "* ]]; then
start_site
# Warm the site: render and cache every page once.
fetch_parallel "$work/warm"
rm -rf "$work/warm"

read -r sync_s sync_rss sync_cpu < <(sync_run "$work/sync.sqlite")
records=$(rows_in "$work/sync.sqlite")

t0=$(now)
fetch_parallel "$work/pages"
t1=$(now)
load_sqlite "$work/pages" "$work/baseline.sqlite"
t2=$(now)
base_fetch=$(secs "$t0" "$t1"); base_load=$(secs "$t1" "$t2"); base_s=$(secs "$t0" "$t2")
base_records=$(rows_in "$work/baseline.sqlite")
# The CPU floor (issue 13, item 6): parsing the same pages with QJsonDocument plus loading the
# same rows with sqlite3, each process's user + system time.
read -r load_user load_sys < "$work/load.cpu"
load_cpu=$(echo "$load_user + $load_sys" | bc -l)
read -r parse_cpu _ _ < <("$bin/bench_parsepages" "$work/pages")
# Not part of the floor: the same pages parsed as the sync parses them, for comparison.
read -r yutang_parse_cpu _ < <("$bin/bench_parsepages" --yutang "$work/pages")
floor_cpu=$(echo "$parse_cpu + $load_cpu" | bc -l)
pages=$(find "$work/pages" -name '*.json' | wc -l)
bytes=$(du -sb "$work/pages" | cut -f1)

echo "records: $records synced, $base_records in the baseline; $pages pages, $((bytes / 1048576)) MB of JSON"
printf 'part 1 (no latency, warmed site)\n'
printf '  yutang-cli sync (fresh store)         %8.2f s  %9.0f records/s  peak RSS %d MB\n' "$sync_s" "$(echo "$records / $sync_s" | bc -l)" $((sync_rss / 1024))
printf '  baseline curl (6 in parallel)+sqlite3 %8.2f s  (fetch %s s, load %s s)\n' "$base_s" "$base_fetch" "$base_load"
printf '  ratio sync/baseline                   %8.2f   (goal <= 1.5)\n' "$(echo "$sync_s / $base_s" | bc -l)"
printf '  sync CPU (user + system)              %8.2f s\n' "$sync_cpu"
printf '  floor CPU: parse %5.2f s + sqlite3 load %5.2f s = %5.2f s\n' "$parse_cpu" "$load_cpu" "$floor_cpu"
printf '  ratio sync CPU/floor                  %8.2f   (goal <= 2)\n' "$(echo "$sync_cpu / $floor_cpu" | bc -l)"
printf '  (the sync parses the same pages in %5.2f s of CPU)\n' "$yutang_parse_cpu"
fi
[[ " $parts " == *" 2 "* ]] || exit 0

site_scale=$lscale start_site --latency-ms "$latency"
fetch_parallel "$work/warm"
rm -rf "$work/warm"
read -r lat_s lat_rss _ < <(sync_run "$work/sync-latency.sqlite")
t0=$(now)
for c in $collections; do fetch_collection "$work/seq" "$c"; done
t1=$(now)
seq_s=$(secs "$t0" "$t1")
printf 'part 2 (site adds %s ms per request; scale %s)\n' "$latency" "$lscale"
printf '  yutang-cli sync (fresh store)         %8.2f s  peak RSS %d MB\n' "$lat_s" $((lat_rss / 1024))
printf '  curl, pages one after another         %8.2f s\n' "$seq_s"
printf '  ratio sync/sequential                 %8.2f   (goal <= 0.5)\n' "$(echo "$lat_s / $seq_s" | bc -l)"
