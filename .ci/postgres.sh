# Start/stop a throw-away PostgreSQL cluster on 127.0.0.1 and export
# HALLDESK_TEST_PG_URL. Sourced by .ci/run; usable by hand:
#   source .ci/postgres.sh && start_postgres
PG_PORT="${PG_PORT:-54329}"

start_postgres() {
    local bindir
    bindir="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
    PG_DIR="$(mktemp -d /tmp/halldesk-pg.XXXXXX)"
    export PG_DIR PG_BINDIR="$bindir"
    local run_as=()
    if [ "$(id -u)" = "0" ]; then
        # PostgreSQL refuses to run as root: use the packaged postgres user.
        id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
        chown postgres "$PG_DIR"
        run_as=(runuser -u postgres --)
    fi
    "${run_as[@]}" "$bindir/initdb" -D "$PG_DIR/data" -A trust -U halldesk -E UTF8 \
        --locale=C >/dev/null
    "${run_as[@]}" "$bindir/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w start \
        -o "-h 127.0.0.1 -p $PG_PORT -k $PG_DIR -F -c fsync=off" >/dev/null
    export HALLDESK_TEST_PG_URL="postgresql+psycopg://halldesk@127.0.0.1:$PG_PORT/postgres"
    echo "PostgreSQL started: $HALLDESK_TEST_PG_URL"
}

stop_postgres() {
    if [ -n "${PG_DIR:-}" ] && [ -d "$PG_DIR/data" ]; then
        local run_as=()
        [ "$(id -u)" = "0" ] && run_as=(runuser -u postgres --)
        "${run_as[@]}" "$PG_BINDIR/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null || true
        rm -rf "$PG_DIR"
    fi
}
