#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: OpsDeck contributors
#
# A small network device command line for the rig's sshd (its ForceCommand).
# The command comes from $SSH_ORIGINAL_COMMAND; without one, commands are read
# from stdin one per line, as in an interactive session.
#
#   show version              model, software version, hostname
#   show running-config       the current configuration
#   show startup-config       the configuration a reload returns to
#   show ip interface brief   interfaces with their addresses
#   configure                 config lines on stdin, applied to the running
#                             config ("hostname X" replaces the hostname,
#                             "no LINE" removes LINE, others are appended)
#   write memory              running config becomes the startup config
#   reload                    running config goes back to the startup config
#   terminal length 0         accepted, no effect
# Unknown commands or config lines print "% Invalid input ..." on stderr and
# exit with status 1. The state lives next to this script (state/), so every
# rig run starts from the same factory configuration.
set -euo pipefail

state_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/state"
running="$state_dir/running-config"
startup="$state_dir/startup-config"

invalid() {
    printf '%% Invalid input detected at %s\n' "'$1'" >&2
    return 1
}

factory_config() {
    cat <<'EOF'
!
version 4.2
service timestamps log datetime msec
hostname rig-sw01
!
username admin privilege 15 secret 5 $1$rig$0000000000000000000000
!
vlan 20
 name servers
!
interface GigabitEthernet0/1
 description uplink to core-01 Gi1/0/48
 switchport mode trunk
!
interface GigabitEthernet0/2
 description rack 12 server 03
 switchport access vlan 20
!
interface GigabitEthernet0/3
 shutdown
!
interface Vlan20
 ip address 192.0.2.10 255.255.255.0
!
ip default-gateway 192.0.2.1
snmp-server community public RO
ntp server 192.0.2.123
logging host 192.0.2.50
!
EOF
}

# The state folder is created by the rig; the first command of a run fills it.
init_state() {
    if [[ ! -f $running ]]; then
        factory_config >"$startup"
        cp "$startup" "$running"
    fi
}

current_hostname() {
    sed -n 's/^hostname //p' "$running" | head -n 1
}

show_version() {
    cat <<EOF
OpsDeck Virtual Switch Software (ODVS-48), Version 4.2.1, RELEASE SOFTWARE
Copyright (c) OpsDeck contributors
ROM: Bootstrap program is ODVS boot loader 1.0.3

$(current_hostname) uptime is 12 weeks, 3 days, 4 hours, 5 minutes
System image file is "flash:odvs-48-4.2.1.bin"

Model number                    : ODVS-48
System serial number            : ODV1234ABCD
Base ethernet MAC Address       : 02:00:5E:10:00:01
EOF
}

show_config() {
    local file=$1
    printf 'Building configuration...\n\nCurrent configuration : %d bytes\n' "$(wc -c <"$file")"
    cat "$file"
    printf 'end\n'
}

show_ip_interface_brief() {
    printf '%-24s %-16s %-6s %s\n' Interface IP-Address OK? Status
    awk '
        /^interface / { name = $2; address = "unassigned"; state = "up"; names[++n] = name }
        /^ ip address / && name != "" { address = $3 }
        /^ shutdown/ && name != "" { state = "administratively down" }
        /^!/ || /^[^ ]/ && !/^interface / {
            if (name != "") { addr[name] = address; status[name] = state; name = "" }
        }
        END {
            if (name != "") { addr[name] = address; status[name] = state }
            for (i = 1; i <= n; i++)
                printf "%-24s %-16s %-6s %s\n", names[i], addr[names[i]], "YES", status[names[i]]
        }' "$running"
}

# is_config_line LINE: accepts sub-mode lines (indented) and known top-level
# keywords.
is_config_line() {
    local line=$1
    [[ $line == " "* ]] && return 0
    case ${line%% *} in
        hostname | interface | ip | ipv6 | vlan | ntp | snmp-server | logging | username | banner | \
            router | spanning-tree | aaa | service | clock | no | description | switchport | shutdown)
            return 0
            ;;
    esac
    return 1
}

# apply_config: reads config lines from stdin and applies them all, or none.
apply_config() {
    local line next
    # One configuration session at a time, as a device's config lock does:
    # concurrent sessions would otherwise lose each other's lines.
    exec 9>"$state_dir/.config.lock"
    flock 9
    next=$(mktemp "$state_dir/.running.XXXXXX")
    cp "$running" "$next"
    while IFS= read -r line || [[ -n $line ]]; do
        line=${line%$'\r'}
        case $line in
            "" | "!"* | "configure terminal" | "configure" | "exit") continue ;;
            end) break ;;
        esac
        if ! is_config_line "$line"; then
            rm -f "$next"
            invalid "$line"
            return 1
        fi
        case $line in
            "hostname "*)
                awk -v name="${line#hostname }" \
                    '/^hostname / { print "hostname " name; next } { print }' "$next" >"$next.tmp"
                mv -f "$next.tmp" "$next"
                ;;
            "no "*)
                grep -vxF -- "${line#no }" "$next" >"$next.tmp" || true
                mv -f "$next.tmp" "$next"
                ;;
            *)
                printf '%s\n' "$line" >>"$next"
                ;;
        esac
    done
    mv -f "$next" "$running"
}

run_command() {
    local command
    command=$(printf '%s' "$1" | tr -s ' \t' '  ' | sed 's/^ //; s/ $//')
    case $command in
        "show version" | "sh ver") show_version ;;
        "show running-config" | "show run" | "sh run") show_config "$running" ;;
        "show startup-config" | "show start") show_config "$startup" ;;
        "show ip interface brief" | "show ip int brief" | "show ip int br" | "sh ip int br") show_ip_interface_brief ;;
        "configure" | "configure terminal" | "conf t") apply_config ;;
        "write memory" | "wr" | "copy running-config startup-config") cp -f "$running" "$startup" ;;
        "reload") cp -f "$startup" "$running" ;;
        "terminal length 0" | "") ;;
        *) invalid "$command" ;;
    esac
}

interactive() {
    local line status=0
    printf '%s# ' "$(current_hostname)"
    while IFS= read -r line; do
        line=${line%$'\r'}
        case $line in
            exit | logout | quit) return "$status" ;;
        esac
        status=0
        run_command "$line" || status=$?
        printf '%s# ' "$(current_hostname)"
    done
    printf '\n'
    return "$status"
}

init_state
if [[ -n ${SSH_ORIGINAL_COMMAND:-} ]]; then
    run_command "$SSH_ORIGINAL_COMMAND"
else
    interactive
fi
