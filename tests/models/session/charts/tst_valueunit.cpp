// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <limits>

#include <QTest>

#include "models/session/charts/valueunit.h"

using namespace OpsDeck;
using Models::ValueFormat;

Q_DECLARE_METATYPE(OpsDeck::Models::ValueFormat)

// The unit a chart axis and its title use for the largest value shown: SI
// prefixes for rates and sizes, none for levels and ratios.
class TestValueUnit : public QObject
{
    Q_OBJECT

private slots:
    void scaledUnit_data();
    void scaledUnit();
};

void TestValueUnit::scaledUnit_data()
{
    QTest::addColumn<ValueFormat>("format");
    QTest::addColumn<double>("maxAbs");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<double>("divisor");
    const auto row = [](const char *name, ValueFormat f, double v, const char *unit, double divisor) {
        QTest::newRow(name) << f << v << QString::fromUtf8(unit) << divisor;
    };
    row("traffic 6 Gbit/s", ValueFormat::BitsPerSecond, 6.2e9, "Gbit/s", 1e9);
    row("traffic 15 Gbit/s", ValueFormat::BitsPerSecond, 15e9, "Gbit/s", 1e9);
    row("traffic 940 Mbit/s", ValueFormat::BitsPerSecond, 9.4e8, "Mbit/s", 1e6);
    row("traffic just 1 Gbit/s", ValueFormat::BitsPerSecond, 1e9, "Gbit/s", 1e9);
    row("traffic 400 Gbit/s", ValueFormat::BitsPerSecond, 4e11, "Gbit/s", 1e9);
    row("traffic 1.6 Tbit/s", ValueFormat::BitsPerSecond, 1.6e12, "Tbit/s", 1e12);
    row("traffic idle", ValueFormat::BitsPerSecond, 0, "bit/s", 1);
    row("traffic 12 kbit/s", ValueFormat::BitsPerSecond, 12e3, "kbit/s", 1e3);
    row("traffic negative", ValueFormat::BitsPerSecond, -3e9, "Gbit/s", 1e9);
    row("traffic not finite", ValueFormat::BitsPerSecond, std::numeric_limits<double>::infinity(), "bit/s", 1);
    row("errors few", ValueFormat::PerSecond, 12, "/s", 1);
    row("packets many", ValueFormat::PerSecond, 25e3, "k/s", 1e3);
    row("bytes", ValueFormat::Bytes, 3.5e9, "GB", 1e9);
    row("bytes few", ValueFormat::Bytes, 512, "B", 1);
    row("optical dBm keeps its unit", ValueFormat::Dbm, -14000, "dBm", 1);
    row("optical dBm small", ValueFormat::Dbm, 0.5, "dBm", 1);
    row("temperature", ValueFormat::Celsius, 1500, "°C", 1);
    row("latency", ValueFormat::Milliseconds, 12.5, "ms", 1);
    row("latency in seconds", ValueFormat::Milliseconds, 2500, "s", 1e3);
    row("loss", ValueFormat::Percent, 100, "%", 1);
    row("current", ValueFormat::Amperes, 12, "A", 1);
    row("current below an ampere", ValueFormat::Amperes, 0.35, "mA", 1e-3);
    row("current none", ValueFormat::Amperes, 0, "A", 1);
    row("plain", ValueFormat::Plain, 1e6, "", 1);
}

void TestValueUnit::scaledUnit()
{
    QFETCH(ValueFormat, format);
    QFETCH(double, maxAbs);
    QFETCH(QString, unit);
    QFETCH(double, divisor);
    const Models::ScaledUnit u = Models::scaledUnit(format, maxAbs);
    QCOMPARE(u.unit, unit);
    QCOMPARE(u.divisor, divisor);
}

QTEST_GUILESS_MAIN(TestValueUnit)
#include "tst_valueunit.moc"
