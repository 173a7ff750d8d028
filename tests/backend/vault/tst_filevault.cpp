// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <atomic>
#include <memory>
#include <utility>

#include <sodium.h>

#include <QCryptographicHash>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "backend/vault/filevault.h"
#include "backend/vault/secretstorefactory.h"

using namespace OpsDeck;
using namespace OpsDeck::Vault;
using namespace Qt::StringLiterals;

namespace {

// Every message logged during the test, from any thread.
QMutex s_logMutex;
QStringList s_log;
QtMessageHandler s_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker locker(&s_logMutex);
        s_log.append(message);
    }
    if (s_previousHandler)
        s_previousHandler(type, context, message);
}

QStringList capturedLog()
{
    QMutexLocker locker(&s_logMutex);
    return s_log;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QByteArray sha256(const QString &path)
{
    return QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256);
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QString randomText(int bytes = 24)
{
    QByteArray raw(bytes, '\0');
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Secret secret(const QString &text)
{
    return Secret::fromString(text);
}

const KdfLimits kCheap = KdfLimits::minimal();

} // namespace

class TestFileVault : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void roundTripAcrossReopen_data();
    void roundTripAcrossReopen();
    void defaultLimitsAreInteractive();
    void createNeverOverwrites();
    void invalidInput();
    void missingFile();
    void wrongPassphrase();
    void tamperedFile_data();
    void tamperedFile();
    void tamperedWhileUnlocked();
    void truncatedFile_data();
    void truncatedFile();
    void canariesNeverLeak();
    void changePassphrase();
    void raiseKdfLimits();
    void workspacesAreSeparate_data();
    void workspacesAreSeparate();
    void lockedRefuses_data();
    void lockedRefuses();
    void removeMissingKey();
    void ownerOnlyPermissions();
    void asyncDeliversExactlyOnce();
    void asyncDropsCallbackOfDestroyedContext();
    void asyncDeliversInContextThread();
    void asyncUnlockAndCreate();

private:
    QString newVaultPath(const QString &name = u"secrets.vault"_s) const { return m_dir->filePath(name); }
    /// A fresh unlocked vault with cheap limits at \a path.
    std::unique_ptr<FileVault> createVault(const QString &path, const QString &passphrase);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestFileVault::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLoggingCategory::setFilterRules(u"opsdeck.*=true"_s);
    s_previousHandler = qInstallMessageHandler(captureMessage);
}

void TestFileVault::cleanupTestCase()
{
    qInstallMessageHandler(s_previousHandler);
}

void TestFileVault::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<FileVault> TestFileVault::createVault(const QString &path, const QString &passphrase)
{
    auto vault = std::make_unique<FileVault>(path);
    const Status created = vault->create(secret(passphrase), kCheap);
    if (!created) {
        qWarning("create failed: %s", qPrintable(created.error().toString()));
        return nullptr;
    }
    return vault;
}

void TestFileVault::roundTripAcrossReopen_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("value");

    QTest::newRow("netbox token") << u"netbox/token"_s << QByteArray("0123456789abcdef0123456789abcdef01234567");
    QTest::newRow("utf-8 community") << u"snmp/core-sw1/community"_s << u"gr\u00fcn-\u20ac-\u6f22"_s.toUtf8();
    QTest::newRow("binary with NULs") << u"snmp/core-sw1/v3-auth-key"_s << QByteArray("\0\1\2\xff\0\xfe", 6);
    QTest::newRow("empty value") << u"mcp/password"_s << QByteArray();
    QTest::newRow("64 KiB private key") << u"ssh/core1/private-key"_s << QByteArray(64 * 1024, 'k');
    QTest::newRow("unicode key name") << u"prtg/\u00e9quipe/passhash"_s << QByteArray("ph");
}

