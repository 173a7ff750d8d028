// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "backend/demo/demoestate.h"
#include "backend/demo/demometrics.h"
#include "backend/domain/netboxmapper.h"
#include "backend/metrics/metricstore.h"
#include "backend/store/store.h"
#include "tests/backend/metrics/interfacematchfixture.h"

using namespace OpsDeck;

namespace {

Domain::MappedObject mapped(Domain::ObjectKind kind, const QByteArray &json)
{
    auto m = Domain::NetBoxMapper::map(kind, QJsonDocument::fromJson(json).object());
    if (!m)
        qFatal("bad test object: %s", qPrintable(m.error().toString()));
    return *m;
}

Domain::MappedObject interface(qint64 id, qint64 device, const char *name)
{
    return mapped(Domain::ObjectKind::Interface,
                  QStringLiteral(R"({"id": %1, "device": {"id": %2}, "name": "%3", "type": {"value": "1000base-t"}})")
                      .arg(id)
                      .arg(device)
                      .arg(QLatin1String(name))
                      .toUtf8());
}

// Raw points of a series in a window; 0 when the series does not exist.
qsizetype pointCount(Metrics::MetricStore &metrics, const Domain::SeriesKey &key, qint64 fromMs, qint64 toMs)
{
    auto id = metrics.findSeriesId(key);
    if (!id || !id->has_value())
        return 0;
    auto points = metrics.query(**id, fromMs, toMs, Metrics::Resolution::Raw);
    return points ? points->size() : 0;
}

} // namespace

