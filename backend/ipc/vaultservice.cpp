// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/ipc/vaultservice.h"

#include <QJsonArray>

#include "backend/ipc/ipcserver.h"
#include "backend/vault/filevault.h"
#include "backend/workspace/secretusage.h"

namespace OpsDeck::Ipc {

namespace {

QString requiredKey(const QJsonObject &params)
{
    return params.value(QStringLiteral("key")).toString().trimmed();
}

} // namespace

VaultService::VaultService(Vault::FileVault *vault, std::function<Workspace::WorkspaceConfig()> config,
                           IpcServer *server, QObject *parent)
    : QObject(parent)
    , m_vault(vault)
    , m_config(std::move(config))
    , m_server(server)
{
    server->registerMethod(QStringLiteral("vault.status"), [this](const QJsonObject &, const QString &) {
        return Result<QJsonValue>(QJsonObject{{QStringLiteral("exists"), m_vault->exists()},
                                              {QStringLiteral("unlocked"), m_vault->isUnlocked()},
                                              {QStringLiteral("file"), m_vault->filePath()}});
    });
    server->registerMethod(QStringLiteral("vault.unlock"),
                           [this](const QJsonObject &params, const QString &) { return unlock(params); });
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
    m_server->publish(QStringLiteral("vault"), {{QStringLiteral("type"), QStringLiteral("unlocked")}});
    emit unlocked();
    return QJsonValue(QJsonObject{{QStringLiteral("unlocked"), true}, {QStringLiteral("created"), create}});
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

} // namespace OpsDeck::Ipc