void TestFileVault::roundTripAcrossReopen()
{
    QFETCH(QString, key);
    QFETCH(QByteArray, value);
    const QString path = newVaultPath();
    {
        auto vault = createVault(path, u"correct horse"_s);
        QVERIFY(vault);
        QVERIFY(vault->isUnlocked());
        QVERIFY(vault->store(u"other"_s, secret(u"x"_s)));
        const Status stored = vault->store(key, Secret::fromBytes(value));
        QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().toString()));
    }

    FileVault reopened(path);
    QVERIFY(reopened.exists());
    QVERIFY(!reopened.isUnlocked());
    const Status unlocked = reopened.unlock(secret(u"correct horse"_s));
    QVERIFY2(unlocked.ok(), qPrintable(unlocked.ok() ? QString() : unlocked.error().toString()));
    const auto found = reopened.lookup(key);
    QVERIFY(found.ok());
    QCOMPARE(found->revealBytes(), value);

    const auto keys = reopened.keys();
    QVERIFY(keys.ok());
    QStringList expected{key, u"other"_s};
    expected.sort();
    QCOMPARE(keys.value(), expected);

    const auto infos = reopened.entries();
    QVERIFY(infos.ok());
    QCOMPARE(infos->size(), 2);
    for (const SecretInfo &info : infos.value()) {
        QVERIFY(info.modified.isValid());
        QCOMPARE(info.modified.timeSpec(), Qt::UTC);
    }
}

void TestFileVault::defaultLimitsAreInteractive()
{
    const QString path = newVaultPath();
    {
        FileVault vault(path);
        QVERIFY(vault.create(secret(u"pass"_s)));
    }
    FileVault reopened(path);
    QVERIFY(reopened.unlock(secret(u"pass"_s)));
    const auto limits = reopened.kdfLimits();
    QVERIFY(limits.ok());
    QCOMPARE(limits.value(), KdfLimits::interactive());
}

void TestFileVault::createNeverOverwrites()
{
    const QString path = newVaultPath();
    auto vault = createVault(path, u"first"_s);
    QVERIFY(vault);
    QVERIFY(vault->store(u"k"_s, secret(u"v"_s)));
    const QByteArray before = sha256(path);

    FileVault second(path);
    const Status created = second.create(secret(u"second"_s), kCheap);
    QVERIFY(!created.ok());
    QCOMPARE(created.error().code, ErrorCode::Conflict);
    QCOMPARE(created.error().context.value(u"file"_s).toString(), path);
    QCOMPARE(sha256(path), before);
}

void TestFileVault::invalidInput()
{
    FileVault vault(newVaultPath());
    Status created = vault.create(Secret(), kCheap);
    QVERIFY(!created.ok());
    QCOMPARE(created.error().code, ErrorCode::InvalidInput);
    created = vault.create(secret(u"p"_s), KdfLimits{0, 0});
    QVERIFY(!created.ok());
    QCOMPARE(created.error().code, ErrorCode::InvalidInput);
    QVERIFY(!vault.exists());

    QVERIFY(vault.create(secret(u"p"_s), kCheap));
    const Status stored = vault.store(QString(), secret(u"v"_s));
    QVERIFY(!stored.ok());
    QCOMPARE(stored.error().code, ErrorCode::InvalidInput);
    const auto looked = vault.lookup(QString());
    QVERIFY(!looked.ok());
    QCOMPARE(looked.error().code, ErrorCode::InvalidInput);
    const Status changed = vault.changePassphrase(secret(u"p"_s), Secret());
    QVERIFY(!changed.ok());
    QCOMPARE(changed.error().code, ErrorCode::InvalidInput);
}

void TestFileVault::missingFile()
{
    const QString path = newVaultPath(u"absent.vault"_s);
    FileVault vault(path);
    QVERIFY(!vault.exists());
    const Status unlocked = vault.unlock(secret(u"p"_s));
    QVERIFY(!unlocked.ok());
    QCOMPARE(unlocked.error().code, ErrorCode::NotFound);
    QCOMPARE(unlocked.error().context.value(u"file"_s).toString(), path);
    QVERIFY(!QFile::exists(path));
}

