# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: OpsDeck contributors
#
# opsdeck_add_test(<name> SOURCES ... [LIBS ...] [FIXTURES ...] [ENVIRONMENT ...]
#                  [LABELS ...] [GUI])
# Adds one Qt Test executable and registers it with CTest. FIXTURES lists the
# CTest fixtures (real servers) the test requires; GUI runs it offscreen.

set(OPSDECK_SHARED_DIR "${CMAKE_SOURCE_DIR}/../shared" CACHE PATH
    "Folder with the shared reference data and fixtures (optional)")
get_filename_component(OPSDECK_SHARED_DIR "${OPSDECK_SHARED_DIR}" ABSOLUTE)
if(EXISTS "${OPSDECK_SHARED_DIR}/fixtures")
    set(OPSDECK_HAVE_SHARED ON)
else()
    set(OPSDECK_HAVE_SHARED OFF)
endif()
message(STATUS "OpsDeck shared fixtures: ${OPSDECK_HAVE_SHARED} (${OPSDECK_SHARED_DIR})")

function(opsdeck_add_test name)
    cmake_parse_arguments(ARG "GUI" "TIMEOUT" "SOURCES;LIBS;FIXTURES;ENVIRONMENT;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE opsdeck_compile_options Qt6::Test ${ARG_LIBS})
    target_compile_definitions(${name} PRIVATE
        OPSDECK_SOURCE_DIR="${CMAKE_SOURCE_DIR}"
        OPSDECK_BINARY_DIR="${CMAKE_BINARY_DIR}"
        OPSDECK_SHARED_DIR="${OPSDECK_SHARED_DIR}")
    add_test(NAME ${name} COMMAND ${name})
    # Tests start the services they need themselves; the console never spawns one.
    set(env "OPSDECK_RIG_DIR=${CMAKE_BINARY_DIR}/rig" "OPSDECK_SERVICE_AUTOSTART=0" ${ARG_ENVIRONMENT})
    if(ARG_GUI)
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
    endif()
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}")
    if(ARG_FIXTURES)
        set_tests_properties(${name} PROPERTIES FIXTURES_REQUIRED "${ARG_FIXTURES}")
        # Tests on the rig's X display share its pointer, focus and stacking
        # (hover and crosshair checks move the real pointer): one at a time.
        if("rig_xvfb" IN_LIST ARG_FIXTURES)
            set_tests_properties(${name} PROPERTIES RESOURCE_LOCK rig_xvfb_display)
        endif()
    endif()
    if(ARG_LABELS)
        set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABELS}")
    endif()
    if(ARG_TIMEOUT)
        set_tests_properties(${name} PROPERTIES TIMEOUT ${ARG_TIMEOUT})
    else()
        set_tests_properties(${name} PROPERTIES TIMEOUT 300)
    endif()
endfunction()
