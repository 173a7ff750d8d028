// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/vault/vaultfileformat.h"

#include <cstring>
#include <limits>

#include <sodium.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace OpsDeck::Vault::Detail {

namespace {

// File layout, version 1 (all integers little-endian):
//   0  magic "OPSVAULT"            8
//   8  format version (u16)        2
//  10  reserved, zero              2
//  12  KDF id (1 = Argon2id 1.3)   1
//  13  AEAD id (1 = XChaCha20-Poly1305 IETF) 1
//  14  reserved, zero              2
//  16  opslimit (u64)              8
//  24  memlimit (u64)              8
//  32  salt                       16
//  48  key check value            32
//  80  nonce                      24
// 104  ciphertext length (u64)     8
// 112  BLAKE2b-128 of bytes 0..111 16
// 128  ciphertext (padded entry table + 16-byte tag)
//
// The checksum only catches accidental corruption early with a precise
// message; authenticity comes from the AEAD, which binds all 128 header bytes.
// The key check value is a second subkey of the Argon2id output, so a wrong
// passphrase is told apart from a damaged ciphertext without decrypting.
constexpr std::array<char, 8> kMagic = {'O', 'P', 'S', 'V', 'A', 'U', 'L', 'T'};
constexpr quint16 kFormatVersion = 1;
constexpr quint8 kKdfArgon2id13 = 1;
constexpr quint8 kAeadXChaCha20Poly1305 = 1;
constexpr qsizetype kHeaderSize = 128;
constexpr qsizetype kChecksumOffset = 112;
constexpr size_t kChecksumSize = 16;
constexpr size_t kTagSize = crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr char kKdfContext[crypto_kdf_CONTEXTBYTES + 1] = "OpsVault";
constexpr quint64 kEncryptionSubkeyId = 1;
constexpr quint64 kCheckSubkeyId = 2;
// The entry table is padded to a multiple of this, so the file size reveals
// little about the number and length of the secrets.
constexpr size_t kPadBlock = 256;
constexpr qint64 kMaxFileSize = 64 * 1024 * 1024;
constexpr quint64 kMaxMemLimit = quint64(4) * 1024 * 1024 * 1024;
constexpr qsizetype kMaxKeyBytes = 1024;

static_assert(kSaltSize == crypto_pwhash_SALTBYTES && kNonceSize == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES &&
              kKeySize == crypto_aead_xchacha20poly1305_ietf_KEYBYTES && kTagSize == 16);
static_assert(crypto_kdf_KEYBYTES == 32 && crypto_kdf_CONTEXTBYTES == 8);

QByteArray encodeHeader(const Header &header)
{
    QByteArray out(kHeaderSize, '\0');
    auto *p = reinterpret_cast<uchar *>(out.data());
    std::memcpy(p, kMagic.data(), kMagic.size());
    qToLittleEndian<quint16>(header.version, p + 8);
    p[12] = kKdfArgon2id13;
    p[13] = kAeadXChaCha20Poly1305;
    qToLittleEndian<quint64>(header.limits.opsLimit, p + 16);
    qToLittleEndian<quint64>(header.limits.memLimit, p + 24);
    std::memcpy(p + 32, header.salt.data(), kSaltSize);
    std::memcpy(p + 48, header.check.data(), kKeyCheckSize);
    std::memcpy(p + 80, header.nonce.data(), kNonceSize);
    qToLittleEndian<quint64>(header.cipherLength, p + 104);
    crypto_generichash(p + kChecksumOffset, kChecksumSize, p, kChecksumOffset, nullptr, 0);
    return out;
}

Result<Header> decodeHeader(const QByteArray &file, const QVariantMap &context)
{
    const auto *p = reinterpret_cast<const uchar *>(file.constData());
    const qsizetype size = file.size();
    if (size >= qsizetype(kMagic.size()) && std::memcmp(p, kMagic.data(), kMagic.size()) != 0)
        return vaultError(ErrorCode::InvalidInput, u"not an OpsDeck vault file (bad magic)"_s, context);
    if (size < kHeaderSize)
        return vaultError(
            ErrorCode::Crypto,
            u"vault file is truncated: %1 bytes, shorter than its %2-byte header"_s.arg(size).arg(kHeaderSize),
            context);

    Header header;
    header.version = qFromLittleEndian<quint16>(p + 8);
    if (header.version != kFormatVersion)
        return vaultError(
            ErrorCode::Unsupported,
            u"vault format version %1 is not supported (this build reads version %2)"_s.arg(header.version)
                .arg(kFormatVersion),
            context);

    std::array<unsigned char, kChecksumSize> checksum{};
    crypto_generichash(checksum.data(), kChecksumSize, p, kChecksumOffset, nullptr, 0);
    if (sodium_memcmp(checksum.data(), p + kChecksumOffset, kChecksumSize) != 0)
        return vaultError(ErrorCode::Crypto, u"vault header is corrupted (checksum mismatch)"_s, context);

    if (p[12] != kKdfArgon2id13 || p[13] != kAeadXChaCha20Poly1305)
        return vaultError(ErrorCode::Unsupported, u"vault uses an unknown key derivation or cipher"_s, context);
    if (qFromLittleEndian<quint16>(p + 10) != 0 || qFromLittleEndian<quint16>(p + 14) != 0)
        return vaultError(ErrorCode::Unsupported, u"vault header has unknown flags set"_s, context);

    header.limits.opsLimit = qFromLittleEndian<quint64>(p + 16);
    header.limits.memLimit = qFromLittleEndian<quint64>(p + 24);
    if (!limitsValid(header.limits))
        return vaultError(ErrorCode::Crypto, u"vault header has out-of-range key derivation limits"_s, context);
    std::memcpy(header.salt.data(), p + 32, kSaltSize);
    std::memcpy(header.check.data(), p + 48, kKeyCheckSize);
    std::memcpy(header.nonce.data(), p + 80, kNonceSize);
    header.cipherLength = qFromLittleEndian<quint64>(p + 104);

    const quint64 actual = quint64(size - kHeaderSize);
    if (header.cipherLength < kTagSize)
        return vaultError(ErrorCode::Crypto, u"vault header has an invalid ciphertext length"_s, context);
    if (actual < header.cipherLength)
        return vaultError(
            ErrorCode::Crypto,
            u"vault file is truncated: %1 bytes of ciphertext, expected %2"_s.arg(actual).arg(header.cipherLength),
            context);
    if (actual > header.cipherLength)
        return vaultError(ErrorCode::Crypto,
                          u"vault file has %1 unexpected trailing bytes"_s.arg(actual - header.cipherLength), context);
    return header;
}

Result<QByteArray> readVaultFile(const QString &path, const QVariantMap &context)
{
    QFile file(path);
    if (!file.exists())
        return vaultError(ErrorCode::NotFound, u"vault file does not exist"_s, context);
    if (!file.open(QIODevice::ReadOnly))
        return vaultError(ErrorCode::Io, u"cannot open vault file: "_s + file.errorString(), context);
    if (file.size() > kMaxFileSize)
        return vaultError(ErrorCode::InvalidInput, u"vault file is implausibly large"_s, context);
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return vaultError(ErrorCode::Io, u"cannot read vault file: "_s + file.errorString(), context);
    return bytes;
}

Status writeVaultFile(const QString &path, const QByteArray &bytes, const QVariantMap &context)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return vaultError(ErrorCode::Io, u"cannot create the vault's folder"_s, context);
    constexpr auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return vaultError(ErrorCode::Io, u"cannot write vault file: "_s + file.errorString(), context);
    // Restrict the temporary file before any byte lands in it (ignored where
    // the platform has no such permissions).
    file.setPermissions(ownerOnly);
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return vaultError(ErrorCode::Io, u"cannot write vault file: "_s + reason, context);
    }
    if (!file.commit())
        return vaultError(ErrorCode::Io, u"cannot replace vault file: "_s + file.errorString(), context);
    QFile::setPermissions(path, ownerOnly);
    return {};
}