void TestFileVault::wrongPassphrase()
{
    const QString path = newVaultPath();
    {
        auto vault = createVault(path, u"right passphrase"_s);
        QVERIFY(vault);
        QVERIFY(vault->store(u"netbox/token"_s, secret(u"tok"_s)));
    }
    const QByteArray before = sha256(path);

    FileVault vault(path);
    const Status unlocked = vault.unlock(secret(u"wrong passphrase"_s));
    QVERIFY(!unlocked.ok());
    QCOMPARE(unlocked.error().code, ErrorCode::WrongPassphrase);
    QCOMPARE(unlocked.error().context.value(u"file"_s).toString(), path);
    QVERIFY(!vault.isUnlocked());
    QCOMPARE(sha256(path), before);

    // Nor does a passphrase change with the wrong current passphrase.
    const Status changed = vault.changePassphrase(secret(u"wrong passphrase"_s), secret(u"new"_s));
    QVERIFY(!changed.ok());
    QCOMPARE(changed.error().code, ErrorCode::WrongPassphrase);
    QCOMPARE(sha256(path), before);

    // A failed unlock also locks a vault that was open.
    QVERIFY(vault.unlock(secret(u"right passphrase"_s)));
    QVERIFY(vault.isUnlocked());
    QCOMPARE(vault.unlock(secret(u"nope"_s)).error().code, ErrorCode::WrongPassphrase);
    QVERIFY(!vault.isUnlocked());
    QCOMPARE(sha256(path), before);
}

void TestFileVault::tamperedFile_data()
{
    QTest::addColumn<int>("offset"); // negative: from the end
    QTest::addColumn<bool>("fixChecksum");
    QTest::addColumn<ErrorCode>("expected");

    QTest::newRow("magic") << 0 << false << ErrorCode::InvalidInput;
    QTest::newRow("version") << 8 << false << ErrorCode::Unsupported;
    QTest::newRow("reserved") << 10 << false << ErrorCode::Crypto;
    QTest::newRow("opslimit") << 16 << false << ErrorCode::Crypto;
    QTest::newRow("memlimit") << 26 << false << ErrorCode::Crypto;
    QTest::newRow("salt") << 40 << false << ErrorCode::Crypto;
    QTest::newRow("key check") << 60 << false << ErrorCode::Crypto;
    QTest::newRow("nonce") << 90 << false << ErrorCode::Crypto;
    QTest::newRow("ciphertext length") << 104 << false << ErrorCode::Crypto;
    QTest::newRow("checksum") << 120 << false << ErrorCode::Crypto;
    QTest::newRow("first ciphertext byte") << 128 << false << ErrorCode::Crypto;
    QTest::newRow("middle ciphertext byte") << 300 << false << ErrorCode::Crypto;
    QTest::newRow("tag byte") << -1 << false << ErrorCode::Crypto;
    // A forger who also fixes the checksum is still caught: the header is
    // the AEAD's associated data, and the salt feeds the key derivation.
    QTest::newRow("nonce, checksum fixed") << 90 << true << ErrorCode::Crypto;
    QTest::newRow("reserved, checksum fixed") << 14 << true << ErrorCode::Unsupported;
    QTest::newRow("salt, checksum fixed") << 40 << true << ErrorCode::WrongPassphrase;
    QTest::newRow("key check, checksum fixed") << 60 << true << ErrorCode::WrongPassphrase;
}

