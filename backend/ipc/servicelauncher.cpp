// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/ipc/servicelauncher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocalSocket>
#include <QProcess>
#include <QStandardPaths>

#include "backend/ipc/ipcpaths.h"

namespace OpsDeck::Ipc {

bool ServiceLauncher::isRunning(const QString &socketName, int timeoutMs)
{
    QLocalSocket probe;
    probe.connectToServer(socketName);
    const bool up = probe.waitForConnected(timeoutMs);
    probe.abort();
    return up;
}

QStringList ServiceLauncher::serviceCandidates(const QString &applicationDir)
{
#ifdef Q_OS_WIN
    const QString name = QStringLiteral("opsdeckd.exe");
#else
    const QString name = QStringLiteral("opsdeckd");
#endif
    const QDir dir(applicationDir);
    QStringList candidates{
        dir.filePath(name),
        dir.filePath(QStringLiteral("../service/") + name),
        dir.filePath(QStringLiteral("../libexec/opsdeck/") + name),
        dir.filePath(QStringLiteral("../lib/opsdeck/") + name),
    };
    for (QString &c : candidates)
        c = QDir::cleanPath(c);
    const QString onPath = QStandardPaths::findExecutable(name);
    if (!onPath.isEmpty())
        candidates << onPath;
    return candidates;
}

QString ServiceLauncher::serviceExecutable()
{
    const QStringList candidates = serviceCandidates(QCoreApplication::applicationDirPath());
    for (const QString &candidate : candidates) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable())
            return info.absoluteFilePath();
    }
    return {};
}

Result<bool> ServiceLauncher::ensureRunning(const QString &workspaceFolder, const QString &workspaceId,
                                            const QStringList &extraArguments)
{
    auto socket = IpcPaths::socketName(workspaceId);
    if (!socket)
        return socket.error();
    if (isRunning(*socket))
        return false;
    const QString exe = serviceExecutable();
    if (exe.isEmpty())
        return Error(ErrorCode::NotFound, QStringLiteral("opsdeckd was not found (looked in %1)")
                                              .arg(serviceCandidates(QCoreApplication::applicationDirPath())
                                                       .join(QStringLiteral(", "))));
    QStringList args{QStringLiteral("--workspace"), workspaceFolder};
    args << extraArguments;
    // Detached, with its output in the workspace's log rather than on the
    // starter's terminal or pipes (which it would otherwise hold open).
    QProcess process;
    process.setProgram(exe);
    process.setArguments(args);
    process.setStandardInputFile(QProcess::nullDevice());
    const QString log = QDir(workspaceFolder).filePath(logFileName());
    process.setStandardOutputFile(log, QIODevice::Append);
    process.setStandardErrorFile(log, QIODevice::Append);
    if (!process.startDetached())
        return Error(ErrorCode::Io, QStringLiteral("cannot start %1").arg(exe));
    return true;
}

} // namespace OpsDeck::Ipc
