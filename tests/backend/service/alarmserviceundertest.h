// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

// The alarm service of opsdeckd in the test's own process: a real
// IpcServer on a socket in @p dir and an AlarmService with its store there,
// for the console's alarm session, rule editor and view tests.

#include <memory>

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "backend/ipc/ipcpaths.h"
#include "backend/ipc/ipcserver.h"
#include "backend/service/alarmservice.h"
#include "backend/workspace/workspace.h"

namespace OpsDeck::Test {

/// Starts both; an empty string, or what failed. @p metrics (may be null:
/// no rule previews) must outlive the service.
inline QString startAlarmService(const QTemporaryDir &dir, std::unique_ptr<Ipc::IpcServer> &server,
                                 std::unique_ptr<Service::AlarmService> &service,
                                 Metrics::MetricStore *metrics = nullptr)
{
    QStandardPaths::setTestModeEnabled(true);
    if (!dir.isValid())
        return QStringLiteral("no temporary folder");
    qputenv("OPSDECK_RUNTIME_DIR", QFile::encodeName(dir.filePath(QStringLiteral("run"))));
    auto token = Ipc::IpcPaths::token(true);
    if (!token)
        return token.error().toString();
    server = std::make_unique<Ipc::IpcServer>(*token);
    if (auto st = server->listen(dir.filePath(QStringLiteral("alarms.sock"))); !st)
        return st.error().toString();
    service = std::make_unique<Service::AlarmService>(metrics, server.get());
    Service::AlarmServiceSettings settings;
    settings.storePath = dir.filePath(QStringLiteral("store.sqlite"));
    settings.file = dir.filePath(QStringLiteral("workspace.json"));
    if (auto st = service->start(settings); !st)
        return st.error().toString();
    return {};
}

/// workspace.reload as opsdeckd answers it for the alarms: the rules of the
/// workspace in @p folder, as its file says now, go to @p service;
/// {"alarms": "ok" or why they were refused}.
inline void registerWorkspaceReload(Ipc::IpcServer *server, Service::AlarmService *service, const QString &folder)
{
    server->registerMethod(
        QStringLiteral("workspace.reload"),
        [service, folder](const QJsonObject &, const QString &) -> Result<QJsonValue> {
            auto ws = Workspace::Workspace::open(folder);
            if (!ws)
                return ws.error();
            const Status st = service->reconfigure(ws->config().alarms, ws->config().notifications);
            return QJsonValue(QJsonObject{{QStringLiteral("alarms"), st ? QStringLiteral("ok") : st.error().detail}});
        });
}

} // namespace OpsDeck::Test