void TestFileVault::tamperedFile()
{
    QFETCH(int, offset);
    QFETCH(bool, fixChecksum);
    QFETCH(ErrorCode, expected);

    const QString path = newVaultPath();
    {
        auto vault = createVault(path, u"pass"_s);
        QVERIFY(vault);
        QVERIFY(vault->store(u"ssh/password"_s, secret(u"hunter2"_s)));
    }
    QByteArray bytes = fileBytes(path);
    QVERIFY(bytes.size() > 300);
    const qsizetype at = offset < 0 ? bytes.size() + offset : offset;
    bytes[at] = char(bytes.at(at) ^ 0x01);
    if (fixChecksum) {
        // The header checksum is unkeyed BLAKE2b-128 over bytes 0..111.
        auto *header = reinterpret_cast<unsigned char *>(bytes.data());
        crypto_generichash(header + 112, 16, header, 112, nullptr, 0);
    }
    QVERIFY(writeBytes(path, bytes));
    const QByteArray before = sha256(path);

    FileVault vault(path);
    const Status unlocked = vault.unlock(secret(u"pass"_s));
    QVERIFY(!unlocked.ok());
    QCOMPARE(unlocked.error().code, expected);
    QCOMPARE(unlocked.error().context.value(u"file"_s).toString(), path);
    QVERIFY(!unlocked.error().detail.isEmpty());
    QVERIFY(!vault.isUnlocked());
    QCOMPARE(sha256(path), before);
}

void TestFileVault::tamperedWhileUnlocked()
{
    const QString path = newVaultPath();
    auto vault = createVault(path, u"pass"_s);
    QVERIFY(vault);
    QVERIFY(vault->store(u"k"_s, secret(u"v"_s)));
    QByteArray bytes = fileBytes(path);
    bytes[200] = char(bytes.at(200) ^ 0x80);
    QVERIFY(writeBytes(path, bytes));
    const QByteArray before = sha256(path);

    const auto looked = vault->lookup(u"k"_s);
    QVERIFY(!looked.ok());
    QCOMPARE(looked.error().code, ErrorCode::Crypto);
    // A write must not replace the damaged file with a fresh one either.
    const Status stored = vault->store(u"k2"_s, secret(u"v2"_s));
    QVERIFY(!stored.ok());
    QCOMPARE(stored.error().code, ErrorCode::Crypto);
    QCOMPARE(sha256(path), before);
}

void TestFileVault::truncatedFile_data()
{
    QTest::addColumn<int>("keep"); // bytes kept; negative: bytes cut from the end
    QTest::addColumn<ErrorCode>("expected");

    QTest::newRow("empty") << 0 << ErrorCode::Crypto;
    QTest::newRow("half magic") << 4 << ErrorCode::Crypto;
    QTest::newRow("magic only") << 8 << ErrorCode::Crypto;
    QTest::newRow("inside header") << 100 << ErrorCode::Crypto;
    QTest::newRow("one short of header") << 127 << ErrorCode::Crypto;
    QTest::newRow("header only") << 128 << ErrorCode::Crypto;
    QTest::newRow("last byte cut") << -1 << ErrorCode::Crypto;
    QTest::newRow("tag cut") << -16 << ErrorCode::Crypto;
}

void TestFileVault::truncatedFile()
{
    QFETCH(int, keep);
    QFETCH(ErrorCode, expected);

    const QString path = newVaultPath();
    {
        auto vault = createVault(path, u"pass"_s);
        QVERIFY(vault);
        QVERIFY(vault->store(u"k"_s, secret(u"value"_s)));
    }
    const QByteArray full = fileBytes(path);
    const QByteArray cut = keep >= 0 ? full.left(keep) : full.left(full.size() + keep);
    QVERIFY(writeBytes(path, cut));

    FileVault vault(path);
    const Status unlocked = vault.unlock(secret(u"pass"_s));
    QVERIFY(!unlocked.ok());
    QCOMPARE(unlocked.error().code, expected);
    QCOMPARE(unlocked.error().context.value(u"file"_s).toString(), path);
    QCOMPARE(fileBytes(path), cut);

    // Trailing bytes are refused too.
    QVERIFY(writeBytes(path, full + QByteArray(3, 'x')));
    const Status padded = vault.unlock(secret(u"pass"_s));
    QVERIFY(!padded.ok());
    QCOMPARE(padded.error().code, ErrorCode::Crypto);
}

