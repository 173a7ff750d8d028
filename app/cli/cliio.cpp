// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <cstdio>
#include <iostream>
#include <string>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QThread>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

#include "app/cli/cli.h"
#include "backend/demo/demoworkspace.h"
#include "backend/ipc/ipcpaths.h"
#include "backend/ipc/servicelauncher.h"
#include "backend/workspace/workspaceregistry.h"

namespace OpsDeck::Cli {

namespace {

bool stdinIsTerminal()
{
#ifdef Q_OS_UNIX
    return isatty(STDIN_FILENO) == 1;
#else
    return false;
#endif
}

/// One line from standard input; on a terminal without echo.
QByteArray readLine(bool hidden)
{
#ifdef Q_OS_UNIX
    termios saved{};
    const bool terminal = hidden && stdinIsTerminal() && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
#endif
    std::string line;
    std::getline(std::cin, line);
#ifdef Q_OS_UNIX
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputs("\n", stderr);
    }
#endif
    QByteArray out(line.data(), qsizetype(line.size()));
    std::fill(line.begin(), line.end(), '\0');
    if (out.endsWith('\r'))
        out.chop(1);
    return out;
}

QByteArray dropOneLineBreak(QByteArray bytes)
{
    if (bytes.endsWith("\r\n"))
        bytes.chop(2);
    else if (bytes.endsWith('\n'))
        bytes.chop(1);
    return bytes;
}

} // namespace

int fail(const QString &what, int code)
{
    std::fprintf(stderr, "opsdeck-cli: %s\n", qPrintable(what));
    return code;
}

void print(const QJsonValue &v)
{
    const QByteArray text = v.isObject() ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented)
                          : v.isArray()  ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Indented)
                                         : v.toVariant().toString().toUtf8() + '\n';
    std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
    std::fflush(stdout);
}

void printLine(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

Result<Vault::Secret> readSecretValue(const Options &options, const QString &prompt)
{
    QByteArray bytes;
    if (options.isSet(options.fromFile)) {
        QFile file(options.value(options.fromFile));
        if (!file.open(QIODevice::ReadOnly))
            return Error(ErrorCode::Io, QStringLiteral("cannot read %1").arg(file.fileName()));
        bytes = dropOneLineBreak(file.readAll());
    } else if (stdinIsTerminal()) {
        std::fprintf(stderr, "%s", qPrintable(prompt));
        std::fflush(stderr);
        bytes = readLine(true);
    } else {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return Error(ErrorCode::Io, QStringLiteral("cannot read standard input"));
        bytes = dropOneLineBreak(in.readAll());
    }
    if (bytes.isEmpty())
        return Error(ErrorCode::InvalidInput, QStringLiteral("the value is empty (give it on standard input or "
                                                             "with --from-file)"));
    Vault::Secret secret = Vault::Secret::fromBytes(bytes);
    bytes.fill('\0');
    return secret;
}

Result<Vault::Secret> readPassphrase(const QString &prompt, bool confirm)
{
    const bool terminal = stdinIsTerminal();
    if (terminal) {
        std::fprintf(stderr, "%s", qPrintable(prompt));
        std::fflush(stderr);
    }
    QByteArray first = readLine(true);
    if (first.isEmpty())
        return Error(ErrorCode::InvalidInput,
                     terminal ? QStringLiteral("the passphrase is empty; nothing was changed")
                              : QStringLiteral("the vault is locked and standard input holds no passphrase: unlock "
                                               "it first with opsdeck-cli vault unlock"));
    if (confirm && terminal) {
        std::fprintf(stderr, "Repeat it: ");
        std::fflush(stderr);
        QByteArray second = readLine(true);
        const bool same = first == second;
        second.fill('\0');
        if (!same) {
            first.fill('\0');
            return Error(ErrorCode::InvalidInput, QStringLiteral("the two passphrases differ; nothing was changed"));
        }
    }
    Vault::Secret secret = Vault::Secret::fromBytes(first);
    first.fill('\0');
    return secret;
}

Result<Workspace::Workspace> selectedWorkspace(const Options &options)
{
    const Workspace::WorkspaceRegistry registry;
    if (options.isSet(options.workspace)) {
        const QString wanted = options.value(options.workspace);
        if (Workspace::Workspace::isWorkspace(wanted))
            return Workspace::Workspace::open(wanted);
        return registry.find(wanted);
    }
    const QString last = registry.lastUsed();
    if (!last.isEmpty())
        return Workspace::Workspace::open(last);
    auto demo = registry.findByName(Demo::demoWorkspaceName());
    if (!demo && demo.error().code == ErrorCode::NotFound)
        return Error(ErrorCode::NotFound, QStringLiteral("no workspace yet: create one with opsdeck-cli workspace "
                                                         "create NAME, or open the console once"));
    return demo;
}

Result<std::unique_ptr<Ipc::IpcClient>> connectService(const Options &options, const Workspace::Workspace &workspace)
{
    QString socketName = options.value(options.socket);
    if (socketName.isEmpty()) {
        auto name = Ipc::IpcPaths::socketName(workspace.id());
        if (!name)
            return name.error();
        socketName = *name;
    }
    bool started = false;
    if (!options.isSet(options.noStart) && !options.isSet(options.socket)) {
        auto launched = Ipc::ServiceLauncher::ensureRunning(workspace.folder(), workspace.id());
        if (!launched)
            return Error(launched.error().code,
                         QStringLiteral("cannot start the service: %1").arg(launched.error().detail));
        started = *launched;
    }
    auto client = connectSocket(socketName, started ? 100 : 1);
    if (client)
        return client;
    return Error(ErrorCode::Network, QStringLiteral("cannot reach the service of workspace %1 on %2%3")
                                         .arg(workspace.name(), socketName,
                                              options.isSet(options.noStart) ? QStringLiteral(" (not started: --no-start)")
                                                                             : QString()));
}

Result<ServiceSession> openSession(const Options &options)
{
    auto ws = selectedWorkspace(options);
    if (!ws)
        return Error(ws.error().code, ws.error().toString());
    auto client = connectService(options, *ws);
    if (!client)
        return client.error();
    return ServiceSession{std::move(*ws), std::move(*client)};
}

Result<std::unique_ptr<Ipc::IpcClient>> connectSocket(const QString &socketName, int attempts)
{
    for (int i = 0; i < attempts; ++i) {
        if (i > 0)
            QThread::msleep(100);
        auto token = Ipc::IpcPaths::token(false);
        if (!token)
            continue;
        auto client = std::make_unique<Ipc::IpcClient>();
        client->connectToService(socketName, *token, QStringLiteral("opsdeck-cli"));
        if (client->waitForConnected(attempts > 1 ? 2000 : 10000))
            return client;
    }
    return Error(ErrorCode::Network, QStringLiteral("cannot reach the service on %1").arg(socketName));
}

Result<QJsonValue> parseJsonArgument(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    QString where = QStringLiteral("the argument");
    if (text.startsWith(QLatin1Char('@'))) {
        QFile f(text.mid(1));
        if (!f.open(QIODevice::ReadOnly))
            return Error(ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(f.fileName(), f.errorString()));
        bytes = f.readAll();
        where = f.fileName();
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (doc.isNull())
        return Error(
            ErrorCode::InvalidInput,
            QStringLiteral("%1 is not JSON: %2 at offset %3").arg(where, error.errorString()).arg(error.offset));
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

} // namespace OpsDeck::Cli
