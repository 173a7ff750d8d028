// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/session/sync/servicesyncsource.h"

#include <QJsonObject>

#include "backend/ipc/ipcclient.h"
#include "backend/ipc/ipcframe.h"
#include "backend/mcp/mcprunner.h"
#include "models/session/jobs/jobserviceconnection.h"
#include "models/session/sync/netboxsyncsource.h"

namespace OpsDeck::Models {

Error eventError(const QJsonObject &event)
{
    const ErrorCode code =
        Ipc::errorCodeFromName(event.value(QStringLiteral("code")).toString()).value_or(ErrorCode::Unknown);
    return Error(code, event.value(QStringLiteral("error")).toString());
}

ServiceSyncSource::ServiceSyncSource(JobServiceConnection *connection, const QString &workspaceName, QObject *parent,
                                     Source source)
    : SyncSource(workspaceName, parent)
    , m_connection(connection)
    , m_kind(source)
    , m_source(source == Source::Mcp ? QStringLiteral("mcp") : QStringLiteral("netbox"))
{
    // MCP's connection test logs in and out: every five minutes, not every minute.
    if (m_kind == Source::Mcp)
        setProbeInterval(5 * 60 * 1000);
    connect(connection->client(), &Ipc::IpcClient::eventReceived, this, &ServiceSyncSource::handleEvent);
    const auto subscribe = [this] {
        if (!connected())
            return;
        m_connection->client()->subscribe({QStringLiteral("sync"), QStringLiteral("connection")});
        readLastSync();
    };
    connect(connection, &JobServiceConnection::stateChanged, this, subscribe);
    subscribe();
}

bool ServiceSyncSource::connected() const
{
    return m_connection->state() == JobServiceConnection::State::Connected;
}

QString ServiceSyncSource::title() const
{
    return m_kind == Source::Mcp ? tr("Ciena MCP") : tr("NetBox");
}

QStringList ServiceSyncSource::endpoints() const
{
    return m_kind == Source::Mcp ? Mcp::McpRunner::runPhases(true) : netboxSyncEndpoints();
}

void ServiceSyncSource::startFull()
{
    start(true);
}

void ServiceSyncSource::startIncremental()
{
    start(false);
}

void ServiceSyncSource::start(bool full)
{
    full = full || m_kind == Source::Mcp; // MCP has no incremental sync
    if (isRunning())
        return;
    if (!connected()) {
        reportStarted(full);
        reportRunEnd(Error(ErrorCode::Network, tr("The workspace's service is not reachable: %1")
                                                   .arg(m_connection->statusText())));
        return;
    }
    m_connection->client()->call(QStringLiteral("sync.start"), {{QStringLiteral("source"), m_source},
                                                                {QStringLiteral("full"), full}},
                                 this, [this, full](Result<QJsonValue> r) {
                                     if (r)
                                         return; // "started" follows as an event
                                     reportStarted(full);
                                     reportRunEnd(r.error());
                                 });
}

void ServiceSyncSource::cancel()
{
    if (!beginCancel() || !connected())
        return;
    m_connection->client()->call(QStringLiteral("sync.cancel"), {{QStringLiteral("source"), m_source}}, this,
                                 [](Result<QJsonValue>) {});
}

void ServiceSyncSource::checkReachability()
{
    if (!connected() || !m_testId.isEmpty())
        return;
    m_testId = QStringLiteral("pending");
    m_connection->client()->call(QStringLiteral("connection.test"), {{QStringLiteral("source"), m_source}}, this,
                                 [this](Result<QJsonValue> r) {
                                     if (!r) {
                                         m_testId.clear();
                                         reportProbe(r.error());
                                         return;
                                     }
                                     m_testId = r->toObject().value(QStringLiteral("testId")).toString();
                                 });
}

void ServiceSyncSource::readLastSync()
{
    if (m_kind == Source::Mcp) {
        m_connection->client()->call(QStringLiteral("sync.status"), {}, this, [this](Result<QJsonValue> r) {
            if (!r)
                return;
            const QDateTime at = QDateTime::fromString(
                r->toObject().value(m_source).toObject().value(QStringLiteral("lastSync")).toString(), Qt::ISODateWithMs);
            if (at.isValid())
                reportLastSync(at.toUTC());
        });
        return;
    }
    m_connection->client()->call(QStringLiteral("workspace.status"), {}, this, [this](Result<QJsonValue> r) {
        if (!r)
            return;
        const QDateTime at = QDateTime::fromString(r->toObject().value(QStringLiteral("lastNetboxSync")).toString(),
                                                   Qt::ISODateWithMs);
        if (at.isValid())
            reportLastSync(at.toUTC());
    });
}

void ServiceSyncSource::handleEvent(const QString &topic, const QJsonObject &e)
{
    if (topic == u"connection") {
        if (e.value(QStringLiteral("testId")).toString() != m_testId)
            return;
        m_testId.clear();
        reportProbe(e.value(QStringLiteral("ok")).toBool() ? Status() : Status(eventError(e)));
        return;
    }
    if (topic != u"sync" || e.value(QStringLiteral("source")).toString() != m_source)
        return;
    const QString type = e.value(QStringLiteral("type")).toString();
    if (type == u"started") {
        reportStarted(e.value(QStringLiteral("full")).toBool());
    } else if (type == u"progress") {
        if (!isRunning())
            reportStarted(false); // a run the schedule or the CLI started
        SyncStep step;
        step.endpoint = e.value(QStringLiteral("endpoint")).toString();
        step.index = e.value(QStringLiteral("endpointIndex")).toInt();
        step.objects = e.value(QStringLiteral("objects")).toInteger();
        step.total = e.value(QStringLiteral("total")).toInteger(-1);
        step.committing = e.value(QStringLiteral("committing")).toBool();
        reportStep(step);
    } else if (type == u"finished") {
        if (!isRunning())
            reportStarted(e.value(QStringLiteral("full")).toBool());
        if (reportRunEnd(e.value(QStringLiteral("ok")).toBool() ? Status() : Status(eventError(e))))
            readLastSync();
    }
}

} // namespace OpsDeck::Models