void TestFileVault::canariesNeverLeak()
{
    const QString path = newVaultPath();
    const QString passphrase = randomText();
    const QString newPassphrase = randomText();
    const QString wrongPassphrase = randomText();
    QStringList canaries;
    for (int i = 0; i < 4; ++i)
        canaries << randomText();
    const QString keyName = u"canary-key-"_s + randomText(6);

    {
        FileVault vault(path);
        QVERIFY(vault.create(secret(passphrase), kCheap));
        for (int i = 0; i < canaries.size(); ++i)
            QVERIFY(vault.store(keyName + QString::number(i), secret(canaries.at(i))));
        QCOMPARE(vault.unlock(secret(wrongPassphrase)).error().code, ErrorCode::WrongPassphrase);
        QVERIFY(vault.unlock(secret(passphrase)));
        QVERIFY(vault.changePassphrase(secret(passphrase), secret(newPassphrase)));
        QCOMPARE(vault.lookup(keyName + u"0"_s)->revealString(), canaries.at(0));
        QVERIFY(vault.remove(keyName + u"3"_s));
        // Streaming a secret writes a placeholder only.
        qDebug() << "debug output of a secret:" << secret(canaries.at(1));

        // The asynchronous path logs nothing secret either.
        QObject context;
        int delivered = 0;
        vault.read(keyName + u"2"_s, &context, [&](Result<Secret> result) {
            ++delivered;
            QVERIFY(result.ok());
        });
        QTRY_COMPARE(delivered, 1);
    }

    const QByteArray bytes = fileBytes(path);
    QVERIFY(!bytes.isEmpty());
    QStringList needles = canaries;
    needles << passphrase << newPassphrase << wrongPassphrase;
    const QStringList log = capturedLog();
    QVERIFY(log.join(u'\n').contains(u"unlocked vault"_s)); // the capture works
    QVERIFY(log.join(u'\n').contains(u"Secret(<redacted>)"_s));
    for (const QString &needle : std::as_const(needles)) {
        QVERIFY2(!bytes.contains(needle.toUtf8()), "the vault file contains a canary");
        QVERIFY2(!bytes.contains(QByteArray(reinterpret_cast<const char *>(needle.utf16()), needle.size() * 2)),
                 "the vault file contains a canary (UTF-16)");
        for (const QString &line : log)
            QVERIFY2(!line.contains(needle), "a log line contains a canary");
    }
    // Key names are not secret (they may be logged) but the file hides them.
    QVERIFY(!bytes.contains(keyName.toUtf8()));
}

void TestFileVault::changePassphrase()
{
    const QString path = newVaultPath();
    {
        auto vault = createVault(path, u"old"_s);
        QVERIFY(vault);
        QVERIFY(vault->store(u"netbox/token"_s, secret(u"abc"_s)));
        const QByteArray before = fileBytes(path);
        const Status changed = vault->changePassphrase(secret(u"old"_s), secret(u"new"_s));
        QVERIFY2(changed.ok(), qPrintable(changed.ok() ? QString() : changed.error().toString()));
        QVERIFY(vault->isUnlocked());
        QCOMPARE(vault->lookup(u"netbox/token"_s)->revealString(), u"abc"_s);
        // A fresh salt and nonce: no header byte range survives unchanged.
        const QByteArray after = fileBytes(path);
        QVERIFY(after.mid(32, 16) != before.mid(32, 16));
        QVERIFY(after.mid(80, 24) != before.mid(80, 24));
    }
    FileVault reopened(path);
    QCOMPARE(reopened.unlock(secret(u"old"_s)).error().code, ErrorCode::WrongPassphrase);
    QVERIFY(reopened.unlock(secret(u"new"_s)));
    QCOMPARE(reopened.lookup(u"netbox/token"_s)->revealString(), u"abc"_s);
}

