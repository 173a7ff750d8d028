// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include "backend/core/result.h"
#include "backend/netbox/netboxwriter.h"

class QJsonObject;

namespace OpsDeck::NetBox {
class ChangeSet;
}

namespace OpsDeck::Ipc {
class IpcClient;
}

namespace OpsDeck::Models {

/// ChangeSetSession's push through opsdeckd: a change set goes to the job
/// queue as one netbox.changeset job, and the per-object outcomes come back
/// from the job's result when it ends (finished(), exactly once per push,
/// also when the connection is lost meanwhile). Does not own the client.
/// Lives on the client's thread.
class ChangeSetJobPush final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeSetJobPush)

public:
    explicit ChangeSetJobPush(QObject *parent = nullptr);
    ~ChangeSetJobPush() override;

    /// Pushes through @p client (nullptr: none). @p requester names the submitting user.
    void setClient(Ipc::IpcClient *client, const QString &requester = {});
    /// A client is set and connected to the service.
    [[nodiscard]] bool isConnected() const;
    /// Submits @p changes; only while isConnected().
    void push(const NetBox::ChangeSet &changes);
    /// The job of the last push; empty before one.
    [[nodiscard]] QString lastJobId() const { return m_jobId; }

signals:
    /// isConnected() may have changed.
    void connectionChanged();
    void jobSubmitted(const QString &jobId);
    void finished(const OpsDeck::Result<OpsDeck::NetBox::WriteReport> &report);

private:
    void handleJobChanged(const QJsonObject &job);
    void handleDisconnected();

    QPointer<Ipc::IpcClient> m_client;
    QString m_requester;
    QString m_jobKey; ///< idempotency key of the job being waited for
    QString m_jobId;
};

} // namespace OpsDeck::Models
