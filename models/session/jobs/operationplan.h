// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include "backend/core/result.h"
#include "backend/domain/devicelabels.h"
#include "backend/jobs/job.h"

namespace OpsDeck::Models {

/// The operations the console runs on a set of devices.
enum class OperationKind { Backup, Commands, Workflow };

/// Devices by site, role and tag (slugs; empty: any).
struct OperationScope
{
    QString site;
    QString role;
    QString tag;

    [[nodiscard]] bool matches(const Domain::DeviceLabels &device) const;
    [[nodiscard]] bool isEmpty() const { return site.isEmpty() && role.isEmpty() && tag.isEmpty(); }
};

/// One operation as the operator set it up.
struct OperationPlan
{
    OperationKind kind = OperationKind::Backup;
    QList<Domain::DeviceLabels> devices; ///< the targets (those without an address are left out)
    QString ticket;
    QString intent;        ///< empty: a sentence saying what the operation does
    QString commands;      ///< Commands: the command text (one command a line)
    QString workflowId;    ///< Workflow: a WorkflowCatalog id
    QString workflowInput; ///< Workflow: its lines or command, when it takes one
    QString requester;
};

/// Turns an operation into the job the service runs:
///  - Backup: one ssh.backup over every device;
///  - Commands: one ssh.command over every device; a command text that is
///    not read-only (CommandClassifier) goes as a configuration change, which
///    the service's policy gate holds to the rules of configuration pushes;
///  - Workflow: the catalogue's workflow over the devices.
/// Targets name the device, its address, site and role, and no credential:
/// the service completes them from the device's SSH credential profile.
/// Pure functions, any thread.
class OperationPlanner final
{
public:
    OperationPlanner() = delete;

    /// @p devices that match @p scope, by name.
    [[nodiscard]] static QList<Domain::DeviceLabels> inScope(const QList<Domain::DeviceLabels> &devices,
                                                             const OperationScope &scope);
    /// The SSH target of @p device (no credential: the service's profiles choose it).
    [[nodiscard]] static QJsonObject sshTarget(const Domain::DeviceLabels &device);
    /// The devices of @p plan that have a primary address (the others cannot be reached).
    [[nodiscard]] static QList<Domain::DeviceLabels> reachable(const QList<Domain::DeviceLabels> &devices);
    /// InvalidInput when there is nothing to run on, the ticket is refused,
    /// the commands are empty or the workflow is unknown or lacks its input.
    [[nodiscard]] static Result<Jobs::JobRequest> request(const OperationPlan &plan);
    /// Whether @p commands need no approval as read-only commands.
    [[nodiscard]] static bool isReadOnly(const QString &commands);
};

} // namespace OpsDeck::Models