void TestFileVault::raiseKdfLimits()
{
    const QString path = newVaultPath();
    const KdfLimits stronger{kCheap.opsLimit + 1, kCheap.memLimit * 4};
    {
        auto vault = createVault(path, u"p"_s);
        QVERIFY(vault);
        QCOMPARE(vault->kdfLimits().value(), kCheap);
        QVERIFY(vault->changePassphrase(secret(u"p"_s), secret(u"p"_s), stronger));
    }
    FileVault reopened(path);
    QVERIFY(reopened.unlock(secret(u"p"_s)));
    QCOMPARE(reopened.kdfLimits().value(), stronger);
}

void TestFileVault::workspacesAreSeparate_data()
{
    QTest::addColumn<bool>("samePassphrase");
    QTest::newRow("different passphrases") << false;
    QTest::newRow("same passphrase") << true;
}

void TestFileVault::workspacesAreSeparate()
{
    QFETCH(bool, samePassphrase);
    const QString pathA = m_dir->filePath(u"lab/secrets.vault"_s);
    const QString pathB = m_dir->filePath(u"customer/secrets.vault"_s);
    const QString passA = u"alpha"_s;
    const QString passB = samePassphrase ? passA : u"bravo"_s;
    {
        auto a = createVault(pathA, passA);
        auto b = createVault(pathB, passB);
        QVERIFY(a && b);
        QVERIFY(a->store(u"netbox/token"_s, secret(u"token-of-lab"_s)));
        QVERIFY(b->store(u"netbox/token"_s, secret(u"token-of-customer"_s)));
        QVERIFY(a->store(u"lab-only"_s, secret(u"x"_s)));
    }
    FileVault a(pathA);
    FileVault b(pathB);
    QVERIFY(a.unlock(secret(passA)));
    QVERIFY(b.unlock(secret(passB)));
    QCOMPARE(a.lookup(u"netbox/token"_s)->revealString(), u"token-of-lab"_s);
    QCOMPARE(b.lookup(u"netbox/token"_s)->revealString(), u"token-of-customer"_s);
    QCOMPARE(b.keys().value(), QStringList{u"netbox/token"_s});
    QCOMPARE(b.lookup(u"lab-only"_s).error().code, ErrorCode::NotFound);
    if (!samePassphrase) {
        FileVault crossed(pathA);
        QCOMPARE(crossed.unlock(secret(passB)).error().code, ErrorCode::WrongPassphrase);
    }
}

void TestFileVault::lockedRefuses_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<bool>("wasUnlocked");
    for (const auto *op : {"lookup", "store", "remove", "keys", "entries", "kdfLimits"}) {
        const QString name = QString::fromLatin1(op);
        QTest::addRow("%s, never unlocked", op) << name << false;
        QTest::addRow("%s, after lock()", op) << name << true;
    }
}

void TestFileVault::lockedRefuses()
{
    QFETCH(QString, operation);
    QFETCH(bool, wasUnlocked);
    const QString path = newVaultPath();
    {
        auto vault = createVault(path, u"p"_s);
        QVERIFY(vault);
        QVERIFY(vault->store(u"k"_s, secret(u"v"_s)));
    }
    const QByteArray before = sha256(path);
    FileVault vault(path);
    if (wasUnlocked) {
        QVERIFY(vault.unlock(secret(u"p"_s)));
        vault.lock();
    }
    QVERIFY(!vault.isUnlocked());

    Error error;
    if (operation == u"lookup")
        error = vault.lookup(u"k"_s).error();
    else if (operation == u"store")
        error = vault.store(u"k"_s, secret(u"w"_s)).error();
    else if (operation == u"remove")
        error = vault.remove(u"k"_s).error();
    else if (operation == u"keys")
        error = vault.keys().error();
    else if (operation == u"entries")
        error = vault.entries().error();
    else if (operation == u"kdfLimits")
        error = vault.kdfLimits().error();
    else
        QFAIL("unknown operation");
    QCOMPARE(error.code, ErrorCode::Locked);
    QCOMPARE(error.context.value(u"file"_s).toString(), path);
    QCOMPARE(sha256(path), before);
}

