#!/usr/bin/env bash
# Team-mode benchmark (issue 6): a full sync of a large generated shop by yutang-cli into a fresh
# PostgreSQL database vs into a fresh SQLite file, on this machine, in the same run; then
# `yutang-cli migrate` of the SQLite store into another fresh PostgreSQL database.
# The site is warmed first (one sync whose store is thrown away), so both timed syncs get cached pages.
# Usage: bench/team/bench_team.sh [--scale 5] [--bin build-release/bin]
# Uses the server in YUTANG_TEST_PG_URL/YUTANG_TEST_PG_PASSWORD if set, else starts a throwaway one
# exactly as the tests do (scripts/test-postgres.sh).
set -euo pipefail
cd "$(dirname "$0")/../.."
scale=5 bin=build-release/bin
while [ $# -gt 0 ]; do
    case $1 in
        --scale) scale=$2; shift 2 ;; --bin) bin=$2; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
for tool in psql sqlite3 bc; do command -v $tool >/dev/null || { echo "needs $tool" >&2; exit 2; }; done
[ -x "$bin/yutang-cli" ] || { echo "build first: cmake --preset release && cmake --build --preset release" >&2; exit 2; }

work=$(mktemp -d)
chmod 755 "$work"
site_pid=""
# shellcheck source=scripts/test-postgres.sh
source scripts/test-postgres.sh
cleanup() {
    [ -n "$site_pid" ] && kill "$site_pid" 2>/dev/null
    [ -n "${own_pg:-}" ] && stop_test_postgres
    rm -rf "$work"
}
trap cleanup EXIT
if [ -z "${YUTANG_TEST_PG_URL:-}" ]; then
    own_pg=1
    start_test_postgres "$work/pg"
fi
export PGPASSWORD=$YUTANG_TEST_PG_PASSWORD BENCH_TOKEN=bench-token
fresh_pg() { # name -> URL of a new empty database
    psql -q "$YUTANG_TEST_PG_URL" -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1" >/dev/null
    echo "${YUTANG_TEST_PG_URL%/*}/$1"
}

"$bin/yutang-site" --seed 42 --days 90 --end-date 2026-11-20 --scale "$scale" --page-cache-mb 8000 \
    --token "$BENCH_TOKEN" > "$work/site.out" 2> "$work/site.err" &
site_pid=$!
for _ in $(seq 600); do grep -q listening "$work/site.out" 2>/dev/null && break; sleep 0.1; done
site=$(sed -n 's/^listening //p' "$work/site.out")
[ -n "$site" ] || { cat "$work/site.err" >&2; exit 1; }

now() { date +%s.%N; }
timed() { # command... -> seconds
    local t0 t1
    t0=$(now)
    "$@" >/dev/null
    t1=$(now)
    echo "$t1 - $t0" | bc -l | xargs printf '%.2f'
}
sync_into() { "$bin/yutang-cli" sync --site "$site" --db "$1" --token-env BENCH_TOKEN --quiet; }
count_sql="SELECT (SELECT COUNT(*) FROM products)+(SELECT COUNT(*) FROM customers)+(SELECT COUNT(*) FROM orders)+(SELECT COUNT(*) FROM sessions)+(SELECT COUNT(*) FROM events)+(SELECT COUNT(*) FROM commissions)"

echo "== Yutang team-mode benchmark: scale $scale (seed 42, 90 days), $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg), $(date -u +%F)"
echo "   binaries: $bin; PostgreSQL $(psql -At "$YUTANG_TEST_PG_URL" -c 'SHOW server_version'), fsync=$(psql -At "$YUTANG_TEST_PG_URL" -c 'SHOW fsync')"
timed sync_into "$work/warm.sqlite" >/dev/null
rm -f "$work"/warm.sqlite*

sqlite_s=$(timed sync_into "$work/shop.sqlite")
records=$(sqlite3 "$work/shop.sqlite" "$count_sql")
pg_url=$(fresh_pg bench_team_sync)
pg_s=$(timed sync_into "$pg_url")
pg_records=$(psql -At "$pg_url" -c "$count_sql")
copy_url=$(fresh_pg bench_team_copy)
copy_s=$(timed "$bin/yutang-cli" migrate --from "sqlite:$work/shop.sqlite" --to "$copy_url")
copied=$(psql -At "$copy_url" -c "$count_sql")

rate() { echo "$1 / $2" | bc -l | xargs printf '%.0f'; }
echo "records: $records in SQLite, $pg_records in PostgreSQL (site collections)"
printf '  %-34s %9s %14s %10s\n' "" "seconds" "records/s" "vs SQLite"
printf '  %-34s %9s %14s %10s\n' "full sync into SQLite (file)" "$sqlite_s" "$(rate "$records" "$sqlite_s")" "1.00"
printf '  %-34s %9s %14s %10s\n' "full sync into PostgreSQL" "$pg_s" "$(rate "$pg_records" "$pg_s")" "$(echo "$pg_s / $sqlite_s" | bc -l | xargs printf '%.2f')"
printf '  %-34s %9s %14s %10s\n' "migrate SQLite -> PostgreSQL" "$copy_s" "$(rate "$copied" "$copy_s")" "$(echo "$copy_s / $sqlite_s" | bc -l | xargs printf '%.2f')"
[ "$records" = "$pg_records" ] && [ "$records" = "$copied" ] || { echo "record counts differ" >&2; exit 1; }
