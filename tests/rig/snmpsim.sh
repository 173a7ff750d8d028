#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: OpsDeck contributors
#
# Test rig: snmpsimd serving the recorded devices of
# $OPSDECK_SHARED_DIR/fixtures/snmprec on 127.0.0.1. The v2c community, and
# the v3 context, is a file's base name (e.g. cisco-c3560).
# Usage: snmpsim.sh start|stop|selftest RIG_DIR
# Writes RIG_DIR/snmpsim.env: SNMPSIM_HOST SNMPSIM_PORT SNMPSIM_DATA_DIR
# SNMPSIM_V3_USER SNMPSIM_V3_AUTH_KEY SNMPSIM_V3_PRIV_KEY, and also
# SNMPSIM_V3_AUTH_PROTO=SHA SNMPSIM_V3_PRIV_PROTO=AES
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

rig_parse_args "$@"
readonly NAME=snmpsim
readonly MARK="$RIG_DIR/$NAME"
readonly ENV_FILE="$RIG_DIR/$NAME.env"
readonly V3_USER=opsdeck-sim
readonly V3_AUTH_KEY=opsdeck-sim-auth
readonly V3_PRIV_KEY=opsdeck-sim-priv
# A value known from one recording: sysName.0 of cisco-c3560.snmprec.
readonly PROBE_COMMUNITY=cisco-c3560
readonly PROBE_OID=1.3.6.1.2.1.1.5.0
readonly PROBE_VALUE='"DUMSYS-04"'
# Recorded simulators answer slowly on their first request (index building).
readonly SNMPSIM_START_TIMEOUT=$((RIG_START_TIMEOUT * 2))

data_dir() {
    [[ -n ${OPSDECK_SHARED_DIR:-} ]] || rig_die "OPSDECK_SHARED_DIR is not set"
    local dir="$OPSDECK_SHARED_DIR/fixtures/snmprec"
    [[ -f $dir/$PROBE_COMMUNITY.snmprec ]] || rig_die "$dir/$PROBE_COMMUNITY.snmprec is missing"
    printf '%s\n' "$dir"
}

# snmp_v2c HOST PORT COMMUNITY OID
snmp_v2c() {
    MIBS='' snmpget -m '' -v2c -c "$3" -r 0 -t 2 -Oqv "udp:$1:$2" "$4"
}

# snmp_v3 HOST PORT CONTEXT AUTHKEY OID
snmp_v3() {
    MIBS='' snmpget -m '' -v3 -l authPriv -u "$V3_USER" -a SHA -A "$4" -x AES -X "$V3_PRIV_KEY" \
        -n "$3" -r 0 -t 3 -Oqv "udp:$1:$2" "$5"
}

stop_server() {
    rm -f "$ENV_FILE"
    rig_kill_marked "$MARK"
    rig_keep_log "$NAME" "$RIG_DIR/$NAME/snmpsim.log"
    rig_remove_workdir "$NAME"
}