void TestFileVault::removeMissingKey()
{
    const QString path = newVaultPath();
    auto vault = createVault(path, u"p"_s);
    QVERIFY(vault);
    QVERIFY(vault->store(u"k"_s, secret(u"v"_s)));
    const QByteArray before = sha256(path);
    const Status removed = vault->remove(u"absent"_s);
    QVERIFY(!removed.ok());
    QCOMPARE(removed.error().code, ErrorCode::NotFound);
    QCOMPARE(removed.error().context.value(u"key"_s).toString(), u"absent"_s);
    QCOMPARE(sha256(path), before);
    QVERIFY(vault->remove(u"k"_s));
    QCOMPARE(vault->lookup(u"k"_s).error().code, ErrorCode::NotFound);
    QVERIFY(vault->keys()->isEmpty());
}

void TestFileVault::ownerOnlyPermissions()
{
#ifdef Q_OS_UNIX
    const QString path = newVaultPath();
    auto vault = createVault(path, u"p"_s);
    QVERIFY(vault);
    const auto groupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                              QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    QVERIFY(!(QFile::permissions(path) & groupOrOther));
    QVERIFY(QFile::permissions(path).testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    // Still so after a rewrite, even if someone widened them meanwhile.
    QVERIFY(QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::ReadOther));
    QVERIFY(vault->store(u"k"_s, secret(u"v"_s)));
    QVERIFY(!(QFile::permissions(path) & groupOrOther));
#else
    QVERIFY(true); // no POSIX permission bits on this platform
#endif
}

void TestFileVault::asyncDeliversExactlyOnce()
{
    const QString path = newVaultPath();
    {
        auto created = createVault(path, u"p"_s);
        QVERIFY(created);
    }
    auto made = createSecretStore({SecretBackend::File, u"ws-1"_s, path});
    QVERIFY(made.ok());
    std::unique_ptr<SecretStore> store = std::move(made.value());
    QCOMPARE(store->backend(), SecretBackend::File);
    QVERIFY(store->fileVault());
    QVERIFY(!store->isUnlocked());

    QObject context;
    bool returned = false;
    int lockedReads = 0;
    bool calledBeforeReturn = false;
    store->read(u"k"_s, &context, [&](Result<Secret> result) {
        ++lockedReads;
        calledBeforeReturn = calledBeforeReturn || !returned;
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::Locked);
    });
    returned = true;
    QTRY_COMPARE(lockedReads, 1);

    QVERIFY(store->fileVault()->unlock(secret(u"p"_s)));
    QVERIFY(store->isUnlocked());

    int writes = 0, reads = 0, removes = 0, missingReads = 0;
    returned = false;
    store->write(u"k"_s, secret(u"value"_s), &context, [&](Status status) {
        ++writes;
        calledBeforeReturn = calledBeforeReturn || !returned;
        QVERIFY(status.ok());
    });
    // Issued in order, completed in order: the read sees the write.
    store->read(u"k"_s, &context, [&](Result<Secret> result) {
        ++reads;
        QVERIFY(result.ok());
        QCOMPARE(result->revealString(), u"value"_s);
    });
    store->remove(u"k"_s, &context, [&](Status status) {
        ++removes;
        QVERIFY(status.ok());
    });
    store->read(u"k"_s, &context, [&](Result<Secret> result) {
        ++missingReads;
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::NotFound);
    });
    returned = true;
    QTRY_COMPARE(missingReads, 1);
    QCOMPARE(writes, 1);
    QCOMPARE(reads, 1);
    QCOMPARE(removes, 1);

    // One more round trip through the queue: nothing was delivered twice.
    int barrier = 0;
    store->read(u"k"_s, &context, [&](Result<Secret>) { ++barrier; });
    QTRY_COMPARE(barrier, 1);
    QCOMPARE(lockedReads, 1);
    QCOMPARE(writes, 1);
    QCOMPARE(reads, 1);
    QCOMPARE(removes, 1);
    QCOMPARE(missingReads, 1);
    QVERIFY(!calledBeforeReturn);
}

