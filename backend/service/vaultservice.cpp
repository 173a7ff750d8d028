// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/service/vaultservice.h"

#include <QJsonArray>

#include "backend/core/logging.h"
#include "backend/ipc/ipcserver.h"
#include "backend/vault/filevault.h"
#include "backend/vault/vaultkeyring.h"
#include "backend/workspace/secretusage.h"

namespace OpsDeck::Service {

namespace {

QString requiredKey(const QJsonObject &params)
{
    return params.value(QStringLiteral("key")).toString().trimmed();
}

} // namespace

VaultService::VaultService(Vault::FileVault *vault, Vault::VaultKeyring *keyring,
                           std::function<Workspace::WorkspaceConfig()> config, Ipc::IpcServer *server, QObject *parent)
    : QObject(parent)
    , m_vault(vault)
    , m_keyring(keyring)
    , m_config(std::move(config))
    , m_server(server)
{
    if (!m_keyring) {
        m_keychain = Keychain::Unavailable;
        m_keychainDetail = QStringLiteral("no keychain is used by this service");
    }
    server->registerMethod(QStringLiteral("vault.status"),
                           [this](const QJsonObject &, const QString &) { return status(); });
    server->registerMethod(QStringLiteral("vault.unlock"),
                           [this](const QJsonObject &params, const QString &) { return unlock(params); });
    server->registerMethod(QStringLiteral("vault.forget"), [this](const QJsonObject &, const QString &) { return forget(); });
    server->registerMethod(QStringLiteral("vault.lock"), [this](const QJsonObject &, const QString &) {
        m_vault->lock();
        m_server->publish(QStringLiteral("vault"), {{QStringLiteral("type"), QStringLiteral("locked")}});
        return Result<QJsonValue>(QJsonObject{{QStringLiteral("unlocked"), false}});
    });
    server->registerMethod(QStringLiteral("secret.list"),
                           [this](const QJsonObject &, const QString &) { return list(); });
    server->registerMethod(QStringLiteral("secret.set"), [this](const QJsonObject &params, const QString &) -> Result<QJsonValue> {
        const QString key = requiredKey(params);
        if (key.isEmpty())
            return Error(ErrorCode::InvalidInput, QStringLiteral("secret.set needs a key"));
        const QString value = params.value(QStringLiteral("value")).toString();
        if (value.isEmpty())
            return Error(ErrorCode::InvalidInput, QStringLiteral("the value of %1 is empty").arg(key));
        if (auto st = m_vault->store(key, Vault::Secret::fromString(value)); !st)
            return st.error();
        m_server->publish(QStringLiteral("vault"), {{QStringLiteral("type"), QStringLiteral("changed")},
                                                    {QStringLiteral("key"), key}});
        emit secretChanged(key);
        return QJsonValue(QJsonObject{{QStringLiteral("key"), key}});
    });
    server->registerMethod(QStringLiteral("secret.delete"), [this](const QJsonObject &params, const QString &) -> Result<QJsonValue> {
        const QString key = requiredKey(params);
        if (auto st = m_vault->remove(key); !st)
            return st.error();
        m_server->publish(QStringLiteral("vault"), {{QStringLiteral("type"), QStringLiteral("changed")},
                                                    {QStringLiteral("key"), key}});
        emit secretChanged(key);
        return QJsonValue(QJsonObject{{QStringLiteral("key"), key}});
    });
}

SecretLookup VaultService::lookup() const
{
    Vault::FileVault *vault = m_vault;
    return [vault](const QString &key) -> Result<Vault::Secret> {
        if (!vault->isUnlocked())
            return Error(ErrorCode::Locked, QStringLiteral("the vault is locked: unlock it from the console or "
                                                           "with opsdeck-cli vault unlock"));
        return vault->lookup(key);
    };
}

Result<QJsonValue> VaultService::unlock(const QJsonObject &params)
{
    const Vault::Secret passphrase = Vault::Secret::fromString(params.value(QStringLiteral("passphrase")).toString());
    if (passphrase.isEmpty())
        return Error(ErrorCode::InvalidInput, QStringLiteral("the passphrase is empty"));
    const bool create = params.value(QStringLiteral("create")).toBool();
    if (!create && !m_vault->exists())
        return Error(ErrorCode::NotFound, QStringLiteral("this workspace has no vault yet; create one"));
    if (auto st = create ? m_vault->create(passphrase) : m_vault->unlock(passphrase); !st)
        return st.error();
    announceUnlocked();
    QJsonObject reply{{QStringLiteral("unlocked"), true}, {QStringLiteral("created"), create}};
    if (params.value(QStringLiteral("remember")).toBool()) {
        if (m_keyring && m_keychain != Keychain::Unavailable) {
            remember(passphrase);
            reply.insert(QStringLiteral("remember"), QStringLiteral("pending"));
        } else {
            reply.insert(QStringLiteral("remember"), QStringLiteral("unavailable"));
            reply.insert(QStringLiteral("keychainDetail"), m_keychainDetail);
        }
    }
    return QJsonValue(reply);
}

void VaultService::announceUnlocked()
{
    m_server->publish(QStringLiteral("vault"), {{QStringLiteral("type"), QStringLiteral("unlocked")}});
    emit unlocked();
}

Result<QJsonValue> VaultService::status() const
{
    static const char *const names[] = {"probing", "available", "unavailable"};
    return QJsonValue(QJsonObject{{QStringLiteral("exists"), m_vault->exists()},
                                  {QStringLiteral("unlocked"), m_vault->isUnlocked()},
                                  {QStringLiteral("file"), m_vault->filePath()},
                                  {QStringLiteral("keychain"), QString::fromLatin1(names[int(m_keychain)])},
                                  {QStringLiteral("keychainDetail"), m_keychainDetail},
                                  {QStringLiteral("remembered"), m_remembered}});
}

void VaultService::start()
{
    if (!m_keyring)
        return;
    m_keyring->recall([this](Result<Vault::Secret> passphrase) { recalled(std::move(passphrase)); });
}

void VaultService::recalled(Result<Vault::Secret> passphrase)
{
    struct Announce
    {
        Ipc::IpcServer *server;
        ~Announce() { server->publish(QStringLiteral("vault"), {{QStringLiteral("type"), QStringLiteral("keychainProbed")}}); }
    } announce{m_server};
    if (!passphrase) {
        const bool absent = passphrase.error().code == ErrorCode::NotFound;
        m_keychain = absent ? Keychain::Available : Keychain::Unavailable;
        m_keychainDetail = absent ? QString() : passphrase.error().detail;
        qCInfo(lcVault).noquote() << (absent ? QStringLiteral("the keychain holds no passphrase for this vault")
                                             : QStringLiteral("no keychain: ") + m_keychainDetail);
        return;
    }
    m_keychain = Keychain::Available;
    m_remembered = true;
    if (m_vault->isUnlocked() || !m_vault->exists())
        return;
    if (auto st = m_vault->unlock(*passphrase); !st) {
        m_keychainDetail = st.error().code == ErrorCode::WrongPassphrase
                               ? QStringLiteral("the passphrase in the keychain no longer opens the vault")
                               : st.error().detail;
        qCWarning(lcVault).noquote() << "unlock from the keychain failed:" << m_keychainDetail;
        return;
    }
    qCInfo(lcVault) << "vault unlocked with the passphrase held by the keychain";
    announceUnlocked();
}

void VaultService::remember(const Vault::Secret &passphrase)
{
    m_keyring->remember(passphrase, [this](Status st) {
        keychainAnswered(std::move(st), true, QStringLiteral("the keychain now holds the vault's passphrase"));
    });
}

Result<QJsonValue> VaultService::forget()
{
    if (!m_keyring || m_keychain == Keychain::Unavailable)
        return Error(ErrorCode::Unsupported, QStringLiteral("no keychain answers: %1").arg(m_keychainDetail));
    m_keyring->forget([this](Status st) {
        keychainAnswered(std::move(st), false, QStringLiteral("the keychain no longer holds the vault's passphrase"));
    });
    return QJsonValue(QJsonObject{{QStringLiteral("pending"), true}});
}

void VaultService::keychainAnswered(Status st, bool remembered, const QString &done)
{
    QString message = done;
    if (st) {
        m_keychain = Keychain::Available;
        m_keychainDetail.clear();
        m_remembered = remembered;
    } else if (st.error().code == ErrorCode::Unsupported || st.error().code == ErrorCode::Unknown) {
        // Asked before the first answer came, or the keychain went away:
        // the same words as when the service found none at start.
        m_keychain = Keychain::Unavailable;
        m_keychainDetail = st.error().detail;
        message = QStringLiteral("no keychain answers (%1): the passphrase is not %2")
                      .arg(m_keychainDetail, remembered ? QStringLiteral("remembered") : QStringLiteral("removed"));
    } else {
        message = QStringLiteral("the keychain refused: %1").arg(st.error().detail);
    }
    qCInfo(lcVault).noquote() << "keychain:" << message;
    m_server->publish(QStringLiteral("vault"), {{QStringLiteral("type"), QStringLiteral("keychain")},
                                                {QStringLiteral("ok"), bool(st)},
                                                {QStringLiteral("remembered"), m_remembered},
                                                {QStringLiteral("message"), message}});
}

Result<QJsonValue> VaultService::list() const
{
    auto entries = m_vault->entries();
    if (!entries)
        return entries.error();
    const QList<Workspace::SecretUsage> usages = Workspace::secretUsages(m_config());
    QJsonArray out;
    for (const Vault::SecretInfo &info : std::as_const(*entries)) {
        out.append(QJsonObject{
            {QStringLiteral("key"), info.key},
            {QStringLiteral("modified"), info.modified.toString(Qt::ISODateWithMs)},
            {QStringLiteral("usedBy"), QJsonArray::fromStringList(Workspace::usesOf(info.key, usages))}});
    }
    return QJsonValue(out);
}

} // namespace OpsDeck::Service
