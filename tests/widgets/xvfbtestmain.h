// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <cstdio>

#include <QApplication>
#include <QTest>

#include "tests/rig/rigenv.h"

namespace OpsDeck::Test {

/// Runs the Qt Test class @p TestClass on the rig's Xvfb display (xcb, not
/// offscreen), for tests that take screenshots; the test needs the rig_xvfb
/// fixture. Fails with the reason when the display is not there.
template<typename TestClass>
int execOnRigXvfb(int argc, char *argv[])
{
    QString error;
    const auto env = readRigEnv(QStringLiteral("xvfb"), &error);
    if (env.isEmpty()) {
        std::fprintf(stderr, "FAIL: %s\n", qPrintable(error));
        return 1;
    }
    qputenv("DISPLAY", env.value(QStringLiteral("DISPLAY")).toLocal8Bit());
    qputenv("QT_QPA_PLATFORM", "xcb");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("opsdeck"));
    TestClass test;
    return QTest::qExec(&test, argc, argv);
}

} // namespace OpsDeck::Test

/// main() of a screenshot test on the rig's Xvfb display.
#define OPSDECK_XVFB_TEST_MAIN(TestClass)                                                                              \
    int main(int argc, char *argv[])                                                                                   \
    {                                                                                                                  \
        return OpsDeck::Test::execOnRigXvfb<TestClass>(argc, argv);                                                    \
    }