start_server() {
    local snmpsimd data work port attempt status
    local -a privileges=()
    stop_server
    rig_require_bin snmpsimd snmpsimd snmpsim
    rig_find_bin snmpget >/dev/null || rig_die "snmpget not found (Debian package: snmp)"
    data=$(data_dir)

    if ((EUID == 0)); then
        # snmpsimd refuses to keep root privileges.
        privileges=(--process-user=nobody --process-group=nogroup)
        rig_make_workdir "$NAME" nobody
    else
        rig_make_workdir "$NAME"
    fi
    work=$RIG_WORK
    if ((EUID == 0)); then
        runuser -u nobody -- mkdir "$work/cache"
    else
        mkdir "$work/cache"
    fi

    for ((attempt = 1; attempt <= RIG_START_ATTEMPTS; attempt++)); do
        port=$(rig_free_port udp)
        HOME="$work" rig_spawn "$MARK" "$work/snmpsim.log" \
            "$snmpsimd" "${privileges[@]}" --data-dir="$data" --cache-dir="$work/cache" \
            --agent-udpv4-endpoint="127.0.0.1:$port" --logging-method=stderr \
            --v3-user="$V3_USER" --v3-auth-key="$V3_AUTH_KEY" --v3-auth-proto=SHA \
            --v3-priv-key="$V3_PRIV_KEY" --v3-priv-proto=AES
        status=0
        rig_wait_ready "$RIG_SPAWNED_PID" "$SNMPSIM_START_TIMEOUT" \
            snmp_v2c 127.0.0.1 "$port" "$PROBE_COMMUNITY" "$PROBE_OID" || status=$?
        if ((status == 0)); then
            break
        fi
        rig_kill_marked "$MARK"
        if ((status == 2)); then
            rig_fail_log "snmpsimd did not answer on 127.0.0.1:$port within ${SNMPSIM_START_TIMEOUT}s" \
                "$work/snmpsim.log"
        fi
        rig_info "snmpsimd exited on port $port (attempt $attempt)"
        if ((attempt == RIG_START_ATTEMPTS)); then
            rig_fail_log "snmpsimd did not start" "$work/snmpsim.log"
        fi
    done
    rig_info "snmpsimd (pid $RIG_SPAWNED_PID) serves $data on UDP 127.0.0.1:$port"

    rig_write_env "$ENV_FILE" \
        "SNMPSIM_HOST=127.0.0.1" \
        "SNMPSIM_PORT=$port" \
        "SNMPSIM_DATA_DIR=$data" \
        "SNMPSIM_V3_USER=$V3_USER" \
        "SNMPSIM_V3_AUTH_KEY=$V3_AUTH_KEY" \
        "SNMPSIM_V3_PRIV_KEY=$V3_PRIV_KEY" \
        "SNMPSIM_V3_AUTH_PROTO=SHA" \
        "SNMPSIM_V3_PRIV_PROTO=AES"
}

selftest() {
    local host port out
    rig_read_env "$ENV_FILE"
    host=$(rig_env SNMPSIM_HOST)
    port=$(rig_env SNMPSIM_PORT)
    [[ -f $(rig_env SNMPSIM_DATA_DIR)/$PROBE_COMMUNITY.snmprec ]] ||
        rig_die "FAILED: SNMPSIM_DATA_DIR does not hold $PROBE_COMMUNITY.snmprec"

    out=$(snmp_v2c "$host" "$port" "$PROBE_COMMUNITY" "$PROBE_OID" 2>&1) ||
        rig_die "FAILED: v2c GET with community $PROBE_COMMUNITY: $out"
    rig_expect_equals "v2c sysName.0 of $PROBE_COMMUNITY.snmprec" "$out" "$PROBE_VALUE"

    out=$(snmp_v2c "$host" "$port" paloalto-pa-5000 "$PROBE_OID" 2>&1) ||
        rig_die "FAILED: v2c GET with community paloalto-pa-5000: $out"
    rig_expect_equals "v2c sysName.0 of paloalto-pa-5000.snmprec" "$out" '"DUMSYS-10"'

    out=$(snmp_v3 "$host" "$port" "$PROBE_COMMUNITY" "$(rig_env SNMPSIM_V3_AUTH_KEY)" "$PROBE_OID" 2>&1) ||
        rig_die "FAILED: v3 authPriv GET in context $PROBE_COMMUNITY: $out"
    rig_expect_equals "v3 authPriv (SHA/AES) sysName.0 in context $PROBE_COMMUNITY" "$out" "$PROBE_VALUE"

    if out=$(snmp_v3 "$host" "$port" "$PROBE_COMMUNITY" wrong-key-12345 "$PROBE_OID" 2>&1); then
        rig_die "FAILED: a v3 request with a wrong auth key succeeded: $out"
    fi
    rig_info "ok: v3 request with a wrong auth key fails"
}

case $RIG_ACTION in
    start) start_server ;;
    stop) stop_server ;;
    selftest) selftest ;;
esac
