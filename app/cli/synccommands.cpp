// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// sync netbox|mcp [--full] [--follow], status.
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include "app/cli/cli.h"

namespace OpsDeck::Cli {

namespace {

void printProgress(const QJsonObject &e)
{
    if (e.value(QStringLiteral("source")).toString() == u"netbox") {
        if (e.value(QStringLiteral("committing")).toBool()) {
            printLine(QStringLiteral("writing %1 objects to the store").arg(e.value(QStringLiteral("totalObjects")).toInteger()));
            return;
        }
        const qint64 total = e.value(QStringLiteral("total")).toInteger();
        printLine(QStringLiteral("[%1/%2] %3: %4%5")
                      .arg(e.value(QStringLiteral("endpointIndex")).toInt() + 1)
                      .arg(e.value(QStringLiteral("endpointCount")).toInt())
                      .arg(e.value(QStringLiteral("endpoint")).toString())
                      .arg(e.value(QStringLiteral("objects")).toInteger())
                      .arg(total >= 0 ? QStringLiteral(" of %1").arg(total) : QString()));
        return;
    }
    const qint64 total = e.value(QStringLiteral("total")).toInteger(-1);
    printLine(QStringLiteral("[%1/%2] %3%4")
                  .arg(e.value(QStringLiteral("step")).toInt())
                  .arg(e.value(QStringLiteral("steps")).toInt())
                  .arg(e.value(QStringLiteral("stage")).toString())
                  .arg(total >= 0 ? QStringLiteral(": %1 of %2 queries").arg(e.value(QStringLiteral("objects")).toInteger()).arg(total)
                                  : QString()));
}

QString pmLine(qint64 samples)
{
    return samples < 0 ? QStringLiteral("no PM collected (the service has no metric store)")
                       : QStringLiteral("%1 PM samples written to the metric store").arg(samples);
}

/// Waits for the run of @p source to finish, printing progress when
/// @p verbose; the exit status. @p early: the events of the run that came
/// before (while it was being started).
int follow(Ipc::IpcClient &service, const QString &source, bool verbose, const QList<QJsonObject> &early)
{
    QEventLoop loop;
    int exitCode = 1;
    bool ended = false;
    QJsonObject pending; // the latest progress of the endpoint being fetched
    const auto handle = [&](const QString &topic, const QJsonObject &e) {
        if (ended || topic != u"sync" || e.value(QStringLiteral("source")).toString() != source)
            return;
        const QString type = e.value(QStringLiteral("type")).toString();
        const auto stepOf = [](const QJsonObject &p) -> QString {
            return p.value(QStringLiteral("endpoint")).toString() + p.value(QStringLiteral("stage")).toString()
                   + (p.value(QStringLiteral("committing")).toBool() ? QStringLiteral("#") : QString());
        };
        if (type == u"progress" && verbose) {
            // One line per endpoint with its final count, not one per page.
            if (!pending.isEmpty() && stepOf(pending) != stepOf(e))
                printProgress(pending);
            pending = e;
        } else if (type == u"finished") {
            if (verbose && !pending.isEmpty())
                printProgress(pending);
            if (e.value(QStringLiteral("ok")).toBool()) {
                printLine(source == u"netbox"
                              ? QStringLiteral("NetBox sync finished: %1 objects written, %2 deleted in %3 s")
                                    .arg(e.value(QStringLiteral("upserted")).toInteger())
                                    .arg(e.value(QStringLiteral("deleted")).toInteger())
                                    .arg(double(e.value(QStringLiteral("elapsedMs")).toInteger()) / 1000.0, 0, 'f', 1)
                              : QStringLiteral("MCP sync finished: %1 network elements, %2 optical links, %3")
                                    .arg(e.value(QStringLiteral("networkElements")).toInteger())
                                    .arg(e.value(QStringLiteral("opticalLinks")).toInteger())
                                    .arg(pmLine(e.value(QStringLiteral("pmSamples")).toInteger(-1))));
                exitCode = 0;
            } else {
                exitCode = fail(QStringLiteral("%1 sync failed: %2").arg(source, e.value(QStringLiteral("error")).toString()));
            }
            ended = true;
            loop.quit();
        }
    };
    for (const QJsonObject &e : early)
        handle(QStringLiteral("sync"), e);
    if (ended)
        return exitCode;
    QObject::connect(&service, &Ipc::IpcClient::eventReceived, &loop, handle);
    QObject::connect(&service, &Ipc::IpcClient::disconnected, &loop, [&] {
        exitCode = fail(QStringLiteral("the service went away during the sync"));
        loop.quit();
    });
    loop.exec();
    return exitCode;
}

QString countsLine(const QJsonObject &counts)
{
    const QList<std::pair<QString, QString>> shown{{QStringLiteral("dcim/sites"), QStringLiteral("sites")},
                                                   {QStringLiteral("dcim/racks"), QStringLiteral("racks")},
                                                   {QStringLiteral("dcim/devices"), QStringLiteral("devices")},
                                                   {QStringLiteral("dcim/interfaces"), QStringLiteral("interfaces")},
                                                   {QStringLiteral("dcim/cables"), QStringLiteral("cables")},
                                                   {QStringLiteral("ipam/ip-addresses"), QStringLiteral("IP addresses")}};
    QStringList parts;
    for (const auto &[endpoint, label] : shown)
        parts << QStringLiteral("%1 %2").arg(counts.value(endpoint).toInteger()).arg(label);
    return parts.join(QStringLiteral(", "));
}

} // namespace

int runSyncCommand(const Invocation &cli)
{
    const QString source = cli.word(1);
    if (source != u"netbox" && source != u"mcp")
        return fail(QStringLiteral("sync takes netbox or mcp"));
    auto session = openSession(cli.options);
    if (!session)
        return fail(session.error().detail);
    const Workspace::Workspace *ws = &session->workspace;
    Ipc::IpcClient &service = session->service();
    if (auto sub = service.callBlocking(QStringLiteral("subscribe"), {{QStringLiteral("topics"), QJsonArray{QStringLiteral("sync")}}}); !sub)
        return fail(sub.error().detail);
    // Events that arrive while sync.start is answered belong to the run too.
    QObject collector;
    QList<QJsonObject> early;
    QObject::connect(&service, &Ipc::IpcClient::eventReceived, &collector,
                     [&early](const QString &topic, const QJsonObject &e) {
                         if (topic == u"sync")
                             early << e;
                     });
    auto started = service.callBlocking(QStringLiteral("sync.start"),
                                        {{QStringLiteral("source"), source},
                                         {QStringLiteral("full"), cli.options.isSet(cli.options.full)}});
    if (!started)
        return fail(QStringLiteral("%1 sync not started: %2").arg(source, started.error().detail));
    if (!started->toObject().value(QStringLiteral("started")).toBool())
        printLine(QStringLiteral("a %1 sync is already running; following it").arg(source));
    else
        printLine(QStringLiteral("%1 sync started in the service of workspace %2").arg(source, ws->name()));
    if (!cli.options.isSet(cli.options.follow))
        return 0;
    QObject::disconnect(&service, nullptr, &collector, nullptr);
    return follow(service, source, true, early);
}

int runStatusCommand(const Invocation &cli)
{
    auto ws = selectedWorkspace(cli.options);
    if (!ws)
        return fail(ws.error().toString());
    printLine(QStringLiteral("workspace   %1 (%2)").arg(ws->name(), ws->folder()));
    const Workspace::ConnectionsConfig &c = ws->config().connections;
    printLine(QStringLiteral("netbox      %1").arg(c.netbox.url.isEmpty() ? QStringLiteral("not configured") : c.netbox.url));
    if (!c.mcp.url.isEmpty())
        printLine(QStringLiteral("ciena mcp   %1").arg(c.mcp.url));
    if (!c.prtg.url.isEmpty())
        printLine(QStringLiteral("prtg        %1").arg(c.prtg.url));
    auto client = connectService(cli.options, *ws);
    if (!client) {
        printLine(QStringLiteral("service     not reachable: %1").arg(client.error().detail));
        return 1;
    }
    Ipc::IpcClient &service = **client;
    const auto call = [&service](const QString &method) {
        auto r = service.callBlocking(method, {}, 30000);
        return r ? r->toObject() : QJsonObject{{QStringLiteral("error"), r.error().detail}};
    };
    const QJsonObject svc = call(QStringLiteral("service.status"));
    printLine(QStringLiteral("service     running, %1 job(s) running, %2 client(s)")
                  .arg(svc.value(QStringLiteral("running")).toInt())
                  .arg(svc.value(QStringLiteral("clients")).toInt()));
    const QJsonObject vault = call(QStringLiteral("vault.status"));
    printLine(QStringLiteral("vault       %1")
                  .arg(!vault.value(QStringLiteral("exists")).toBool()    ? QStringLiteral("none yet")
                       : vault.value(QStringLiteral("unlocked")).toBool() ? QStringLiteral("unlocked")
                                                                          : QStringLiteral("locked (opsdeck-cli vault unlock)")));
    const QJsonObject store = call(QStringLiteral("workspace.status"));
    printLine(QStringLiteral("store       %1").arg(store.contains(QStringLiteral("error"))
                                                        ? store.value(QStringLiteral("error")).toString()
                                                        : countsLine(store.value(QStringLiteral("counts")).toObject())));
    const QString lastSync = store.value(QStringLiteral("lastNetboxSync")).toString();
    const QJsonObject sync = call(QStringLiteral("sync.status")).value(QStringLiteral("netbox")).toObject();
    QString syncLine = lastSync.isEmpty() ? QStringLiteral("never synced") : QStringLiteral("last synced %1").arg(lastSync);
    if (sync.value(QStringLiteral("running")).toBool())
        syncLine += QStringLiteral(", a sync is running");
    if (!sync.value(QStringLiteral("lastError")).toString().isEmpty())
        syncLine += QStringLiteral(", last run failed: %1").arg(sync.value(QStringLiteral("lastError")).toString());
    printLine(QStringLiteral("sync        %1").arg(syncLine));
    const QJsonObject collection = call(QStringLiteral("collection.status"));
    const QString problem = collection.value(QStringLiteral("problem")).toString();
    printLine(QStringLiteral("collection  %1, %2 device(s)%3")
                  .arg(collection.value(QStringLiteral("running")).toBool() ? QStringLiteral("running")
                                                                            : QStringLiteral("stopped"))
                  .arg(collection.value(QStringLiteral("devices")).toInt())
                  .arg(problem.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(problem)));
    return 0;
}

} // namespace OpsDeck::Cli
