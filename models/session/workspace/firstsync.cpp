// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/session/workspace/firstsync.h"

#include <QJsonArray>
#include <QJsonObject>

#include "backend/ipc/ipcclient.h"
#include "models/session/jobs/jobserviceconnection.h"

namespace OpsDeck::Models {

FirstSync::FirstSync(JobServiceConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finish(Error(ErrorCode::Timeout, tr("The workspace's service did not answer: %1")
                                             .arg(m_connection->statusText())));
    });
    connect(connection, &JobServiceConnection::stateChanged, this, [this](JobServiceConnection::State s) {
        if (m_running && !m_syncing && s == JobServiceConnection::State::Connected && m_timeout.isActive())
            proceed();
    });
    connect(connection->client(), &Ipc::IpcClient::eventReceived, this, &FirstSync::handleEvent);
}

void FirstSync::start(const Vault::Secret &passphrase, const QList<PendingSecret> &secrets, bool syncNetbox)
{
    if (m_running)
        return;
    m_running = true;
    m_syncing = false;
    m_passphrase = passphrase;
    m_secrets = secrets;
    m_syncNetbox = syncNetbox;
    emit progress(tr("Starting the workspace's service…"), 0, 0);
    if (m_connection->state() == JobServiceConnection::State::Connected) {
        proceed();
    } else {
        m_timeout.start(ConnectTimeoutMs);
        m_connection->retryNow();
    }
}

void FirstSync::proceed()
{
    m_timeout.stop();
    m_connection->client()->subscribe({QStringLiteral("sync")});
    unlockVault();
}

void FirstSync::unlockVault()
{
    emit progress(tr("Opening the workspace's vault…"), 0, 0);
    Ipc::IpcClient *client = m_connection->client();
    client->call(QStringLiteral("vault.status"), {}, this, [this, client](Result<QJsonValue> status) {
        if (!status) {
            finish(status.error());
            return;
        }
        const QJsonObject s = status->toObject();
        if (s.value(QStringLiteral("unlocked")).toBool()) {
            storeNext();
            return;
        }
        const bool create = !s.value(QStringLiteral("exists")).toBool();
        client->call(QStringLiteral("vault.unlock"),
                     {{QStringLiteral("passphrase"), m_passphrase.revealString()},
                      {QStringLiteral("create"), create},
                      {QStringLiteral("remember"), m_remember}},
                     this, [this](Result<QJsonValue> r) {
                         if (!r) {
                             finish(r.error());
                             return;
                         }
                         storeNext();
                     });
    });
}

void FirstSync::storeNext()
{
    if (m_secrets.isEmpty()) {
        startSync();
        return;
    }
    const PendingSecret next = m_secrets.takeFirst();
    emit progress(tr("Storing %1 in the vault…").arg(next.key), 0, 0);
    m_connection->client()->call(QStringLiteral("secret.set"),
                                 {{QStringLiteral("key"), next.key}, {QStringLiteral("value"), next.value.revealString()}},
                                 this, [this](Result<QJsonValue> r) {
                                     if (!r) {
                                         finish(r.error());
                                         return;
                                     }
                                     storeNext();
                                 });
}

void FirstSync::startSync()
{
    if (!m_syncNetbox) {
        finish({});
        return;
    }
    emit progress(tr("Asking NetBox for its inventory…"), 0, 0);
    m_syncing = true;
    m_connection->client()->call(QStringLiteral("sync.start"),
                                 {{QStringLiteral("source"), QStringLiteral("netbox")}, {QStringLiteral("full"), true}},
                                 this, [this](Result<QJsonValue> r) {
                                     if (!r)
                                         finish(r.error());
                                 });
}

void FirstSync::handleEvent(const QString &topic, const QJsonObject &e)
{
    if (!m_syncing || topic != u"sync" || e.value(QStringLiteral("source")).toString() != u"netbox")
        return;
    const QString type = e.value(QStringLiteral("type")).toString();
    if (type == u"progress") {
        if (e.value(QStringLiteral("committing")).toBool()) {
            emit progress(tr("Writing %L1 objects to the workspace…").arg(e.value(QStringLiteral("totalObjects")).toInteger()),
                          0, 0);
            return;
        }
        const int count = e.value(QStringLiteral("endpointCount")).toInt();
        emit progress(tr("Reading %1 (%L2 objects so far)")
                          .arg(e.value(QStringLiteral("endpoint")).toString())
                          .arg(e.value(QStringLiteral("totalObjects")).toInteger()),
                      e.value(QStringLiteral("endpointIndex")).toInt(), count);
    } else if (type == u"finished") {
        if (e.value(QStringLiteral("ok")).toBool())
            finish({});
        else
            finish(Error(ErrorCode::Network, e.value(QStringLiteral("error")).toString()));
    }
}

void FirstSync::cancel()
{
    if (!m_running)
        return;
    if (m_syncing && m_connection->state() == JobServiceConnection::State::Connected) {
        m_connection->client()->call(QStringLiteral("sync.cancel"), {{QStringLiteral("source"), QStringLiteral("netbox")}},
                                     this, [](Result<QJsonValue>) {});
        return; // the finished event follows
    }
    finish(Error(ErrorCode::Cancelled, tr("Cancelled")));
}

void FirstSync::finish(const Status &status)
{
    if (!m_running)
        return;
    m_running = false;
    m_syncing = false;
    m_timeout.stop();
    m_passphrase = {};
    m_secrets.clear();
    emit finished(status);
}

} // namespace OpsDeck::Models
