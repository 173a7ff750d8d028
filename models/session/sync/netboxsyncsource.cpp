// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/session/sync/netboxsyncsource.h"

#include "backend/domain/objectkind.h"
#include "backend/netbox/netboxrunner.h"

namespace OpsDeck::Models {

NetBoxSyncSource::NetBoxSyncSource(NetBox::NetBoxRunner *runner, const QString &workspaceName, QObject *parent)
    : SyncSource(workspaceName, parent)
    , m_runner(runner)
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
        if (reportRunEnd(result ? Status() : Status(result.error())))
            m_runner->readLastSync();
    });
    connect(m_runner, &NetBoxRunner::probed, this, [this](const Result<NetBox::ApiVersion> &result) {
        reportProbe(result ? Status() : Status(result.error()));
    });
    connect(m_runner, &NetBoxRunner::lastSyncRead, this, [this](const QDateTime &utc) { reportLastSync(utc); });
    m_runner->readLastSync();
    checkReachability();
}

NetBoxSyncSource::~NetBoxSyncSource() = default;

QString NetBoxSyncSource::title() const
{
    return tr("NetBox");
}

QStringList netboxSyncEndpoints()
{
    QStringList out;
    for (const Domain::KindInfo &info : Domain::allKinds())
        out << info.endpoint;
    return out;
}

QStringList NetBoxSyncSource::endpoints() const
{
    return netboxSyncEndpoints();
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
    if (beginCancel())
        m_runner->cancelSync();
}

void NetBoxSyncSource::checkReachability()
{
    m_runner->probe();
}

} // namespace OpsDeck::Models
