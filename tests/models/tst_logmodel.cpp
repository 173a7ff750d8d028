// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <thread>

#include <QAbstractItemModelTester>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

#include "models/log/logmodel.h"

Q_LOGGING_CATEGORY(lcTestOwn, "opsdeck.test")
Q_LOGGING_CATEGORY(lcTestForeign, "other.test")

using OpsDeck::Models::LogEntry;
using OpsDeck::Models::LogModel;

class TestLogModel : public QObject
{
    Q_OBJECT

private slots:
    void postsFromOtherThreadsInBatches();
    void forwardsOnlyOpsdeckCategories();
    void keepsTheNewestEntries();
};

void TestLogModel::postsFromOtherThreadsInBatches()
{
    LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy added(&model, &LogModel::entriesAdded);
    std::thread worker([&model] {
        for (int i = 0; i < 100; ++i)
            model.post({QDateTime::currentDateTime(), i % 10 ? QtInfoMsg : QtWarningMsg,
                        QStringLiteral("opsdeck.worker"), QStringLiteral("event %1").arg(i)});
    });
    worker.join();
    QCOMPARE(model.rowCount(), 0); // queued, not yet appended
    QTRY_COMPARE(model.rowCount(), 100);
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.first().at(0).toInt(), 100);
    QCOMPARE(added.first().at(1).toInt(), 10);
    QCOMPARE(model.warningCount(), 10);
    QCOMPARE(model.index(99, LogModel::MessageColumn).data().toString(), QStringLiteral("event 99"));
    QCOMPARE(model.index(0, LogModel::LevelColumn).data().toString(), LogModel::levelText(QtWarningMsg));
    QCOMPARE(model.index(0, LogModel::CategoryColumn).data().toString(), QStringLiteral("opsdeck.worker"));
}

void TestLogModel::forwardsOnlyOpsdeckCategories()
{
    LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.installMessageHandler();
    QLoggingCategory::setFilterRules(QStringLiteral("opsdeck.test.info=true\nother.test.info=true"));
    qCInfo(lcTestOwn) << "mine";
    qCInfo(lcTestForeign) << "not mine";
    std::thread([] { qCWarning(lcTestOwn) << "from a thread"; }).join();
    model.flush();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.entry(0).message, QStringLiteral("mine"));
    QCOMPARE(model.entry(0).type, QtInfoMsg);
    QCOMPARE(model.entry(1).message, QStringLiteral("from a thread"));
    QCOMPARE(model.entry(1).type, QtWarningMsg);
}

void TestLogModel::keepsTheNewestEntries()
{
    LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMaximumEntries(10);
    for (int i = 0; i < 25; ++i)
        model.post({QDateTime::currentDateTime(), QtInfoMsg, QStringLiteral("opsdeck.x"), QString::number(i)});
    model.flush();
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.entry(0).message, QStringLiteral("15"));
    QCOMPARE(model.entry(9).message, QStringLiteral("24"));
}

QTEST_GUILESS_MAIN(TestLogModel)
#include "tst_logmodel.moc"
