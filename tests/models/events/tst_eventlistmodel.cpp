// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QAbstractItemModelTester>
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "backend/ipc/ipcclient.h"
#include "backend/ipc/ipcpaths.h"
#include "backend/ipc/ipcserver.h"
#include "backend/service/trapservice.h"
#include "backend/snmp/trapreceiver.h"
#include "models/events/eventlistmodel.h"

using namespace OpsDeck;
using OpsDeck::Models::EventListModel;

namespace {

Snmp::TrapEvent trap(const QString &source, const QString &oid, int ifIndex = 0)
{
    Snmp::TrapEvent t;
    t.receivedAt = QDateTime::currentDateTimeUtc();
    t.source = QHostAddress(source);
    t.version = Snmp::SnmpVersion::V2c;
    t.trapOid = oid;
    t.name = Snmp::TrapReceiver::standardTrapName(oid);
    if (t.name.isEmpty())
        t.name = oid;
    t.standard = true;
    t.ifIndex = ifIndex;
    return t;
}

} // namespace

/// The console's event list fed by the service over IPC: history from
/// events.list, then live "events" topic updates, stored by TrapService.
class TestEventListModel final : public QObject
{
    Q_OBJECT

private slots:
    void historyThenLiveEvents()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        qputenv("OPSDECK_RUNTIME_DIR", QFile::encodeName(dir.filePath(u"run"_qs)));
        auto token = Ipc::IpcPaths::token(true);
        QVERIFY(token.ok());
        Ipc::IpcServer server(*token);
        QVERIFY(server.listen(dir.filePath(u"events.sock"_qs)).ok());

        Service::TrapService service(&server);
        Service::TrapServiceSettings settings;
        settings.storePath = dir.filePath(u"store.sqlite"_qs);
        settings.secrets = [](const QString &) -> Result<Vault::Secret> {
            return Error(ErrorCode::NotFound, u"none"_qs);
        };
        QVERIFY(service.start(settings).ok()); // receiver disabled: events recorded directly
        QVERIFY(!service.isRunning());
        service.setDevices({{u"127.0.0.1"_qs, Service::KnownDevice{7, u"core-1"_qs}}});
        QVERIFY(service.record(trap(u"127.0.0.1"_qs, u"1.3.6.1.6.3.1.1.5.3"_qs, 4)).ok());
        QVERIFY(service.record(trap(u"10.9.9.9"_qs, u"1.3.6.1.4.1.9.9.41.2.0.1"_qs)).ok());

        EventListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy added(&model, &EventListModel::eventsAdded);
        Ipc::IpcClient client;
        model.setClient(&client);
        client.connectToService(server.socketName(), *token, u"console"_qs);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2, 10000);

        QCOMPARE(model.columnCount(), int(EventListModel::ColumnCount));
        const QModelIndex device = model.index(0, EventListModel::DeviceColumn);
        QCOMPARE(device.data().toString(), u"core-1"_qs);
        QCOMPARE(device.data(EventListModel::DeviceIdRole).toLongLong(), 7);
        QCOMPARE(model.index(0, EventListModel::EventColumn).data().toString(), u"linkDown"_qs);
        QCOMPARE(model.index(0, EventListModel::DetailsColumn).data().toString(), u"linkDown ifIndex 4"_qs);
        QCOMPARE(model.index(1, EventListModel::DeviceColumn).data().toString(), u"10.9.9.9"_qs);
        QCOMPARE(model.index(1, EventListModel::DeviceColumn).data(EventListModel::DeviceIdRole).toLongLong(), 0);
        QVERIFY(!model.index(1, EventListModel::DeviceColumn).data(Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(model.index(1, EventListModel::EventColumn).data().toString(), u"1.3.6.1.4.1.9.9.41.2.0.1"_qs);
        QVERIFY(!model.headerData(EventListModel::TimeColumn, Qt::Horizontal).toString().isEmpty());

        // Live: a new trap reaches the model through the subscription.
        const auto live = service.record(trap(u"127.0.0.1"_qs, u"1.3.6.1.6.3.1.1.5.1"_qs));
        QVERIFY(live.ok());
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 3, 10000);
        QCOMPARE(model.index(2, EventListModel::EventColumn).data().toString(), u"coldStart"_qs);
        QCOMPARE(model.index(2, 0).data(EventListModel::EventIdRole).toLongLong(), live->value(u"id"_qs).toInteger());

        // The same event again (e.g. history overlapping the live stream) is not added twice.
        model.post(*live);
        model.flush();
        QCOMPARE(model.rowCount(), 3);

        // Bounded: the oldest go first.
        model.setMaximumEntries(2);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, EventListModel::DeviceColumn).data().toString(), u"10.9.9.9"_qs);
        QVERIFY(added.size() >= 2);

        // Stored: listing by device returns what the model showed.
        auto listed = service.list(u"core-1"_qs, 0, 10);
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), 2);
        QCOMPARE(listed->first().value(u"name"_qs).toString(), u"linkDown"_qs);
        model.setClient(nullptr);
    }
};

QTEST_GUILESS_MAIN(TestEventListModel)
#include "tst_eventlistmodel.moc"
