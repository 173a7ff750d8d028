# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: OpsDeck contributors
#
# Helpers shared by the test rig scripts (sourced, not executed).
#
# Every server the rig starts carries OPSDECK_RIG_OWNER=<rig dir>/<server> in
# its environment, and its command line names files in <rig dir>/<server>/.
# Stopping a server means ending every process found either way, plus their
# descendants (see rig_marked_pids), so leftovers of an earlier run are found
# as well, and a rig never touches the servers of another build directory.
# The globals set here (RIG_WORK, RIG_SPAWNED_PID, ...) are read by the
# scripts that source this file.
# shellcheck shell=bash disable=SC2034

RIG_START_TIMEOUT=${OPSDECK_RIG_START_TIMEOUT:-30}
RIG_START_ATTEMPTS=3

rig_info() {
    printf 'rig: %s\n' "$*"
}

rig_die() {
    printf 'rig: error: %s\n' "$*" >&2
    exit 1
}

# rig_fail_log MESSAGE LOGFILE...: reports MESSAGE with the tail of each log, exits 1.
rig_fail_log() {
    local message=$1 log
    shift
    printf 'rig: error: %s\n' "$message" >&2
    for log in "$@"; do
        if [[ -s $log ]]; then
            printf 'rig: last lines of %s:\n' "$log" >&2
            tail -n 40 "$log" | sed 's/^/    /' >&2
        else
            printf 'rig: (log %s is empty or missing)\n' "$log" >&2
        fi
    done
    exit 1
}

# rig_parse_args ACTION RIG_DIR: sets RIG_ACTION and RIG_DIR.
rig_parse_args() {
    if (($# != 2)); then
        rig_die "usage: $(basename "$0") start|stop|selftest RIG_DIR"
    fi
    RIG_ACTION=$1
    RIG_DIR=$2
    case $RIG_ACTION in
        start | stop | selftest) ;;
        *) rig_die "unknown action '$RIG_ACTION' (expected start, stop or selftest)" ;;
    esac
    if [[ $RIG_DIR =~ [[:space:]] ]]; then
        rig_die "the rig folder '$RIG_DIR' contains white space; server command lines cannot carry it"
    fi
    mkdir -p "$RIG_DIR"
    RIG_DIR=$(cd "$RIG_DIR" && pwd -P)
}

# rig_find_bin NAME: prints the path of a program, also looking in the sbin
# folders that are not on an unprivileged user's PATH.
rig_find_bin() {
    local name=$1 dir
    if command -v "$name" >/dev/null 2>&1; then
        command -v "$name"
        return 0
    fi
    for dir in /usr/local/sbin /usr/sbin /sbin; do
        if [[ -x $dir/$name ]]; then
            printf '%s\n' "$dir/$name"
            return 0
        fi
    done
    return 1
}

# rig_require_bin VAR NAME [PACKAGE]: stores the path of NAME in VAR or fails.
rig_require_bin() {
    local -n rig_require_result=$1
    local path
    if ! path=$(rig_find_bin "$2"); then
        rig_die "'$2' was not found on PATH or in the sbin folders${3:+ (Debian package: $3)}"
    fi
    rig_require_result=$path
}

# rig_free_port tcp|udp: prints a port that is free on 127.0.0.1. Ports come
# from below the kernel's ephemeral range so that outgoing connections of
# other processes do not grab them between this check and the server's bind.
rig_free_port() {
    python3 - "$1" <<'EOF'
import random
import socket
import sys

kind = socket.SOCK_STREAM if sys.argv[1] == "tcp" else socket.SOCK_DGRAM
for _ in range(500):
    port = random.randint(20000, 32000)
    with socket.socket(socket.AF_INET, kind) as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            continue
    print(port)
    sys.exit(0)
sys.exit("no free port found")
EOF
}

