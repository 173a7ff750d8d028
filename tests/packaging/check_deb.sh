#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: OpsDeck contributors
#
# Builds the OpsDeck DEB from an already built tree and checks what is in it.
# Registered as the CTest test `packaging_deb` by tests/packaging/CMakeLists.txt,
# which passes every argument as NAME=value:
#   CPACK      cpack executable
#   CONFIG     <build>/CPackConfig.cmake
#   SCRATCH    folder of this test alone; emptied first
#   VERSION    project version (Version: must be VERSION or VERSION-<release>)
#   PREFIX     CMAKE_INSTALL_PREFIX
#   BINDIR     CMAKE_INSTALL_FULL_BINDIR
#   DATADIR    CMAKE_INSTALL_FULL_DATADIR
#   UNITDIR    systemd user unit folder, relative to PREFIX (or absolute)
#   APP_ID     application id, e.g. org.opsdeck.OpsDeck
#   GUI        ON when the console (and its desktop files) is built
#   ICON_SIZES space-separated PNG icon sizes
# Precondition: opsdeck, opsdeckd and opsdeck-cli are built (cpack installs the
# build tree; it does not build). After a full build this holds.
# Exit status 0 when every check passed, 1 otherwise; each failed check prints
# a line starting with "FAIL:".
set -u

for arg in "$@"; do
  case "$arg" in
    CPACK=* | CONFIG=* | SCRATCH=* | VERSION=* | PREFIX=* | BINDIR=* | DATADIR=* | \
      UNITDIR=* | APP_ID=* | GUI=* | ICON_SIZES=*)
      declare "${arg%%=*}=${arg#*=}" ;;
    *)
      echo "FAIL: unknown argument '$arg'" >&2
      exit 1 ;;
  esac
done
for name in CPACK CONFIG SCRATCH VERSION PREFIX BINDIR DATADIR UNITDIR APP_ID GUI ICON_SIZES; do
  if [ -z "${!name:-}" ]; then
    echo "FAIL: argument $name=... is missing" >&2
    exit 1
  fi
done

passed=0
failed=0
ok() { passed=$((passed + 1)); echo "ok:   $*"; }
bad() { failed=$((failed + 1)); echo "FAIL: $*"; }
finish() {
  echo "packaging_deb: $passed passed, $failed failed"
  [ "$failed" -eq 0 ]
  exit
}
is_on() { case "${1^^}" in ON | 1 | TRUE | YES | Y) return 0 ;; *) return 1 ;; esac; }

for tool in dpkg-deb dpkg; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    bad "$tool is not installed (package dpkg); cannot inspect the DEB"
    finish
  fi
done

# ---- Build the package -----------------------------------------------------
rm -rf "$SCRATCH"
mkdir -p "$SCRATCH"
if ! "$CPACK" -G DEB --config "$CONFIG" -B "$SCRATCH" >"$SCRATCH/cpack.log" 2>&1; then
  cat "$SCRATCH/cpack.log"
  bad "cpack could not build the DEB (see the log above; are opsdeck, opsdeckd and opsdeck-cli built? Run a full build first)"
  finish
