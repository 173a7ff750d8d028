// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "backend/ipc/servicelauncher.h"

using namespace OpsDeck;

/// Where the console and the CLI look for opsdeckd: beside themselves
/// (installed layouts), the build tree's service folder (scripts/run), the
/// package's libexec folder, then PATH.
class TestServiceLauncher final : public QObject
{
    Q_OBJECT

private slots:
    void candidatesCoverEveryLayout()
    {
        const QStringList c = Ipc::ServiceLauncher::serviceCandidates(u"/opt/build/app/console"_qs);
        QVERIFY(c.size() >= 4);
        QCOMPARE(c.at(0), u"/opt/build/app/console/opsdeckd"_qs);
        QCOMPARE(c.at(1), u"/opt/build/app/service/opsdeckd"_qs);
        QVERIFY(c.contains(u"/opt/build/app/libexec/opsdeck/opsdeckd"_qs));
    }

    void buildTreeServiceIsFound()
    {
        // The layout scripts/run leaves: app/console/opsdeck, app/service/opsdeckd.
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath(u"app/console"_qs)));
        QVERIFY(QDir().mkpath(dir.filePath(u"app/service"_qs)));
        QFile service(dir.filePath(u"app/service/opsdeckd"_qs));
        QVERIFY(service.open(QIODevice::WriteOnly));
        service.write("#!/bin/sh\n");
        service.close();
        QVERIFY(service.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        const QStringList c = Ipc::ServiceLauncher::serviceCandidates(dir.filePath(u"app/console"_qs));
        const auto found = std::find_if(c.cbegin(), c.cend(), [](const QString &p) {
            return QFileInfo(p).isExecutable() && QFileInfo(p).isFile();
        });
        QVERIFY(found != c.cend());
        QCOMPARE(*found, dir.filePath(u"app/service/opsdeckd"_qs));
    }
};

QTEST_GUILESS_MAIN(TestServiceLauncher)
#include "tst_servicelauncher.moc"
