// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <array>
#include <cstddef>
#include <memory>

#include <QLockFile>
#include <QMap>
#include <QString>
#include <QVariantMap>

#include "backend/core/result.h"
#include "backend/vault/filevault.h"
#include "backend/vault/secret.h"

/// The vault file's format and cryptography, apart from FileVault's
/// life cycle: key derivation (Argon2id), the header, the sealed entry table
/// (XChaCha20-Poly1305) and the atomic, owner-only write of the file. The
/// layout is described in vaultfileformat.cpp.
namespace OpsDeck::Vault::Detail {

constexpr std::size_t kKeySize = 32;
constexpr std::size_t kKeyCheckSize = 32;
constexpr std::size_t kSaltSize = 16;
constexpr std::size_t kNonceSize = 24;
constexpr qsizetype kMaxValueBytes = 1024 * 1024;

/// A block in sodium_malloc'ed memory (guard pages, mlock'ed where allowed),
/// zeroed by sodium_free.
class SecureBuffer
{
public:
    explicit SecureBuffer(std::size_t size);
    ~SecureBuffer();
    SecureBuffer(const SecureBuffer &) = delete;
    SecureBuffer &operator=(const SecureBuffer &) = delete;

    [[nodiscard]] bool isNull() const { return m_data == nullptr; }
    [[nodiscard]] unsigned char *data() { return m_data; }
    [[nodiscard]] const unsigned char *data() const { return m_data; }
    [[nodiscard]] std::size_t size() const { return m_size; }

private:
    std::size_t m_size;
    unsigned char *m_data;
};

/// The encryption subkey (in secure memory) and the header values it was
/// derived for.
struct VaultKey
{
    SecureBuffer key{kKeySize};
    std::array<unsigned char, kSaltSize> salt{};
    std::array<unsigned char, kKeyCheckSize> check{};
    KdfLimits limits;
};

struct Header
{
    quint16 version = 1;
    KdfLimits limits;
    std::array<unsigned char, kSaltSize> salt{};
    std::array<unsigned char, kKeyCheckSize> check{};
    std::array<unsigned char, kNonceSize> nonce{};
    quint64 cipherLength = 0;
};

struct Entry
{
    Secret value;
    qint64 modifiedMsecs = 0;
};
using Entries = QMap<QString, Entry>;

/// A vault file opened with a passphrase: its header, the derived key and
/// the decrypted entries.
struct OpenedVault
{
    Header header;
    std::unique_ptr<VaultKey> key;
    Entries entries;
};

Error vaultError(ErrorCode code, QString detail, const QVariantMap &context);
bool ensureSodium();
bool limitsValid(const KdfLimits &limits);
Status validateKeyName(const QString &key, const QVariantMap &context);

Result<std::unique_ptr<VaultKey>> deriveKey(const Secret &passphrase, const std::array<unsigned char, kSaltSize> &salt,
                                            const KdfLimits &limits, const QVariantMap &context);
/// Reads @p path, derives the key from @p passphrase, checks it against the
/// header (WrongPassphrase) and authenticates and decrypts the whole file.
Result<OpenedVault> openWithPassphrase(const QString &path, const Secret &passphrase, const QVariantMap &context);
/// Encrypts @p entries under @p key with a fresh nonce and atomically
/// replaces the file.
Status sealEntries(const QString &path, const VaultKey &key, const Entries &entries, const QVariantMap &context);
/// Reads and decrypts the current file with the unlocked key (Locked when
/// @p key is null or another process changed the passphrase since).
Result<Entries> loadUnlocked(const QString &path, const VaultKey *key, const QVariantMap &context);

/// Serialises the read-modify-write of one vault file across processes
/// (console, service, CLI): a lock file beside the vault, taken for the
/// length of one operation. A lock left by a crashed process is stale and
/// taken over.
class CrossProcessLock
{
public:
    explicit CrossProcessLock(const QString &vaultPath);
    [[nodiscard]] Status status(const QVariantMap &context) const;

private:
    QLockFile m_lock;
    bool m_locked = false;
};

} // namespace OpsDeck::Vault::Detail
