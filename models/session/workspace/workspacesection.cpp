// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/session/workspace/workspacesection.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>

#include "backend/ipc/ipcclient.h"
#include "backend/workspace/workspace.h"
#include "models/session/jobs/jobserviceconnection.h"

Q_LOGGING_CATEGORY(lcWorkspaceSection, "opsdeck.workspace.edit")

namespace OpsDeck::Models::WorkspaceSection {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("OpsDeck::Models::WorkspaceSection", text);
}

QString firstLine(const QString &text)
{
    return text.section(QLatin1Char('\n'), 0, 0);
}

} // namespace

Status update(const QString &folder, const QString &what,
              const std::function<bool(const Workspace::WorkspaceConfig &)> &unchanged,
              const std::function<void(Workspace::WorkspaceConfig &)> &change)
{
    auto ws = Workspace::Workspace::open(folder);
    if (!ws)
        return ws.error();
    Workspace::WorkspaceConfig config = ws->workspaceConfig();
    if (!unchanged(config))
        return Error(ErrorCode::Conflict,
                     QStringLiteral("the %1 in the workspace file changed since they were read").arg(what),
                     {{QStringLiteral("file"), ws->configFile()}});
    change(config);
    if (auto st = ws->setWorkspaceConfig(config); !st)
        return st;
    return ws->save();
}

void reloadService(JobServiceConnection *connection, const QString &part, const QString &partName, QObject *context,
                   std::function<void(const ReloadOutcome &)> done)
{
    if (!connection || connection->state() != JobServiceConnection::State::Connected) {
        QMetaObject::invokeMethod(
            context,
            [done, partName] {
                done({false,
                      tr("The OpsDeck service is not running; its %1 reads the file when it starts.").arg(partName)});
            },
            Qt::QueuedConnection);
        return;
    }
    connection->client()->call(
        QStringLiteral("workspace.reload"), {}, context, [done, part, partName](Result<QJsonValue> r) {
            if (!r) {
                qCWarning(lcWorkspaceSection).noquote() << "workspace reload:" << r.error().toString();
                done({false, tr("The service did not reload the workspace: %1.").arg(firstLine(r.error().detail))});
                return;
            }
            const QJsonValue answer = r->toObject().value(part);
            if (answer.isUndefined())
                done({false, tr("The %1 is not running in the service.").arg(partName)});
            else if (answer.toString() != u"ok")
                done({false, tr("The service's %1 kept the previous settings: %2.")
                                 .arg(partName, firstLine(answer.toString()))});
            else
                done({true, {}});
        });
}

void load(QThreadPool &pool, QObject *context, const QString &folder,
          std::function<void(const Workspace::WorkspaceConfig &)> loaded, std::function<void(const Error &)> failed)
{
    // The context outlives the pool's work: its owner waits for the pool.
    pool.start([context, folder, loaded = std::move(loaded), failed = std::move(failed)] {
        auto ws = Workspace::Workspace::open(folder);
        if (!ws) {
            QMetaObject::invokeMethod(
                context, [failed, error = ws.error()] { failed(error); }, Qt::QueuedConnection);
            return;
        }
        QMetaObject::invokeMethod(
            context, [loaded, config = ws->workspaceConfig()] { loaded(config); }, Qt::QueuedConnection);
    });
}

void save(QThreadPool &pool, QObject *context, JobServiceConnection *connection, const SaveRequest &request,
          std::function<void(const ReloadOutcome &)> saved, std::function<void(const Error &)> failed)
{
    const QPointer<JobServiceConnection> service = connection;
    // The context outlives the pool's work: its owner waits for the pool.
    pool.start([context, service, request, saved = std::move(saved), failed = std::move(failed)] {
        const Status st = update(request.folder, request.what, request.unchanged, request.change);
        QMetaObject::invokeMethod(
            context,
            [context, service, request, saved, failed, st] {
                if (!st) {
                    failed(st.error());
                    return;
                }
                reloadService(service, request.part, request.partName, context, saved);
            },
            Qt::QueuedConnection);
    });
}

} // namespace OpsDeck::Models::WorkspaceSection