/// The interface_matches table through the Store: replace and read per
/// device, Store::interfaces() carrying the match, and the demo writing its
/// matches the same way.
class TestInterfaceMatchStore final : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto opened = Store::Store::openSqlite(dir.filePath(QStringLiteral("store.sqlite")));
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
        Store::Store &store = **opened;
        QVERIFY(store
                    .upsert({interface(101, 10, "Gi0/1"), interface(102, 10, "Gi0/2"), interface(103, 10, "Gi0/3"),
                             interface(201, 20, "eth0")})
                    .ok());
        QVERIFY(store.interfaceMatches(10)->isEmpty());

        QVERIFY(
            store
                .replaceInterfaceMatches(10, {Test::interfaceMatch(10101, 101, QStringLiteral("ifName")),
                                              Test::interfaceMatch(10102, 102, QStringLiteral("ifDescr"), 3001, 3002)})
                .ok());
        QVERIFY(
            store.replaceInterfaceMatches(20, {Test::interfaceMatch(2, 201, QStringLiteral("ifName-nocase"))}).ok());

        auto stored = store.interfaceMatches(10);
        QVERIFY(stored);
        QCOMPARE(stored->size(), 2);
        QCOMPARE(stored->at(0).ifIndex, 10101);
        QCOMPARE(stored->at(0).interfaceId, 101);
        QCOMPARE(stored->at(0).matchedBy, QStringLiteral("ifName"));
        QCOMPARE(stored->at(0).rxSensor, 0);
        QVERIFY(!stored->at(0).matchedAt.isEmpty());
        QCOMPARE(stored->at(1).rxSensor, 3001);
        QCOMPARE(stored->at(1).txSensor, 3002);

        // Every interface list carries its match; 103 has none.
        auto interfaces = store.interfaces(10);
        QVERIFY(interfaces);
        QCOMPARE(interfaces->size(), 3);
        QCOMPARE(interfaces->at(0).polledIfIndex, 10101);
        QCOMPARE(interfaces->at(0).matchedBy, QStringLiteral("ifName"));
        QCOMPARE(interfaces->at(1).polledIfIndex, 10102);
        QCOMPARE(interfaces->at(1).rxSensorIndex, 3001);
        QCOMPARE(interfaces->at(1).txSensorIndex, 3002);
        QCOMPARE(interfaces->at(2).polledIfIndex, 0);
        QVERIFY(interfaces->at(2).matchedBy.isEmpty());

        // A replacement replaces: 101 is no longer matched, 103 now is; device 20 is untouched.
        QVERIFY(store.replaceInterfaceMatches(10, {Test::interfaceMatch(7, 103, QStringLiteral("ifAlias"))}).ok());
        interfaces = store.interfaces(10);
        QCOMPARE(interfaces->at(0).polledIfIndex, 0);
        QCOMPARE(interfaces->at(1).polledIfIndex, 0);
        QCOMPARE(interfaces->at(2).polledIfIndex, 7);
        QCOMPARE(store.interfaceMatches(10)->size(), 1);
        QCOMPARE(store.interfaces(20)->at(0).polledIfIndex, 2);
        QCOMPARE(store.interfaces(20)->at(0).matchedBy, QStringLiteral("ifName-nocase"));

        // Two rows for one ifIndex are refused, and the failed replacement changes nothing.
        QVERIFY(!store
                     .replaceInterfaceMatches(10, {Test::interfaceMatch(1, 101, QStringLiteral("ifName")),
                                                   Test::interfaceMatch(1, 102, QStringLiteral("ifName"))})
                     .ok());
        QCOMPARE(store.interfaceMatches(10)->size(), 1);
        QCOMPARE(store.interfaceMatches(10)->first().interfaceId, 103);

        QVERIFY(store.replaceInterfaceMatches(10, {}).ok());
        QVERIFY(store.interfaceMatches(10)->isEmpty());
    }

    void demoWritesItsMatches()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto opened = Store::Store::openSqlite(dir.filePath(QStringLiteral("store.sqlite")));
        QVERIFY(opened);
        Store::Store &store = **opened;
        QVERIFY(Demo::importDemoEstate(store).ok());
        const QString metricsPath = dir.filePath(QStringLiteral("metrics.sqlite"));
        constexpr qint64 kNow = 1'800'000'000'000;
        Demo::DemoMetricsOptions options;
        options.spanMs = 10 * 60 * 1000;
        options.maxDevices = 3;
        auto report = Demo::ensureDemoMetrics(store, metricsPath, kNow, options);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        QCOMPARE(report->devices, 3);

        auto metrics = Metrics::MetricStore::openSqlite(metricsPath);
        QVERIFY(metrics);
        auto devices = store.devices();
        QVERIFY(devices);
        int matchedDevices = 0;
        int withHistory = 0;
        int optical = 0;
        for (const Domain::Device &d : std::as_const(*devices)) {
            auto interfaces = store.interfaces(d.id);
            QVERIFY(interfaces);
            auto matches = store.interfaceMatches(d.id);
            QVERIFY(matches);
            if (matches->isEmpty())
                continue;
            ++matchedDevices;
            QCOMPARE(matches->size(), interfaces->size());
            for (qsizetype i = 0; i < interfaces->size(); ++i) {
                const Domain::Interface &itf = interfaces->at(i);
                // The demo's poll: interface k is ifIndex k.
                QCOMPARE(itf.polledIfIndex, i + 1);
                QCOMPARE(itf.matchedBy, QStringLiteral("demo"));
                const bool fibre =
                    itf.type.contains(QLatin1String("base-x")) || itf.type.contains(QLatin1String("sfp"));
                QCOMPARE(itf.rxSensorIndex, fibre ? (i + 1) * 100 + 1 : 0);
                QCOMPARE(itf.txSensorIndex, fibre ? (i + 1) * 100 + 2 : 0);
                const auto key = [&](const QString &object, const char *metric) {
                    return Domain::SeriesKey{QString::number(d.id), object, QLatin1String(metric)};
                };
                if (pointCount(**metrics, key(QStringLiteral("ifIndex:%1").arg(itf.polledIfIndex), "if.in.bps"),
                               kNow - options.spanMs, kNow) == 0)
                    continue;
                // The history the demo wrote is reachable through the match.
                ++withHistory;
                if (itf.rxSensorIndex) {
                    QVERIFY(pointCount(**metrics,
                                       key(QStringLiteral("sensor:%1").arg(itf.rxSensorIndex), "optical.dbm"),
                                       kNow - options.spanMs, kNow) > 0);
                    ++optical;
                }
            }
        }
        QCOMPARE(matchedDevices, 3);
        QVERIFY(withHistory > 0);
        QVERIFY(optical > 0);

        // A later run keeps the same matches.
        const QList<Domain::InterfaceMatch> before = *store.interfaceMatches(devices->first().id);
        QVERIFY(Demo::ensureDemoMetrics(store, metricsPath, kNow + 60000, options));
        const QList<Domain::InterfaceMatch> after = *store.interfaceMatches(devices->first().id);
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < after.size(); ++i)
            QVERIFY(after.at(i).sameAs(before.at(i)));
    }
};

QTEST_GUILESS_MAIN(TestInterfaceMatchStore)
#include "tst_interfacematchstore.moc"