void putU32(unsigned char *&p, quint32 v)
{
    qToLittleEndian<quint32>(v, p);
    p += 4;
}

void putBytes(unsigned char *&p, QByteArrayView bytes)
{
    if (!bytes.isEmpty())
        std::memcpy(p, bytes.data(), static_cast<size_t>(bytes.size()));
    p += bytes.size();
}

/// Entry table: u32 count, then per entry u32 key length, UTF-8 key,
/// i64 modification time (ms since epoch, UTC), u32 value length, value.
/// Returns the padded table in secure memory and its padded length.
Result<std::pair<std::unique_ptr<SecureBuffer>, size_t>> serializeEntries(const Entries &entries,
                                                                          const QVariantMap &context)
{
    QList<QByteArray> keys;
    keys.reserve(entries.size());
    size_t length = 4;
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        keys.append(it.key().toUtf8());
        length += 4 + size_t(keys.last().size()) + 8 + 4 + size_t(it->value.size());
    }
    const size_t capacity = (length / kPadBlock + 1) * kPadBlock;
    auto buffer = std::make_unique<SecureBuffer>(capacity);
    if (buffer->isNull())
        return vaultError(ErrorCode::Crypto, u"cannot allocate secure memory for the vault contents"_s, context);

    unsigned char *p = buffer->data();
    putU32(p, quint32(entries.size()));
    qsizetype index = 0;
    for (auto it = entries.cbegin(); it != entries.cend(); ++it, ++index) {
        putU32(p, quint32(keys.at(index).size()));
        putBytes(p, keys.at(index));
        qToLittleEndian<qint64>(it->modifiedMsecs, p);
        p += 8;
        putU32(p, quint32(it->value.size()));
        putBytes(p, it->value.reveal());
    }
    size_t padded = 0;
    if (sodium_pad(&padded, buffer->data(), length, kPadBlock, capacity) != 0)
        return vaultError(ErrorCode::Crypto, u"cannot pad the vault contents"_s, context);
    return std::pair{std::move(buffer), padded};
}

