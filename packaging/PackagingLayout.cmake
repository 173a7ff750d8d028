# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: OpsDeck contributors
#
# Names and places shared by packaging/CMakeLists.txt (which installs the
# files) and tests/packaging/CMakeLists.txt (which checks the package), so
# the two cannot drift apart. tests/ is configured before packaging/, hence a
# separate file both include (no include guard: each directory scope needs
# the variables).

set(OPSDECK_APP_ID "org.opsdeck.OpsDeck")
set(OPSDECK_ICON_PNG_SIZES 16 32 48 64 128 256)
set(OPSDECK_SYSTEMD_USER_UNIT_DIR "lib/systemd/user" CACHE STRING
    "Where the systemd user unit goes, relative to CMAKE_INSTALL_PREFIX")
