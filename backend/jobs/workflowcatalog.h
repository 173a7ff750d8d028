// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "backend/jobs/job.h"

namespace OpsDeck::Jobs {

/// What a workflow asks of the operator besides its devices.
enum class WorkflowInput {
    None,
    ConfigurationLines, ///< parameters.parameters.lines (ssh.push)
    Command,            ///< parameters.parameters.command (ssh.command)
};

/// One workflow operators can launch over a set of devices: a `workflow`
/// job running @ref childKind once per device with @ref parameters (the
/// workflow's own: maxParallel, rollback; and the children's under
/// "parameters"). Plain value type.
struct WorkflowDefinition
{
    QString id;        ///< stable key ("push-lines")
    QString title;     ///< technical English name; the console shows its own text
    QString childKind; ///< Kind::sshBackup(), ...
    QJsonObject parameters;
    WorkflowInput input = WorkflowInput::None;

    /// The workflow job over @p targets; @p input fills the children's lines
    /// or command as @ref input says (ignored for None).
    [[nodiscard]] JobRequest request(const QJsonArray &targets, const QString &input) const;
};

/// The workflows the service knows how to run (one per child kind and use).
/// Pure functions, any thread.
class WorkflowCatalog final
{
public:
    WorkflowCatalog() = delete;

    [[nodiscard]] static QList<WorkflowDefinition> builtIn();
    /// The built-in workflow @p id, or one with an empty id.
    [[nodiscard]] static WorkflowDefinition find(const QString &id);
};

} // namespace OpsDeck::Jobs
