#!/usr/bin/env bash
# `make test`: the whole suite on both databases, then ruff, mypy and the import
# contracts. When HALLDESK_TEST_PG_URL names no server and PostgreSQL's server binaries
# are installed, a throw-away cluster is started on a free loopback port for the run
# (.ci/postgres.sh); when they are not, the PostgreSQL tests are skipped and the last
# line says so, with the command that installs them.
set -uo pipefail
cd "$(dirname "$0")/.."
PY="${PY:-.venv/bin/python}"

pg_note=""
if [ -z "${HALLDESK_TEST_PG_URL:-}" ]; then
    if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
        # shellcheck source=/dev/null
        source .ci/postgres.sh
        PG_PORT="$("$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
        export PG_PORT
        if start_postgres; then
            trap stop_postgres EXIT
        else
            pg_note="PostgreSQL could not be started (see above): its tests were SKIPPED."
        fi
    else
        pg_note="PostgreSQL's server is not installed: the PostgreSQL tests were SKIPPED. Install it with: sudo apt install postgresql   (then run make test again)"
    fi
fi

status=0
QT_QPA_PLATFORM=offscreen "$PY" -m pytest -q --durations=15 "$@" || status=$?
"$PY" -m ruff check . || status=$?
"$PY" -m mypy || status=$?
"$(dirname "$PY")/lint-imports" --no-cache || status=$?

if [ -n "$pg_note" ]; then
    echo
    echo "!!! $pg_note"
fi
exit "$status"
