// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/jobs/workflowcatalog.h"

namespace OpsDeck::Jobs {

JobRequest WorkflowDefinition::request(const QJsonArray &targets, const QString &text) const
{
    JobRequest r;
    r.kind = Kind::workflow();
    r.targets = targets;
    QJsonObject params = parameters;
    params.insert(QStringLiteral("kind"), childKind);
    params.insert(QStringLiteral("workflow"), id);
    QJsonObject child = params.value(QStringLiteral("parameters")).toObject();
    if (input == WorkflowInput::ConfigurationLines) {
        QJsonArray lines;
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty())
                lines.append(line.trimmed());
        }
        child.insert(QStringLiteral("lines"), lines);
    } else if (input == WorkflowInput::Command) {
        child.insert(QStringLiteral("command"), text.trimmed());
    }
    params.insert(QStringLiteral("parameters"), child);
    r.parameters = params;
    return r;
}

QList<WorkflowDefinition> WorkflowCatalog::builtIn()
{
    const auto obj = [](std::initializer_list<QPair<QString, QJsonValue>> fields) {
        QJsonObject o;
        for (const auto &f : fields)
            o.insert(f.first, f.second);
        return o;
    };
    return {
        {QStringLiteral("backup"), QStringLiteral("Configuration backup"), Kind::sshBackup(),
         obj({{QStringLiteral("maxParallel"), 4}, {QStringLiteral("rollback"), false}}), WorkflowInput::None},
        {QStringLiteral("push-dry-run"), QStringLiteral("Preview configuration lines (dry run)"), Kind::sshPush(),
         obj({{QStringLiteral("maxParallel"), 4},
              {QStringLiteral("rollback"), false},
              {QStringLiteral("parameters"), obj({{QStringLiteral("dryRun"), true}})}}),
         WorkflowInput::ConfigurationLines},
        {QStringLiteral("push-lines"), QStringLiteral("Push configuration lines, rolled back on failure"),
         Kind::sshPush(),
         obj({{QStringLiteral("maxParallel"), 1},
              {QStringLiteral("rollback"), true},
              {QStringLiteral("parameters"), obj({{QStringLiteral("dryRun"), false}})}}),
         WorkflowInput::ConfigurationLines},
        {QStringLiteral("command"), QStringLiteral("Run a command on each device in turn"), Kind::sshCommand(),
         obj({{QStringLiteral("maxParallel"), 1}, {QStringLiteral("rollback"), false}}), WorkflowInput::Command},
    };
}

WorkflowDefinition WorkflowCatalog::find(const QString &id)
{
    for (const WorkflowDefinition &d : builtIn()) {
        if (d.id == id)
            return d;
    }
    return {};
}

} // namespace OpsDeck::Jobs
