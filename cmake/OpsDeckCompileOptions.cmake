# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: OpsDeck contributors
#
# One INTERFACE target carries the language level, warnings and Qt strictness
# defines; every target of the project links it.

add_library(opsdeck_compile_options INTERFACE)
add_library(OpsDeck::CompileOptions ALIAS opsdeck_compile_options)

target_compile_features(opsdeck_compile_options INTERFACE cxx_std_20)
target_compile_definitions(opsdeck_compile_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    OPSDECK_VERSION="${PROJECT_VERSION}")

if(MSVC)
    target_compile_options(opsdeck_compile_options INTERFACE /W4 /permissive- /utf-8)
    if(OPSDECK_WERROR)
        target_compile_options(opsdeck_compile_options INTERFACE /WX)
    endif()
else()
    target_compile_options(opsdeck_compile_options INTERFACE -Wall -Wextra -pedantic)
    if(OPSDECK_WERROR)
        target_compile_options(opsdeck_compile_options INTERFACE -Werror)
    endif()
endif()
