// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "backend/vault/filevault.h"

using namespace OpsDeck;
using namespace OpsDeck::Vault;

namespace {

const QByteArray kPassphrase = "two writers";

QProcess *startWriter(const QString &vault, const QString &prefix, int count, QObject *parent)
{
    auto *p = new QProcess(parent);
    p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p->start(QStringLiteral(OPSDECK_VAULTWRITER_PATH), {vault, prefix, QString::number(count)});
    p->write(kPassphrase + '\n');
    p->closeWriteChannel();
    return p;
}

} // namespace

/// The console, the service and the CLI share one vault file: writers in
/// different processes each keep their entries; a passphrase changed by one
/// process locks the others out with a clear message until they unlock again.
class TestVaultProcesses final : public QObject
{
    Q_OBJECT

private slots:
    void concurrentWritersKeepEverything()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"vault.bin"_qs);
        FileVault vault(path);
        QVERIFY(vault.create(Secret::fromBytes(kPassphrase), KdfLimits::minimal()).ok());
        constexpr int perWriter = 25;
        QProcess *a = startWriter(path, u"console"_qs, perWriter, this);
        QProcess *b = startWriter(path, u"service"_qs, perWriter, this);
        // And this process writes at the same time.
        for (int i = 0; i < perWriter; ++i)
            QVERIFY(vault.store(u"cli/%1"_qs.arg(i), Secret::fromString(u"cli"_qs)).ok());
        QVERIFY(a->waitForFinished(60000) && b->waitForFinished(60000));
        QCOMPARE(a->exitCode(), 0);
        QCOMPARE(b->exitCode(), 0);
        auto keys = vault.keys();
        QVERIFY(keys.ok());
        QCOMPARE(keys->size(), 3 * perWriter);
        QCOMPARE(vault.lookup(u"service/24"_qs)->revealString(), u"service/24"_qs);
        QCOMPARE(vault.lookup(u"console/0"_qs)->revealString(), u"console/0"_qs);
    }

    void rekeyedByAnotherLocksOthersUntilUnlock()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"vault.bin"_qs);
        FileVault console(path);
        QVERIFY(console.create(Secret::fromBytes(kPassphrase), KdfLimits::minimal()).ok());
        QVERIFY(console.store(u"netbox/token"_qs, Secret::fromString(u"t0ken"_qs)).ok());
        FileVault service(path);
        QVERIFY(service.unlock(Secret::fromBytes(kPassphrase)).ok());

        QVERIFY(console.changePassphrase(Secret::fromBytes(kPassphrase), Secret::fromString(u"new one"_qs)).ok());
        auto stale = service.lookup(u"netbox/token"_qs);
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error().code, ErrorCode::Locked);
        QVERIFY2(stale.error().detail.contains(u"unlock it again"), qPrintable(stale.error().detail));
        QCOMPARE(service.store(u"x"_qs, Secret::fromString(u"y"_qs)).error().code, ErrorCode::Locked);
        // The old passphrase no longer opens it; the new one does, nothing lost.
        QCOMPARE(service.unlock(Secret::fromBytes(kPassphrase)).error().code, ErrorCode::WrongPassphrase);
        QVERIFY(service.unlock(Secret::fromString(u"new one"_qs)).ok());
        QCOMPARE(service.lookup(u"netbox/token"_qs)->revealString(), u"t0ken"_qs);
    }
};

QTEST_GUILESS_MAIN(TestVaultProcesses)
#include "tst_vaultprocesses.moc"
