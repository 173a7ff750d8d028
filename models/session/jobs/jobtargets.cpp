// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/session/jobs/jobtargets.h"

#include <algorithm>

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include "models/session/jobs/jobjson.h"

namespace OpsDeck::Models {

namespace {

TargetState fromNodeState(const QString &name)
{
    if (name == QLatin1String("succeeded"))
        return TargetState::Succeeded;
    if (name == QLatin1String("failed"))
        return TargetState::Failed;
    if (name == QLatin1String("skipped") || name == QLatin1String("not run"))
        return TargetState::Skipped;
    if (name == QLatin1String("rolled back"))
        return TargetState::RolledBack;
    if (name == QLatin1String("running"))
        return TargetState::Running;
    return TargetState::Pending;
}

/// The workflow's report (result.nodes), by device; empty before it ends.
QHash<QString, JobTargetState> reported(const Jobs::Job &job)
{
    QHash<QString, JobTargetState> out;
    const QJsonArray nodes = job.result.value(QStringLiteral("nodes")).toArray();
    for (const QJsonValue &v : nodes) {
        const QJsonObject n = v.toObject();
        JobTargetState s;
        s.device = n.value(QStringLiteral("device")).toString();
        s.state = fromNodeState(n.value(QStringLiteral("state")).toString());
        s.detail = n.value(QStringLiteral("error")).toString();
        out.insert(s.device, s);
    }
    return out;
}

/// What the steps naming @p device say; a device whose steps all ended is
/// done once the job ended or a later step (of another target) began.
/// @p lastStepOfAll: the number of the job's latest step.
JobTargetState fromSteps(const Jobs::Job &job, const QString &device, int lastStepOfAll)
{
    JobTargetState s{device, TargetState::Pending, {}};
    const QString suffix = QLatin1Char(' ') + device;
    int last = 0;
    bool failed = false;
    bool running = false;
    for (const Jobs::JobStep &step : job.steps) {
        if (!step.name.endsWith(suffix))
            continue;
        last = step.number;
        if (step.state == Jobs::StepState::Failed) {
            failed = true;
            s.detail = step.error;
        } else if (step.state == Jobs::StepState::Running) {
            running = true;
            if (!failed)
                s.detail = step.name;
        }
    }
    if (failed)
        s.state = TargetState::Failed;
    else if (running)
        s.state = TargetState::Running;
    else if (last > 0)
        s.state = Jobs::isTerminal(job.state) || last < lastStepOfAll ? TargetState::Succeeded : TargetState::Running;
    else if (Jobs::isTerminal(job.state))
        s.state = job.state == Jobs::JobState::Succeeded ? TargetState::Succeeded : TargetState::Skipped;
    return s;
}

} // namespace

QList<JobTargetState> jobTargetStates(const Jobs::Job &job)
{
    const QHash<QString, JobTargetState> report = reported(job);
    int lastStep = 0;
    for (const Jobs::JobStep &step : job.steps)
        lastStep = std::max(lastStep, step.number);
    QList<JobTargetState> out;
    for (const QString &device : jobTargetNames(job)) {
        const auto it = report.constFind(device);
        out << (it != report.cend() ? *it : fromSteps(job, device, lastStep));
    }
    return out;
}

int countTargets(const QList<JobTargetState> &states, TargetState state)
{
    return int(
        std::count_if(states.cbegin(), states.cend(), [state](const JobTargetState &s) { return s.state == state; }));
}

} // namespace OpsDeck::Models