Result<Entries> parseEntries(const SecureBuffer &buffer, size_t paddedLength, const QVariantMap &context)
{
    const Error malformed(ErrorCode::Crypto, u"vault contents are malformed"_s, context);
    size_t length = 0;
    if (sodium_unpad(&length, buffer.data(), paddedLength, kPadBlock) != 0)
        return malformed;
    const unsigned char *p = buffer.data();
    const unsigned char *const end = p + length;
    auto need = [&](size_t n) { return size_t(end - p) >= n; };

    if (!need(4))
        return malformed;
    const quint32 count = qFromLittleEndian<quint32>(p);
    p += 4;
    Entries entries;
    for (quint32 i = 0; i < count; ++i) {
        if (!need(4))
            return malformed;
        const quint32 keyLength = qFromLittleEndian<quint32>(p);
        p += 4;
        if (!need(size_t(keyLength) + 8 + 4))
            return malformed;
        const QString key = QString::fromUtf8(reinterpret_cast<const char *>(p), qsizetype(keyLength));
        p += keyLength;
        Entry entry;
        entry.modifiedMsecs = qFromLittleEndian<qint64>(p);
        p += 8;
        const quint32 valueLength = qFromLittleEndian<quint32>(p);
        p += 4;
        if (!need(valueLength))
            return malformed;
        entry.value = Secret::fromBytes(QByteArrayView(reinterpret_cast<const char *>(p), qsizetype(valueLength)));
        p += valueLength;
        entries.insert(key, entry);
    }
    if (p != end)
        return malformed;
    return entries;
}

Result<Entries> openEntries(const QByteArray &file, const Header &header, const VaultKey &key,
                            const QVariantMap &context)
{
    const size_t plainLength = header.cipherLength - kTagSize;
    SecureBuffer plain(plainLength);
    if (plain.isNull())
        return vaultError(ErrorCode::Crypto, u"cannot allocate secure memory for the vault contents"_s, context);
    const auto *bytes = reinterpret_cast<const unsigned char *>(file.constData());
    unsigned long long decrypted = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(plain.data(), &decrypted, nullptr, bytes + kHeaderSize,
                                                   header.cipherLength, bytes, kHeaderSize, header.nonce.data(),
                                                   key.key.data()) != 0) {
        return vaultError(ErrorCode::Crypto,
                          u"vault contents fail authentication: the file is corrupted or was tampered with"_s, context);
    }
    return parseEntries(plain, size_t(decrypted), context);
}

} // namespace

SecureBuffer::SecureBuffer(size_t size)
    : m_size(size)
    , m_data(static_cast<unsigned char *>(sodium_malloc(size > 0 ? size : 1)))
{}

SecureBuffer::~SecureBuffer()
{
    if (m_data)
        sodium_free(m_data);
}

Error vaultError(ErrorCode code, QString detail, const QVariantMap &context)
{
    return Error(code, std::move(detail), context);
}

bool ensureSodium()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

bool limitsValid(const KdfLimits &limits)
{
    return limits.opsLimit >= crypto_pwhash_OPSLIMIT_MIN && limits.opsLimit <= crypto_pwhash_OPSLIMIT_MAX &&
           limits.memLimit >= crypto_pwhash_MEMLIMIT_MIN && limits.memLimit <= kMaxMemLimit &&
           limits.memLimit <= std::numeric_limits<size_t>::max();
}

Status validateKeyName(const QString &key, const QVariantMap &context)
{
    if (key.isEmpty())
        return vaultError(ErrorCode::InvalidInput, u"secret key name is empty"_s, context);
    if (key.toUtf8().size() > kMaxKeyBytes)
        return vaultError(ErrorCode::InvalidInput, u"secret key name is longer than %1 bytes"_s.arg(kMaxKeyBytes),
                          context);
    return {};
}

