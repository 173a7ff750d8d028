// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "models/session/sync/syncsource.h"
#include "models/sync/syncprogressmodel.h"

using namespace OpsDeck;
using Models::SyncProgressModel;
using Models::SyncSource;
using Models::SyncStep;
using RowState = Models::SyncProgressModel::RowState;

namespace {

// A source driven by the test, as a second sync (e.g. the MCP) would drive
// the panel.
class ScriptedSource final : public SyncSource
{
public:
    ScriptedSource()
        : SyncSource(QStringLiteral("ws"))
    {}

    QString title() const override { return QStringLiteral("Scripted"); }
    QStringList endpoints() const override { return m_endpoints; }
    void startFull() override { reportStarted(true); }
    void startIncremental() override { reportStarted(false); }
    void cancel() override { reportCancelling(); }
    void checkReachability() override {}

    void step(const QString &endpoint, int index, qint64 objects, qint64 total, bool committing = false)
    {
        SyncStep s;
        s.endpoint = endpoint;
        s.index = index;
        s.objects = objects;
        s.total = total;
        s.bytes = objects * 100;
        s.etaMs = 1500;
        s.committing = committing;
        reportStep(s);
    }
    using SyncSource::reportFinished;
    using SyncSource::reportLastSync;
    using SyncSource::reportReachability;

    QStringList m_endpoints{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
};

} // namespace

class TestSyncProgressModel : public QObject
{
    Q_OBJECT

private slots:
    void rowsFollowTheRun()
    {
        ScriptedSource source;
        SyncProgressModel model(&source);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowState(0), RowState::Waiting);

        source.startFull();
        QCOMPARE(source.state(), SyncSource::State::Running);
        source.step(QStringLiteral("a"), 0, 10, 20);
        QCOMPARE(model.rowState(0), RowState::Running);
        QCOMPARE(model.index(0, SyncProgressModel::ObjectsColumn).data().toString(), QStringLiteral("10 of 20"));
        QCOMPARE(model.index(0, 0).data(SyncProgressModel::PercentRole).toInt(), 50);
        QVERIFY(!model.index(0, SyncProgressModel::EtaColumn).data().toString().isEmpty());
        QVERIFY(source.stateText().contains(QStringLiteral("a (10 of 20)")));

        // The next endpoint: the previous one is done.
        source.step(QStringLiteral("b"), 1, 0, -1);
        QCOMPARE(model.rowState(0), RowState::Done);
        QCOMPARE(model.rowState(1), RowState::Running);
        QCOMPARE(model.index(1, 0).data(SyncProgressModel::PercentRole).toInt(), -1);
        // An endpoint the source did not announce gets a row.
        source.step(QStringLiteral("extra"), 7, 1, 1);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.rowState(2), RowState::Done);

        source.reportFinished(SyncSource::State::Failed, QStringLiteral("boom"));
        QCOMPARE(model.rowState(3), RowState::Failed);
        QCOMPARE(model.index(3, SyncProgressModel::ErrorColumn).data().toString(), QStringLiteral("boom"));
        QVERIFY(source.stateText().contains(QStringLiteral("boom")));

        // A new run starts from the announced endpoints again.
        source.startIncremental();
        QCOMPARE(model.rowCount(), 3);
        source.step(QStringLiteral("b"), 1, 5, 5);
        source.cancel();
        QCOMPARE(source.state(), SyncSource::State::Cancelling);
        source.reportFinished(SyncSource::State::Cancelled);
        QCOMPARE(model.rowState(1), RowState::Cancelled);
        QCOMPARE(model.rowState(2), RowState::Waiting);

        source.startFull();
        source.step(QStringLiteral("c"), 2, 3, 3, true);
        source.reportFinished(SyncSource::State::Succeeded);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.rowState(row), RowState::Done);
    }

    void lastSyncAndStaleness()
    {
        ScriptedSource source;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(source.isStale(now));
        QCOMPARE(source.lastSyncText(now), QStringLiteral("never synced"));
        QSignalSpy changed(&source, &SyncSource::lastSyncChanged);
        source.reportLastSync(now.addSecs(-300));
        QCOMPARE(changed.size(), 1);
        QVERIFY(!source.isStale(now));
        QVERIFY2(source.lastSyncText(now).startsWith(QStringLiteral("synced 5 minute")), qPrintable(source.lastSyncText(now)));
        source.setStaleAfterSeconds(60);
        QVERIFY(source.isStale(now));
        QVERIFY2(source.lastSyncText(now).startsWith(QStringLiteral("stale: synced 5 minute")),
                 qPrintable(source.lastSyncText(now)));

        QSignalSpy reach(&source, &SyncSource::reachabilityChanged);
        source.reportReachability(SyncSource::Reachability::Offline);
        source.reportReachability(SyncSource::Reachability::Offline);
        QCOMPARE(reach.size(), 1);
        QVERIFY(source.stateText().contains(QStringLiteral("Offline")));
    }
};

QTEST_GUILESS_MAIN(TestSyncProgressModel)
#include "tst_syncprogressmodel.moc"
