// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include "backend/core/result.h"
#include "backend/vault/secret.h"
#include "backend/vault/secretstore.h"

class QThreadPool;

namespace OpsDeck::Vault {

namespace Detail {
struct VaultKey;
}

/// Cost of the Argon2id key derivation, stored in the vault header so it can
/// be raised later (changePassphrase() with stronger limits).
struct KdfLimits
{
    quint64 opsLimit = 0;
    quint64 memLimit = 0; ///< bytes

    /// libsodium's INTERACTIVE limits (about 64 MiB): the default.
    [[nodiscard]] static KdfLimits interactive();
    /// libsodium's MODERATE limits (about 256 MiB).
    [[nodiscard]] static KdfLimits moderate();
    /// The cheapest limits libsodium accepts. For tests only: a vault
    /// created with these is easy to brute-force.
    [[nodiscard]] static KdfLimits minimal();

    friend bool operator==(const KdfLimits &, const KdfLimits &) = default;
};

/// Name and metadata of one vault entry (never its value).
struct SecretInfo
{
    QString key;
    QDateTime modified; ///< UTC, when the value was last stored
};

/// An encrypted vault file holding a workspace's secrets.
///
/// The file is a 128-byte binary header (magic "OPSVAULT", format version,
/// Argon2id parameters and salt, a key check value, the XChaCha20-Poly1305
/// nonce, the ciphertext length and a header checksum) followed by the
/// ciphertext of the padded entry table; the whole header is the AEAD's
/// associated data. The key is derived once per unlock and kept in
/// sodium_malloc'ed (locked, guarded) memory until lock() or destruction,
/// which wipe it. Each operation re-reads the file, so several processes
/// (console, service, CLI) may share one vault; every write is a
/// read-modify-write under a lock file beside the vault ("<file>.lock"), so
/// concurrent writers in different processes each keep their entries, and
/// the file is never torn (an atomic QSaveFile replace with a fresh nonce).
/// After another process changed the passphrase, operations fail with
/// ErrorCode::Locked ("unlock it again") until unlock() with the new one. Permissions are 0600 where the
/// platform has them.
///
/// A wrong passphrase fails with ErrorCode::WrongPassphrase; a truncated,
/// corrupted or tampered file with ErrorCode::Crypto (InvalidInput when it is
/// not a vault at all, Unsupported for a newer format), each naming the file
/// in the error context ("file"). Failed unlocks never write. Errors and log
/// lines never contain a value or a passphrase.
///
/// Threads: the synchronous methods may be called from any thread (an
/// internal mutex serialises them); they block (create/unlock/
/// changePassphrase run Argon2id, around a tenth of a second or more with the
/// interactive limits), so call them from workers, the service or the CLI.
/// The GUI thread uses the SecretStore interface and the ...Async methods,
/// which run on a one-thread pool the vault owns, in call order, and deliver
/// as described in SecretStore. The destructor waits for queued operations.
class FileVault final : public SecretStore
{
public:
    explicit FileVault(QString filePath);
    ~FileVault() override;

    [[nodiscard]] QString filePath() const { return m_filePath; }
    [[nodiscard]] bool exists() const;

    /// Creates a new, empty vault file and leaves it unlocked. Fails with
    /// ErrorCode::Conflict if the file exists (it is never overwritten) and
    /// InvalidInput for an empty passphrase or out-of-range limits.
    [[nodiscard]] Status create(const Secret &passphrase, KdfLimits limits = KdfLimits::interactive());
    /// Derives the key and checks the whole file; on success the vault stays
    /// unlocked until lock(). On failure the vault is locked.
    [[nodiscard]] Status unlock(const Secret &passphrase);
    /// Wipes the key. Safe to call when already locked.
    void lock();
    [[nodiscard]] bool isUnlocked() const override;

    /// Re-keys the vault under a new passphrase with a fresh salt (and the
    /// given limits, or the current ones). \a current must be the passphrase
    /// in use (WrongPassphrase otherwise, file untouched). The vault is
    /// unlocked under the new passphrase afterwards.
    [[nodiscard]] Status changePassphrase(const Secret &current, const Secret &next,
                                          std::optional<KdfLimits> limits = std::nullopt);
    /// The limits in the file's header (Locked if locked).
    [[nodiscard]] Result<KdfLimits> kdfLimits() const;

    /// Sorted key names.
    [[nodiscard]] Result<QStringList> keys() const;
    /// Names and metadata, sorted by key.
    [[nodiscard]] Result<QList<SecretInfo>> entries() const;
    /// The value stored under \a key, or ErrorCode::NotFound.
    [[nodiscard]] Result<Secret> lookup(const QString &key) const;
    /// Stores (adds or replaces) \a value under \a key.
    [[nodiscard]] Status store(const QString &key, const Secret &value);
    /// Removes \a key; ErrorCode::NotFound if it was not there (file untouched).
    [[nodiscard]] Status remove(const QString &key);

    // Asynchronous forms of the slow calls, for the GUI thread.
    void createAsync(const Secret &passphrase, KdfLimits limits, QObject *context, StatusCallback done);
    void unlockAsync(const Secret &passphrase, QObject *context, StatusCallback done);
    void changePassphraseAsync(const Secret &current, const Secret &next, std::optional<KdfLimits> limits,
                               QObject *context, StatusCallback done);

    // SecretStore
    [[nodiscard]] SecretBackend backend() const override { return SecretBackend::File; }
    void read(const QString &key, QObject *context, ReadCallback done) override;
    void write(const QString &key, const Secret &value, QObject *context, StatusCallback done) override;
    void remove(const QString &key, QObject *context, StatusCallback done) override;
    [[nodiscard]] FileVault *fileVault() override { return this; }

private:
    template<typename R> void runAsync(QObject *context, std::function<void(R)> done, std::function<R()> work);
    [[nodiscard]] QVariantMap fileContext() const;

    const QString m_filePath;
    mutable QMutex m_mutex;
    std::unique_ptr<Detail::VaultKey> m_key; // null while locked
    std::unique_ptr<QThreadPool> m_pool;
};

} // namespace OpsDeck::Vault
