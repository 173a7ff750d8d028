// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/session/changeset/changesetjobpush.h"

#include <QJsonObject>
#include <QUuid>

#include "backend/ipc/ipcclient.h"
#include "backend/jobs/netboxchangesetexecutor.h"
#include "backend/netbox/changeset.h"

namespace OpsDeck::Models {

ChangeSetJobPush::ChangeSetJobPush(QObject *parent)
    : QObject(parent)
{}

ChangeSetJobPush::~ChangeSetJobPush() = default;

void ChangeSetJobPush::setClient(Ipc::IpcClient *client, const QString &requester)
{
    if (m_client)
        m_client->disconnect(this);
    m_client = client;
    m_requester = requester;
    emit connectionChanged();
    if (!client)
        return;
    connect(client, &Ipc::IpcClient::connected, this, &ChangeSetJobPush::connectionChanged);
    connect(client, &Ipc::IpcClient::jobChanged, this, &ChangeSetJobPush::handleJobChanged);
    connect(client, &Ipc::IpcClient::disconnected, this, &ChangeSetJobPush::handleDisconnected);
}

bool ChangeSetJobPush::isConnected() const
{
    return m_client && m_client->isConnected();
}

void ChangeSetJobPush::push(const NetBox::ChangeSet &changes)
{
    Jobs::JobRequest request;
    request.kind = Jobs::Kind::netboxChangeSet();
    request.intent = tr("Write %n edited object(s) to NetBox", nullptr, int(changes.edits().size()));
    request.requester = m_requester;
    request.parameters = {{QStringLiteral("changeSet"), Jobs::changeSetToJson(changes)}};
    request.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_jobKey = request.idempotencyKey;
    m_jobId.clear();
    m_client->subscribe({QStringLiteral("jobs")});
    m_client->submitJob(request, this, [this, key = request.idempotencyKey](const Result<QJsonValue> &reply) {
        if (!m_jobKey.isEmpty() && key != m_jobKey)
            return; // a later push
        if (!reply) {
            if (key == m_jobKey) {
                m_jobKey.clear();
                emit finished(reply.error());
            }
            return;
        }
        // The job may have ended (and been handled) before this reply.
        const QJsonObject job = reply->toObject().value(QStringLiteral("job")).toObject();
        m_jobId = job.value(QStringLiteral("id")).toString();
        emit jobSubmitted(m_jobId);
        handleJobChanged(job);
    });
}

void ChangeSetJobPush::handleJobChanged(const QJsonObject &job)
{
    if (m_jobKey.isEmpty() || job.value(QStringLiteral("idempotencyKey")).toString() != m_jobKey)
        return;
    const QString state = job.value(QStringLiteral("state")).toString();
    auto terminal = Jobs::jobStateFromString(state);
    if (!terminal || (*terminal != Jobs::JobState::Succeeded && *terminal != Jobs::JobState::Failed &&
                      *terminal != Jobs::JobState::Cancelled && *terminal != Jobs::JobState::Interrupted))
        return;
    m_jobKey.clear();
    if (m_jobId.isEmpty())
        m_jobId = job.value(QStringLiteral("id")).toString();
    auto report = Jobs::writeReportFromJobResult(job.value(QStringLiteral("result")).toObject());
    if (!report) {
        const QString error = job.value(QStringLiteral("error")).toString();
        emit finished(Error(ErrorCode::Unknown, error.isEmpty() ? tr("job %1 ended %2").arg(m_jobId, state) : error));
        return;
    }
    emit finished(*report);
}

void ChangeSetJobPush::handleDisconnected()
{
    emit connectionChanged();
    if (m_jobKey.isEmpty())
        return;
    m_jobKey.clear();
    emit finished(Error(ErrorCode::Network,
                        tr("The connection to the service was lost; job %1 may still run there.").arg(m_jobId)));
}

} // namespace OpsDeck::Models
