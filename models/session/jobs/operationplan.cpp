// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/session/jobs/operationplan.h"

#include <algorithm>

#include <QJsonArray>
#include <QUuid>

#include "backend/jobs/commandclassifier.h"
#include "backend/jobs/workflowcatalog.h"

namespace OpsDeck::Models {

namespace {

bool sameLabel(const QString &wanted, const QString &slug, const QString &name)
{
    return wanted.isEmpty() || wanted == slug || wanted.compare(name, Qt::CaseInsensitive) == 0;
}

QString defaultIntent(const OperationPlan &plan, int devices)
{
    switch (plan.kind) {
    case OperationKind::Backup:
        return QStringLiteral("Back up the configuration of %1 device(s)").arg(devices);
    case OperationKind::Commands:
        return QStringLiteral("Run %1 on %2 device(s)")
            .arg(plan.commands.trimmed().section(QLatin1Char('\n'), 0, 0).left(80))
            .arg(devices);
    case OperationKind::Workflow:
        return QStringLiteral("Workflow %1 on %2 device(s)").arg(plan.workflowId).arg(devices);
    }
    return {};
}

} // namespace

bool OperationScope::matches(const Domain::DeviceLabels &device) const
{
    if (!sameLabel(site, device.siteSlug, device.siteName) || !sameLabel(role, device.roleSlug, device.roleName))
        return false;
    if (tag.isEmpty())
        return true;
    for (qsizetype i = 0; i < device.tagSlugs.size(); ++i) {
        if (sameLabel(tag, device.tagSlugs.at(i), device.tagNames.value(i)))
            return true;
    }
    return false;
}

QList<Domain::DeviceLabels> OperationPlanner::inScope(const QList<Domain::DeviceLabels> &devices,
                                                      const OperationScope &scope)
{
    QList<Domain::DeviceLabels> out;
    for (const Domain::DeviceLabels &d : devices) {
        if (scope.matches(d))
            out << d;
    }
    std::sort(out.begin(), out.end(),
              [](const Domain::DeviceLabels &a, const Domain::DeviceLabels &b) { return a.device < b.device; });
    return out;
}

QJsonObject OperationPlanner::sshTarget(const Domain::DeviceLabels &d)
{
    // As the backup scheduler names them, so profile rules and approval
    // rules match the same way for both.
    return {{QStringLiteral("device"), d.device},
            {QStringLiteral("host"), d.primaryIp.section(QLatin1Char('/'), 0, 0)},
            {QStringLiteral("port"), 22},
            {QStringLiteral("site"), !d.siteSlug.isEmpty() ? d.siteSlug : d.siteName},
            {QStringLiteral("role"), d.roleName}};
}

QList<Domain::DeviceLabels> OperationPlanner::reachable(const QList<Domain::DeviceLabels> &devices)
{
    QList<Domain::DeviceLabels> out;
    for (const Domain::DeviceLabels &d : devices) {
        if (!d.primaryIp.isEmpty() && !d.device.isEmpty())
            out << d;
    }
    return out;
}

bool OperationPlanner::isReadOnly(const QString &commands)
{
    return Jobs::CommandClassifier::isReadOnly(commands);
}

Result<Jobs::JobRequest> OperationPlanner::request(const OperationPlan &plan)
{
    const QList<Domain::DeviceLabels> devices = reachable(plan.devices);
    if (devices.isEmpty())
        return Error(ErrorCode::InvalidInput, QStringLiteral("none of the devices has a primary IP address"));
    auto ticket = Jobs::normalizeTicket(plan.ticket);
    if (!ticket)
        return ticket.error();
    QJsonArray targets;
    for (const Domain::DeviceLabels &d : devices)
        targets.append(sshTarget(d));

    Jobs::JobRequest r;
    switch (plan.kind) {
    case OperationKind::Backup:
        r.kind = Jobs::Kind::sshBackup();
        r.targets = targets;
        r.priority = Jobs::JobPriority::Interactive; // the operator waits for it
        break;
    case OperationKind::Commands: {
        const QString commands = plan.commands.trimmed();
        if (commands.isEmpty())
            return Error(ErrorCode::InvalidInput, QStringLiteral("there is no command to run"));
        r.kind = Jobs::Kind::sshCommand();
        r.targets = targets;
        r.parameters = {{QStringLiteral("command"), commands}, {QStringLiteral("readOnly"), isReadOnly(commands)}};
        break;
    }
    case OperationKind::Workflow: {
        const Jobs::WorkflowDefinition definition = Jobs::WorkflowCatalog::find(plan.workflowId);
        if (definition.id.isEmpty())
            return Error(ErrorCode::InvalidInput, QStringLiteral("no workflow %1").arg(plan.workflowId));
        if (definition.input != Jobs::WorkflowInput::None && plan.workflowInput.trimmed().isEmpty())
            return Error(ErrorCode::InvalidInput, QStringLiteral("the workflow %1 needs its input").arg(definition.id));
        r = definition.request(targets, plan.workflowInput);
        break;
    }
    }
    r.ticket = *ticket;
    r.requester = plan.requester;
    r.intent = plan.intent.trimmed().isEmpty() ? defaultIntent(plan, int(devices.size())) : plan.intent.trimmed();
    r.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return r;
}

} // namespace OpsDeck::Models
