// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

// The backup methods of opsdeckd in the test's own process: a real
// IpcServer on a socket in a temporary folder and a JobService over a
// JobEngine whose store the test fills with versions (JobStore::addBackup),
// for the console's configuration history session and view tests.

#include <memory>

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "backend/ipc/ipcpaths.h"
#include "backend/ipc/ipcserver.h"
#include "backend/jobs/jobengine.h"
#include "backend/jobs/jobstore.h"
#include "backend/service/jobservice.h"

namespace OpsDeck::Test {

struct BackupServiceUnderTest
{
    QTemporaryDir dir;
    std::unique_ptr<Ipc::IpcServer> server;
    std::unique_ptr<Jobs::JobEngine> engine;
    std::unique_ptr<Service::JobService> service;

    /// Starts all three; an empty string, or what failed.
    QString start()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!dir.isValid())
            return QStringLiteral("no temporary folder");
        qputenv("OPSDECK_RUNTIME_DIR", QFile::encodeName(dir.filePath(QStringLiteral("run"))));
        auto token = Ipc::IpcPaths::token(true);
        if (!token)
            return token.error().toString();
        server = std::make_unique<Ipc::IpcServer>(*token);
        if (auto st = server->listen(dir.filePath(QStringLiteral("backups.sock"))); !st)
            return st.error().toString();
        auto created = Jobs::JobEngine::create(dir.filePath(QStringLiteral("store.sqlite")), {});
        if (!created)
            return created.error().toString();
        engine = std::move(*created);
        service = std::make_unique<Service::JobService>(engine.get(), server.get());
        return {};
    }

    /// Stores @p content as the next version of @p device; its number, or 0.
    int addVersion(const QString &device, const QString &content)
    {
        auto b = engine->store().addBackup(device, content, QStringLiteral("job-test"));
        return b ? b->version : 0;
    }

    void stop()
    {
        service.reset();
        engine.reset();
        server.reset();
    }
};

} // namespace OpsDeck::Test