void TestFileVault::asyncDropsCallbackOfDestroyedContext()
{
    const QString path = newVaultPath();
    auto vault = createVault(path, u"p"_s);
    QVERIFY(vault);
    QVERIFY(vault->store(u"k"_s, secret(u"v"_s)));

    int dropped = 0;
    auto *doomed = new QObject;
    vault->read(u"k"_s, doomed, [&](Result<Secret>) { ++dropped; });
    vault->write(u"k2"_s, secret(u"v2"_s), doomed, [&](Status) { ++dropped; });
    delete doomed;

    QObject context;
    int barrier = 0;
    vault->read(u"k2"_s, &context, [&](Result<Secret> result) {
        ++barrier;
        // The write still happened; only its callback was dropped.
        QVERIFY(result.ok());
        QCOMPARE(result->revealString(), u"v2"_s);
    });
    QTRY_COMPARE(barrier, 1);
    QCOMPARE(dropped, 0);
}

void TestFileVault::asyncDeliversInContextThread()
{
    const QString path = newVaultPath();
    auto vault = createVault(path, u"p"_s);
    QVERIFY(vault);
    QVERIFY(vault->store(u"k"_s, secret(u"v"_s)));

    QThread thread;
    thread.setObjectName(u"ContextThread"_s);
    thread.start();
    auto *context = new QObject;
    context->moveToThread(&thread);

    std::atomic<QThread *> deliveredIn = nullptr;
    std::atomic<int> deliveries = 0;
    std::atomic<bool> valueOk = false;
    vault->read(u"k"_s, context, [&](Result<Secret> result) {
        valueOk = result.ok() && result->revealString() == u"v"_s;
        deliveredIn = QThread::currentThread();
        ++deliveries;
    });
    QTRY_COMPARE(deliveries.load(), 1);
    QCOMPARE(deliveredIn.load(), &thread);
    QVERIFY(valueOk.load());

    thread.quit();
    QVERIFY(thread.wait());
    delete context; // its thread has finished
}

void TestFileVault::asyncUnlockAndCreate()
{
    const QString path = newVaultPath();
    FileVault vault(path);
    QObject context;
    int created = 0;
    vault.createAsync(secret(u"p"_s), kCheap, &context, [&](Status status) {
        ++created;
        QVERIFY(status.ok());
    });
    QTRY_COMPARE(created, 1);
    QVERIFY(vault.isUnlocked());
    vault.lock();

    int wrong = 0, right = 0;
    vault.unlockAsync(secret(u"nope"_s), &context, [&](Status status) {
        ++wrong;
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, ErrorCode::WrongPassphrase);
    });
    vault.unlockAsync(secret(u"p"_s), &context, [&](Status status) {
        ++right;
        QVERIFY(status.ok());
    });
    QTRY_COMPARE(right, 1);
    QCOMPARE(wrong, 1);
    QVERIFY(vault.isUnlocked());

    int changed = 0;
    vault.changePassphraseAsync(secret(u"p"_s), secret(u"q"_s), std::nullopt, &context, [&](Status status) {
        ++changed;
        QVERIFY(status.ok());
    });
    QTRY_COMPARE(changed, 1);
    vault.lock();
    QVERIFY(vault.unlock(secret(u"q"_s)));
}

QTEST_GUILESS_MAIN(TestFileVault)
#include "tst_filevault.moc"