# rig_pid_running PID: true while PID exists and is not a zombie.
rig_pid_running() {
    local stat
    stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
    stat=${stat##*) }
    [[ -n $stat && ${stat%% *} != Z ]]
}

# rig_marked_pids MARK: prints the live processes that belong to the server
# whose work folder is MARK: those started with OPSDECK_RIG_OWNER=MARK, those
# whose command line names a file in MARK (servers that rewrite their process
# title lose the environment marker), and all their descendants.
rig_marked_pids() {
    local want="OPSDECK_RIG_OWNER=$1" dir pid stat state ppid entry pattern changed
    local -a vars args patterns=("$1/")
    local -A parent=() owned=()
    if [[ -L $1 ]]; then
        patterns+=("$(readlink -f "$1")/")
    fi
    for dir in /proc/[0-9]*; do
        pid=${dir#/proc/}
        [[ $pid == "$$" || $pid == "$BASHPID" ]] && continue
        { read -r stat <"$dir/stat"; } 2>/dev/null || continue
        stat=${stat##*) }
        state=${stat%% *}
        stat=${stat#* }
        ppid=${stat%% *}
        [[ $state == Z ]] && continue
        parent[$pid]=$ppid
        if { mapfile -d '' -t vars <"$dir/environ"; } 2>/dev/null; then
            for entry in "${vars[@]}"; do
                if [[ $entry == "$want" ]]; then
                    owned[$pid]=1
                    break
                fi
            done
        fi
        [[ -n ${owned[$pid]:-} ]] && continue
        { mapfile -d '' -t args <"$dir/cmdline"; } 2>/dev/null || continue
        for pattern in "${patterns[@]}"; do
            if [[ "${args[*]}" == *"$pattern"* ]]; then
                owned[$pid]=1
                break
            fi
        done
    done
    changed=1
    while ((changed)); do
        changed=0
        for pid in "${!parent[@]}"; do
            if [[ -z ${owned[$pid]:-} && -n ${owned[${parent[$pid]}]:-} ]]; then
                owned[$pid]=1
                changed=1
            fi
        done
    done
    for pid in "${!owned[@]}"; do
        printf '%s\n' "$pid"
    done
}

# rig_wait_marked_gone MARK TENTHS: waits until no marked process is left.
rig_wait_marked_gone() {
    local mark=$1 tenths=$2 i
    for ((i = 0; i < tenths; i++)); do
        [[ -z $(rig_marked_pids "$mark") ]] && return 0
        sleep 0.1
    done
    [[ -z $(rig_marked_pids "$mark") ]]
}

# rig_kill_marked MARK: ends every process carrying MARK (TERM, then KILL) and
# fails when one survives.
rig_kill_marked() {
    local mark=$1
    local -a pids
    mapfile -t pids < <(rig_marked_pids "$mark")
    ((${#pids[@]} == 0)) && return 0
    rig_info "stopping process(es) ${pids[*]}"
    kill -TERM "${pids[@]}" 2>/dev/null || true
    rig_wait_marked_gone "$mark" 100 && return 0
    mapfile -t pids < <(rig_marked_pids "$mark")
    rig_info "process(es) ${pids[*]} ignored SIGTERM; sending SIGKILL"
    kill -KILL "${pids[@]}" 2>/dev/null || true
    rig_wait_marked_gone "$mark" 50 && return 0
    mapfile -t pids < <(rig_marked_pids "$mark")
    rig_die "process(es) ${pids[*]} are still running after SIGKILL"
}

# rig_spawn MARK LOG COMMAND...: starts COMMAND in its own session (so CTest
# neither waits for it nor kills it with the setup test), stdin from /dev/null,
# output appended to LOG, marked with MARK. Sets RIG_SPAWNED_PID.
rig_spawn() {
    local mark=$1 log=$2
    shift 2
    OPSDECK_RIG_OWNER=$mark setsid "$@" </dev/null >>"$log" 2>&1 &
    RIG_SPAWNED_PID=$!
}

# rig_wait_ready PID TIMEOUT COMMAND...: polls COMMAND until it succeeds.
# Returns 0 when ready, 1 when PID ended first, 2 on timeout.
rig_wait_ready() {
    local pid=$1 timeout=$2
    shift 2
    local deadline=$((SECONDS + timeout))
    while :; do
        if "$@" >/dev/null 2>&1; then
            return 0
        fi
        if ! rig_pid_running "$pid"; then
            return 1
        fi
        if ((SECONDS >= deadline)); then
            return 2
        fi
        sleep 0.1
    done
}

# rig_as USER COMMAND...: runs COMMAND as USER (root only) or as is.
rig_as() {
    local user=$1
    shift
    if [[ $user == "$(id -un)" ]]; then
        "$@"
    else
        runuser -u "$user" -- "$@"
    fi
}

# rig_remove_workdir NAME: removes <rig>/NAME, or the folder it links to.
rig_remove_workdir() {
    local link="$RIG_DIR/$1" target
    if [[ -L $link ]]; then
        target=$(readlink "$link")
        if [[ $target == /tmp/opsdeck-rig-* ]]; then
            rm -rf -- "$target"
        fi
        rm -f -- "$link"
    elif [[ -e $link ]]; then
        rm -rf -- "$link"
    fi
}

# rig_make_workdir NAME [OWNER]: creates an empty <rig>/NAME and sets
# RIG_WORK to its real path. With OWNER (used as root for servers that drop
# privileges) the folder belongs to OWNER; when OWNER cannot reach the build
# tree (e.g. a build under /root), the folder is made under /tmp and
# <rig>/NAME links to it.
rig_make_workdir() {
    local name=$1 owner=${2:-}
    local link="$RIG_DIR/$name" tmp
    rig_remove_workdir "$name"
    mkdir -p "$link"
    if [[ -n $owner && $owner != "$(id -un)" ]]; then
        chmod 755 "$link"
        chown "$owner:" "$link"
        if ! runuser -u "$owner" -- test -w "$link" 2>/dev/null; then
            rmdir "$link"
            tmp=$(mktemp -d "/tmp/opsdeck-rig-$name.XXXXXX")
            chmod 755 "$tmp"
            chown "$owner:" "$tmp"
            ln -s "$tmp" "$link"
            rig_info "user '$owner' cannot reach $RIG_DIR; using $tmp"
        fi
    fi
    RIG_WORK=$(readlink -f "$link")
}

# rig_keep_log NAME FILE: keeps a copy of a server log as <rig>/NAME.last.log.
rig_keep_log() {
    if [[ -f $2 ]]; then
        cp -f "$2" "$RIG_DIR/$1.last.log" 2>/dev/null || true
    fi
}

# rig_write_env FILE KEY=VALUE...: writes the contract file atomically.
rig_write_env() {
    local file=$1
    shift
    printf '%s\n' "$@" >"$file.tmp.$$"
    mv -f "$file.tmp.$$" "$file"
    rig_info "wrote $file"
    sed 's/^/    /' "$file"
}

# rig_read_env FILE: loads the KEY=VALUE lines of FILE into the associative
# array RIG_ENV (values are the raw rest of the line, never quoted).
declare -gA RIG_ENV=()
rig_read_env() {
    local line
    if [[ ! -r $1 ]]; then
        rig_die "$1 is missing: the fixture's start test did not run or failed"
    fi
    RIG_ENV=()
    while IFS= read -r line; do
        [[ -z $line || $line == \#* || $line != *=* ]] && continue
        RIG_ENV[${line%%=*}]=${line#*=}
    done <"$1"
}

# rig_env KEY: prints a value loaded by rig_read_env, failing when it is absent.
rig_env() {
    if [[ -z ${RIG_ENV[$1]+set} ]]; then
        rig_die "key $1 is missing from the fixture's .env file"
    fi
    printf '%s\n' "${RIG_ENV[$1]}"
}

# rig_check DESCRIPTION COMMAND...: runs a self-test step and reports it.
rig_check() {
    local description=$1
    shift
    if "$@"; then
        rig_info "ok: $description"
    else
        rig_die "FAILED: $description"
    fi
}

# rig_expect_contains DESCRIPTION TEXT NEEDLE: checks that TEXT contains NEEDLE.
rig_expect_contains() {
    if [[ $2 == *"$3"* ]]; then
        rig_info "ok: $1"
    else
        printf 'rig: output was:\n%s\n' "$2" | sed 's/^/    /' >&2
        rig_die "FAILED: $1 (expected to find '$3')"
    fi
}

# rig_expect_equals DESCRIPTION TEXT EXPECTED: checks that TEXT is EXPECTED.
rig_expect_equals() {
    if [[ $2 == "$3" ]]; then
        rig_info "ok: $1"
    else
        printf 'rig: output was:\n%s\n' "$2" | sed 's/^/    /' >&2
        rig_die "FAILED: $1 (expected '$3')"
    fi
}
