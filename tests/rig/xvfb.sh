#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: OpsDeck contributors
#
# Test rig: an Xvfb X server (1600x1000, 24 bit) on a free display number,
# local connections only.
# Usage: xvfb.sh start|stop|selftest RIG_DIR
# Writes RIG_DIR/xvfb.env: DISPLAY
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

rig_parse_args "$@"
readonly NAME=xvfb
readonly MARK="$RIG_DIR/$NAME"
readonly ENV_FILE="$RIG_DIR/$NAME.env"
readonly GEOMETRY=1600x1000
readonly DEPTH=24

# display_number FILE: prints the number Xvfb wrote to FILE once complete.
display_number() {
    local line
    [[ -s $1 ]] || return 1
    read -r line <"$1" || return 1
    [[ $line =~ ^[0-9]+$ ]] || return 1
    printf '%s\n' "$line"
}

display_answers() {
    xdpyinfo -display "$1" >/dev/null 2>&1
}

stop_server() {
    rm -f "$ENV_FILE"
    rig_kill_marked "$MARK"
    rig_keep_log "$NAME" "$RIG_DIR/$NAME/xvfb.log"
    rig_remove_workdir "$NAME"
}

start_server() {
    local xvfb work number status attempt
    stop_server
    rig_require_bin xvfb Xvfb xvfb
    rig_find_bin xdpyinfo >/dev/null || rig_die "xdpyinfo not found (Debian package: x11-utils)"
    rig_make_workdir "$NAME"
    work=$RIG_WORK

    for ((attempt = 1; attempt <= RIG_START_ATTEMPTS; attempt++)); do
        # -displayfd lets Xvfb pick the first free display itself and report it.
        : >"$work/display"
        rig_spawn "$MARK" "$work/xvfb.log" \
            "$xvfb" -displayfd 3 -screen 0 "${GEOMETRY}x$DEPTH" -nolisten tcp -noreset 3>"$work/display"
        status=0
        rig_wait_ready "$RIG_SPAWNED_PID" "$RIG_START_TIMEOUT" display_number "$work/display" || status=$?
        if ((status == 0)); then
            number=$(display_number "$work/display")
            rig_wait_ready "$RIG_SPAWNED_PID" "$RIG_START_TIMEOUT" display_answers ":$number" || status=$?
        fi
        if ((status == 0)); then
            break
        fi
        rig_kill_marked "$MARK"
        if ((status == 2)); then
            rig_fail_log "Xvfb did not answer within ${RIG_START_TIMEOUT}s" "$work/xvfb.log"
        fi
        rig_info "Xvfb exited (attempt $attempt)"
        if ((attempt == RIG_START_ATTEMPTS)); then
            rig_fail_log "Xvfb did not start" "$work/xvfb.log"
        fi
    done
    rig_info "Xvfb (pid $RIG_SPAWNED_PID) serves display :$number"

    rig_write_env "$ENV_FILE" "DISPLAY=:$number"
}

selftest() {
    local display out unused
    rig_read_env "$ENV_FILE"
    display=$(rig_env DISPLAY)
    out=$(xdpyinfo -display "$display" 2>&1) || rig_die "FAILED: xdpyinfo -display $display: $out"
    rig_expect_contains "xdpyinfo reaches $display" "$out" "name of display:    $display"
    rig_expect_contains "the screen is ${GEOMETRY}" "$out" "dimensions:    ${GEOMETRY} pixels"
    rig_expect_contains "the root window has depth $DEPTH" "$out" "depth of root window:    $DEPTH planes"
    unused=500
    while [[ -e /tmp/.X11-unix/X$unused || -e /tmp/.X$unused-lock ]]; do
        unused=$((unused + 1))
    done
    if out=$(xdpyinfo -display ":$unused" 2>&1); then
        rig_die "FAILED: xdpyinfo succeeded on the unused display :$unused"
    fi
    rig_info "ok: the unused display :$unused is refused"
}

case $RIG_ACTION in
    start) start_server ;;
    stop) stop_server ;;
    selftest) selftest ;;
esac
