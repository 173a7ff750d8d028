// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// submit, list, show, follow, approve, cancel, audit verify.
#include <cstdio>

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "app/cli/cli.h"
#include "backend/jobs/job.h"

namespace OpsDeck::Cli {

namespace {

QString defaultUser()
{
    QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("cli") : user;
}

Result<QJsonValue> call(Ipc::IpcClient &client, const QString &method, const QJsonObject &params)
{
    return client.callBlocking(method, params, 60000);
}

/// Prints the service's answer, or its error; the exit code.
int printAnswer(const Result<QJsonValue> &answer)
{
    if (!answer)
        return fail(answer.error().detail);
    print(*answer);
    return 0;
}

Result<Jobs::JobRequest> jobRequest(const Invocation &cli, const QString &user)
{
    const Options &o = cli.options;
    Jobs::JobRequest request;
    request.kind = cli.word(1);
    request.intent = o.value(o.intent);
    request.idempotencyKey = o.value(o.key);
    request.requester = user;
    if (o.isSet(o.ticket)) {
        // Checked here too, so a bad ticket is refused before the service is asked.
        auto ticket = Jobs::normalizeTicket(o.value(o.ticket));
        if (!ticket)
            return ticket.error();
        request.ticket = *ticket;
    }
    if (o.isSet(o.targets)) {
        auto targets = parseJsonArgument(o.value(o.targets));
        if (!targets)
            return targets.error();
        if (!targets->isArray())
            return Error(ErrorCode::InvalidInput, QStringLiteral("--targets takes a JSON array of targets"));
        request.targets = targets->toArray();
    }
    for (const QString &t : o.parser.values(o.target)) {
        auto target = parseJsonArgument(t);
        if (!target)
            return target.error();
        if (!target->isObject())
            return Error(ErrorCode::InvalidInput, QStringLiteral("--target takes a JSON object"));
        request.targets.append(target->toObject());
    }
    if (o.isSet(o.params)) {
        auto params = parseJsonArgument(o.value(o.params));
        if (!params)
            return params.error();
        if (!params->isObject())
            return Error(ErrorCode::InvalidInput, QStringLiteral("--params takes a JSON object"));
        request.parameters = params->toObject();
    }
    if (o.isSet(o.priority)) {
        request.priority = Jobs::jobPriorityFromString(o.value(o.priority));
        if (!request.priority)
            return Error(ErrorCode::InvalidInput, QStringLiteral("unknown priority %1").arg(o.value(o.priority)));
    }
    return request;
}

int submitJob(const Invocation &cli, Ipc::IpcClient &client, const QString &user)
{
    if (cli.words.size() < 2)
        return fail(QStringLiteral("submit needs a job kind"));
    auto request = jobRequest(cli, user);
    if (!request)
        return fail(request.error().detail);
    return printAnswer(call(client, QStringLiteral("job.submit"), request->toJson()));
}

int listJobs(const Invocation &cli, Ipc::IpcClient &client)
{
    const Options &o = cli.options;
    auto r = call(client, QStringLiteral("job.list"),
                  {{QStringLiteral("states"), QJsonArray::fromStringList(o.parser.values(o.state))}});
    if (!r)
        return fail(r.error().detail);
    const QJsonArray jobs = r->toArray();
    for (const QJsonValue &v : jobs) {
        const QJsonObject j = v.toObject();
        const QString ticket = j.value(QStringLiteral("ticket")).toString();
        std::printf("%s  %-17s %-16s %3d%%  %s  %s%s\n", qPrintable(j.value(QStringLiteral("id")).toString()),
                    qPrintable(j.value(QStringLiteral("state")).toString()),
                    qPrintable(j.value(QStringLiteral("kind")).toString()), j.value(QStringLiteral("progress")).toInt(),
                    qPrintable(j.value(QStringLiteral("requester")).toString()),
                    qPrintable(j.value(QStringLiteral("intent")).toString()),
                    qPrintable(ticket.isEmpty() ? QString() : QStringLiteral("  [ticket: %1]").arg(ticket)));
    }
    return 0;
}

/// Prints the job's steps and states until it ends: 0 when it succeeded,
/// 3 when it failed or was cancelled, 1 when the service went away.
int followJob(Ipc::IpcClient &client, const QString &id)
{
    int exitCode = 0;
    bool done = false;
    QEventLoop loop;
    const auto finishIfDone = [&](const QJsonObject &job) {
        const auto state = Jobs::jobStateFromString(job.value(QStringLiteral("state")).toString());
        if (state && Jobs::isTerminal(*state)) {
            exitCode = *state == Jobs::JobState::Succeeded ? 0 : 3;
            done = true;
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
        done = true;
        loop.quit();
    });
    client.subscribe({QStringLiteral("jobs")});
    auto r = call(client, QStringLiteral("job.get"), {{QStringLiteral("id"), id}});
    if (!r)
        return fail(r.error().detail);
    std::printf("state %s\n", qPrintable(r->toObject().value(QStringLiteral("state")).toString()));
    finishIfDone(r->toObject());
    if (!done)
        loop.exec();
    return exitCode;
}

int verifyAudit(Ipc::IpcClient &client)
{
    auto r = call(client, QStringLiteral("audit.verify"), {});
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

} // namespace

int runJobCommand(const Invocation &cli, Ipc::IpcClient &client)
{
    const Options &o = cli.options;
    const QString command = cli.word(0);
    const QString user = o.isSet(o.as) ? o.value(o.as) : defaultUser();
    if (command == QLatin1String("submit"))
        return submitJob(cli, client, user);
    if (command == QLatin1String("list"))
        return listJobs(cli, client);
    if (command == QLatin1String("show"))
        return printAnswer(call(client, QStringLiteral("job.get"), {{QStringLiteral("id"), cli.word(1)}}));
    if (command == QLatin1String("approve"))
        return printAnswer(call(client, QStringLiteral("job.approve"),
                                {{QStringLiteral("id"), cli.word(1)}, {QStringLiteral("approver"), user}}));
    if (command == QLatin1String("cancel"))
        return printAnswer(call(client, QStringLiteral("job.cancel"),
                                {{QStringLiteral("id"), cli.word(1)}, {QStringLiteral("actor"), user}}));
    if (command == QLatin1String("follow"))
        return followJob(client, cli.word(1));
    if (command == QLatin1String("audit") && cli.word(1) == QLatin1String("verify"))
        return verifyAudit(client);
    return fail(QStringLiteral("unknown command %1 (see --help)").arg(command));
}

} // namespace OpsDeck::Cli
