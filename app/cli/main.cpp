// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include "backend/demo/demoworkspace.h"
#include "backend/ipc/ipcclient.h"
#include "backend/ipc/ipcpaths.h"
#include "backend/jobs/job.h"
#include "backend/workspace/workspace.h"
#include "backend/workspace/workspaceregistry.h"

using namespace OpsDeck;

namespace {

void print(const QJsonValue &v)
{
    const QByteArray text = v.isObject() ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented)
                          : v.isArray()  ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Indented)
                                         : v.toVariant().toString().toUtf8() + '\n';
    std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
    std::fflush(stdout);
}

int fail(const QString &what, int code = 1)
{
    std::fprintf(stderr, "opsdeck-cli: %s\n", qPrintable(what));
    return code;
}

QJsonValue parseJsonArgument(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (text.startsWith(QLatin1Char('@'))) {
        QFile f(text.mid(1));
        if (f.open(QIODevice::ReadOnly))
            bytes = f.readAll();
    }
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

QString defaultUser()
{
    QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("cli") : user;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("opsdeck-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("OpsDeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OPSDECK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "OpsDeck command line: talks to opsdeckd.\n\nCommands:\n"
        "  submit KIND      submit a job (--target JSON, repeatable; --params JSON; --intent; --key)\n"
        "  list             list jobs (--state, repeatable)\n"
        "  show ID          a job with its steps, output, diffs and audit entries\n"
        "  follow ID        print the job's events until it ends\n"
        "  approve ID       approve a job (--as USER)\n"
        "  cancel ID        cancel a job\n"
        "  audit verify     check the audit log's hash chain (exit status 2 when broken)"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"), QStringLiteral("Workspace folder."),
                                             QStringLiteral("folder"));
    const QCommandLineOption socketOption(QStringLiteral("socket"), QStringLiteral("Service socket path."),
                                          QStringLiteral("path"));
    const QCommandLineOption targetOption(QStringLiteral("target"), QStringLiteral("A job target (JSON object)."),
                                          QStringLiteral("json"));
    const QCommandLineOption targetsOption(QStringLiteral("targets"),
                                           QStringLiteral("Job targets (JSON array, or @file)."), QStringLiteral("json"));
    const QCommandLineOption paramsOption(QStringLiteral("params"), QStringLiteral("Job parameters (JSON object, or @file)."),
                                          QStringLiteral("json"));
    const QCommandLineOption intentOption(QStringLiteral("intent"), QStringLiteral("What and why."), QStringLiteral("text"));
    const QCommandLineOption keyOption(QStringLiteral("key"), QStringLiteral("Idempotency key."), QStringLiteral("key"));
    const QCommandLineOption priorityOption(QStringLiteral("priority"),
                                            QStringLiteral("interactive, workflow or background."), QStringLiteral("p"));
    const QCommandLineOption asOption(QStringLiteral("as"), QStringLiteral("Acting user (default: $USER)."),
                                      QStringLiteral("user"));
    const QCommandLineOption stateOption(QStringLiteral("state"), QStringLiteral("Only jobs in this state."),
                                         QStringLiteral("state"));
    parser.addOptions({workspaceOption, socketOption, targetOption, targetsOption, paramsOption, intentOption,
                       keyOption, priorityOption, asOption, stateOption});
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("submit, list, show, follow, approve, "
                                                                           "cancel or audit verify"));
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        parser.showHelp(1);
    const QString command = args.constFirst();
    const QString user = parser.isSet(asOption) ? parser.value(asOption) : defaultUser();

    QString socketName = parser.value(socketOption);
    if (socketName.isEmpty()) {
        Result<Workspace::Workspace> ws = parser.isSet(workspaceOption)
                                              ? Workspace::Workspace::open(parser.value(workspaceOption))
                                              : Workspace::WorkspaceRegistry().findByName(Demo::demoWorkspaceName());
        if (!ws)
            return fail(ws.error().toString());
        auto name = Ipc::IpcPaths::socketName(ws->id());
        if (!name)
            return fail(name.error().toString());
        socketName = *name;
    }
    auto token = Ipc::IpcPaths::token(false);
    if (!token)
        return fail(token.error().toString());

    Ipc::IpcClient client;
    client.connectToService(socketName, *token, QStringLiteral("opsdeck-cli"));
    if (!client.waitForConnected(10000))
        return fail(QStringLiteral("cannot reach opsdeckd on %1").arg(socketName));

    const auto call = [&client](const QString &method, const QJsonObject &params) {
        return client.callBlocking(method, params, 60000);
    };
    const auto needId = [&args]() { return args.size() > 1 ? args.at(1) : QString(); };

    if (command == QLatin1String("submit")) {
        if (args.size() < 2)
            return fail(QStringLiteral("submit needs a job kind"));
        Jobs::JobRequest request;
        request.kind = args.at(1);
        request.intent = parser.value(intentOption);
        request.idempotencyKey = parser.value(keyOption);
        request.requester = user;
        if (parser.isSet(targetsOption))
            request.targets = parseJsonArgument(parser.value(targetsOption)).toArray();
        const QStringList targets = parser.values(targetOption);
        for (const QString &t : targets)
            request.targets.append(parseJsonArgument(t).toObject());
        if (parser.isSet(paramsOption))
            request.parameters = parseJsonArgument(parser.value(paramsOption)).toObject();
        if (parser.isSet(priorityOption)) {
            request.priority = Jobs::jobPriorityFromString(parser.value(priorityOption));
            if (!request.priority)
                return fail(QStringLiteral("unknown priority %1").arg(parser.value(priorityOption)));
        }
        auto r = call(QStringLiteral("job.submit"), request.toJson());
        if (!r)
            return fail(r.error().detail);
        print(*r);
        return 0;
    }
    if (command == QLatin1String("list")) {
        auto r = call(QStringLiteral("job.list"),
                      {{QStringLiteral("states"), QJsonArray::fromStringList(parser.values(stateOption))}});
        if (!r)
            return fail(r.error().detail);
        const QJsonArray jobs = r->toArray();
        for (const QJsonValue &v : jobs) {
            const QJsonObject j = v.toObject();
            std::printf("%s  %-17s %-16s %3d%%  %s  %s\n", qPrintable(j.value(QStringLiteral("id")).toString()),
                        qPrintable(j.value(QStringLiteral("state")).toString()),
                        qPrintable(j.value(QStringLiteral("kind")).toString()),
                        j.value(QStringLiteral("progress")).toInt(),
                        qPrintable(j.value(QStringLiteral("requester")).toString()),
                        qPrintable(j.value(QStringLiteral("intent")).toString()));
        }
        return 0;
    }
    if (command == QLatin1String("show")) {
        auto r = call(QStringLiteral("job.get"), {{QStringLiteral("id"), needId()}});
        if (!r)
            return fail(r.error().detail);
        print(*r);
        return 0;
    }
    if (command == QLatin1String("approve") || command == QLatin1String("cancel")) {
        const bool approve = command == QLatin1String("approve");
        auto r = call(approve ? QStringLiteral("job.approve") : QStringLiteral("job.cancel"),
                      {{QStringLiteral("id"), needId()},
                       {approve ? QStringLiteral("approver") : QStringLiteral("actor"), user}});
        if (!r)
            return fail(r.error().detail);
        print(*r);
        return 0;
    }
    if (command == QLatin1String("follow")) {
        const QString id = needId();
        int exitCode = 0;
        QEventLoop loop;
        const auto finishIfDone = [&](const QJsonObject &job) {
            const auto state = Jobs::jobStateFromString(job.value(QStringLiteral("state")).toString());
            if (state && Jobs::isTerminal(*state)) {
                exitCode = *state == Jobs::JobState::Succeeded ? 0 : 3;
                loop.quit();
            }
        };
        QObject::connect(&client, &Ipc::IpcClient::jobStep, &loop, [&](const QString &jobId, const QJsonObject &step) {
            if (jobId == id) {
                std::printf("step %d %s: %s\n", step.value(QStringLiteral("number")).toInt(),
                            qPrintable(step.value(QStringLiteral("state")).toString()),
                            qPrintable(step.value(QStringLiteral("name")).toString()));
                std::fflush(stdout);
            }
        });
        QObject::connect(&client, &Ipc::IpcClient::jobChanged, &loop, [&](const QJsonObject &job) {
            if (job.value(QStringLiteral("id")).toString() == id) {
                std::printf("state %s\n", qPrintable(job.value(QStringLiteral("state")).toString()));
                std::fflush(stdout);
                finishIfDone(job);
            }
        });
        QObject::connect(&client, &Ipc::IpcClient::disconnected, &loop, [&] {
            exitCode = 1;
            loop.quit();
        });
        client.subscribe({QStringLiteral("jobs")});
        auto r = call(QStringLiteral("job.get"), {{QStringLiteral("id"), id}});
        if (!r)
            return fail(r.error().detail);
        std::printf("state %s\n", qPrintable(r->toObject().value(QStringLiteral("state")).toString()));
        finishIfDone(r->toObject());
        if (exitCode == 0 && !Jobs::isTerminal(Jobs::jobStateFromString(r->toObject().value(QStringLiteral("state")).toString())
                                                   .value_or(Jobs::JobState::Queued)))
            loop.exec();
        return exitCode;
    }
    if (command == QLatin1String("audit") && args.value(1) == QLatin1String("verify")) {
        auto r = call(QStringLiteral("audit.verify"), {});
        if (!r)
            return fail(r.error().detail);
        const QJsonObject v = r->toObject();
        if (v.value(QStringLiteral("ok")).toBool()) {
            std::printf("audit log ok: %lld entries\n", qint64(v.value(QStringLiteral("entries")).toDouble()));
            return 0;
        }
        std::printf("audit log BROKEN: %s\n", qPrintable(v.value(QStringLiteral("problem")).toString()));
        return 2;
    }
    return fail(QStringLiteral("unknown command %1 (see --help)").arg(command));
}
