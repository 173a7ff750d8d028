#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: OpsDeck contributors
#
# Test rig: a throw-away PostgreSQL cluster on 127.0.0.1 with trust
# authentication and the database opsdeck_test.
# Usage: postgres.sh start|stop|selftest RIG_DIR
# Writes RIG_DIR/postgres.env: PGHOST PGPORT PGUSER PGDATABASE
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

rig_parse_args "$@"
readonly NAME=postgres
readonly MARK="$RIG_DIR/$NAME"
readonly ENV_FILE="$RIG_DIR/$NAME.env"
readonly DATABASE=opsdeck_test
readonly SUPERUSER=postgres

# The Unix user owning the cluster: initdb refuses to run as root.
server_user() {
    if ((EUID == 0)); then
        printf 'postgres\n'
    else
        id -un
    fi
}

# Prints the folder with initdb, pg_ctl and postgres: from PATH when initdb is
# there, else the newest /usr/lib/postgresql/<version>/bin.
find_bindir() {
    local initdb dir
    if [[ -n ${OPSDECK_RIG_PG_BINDIR:-} ]]; then
        printf '%s\n' "$OPSDECK_RIG_PG_BINDIR"
        return 0
    fi
    if initdb=$(command -v initdb 2>/dev/null); then
        dirname "$(readlink -f "$initdb")"
        return 0
    fi
    dir=$(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
    if [[ -x $dir/initdb ]]; then
        printf '%s\n' "$dir"
        return 0
    fi
    rig_die "initdb was found neither on PATH nor under /usr/lib/postgresql/<version>/bin (Debian package: postgresql)"
}

psql_bin() {
    local bindir=$1
    if [[ -x $bindir/psql ]]; then
        printf '%s\n' "$bindir/psql"
    else
        rig_find_bin psql || rig_die "psql not found (Debian package: postgresql-client)"
    fi
}

stop_server() {
    local data="$RIG_DIR/$NAME/data" bindir
    rm -f "$ENV_FILE"
    if [[ -f $data/postmaster.pid ]] && bindir=$(find_bindir 2>/dev/null); then
        data=$(readlink -f "$data")
        (cd / && rig_as "$(stat -c %U "$data")" "$bindir/pg_ctl" -D "$data" -m fast -w -t 20 stop) \
            >/dev/null 2>&1 || true
    fi
    rig_kill_marked "$MARK"
    rig_keep_log "$NAME" "$RIG_DIR/$NAME/server.log"
    rig_remove_workdir "$NAME"
}

start_server() {
    local bindir user work port attempt psql options
    stop_server
    bindir=$(find_bindir)
    psql=$(psql_bin "$bindir")
    user=$(server_user)
    rig_make_workdir "$NAME" "$user"
    work=$RIG_WORK
    cd "$work"
    rig_info "PostgreSQL from $bindir, cluster owned by '$user' in $work"

    if ! rig_as "$user" "$bindir/initdb" -D "$work/data" -A trust -U "$SUPERUSER" -E UTF8 \
        --no-locale --no-sync >"$work/initdb.log" 2>&1; then
        rig_fail_log "initdb failed" "$work/initdb.log"
    fi
    rig_as "$user" mkdir -p "$work/socket"

    for ((attempt = 1; attempt <= RIG_START_ATTEMPTS; attempt++)); do
        port=$(rig_free_port tcp)
        options="-p $port -k $work/socket -c listen_addresses=127.0.0.1 -c fsync=off"
        options+=" -c synchronous_commit=off -c full_page_writes=off"
        if rig_as "$user" env OPSDECK_RIG_OWNER="$MARK" setsid "$bindir/pg_ctl" -D "$work/data" \
            -l "$work/server.log" -o "$options" -w -t "$RIG_START_TIMEOUT" start \
            </dev/null >>"$work/pg_ctl.log" 2>&1; then
            break
        fi
        rig_info "PostgreSQL did not start on port $port (attempt $attempt)"
        rig_kill_marked "$MARK"
        if ((attempt == RIG_START_ATTEMPTS)); then
            rig_fail_log "PostgreSQL did not start" "$work/pg_ctl.log" "$work/server.log"
        fi
    done

    if ! "$psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U "$SUPERUSER" -d postgres \
        -c "CREATE DATABASE $DATABASE" >>"$work/pg_ctl.log" 2>&1; then
        rig_fail_log "could not create the database $DATABASE" "$work/pg_ctl.log" "$work/server.log"
    fi

    rig_write_env "$ENV_FILE" \
        "PGHOST=127.0.0.1" \
        "PGPORT=$port" \
        "PGUSER=$SUPERUSER" \
        "PGDATABASE=$DATABASE"
}

selftest() {
    local psql out
    rig_read_env "$ENV_FILE"
    psql=$(psql_bin "$(find_bindir)")
    PGHOST=$(rig_env PGHOST)
    PGPORT=$(rig_env PGPORT)
    PGUSER=$(rig_env PGUSER)
    PGDATABASE=$(rig_env PGDATABASE)
    export PGHOST PGPORT PGUSER PGDATABASE
    export PGCONNECT_TIMEOUT=10 PGOPTIONS="-c client_min_messages=warning"

    out=$("$psql" -X -A -t -v ON_ERROR_STOP=1 -c 'SELECT 1') || rig_die "FAILED: psql SELECT 1"
    rig_expect_equals "SELECT 1 over TCP on $PGHOST:$PGPORT" "$out" "1"

    out=$("$psql" -X -A -t -v ON_ERROR_STOP=1 -c 'SELECT current_database()')
    rig_expect_equals "connected to the database $DATABASE" "$out" "$DATABASE"

    out=$("$psql" -X -q -A -t -v ON_ERROR_STOP=1 <<'EOF'
DROP TABLE IF EXISTS rig_selftest;
CREATE TABLE rig_selftest (id integer PRIMARY KEY, name text NOT NULL);
INSERT INTO rig_selftest VALUES (1, 'core-sw-01'), (2, 'edge-rtr-02');
SELECT name FROM rig_selftest WHERE id = 2;
DROP TABLE rig_selftest;
EOF
    ) || rig_die "FAILED: create/insert/select"
    rig_expect_equals "create, insert and select a row" "$out" "edge-rtr-02"

    if "$psql" -X -q -v ON_ERROR_STOP=1 -c 'SELECT * FROM rig_no_such_table' >/dev/null 2>&1; then
        rig_die "FAILED: a query on a missing table succeeded"
    fi
    rig_info "ok: a bad query fails"
}

case $RIG_ACTION in
    start) start_server ;;
    stop) stop_server ;;
    selftest) selftest ;;
esac
