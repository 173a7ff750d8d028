// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/netbox/renderconfigbatch.h"

#include <algorithm>

#include <QLoggingCategory>

#include "backend/netbox/netboxclient.h"

Q_LOGGING_CATEGORY(lcRenderConfig, "opsdeck.netbox.renderconfig")

namespace OpsDeck::NetBox {

RenderConfigBatch::RenderConfigBatch(NetBoxClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

RenderConfigBatch::~RenderConfigBatch()
{
    // The replies belong to the client: stop them reporting to us.
    for (const QPointer<RenderConfigReply> &reply : std::as_const(m_inFlight)) {
        if (reply) {
            disconnect(reply, nullptr, this, nullptr);
            reply->abort();
        }
    }
}

void RenderConfigBatch::setMaxConcurrent(int count)
{
    m_maxConcurrent = std::clamp(count, 1, 16);
}

void RenderConfigBatch::start(const QList<RenderConfigTarget> &targets)
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_outcomes.clear();
    m_settled = QList<bool>(targets.size(), false);
    m_inFlight.clear();
    m_next = 0;
    m_done = 0;
    for (const RenderConfigTarget &target : targets)
        m_outcomes << RenderConfigOutcome{target};
    if (targets.isEmpty()) {
        m_running = false;
        emit finished(m_outcomes);
        return;
    }
    startNext();
}

void RenderConfigBatch::startNext()
{
    while (!m_cancelled && m_next < m_outcomes.size() && m_inFlight.size() < m_maxConcurrent) {
        const qsizetype index = m_next++;
        RenderConfigReply *reply = RenderConfigReply::start(m_client, m_outcomes.at(index).target.netboxId);
        m_inFlight << reply;
        connect(reply, &RenderConfigReply::finished, this, [this, index, reply](const Result<RenderedConfig> &result) {
            m_inFlight.removeAll(QPointer<RenderConfigReply>(reply));
            handleReply(index, result);
        });
    }
}

void RenderConfigBatch::handleReply(qsizetype index, const Result<RenderedConfig> &result)
{
    settle(index, result);
    if (!result && renderConfigFailure(result.error()) == RenderConfigFailure::NotSupported) {
        // The release has no render-config: every other device would get
        // the same answer, so none is asked.
        for (qsizetype i = m_next; i < m_outcomes.size(); ++i)
            settle(i, result.error());
        m_next = m_outcomes.size();
    }
    startNext();
    finishIfDone();
}

void RenderConfigBatch::settle(qsizetype index, const Result<RenderedConfig> &result)
{
    if (m_settled.at(index))
        return;
    m_settled[index] = true;
    RenderConfigOutcome &outcome = m_outcomes[index];
    if (result) {
        outcome.result = result;
    } else {
        Error error = result.error();
        error.context.insert(QStringLiteral("device"), outcome.target.deviceName);
        outcome.result = error;
        if (error.code != ErrorCode::Cancelled)
            qCInfo(lcRenderConfig).noquote()
                << outcome.target.deviceName << "- no rendered configuration:" << error.detail;
    }
    ++m_done;
    emit deviceFinished(outcome);
    emit progress(m_done, int(m_outcomes.size()));
}

void RenderConfigBatch::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    const Error cancelled(ErrorCode::Cancelled, QStringLiteral("cancelled"),
                          {{QStringLiteral("renderConfigFailure"), int(RenderConfigFailure::Cancelled)}});
    for (qsizetype i = m_next; i < m_outcomes.size(); ++i)
        settle(i, cancelled);
    m_next = m_outcomes.size();
    // Each abort ends in its reply's finished(), which settles that device.
    const QList<QPointer<RenderConfigReply>> inFlight = m_inFlight;
    for (const QPointer<RenderConfigReply> &reply : inFlight) {
        if (reply)
            reply->abort();
    }
    finishIfDone();
}

void RenderConfigBatch::finishIfDone()
{
    if (!m_running || m_done < m_outcomes.size())
        return;
    m_running = false;
    emit finished(m_outcomes);
}

} // namespace OpsDeck::NetBox