fi
shopt -s nullglob
debs=("$SCRATCH"/*.deb)
shopt -u nullglob
if [ "${#debs[@]}" -ne 1 ]; then
  bad "expected exactly one .deb in $SCRATCH, found ${#debs[@]}"
  finish
fi
deb="${debs[0]}"
ok "cpack built $(basename "$deb")"

# ---- Control fields --------------------------------------------------------
field() { dpkg-deb -f "$deb" "$1" 2>/dev/null; }

expect_field() { # name expected
  local value
  value="$(field "$1")"
  if [ "$value" = "$2" ]; then ok "$1: $value"; else bad "control field $1 is '$value', expected '$2'"; fi
}
expect_nonempty_field() {
  local value
  value="$(field "$1")"
  if [ -n "$value" ]; then ok "$1 is set"; else bad "control field $1 is missing or empty"; fi
}

expect_field Package opsdeck
expect_field Architecture "$(dpkg --print-architecture)"
version="$(field Version)"
if [ "$version" = "$VERSION" ] || [[ "$version" =~ ^"$VERSION"-[0-9A-Za-z.+~]+$ ]]; then
  ok "Version: $version"
else
  bad "control field Version is '$version', expected '$VERSION' or '$VERSION-<release>'"
fi
for name in Maintainer Description Section Homepage; do
  expect_nonempty_field "$name"
done
depends="$(field Depends)"
if [ -z "$depends" ]; then
  bad "control field Depends is empty (dpkg-shlibdeps did not run?)"
else
  # Only dpkg-shlibdeps puts these here, so they prove it ran.
  for lib in libc6 libqt6core6; do
    if tr ',|' '\n\n' <<<"$depends" | sed 's/^ *//; s/[ (:].*//' | grep -qx "$lib"; then
      ok "Depends names $lib"
    else
      bad "control field Depends lacks $lib: '$depends'"
    fi
  done
fi

# ---- Contents ----------------------------------------------------------------
# dpkg-deb -c prints "perms owner size date time ./path [-> target]".
listing="$(dpkg-deb -c "$deb" | awk '{ print $1 " " $6 }')"

in_pkg() { # absolute path inside the package -> its permission string, or nothing
  awk -v p=".$1" '$2 == p { print $1 }' <<<"$listing"
}
expect_file() { # absolute path, [exec]
  local perms
  perms="$(in_pkg "$1")"
  if [ -z "$perms" ]; then
    bad "the package does not contain $1"
  elif [ "${2:-}" = exec ] && [[ "$perms" != -??x* ]]; then
    bad "$1 is in the package but not executable ($perms)"
  else
    ok "contains $1"
  fi
}
expect_absent() {
  if [ -n "$(in_pkg "$1")" ]; then bad "the package contains $1, which it should not"; else ok "no $1"; fi
}

case "$UNITDIR" in
  /*) unit="$UNITDIR/opsdeckd.service" ;;
  *) unit="$PREFIX/$UNITDIR/opsdeckd.service" ;;
esac
desktop="$DATADIR/applications/$APP_ID.desktop"
metainfo="$DATADIR/metainfo/$APP_ID.metainfo.xml"
icon_svg="$DATADIR/icons/hicolor/scalable/apps/$APP_ID.svg"

expect_file "$BINDIR/opsdeckd" exec
expect_file "$BINDIR/opsdeck-cli" exec
expect_file "$unit"
if is_on "$GUI"; then
  expect_file "$BINDIR/opsdeck" exec
  expect_file "$desktop"
  expect_file "$metainfo"
  expect_file "$icon_svg"
  for size in $ICON_SIZES; do
    expect_file "$DATADIR/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
  done
else
  expect_absent "$BINDIR/opsdeck"
  expect_absent "$desktop"
fi

# ---- Files' contents ---------------------------------------------------------
root="$SCRATCH/root"
if ! dpkg-deb -x "$deb" "$root"; then
  bad "dpkg-deb -x could not unpack the package"
  finish
fi

if [ -f "$root$unit" ]; then
  exec_lines="$(grep -c '^ExecStart=' "$root$unit")"
  if [ "$exec_lines" -eq 1 ] && grep -qx "ExecStart=$BINDIR/opsdeckd\( .*\)\?" "$root$unit"; then
    ok "unit starts $BINDIR/opsdeckd"
  else
    bad "unit $unit has ExecStart '$(grep '^ExecStart=' "$root$unit" | tr '\n' ' ')', expected exactly one 'ExecStart=$BINDIR/opsdeckd'"
  fi
  # The path the unit starts must be the one the package installs.
  if [ -x "$root$BINDIR/opsdeckd" ]; then
    ok "ExecStart names an executable in the package"
  else
    bad "ExecStart names $BINDIR/opsdeckd, which the package does not install"
  fi
  for line in Restart=on-failure WantedBy=default.target; do
    if grep -qx "$line" "$root$unit"; then ok "unit has $line"; else bad "unit $unit lacks the line $line"; fi
  done
  if grep -q '@[A-Za-z_]*@' "$root$unit"; then
    bad "unit $unit still has unsubstituted @VARIABLES@: $(grep -o '@[A-Za-z_]*@' "$root$unit" | tr '\n' ' ')"
  else
    ok "unit has no unsubstituted @VARIABLES@"
  fi
  if command -v systemd-analyze >/dev/null 2>&1; then
    # verify insists that ExecStart exists on this machine, so check a copy
    # that starts the unpacked binary; the path itself was checked above.
    mkdir -p "$SCRATCH/verify"
    sed "s#^ExecStart=$BINDIR/#ExecStart=$root$BINDIR/#" "$root$unit" >"$SCRATCH/verify/opsdeckd.service"
    out="$(systemd-analyze verify --man=no "$SCRATCH/verify/opsdeckd.service" 2>&1)"
    status=$?
    complaints="$(grep 'opsdeckd\.service:' <<<"$out")"
    if [ "$status" -eq 0 ] && [ -z "$complaints" ]; then
      ok "systemd-analyze verify accepts the unit"
    else
      bad "systemd-analyze verify rejects $unit: ${complaints:-$out}"
    fi
  else
    echo "note: systemd-analyze not installed (package systemd); not verifying the unit"
  fi
fi

if is_on "$GUI" && [ -f "$root$desktop" ]; then
  if command -v desktop-file-validate >/dev/null 2>&1; then
    if out="$(desktop-file-validate "$root$desktop" 2>&1)"; then
      ok "desktop-file-validate accepts $APP_ID.desktop"
    else
      bad "desktop-file-validate rejects $desktop: $out"
    fi
  else
    echo "note: desktop-file-validate not installed (package desktop-file-utils); not validating $APP_ID.desktop"
  fi
  icon_name="$(sed -n 's/^Icon=//p' "$root$desktop")"
  if [ "$icon_name" = "$APP_ID" ] && [ -f "$root$icon_svg" ]; then
    ok "Icon=$icon_name is installed as $icon_svg"
  else
    bad "desktop file has Icon='$icon_name'; expected '$APP_ID' installed as $icon_svg"
  fi
  exec_name="$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$root$desktop")"
  if [ -n "$exec_name" ] && [ -x "$root$BINDIR/${exec_name##*/}" ]; then
    ok "Exec=$exec_name is installed in $BINDIR"
  else
    bad "desktop file has Exec='$exec_name', which is not an executable in $BINDIR"
  fi
fi

if is_on "$GUI" && [ -f "$root$metainfo" ]; then
  if command -v appstreamcli >/dev/null 2>&1; then
    if out="$(appstreamcli validate --no-net "$root$metainfo" 2>&1)"; then
      ok "appstreamcli validate accepts $APP_ID.metainfo.xml"
    else
      bad "appstreamcli validate rejects $metainfo: $out"
    fi
  else
    echo "note: appstreamcli not installed (package appstream); not validating $APP_ID.metainfo.xml"
  fi
  if grep -q "<release[^>]*version=\"$VERSION\"" "$root$metainfo"; then
    ok "metainfo has a release entry for $VERSION"
  else
    bad "metainfo $metainfo has no <release version=\"$VERSION\"> entry (add one when the version changes)"
  fi
  if grep -q "<launchable type=\"desktop-id\">$APP_ID.desktop</launchable>" "$root$metainfo"; then
    ok "metainfo launches $APP_ID.desktop"
  else
    bad "metainfo $metainfo lacks <launchable type=\"desktop-id\">$APP_ID.desktop</launchable>"
  fi
fi

finish
