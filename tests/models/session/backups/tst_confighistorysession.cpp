// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// The console's configuration history session against a real JobService on
// a local socket: versions with their line counts, one version's content, a
// diff, an unknown version, a device without backups and no service.
#include <QSignalSpy>
#include <QTest>

#include "models/session/backups/confighistorysession.h"
#include "models/session/jobs/jobserviceconnection.h"
#include "tests/models/session/backups/backupserviceundertest.h"

using namespace OpsDeck;
using namespace Qt::StringLiterals;
using Models::ConfigHistoryRequest;
using Models::ConfigHistorySession;
using Models::ConfigVersion;
using Models::JobServiceConnection;

namespace {

const QString kFirst = u"hostname core-1\ninterface Gi0/1\n description uplink\n shutdown\nntp server 10.0.0.1\n"_s;
const QString kSecond = u"hostname core-1\ninterface Gi0/1\n description uplink to dist-2\nntp server 10.0.0.1\n"
                        u"ntp server 10.0.0.2\nlogging host 10.0.0.9\n"_s;

} // namespace

class TestConfigHistorySession final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString problem = m_service.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(m_service.addVersion(u"core-1"_s, kFirst), 1);
        QCOMPARE(m_service.addVersion(u"core-1"_s, kSecond), 2);
        m_endpoint.socketName = m_service.server->socketName();
        m_endpoint.startService = false;
    }

    void cleanupTestCase() { m_service.stop(); }

    void countsLines()
    {
        const auto counts = ConfigHistorySession::countLines(u"--- a\n+++ b\n@@ -1,2 +1,2 @@\n a\n-b\n+c\n+d\n"_s);
        QCOMPARE(counts.added, 2);
        QCOMPARE(counts.removed, 1);
        QCOMPARE(ConfigHistorySession::countLines({}).added, 0);
    }

    void listsFetchesAndDiffs()
    {
        JobServiceConnection connection;
        ConfigHistorySession session(&connection);
        QSignalSpy connected(&session, &ConfigHistorySession::connectedChanged);
        connection.open(m_endpoint);
        QTRY_VERIFY_WITH_TIMEOUT(session.isConnected(), 10000);
        QVERIFY(!connected.isEmpty());

        QSignalSpy versions(&session, &ConfigHistorySession::versionsLoaded);
        QSignalSpy failed(&session, &ConfigHistorySession::failed);
        session.requestVersions(u"core-1"_s);
        QTRY_COMPARE_WITH_TIMEOUT(versions.count(), 1, 5000);
        QCOMPARE(versions.constFirst().at(0).toString(), u"core-1"_s);
        const auto list = versions.constFirst().at(1).value<QList<ConfigVersion>>();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).version, 1);
        QCOMPARE(list.at(0).added, 5); // everything is new in the first version
        QCOMPARE(list.at(0).removed, 0);
        QCOMPARE(list.at(0).size, qint64(kFirst.toUtf8().size()));
        QCOMPARE(list.at(1).version, 2);
        QCOMPARE(list.at(1).added, 3);
        QCOMPARE(list.at(1).removed, 2);
        QVERIFY(list.at(1).takenAt.isValid());
        QCOMPARE(list.at(1).sha256.size(), 64);

        QSignalSpy content(&session, &ConfigHistorySession::contentLoaded);
        session.requestContent(u"core-1"_s, 1);
        QTRY_COMPARE_WITH_TIMEOUT(content.count(), 1, 5000);
        QCOMPARE(content.constFirst().at(1).toInt(), 1);
        QCOMPARE(content.constFirst().at(2).toString(), kFirst);

        QSignalSpy diff(&session, &ConfigHistorySession::diffLoaded);
        session.requestDiff(u"core-1"_s, 1, 2);
        QTRY_COMPARE_WITH_TIMEOUT(diff.count(), 1, 5000);
        QCOMPARE(diff.constFirst().at(1).toInt(), 1);
        QCOMPARE(diff.constFirst().at(2).toInt(), 2);
        const QString text = diff.constFirst().at(3).toString();
        QVERIFY2(text.contains(u"-description uplink\n"_s) || text.contains(u"- description uplink\n"_s),
                 qPrintable(text));
        QVERIFY(text.contains(u"+logging host 10.0.0.9"_s));
        const auto counts = ConfigHistorySession::countLines(text);
        QCOMPARE(counts.added, 3);
        QCOMPARE(counts.removed, 2);
        QCOMPARE(failed.count(), 0);

        // A version the service does not have: one failure, as a sentence.
        session.requestContent(u"core-1"_s, 9);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 5000);
        QCOMPARE(failed.constFirst().at(1).value<ConfigHistoryRequest>(), ConfigHistoryRequest::Content);
        const auto error = failed.constFirst().at(2).value<Error>();
        QCOMPARE(error.code, ErrorCode::NotFound);
        QCOMPARE(ConfigHistorySession::errorText(ConfigHistoryRequest::Content, error),
                 u"The configuration could not be loaded: the service has no such version."_s);
        QCOMPARE(content.count(), 1);

        // A device without backups has an empty history, not a failure.
        session.requestVersions(u"edge-9"_s);
        QTRY_COMPARE_WITH_TIMEOUT(versions.count(), 2, 5000);
        QCOMPARE(versions.constLast().at(0).toString(), u"edge-9"_s);
        QVERIFY(versions.constLast().at(1).value<QList<ConfigVersion>>().isEmpty());
        QCOMPARE(failed.count(), 1);
    }

    void failsWithoutService()
    {
        ConfigHistorySession unconnected(nullptr);
        QSignalSpy failed(&unconnected, &ConfigHistorySession::failed);
        unconnected.requestVersions(u"core-1"_s);
        QCOMPARE(failed.count(), 0); // after the caller returns
        QTRY_COMPARE(failed.count(), 1);
        const auto error = failed.constFirst().at(2).value<Error>();
        QCOMPARE(ConfigHistorySession::errorText(ConfigHistoryRequest::List, error),
                 u"The configuration versions could not be loaded: the OpsDeck service is not reachable."_s);
    }

private:
    Test::BackupServiceUnderTest m_service;
    Models::JobServiceEndpoint m_endpoint;
};

QTEST_GUILESS_MAIN(TestConfigHistorySession)
#include "tst_confighistorysession.moc"
