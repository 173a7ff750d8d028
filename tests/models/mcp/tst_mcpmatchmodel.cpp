// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// McpMatchModel over a store an MCP sync wrote: rows per network element
// with device and method, unmatched first, and a manual match stored.

#include <algorithm>

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "models/mcp/mcpmatchmodel.h"
#include "tests/fixtures/mcp/mcpsyncedstore.h"

using namespace OpsDeck;
using namespace Qt::StringLiterals;
using Models::McpMatchModel;

class TestMcpMatchModel final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Test::SyncedStore m_synced;

    McpMatchModel::StoreOpener opener() const
    {
        const QString path = m_dir.filePath(u"store.db"_s);
        return [path] { return Store::Store::openSqlite(path); };
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        const Status st = m_synced.open(m_dir.filePath(u"store.db"_s));
        QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().toString()));
    }

    void listsElementsWithTheirMatch()
    {
        McpMatchModel model(opener());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &McpMatchModel::loaded);
        model.reload();
        QVERIFY(model.isBusy());
        QVERIFY(loaded.wait(20000));
        QVERIFY(!model.isBusy());

        const QList<Mcp::NeMatch> &matches = m_synced.sync->matches();
        QCOMPARE(model.rowCount(), int(matches.size()));
        int matched = 0;
        for (const Mcp::NeMatch &m : matches) {
            const int row = model.rowOf(m.networkElementId);
            QVERIFY(row >= 0);
            QCOMPARE(model.index(row, 0).data(McpMatchModel::DeviceIdRole).toLongLong(), m.deviceId);
            QCOMPARE(model.index(row, McpMatchModel::ElementColumn).data().toString(), m.networkElementName);
            QCOMPARE(model.index(row, McpMatchModel::MethodColumn).data().toString(), McpMatchModel::methodText(m.method));
            if (m.deviceId) {
                QCOMPARE(model.index(row, McpMatchModel::DeviceColumn).data().toString(), m.deviceName);
                ++matched;
            }
        }
        QCOMPARE(model.matchedCount(), matched);
        QCOMPARE(matched, 20);
        // Unmatched first.
        QVERIFY(!model.index(0, 0).data(McpMatchModel::MatchedRole).toBool());
        QVERIFY(model.index(model.rowCount() - 1, 0).data(McpMatchModel::MatchedRole).toBool());
        QVERIFY(!model.devices().isEmpty());
    }

    void manualMatchIsStored()
    {
        McpMatchModel model(opener());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &McpMatchModel::loaded);
        QSignalSpy saved(&model, &McpMatchModel::manualMatchSaved);
        QSignalSpy errors(&model, &McpMatchModel::errorOccurred);
        model.reload();
        QVERIFY(loaded.wait(20000));
        const int unmatchedBefore = model.unmatchedCount();
        const QString ne = model.row(0).networkElementId;
        QCOMPARE(model.row(0).deviceId, qint64(0));
        // A device no element is matched to.
        QSet<qint64> used;
        for (int i = 0; i < model.rowCount(); ++i)
            used.insert(model.row(i).deviceId);
        const auto device = std::find_if(model.devices().cbegin(), model.devices().cend(),
                                         [&](const Models::MatchableDevice &d) { return !used.contains(d.id); });
        QVERIFY(device != model.devices().cend());

        model.setManualMatch(ne, device->id);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 20000);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().at(0).toString(), ne);
        QVERIFY(errors.isEmpty());
        const int row = model.rowOf(ne);
        QCOMPARE(model.row(row).deviceId, device->id);
        QCOMPARE(model.row(row).method, Mcp::MatchMethod::Manual);
        QCOMPARE(model.index(row, McpMatchModel::DeviceColumn).data().toString(), device->name);
        QCOMPARE(model.unmatchedCount(), unmatchedBefore - 1);

        // Stored: a second model and the store itself see it.
        auto manual = Mcp::McpMatchStore::manualMatches(*m_synced.store);
        QVERIFY(manual.ok());
        QCOMPARE(manual->value(ne), device->id);

        // An unknown device fails clearly and changes nothing.
        model.setManualMatch(ne, 987654321);
        QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 20000);
        QCOMPARE(errors.first().at(0).value<Error>().code, ErrorCode::NotFound);
        QCOMPARE(model.row(model.rowOf(ne)).deviceId, device->id);
    }
};

QTEST_GUILESS_MAIN(TestMcpMatchModel)
#include "tst_mcpmatchmodel.moc"
