// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/ipc/ipcpaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace OpsDeck::Ipc {

Result<QString> IpcPaths::runtimeDir()
{
    QString base = qEnvironmentVariable("OPSDECK_RUNTIME_DIR");
#ifdef Q_OS_UNIX
    // Without a session's XDG_RUNTIME_DIR (ssh, cron, containers) Qt warns on
    // every lookup and picks /tmp/runtime-<user>; pick a private folder of
    // our own quietly instead, and refuse one that another user owns.
    if (base.isEmpty() && qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        base = QDir::temp().filePath(QStringLiteral("opsdeck-runtime-%1").arg(::getuid()));
        if (!QDir().mkpath(base))
            return Error(ErrorCode::Io, QStringLiteral("cannot create %1").arg(base));
        QFile::setPermissions(base, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        if (QFileInfo(base).ownerId() != ::getuid())
            return Error(ErrorCode::Io, QStringLiteral("%1 belongs to another user").arg(base));
    }
#endif
    if (base.isEmpty())
        base = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (base.isEmpty())
        return Error(ErrorCode::Unsupported, QStringLiteral("no runtime directory for the service socket"));
    const QString dir = QDir(base).filePath(QStringLiteral("opsdeck"));
    if (!QDir().mkpath(dir))
        return Error(ErrorCode::Io, QStringLiteral("cannot create %1").arg(dir));
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return dir;
}

Result<QString> IpcPaths::socketName(const QString &workspaceId)
{
    auto dir = runtimeDir();
    if (!dir)
        return dir;
    // Unix socket paths are short (108 bytes): the id's first 16 characters
    // are unique enough per user.
    return QDir(*dir).filePath(QStringLiteral("ws-%1.sock").arg(workspaceId.left(16)));
}

Result<QString> IpcPaths::tokenFile()
{
    auto dir = runtimeDir();
    if (!dir)
        return dir;
    return QDir(*dir).filePath(QStringLiteral("token"));
}

Result<QByteArray> IpcPaths::token(bool create)
{
    auto path = tokenFile();
    if (!path)
        return path.error();
    QFile file(*path);
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray t = file.readAll().trimmed();
        if (!t.isEmpty())
            return t;
    }
    if (!create)
        return Error(ErrorCode::NotFound, QStringLiteral("no service token in %1: is opsdeckd running?").arg(*path));
    QByteArray raw(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(raw.data()),
                                         reinterpret_cast<quint32 *>(raw.data() + raw.size()));
    const QByteArray t = raw.toHex();
    QSaveFile out(*path);
    if (!out.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Io, QStringLiteral("cannot write %1").arg(*path));
    out.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    out.write(t);
    if (!out.commit())
        return Error(ErrorCode::Io, QStringLiteral("cannot write %1").arg(*path));
    QFile::setPermissions(*path, QFile::ReadOwner | QFile::WriteOwner);
    return t;
}

} // namespace OpsDeck::Ipc
