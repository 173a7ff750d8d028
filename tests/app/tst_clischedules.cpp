// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "tests/app/clihome.h"

using namespace OpsDeck;

/// Backup schedules from opsdeck-cli: added, changed and removed in
/// workspace.json; every refusal is one line on standard error, a non-zero
/// exit status and an unchanged file.
class TestCliSchedules final : public QObject
{
    Q_OBJECT

private:
    Test::CliHome m_home;
    QString m_configFile;

    Test::CliRun cli(const QStringList &args) const
    {
        return m_home.cli(args + QStringList{u"--workspace"_qs, u"Lab"_qs});
    }

    QByteArray configBytes() const
    {
        QFile f(m_configFile);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QJsonArray schedules() const
    {
        return QJsonDocument::fromJson(configBytes())
            .object()
            .value(u"backups"_qs)
            .toObject()
            .value(u"schedules"_qs)
            .toArray();
    }

    void refused(const QStringList &args, const QString &what)
    {
        const QByteArray before = configBytes();
        const Test::CliRun r = cli(args);
        QVERIFY2(r.exitCode != 0, qPrintable(args.join(u' ')));
        QCOMPARE(r.err.count(u'\n'), 1);
        QVERIFY2(r.err.contains(what), qPrintable(r.err));
        QCOMPARE(configBytes(), before);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        const Test::CliRun created = cli({u"workspace"_qs, u"create"_qs, u"Lab"_qs});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        m_configFile = m_home.filePath(u"home/.local/share/OpsDeck/opsdeck/workspaces/lab/workspace.json"_qs);
        QVERIFY(QFile::exists(m_configFile));
    }

    void addChangeRemove()
    {
        Test::CliRun r = cli({u"schedule"_qs, u"set"_qs, u"nightly"_qs, u"--at"_qs, u"02:30"_qs, u"--site"_qs,
                              u"dc1"_qs, u"--concurrency"_qs, u"2"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"schedule nightly added"_qs) && r.out.contains(u"daily at 02:30"_qs),
                 qPrintable(r.out));
        QCOMPARE(schedules().size(), 1);
        QJsonObject s = schedules().at(0).toObject();
        QCOMPARE(s.value(u"at"_qs).toString(), u"02:30"_qs);
        QCOMPARE(s.value(u"site"_qs).toString(), u"dc1"_qs);
        QCOMPARE(s.value(u"concurrencyPerSite"_qs).toInt(), 2);

        // Changing the timing replaces it; the rest stays.
        r = cli({u"schedule"_qs, u"set"_qs, u"nightly"_qs, u"--every"_qs, u"720"_qs, u"--retries"_qs, u"0"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"schedule nightly changed"_qs));
        s = schedules().at(0).toObject();
        QCOMPARE(s.value(u"everyMinutes"_qs).toInt(), 720);
        QVERIFY(!s.contains(u"at"_qs) || s.value(u"at"_qs).toString().isEmpty());
        QCOMPARE(s.value(u"retries"_qs).toInt(), 0);
        QCOMPARE(s.value(u"site"_qs).toString(), u"dc1"_qs);

        r = cli({u"schedule"_qs, u"remove"_qs, u"nightly"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(schedules().isEmpty());
    }

    void badInputChangesNothing()
    {
        const Test::CliRun r = cli({u"schedule"_qs, u"set"_qs, u"keep"_qs, u"--every"_qs, u"60"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        refused({u"schedule"_qs, u"set"_qs, u"new"_qs}, u"needs --every MINUTES or --at HH:MM"_qs);
        refused({u"schedule"_qs, u"set"_qs, u"keep"_qs, u"--at"_qs, u"25:99"_qs}, u"backups.schedules[0].at"_qs);
        refused({u"schedule"_qs, u"set"_qs, u"keep"_qs, u"--every"_qs, u"60"_qs, u"--at"_qs, u"01:00"_qs},
                u"not both"_qs);
        refused({u"schedule"_qs, u"set"_qs, u"keep"_qs, u"--retries"_qs, u"11"_qs},
                u"--retries takes a number from 0 to 10"_qs);
        refused({u"schedule"_qs, u"set"_qs, u"keep"_qs, u"--port"_qs, u"ssh"_qs}, u"--port takes a number"_qs);
        refused({u"schedule"_qs, u"set"_qs, u"bad name"_qs, u"--every"_qs, u"5"_qs}, u"a schedule name is"_qs);
        refused({u"schedule"_qs, u"remove"_qs, u"absent"_qs}, u"no schedule absent"_qs);
        QCOMPARE(schedules().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliSchedules)
#include "tst_clischedules.moc"
