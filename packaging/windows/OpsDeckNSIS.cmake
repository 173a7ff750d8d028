# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: OpsDeck contributors
#
# NSIS installer settings, included from packaging/CMakeLists.txt on Windows
# before include(CPack). The background service runs per user: the installer
# registers it in the installing user's Run key (HKCU), so it starts at that
# user's log-on (the console also starts it when it is absent, so it is not
# launched from the elevated installer), and the uninstaller stops it and
# removes the entry again.
# CPACK_VERBATIM_VARIABLES is ON, so the NSIS text below reaches the generated
# script exactly as written (single backslashes).

set(CPACK_NSIS_PACKAGE_NAME "OpsDeck")
set(CPACK_NSIS_DISPLAY_NAME "OpsDeck ${CMAKE_PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "OpsDeck")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "OpsDeck")
set(CPACK_NSIS_URL_INFO_ABOUT "${CMAKE_PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
# Start-menu shortcut for the console (bin\opsdeck.exe) and the icon shown
# under "Apps & features".
set(CPACK_PACKAGE_EXECUTABLES "opsdeck;OpsDeck")
set(CPACK_NSIS_INSTALLED_ICON_NAME [=[bin\opsdeck.exe]=])

set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [=[
  WriteRegStr HKCU "Software\Microsoft\Windows\CurrentVersion\Run" "OpsDeckService" '"$INSTDIR\bin\opsdeckd.exe"'
]=])

# The service keeps its executable open; stop it first so the files can go.
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
  DeleteRegValue HKCU "Software\Microsoft\Windows\CurrentVersion\Run" "OpsDeckService"
  nsExec::Exec '"$SYSDIR\taskkill.exe" /F /IM opsdeckd.exe'
]=])
