// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// Writes canary secrets through every path a workspace offers (vault, config
// files, store, errors, logs) and scans every byte the workspace produced:
// no canary may appear in clear text, UTF-16 or base64.
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include "backend/demo/demoestate.h"
#include "backend/store/store.h"
#include "backend/vault/filevault.h"
#include "backend/workspace/workspace.h"
#include "backend/workspace/workspaceregistry.h"

using OpsDeck::ErrorCode;
using OpsDeck::Vault::FileVault;
using OpsDeck::Vault::KdfLimits;
using OpsDeck::Vault::Secret;

namespace {

QMutex s_logMutex;
QStringList s_log;
QtMessageHandler s_previous = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&s_logMutex);
        s_log << message;
    }
    if (s_previous)
        s_previous(type, context, message);
}

QString canary(const char *what)
{
    return QStringLiteral("CANARY-%1-%2").arg(QLatin1String(what)).arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
}

// The forms a leaked secret could take in a file.
QList<QByteArray> encodings(const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    return {utf8, QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2), utf8.toBase64(),
            utf8.toHex()};
}

} // namespace

class TestSecretCanary : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QStringList m_canaries;

    QString root() const { return m_dir.filePath(QStringLiteral("workspaces")); }
    QString userConfig() const { return m_dir.filePath(QStringLiteral("user-config")); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        s_previous = qInstallMessageHandler(captureMessages);
        m_canaries = {canary("netbox-token"), canary("snmp-community"), canary("snmp-authkey"),
                      canary("ssh-password"), canary("passphrase"), canary("prtg-passhash")};
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(s_previous);
    }

    void everyPathKeepsSecretsOutOfClearText()
    {
        const OpsDeck::Workspace::WorkspaceRegistry registry(root(), userConfig());
        auto ws = registry.create(QStringLiteral("Canary estate"));
        QVERIFY2(ws.ok(), ws.ok() ? "" : qPrintable(ws.error().toString()));

        // The vault: secrets stored, read back, a wrong passphrase tried.
        const QString passphrase = m_canaries.at(4);
        {
            FileVault vault(ws->vaultPath());
            QVERIFY(vault.create(Secret::fromString(passphrase), KdfLimits::minimal()).ok());
            const QStringList keys = {QStringLiteral("netbox/token"), QStringLiteral("snmp/community"),
                                      QStringLiteral("snmp/v3-auth"), QStringLiteral("ssh/password"),
                                      QStringLiteral("prtg/passhash")};
            const QList<int> which = {0, 1, 2, 3, 5};
            for (int i = 0; i < keys.size(); ++i)
                QVERIFY(vault.store(keys.at(i), Secret::fromString(m_canaries.at(which.at(i)))).ok());
            vault.lock();
            const auto wrong = vault.unlock(Secret::fromString(m_canaries.at(0)));
            QCOMPARE(wrong.error().code, ErrorCode::WrongPassphrase);
            QVERIFY(vault.unlock(Secret::fromString(passphrase)).ok());
            QCOMPARE(vault.lookup(keys.at(0))->revealString(), m_canaries.at(0));
            qWarning() << "looked up" << *vault.lookup(keys.at(0)); // must print redacted
            QCOMPARE(vault.lookup(QStringLiteral("missing")).error().code, ErrorCode::NotFound);
        }

        // The config: a secret typed in clear text is refused without being
        // echoed, and the file is left as the user wrote it.
        const QString configPath = ws->configFile();
        QFile config(configPath);
        QVERIFY(config.open(QIODevice::ReadOnly));
        const QByteArray original = config.readAll();
        config.close();
        QJsonObject json = QJsonDocument::fromJson(original).object();
        json.insert(QStringLiteral("connections"),
                    QJsonObject{{QStringLiteral("netbox"),
                                 QJsonObject{{QStringLiteral("url"), QStringLiteral("https://netbox.example.net")},
                                             {QStringLiteral("token"), m_canaries.at(0)}}}});
        const QByteArray tampered = QJsonDocument(json).toJson();
        {
            QVERIFY(config.open(QIODevice::WriteOnly | QIODevice::Truncate));
            config.write(tampered);
            config.close();
        }
        const auto reopened = OpsDeck::Workspace::Workspace::open(ws->folder(), userConfig());
        QVERIFY(!reopened.ok());
        QVERIFY(!reopened.error().toString().contains(m_canaries.at(0)));
        QVERIFY(reopened.error().toString().contains(QStringLiteral("vault")));
        qWarning() << "config refused:" << reopened.error().toString();
        // Remove the clear-text secret again: the scan below looks for what
        // OpsDeck wrote, not what this test typed into the file.
        {
            QVERIFY(config.open(QIODevice::WriteOnly | QIODevice::Truncate));
            config.write(original);
            config.close();
        }
        QVERIFY(OpsDeck::Workspace::Workspace::open(ws->folder(), userConfig()).ok());

        // The store: a full demo import and sync state.
        {
            auto store = OpsDeck::Store::Store::openSqlite(ws->storePath());
            QVERIFY(store.ok());
            QVERIFY(OpsDeck::Demo::importDemoEstate(**store).ok());
            QVERIFY((*store)->setWatermark(QStringLiteral("netbox"), QStringLiteral("dcim/devices"),
                                           QStringLiteral("2026-01-01T00:00:00Z")).ok());
        }

        // Scan every file under the workspace and the user configuration.
        int scanned = 0;
        for (const QString &folder : {root(), userConfig()}) {
            QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QFile f(path);
                QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
                const QByteArray bytes = f.readAll();
                ++scanned;
                for (const QString &c : std::as_const(m_canaries)) {
                    for (const QByteArray &form : encodings(c))
                        QVERIFY2(!bytes.contains(form), qPrintable(path + QStringLiteral(" holds a secret")));
                }
            }
        }
        QVERIFY2(scanned >= 3, "expected at least the config, the vault and the store");

        // And every log line of the run.
        QMutexLocker lock(&s_logMutex);
        QVERIFY(!s_log.isEmpty());
        const QString all = s_log.join(QLatin1Char('\n'));
        QVERIFY(all.contains(QStringLiteral("redacted")));
        for (const QString &c : std::as_const(m_canaries))
            QVERIFY2(!all.contains(c), "a log line holds a secret");
    }
};

QTEST_GUILESS_MAIN(TestSecretCanary)
#include "tst_secretcanary.moc"
