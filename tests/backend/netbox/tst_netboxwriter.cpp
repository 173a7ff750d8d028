// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "backend/netbox/changeset.h"
#include "backend/netbox/changesetjournal.h"
#include "backend/netbox/netboxsync.h"
#include "backend/netbox/netboxwriter.h"
#include "tests/backend/netbox/netboxtesthelpers.h"

using namespace OpsDeck;
using namespace OpsDeck::NetBox;
using Domain::ObjectKind;
using OpsDeck::Test::NetBoxFixtureOptions;
using OpsDeck::Test::NetBoxFixtureServer;

namespace {

ClientSettings settingsFor(const NetBoxFixtureServer &server)
{
    ClientSettings s;
    s.baseUrl = server.baseUrl();
    s.token = Vault::Secret::fromString(server.options().v1Token);
    s.timeoutMs = 5000;
    s.retryBaseMs = 10;
    return s;
}

template<typename T, typename Start>
Result<T> runTo(QObject *object, Start start)
{
    std::optional<Result<T>> out;
    int terminalCount = 0;
    const auto take = [&](const Result<T> &r) {
        out = r;
        ++terminalCount;
    };
    QMetaObject::Connection c;
    if constexpr (std::is_same_v<T, WriteReport>)
        c = QObject::connect(static_cast<NetBoxWriter *>(object), &NetBoxWriter::finished, object, take);
    else
        c = QObject::connect(static_cast<NetBoxSync *>(object), &NetBoxSync::finished, object, take);
    start();
    const bool done = QTest::qWaitFor([&] { return out.has_value(); }, 60000);
    QObject::disconnect(c);
    if (!done || terminalCount != 1)
        return Error(ErrorCode::Timeout, QStringLiteral("test: no single terminal signal"));
    return *out;
}

qint64 refId(const QJsonObject &o, const char *field)
{
    return o.value(QString::fromLatin1(field)).toObject().value(QStringLiteral("id")).toInteger();
}

} // namespace

class TestNetBoxWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void diffAgainstSynced()
    {
        NetBoxFixtureServer &server = m_estates.server();
        QTemporaryDir dir;
        auto synced = m_estates.syncedStore(server, dir.filePath(QStringLiteral("s.db")));
        QVERIFY2(synced.ok(), qPrintable(synced.ok() ? QString() : synced.error().toString()));
        auto store = std::move(synced).value();
        NetBoxClient client(settingsFor(server));
        NetBoxSync sync(&client, store.get());

        const QJsonObject iface = server.object(ObjectKind::Interface, 5);
        ChangeSet changes;
        changes.setInterface(5, QStringLiteral("to core"), iface.value(QStringLiteral("enabled")).toBool());
        changes.setInterface(5, std::nullopt, std::nullopt); // merges, adds nothing
        changes.assignIpAddress(QStringLiteral("192.0.2.7/24"), 5);
        QCOMPARE(changes.edits().size(), 2);
        auto diff = changes.diff(*store);
        QVERIFY(diff.ok());
        QHash<QString, FieldDiff> byField;
        for (const FieldDiff &d : *diff) {
            if (d.kind == ObjectKind::Interface)
                byField.insert(d.field, d);
        }
        QCOMPARE(byField.size(), 2);
        QCOMPARE(byField.value(QStringLiteral("description")).synced.toString(),
                 iface.value(QStringLiteral("description")).toString());
        QVERIFY(byField.value(QStringLiteral("description")).changed);
        QVERIFY(!byField.value(QStringLiteral("enabled")).changed);
    }

    // Edits of every kind are written; a remote change since the sync is a
    // conflict shown side by side and left as NetBox has it.
    // Edits hold the 4.x write form; each release gets the names it knows
    // (a release ignores unknown fields, so a 4.x body would lose the role
    // and the cable ends on old servers and be refused).
    void writesInTheReleaseForm_data()
    {
        QTest::addColumn<QString>("version");
        for (const char *v : {"3.2", "3.5", "3.7", "4.0", "4.6"})
            QTest::newRow(v) << QString::fromLatin1(v);
    }
    void writesInTheReleaseForm()
    {
        QFETCH(QString, version);
        NetBoxFixtureServer &server = m_estates.server(version);
        QTemporaryDir dir;
        auto synced = m_estates.syncedStore(server, dir.filePath(QStringLiteral("s.db")));
        QVERIFY2(synced.ok(), qPrintable(synced.ok() ? QString() : synced.error().toString()));
        auto store = std::move(synced).value();
        NetBoxClient client(settingsFor(server));

        const auto roleOf = [](const QJsonObject &device) {
            const QJsonValue role = device.contains(QStringLiteral("role")) ? device.value(QStringLiteral("role"))
                                                                            : device.value(QStringLiteral("device_role"));
            return role.toObject().value(QStringLiteral("id")).toInteger();
        };
        const auto endOf = [](const QJsonObject &cable, const QString &side) {
            const QJsonArray terms = cable.value(side + QStringLiteral("_terminations")).toArray();
            if (!terms.isEmpty())
                return terms.first().toObject().value(QStringLiteral("object_id")).toInteger();
            return cable.value(QStringLiteral("termination_%1_id").arg(side)).toInteger();
        };
        QList<qint64> free;
        for (qint64 id : server.ids(ObjectKind::Interface)) {
            if (server.object(ObjectKind::Interface, id).value(QStringLiteral("cable")).isNull())
                free << id;
            if (free.size() == 2)
                break;
        }
        QCOMPARE(free.size(), 2);
        const QJsonObject d1 = server.object(ObjectKind::Device, 11);
        const qint64 role = roleOf(d1);
        const qint64 otherRole = roleOf(server.object(ObjectKind::Device, 1)) == role
                                     ? server.ids(ObjectKind::DeviceRole).constLast()
                                     : roleOf(server.object(ObjectKind::Device, 1));
        QVERIFY(role > 0 && otherRole > 0 && role != otherRole);

        ChangeSet changes;
        changes.addDevice({{QStringLiteral("name"), QStringLiteral("planned-%1").arg(version)},
                           {QStringLiteral("device_type"), refId(d1, "device_type")},
                           {QStringLiteral("role"), role},
                           {QStringLiteral("site"), refId(d1, "site")},
                           {QStringLiteral("status"), QStringLiteral("planned")}});
        changes.addCable(QStringLiteral("dcim.interface"), free.at(0), QStringLiteral("dcim.interface"), free.at(1));
        changes.setDeviceAttributes(12, {{QStringLiteral("role"), otherRole}});
        NetBoxWriter writer(&client, store.get());
        auto report = runTo<WriteReport>(&writer, [&] { writer.push(changes); });
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));
        for (const WriteOutcome &o : report->outcomes)
            QVERIFY2(o.state == WriteOutcome::State::Written, qPrintable(o.error.toString()));
        qint64 deviceId = 0;
        qint64 cableId = 0;
        for (const WriteOutcome &o : report->outcomes) {
            if (o.edit.type == NetBox::Edit::Type::Create)
                (o.edit.kind == ObjectKind::Device ? deviceId : cableId) = o.id;
        }
        QCOMPARE(roleOf(server.object(ObjectKind::Device, deviceId)), role);
        QCOMPARE(roleOf(server.object(ObjectKind::Device, 12)), otherRole);
        const QJsonObject cable = server.object(ObjectKind::Cable, cableId);
        QCOMPARE(endOf(cable, QStringLiteral("a")), free.at(0));
        QCOMPARE(endOf(cable, QStringLiteral("b")), free.at(1));
    }

    void writeWithConflict_data()
    {
        QTest::addColumn<QString>("version");
        QTest::newRow("4.2 compare last_updated") << QStringLiteral("4.2");
        QTest::newRow("4.6 If-Match") << QStringLiteral("4.6");
    }
    void writeWithConflict()
    {
        QFETCH(QString, version);
        NetBoxFixtureServer &server = m_estates.server(version);
        QTemporaryDir dir;
        auto synced = m_estates.syncedStore(server, dir.filePath(QStringLiteral("s.db")));
        QVERIFY2(synced.ok(), qPrintable(synced.ok() ? QString() : synced.error().toString()));
        auto store = std::move(synced).value();
        NetBoxClient client(settingsFor(server));
        NetBoxSync sync(&client, store.get());

        const QJsonObject d1 = server.object(ObjectKind::Device, 11);
        const QJsonObject rack = server.object(ObjectKind::Rack, 2);
        const QList<qint64> ifaces = server.ids(ObjectKind::Interface);
        ChangeSet changes;
        changes.setDeviceAttributes(11, {{QStringLiteral("serial"), QStringLiteral("SN-LOCAL-11")},
                                         {QStringLiteral("status"), QStringLiteral("offline")}});
        changes.setDeviceAttributes(12, {{QStringLiteral("serial"), QStringLiteral("SN-LOCAL-12")}});
        changes.placeDevice(13, rack.value(QStringLiteral("id")).toInteger(), 40, QStringLiteral("rear"));
        changes.setInterface(ifaces.at(3), QStringLiteral("to firewall"), false);
        changes.addCable(QStringLiteral("dcim.interface"), ifaces.at(100), QStringLiteral("dcim.interface"),
                         ifaces.at(200), {{QStringLiteral("label"), QStringLiteral("NEW-1")}});
        changes.assignIpAddress(QStringLiteral("198.51.100.9/24"), ifaces.at(3));
        changes.addDevice({{QStringLiteral("name"), QStringLiteral("planned-1")},
                           {QStringLiteral("device_type"), refId(d1, "device_type")},
                           {QStringLiteral("role"), refId(d1, "role")},
                           {QStringLiteral("site"), refId(d1, "site")}});
        changes.addDevice({{QStringLiteral("name"), QStringLiteral("broken-1")},
                           {QStringLiteral("device_type"), 999999},
                           {QStringLiteral("role"), refId(d1, "role")},
                           {QStringLiteral("site"), refId(d1, "site")}});

        // Someone edits device 12 in NetBox after our sync.
        QVERIFY(server.updateObject(ObjectKind::Device, 12, {{QStringLiteral("serial"), QStringLiteral("SN-REMOTE")}}).ok());
        const QString remoteStamp = server.object(ObjectKind::Device, 12).value(QStringLiteral("last_updated")).toString();

        NetBoxWriter writer(&client, store.get());
        QSignalSpy progress(&writer, &NetBoxWriter::progress);
        auto report = runTo<WriteReport>(&writer, [&] { writer.push(changes); });
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));
        QCOMPARE(report->outcomes.size(), changes.edits().size());
        QCOMPARE(report->count(WriteOutcome::State::Conflict), 1);
        QCOMPARE(report->count(WriteOutcome::State::Failed), 1);
        QCOMPARE(report->count(WriteOutcome::State::Written), int(changes.edits().size()) - 2);
        QCOMPARE(progress.count(), changes.edits().size());

        for (const WriteOutcome &o : report->outcomes) {
            if (o.state == WriteOutcome::State::Conflict) {
                QCOMPARE(o.edit.id, 12);
                QCOMPARE(o.conflict.remoteLastUpdated, remoteStamp);
                QVERIFY(o.conflict.syncedLastUpdated != remoteStamp);
                QCOMPARE(o.conflict.fields.size(), 1);
                QCOMPARE(o.conflict.fields.first().field, QStringLiteral("serial"));
                QCOMPARE(o.conflict.fields.first().local.toString(), QStringLiteral("SN-LOCAL-12"));
                QCOMPARE(o.conflict.fields.first().remote.toString(), QStringLiteral("SN-REMOTE"));
                QCOMPARE(o.conflict.fields.first().synced.toString(), d1.isEmpty() ? QString() :
                         store->row(ObjectKind::Device, 12)->at(6).toString());
            }
            if (o.state == WriteOutcome::State::Failed) {
                QCOMPARE(o.edit.fields.value(QStringLiteral("name")).toString(), QStringLiteral("broken-1"));
                QVERIFY2(o.error.detail.contains(QStringLiteral("device_type")), qPrintable(o.error.detail));
            }
        }
        // Nothing overwritten remotely; every written value is in NetBox and
        // mirrored in the store.
        QCOMPARE(server.object(ObjectKind::Device, 12).value(QStringLiteral("serial")).toString(), QStringLiteral("SN-REMOTE"));
        QCOMPARE(server.object(ObjectKind::Device, 11).value(QStringLiteral("serial")).toString(), QStringLiteral("SN-LOCAL-11"));
        QCOMPARE(server.object(ObjectKind::Device, 11).value(QStringLiteral("status")).toObject().value(QStringLiteral("value")).toString(),
                 QStringLiteral("offline"));
        QCOMPARE(refId(server.object(ObjectKind::Device, 13), "rack"), rack.value(QStringLiteral("id")).toInteger());
        QCOMPARE(server.object(ObjectKind::Interface, ifaces.at(3)).value(QStringLiteral("enabled")).toBool(), false);
        QCOMPARE(store->row(ObjectKind::Device, 11)->at(6).toString(), QStringLiteral("SN-LOCAL-11"));
        QCOMPARE(store->row(ObjectKind::Interface, ifaces.at(3))->at(19).toString(), QStringLiteral("to firewall"));
        bool sawCable = false;
        for (qint64 id : server.ids(ObjectKind::Cable))
            sawCable = sawCable || server.object(ObjectKind::Cable, id).value(QStringLiteral("label")).toString() == QLatin1String("NEW-1");
        QVERIFY(sawCable);

        // Writes went out in bulk where NetBox allows it.
        int patches = 0;
        for (const QString &line : server.requestLog())
            patches += line.startsWith(QLatin1String("PATCH /api/dcim/devices/")) ? 1 : 0;
        QCOMPARE(patches, version == QLatin1String("4.6") ? 3 : 1);

        // After an incremental sync the store equals NetBox.
        QVERIFY((runTo<SyncSummary>(&sync, [&] { sync.startIncremental(); })).ok());
        const QString diff = Test::compareStoreWithServer(*store, server);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void deletedRemotelyIsAConflict()
    {
        NetBoxFixtureServer &server = m_estates.server();
        QTemporaryDir dir;
        auto synced = m_estates.syncedStore(server, dir.filePath(QStringLiteral("s.db")));
        QVERIFY2(synced.ok(), qPrintable(synced.ok() ? QString() : synced.error().toString()));
        auto store = std::move(synced).value();
        NetBoxClient client(settingsFor(server));
        NetBoxSync sync(&client, store.get());
        const qint64 id = server.ids(ObjectKind::Interface).constLast();
        QVERIFY(server.deleteObject(ObjectKind::Interface, id).ok());
        ChangeSet changes;
        changes.setInterface(id, QStringLiteral("gone"), std::nullopt);
        NetBoxWriter writer(&client, store.get());
        auto report = runTo<WriteReport>(&writer, [&] { writer.push(changes); });
        QVERIFY(report.ok());
        QCOMPARE(report->outcomes.first().state, WriteOutcome::State::Conflict);
        QVERIFY(report->outcomes.first().conflict.deletedRemotely);
        QCOMPARE(server.count(ObjectKind::Interface), qint64(server.ids(ObjectKind::Interface).size()));
    }

    // NetBox rejects two of five edits (an unknown status choice, a role
    // that does not exist): the other three are written, and the rejected
    // ones stay in the journal, Failed, with NetBox's own message.
    void rejectedEditsStayWithNetBoxMessage_data()
    {
        QTest::addColumn<QString>("version");
        QTest::newRow("3.1") << QStringLiteral("3.1");
        QTest::newRow("4.2") << QStringLiteral("4.2");
        QTest::newRow("4.6") << QStringLiteral("4.6");
    }
    void rejectedEditsStayWithNetBoxMessage()
    {
        QFETCH(QString, version);
        NetBoxFixtureServer &server = m_estates.server(version);
        QTemporaryDir dir;
        auto synced = m_estates.syncedStore(server, dir.filePath(QStringLiteral("s.db")));
        QVERIFY2(synced.ok(), qPrintable(synced.ok() ? QString() : synced.error().toString()));
        auto store = std::move(synced).value();
        NetBoxClient client(settingsFor(server));
        const QJsonObject d1 = server.object(ObjectKind::Device, 21);
        const QString roleField = version == QLatin1String("3.1") ? QStringLiteral("device_role") : QStringLiteral("role");
        ChangeSet changes;
        changes.setDeviceAttributes(21, {{QStringLiteral("serial"), QStringLiteral("SN-21")}});
        changes.setDeviceAttributes(22, {{QStringLiteral("status"), QStringLiteral("frobnicated")}});
        changes.setDeviceAttributes(23, {{QStringLiteral("serial"), QStringLiteral("SN-23")}});
        changes.addDevice({{QStringLiteral("name"), QStringLiteral("no-such-role")},
                           {QStringLiteral("device_type"), refId(d1, "device_type")},
                           {QStringLiteral("role"), 999999},
                           {QStringLiteral("site"), refId(d1, "site")}});
        changes.addDevice({{QStringLiteral("name"), QStringLiteral("fine-1")},
                           {QStringLiteral("device_type"), refId(d1, "device_type")},
                           {QStringLiteral("role"), refId(d1, roleField.toLatin1().constData())},
                           {QStringLiteral("site"), refId(d1, "site")}});
        NetBoxWriter writer(&client, store.get());
        auto report = runTo<WriteReport>(&writer, [&] { writer.push(changes); });
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));
        QCOMPARE(report->count(WriteOutcome::State::Written), 3);
        QCOMPARE(report->count(WriteOutcome::State::Failed), 2);
        QCOMPARE(server.object(ObjectKind::Device, 21).value(QStringLiteral("serial")).toString(), QStringLiteral("SN-21"));
        QCOMPARE(server.object(ObjectKind::Device, 23).value(QStringLiteral("serial")).toString(), QStringLiteral("SN-23"));
        QVERIFY(server.object(ObjectKind::Device, 22).value(QStringLiteral("status")).toObject().value(QStringLiteral("value"))
                != QJsonValue(QStringLiteral("frobnicated")));

        const QList<JournalEntry> kept = ChangeSetJournal::afterPush(*report);
        QCOMPARE(kept.size(), 2);
        QCOMPARE(kept.at(0).edit.id, 22);
        QCOMPARE(kept.at(0).state, JournalEntry::State::Failed);
        QVERIFY2(kept.at(0).error.contains(QStringLiteral("frobnicated is not a valid choice.")), qPrintable(kept.at(0).error));
        QCOMPARE(kept.at(1).edit.fields.value(QStringLiteral("name")).toString(), QStringLiteral("no-such-role"));
        QVERIFY2(kept.at(1).error.contains(QStringLiteral("Related object not found using the provided numeric ID: 999999")),
                 qPrintable(kept.at(1).error));
        QVERIFY2(kept.at(1).error.contains(roleField), qPrintable(kept.at(1).error));
        // Kept across a restart of the console.
        QVERIFY(ChangeSetJournal::save(*store, kept).ok());
        auto loaded = ChangeSetJournal::load(*store);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->size(), 2);
        QCOMPARE(loaded->at(0).error, kept.at(0).error);
        QCOMPARE(loaded->at(1).state, JournalEntry::State::Failed);
    }

private:
    Test::SharedEstates m_estates;
};

QTEST_GUILESS_MAIN(TestNetBoxWriter)
#include "tst_netboxwriter.moc"
