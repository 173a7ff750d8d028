// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// PrtgClient and PrtgImporter against the PRTG fixture server: the import of
// the generated estate yields the expected polling definitions, mappings,
// history, and a report listing exactly the sensors without an equivalent.

#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "backend/demo/demoestate.h"
#include "backend/domain/metricsink.h"
#include "backend/prtg/prtgclient.h"
#include "backend/prtg/prtgimporter.h"
#include "backend/store/store.h"
#include "backend/vault/secret.h"
#include "tests/fixtures/prtg/prtgfixtureserver.h"

using namespace OpsDeck;
using namespace OpsDeck::Prtg;
using namespace Qt::StringLiterals;

namespace {

class MemorySink final : public Domain::MetricSink
{
public:
    Status write(const QList<Domain::MetricSample> &samples) override
    {
        written += samples;
        return {};
    }
    QList<Domain::MetricSample> written;
};

const QStringList kStateColumns = {u"prtg_object_id"_s, u"kind"_s, u"device_id"_s, u"status"_s, u"reason"_s};

} // namespace

class TestPrtgImport final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store::Store> m_store;
    QList<Domain::Device> m_devices;
    int m_expectedMapped = 0;

    /// PRTG devices 0..: 30 by address, 20 by DNS host name, 20 by device
    /// name; the rest have hosts NetBox does not know.
    Test::PrtgFixtureOptions options()
    {
        Test::PrtgFixtureOptions o;
        int byIp = 0, byHost = 0, byName = 0;
        for (const Domain::Device &d : std::as_const(m_devices)) {
            if (d.name.isEmpty())
                continue;
            if (byIp < 30 && !d.primaryIp.isEmpty()) {
                o.identities << Test::PrtgDeviceIdentity{u"old-name-%1"_s.arg(byIp), d.primaryIp.section(u'/', 0, 0)};
                ++byIp;
            } else if (byHost < 20) {
                o.identities << Test::PrtgDeviceIdentity{u"dns-%1"_s.arg(byHost), d.name.toLower() + u".corp.example"_s};
                ++byHost;
            } else if (byName < 20) {
                o.identities << Test::PrtgDeviceIdentity{d.name, u"203.0.113.%1"_s.arg(byName + 1)};
                ++byName;
            }
        }
        m_expectedMapped = byIp + byHost + byName;
        return o;
    }

    static void connectClient(PrtgClient &client, const Test::PrtgFixtureServer &server)
    {
        client.setBaseUrl(server.baseUrl());
        client.setPasshash(server.options().username, Vault::Secret::fromString(server.options().passhash));
    }

    static Result<ImportPlan> runPlan(PrtgImporter &importer, const PlanOptions &options = {})
    {
        std::optional<Result<ImportPlan>> result;
        QObject guard;
        QObject::connect(&importer, &PrtgImporter::planReady, &guard,
                         [&](const Result<ImportPlan> &r) { result.emplace(r); });
        importer.buildPlan(options);
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 60000))
            return Error(ErrorCode::Timeout, u"no plan"_s);
        return *result;
    }

    static Result<ImportReport> runApply(PrtgImporter &importer, const ImportPlan &plan, const ApplyOptions &options)
    {
        std::optional<Result<ImportReport>> result;
        int signals_ = 0;
        QObject guard;
        QObject::connect(&importer, &PrtgImporter::finished, &guard, [&](const Result<ImportReport> &r) {
            result.emplace(r);
            ++signals_;
        });
        importer.apply(plan, options);
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 60000))
            return Error(ErrorCode::Timeout, u"no report"_s);
        QTest::qWait(0);
        if (signals_ != 1)
            return Error(ErrorCode::Unknown, u"%1 terminal signals"_s.arg(signals_));
        return *result;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        auto store = Store::Store::openSqlite(m_dir.filePath(u"store.db"_s));
        QVERIFY(store.ok());
        m_store = std::move(*store);
        QVERIFY(Demo::importDemoEstate(*m_store).ok());
        m_devices = *m_store->devices();
    }

    void importOfGeneratedEstate()
    {
        Test::PrtgFixtureServer server(options());
        QVERIFY(server.start().ok());
        QCOMPARE(server.sensors().size(), 2000);
        QCOMPARE(m_expectedMapped, 70);
        PrtgClient client;
        connectClient(client, server);
        client.setPageSize(500);
        PrtgImporter importer(&client, m_store.get());
        const auto plan = runPlan(importer);
        QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().toString()));
        QCOMPARE(plan->groups.size(), 9);
        QCOMPARE(plan->devices.size(), 200);
        QCOMPARE(plan->sensors.size(), 2000);
        QCOMPARE(plan->reviewList().size(), 200 - 70);
        int byIp = 0, byHost = 0, byName = 0;
        for (const DeviceMapping &m : plan->devices) {
            byIp += m.method == DeviceMatch::HostAddress;
            byHost += m.method == DeviceMatch::HostName;
            byName += m.method == DeviceMatch::Name;
        }
        QCOMPARE(byIp, 30);
        QCOMPARE(byHost, 20);
        QCOMPARE(byName, 20);

        const auto report = runApply(importer, *plan, {});
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));

        // Exactly the unconvertible sensors are skipped for want of an equivalent.
        QSet<qint64> noEquivalent;
        QSet<qint64> unmappedDevice;
        QSet<qint64> skippedDevices;
        for (const SkippedItem &s : report->skipped) {
            if (s.kind == u"device"_s)
                skippedDevices.insert(s.prtgId);
            else if (s.reason.contains(u"not mapped"_s))
                unmappedDevice.insert(s.prtgId);
            else
                noEquivalent.insert(s.prtgId);
        }
        QCOMPARE(noEquivalent, server.unconvertibleSensors());
        QCOMPARE(noEquivalent.size(), 800 + 8 + 5);
        QCOMPARE(skippedDevices.size(), 130);
        QCOMPARE(report->mapped.size(), 70);

        // Convertible sensors: imported when their device is mapped.
        QHash<qint64, qint64> deviceOf;
        for (const DeviceMapping &m : plan->devices)
            deviceOf.insert(m.prtgDeviceId, m.deviceId);
        QSet<qint64> expectedImported;
        QSet<qint64> expectedUnmapped;
        for (const Sensor &s : server.sensors()) {
            if (server.unconvertibleSensors().contains(s.id))
                continue;
            (deviceOf.value(s.deviceId) ? expectedImported : expectedUnmapped).insert(s.id);
        }
        QSet<qint64> imported;
        for (const PollingDefinition &d : report->imported) {
            imported.insert(d.prtgSensorId);
            QVERIFY(d.deviceId != 0);
        }
        QCOMPARE(imported, expectedImported);
        QCOMPARE(unmappedDevice, expectedUnmapped);

        // Definitions carry what the poller needs.
        const DeviceMapping &first = plan->devices.first();
        QVERIFY(first.deviceId != 0);
        auto def = [&](qint64 sensor) {
            for (const PollingDefinition &d : report->imported) {
                if (d.prtgSensorId == sensor)
                    return d;
            }
            return PollingDefinition();
        };
        QCOMPARE(def(10000).kind, PollKind::IcmpPing);
        QCOMPARE(def(10000).intervalSeconds, 30);
        QCOMPARE(def(10000).deviceId, first.deviceId);
        QCOMPARE(def(10003).kind, PollKind::SnmpInterfaceTraffic);
        QCOMPARE(def(10003).ifIndex, 3);
        QCOMPARE(def(10003).interfaceName, u"GigabitEthernet0/3"_s);
        QCOMPARE(def(10005).kind, PollKind::SnmpCustomOid);
        QCOMPARE(def(10005).oid, u"1.3.6.1.4.1.9.9.13.1.3.1.3.1"_s);

        // The store records the outcome, one row per device and sensor.
        const auto rows = m_store->tableRows(u"prtg_import_state"_s, kStateColumns);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 200 + 2000);
        int importedRows = 0;
        for (const QVariantList &row : *rows)
            importedRows += row.at(3).toString() == u"imported"_s;
        QCOMPARE(importedRows, expectedImported.size());
    }

    void reviewedMappingImportsSensors()
    {
        Test::PrtgFixtureServer server(options());
        QVERIFY(server.start().ok());
        PrtgClient client;
        connectClient(client, server);
        PrtgImporter importer(&client, nullptr);
        auto plan = runPlan(importer);
        QVERIFY(plan.ok());
        const DeviceMapping unmatched = plan->reviewList().first();
        const int before = int(PrtgImporter::report(*plan).imported.size());
        QVERIFY(plan->setMapping(unmatched.prtgDeviceId, m_devices.last().id, m_devices.last().name));
        const ImportReport after = PrtgImporter::report(*plan);
        int gained = 0;
        for (const Sensor &s : server.sensors())
            gained += s.deviceId == unmatched.prtgDeviceId && !server.unconvertibleSensors().contains(s.id);
        QVERIFY(gained > 0);
        QCOMPARE(int(after.imported.size()), before + gained);
        QVERIFY(!plan->setMapping(999999, 1));
    }

    void groupSelectionAndHistory()
    {
        Test::PrtgFixtureOptions o = options();
        o.europeanDates = true;
        Test::PrtgFixtureServer server(o);
        QVERIFY(server.start().ok());
        PrtgClient client;
        client.setBaseUrl(server.baseUrl());
        client.setApiToken(Vault::Secret::fromString(server.options().apiToken));
        client.setPageSize(100); // more pages
        PrtgImporter importer(&client, m_store.get());
        PlanOptions planOptions;
        planOptions.groupIds = {1001}; // probe A and its groups
        const auto plan = runPlan(importer, planOptions);
        QVERIFY(plan.ok());
        int expectedDevices = 0;
        for (const Device &d : server.devices())
            expectedDevices += d.probe == u"Probe A"_s;
        QCOMPARE(plan->devices.size(), expectedDevices);
        QCOMPARE(plan->sensors.size(), expectedDevices * 10);

        MemorySink sink;
        ApplyOptions apply;
        apply.importHistory = true;
        apply.from = server.options().historyStart.addDays(1);
        apply.to = apply.from.addDays(1);
        apply.avgSeconds = 3600;
        apply.sink = &sink;
        const auto report = runApply(importer, *plan, apply);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));
        QCOMPARE(report->historySensors, report->imported.size());
        qint64 expected = 0;
        for (const PollingDefinition &d : report->imported)
            expected += 24 * (d.kind == PollKind::SnmpInterfaceTraffic ? 2 : 1);
        QCOMPARE(report->historySamples, expected);
        QCOMPARE(sink.written.size(), expected);
        // Values and times as served (traffic kbit/s -> bit/s).
        int checked = 0;
        for (const Domain::MetricSample &s : std::as_const(sink.written)) {
            QVERIFY(s.timestampMs >= apply.from.toMSecsSinceEpoch() && s.timestampMs < apply.to.toMSecsSinceEpoch());
            if (s.metric == u"if.in.bps"_s) {
                const qint64 sensor = [&] {
                    for (const PollingDefinition &d : report->imported) {
                        if (QString::number(d.deviceId) == s.device && u"ifIndex:%1"_s.arg(d.ifIndex) == s.object)
                            return d.prtgSensorId;
                    }
                    return qint64(0);
                }();
                QVERIFY(sensor != 0);
                QCOMPARE(s.value, server.historyValue(sensor, u"Traffic In (speed)"_s, s.timestampMs) * 1000.0);
                ++checked;
            }
        }
        QVERIFY(checked > 0);
    }

    void malformedTableChangesNothing_data()
    {
        QTest::addColumn<QString>("content");
        QTest::newRow("groups") << u"groups"_s;
        QTest::newRow("devices") << u"devices"_s;
        QTest::newRow("sensors") << u"sensors"_s;
    }
    void malformedTableChangesNothing()
    {
        QFETCH(QString, content);
        Test::PrtgFixtureServer server(options());
        QVERIFY(server.start().ok());
        Test::PrtgFixtureFaults faults;
        faults.malformed = content;
        server.setFaults(faults);
        PrtgClient client;
        connectClient(client, server);
        PrtgImporter importer(&client, m_store.get());
        const auto before = m_store->tableRows(u"prtg_import_state"_s, kStateColumns);
        QVERIFY(before.ok());
        const auto plan = runPlan(importer);
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().code, ErrorCode::InvalidInput);
        QVERIFY2(plan.error().detail.contains(u"row 1"_s), qPrintable(plan.error().detail));
        QCOMPARE(*m_store->tableRows(u"prtg_import_state"_s, kStateColumns), *before);
    }

    void malformedHistoryFailsApply()
    {
        Test::PrtgFixtureServer server(options());
        QVERIFY(server.start().ok());
        PrtgClient client;
        connectClient(client, server);
        PrtgImporter importer(&client, m_store.get());
        const auto before = m_store->tableRows(u"prtg_import_state"_s, kStateColumns);
        QVERIFY(before.ok());
        PlanOptions planOptions;
        planOptions.groupIds = {2001};
        const auto plan = runPlan(importer, planOptions);
        QVERIFY(plan.ok());
        QVERIFY(!PrtgImporter::report(*plan).imported.isEmpty());
        Test::PrtgFixtureFaults faults;
        faults.malformed = u"history"_s;
        server.setFaults(faults);
        MemorySink sink;
        ApplyOptions apply;
        apply.importHistory = true;
        apply.from = server.options().historyStart;
        apply.to = apply.from.addSecs(4 * 3600);
        apply.sink = &sink;
        const auto report = runApply(importer, *plan, apply);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, ErrorCode::InvalidInput);
        QVERIFY2(report.error().detail.contains(u"sometime"_s), qPrintable(report.error().detail));
        QVERIFY(sink.written.isEmpty());
        QCOMPARE(*m_store->tableRows(u"prtg_import_state"_s, kStateColumns), *before);
    }

    void authAndServerErrors()
    {
        Test::PrtgFixtureServer server;
        QVERIFY(server.start().ok());
        PrtgClient client;
        client.setBaseUrl(server.baseUrl());
        client.setPasshash(u"prtgadmin"_s, Vault::Secret::fromString(u"wrong"_s));
        std::optional<Result<QList<Device>>> devices;
        client.fetchDevices(this, [&](Result<QList<Device>> r) { devices.emplace(std::move(r)); });
        QTRY_VERIFY(devices.has_value());
        QCOMPARE(devices->error().code, ErrorCode::Auth);
        QVERIFY(devices->error().detail.contains(u"Unauthorized"_s));
        QVERIFY(!devices->error().toString().contains(u"wrong"_s)); // no credentials in errors

        connectClient(client, server);
        client.setPageSize(50);
        Test::PrtgFixtureFaults faults;
        faults.serverErrorEvery = 3;
        faults.slowMs = 5;
        server.setFaults(faults);
        std::optional<Result<QList<Sensor>>> sensors;
        client.fetchSensors(0, this, [&](Result<QList<Sensor>> r) { sensors.emplace(std::move(r)); });
        QTRY_VERIFY_WITH_TIMEOUT(sensors.has_value(), 60000);
        QVERIFY2(sensors->ok(), qPrintable(sensors->ok() ? QString() : sensors->error().toString()));
        QCOMPARE(sensors->value().size(), 2000);

        server.setFaults({});
        std::optional<Result<SensorDetails>> details;
        client.fetchSensorDetails(10000, this, [&](Result<SensorDetails> r) { details.emplace(std::move(r)); });
        QTRY_VERIFY(details.has_value());
        QVERIFY(details->ok());
        QCOMPARE(details->value().sensorType, u"ping"_s);
        QCOMPARE(details->value().lastUp, server.options().historyStart);
    }
};

QTEST_GUILESS_MAIN(TestPrtgImport)
#include "tst_prtgimport.moc"
