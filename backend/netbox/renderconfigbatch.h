// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include "backend/core/result.h"
#include "backend/netbox/renderconfigreply.h"

namespace OpsDeck::NetBox {

class NetBoxClient;

/// A device whose configuration a RenderConfigBatch asks NetBox for.
struct RenderConfigTarget
{
    QString deviceName;
    qint64 netboxId = 0;
};

/// What NetBox rendered for one device of a batch, or why it did not.
struct RenderConfigOutcome
{
    RenderConfigTarget target;
    Result<RenderedConfig> result = Error(ErrorCode::Cancelled, QStringLiteral("not started"));
};

/// Renders the configurations of many devices through one NetBoxClient,
/// with at most maxConcurrent() requests in flight. Every device gets its
/// own outcome: one that fails does not stop the others. Only a NetBox
/// without render-config (before 3.5) ends the rest at once, with the same
/// error and no further requests. cancel() aborts what is in flight and
/// marks what was not started as cancelled.
///
/// deviceFinished() and progress() after each device; finished() exactly
/// once per start(), with the outcomes in the order of the targets. Lives on
/// the client's thread; does not own the client.
class RenderConfigBatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RenderConfigBatch)

public:
    explicit RenderConfigBatch(NetBoxClient *client, QObject *parent = nullptr);
    ~RenderConfigBatch() override;

    /// Requests in flight at most (1..16, default 4).
    void setMaxConcurrent(int count);
    [[nodiscard]] int maxConcurrent() const { return m_maxConcurrent; }

    /// Starts the batch; ignored while one runs. An empty list finishes at once.
    void start(const QList<RenderConfigTarget> &targets);
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }

signals:
    void deviceFinished(const OpsDeck::NetBox::RenderConfigOutcome &outcome);
    void progress(int done, int total);
    void finished(const QList<OpsDeck::NetBox::RenderConfigOutcome> &outcomes);

private:
    void startNext();
    void handleReply(qsizetype index, const Result<RenderedConfig> &result);
    void settle(qsizetype index, const Result<RenderedConfig> &result);
    void finishIfDone();

    NetBoxClient *m_client;
    int m_maxConcurrent = 4;
    bool m_running = false;
    bool m_cancelled = false;
    QList<RenderConfigOutcome> m_outcomes;
    QList<bool> m_settled;
    QList<QPointer<RenderConfigReply>> m_inFlight;
    qsizetype m_next = 0;
    int m_done = 0;
};

} // namespace OpsDeck::NetBox
