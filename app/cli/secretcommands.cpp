// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// vault unlock|lock|status|forget, secret set|list|delete: values go to the
// workspace's service over its user-only socket, never on a command line.
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

#include "app/cli/cli.h"

namespace OpsDeck::Cli {

namespace {

QString waitForKeychain(Ipc::IpcClient &service);

/// Unlocks (or, with --create or when there is none, creates) the service's
/// vault with a passphrase read from the terminal or standard input.
Status unlock(const Invocation &cli, Ipc::IpcClient &service, const QString &workspaceName)
{
    auto status = service.callBlocking(QStringLiteral("vault.status"), {});
    if (!status)
        return status.error();
    if (status->toObject().value(QStringLiteral("unlocked")).toBool())
        return {};
    const bool create = !status->toObject().value(QStringLiteral("exists")).toBool();
    if (create && !cli.options.isSet(cli.options.create) && cli.word(0) == u"vault")
        return Error(ErrorCode::NotFound, QStringLiteral("workspace %1 has no vault yet: opsdeck-cli vault unlock "
                                                         "--create makes one")
                                              .arg(workspaceName));
    auto passphrase = readPassphrase(create ? QStringLiteral("New vault passphrase for %1: ").arg(workspaceName)
                                            : QStringLiteral("Vault passphrase for %1: ").arg(workspaceName),
                                     create);
    if (!passphrase)
        return passphrase.error();
    const bool remember = cli.options.isSet(cli.options.remember);
    if (remember)
        service.subscribe({QStringLiteral("vault")});
    auto unlocked = service.callBlocking(QStringLiteral("vault.unlock"),
                                         {{QStringLiteral("passphrase"), passphrase->revealString()},
                                          {QStringLiteral("create"), create},
                                          {QStringLiteral("remember"), remember}});
    if (!unlocked)
        return unlocked.error();
    const QJsonObject reply = unlocked->toObject();
    if (reply.value(QStringLiteral("remember")).toString() == u"unavailable")
        printLine(QStringLiteral("no keychain answers (%1): the passphrase is not remembered")
                      .arg(reply.value(QStringLiteral("keychainDetail")).toString()));
    else if (reply.value(QStringLiteral("remember")).toString() == u"pending")
        printLine(waitForKeychain(service));
    return {};
}

/// The service's "keychain" event after a remember or forget, as a line.
QString waitForKeychain(Ipc::IpcClient &service)
{
    QString outcome = QStringLiteral("the keychain did not answer");
    QEventLoop loop;
    QObject::connect(&service, &Ipc::IpcClient::eventReceived, &loop, [&](const QString &topic, const QJsonObject &e) {
        if (topic != u"vault" || e.value(QStringLiteral("type")).toString() != u"keychain")
            return;
        outcome = e.value(QStringLiteral("message")).toString();
        loop.quit();
    });
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    loop.exec();
    return outcome;
}

int setSecret(const Invocation &cli, Ipc::IpcClient &service, const QString &workspaceName)
{
    const QString key = cli.word(2);
    if (key.isEmpty())
        return fail(QStringLiteral("secret set needs a key, e.g. netbox/token"));
    // The value first: standard input may hold it, and the passphrase then
    // comes from the terminal.
    auto value = readSecretValue(cli.options, QStringLiteral("Value for %1: ").arg(key));
    if (!value)
        return fail(value.error().detail);
    if (auto st = unlock(cli, service, workspaceName); !st)
        return fail(st.error().detail);
    auto stored = service.callBlocking(QStringLiteral("secret.set"),
                                       {{QStringLiteral("key"), key},
                                        {QStringLiteral("value"), value->revealString()}});
    if (!stored)
        return fail(stored.error().detail);
    printLine(QStringLiteral("stored %1 in the vault of workspace %2").arg(key, workspaceName));
    return 0;
}

int listSecrets(Ipc::IpcClient &service)
{
    auto listed = service.callBlocking(QStringLiteral("secret.list"), {});
    if (!listed)
        return fail(listed.error().detail);
    const QJsonArray entries = listed->toArray();
    if (entries.isEmpty())
        printLine(QStringLiteral("the vault holds no secrets"));
    for (const QJsonValue &v : entries) {
        const QJsonObject e = v.toObject();
        QStringList used;
        const QJsonArray uses = e.value(QStringLiteral("usedBy")).toArray();
        for (const QJsonValue &u : uses)
            used << u.toString();
        printLine(QStringLiteral("%1  %2  %3")
                      .arg(e.value(QStringLiteral("key")).toString(), -32)
                      .arg(e.value(QStringLiteral("modified")).toString().left(19),
                           used.isEmpty() ? QStringLiteral("(not used by the configuration)") : used.join(u", ")));
    }
    return 0;
}

} // namespace

int runSecretCommand(const Invocation &cli)
{
    const QString verb = cli.word(1);
    if (verb != u"set" && verb != u"list" && verb != u"delete")
        return fail(QStringLiteral("secret takes set, list or delete"));
    auto session = openSession(cli.options);
    if (!session)
        return fail(session.error().detail);
    const Workspace::Workspace *ws = &session->workspace;
    Ipc::IpcClient &service = session->service();
    if (verb == u"set")
        return setSecret(cli, service, ws->name());
    if (auto st = unlock(cli, service, ws->name()); !st)
        return fail(st.error().detail);
    if (verb == u"list")
        return listSecrets(service);
    const QString key = cli.word(2);
    if (key.isEmpty())
        return fail(QStringLiteral("secret delete needs a key"));
    auto removed = service.callBlocking(QStringLiteral("secret.delete"), {{QStringLiteral("key"), key}});
    if (!removed)
        return fail(removed.error().detail);
    printLine(QStringLiteral("deleted %1 from the vault of workspace %2").arg(key, ws->name()));
    return 0;
}

namespace {

int printVaultStatus(Ipc::IpcClient &service)
{
    auto status = service.callBlocking(QStringLiteral("vault.status"), {});
    if (!status)
        return fail(status.error().detail);
    const QJsonObject s = status->toObject();
    printLine(!s.value(QStringLiteral("exists")).toBool()  ? QStringLiteral("vault: none yet")
              : s.value(QStringLiteral("unlocked")).toBool() ? QStringLiteral("vault: unlocked")
                                                             : QStringLiteral("vault: locked"));
    printLine(QStringLiteral("file: %1").arg(s.value(QStringLiteral("file")).toString()));
    const QString keychain = s.value(QStringLiteral("keychain")).toString();
    const QString detail = s.value(QStringLiteral("keychainDetail")).toString();
    if (keychain == u"unavailable")
        printLine(QStringLiteral("keychain: none answers (%1); unlock with the passphrase").arg(detail));
    else if (keychain == u"probing")
        printLine(QStringLiteral("keychain: still asking"));
    else if (s.value(QStringLiteral("remembered")).toBool())
        printLine(QStringLiteral("keychain: holds the passphrase; the service unlocks the vault by itself%1")
                      .arg(detail.isEmpty() ? QString() : QStringLiteral(" (but %1)").arg(detail)));
    else
        printLine(QStringLiteral("keychain: available; opsdeck-cli vault unlock --remember stores the passphrase"));
    return 0;
}

} // namespace

int runVaultCommand(const Invocation &cli)
{
    const QString verb = cli.word(1);
    if (verb != u"unlock" && verb != u"lock" && verb != u"status" && verb != u"forget")
        return fail(QStringLiteral("vault takes unlock, lock, status or forget"));
    auto session = openSession(cli.options);
    if (!session)
        return fail(session.error().detail);
    const Workspace::Workspace *ws = &session->workspace;
    Ipc::IpcClient &service = session->service();
    if (verb == u"unlock") {
        if (auto st = unlock(cli, service, ws->name()); !st)
            return fail(st.error().detail);
        printLine(QStringLiteral("the vault of workspace %1 is unlocked in its service").arg(ws->name()));
        return 0;
    }
    if (verb == u"lock") {
        auto locked = service.callBlocking(QStringLiteral("vault.lock"), {});
        if (!locked)
            return fail(locked.error().detail);
        printLine(QStringLiteral("the vault of workspace %1 is locked").arg(ws->name()));
        return 0;
    }
    if (verb == u"forget") {
        service.subscribe({QStringLiteral("vault")});
        auto forgot = service.callBlocking(QStringLiteral("vault.forget"), {});
        if (!forgot)
            return fail(forgot.error().detail);
        printLine(waitForKeychain(service));
        return 0;
    }
    return printVaultStatus(service);
}

} // namespace OpsDeck::Cli
