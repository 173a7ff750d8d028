// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QObject>
#include <QPointer>

#include "backend/core/result.h"
#include "backend/netbox/netboxclient.h"

namespace OpsDeck::NetBox {

/// What a NetBox server said to a connection test.
struct ProbeResult
{
    ApiVersion version;
    QString versionText; ///< as the server names it, e.g. "3.1.11"
    qint64 sites = 0;
    qint64 devices = 0;
};

/// Tests a NetBox connection as a user means it: is this NetBox, a release
/// OpsDeck supports (3.0 or newer), does the token read the inventory.
/// GET /api/status/, then the counts of sites and devices (limit=1), each
/// failure turned into one sentence a person can act on: not NetBox (an
/// HTML page or another JSON), too old, token refused (NetBox's own
/// message), TLS, timeout, unreachable. Asynchronous: the client's thread,
/// never blocking; finished() is emitted exactly once per start().
class NetBoxProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetBoxProbe)

public:
    explicit NetBoxProbe(NetBoxClient *client, QObject *parent = nullptr);

    void start();
    /// Aborts; finished() follows with ErrorCode::Cancelled.
    void cancel();

    /// The oldest release OpsDeck reads.
    [[nodiscard]] static ApiVersion oldestSupported() { return {3, 0}; }

signals:
    void finished(const OpsDeck::Result<OpsDeck::NetBox::ProbeResult> &result);

private:
    void handleStatus(const Result<Response> &response);
    void count(const QString &path, qint64 ProbeResult::*field, const std::function<void()> &next);
    void fail(const Error &error);

    NetBoxClient *m_client;
    QPointer<NetBoxReply> m_reply;
    ProbeResult m_result;
    bool m_running = false;
};

/// The sentence for a failed request of a connection test.
[[nodiscard]] Error describeProbeError(const Error &error, const QString &what);

} // namespace OpsDeck::NetBox
