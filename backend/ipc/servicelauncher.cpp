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

QString ServiceLauncher::serviceExecutable()
{
#ifdef Q_OS_WIN
    const QString name = QStringLiteral("opsdeckd.exe");
#else
    const QString name = QStringLiteral("opsdeckd");
#endif
    const QString local = QDir(QCoreApplication::applicationDirPath()).filePath(name);
    if (QFileInfo(local).isExecutable())
        return local;
    return QStandardPaths::findExecutable(QStringLiteral("opsdeckd"));
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
        return Error(ErrorCode::NotFound, QStringLiteral("opsdeckd was not found next to this program or on PATH"));
    QStringList args{QStringLiteral("--workspace"), workspaceFolder};
    args << extraArguments;
    if (!QProcess::startDetached(exe, args))
        return Error(ErrorCode::Io, QStringLiteral("cannot start %1").arg(exe));
    return true;
}

} // namespace OpsDeck::Ipc
