// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// Searching the latest configuration of every device: the store's latest
// versions, text and regular-expression matches with line numbers, case,
// limits and bad patterns.

#include <QTemporaryDir>
#include <QTest>

#include "backend/jobs/configsearch.h"
#include "backend/jobs/jobstore.h"

using namespace OpsDeck;
using namespace OpsDeck::Jobs;

class TestConfigSearch final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<JobStore> m_store;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto store = JobStore::open(m_dir.filePath(u"store.sqlite"_qs));
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().toString()));
        m_store = std::move(store).value();
        // leaf1 has two versions: only the latest is searched.
        QVERIFY(
            m_store
                ->addBackup(u"leaf1"_qs, u"hostname leaf1\nntp server 10.0.0.1\nlogging host 10.0.0.9\n"_qs, u"j1"_qs)
                .ok());
        QVERIFY(m_store
                    ->addBackup(u"leaf1"_qs, u"hostname leaf1\nntp server 10.0.0.2\r\nlogging host 10.0.0.19\n"_qs,
                                u"j2"_qs)
                    .ok());
        QVERIFY(m_store
                    ->addBackup(u"core1"_qs, u"hostname core1\nNTP SERVER 10.0.0.2\nsnmp-server location dc1\n"_qs,
                                u"j3"_qs)
                    .ok());
        QVERIFY(m_store->addBackup(u"fw1"_qs, u"set system host-name fw1\n"_qs, u"j4"_qs).ok());
    }

    void latestVersionsOfEveryDevice()
    {
        const auto latest = m_store->latestBackups();
        QVERIFY(latest.ok());
        QCOMPARE(latest->size(), 3);
        QCOMPARE(latest->at(0).device, u"core1"_qs);
        QCOMPARE(latest->at(1).device, u"fw1"_qs);
        QCOMPARE(latest->at(2).device, u"leaf1"_qs);
        QCOMPARE(latest->at(2).version, 2);
    }

    void textAndCase()
    {
        const auto latest = m_store->latestBackups().value();
        auto found = searchConfigurations(latest, u"ntp server 10.0.0"_qs, false, false, 100);
        QVERIFY(found.ok());
        QCOMPARE(found->devicesSearched, 3);
        QCOMPARE(found->devicesMatched, 2);
        QCOMPARE(found->matches.size(), 2);
        QCOMPARE(found->matches.at(0).device, u"core1"_qs);
        QCOMPARE(found->matches.at(0).line, 2);
        QCOMPARE(found->matches.at(0).text, u"NTP SERVER 10.0.0.2"_qs);
        QCOMPARE(found->matches.at(1).device, u"leaf1"_qs);
        QCOMPARE(found->matches.at(1).version, 2);
        QCOMPARE(found->matches.at(1).text, u"ntp server 10.0.0.2"_qs); // without the carriage return
        found = searchConfigurations(latest, u"ntp server"_qs, false, true, 100);
        QCOMPARE(found->matches.size(), 1);
        // The older version's 10.0.0.9 is not the latest: not found.
        QVERIFY(searchConfigurations(latest, u"10.0.0.9"_qs, false, false, 100)->matches.isEmpty());
    }

    void regularExpressionsAndLimits()
    {
        const auto latest = m_store->latestBackups().value();
        auto found = searchConfigurations(latest, uR"(^(hostname|set system host-name) \S+1$)"_qs, true, false, 100);
        QVERIFY(found.ok());
        QCOMPARE(found->matches.size(), 3);
        QCOMPARE(found->devicesMatched, 3);
        found = searchConfigurations(latest, uR"(host)"_qs, true, false, 2);
        QCOMPARE(found->matches.size(), 2);
        QVERIFY(found->truncated);
        QCOMPARE(found->devicesMatched, 3); // counted beyond the limit

        const auto bad = searchConfigurations(latest, u"(unclosed"_qs, true, false, 10);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, ErrorCode::InvalidInput);
        QVERIFY2(bad.error().detail.contains(u"at offset"_qs), qPrintable(bad.error().detail));
        QCOMPARE(searchConfigurations(latest, QString(), false, false, 10).error().code, ErrorCode::InvalidInput);
        // The same text as a plain search is fine.
        QVERIFY(searchConfigurations(latest, u"(unclosed"_qs, false, false, 10).ok());
    }
};

QTEST_GUILESS_MAIN(TestConfigSearch)
#include "tst_configsearch.moc"
