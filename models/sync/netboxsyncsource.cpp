// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/sync/netboxsyncsource.h"

#include <QTimer>

#include "backend/domain/objectkind.h"
#include "backend/netbox/netboxrunner.h"

namespace OpsDeck::Models {

namespace {

bool isUnreachable(const Error &error)
{
    return error.code == ErrorCode::Network || error.code == ErrorCode::Timeout;
}

} // namespace

NetBoxSyncSource::NetBoxSyncSource(NetBox::NetBoxRunner *runner, const QString &workspaceName, QObject *parent)
    : SyncSource(parent)
    , m_runner(runner)
    , m_workspaceName(workspaceName)
    , m_probeTimer(new QTimer(this))
{
    using NetBox::NetBoxRunner;
    connect(m_runner, &NetBoxRunner::syncStarted, this, [this](bool full) { reportStarted(full); });
    connect(m_runner, &NetBoxRunner::syncProgress, this, [this](const NetBox::SyncProgress &p) {
        SyncStep step;
        step.endpoint = p.endpoint;
        step.index = p.endpointIndex;
        step.objects = p.objects;
        step.total = p.total;
        step.bytes = p.bytes;
        step.etaMs = p.etaMs;
        step.committing = p.committing;
        reportStep(step);
    });
    connect(m_runner, &NetBoxRunner::syncFinished, this, [this](const Result<NetBox::SyncSummary> &result) {
        if (result) {
            reportReachability(Reachability::Online);
            reportFinished(State::Succeeded);
            m_runner->readLastSync();
            return;
        }
        const Error &error = result.error();
        if (error.code == ErrorCode::Cancelled) {
            reportFinished(State::Cancelled);
            return;
        }
        if (isUnreachable(error))
            reportReachability(Reachability::Offline);
        reportFinished(State::Failed, describe(error));
    });
    connect(m_runner, &NetBoxRunner::probed, this, [this](const Result<NetBox::ApiVersion> &result) {
        // Any answer, even a refusal of the token, means the server is there.
        reportReachability(!result && isUnreachable(result.error()) ? Reachability::Offline : Reachability::Online);
    });
    connect(m_runner, &NetBoxRunner::lastSyncRead, this, [this](const QDateTime &utc) { reportLastSync(utc); });
    connect(m_probeTimer, &QTimer::timeout, this, [this] {
        if (!isRunning())
            checkReachability();
    });
    setProbeInterval(60000);
    m_runner->readLastSync();
    checkReachability();
}

NetBoxSyncSource::~NetBoxSyncSource() = default;

QString NetBoxSyncSource::title() const
{
    return tr("NetBox");
}

QStringList NetBoxSyncSource::endpoints() const
{
    QStringList out;
    for (const Domain::KindInfo &info : Domain::allKinds())
        out << info.endpoint;
    return out;
}

void NetBoxSyncSource::setProbeInterval(int ms)
{
    m_probeTimer->stop();
    if (ms > 0)
        m_probeTimer->start(ms);
}

void NetBoxSyncSource::startFull()
{
    m_runner->startFull();
}

void NetBoxSyncSource::startIncremental()
{
    m_runner->startIncremental();
}

void NetBoxSyncSource::cancel()
{
    if (!isRunning())
        return;
    reportCancelling();
    m_runner->cancelSync();
}

void NetBoxSyncSource::checkReachability()
{
    m_runner->probe();
}

} // namespace OpsDeck::Models
