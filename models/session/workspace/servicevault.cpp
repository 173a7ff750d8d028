// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/session/workspace/servicevault.h"

#include <QJsonArray>
#include <QJsonObject>

#include "backend/ipc/ipcclient.h"
#include "models/session/jobs/jobserviceconnection.h"

namespace OpsDeck::Models {

ServiceVault::ServiceVault(JobServiceConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    connect(connection, &JobServiceConnection::stateChanged, this, [this](JobServiceConnection::State s) {
        if (s == JobServiceConnection::State::Connected) {
            m_connection->client()->subscribe({QStringLiteral("vault")});
            refresh();
        } else {
            setState(State::Unknown);
            m_keychain = Keychain::Unknown;
            emit keychainChanged();
        }
    });
    connect(connection->client(), &Ipc::IpcClient::eventReceived, this,
            [this](const QString &topic, const QJsonObject &data) {
                if (topic != u"vault")
                    return;
                const QString type = data.value(QStringLiteral("type")).toString();
                if (type == u"unlocked")
                    setState(State::Unlocked);
                else if (type == u"locked")
                    setState(State::Locked);
                else if (type == u"changed")
                    emit changed();
                else if (type == u"keychain")
                    emit keychainAnswered(data.value(QStringLiteral("ok")).toBool(),
                                          data.value(QStringLiteral("message")).toString());
                if (type == u"keychain" || type == u"keychainProbed")
                    refresh();
            });
    if (connection->state() == JobServiceConnection::State::Connected)
        refresh();
}

void ServiceVault::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void ServiceVault::call(const QString &method, const QJsonObject &params,
                        std::function<void(Result<QJsonValue>)> done)
{
    if (m_connection->state() != JobServiceConnection::State::Connected) {
        done(Error(ErrorCode::Network, tr("The workspace's service is not reachable: %1")
                                           .arg(m_connection->statusText())));
        return;
    }
    m_connection->client()->call(method, params, this, std::move(done));
}

void ServiceVault::refresh()
{
    call(QStringLiteral("vault.status"), {}, [this](Result<QJsonValue> r) {
        if (!r)
            return;
        readStatus(r->toObject());
    });
}

void ServiceVault::readStatus(const QJsonObject &o)
{
    m_file = o.value(QStringLiteral("file")).toString();
    const QString keychain = o.value(QStringLiteral("keychain")).toString();
    const Keychain k = keychain == u"available"     ? Keychain::Available
                       : keychain == u"unavailable" ? Keychain::Unavailable
                       : keychain == u"probing"     ? Keychain::Probing
                                                    : Keychain::Unknown;
    const QString detail = o.value(QStringLiteral("keychainDetail")).toString();
    const bool remembered = o.value(QStringLiteral("remembered")).toBool();
    if (k != m_keychain || detail != m_keychainDetail || remembered != m_remembered) {
        m_keychain = k;
        m_keychainDetail = detail;
        m_remembered = remembered;
        emit keychainChanged();
    }
    setState(!o.value(QStringLiteral("exists")).toBool()    ? State::None
             : o.value(QStringLiteral("unlocked")).toBool() ? State::Unlocked
                                                             : State::Locked);
}

void ServiceVault::unlock(const Vault::Secret &passphrase, bool remember, Done done)
{
    const bool create = m_state == State::None;
    call(QStringLiteral("vault.unlock"),
         {{QStringLiteral("passphrase"), passphrase.revealString()},
          {QStringLiteral("create"), create},
          {QStringLiteral("remember"), remember}},
         [this, done = std::move(done)](Result<QJsonValue> r) {
             if (r) {
                 setState(State::Unlocked);
                 if (r->toObject().value(QStringLiteral("remember")).toString() == u"unavailable")
                     emit keychainAnswered(false,
                                           tr("no keychain answers (%1): the passphrase is not remembered")
                                               .arg(r->toObject().value(QStringLiteral("keychainDetail")).toString()));
             }
             done(r ? Status() : Status(r.error()));
         });
}

void ServiceVault::forget(Done done)
{
    call(QStringLiteral("vault.forget"), {},
         [done = std::move(done)](Result<QJsonValue> r) { done(r ? Status() : Status(r.error())); });
}

void ServiceVault::list(std::function<void(Result<QList<VaultEntry>>)> done)
{
    call(QStringLiteral("secret.list"), {}, [done = std::move(done)](Result<QJsonValue> r) {
        if (!r) {
            done(r.error());
            return;
        }
        QList<VaultEntry> entries;
        const QJsonArray array = r->toArray();
        for (const QJsonValue &v : array) {
            const QJsonObject o = v.toObject();
            VaultEntry e;
            e.key = o.value(QStringLiteral("key")).toString();
            e.modified = QDateTime::fromString(o.value(QStringLiteral("modified")).toString(), Qt::ISODateWithMs);
            const QJsonArray uses = o.value(QStringLiteral("usedBy")).toArray();
            for (const QJsonValue &u : uses)
                e.usedBy << u.toString();
            entries << e;
        }
        done(entries);
    });
}

void ServiceVault::store(const QString &key, const Vault::Secret &value, Done done)
{
    call(QStringLiteral("secret.set"), {{QStringLiteral("key"), key}, {QStringLiteral("value"), value.revealString()}},
         [done = std::move(done)](Result<QJsonValue> r) { done(r ? Status() : Status(r.error())); });
}

void ServiceVault::remove(const QString &key, Done done)
{
    call(QStringLiteral("secret.delete"), {{QStringLiteral("key"), key}},
         [done = std::move(done)](Result<QJsonValue> r) { done(r ? Status() : Status(r.error())); });
}

} // namespace OpsDeck::Models
