// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// submit, list, show, follow, approve, cancel, audit verify.
#include <cstdio>

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "app/cli/cli.h"
#include "backend/jobs/job.h"

namespace OpsDeck::Cli {

namespace {

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

int runJobCommand(const Invocation &cli, Ipc::IpcClient &client)
{
    const Options &o = cli.options;
    const QString command = cli.word(0);
    const QString user = o.isSet(o.as) ? o.value(o.as) : defaultUser();
    const auto call = [&client](const QString &method, const QJsonObject &params) {
        return client.callBlocking(method, params, 60000);
    };
    const auto needId = [&cli]() { return cli.word(1); };

    if (command == QLatin1String("submit")) {
        if (cli.words.size() < 2)
            return fail(QStringLiteral("submit needs a job kind"));
        Jobs::JobRequest request;
        request.kind = cli.word(1);
        request.intent = o.value(o.intent);
        request.idempotencyKey = o.value(o.key);
        request.requester = user;
        if (o.isSet(o.targets))
            request.targets = parseJsonArgument(o.value(o.targets)).toArray();
        const QStringList targets = o.parser.values(o.target);
        for (const QString &t : targets)
            request.targets.append(parseJsonArgument(t).toObject());
        if (o.isSet(o.params))
            request.parameters = parseJsonArgument(o.value(o.params)).toObject();
        if (o.isSet(o.priority)) {
            request.priority = Jobs::jobPriorityFromString(o.value(o.priority));
            if (!request.priority)
                return fail(QStringLiteral("unknown priority %1").arg(o.value(o.priority)));
        }
        auto r = call(QStringLiteral("job.submit"), request.toJson());
        if (!r)
            return fail(r.error().detail);
        print(*r);
        return 0;
    }
    if (command == QLatin1String("list")) {
        auto r = call(QStringLiteral("job.list"),
                      {{QStringLiteral("states"), QJsonArray::fromStringList(o.parser.values(o.state))}});
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
    if (command == QLatin1String("audit") && cli.word(1) == QLatin1String("verify")) {
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

} // namespace OpsDeck::Cli
