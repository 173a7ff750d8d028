// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/vault/filevault.h"

#include <sodium.h>

#include <QDateTime>
#include <QFileInfo>
#include <QMutexLocker>
#include <QPointer>
#include <QThreadPool>

#include "backend/core/logging.h"
#include "backend/vault/vaultfileformat.h"

using namespace Qt::StringLiterals;

namespace OpsDeck::Vault {

using namespace Detail;

KdfLimits KdfLimits::interactive()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

KdfLimits KdfLimits::moderate()
{
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

KdfLimits KdfLimits::minimal()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

FileVault::FileVault(QString filePath)
    : m_filePath(std::move(filePath))
    , m_pool(std::make_unique<QThreadPool>())
{
    m_pool->setObjectName(u"OpsDeckVault"_s);
    // One thread: asynchronous operations run in the order they were issued.
    m_pool->setMaxThreadCount(1);
}

FileVault::~FileVault()
{
    m_pool->waitForDone();
    lock();
}

QVariantMap FileVault::fileContext() const
{
    return {{u"file"_s, m_filePath}};
}

bool FileVault::exists() const
{
    return QFileInfo::exists(m_filePath);
}

bool FileVault::isUnlocked() const
{
    QMutexLocker locker(&m_mutex);
    return m_key != nullptr;
}

Status FileVault::create(const Secret &passphrase, KdfLimits limits)
{
    const QVariantMap context = fileContext();
    if (!ensureSodium())
        return vaultError(ErrorCode::Crypto, u"libsodium failed to initialise"_s, context);
    if (passphrase.isEmpty())
        return vaultError(ErrorCode::InvalidInput, u"the vault passphrase is empty"_s, context);
    if (!limitsValid(limits))
        return vaultError(ErrorCode::InvalidInput, u"key derivation limits are out of range"_s, context);

    QMutexLocker locker(&m_mutex);
    const CrossProcessLock fileLock(m_filePath);
    if (Status locked = fileLock.status(context); !locked)
        return locked;
    if (QFileInfo::exists(m_filePath))
        return vaultError(ErrorCode::Conflict, u"vault file already exists"_s, context);
    m_key.reset();

    std::array<unsigned char, kSaltSize> salt{};
    randombytes_buf(salt.data(), salt.size());
    auto key = deriveKey(passphrase, salt, limits, context);
    if (!key)
        return key.error();
    if (Status written = sealEntries(m_filePath, *key.value(), {}, context); !written) {
        qCWarning(lcVault).noquote() << "creating vault failed:" << written.error().toString();
        return written;
    }
    m_key = std::move(key.value());
    qCInfo(lcVault).noquote() << "created vault" << m_filePath;
    return {};
}

Status FileVault::unlock(const Secret &passphrase)
{
    const QVariantMap context = fileContext();
    if (!ensureSodium())
        return vaultError(ErrorCode::Crypto, u"libsodium failed to initialise"_s, context);

    QMutexLocker locker(&m_mutex);
    m_key.reset();
    auto fail = [](Error error) -> Status {
        qCWarning(lcVault).noquote() << "unlocking vault failed:" << error.toString();
        return error;
    };

    auto opened = openWithPassphrase(m_filePath, passphrase, context);
    if (!opened)
        return fail(opened.error());
    m_key = std::move(opened->key);
    qCInfo(lcVault).noquote() << "unlocked vault" << m_filePath << "with" << opened->entries.size() << "entries";
    return {};
}

void FileVault::lock()
{
    QMutexLocker locker(&m_mutex);
    if (!m_key)
        return;
    m_key.reset(); // sodium_free wipes the key
    qCInfo(lcVault).noquote() << "locked vault" << m_filePath;
}

Status FileVault::changePassphrase(const Secret &current, const Secret &next, std::optional<KdfLimits> limits)
{
    const QVariantMap context = fileContext();
    if (!ensureSodium())
        return vaultError(ErrorCode::Crypto, u"libsodium failed to initialise"_s, context);
    if (next.isEmpty())
        return vaultError(ErrorCode::InvalidInput, u"the new vault passphrase is empty"_s, context);
    if (limits && !limitsValid(*limits))
        return vaultError(ErrorCode::InvalidInput, u"key derivation limits are out of range"_s, context);

    QMutexLocker locker(&m_mutex);
    auto fail = [](Error error) -> Status {
        qCWarning(lcVault).noquote() << "changing the vault passphrase failed:" << error.toString();
        return error;
    };
    const CrossProcessLock fileLock(m_filePath);
    if (Status locked = fileLock.status(context); !locked)
        return fail(locked.error());
    auto opened = openWithPassphrase(m_filePath, current, context);
    if (!opened)
        return fail(opened.error());

    std::array<unsigned char, kSaltSize> salt{};
    randombytes_buf(salt.data(), salt.size());
    auto newKey = deriveKey(next, salt, limits.value_or(opened->header.limits), context);
    if (!newKey)
        return fail(newKey.error());
    if (Status written = sealEntries(m_filePath, *newKey.value(), opened->entries, context); !written) {
        // The file still holds the old key's contents; stay unlocked with it.
        m_key = std::move(opened->key);
        return fail(written.error());
    }
    m_key = std::move(newKey.value());
    qCInfo(lcVault).noquote() << "changed the passphrase of vault" << m_filePath;
    return {};
}

Result<KdfLimits> FileVault::kdfLimits() const
{
    QMutexLocker locker(&m_mutex);
    if (!m_key)
        return vaultError(ErrorCode::Locked, u"the vault is locked"_s, fileContext());
    return m_key->limits;
}


Result<QStringList> FileVault::keys() const
{
    QMutexLocker locker(&m_mutex);
    const auto entries = loadUnlocked(m_filePath, m_key.get(), fileContext());
    if (!entries)
        return entries.error();
    return entries->keys(); // QMap keeps them sorted
}

Result<QList<SecretInfo>> FileVault::entries() const
{
    QMutexLocker locker(&m_mutex);
    const auto entries = loadUnlocked(m_filePath, m_key.get(), fileContext());
    if (!entries)
        return entries.error();
    QList<SecretInfo> infos;
    infos.reserve(entries->size());
    for (auto it = entries->cbegin(); it != entries->cend(); ++it)
        infos.append({it.key(), QDateTime::fromMSecsSinceEpoch(it->modifiedMsecs, Qt::UTC)});
    return infos;
}

Result<Secret> FileVault::lookup(const QString &key) const
{
    const QVariantMap context = fileContext();
    if (Status valid = validateKeyName(key, context); !valid)
        return valid.error();
    QMutexLocker locker(&m_mutex);
    const auto entries = loadUnlocked(m_filePath, m_key.get(), context);
    if (!entries)
        return entries.error();
    const auto it = entries->constFind(key);
    if (it == entries->cend()) {
        QVariantMap keyContext = context;
        keyContext.insert(u"key"_s, key);
        return vaultError(ErrorCode::NotFound, u"no secret stored under this key"_s, keyContext);
    }
    return it->value;
}

Status FileVault::store(const QString &key, const Secret &value)
{
    const QVariantMap context = fileContext();
    if (Status valid = validateKeyName(key, context); !valid)
        return valid;
    if (value.size() > kMaxValueBytes)
        return vaultError(ErrorCode::InvalidInput, u"secret is larger than %1 bytes"_s.arg(kMaxValueBytes), context);
    QMutexLocker locker(&m_mutex);
    const CrossProcessLock fileLock(m_filePath);
    if (Status locked = fileLock.status(context); !locked)
        return locked;
    auto entries = loadUnlocked(m_filePath, m_key.get(), context);
    if (!entries)
        return entries.error();
    entries->insert(key, Entry{value, QDateTime::currentMSecsSinceEpoch()});
    if (Status written = sealEntries(m_filePath, *m_key, entries.value(), context); !written) {
        qCWarning(lcVault).noquote() << "storing a secret failed:" << written.error().toString();
        return written;
    }
    qCDebug(lcVault).noquote() << "stored secret" << key << "in" << m_filePath;
    return {};
}

Status FileVault::remove(const QString &key)
{
    const QVariantMap context = fileContext();
    if (Status valid = validateKeyName(key, context); !valid)
        return valid;
    QMutexLocker locker(&m_mutex);
    const CrossProcessLock fileLock(m_filePath);
    if (Status locked = fileLock.status(context); !locked)
        return locked;
    auto entries = loadUnlocked(m_filePath, m_key.get(), context);
    if (!entries)
        return entries.error();
    if (entries->remove(key) == 0) {
        QVariantMap keyContext = context;
        keyContext.insert(u"key"_s, key);
        return vaultError(ErrorCode::NotFound, u"no secret stored under this key"_s, keyContext);
    }
    if (Status written = sealEntries(m_filePath, *m_key, entries.value(), context); !written) {
        qCWarning(lcVault).noquote() << "removing a secret failed:" << written.error().toString();
        return written;
    }
    qCDebug(lcVault).noquote() << "removed secret" << key << "from" << m_filePath;
    return {};
}

template<typename R> void FileVault::runAsync(QObject *context, std::function<void(R)> done, std::function<R()> work)
{
    // The worker never touches the context: it posts to a relay object that
    // lives in the context's thread until delivery, and the relay checks the
    // guarded context there. A context destroyed meanwhile is thus never
    // called, and there is no race with its destruction.
    QObject *relay = nullptr;
    if (context) {
        relay = new QObject;
        if (relay->thread() != context->thread())
            relay->moveToThread(context->thread());
    }
    const QPointer<QObject> guard(context);
    m_pool->start([relay, guard, done = std::move(done), work = std::move(work)]() {
        R result = work();
        if (!relay) {
            if (done)
                done(std::move(result));
            return;
        }
        QMetaObject::invokeMethod(
            relay,
            [relay, guard, done, result]() {
                if (guard && done)
                    done(result);
                relay->deleteLater();
            },
            Qt::QueuedConnection);
    });
}

void FileVault::createAsync(const Secret &passphrase, KdfLimits limits, QObject *context, StatusCallback done)
{
    runAsync<Status>(context, std::move(done), [this, passphrase, limits] { return create(passphrase, limits); });
}

void FileVault::unlockAsync(const Secret &passphrase, QObject *context, StatusCallback done)
{
    runAsync<Status>(context, std::move(done), [this, passphrase] { return unlock(passphrase); });
}

void FileVault::changePassphraseAsync(const Secret &current, const Secret &next, std::optional<KdfLimits> limits,
                                      QObject *context, StatusCallback done)
{
    runAsync<Status>(context, std::move(done),
                     [this, current, next, limits] { return changePassphrase(current, next, limits); });
}

void FileVault::read(const QString &key, QObject *context, ReadCallback done)
{
    runAsync<Result<Secret>>(context, std::move(done), [this, key] { return lookup(key); });
}

void FileVault::write(const QString &key, const Secret &value, QObject *context, StatusCallback done)
{
    runAsync<Status>(context, std::move(done), [this, key, value] { return store(key, value); });
}

void FileVault::remove(const QString &key, QObject *context, StatusCallback done)
{
    runAsync<Status>(context, std::move(done), [this, key] { return remove(key); });
}

} // namespace OpsDeck::Vault