Result<std::unique_ptr<VaultKey>> deriveKey(const Secret &passphrase, const std::array<unsigned char, kSaltSize> &salt,
                                            const KdfLimits &limits, const QVariantMap &context)
{
    auto derived = std::make_unique<VaultKey>();
    SecureBuffer master(crypto_kdf_KEYBYTES);
    if (derived->key.isNull() || master.isNull())
        return vaultError(ErrorCode::Crypto, u"cannot allocate secure memory for the vault key"_s, context);

    static const char empty = '\0';
    const QByteArrayView pass = passphrase.reveal();
    const char *passData = pass.isEmpty() ? &empty : pass.data();
    if (crypto_pwhash(master.data(), master.size(), passData, static_cast<unsigned long long>(pass.size()), salt.data(),
                      limits.opsLimit, static_cast<size_t>(limits.memLimit), crypto_pwhash_ALG_ARGON2ID13) != 0) {
        return vaultError(ErrorCode::Crypto,
                          u"key derivation failed (not enough memory for %1 KiB?)"_s.arg(limits.memLimit / 1024),
                          context);
    }
    crypto_kdf_derive_from_key(derived->key.data(), kKeySize, kEncryptionSubkeyId, kKdfContext, master.data());
    crypto_kdf_derive_from_key(derived->check.data(), kKeyCheckSize, kCheckSubkeyId, kKdfContext, master.data());
    derived->salt = salt;
    derived->limits = limits;
    return derived;
}

namespace {

/// The file's bytes and its checked header.
struct RawVault
{
    QByteArray bytes;
    Header header;
};

Result<RawVault> readRaw(const QString &path, const QVariantMap &context)
{
    auto bytes = readVaultFile(path, context);
    if (!bytes)
        return bytes.error();
    const auto header = decodeHeader(bytes.value(), context);
    if (!header)
        return header.error();
    return RawVault{std::move(bytes.value()), header.value()};
}

} // namespace

Result<OpenedVault> openWithPassphrase(const QString &path, const Secret &passphrase, const QVariantMap &context)
{
    const auto raw = readRaw(path, context);
    if (!raw)
        return raw.error();
    const Header &header = raw->header;
    auto key = deriveKey(passphrase, header.salt, header.limits, context);
    if (!key)
        return key.error();
    if (sodium_memcmp(key.value()->check.data(), header.check.data(), kKeyCheckSize) != 0)
        return vaultError(ErrorCode::WrongPassphrase, u"wrong passphrase for the vault"_s, context);
    auto entries = openEntries(raw->bytes, header, *key.value(), context);
    if (!entries)
        return entries.error();
    return OpenedVault{header, std::move(key.value()), std::move(entries.value())};
}

Status sealEntries(const QString &path, const VaultKey &key, const Entries &entries, const QVariantMap &context)
{
    auto payload = serializeEntries(entries, context);
    if (!payload)
        return payload.error();
    const auto &[plain, plainLength] = payload.value();

    Header header;
    header.limits = key.limits;
    header.salt = key.salt;
    header.check = key.check;
    randombytes_buf(header.nonce.data(), kNonceSize);
    header.cipherLength = plainLength + kTagSize;
    if (kHeaderSize + qint64(header.cipherLength) > kMaxFileSize)
        return vaultError(ErrorCode::InvalidInput, u"the vault would grow beyond %1 MiB"_s.arg(kMaxFileSize >> 20),
                          context);
    const QByteArray headerBytes = encodeHeader(header);

    QByteArray out = headerBytes;
    out.resize(kHeaderSize + qsizetype(header.cipherLength));
    auto *cipher = reinterpret_cast<unsigned char *>(out.data()) + kHeaderSize;
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(cipher, &written, plain->data(), plainLength,
                                               reinterpret_cast<const unsigned char *>(headerBytes.constData()),
                                               kHeaderSize, nullptr, header.nonce.data(), key.key.data());
    Q_ASSERT(written == header.cipherLength);
    return writeVaultFile(path, out, context);
}

Result<Entries> loadUnlocked(const QString &path, const VaultKey *key, const QVariantMap &context)
{
    if (!key)
        return vaultError(ErrorCode::Locked, u"the vault is locked"_s, context);
    const auto raw = readRaw(path, context);
    if (!raw)
        return raw.error();
    const Header &header = raw->header;
    // Another process may have changed the passphrase since we unlocked.
    if (header.salt != key->salt || sodium_memcmp(header.check.data(), key->check.data(), kKeyCheckSize) != 0)
        return vaultError(ErrorCode::Locked, u"the vault was re-keyed since it was unlocked; unlock it again"_s,
                          context);
    return openEntries(raw->bytes, header, *key, context);
}

CrossProcessLock::CrossProcessLock(const QString &vaultPath)
    : m_lock(vaultPath + u".lock"_s)
{
    // A vault created in a folder that does not exist yet.
    QDir().mkpath(QFileInfo(vaultPath).absolutePath());
    m_lock.setStaleLockTime(30000);
    m_locked = m_lock.tryLock(15000);
}

Status CrossProcessLock::status(const QVariantMap &context) const
{
    if (m_locked)
        return {};
    return vaultError(ErrorCode::Io, u"another program keeps the vault busy; try again"_s, context);
}

} // namespace OpsDeck::Vault::Detail
