// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "backend/vault/filevault.h"
#include "backend/vault/secretstorefactory.h"

using namespace OpsDeck;
using namespace OpsDeck::Vault;
using namespace Qt::StringLiterals;

class TestSecretStoreFactory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void fileVaultByDefault();
    void keychainOnlyWhenAskedAndBuiltIn();
    void serviceNamesPerWorkspace();
    void missingSettings();
};

void TestSecretStoreFactory::fileVaultByDefault()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"secrets.vault"_s);
    auto store = createSecretStore({SecretBackend::File, u"lab"_s, path});
    QVERIFY(store.ok());
    QCOMPARE(store.value()->backend(), SecretBackend::File);
    FileVault *vault = store.value()->fileVault();
    QVERIFY(vault);
    QCOMPARE(vault->filePath(), path);
    QVERIFY(!store.value()->isUnlocked());
    // Choosing a store never creates or touches the file.
    QVERIFY(!QFile::exists(path));
}

void TestSecretStoreFactory::keychainOnlyWhenAskedAndBuiltIn()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto store = createSecretStore({SecretBackend::Keychain, u"lab"_s, dir.filePath(u"secrets.vault"_s)});
    QVERIFY(store.ok());
    if (isKeychainSupported()) {
        QCOMPARE(store.value()->backend(), SecretBackend::Keychain);
        QVERIFY(!store.value()->fileVault());
        QVERIFY(store.value()->isUnlocked());
    } else {
        QCOMPARE(store.value()->backend(), SecretBackend::File);
        QVERIFY(store.value()->fileVault());
    }
}

void TestSecretStoreFactory::serviceNamesPerWorkspace()
{
    const QString a = keychainServiceName(u"lab"_s);
    const QString b = keychainServiceName(u"customer-7"_s);
    QVERIFY(a != b);
    QCOMPARE(a, u"OpsDeck/lab"_s);
    QVERIFY(b.endsWith(u"customer-7"_s));
}

void TestSecretStoreFactory::missingSettings()
{
    auto noPath = createSecretStore({SecretBackend::File, u"lab"_s, QString()});
    QVERIFY(!noPath.ok());
    QCOMPARE(noPath.error().code, ErrorCode::InvalidInput);
    if (isKeychainSupported()) {
        auto noWorkspace = createSecretStore({SecretBackend::Keychain, QString(), u"/tmp/x.vault"_s});
        QVERIFY(!noWorkspace.ok());
        QCOMPARE(noWorkspace.error().code, ErrorCode::InvalidInput);
    }
}

QTEST_GUILESS_MAIN(TestSecretStoreFactory)
#include "tst_secretstorefactory.moc"
