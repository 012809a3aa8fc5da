# Sourced by test.sh: a throwaway PostgreSQL server on a free loopback port for the team-mode tests.
# Exports YUTANG_TEST_PG_URL (postgresql://yt@127.0.0.1:PORT/yt) and YUTANG_TEST_PG_PASSWORD.

start_test_postgres() {
    local dir=$1
    PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    if [ -z "$PGBIN" ]; then
        echo "PostgreSQL is not installed; team-mode tests will be skipped" >&2
        return 0
    fi
    PGPORT_TEST=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo 55432)
    PGDIR_TEST=$dir
    mkdir -p "$dir"
    local as=()
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres: "$dir"
        as=(runuser -u postgres --)
    fi
    "${as[@]}" "$PGBIN/initdb" -D "$dir/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
        -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
    "${as[@]}" "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
        -o "-p $PGPORT_TEST -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
    "${as[@]}" psql -q -h "$dir" -p "$PGPORT_TEST" -U postgres \
        -c "CREATE ROLE yt LOGIN PASSWORD 'yt-test' CREATEDB" -c "CREATE DATABASE yt OWNER yt" >/dev/null
    export YUTANG_TEST_PG_URL="postgresql://yt@127.0.0.1:$PGPORT_TEST/yt"
    export YUTANG_TEST_PG_PASSWORD="yt-test"
    PG_AS=("${as[@]}")
}

stop_test_postgres() {
    if [ -n "${PGDIR_TEST:-}" ] && [ -n "${PGBIN:-}" ]; then
        "${PG_AS[@]}" "$PGBIN/pg_ctl" -D "$PGDIR_TEST/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
}
